"""Writing outbox items, always inside the caller's transaction.

Whatever a partner is told is decided here, when the event happens, and committed with
it: a rolled-back status change tells nobody, a committed one is told exactly once (the
delivery job does the sending). Who hears what:

- every event, to a partner with an active callback: a signed webhook;
- ``received``: always a confirmation email, plus a request for information when the
  address or a product could not be resolved;
- a later status: an email when there is no active callback (none set, or disabled
  after a 410), and as the fallback when the webhook finally fails;
- a partner's emailed question about an order's status: an answer in its thread.
"""

from __future__ import annotations

import secrets
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.notify.email_context import (
    INFORMATION_FLAGS,
    event_context,
    information_needed,
    message_context,
    order_context,
    partner_context,
)
from intake.notify.recipients import Recipient, recipient_for_message, recipient_for_order
from intake.notify.webhook_body import webhook_payload
from intake.notify.wording import language_of
from storage.announcements import OUTBOX, announce
from storage.audit import record_audit
from storage.models import InboundMessage, Order, OutboxItem, Partner, StatusEvent
from storage.rows import insert_row

ORDER_EMAIL_TEMPLATES = ("order_received", "status_update")


def webhook_active(partner: Partner | None) -> bool:
    return bool(
        partner is not None
        and partner.callback_url
        and partner.webhook_secret
        and partner.callback_disabled_at is None
    )


def queue_status_notifications(
    session: Session, order: Order, event: StatusEvent
) -> list[OutboxItem]:
    """The webhook and emails one recorded status event causes (see the module doc)."""
    partner = session.get(Partner, order.partner_id)
    items = []
    if webhook_active(partner):
        items.append(_queue_webhook(session, order, event, partner))
    if event.status == "received":
        items.append(_queue_order_email(session, order, event, partner, "order_received"))
        if set(order.flags or []) & set(INFORMATION_FLAGS):
            items.append(queue_information_request(session, order, event))
    elif not webhook_active(partner):
        items.append(_queue_order_email(session, order, event, partner, "status_update"))
    _announce_if_pending(session, items)
    return items


def queue_information_request(
    session: Session, order: Order, event: StatusEvent | None = None
) -> OutboxItem:
    """Ask the partner for what we could not resolve (address, products) on ``order``."""
    partner = session.get(Partner, order.partner_id)
    context = {"order": order_context(session, order), "needed": information_needed(order)}
    item = _add_email(
        session, "information_request", partner, recipient_for_order(session, order, partner),
        context, ref=f"{order.order_number}.e{event.id if event else 0}",
        order=order, event=event,
    )
    _announce_if_pending(session, [item])
    return item


def queue_rejection_email(
    session: Session, message: InboundMessage, reason: str, actor: str
) -> OutboxItem:
    """Tell the sender that ``message`` was rejected in review, and why.

    Call it in the transaction that rejects the review item; the email goes out only if
    that commits. One rejection email per message: calling it again returns the first.
    A message from no known partner is not answered (skipped; no backscatter to strangers).
    """
    ref = f"m{message.id}"
    existing = _queued_for_message(session, "rejection", ref)
    if existing is not None:
        return existing
    partner = session.get(Partner, message.partner_id) if message.partner_id else None
    recipient = (
        recipient_for_message(session, message, partner) if partner is not None
        else Recipient(None, missing_reason="no recipient: the sender is not a known partner")
    )
    context = {"message": message_context(message), "reason": reason}
    item = _add_email(session, "rejection", partner, recipient, context, ref=ref)
    record_audit(session, actor=actor, action="rejection_email_queued", entity_type="message",
                 entity_id=message.id, details={"outbox_id": item.id, "state": item.state})
    _announce_if_pending(session, [item])
    return item


def queue_status_answer(session: Session, order: Order, message: InboundMessage) -> OutboxItem:
    """Answer a partner's question about ``order`` with its current status, in the thread
    of the question. Once per question: a replayed message returns the first answer."""
    ref = f"m{message.id}"
    existing = _queued_for_message(session, "status_answer", ref)
    if existing is not None:
        return existing
    partner = session.get(Partner, order.partner_id)
    latest = session.scalars(
        select(StatusEvent).where(StatusEvent.order_id == order.id)
        .order_by(StatusEvent.id.desc()).limit(1)
    ).first()
    event = event_context(latest) if latest is not None else {
        "status": order.status, "scheduled_date": None, "installer": None, "occurred_at": None}
    context = {"order": order_context(session, order), "event": event,
               "question": message_context(message)}
    item = _add_email(session, "status_answer", partner,
                      recipient_for_message(session, message, partner), context, ref=ref,
                      order=order)
    _announce_if_pending(session, [item])
    return item


def queue_fallback_email(session: Session, webhook_item: OutboxItem, why: str) -> OutboxItem | None:
    """The same news by email after the webhook failed for good; None when the event
    already has its email (a new order's confirmation) or is not an order event."""
    if webhook_item.status_event_id is None:
        return None
    already = session.scalar(
        select(OutboxItem.id).where(
            OutboxItem.kind == "email",
            OutboxItem.status_event_id == webhook_item.status_event_id,
            OutboxItem.template.in_(ORDER_EMAIL_TEMPLATES),
        )
    )
    if already is not None:
        return None
    event = session.get(StatusEvent, webhook_item.status_event_id)
    order = session.get(Order, event.order_id)
    partner = session.get(Partner, order.partner_id)
    template = "order_received" if event.status == "received" else "status_update"
    item = _queue_order_email(session, order, event, partner, template, fallback=why)
    _announce_if_pending(session, [item])
    return item


def _queue_webhook(
    session: Session, order: Order, event: StatusEvent, partner: Partner
) -> OutboxItem:
    item = OutboxItem(
        kind="webhook",
        # The webhook-id: the same on every retry, so the receiver can deduplicate.
        idempotency_key=f"msg_{uuid.uuid4().hex}",
        partner_id=partner.id,
        order_id=order.id,
        status_event_id=event.id,
        payload=webhook_payload(order, event),
    )
    insert_row(session, item)  # one Core INSERT: no flush of the whole session
    return item


def _queue_order_email(
    session: Session, order: Order, event: StatusEvent, partner: Partner | None, template: str,
    fallback: str | None = None,
) -> OutboxItem:
    context = {"order": order_context(session, order), "event": event_context(event),
               "fallback": fallback}
    return _add_email(
        session, template, partner, recipient_for_order(session, order, partner), context,
        ref=f"{order.order_number}.e{event.id}", order=order, event=event,
    )


def _add_email(
    session: Session, template: str, partner: Partner | None, recipient: Recipient,
    context: dict, *, ref: str, order: Order | None = None, event: StatusEvent | None = None,
) -> OutboxItem:
    item = OutboxItem(
        kind="email",
        # The Message-ID's left part: stable across retries (see email_message.py).
        idempotency_key=f"{template}.{ref}.{secrets.token_hex(6)}",
        partner_id=partner.id if partner else None,
        order_id=order.id if order else None,
        status_event_id=event.id if event else None,
        template=template,
        payload={
            "to": recipient.address,
            "language": language_of(partner.language if partner else None),
            "in_reply_to": recipient.in_reply_to,
            "references": recipient.references,
            "original_subject": recipient.original_subject,
            "context": {**context, "partner": partner_context(partner)},
        },
    )
    if recipient.address is None:
        item.state = "skipped"  # nothing to send to: recorded, not an error
        item.last_error = recipient.missing_reason
    insert_row(session, item)  # one Core INSERT: no flush of the whole session
    return item


def _queued_for_message(session: Session, template: str, ref: str) -> OutboxItem | None:
    return session.scalars(
        select(OutboxItem).where(
            OutboxItem.template == template,
            OutboxItem.idempotency_key.like(f"{template}.{ref}.%"),
        )
    ).first()


def _announce_if_pending(session: Session, items: list[OutboxItem]) -> None:
    if any(item is not None and item.state == "pending" for item in items):
        announce(session, OUTBOX)
