"""The original bytes of a message's attachments and inline images, from the raw message.

ParsedMessage keeps only the text of attachments; a validator downloading "werkbon.pdf"
gets the file exactly as the partner sent it, cut out of ``InboundMessage.raw`` with the
standard library's parser.
"""

from __future__ import annotations

import base64
import email
import re
from email import policy
from email.message import Message

from extraction.parsed import AttachmentInfo

MAX_INLINE_IMAGE_BYTES = 2 * 1024 * 1024


def _parts(raw: bytes) -> list[Message]:
    return list(email.message_from_bytes(raw, policy=policy.compat32).walk())


def _payload(part: Message) -> bytes | None:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - a broken part simply has no download
        return None
    return payload if isinstance(payload, bytes) else None


def original_attachment(raw: bytes | None, info: AttachmentInfo) -> bytes | None:
    """The attachment's decoded bytes: the part at its position in the depth-first walk when
    its name matches, else the first part of that name; None when it cannot be found."""
    if not raw:
        return None
    parts = _parts(raw)
    if 0 <= info.position < len(parts) and _name(parts[info.position]) == info.name:
        return _payload(parts[info.position])
    for part in parts:
        if _name(part) == info.name and not part.is_multipart():
            return _payload(part)
    return None


def _name(part: Message) -> str | None:
    name = part.get_filename()
    if name:
        return str(email.header.make_header(email.header.decode_header(name)))
    return None


def inline_images(raw: bytes | None) -> dict[str, str]:
    """Content-ID -> data: URL of each image part, for ``cid:`` references in the HTML."""
    if not raw:
        return {}
    images = {}
    for part in _parts(raw):
        cid = (part.get("Content-ID") or "").strip().strip("<>")
        if not cid or part.get_content_maintype() != "image":
            continue
        payload = _payload(part)
        if payload and len(payload) <= MAX_INLINE_IMAGE_BYTES:
            encoded = base64.b64encode(payload).decode("ascii")
            images[cid] = f"data:{part.get_content_type()};base64,{encoded}"
    return images


_CID = re.compile(r"""(src\s*=\s*["'])cid:([^"']+)(["'])""", re.IGNORECASE)


def resolve_cid_images(html: str, images: dict[str, str]) -> str:
    return _CID.sub(lambda m: m.group(1) + images.get(m.group(2), "") + m.group(3), html)
