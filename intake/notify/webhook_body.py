"""The body of a status webhook: the seed's fields, in a fixed order, byte-stable.

The body is built once, when the event is recorded, and stored in the outbox item; every
retry sends the same bytes (only webhook-timestamp and the signature change).
"""

from __future__ import annotations

import json

from storage.models import Order, StatusEvent

# "received" announces a new order; every later step is a status update (the seed's name).
EVENT_NAMES = {"received": "order_received"}
DEFAULT_EVENT = "status_update"
FIELDS = (
    "event", "order_id", "partner_order_id", "status", "scheduled_date", "installer",
    "occurred_at",
)


def webhook_payload(order: Order, event: StatusEvent) -> dict:
    return {
        "event": EVENT_NAMES.get(event.status, DEFAULT_EVENT),
        "order_id": order.order_number,
        "partner_order_id": order.partner_order_id,
        "status": event.status,
        "scheduled_date": event.scheduled_date.isoformat() if event.scheduled_date else None,
        "installer": event.installer,
        "occurred_at": event.created_at.isoformat().replace("+00:00", "Z"),
    }


def webhook_body(payload: dict) -> str:
    """The JSON text that is signed and sent. PostgreSQL's JSONB does not keep key order,
    so the order is ours, not the stored dict's."""
    ordered = {name: payload.get(name) for name in FIELDS}
    return json.dumps(ordered, ensure_ascii=False, separators=(",", ":"))
