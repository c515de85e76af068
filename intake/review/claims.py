"""Who works which review item: a claim is taken atomically and runs out on its own.

Opening an item claims it with one ``UPDATE … WHERE`` the claim is free, expired or
already ours; the database decides, so two validators can never both get the item, on
SQLite or on PostgreSQL. A validator who walks away loses the item after
``review_claim_minutes``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from intake.review.queue import QueueFilter, open_items
from storage.audit import record_audit
from storage.models import ReviewItem, utcnow


class ItemNotHeld(Exception):
    """The item is not (or no longer) this validator's to decide."""


def actor_name(validator: str) -> str:
    return f"validator:{validator}"


def _claimable(validator: str, now: datetime):
    return or_(
        ReviewItem.claimed_by.is_(None),
        ReviewItem.claimed_by == validator,
        ReviewItem.claim_expires_at.is_(None),
        ReviewItem.claim_expires_at < now,
    )


def claim_item(
    session: Session, item_id: int, validator: str, minutes: float, now: datetime | None = None
) -> bool:
    """Claim (or renew the claim on) an open item. False: someone else holds it, or it is
    no longer open."""
    now = now or utcnow()
    previous = session.scalar(select(ReviewItem.claimed_by).where(ReviewItem.id == item_id))
    result = session.execute(
        update(ReviewItem)
        .where(ReviewItem.id == item_id, ReviewItem.state == "open", _claimable(validator, now))
        .values(claimed_by=validator, claim_expires_at=now + timedelta(minutes=minutes))
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        return False
    if previous != validator:
        record_audit(session, actor=actor_name(validator), action="review_claimed",
                     entity_type="review_item", entity_id=item_id)
    return True


def claim_next(
    session: Session, validator: str, minutes: float, *, partner: str | None = None,
    reason: str | None = None, now: datetime | None = None, exclude: int | None = None,
) -> int | None:
    """Claim the oldest open item nobody else holds (within the filters); its id or None."""
    now = now or utcnow()
    flt = QueueFilter(partner=partner, reason=reason, hide_claimed_by_others=True,
                      viewer=validator)
    for item in open_items(session, now):
        if item.id == exclude or not item.matches(flt):
            continue
        if claim_item(session, item.id, validator, minutes, now):
            return item.id
    return None


def release_claim(session: Session, item_id: int, validator: str) -> None:
    """Give the item back to the queue (only our own claim)."""
    result = session.execute(
        update(ReviewItem)
        .where(ReviewItem.id == item_id, ReviewItem.claimed_by == validator)
        .values(claimed_by=None, claim_expires_at=None)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount:
        record_audit(session, actor=actor_name(validator), action="review_released",
                     entity_type="review_item", entity_id=item_id)


def held_item(
    session: Session, item_id: int, validator: str, minutes: float, now: datetime | None = None
) -> ReviewItem:
    """The open item, locked for this transaction, if this validator holds it (a claim that
    ran out without anyone taking over is renewed). Otherwise ItemNotHeld."""
    now = now or utcnow()
    item = session.get(ReviewItem, item_id, with_for_update=True, populate_existing=True)
    if item is None:
        raise ItemNotHeld(f"there is no review item {item_id}")
    if item.state != "open":
        raise ItemNotHeld(f"item {item_id} was already decided ({item.state} by "
                          f"{item.resolved_by or 'someone'})")
    expired = item.claim_expires_at is None or item.claim_expires_at < now
    if item.claimed_by not in (None, validator) and not expired:
        raise ItemNotHeld(f"item {item_id} is being worked by {item.claimed_by}")
    item.claimed_by = validator
    item.claim_expires_at = now + timedelta(minutes=minutes)
    return item
