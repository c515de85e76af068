"""Which partner a message belongs to: the intake address it was sent to, else the sender's domain.

The envelope knows best (Delivered-To, X-Original-To, "Received: ... for <addr>"): a
forwarded or BCC'd message keeps those when To shows someone else. The From domain comes
last because anyone can write any From.
"""

from __future__ import annotations

import re

from extraction.parsed import ParsedMessage
from extraction.partners import PartnerProfile

_RECEIVED_FOR = re.compile(r"\bfor\s+<?([^\s<>;]+@[^\s<>;]+?)>?\s*;", re.IGNORECASE)
_ADDRESS = re.compile(r"[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+")


def recipient_addresses(parsed: ParsedMessage) -> list[str]:
    """Envelope recipients first, then the visible ones, lower case, without duplicates."""
    found: list[str] = []
    for name, value in parsed.headers:
        key = name.lower()
        if key in ("delivered-to", "x-original-to", "envelope-to", "x-envelope-to"):
            found.extend(_ADDRESS.findall(value))
        elif key == "received":
            found.extend(_RECEIVED_FOR.findall(value))
    found.extend(parsed.to_addresses)
    found.extend(parsed.cc_addresses)
    return list(dict.fromkeys(a.lower().strip("<>") for a in found))


def detect_partner(
    parsed: ParsedMessage, partners: list[PartnerProfile], *, hint: str | None = None
) -> PartnerProfile | None:
    if hint is not None:
        by_id = next((p for p in partners if p.id == str(hint)), None)
        if by_id is not None:
            return by_id
    for address in recipient_addresses(parsed):
        owner = next((p for p in partners if p.owns_address(address)), None)
        if owner is not None:
            return owner
    return next((p for p in partners if p.owns_sender(parsed.from_address)), None)
