"""Bytes to text for any charset label a sender may write, right, wrong or invented.

Decoding never raises: the declared charset is tried first, then UTF-8, then cp1252, and
latin-1 last, which maps every byte and so always succeeds.
"""

from __future__ import annotations

import codecs
import re
from email.errors import HeaderParseError
from email.header import decode_header

# Labels that mean "one byte per character, western": in practice such mail is cp1252
# (as WHATWG decodes it), and text that is valid UTF-8 under such a label is mislabelled.
_SINGLE_BYTE_WESTERN = {"ascii", "iso8859-1", "iso8859-15", "cp1252"}
_NON_ASCII = re.compile(rb"[\x80-\xff]")
_SURROGATES = re.compile("[\udc80-\udcff]")
_FOLD = re.compile(r"\r?\n(?=[ \t])")


def codec_name(label: str | None) -> str | None:
    """The Python codec for a MIME charset label, or None when Python knows no such charset."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    # Common spellings that Python's codec registry does not resolve by itself.
    label = {"utf8": "utf-8", "unicode-1-1-utf-7": "utf-7", "x-user-defined": "cp1252"}.get(
        label, label
    )
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    # Codecs that do not turn bytes into text (e.g. "base64", "rot13") are not charsets.
    if name in {"base64", "hex", "quopri", "uu", "zlib", "bz2", "rot-13"} or name.endswith(
        "_codec"
    ):
        return None
    return name


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Text of ``data``: declared charset -> utf-8 -> cp1252 -> latin-1, never an exception."""
    declared_codec = codec_name(declared)
    if declared_codec in _SINGLE_BYTE_WESTERN and _looks_like_utf8(data):
        declared_codec = "utf-8"
    elif declared_codec == "iso8859-1":
        declared_codec = "cp1252"  # a superset in all but C1 controls, which mail never means
    for candidate in (declared_codec, "utf-8", "cp1252"):
        if candidate is None:
            continue
        try:
            text = data.decode(candidate)
        except (UnicodeError, LookupError, ValueError):
            continue
        if not _SURROGATES.search(text):  # some codecs let lone surrogates through
            return _strip_bom(text)
    return _strip_bom(data.decode("latin-1"))


def _looks_like_utf8(data: bytes) -> bool:
    """True when the bytes hold non-ASCII text that decodes as UTF-8 (so is almost surely UTF-8)."""
    if not _NON_ASCII.search(data):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _strip_bom(text: str) -> str:
    return text.removeprefix("\ufeff")


def fix_raw_header(value: str) -> str:
    """A header value as the stdlib hands it over, with raw 8-bit bytes made into text.

    ``email`` parsing bytes keeps undecodable octets as surrogate escapes; those octets are
    usually UTF-8 (or cp1252 from older clients), never meant as surrogates.
    """
    value = str(value)
    if _SURROGATES.search(value):
        value = decode_bytes(value.encode("utf-8", "surrogateescape"))
    return value


def decode_header_value(value: object) -> str:
    """Unfolded, RFC 2047-decoded text of a header value, whatever its charsets."""
    text = _FOLD.sub("", fix_raw_header(value)).strip()
    if "=?" not in text:
        return text
    try:
        chunks = decode_header(text)
    except (HeaderParseError, ValueError, LookupError, UnicodeError, AssertionError):
        return text
    decoded = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            decoded.append(chunk)
        elif charset is None:
            # decode_header hands back the unencoded runs as raw-unicode-escape bytes.
            decoded.append(chunk.decode("raw-unicode-escape", "replace"))
        else:
            decoded.append(decode_bytes(chunk, charset))
    return "".join(decoded)
