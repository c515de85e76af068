"""Building the partner email: multipart/alternative (text, then HTML), threaded, stable id.

The Message-ID is made from the outbox item's idempotency key, and the Date from when the
item was queued, so every retry of an item is the very same message.
"""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from intake.notify.rendering import RenderedEmail

DEFAULT_DOMAIN = "chargecars.nl"


def message_id_for(idempotency_key: str, from_header: str) -> str:
    return f"<{idempotency_key}@{sender_domain(from_header)}>"


def sender_domain(from_header: str) -> str:
    address = parseaddr(from_header)[1]
    return address.rpartition("@")[2] or DEFAULT_DOMAIN


def build_email(
    rendered: RenderedEmail,
    *,
    from_header: str,
    to: str,
    idempotency_key: str,
    queued_at: datetime,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = from_header
    message["To"] = str(Address(addr_spec=to))  # refuses anything that is not one address
    message["Subject"] = rendered.subject
    message["Date"] = format_datetime(queued_at)
    message["Message-ID"] = message_id_for(idempotency_key, from_header)
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = " ".join(references)
    # RFC 3834: an automatic message; well-behaved systems do not auto-reply to it.
    message["Auto-Submitted"] = "auto-replied" if in_reply_to else "auto-generated"
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message
