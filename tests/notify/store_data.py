"""Orders, partners and messages for the notification tests, written straight to the store."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from extraction.schema import Order as OrderData
from intake.lifecycle import change_status
from intake.ordering import OrderSource, create_order
from intake.webhook_signing import new_webhook_secret
from storage.db import session_scope
from storage.messages import store_raw_message
from storage.models import DeliveryAttempt, InboundMessage, Order, OutboxItem, Partner

PARTNER_ORDER_ID = "GRD-2025-04817"


def order_data(**overrides) -> OrderData:
    data = {
        "partner_order_id": PARTNER_ORDER_ID,
        "customer": {
            "name": "Sanne de Vries", "email": "sanne.devries@gmail.com",
            "phone": "+31612345678",
            "address": {"street": "Biltstraat", "house_number": "14A",
                        "postal_code": "3572 AB", "city": "Utrecht"},
        },
        "products": [{"partner_sku": "GRO-ALFEN-11", "quantity": 1, "description": "Alfen Eve"}],
        "installation_preferences": {"preferred_date": "2025-07-21"},
    }
    data.update(overrides)
    return OrderData.model_validate(data)


def configure_partner(url: str, partner_id: str = "groendus", **fields) -> Partner:
    with session_scope(url) as session:
        partner = session.get(Partner, partner_id)
        for name, value in fields.items():
            setattr(partner, name, value)
        return partner


def with_callback(url: str, callback_url: str, partner_id: str = "groendus", **fields) -> str:
    """Give the partner a status callback; returns its signing secret."""
    secret = new_webhook_secret()
    configure_partner(url, partner_id, callback_url=callback_url, webhook_secret=secret,
                      notification_email="orders@groendus.nl", **fields)
    return secret


def new_order(url: str, partner_id: str = "groendus", message_id: int | None = None,
              channel: str = "api", **overrides) -> str:
    with session_scope(url) as session:
        outcome = create_order(
            session, session.get(Partner, partner_id), order_data(**overrides),
            OrderSource(channel=channel, actor="test", message_id=message_id),
        )
        return outcome.order.id


def email_message(url: str, partner_id: str = "groendus", parsed: dict | None = None) -> int:
    """An inbound email as the SMTP listener and the parse step would have left it."""
    with session_scope(url) as session:
        stored = store_raw_message(
            session, raw=b"Subject: Order\r\n\r\nbody", channel="smtp", partner_id=partner_id,
            envelope_from="bounces@groendus.nl", envelope_to=["groendus@orders.chargecars.nl"],
            message_id=f"<order-{partner_id}@portal.groendus.nl>",
        )
        message = session.get(InboundMessage, stored.id)
        message.message_id_header = "<order-1@portal.groendus.nl>"
        message.parsed = parsed or {
            "message_id": "<order-1@portal.groendus.nl>", "subject": "Nieuwe order GRD-1",
            "from_address": "orderdesk@groendus.nl", "reply_to": "planning@groendus.nl",
            "references": ["<thread-0@portal.groendus.nl>"],
        }
        return stored.id


def set_status(url: str, order_id: str, status: str, **kwargs):
    kwargs.setdefault("actor", "test")
    if status in ("installation_scheduled", "scheduled"):
        kwargs.setdefault("scheduled_date", date(2025, 7, 20))
    with session_scope(url) as session:
        return change_status(session, session.get(Order, order_id), status, **kwargs).as_record()


def outbox(url: str, kind: str | None = None) -> list[OutboxItem]:
    with session_scope(url) as session:
        query = select(OutboxItem).order_by(OutboxItem.id)
        if kind:
            query = query.where(OutboxItem.kind == kind)
        return list(session.scalars(query))


def attempts(url: str, outbox_id: int) -> list[DeliveryAttempt]:
    with session_scope(url) as session:
        return list(session.scalars(
            select(DeliveryAttempt).where(DeliveryAttempt.outbox_id == outbox_id)
            .order_by(DeliveryAttempt.id)))


def partner(url: str, partner_id: str = "groendus") -> Partner:
    with session_scope(url) as session:
        return session.get(Partner, partner_id)
