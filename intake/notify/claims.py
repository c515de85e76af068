"""Handing due outbox items to one deliverer at a time.

Like ``storage.messages.claim_next_message``: ``FOR UPDATE SKIP LOCKED`` on PostgreSQL
lets several workers claim side by side; a claim is a lease, so the items of a worker
killed mid-delivery become claimable again when it runs out. Within one order, items
of one kind go out in the order they were written: a later status waits while an
earlier one is still pending (retrying), so a partner never hears "completed" before
"scheduled".

A worker killed on this machine need not make its items wait out the lease: a claim
whose claimant (``host:pid:…``) is a process of this host that no longer exists is
freed on the next round, by whichever worker of the host runs it.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, or_, select, update
from sqlalchemy.orm import Session, aliased

from storage.models import OutboxItem, Partner, utcnow


@dataclass(frozen=True)
class ClaimedItem:
    """What delivery needs of an item, read while claiming; sending needs no session."""

    id: int
    kind: str
    idempotency_key: str
    template: str | None
    payload: dict
    created_at: datetime
    claimant: str
    partner_id: str | None
    callback_url: str | None
    webhook_secret: str | None
    callback_disabled_at: datetime | None


def any_due(session: Session, kinds: tuple[str, ...], in_flight_prefix: str,
            now: datetime | None = None) -> bool:
    """Whether an item of ``kinds`` waits to be sent: a read, so a round with nothing to
    do never takes the write lock. Items this process is sending (claimed by
    ``in_flight_prefix``…) are not waiting; another's claims are, as that one may be dead."""
    now = now or utcnow()
    return session.scalar(
        select(OutboxItem.id).where(
            OutboxItem.state == "pending",
            OutboxItem.kind.in_(kinds),
            OutboxItem.next_attempt_at <= now,
            or_(OutboxItem.claimed_by.is_(None), OutboxItem.claim_expires_at < now,
                ~OutboxItem.claimed_by.startswith(in_flight_prefix, autoescape=True)),
        ).limit(1)
    ) is not None


def claim_due_items(
    session: Session, claimant: str, lease: timedelta, limit: int, now: datetime | None = None,
    kinds: tuple[str, ...] = ("webhook", "email"),
) -> list[ClaimedItem]:
    now = now or utcnow()
    earlier = aliased(OutboxItem)
    waits_for_earlier = exists().where(
        earlier.order_id == OutboxItem.order_id,
        earlier.kind == OutboxItem.kind,
        earlier.state == "pending",
        earlier.id < OutboxItem.id,
    )
    items = session.scalars(
        select(OutboxItem)
        .where(
            OutboxItem.state == "pending",
            OutboxItem.kind.in_(kinds),
            OutboxItem.next_attempt_at <= now,
            or_(OutboxItem.claim_expires_at.is_(None), OutboxItem.claim_expires_at < now),
            ~waits_for_earlier,
        )
        .order_by(OutboxItem.next_attempt_at, OutboxItem.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    claimed = []
    for item in items:
        item.claimed_by = claimant
        item.claim_expires_at = now + lease
        claimed.append(_snapshot(session, item, claimant))
    return claimed


def free_claims_of_dead_local_workers(session: Session, now: datetime | None = None) -> int:
    now = now or utcnow()
    host = socket.gethostname()
    rows = session.execute(
        select(OutboxItem.id, OutboxItem.claimed_by).where(
            OutboxItem.state == "pending",
            OutboxItem.claim_expires_at > now,
            OutboxItem.claimed_by.like(f"{host}:%"),
        )
    ).all()
    freed = 0
    for item_id, claimant in rows:
        if _alive(claimant):
            continue
        # Only if still the dead one's: another round may have freed and claimed it since.
        freed += session.execute(
            update(OutboxItem)
            .where(OutboxItem.id == item_id, OutboxItem.claimed_by == claimant)
            .values(claimed_by=None, claim_expires_at=None)
        ).rowcount or 0
    return freed


def _alive(claimant: str) -> bool:
    try:
        pid = int(claimant.split(":")[1])
    except (IndexError, ValueError):
        return True  # not ours to judge: wait for the lease
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, another user's
    return True


def _snapshot(session: Session, item: OutboxItem, claimant: str) -> ClaimedItem:
    partner = session.get(Partner, item.partner_id) if item.partner_id else None
    return ClaimedItem(
        id=item.id,
        kind=item.kind,
        idempotency_key=item.idempotency_key,
        template=item.template,
        payload=dict(item.payload or {}),
        created_at=item.created_at,
        claimant=claimant,
        partner_id=item.partner_id,
        callback_url=partner.callback_url if partner else None,
        webhook_secret=partner.webhook_secret if partner else None,
        callback_disabled_at=partner.callback_disabled_at if partner else None,
    )
