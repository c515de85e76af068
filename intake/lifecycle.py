"""An order's status history. Each event is stored once, whatever retries happen."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.audit import record_audit
from storage.models import ORDER_STATUSES, Order, StatusEvent


class UnknownStatus(ValueError):
    pass


def record_status_event(
    session: Session,
    order: Order,
    status: str,
    *,
    actor: str,
    scheduled_date: date | None = None,
    installer: str | None = None,
    note: str | None = None,
    event_key: str | None = None,
) -> StatusEvent | None:
    """Record a status change; None when this very event was recorded before.

    ``event_key`` identifies the event across retries (default: order, status, date,
    installer), so recording it twice leaves one event.
    """
    if status not in ORDER_STATUSES:
        raise UnknownStatus(f"unknown status {status!r}; use one of {', '.join(ORDER_STATUSES)}")
    key = event_key or ":".join(
        [order.id, status, scheduled_date.isoformat() if scheduled_date else "", installer or ""]
    )
    if session.scalar(select(StatusEvent.id).where(StatusEvent.event_key == key)) is not None:
        return None
    event = StatusEvent(
        order_id=order.id,
        event_key=key,
        status=status,
        scheduled_date=scheduled_date,
        installer=installer,
        note=note,
        actor=actor,
    )
    session.add(event)
    order.status = status
    session.flush()
    record_audit(
        session,
        actor=actor,
        action="status_changed",
        entity_type="order",
        entity_id=order.id,
        details={"status": status, "event_id": event.id},
    )
    return event
