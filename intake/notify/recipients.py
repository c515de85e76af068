"""Who receives a partner email, and which thread it answers.

An order that came by email is answered to the person who sent it (Reply-To, else From,
else the envelope sender), in the thread of their message. Anything else goes to the
partner's notification address. No address at all is not an error: the item is recorded
as skipped with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import InboundMessage, Order, Partner, PartnerAddress

EMAIL_CHANNELS = ("smtp", "imap")
_MSG_ID = re.compile(r"<[^<>\s]{1,900}>")


@dataclass
class Recipient:
    address: str | None
    # Why there is no address (the skipped item's reason), or None.
    missing_reason: str | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    original_subject: str | None = None


def recipient_for_order(session: Session, order: Order, partner: Partner | None) -> Recipient:
    message = (
        session.get(InboundMessage, order.source_message_id) if order.source_message_id else None
    )
    return recipient_for_message(session, message, partner)


def recipient_for_message(
    session: Session, message: InboundMessage | None, partner: Partner | None
) -> Recipient:
    if message is not None and message.channel in EMAIL_CHANNELS:
        sender = _sender_of(message)
        if sender and not _is_our_intake_address(session, sender):
            return _threaded_reply(message, sender)
    if partner is not None and partner.notification_email:
        return Recipient(partner.notification_email)
    who = partner.id if partner is not None else "an unknown sender"
    return Recipient(None, missing_reason=(
        f"no recipient: {who} has no notification_email and the order did not come "
        "from an email address we can answer"
    ))


def _sender_of(message: InboundMessage) -> str | None:
    parsed = message.parsed or {}
    for candidate in (parsed.get("reply_to"), parsed.get("from_address"), message.envelope_from):
        if candidate and "@" in candidate:
            return candidate.strip()
    return None


def _threaded_reply(message: InboundMessage, sender: str) -> Recipient:
    parsed = message.parsed or {}
    original_id = _msg_id(message.message_id_header) or _msg_id(parsed.get("message_id"))
    references = [r for r in map(_msg_id, parsed.get("references") or []) if r]
    if original_id and original_id not in references:
        references.append(original_id)
    return Recipient(
        sender,
        in_reply_to=original_id,
        references=references[-20:],  # a long thread's oldest ids add nothing
        original_subject=parsed.get("subject") or None,
    )


def _msg_id(value: str | None) -> str | None:
    """A well-formed ``<id>``, or None: a header we write must not carry a sender's junk."""
    found = _MSG_ID.search(value or "")
    return found.group(0) if found else None


def _is_our_intake_address(session: Session, address: str) -> bool:
    """Never mail our own intake: the reply would come back in as a message."""
    found = session.scalar(
        select(PartnerAddress.address).where(PartnerAddress.address == address.lower())
    )
    return found is not None
