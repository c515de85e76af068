"""The header fields of a ParsedMessage, decoded (RFC 2047, raw 8-bit, folded lines).

mail-parser's address and date readers recover from the malformed headers real mail is full
of; ``stdlib_only=True`` reads the same fields with ``email`` alone, for the fallback used
when the full parse was killed (it must not run the code that may have hung).
"""

from __future__ import annotations

import email.utils
import re
from datetime import datetime, timedelta, timezone
from email.message import Message

from extraction.parsing.charsets import decode_header_value, fix_raw_header
from extraction.parsing.limits import MAX_HEADER_CHARS, MAX_HEADERS

_MSG_ID = re.compile(r"<[^<>\s]+>")
_ADDRESS_HEADERS = ("from", "reply-to", "to", "cc")


def read_header_fields(msg: Message, *, stdlib_only: bool = False) -> dict:
    """ParsedMessage keyword arguments for the header fields of ``msg``."""
    # Kept with the message as JSON: a hostile header list must not make that huge.
    raw_items = [
        (str(name), str(value)[:MAX_HEADER_CHARS])
        for name, value in list(msg.raw_items())[:MAX_HEADERS]
    ]
    headers = [(name, decode_header_value(value)) for name, value in raw_items]
    first: dict[str, str] = {}
    for name, raw in raw_items:
        first.setdefault(name.lower(), raw)

    def value(name: str) -> str | None:
        raw = first.get(name)
        return decode_header_value(raw) if raw is not None else None

    addresses = {name: _addresses(first.get(name), stdlib_only) for name in _ADDRESS_HEADERS}
    sender = addresses["from"][0] if addresses["from"] else None
    message_id = value("message-id")
    return {
        "message_id": message_id or None,
        "subject": value("subject") or "",
        "from_address": sender[1] if sender else None,
        "from_name": (sender[0] or None) if sender else None,
        "reply_to": addresses["reply-to"][0][1] if addresses["reply-to"] else None,
        "to_addresses": [address for _, address in addresses["to"]],
        "cc_addresses": [address for _, address in addresses["cc"]],
        "date": _iso_date(first.get("date"), stdlib_only),
        "in_reply_to": _first_msg_id(value("in-reply-to")),
        "references": _msg_ids(value("references")),
        "auto_submitted": value("auto-submitted") or None,
        "content_type": _content_type(msg),
        "headers": headers,
    }


def _addresses(raw: str | None, stdlib_only: bool) -> list[tuple[str, str]]:
    """(display name, lower-case address) pairs; groups and junk give nothing, never an error."""
    if raw is None:
        return []
    text = re.sub(r"\r?\n(?=[ \t])", "", fix_raw_header(raw))
    pairs: list[tuple[str, str]] = []
    if not stdlib_only:
        try:
            from mailparser.utils import get_addresses

            pairs = get_addresses(text, decode_names=True)
        except Exception:  # noqa: BLE001 - a hostile header must not cost the message
            pairs = []
    if not pairs or not any(address for _, address in pairs):
        try:
            pairs = email.utils.getaddresses([text])
        except Exception:  # noqa: BLE001
            pairs = []
    result = []
    for name, address in pairs:
        address = address.strip().strip("<>").lower()
        if "@" in address:
            result.append((decode_header_value(name).strip().strip('"'), address))
    return result


def _iso_date(raw: str | None, stdlib_only: bool) -> str | None:
    """ISO 8601 in the sender's own offset, or None when the Date header does not parse."""
    if not raw:
        return None
    text = " ".join(fix_raw_header(raw).split())
    strict = None if stdlib_only else _mailparser_date(text)
    if strict:
        return strict
    try:
        parsed: datetime = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.isoformat() if parsed else None


def _mailparser_date(text: str) -> str | None:
    """mail-parser's RFC 5322 reading (obsolete zones, wrong weekdays) in the sender's offset."""
    try:
        from mailparser.dates import parse_mail_date

        result = parse_mail_date(text)
        if result.value is None:
            return None
        offset = timedelta(hours=float(result.timezone or 0))
        return result.value.astimezone(timezone(offset)).isoformat()
    except Exception:  # noqa: BLE001 - the stdlib's more lenient reader comes next
        return None


def _first_msg_id(value: str | None) -> str | None:
    ids = _msg_ids(value)
    if ids:
        return ids[0]
    return value.strip() or None if value else None


def _msg_ids(value: str | None) -> list[str]:
    if not value:
        return []
    ids = _MSG_ID.findall(value)
    return ids if ids else value.split()


def _content_type(msg: Message) -> str:
    try:
        return msg.get_content_type()
    except Exception:  # noqa: BLE001
        return "text/plain"


def embedded_header_lines(msg: Message) -> str:
    """The header lines a person sees above a forwarded message, decoded."""
    lines = []
    for name in ("From", "To", "Cc", "Date", "Subject"):
        raw = msg.get_all(name) if _has(msg, name) else None
        for value in raw or []:
            lines.append(f"{name}: {decode_header_value(value)}")
    return "\n".join(lines)


def _has(msg: Message, name: str) -> bool:
    try:
        return name in msg
    except Exception:  # noqa: BLE001
        return False
