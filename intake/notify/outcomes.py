"""Recording a delivery attempt and what follows from it, in one transaction.

The attempt row and the item's new state are committed together, so an item is never
marked delivered without its attempt, nor sent again once marked. What the partner
must still be told (the email fallback) is queued in that same transaction too. Alerts
(log line, counter) are returned to the caller and raised only after the commit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from intake.notify.attempt_result import AttemptResult
from intake.notify.claims import ClaimedItem
from intake.notify.policy import RetryPolicy
from intake.notify.queue import queue_fallback_email
from storage.audit import record_audit
from storage.models import DeliveryAttempt, OutboxItem, Partner

Alert = Callable[[], None]


def record_attempt(
    session: Session, claimed: ClaimedItem, result: AttemptResult, policy: RetryPolicy,
    now: datetime, alert_for: Callable[[OutboxItem, str], Alert],
) -> list[Alert]:
    item = session.get(OutboxItem, claimed.id, with_for_update=True)
    if result.attempted:
        session.add(DeliveryAttempt(outbox_id=item.id, at=now, status_code=result.status_code,
                                    error=result.error, duration_ms=result.duration_ms))
        item.attempts += 1
    if item.state != "pending" or item.claimed_by != claimed.claimant:
        return []  # our lease ran out and another worker owns it; our attempt is on record
    item.claimed_by = None
    item.claim_expires_at = None
    if result.delivered:
        item.state, item.delivered_at, item.last_error = "delivered", now, None
        return []
    item.last_error = result.error
    if not result.attempted:
        item.next_attempt_at = now + timedelta(seconds=policy.first_delay_s)
        return []
    if result.gone:
        disable_callback(session, item.partner_id, now)
        return give_up(session, item, "HTTP 410 Gone: callback disabled", alert_for)
    if result.permanent or policy.gives_up_after(item.attempts):
        return give_up(session, item, f"{result.error} after {item.attempts} attempt(s)",
                       alert_for)
    item.next_attempt_at = now + timedelta(seconds=policy.delay_after(item.attempts))
    return []


def give_up(
    session: Session, item: OutboxItem, why: str, alert_for: Callable[[OutboxItem, str], Alert],
    state: str = "failed",
) -> list[Alert]:
    """The item is final; a webhook's news goes by email instead."""
    item.state = state
    item.last_error = why
    item.claimed_by = None
    item.claim_expires_at = None
    if item.kind == "webhook":
        queue_fallback_email(session, item, why)
    return [alert_for(item, why)] if state == "failed" else []


def disable_callback(session: Session, partner_id: str | None, now: datetime) -> None:
    partner = session.get(Partner, partner_id, with_for_update=True) if partner_id else None
    if partner is None or partner.callback_disabled_at is not None:
        return
    partner.callback_disabled_at = now
    record_audit(session, actor="outbox", action="callback_disabled", entity_type="partner",
                 entity_id=partner.id, details={"reason": "HTTP 410 Gone"})
