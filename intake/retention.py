"""GDPR retention: raw messages and attachments go after a configurable time; orders stay.

What is purged from a message older than ``retention_days`` whose work is finished
(done, archived, or its review decided): its raw bytes and its parsed text (which holds
the attachments' contents). The message row stays, with its hash, size and state, so the
audit trail and the duplicate check keep working. Messages still waiting for a validator
or parked as failed are kept until someone deals with them. Partner emails in the
outbox lose their bodies after the same time.

Inbound webhook ids (``WebhookReceipt``, kept to refuse replays) go after a day,
whatever the retention: a replay older than the signature's five-minute tolerance is
refused by its timestamp alone, so older receipts guard nothing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, func, not_, or_, select
from sqlalchemy.orm import Session

from storage.audit import record_audit
from storage.db import session_scope
from storage.models import InboundMessage, OutboxItem, ReviewItem, WebhookReceipt, utcnow

FINISHED_STATES = ("done", "archived")
OUTBOX_FINISHED = ("delivered", "failed", "skipped", "cancelled")
WEBHOOK_RECEIPT_KEEP = timedelta(days=1)  # far beyond the 5-minute signature tolerance


@dataclass
class PurgePlan:
    cutoff: datetime
    message_ids: list[int] = field(default_factory=list)
    raw_bytes: int = 0
    outbox_ids: list[int] = field(default_factory=list)
    kept_unfinished: int = 0  # old messages kept because a validator or a replay needs them
    receipts_before: datetime | None = None
    webhook_receipts: int = 0  # inbound webhook ids older than receipts_before


def plan_purge(session: Session, retention_days: int, now: datetime | None = None) -> PurgePlan:
    now = now or utcnow()
    cutoff = now - timedelta(days=retention_days)
    old = and_(InboundMessage.received_at < cutoff, InboundMessage.raw_purged_at.is_(None))
    decided = select(ReviewItem.inbound_message_id).where(ReviewItem.state != "open")
    finished = or_(InboundMessage.state.in_(FINISHED_STATES), InboundMessage.id.in_(decided))
    plan = PurgePlan(cutoff=cutoff)
    rows = session.execute(
        select(InboundMessage.id, InboundMessage.size).where(old, finished)
        .order_by(InboundMessage.id)
    )
    for message_id, size in rows:
        plan.message_ids.append(message_id)
        plan.raw_bytes += size
    plan.kept_unfinished = session.scalar(
        select(func.count(InboundMessage.id)).where(old, not_(finished))
    )
    emails = session.execute(
        select(OutboxItem.id, OutboxItem.payload).where(
            OutboxItem.kind == "email", OutboxItem.created_at < cutoff,
            OutboxItem.state.in_(OUTBOX_FINISHED),
        )
    )
    plan.outbox_ids = [item_id for item_id, payload in emails if not (payload or {}).get("purged")]
    plan.receipts_before = now - WEBHOOK_RECEIPT_KEEP
    plan.webhook_receipts = session.scalar(
        select(func.count(WebhookReceipt.id))
        .where(WebhookReceipt.received_at < plan.receipts_before))
    return plan


def carry_out_purge(session: Session, plan: PurgePlan, actor: str) -> None:
    now = utcnow()
    for message in session.scalars(
        select(InboundMessage).where(InboundMessage.id.in_(plan.message_ids))
    ):
        message.raw = None
        message.parsed = None
        message.raw_purged_at = now
    for item in session.scalars(select(OutboxItem).where(OutboxItem.id.in_(plan.outbox_ids))):
        item.payload = {"purged": True, "purged_at": now.isoformat()}
    if plan.webhook_receipts:
        session.execute(delete(WebhookReceipt)
                        .where(WebhookReceipt.received_at < plan.receipts_before))
    record_audit(
        session, actor=actor, action="retention_purge", entity_type="store", entity_id="messages",
        details={"cutoff": plan.cutoff.isoformat(), "messages": len(plan.message_ids),
                 "raw_bytes": plan.raw_bytes, "outbox_emails": len(plan.outbox_ids),
                 "webhook_receipts": plan.webhook_receipts},
    )


PURGE_INTERVAL_S = 3600.0
_last_purge = {"at": 0.0}


def scheduled_purge(settings) -> int:
    """The worker's hourly retention purge (a background job); returns messages purged."""
    if time.monotonic() - _last_purge["at"] < PURGE_INTERVAL_S:
        return 0
    _last_purge["at"] = time.monotonic()
    with session_scope(settings.database_url) as session:
        plan = plan_purge(session, settings.retention_days)
        if plan.message_ids or plan.outbox_ids or plan.webhook_receipts:
            carry_out_purge(session, plan, actor="worker")
    return len(plan.message_ids)
