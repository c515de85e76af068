"""An order's status history. Each event is stored once, whatever retries happen.

Every status change goes through ``record_status_event``, and what the partner is told
about it (webhook, emails) is written to the outbox in the same transaction: a change
that commits is announced, one that rolls back is not.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intake.notify.queue import queue_status_notifications
from storage.audit import audit_row, record_audits
from storage.models import ORDER_STATUSES, Order, OutboxItem, StatusEvent
from storage.orders import find_order_by_number, find_order_by_partner_order_id
from storage.rows import insert_new, insert_row

# What people type for a status; the store keeps the names of ORDER_STATUSES.
STATUS_ALIASES = {
    "quote": "quote_sent",
    "approved": "customer_approved",
    "scheduled": "installation_scheduled",
    "planned": "installation_scheduled",
    "completed": "installation_completed",
    "done": "installation_completed",
    "installed": "installation_completed",
    "hold": "on_hold",
    "canceled": "cancelled",
}


MAX_INSTALLER_LENGTH = 200  # StatusEvent.installer


class UnknownStatus(ValueError):
    pass


class InvalidStatusChange(ValueError):
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
    """Record a status change and queue its notifications; None for a repeat.

    A repeat is an ``event_key`` stored before or, without one, the same status, date
    and installer as the order's latest event (so scheduled -> on hold -> scheduled
    again is three events, and a retried command is one). The default key names the
    event it follows, so two racing identical changes collide on the unique key.
    """
    if status not in ORDER_STATUSES:
        raise UnknownStatus(f"unknown status {status!r}; use one of {', '.join(ORDER_STATUSES)}")
    if event_key is None:
        latest = _latest_event(session, order)
        if latest is not None and _same_step(latest, status, scheduled_date, installer):
            return None
        event_key = _default_key(order, status, scheduled_date, installer, latest)
    elif session.scalar(select(StatusEvent.id).where(StatusEvent.event_key == event_key)):
        return None
    event = StatusEvent(order_id=order.id, event_key=event_key, status=status,
                        scheduled_date=scheduled_date, installer=installer, note=note,
                        actor=actor)
    try:
        with session.begin_nested():
            insert_row(session, event)
    except IntegrityError:  # the same change, committed by someone else a moment ago
        return None
    _announce_event(session, order, event, actor)
    return event


def record_first_event(session: Session, order: Order, *, actor: str,
                       audit: list[dict] = ()) -> StatusEvent:
    """A new order's ``received``, in the transaction that creates the order.

    The same event, audit entry and notifications as ``record_status_event``, without
    what only a later change needs: there is no earlier event to compare with, and no
    other writer can know the order yet, so no lookup and no savepoint. ``audit``: more
    entries to write in the same statement (the order's own ``order_created``).
    """
    event = insert_new(session, StatusEvent, {
        "order_id": order.id, "event_key": _default_key(order, "received", None, None, None),
        "status": "received", "actor": actor})
    _announce_event(session, order, event, actor, audit)
    return event


def _announce_event(session: Session, order: Order, event: StatusEvent, actor: str,
                    audit: list[dict] = ()) -> None:
    """What every recorded event causes: the order's status, the audit log, the outbox."""
    if order.status != event.status:  # an unchanged value would still dirty the order
        order.status = event.status
    record_audits(session, [*audit, audit_row(
        actor=actor, action="status_changed", entity_type="order", entity_id=order.id,
        details={"status": event.status, "event_id": event.id})])
    queue_status_notifications(session, order, event)


def _latest_event(session: Session, order: Order) -> StatusEvent | None:
    return session.scalars(
        select(StatusEvent).where(StatusEvent.order_id == order.id)
        .order_by(StatusEvent.id.desc()).limit(1)
    ).first()


def _same_step(event: StatusEvent, status: str, scheduled_date, installer) -> bool:
    return (event.status, event.scheduled_date, event.installer) == (
        status, scheduled_date, installer)


def _default_key(order: Order, status: str, scheduled_date, installer, latest) -> str:
    who = hashlib.sha256(installer.encode()).hexdigest()[:16] if installer else ""
    when = scheduled_date.isoformat() if scheduled_date else ""
    after = str(latest.id) if latest is not None else "0"
    return f"{order.id}:{status}:{when}:{who}:after:{after}"


# --- changing a status by hand (CLI, internal API) -----------------------------------


@dataclass
class StatusChange:
    order: Order
    event: StatusEvent | None  # None: a repeat, nothing new recorded
    notifications: list[OutboxItem] = field(default_factory=list)

    def as_record(self) -> dict:
        """What the CLI and the internal API answer about the change."""
        event = self.event
        return {
            "order_number": self.order.order_number,
            "partner": self.order.partner_id,
            "partner_order_id": self.order.partner_order_id,
            "status": self.order.status,
            "recorded": event is not None,
            "event_id": event.id if event else None,
            "scheduled_date": (
                event.scheduled_date.isoformat() if event and event.scheduled_date else None),
            "installer": event.installer if event else None,
            "notifications": [
                {"id": item.id, "kind": item.kind, "template": item.template,
                 "state": item.state,
                 "reason": item.last_error if item.state == "skipped" else None}
                for item in self.notifications
            ],
        }


def normalise_status(name: str) -> str:
    """A status as typed ("Scheduled", "installation-completed") -> its stored name."""
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    status = STATUS_ALIASES.get(key, key)
    if status not in ORDER_STATUSES:
        aliases = ", ".join(sorted(STATUS_ALIASES))
        raise UnknownStatus(
            f"unknown status {name!r}; use one of {', '.join(ORDER_STATUSES)} (or {aliases})")
    return status


def find_order(session: Session, reference: str, partner_id: str | None = None) -> Order | None:
    """An order by its CC number, or by the partner's own order id when a partner is given."""
    if partner_id:
        return find_order_by_partner_order_id(session, partner_id, reference.strip())
    return find_order_by_number(session, reference.strip().upper())


def change_status(
    session: Session, order: Order, status: str, *, actor: str,
    scheduled_date: date | None = None, installer: str | None = None,
    note: str | None = None, event_key: str | None = None,
) -> StatusChange:
    status = normalise_status(status)
    if status == "installation_scheduled" and scheduled_date is None:
        raise InvalidStatusChange("installation_scheduled needs a date (--date YYYY-MM-DD)")
    if installer and len(installer.strip()) > MAX_INSTALLER_LENGTH:
        raise InvalidStatusChange(f"installer: at most {MAX_INSTALLER_LENGTH} characters")
    event = record_status_event(
        session, order, status, actor=actor, scheduled_date=scheduled_date,
        installer=(installer or "").strip() or None, note=note, event_key=event_key,
    )
    notifications = [] if event is None else list(session.scalars(
        select(OutboxItem).where(OutboxItem.status_event_id == event.id).order_by(OutboxItem.id)
    ))
    return StatusChange(order=order, event=event, notifications=notifications)
