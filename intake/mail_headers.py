"""Reading the few headers the ways in need before anything is parsed properly.

Cheap and total: a broken header costs us its value, never an exception. Values that go
into text columns are cleaned of control characters (PostgreSQL refuses NUL in text).
"""

from __future__ import annotations

import re
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses, parseaddr

HEADER_BYTES = 256 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def read_headers(raw: bytes) -> Message:
    try:
        return BytesHeaderParser(policy=compat32).parsebytes(raw[:HEADER_BYTES])
    except Exception:  # noqa: BLE001 - nothing readable: an empty header block
        return Message()


def clean_text(value: object, limit: int = 998) -> str | None:
    """A header value fit for a text column: no control characters, bounded, or None."""
    if value is None:
        return None
    text = _CONTROL.sub("", str(value)).strip()
    return text[:limit] or None


def message_id_of(raw: bytes, headers: Message | None = None) -> str | None:
    headers = headers if headers is not None else read_headers(raw)
    try:
        return clean_text(headers.get("Message-ID"))
    except Exception:  # noqa: BLE001
        return None


def from_addresses(headers: Message) -> list[str]:
    """The header From's addresses, lower case (usually exactly one)."""
    try:
        values = [str(v) for v in headers.get_all("From") or []]
        found = [addr for _name, addr in getaddresses(values) if "@" in addr]
    except Exception:  # noqa: BLE001
        return []
    return [clean_text(a.lower(), 320) for a in found if clean_text(a, 320)]


def return_path_of(headers: Message) -> str | None:
    """The envelope sender as the delivering server recorded it (Return-Path), if any."""
    try:
        value = headers.get("Return-Path")
        address = parseaddr(str(value))[1] if value else ""
    except Exception:  # noqa: BLE001
        return None
    return clean_text(address.lower(), 320) if "@" in address else None


def domain_of(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    return address.rpartition("@")[2].strip().strip(".").lower() or None
