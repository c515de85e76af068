"""What an email template sees, taken as a snapshot when the item is queued.

The snapshot is stored with the outbox item, so a retry a day later says what was true
when the event happened, and rendering needs no database. It holds the customer's name
and address: the partner sent them and reads about their own order. It is never logged.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from storage.models import Contact, InboundMessage, Order, Partner, StatusEvent
from storage.orders import AMSTERDAM

INFORMATION_FLAGS = ("invalid_address", "unmapped_sku")


def partner_context(partner: Partner | None) -> dict:
    if partner is None:
        return {"id": None, "name": None}
    return {"id": partner.id, "name": partner.name}


def order_context(session: Session, order: Order) -> dict:
    customer = session.get(Contact, order.end_customer_contact_id)
    return {
        "order_number": order.order_number,
        "partner_order_id": order.partner_order_id,
        "status": order.status,
        "preferred_date": order.preferred_date.isoformat() if order.preferred_date else None,
        "customer": _customer(customer),
        "lines": [
            {"partner_sku": line.partner_sku, "description": line.description,
             "quantity": line.quantity, "article": line.article, "unmapped": line.unmapped}
            for line in order.lines
        ],
        "flags": list(order.flags or []),
        "notes": list(order.notes or []),
    }


def event_context(event: StatusEvent) -> dict:
    return {
        "status": event.status,
        "scheduled_date": event.scheduled_date.isoformat() if event.scheduled_date else None,
        "installer": event.installer,
        "occurred_at": event.created_at.isoformat(),
    }


def information_needed(order: Order) -> dict:
    """What we could not resolve and ask the partner about: the address, the products."""
    flags = set(order.flags or [])
    return {
        "address": "invalid_address" in flags,
        # The address as the partner wrote it, so they can see what did not work.
        "address_as_sent": dict(order.original_address or {}),
        "unmapped_products": [
            line.partner_sku or line.description or "?" for line in order.lines if line.unmapped
        ],
    }


def message_context(message: InboundMessage) -> dict:
    parsed = message.parsed or {}
    return {
        "id": message.id,
        "subject": parsed.get("subject") or None,
        "message_id": message.message_id_header,
        "received_on": (
            message.received_at.astimezone(AMSTERDAM).date().isoformat()
            if message.received_at else None
        ),
        "channel": message.channel,
    }


def _customer(contact: Contact | None) -> dict:
    if contact is None:
        return dict.fromkeys(("name", "street", "house_number", "postal_code", "city"))
    return {
        "name": contact.name,
        "street": contact.street,
        "house_number": contact.house_number,
        "postal_code": contact.postal_code,
        "city": contact.city,
    }
