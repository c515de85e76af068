"""The worker's outbox delivery: claim due items, send each, record each attempt.

One round claims up to ``BATCH_SIZE`` due items (a lease, committed), sends them side
by side outside any transaction, and records each result in its own transaction as it
comes in. A crash between a receiver's 2xx and that commit leaves the item claimed; when
the lease runs out it is sent again with the same webhook-id / Message-ID, which is what
those ids are for: receivers deduplicate on them.
"""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import timedelta

from intake.logging import get_logger
from intake.notify import metrics
from intake.notify.attempt_result import AttemptResult
from intake.notify.claims import (
    ClaimedItem,
    any_due,
    claim_due_items,
    free_claims_of_dead_local_workers,
)
from intake.notify.email_message import build_email
from intake.notify.email_sender import send_email
from intake.notify.outcomes import Alert, give_up, record_attempt
from intake.notify.policy import email_policy, webhook_policy
from intake.notify.rendering import render_email
from intake.notify.webhook_body import webhook_body
from intake.notify.webhook_sender import post_webhook
from intake.settings import Settings
from storage.db import read_session_factory, session_factory
from storage.messages import worker_identity
from storage.models import OutboxItem, Partner, utcnow

log = get_logger("intake.notify")

BATCH_SIZE = 16
MAX_PARALLEL = 8


def lease_for(settings: Settings) -> timedelta:
    """Longer than any one send can take (connect, write, wait for the answer)."""
    return timedelta(seconds=3 * settings.webhook_timeout_s + 10)


def deliver_due(settings: Settings) -> int:
    """One round; returns how many items it tried (0: nothing was due).

    Items are sent side by side, but their results are recorded one after another by
    this thread as they come in: one writer, so SQLite's write lock is never fought over.
    """
    kinds = deliverable_kinds(settings)
    with read_session_factory(settings.database_url).begin() as session:
        if not any_due(session, kinds, in_flight_prefix=f"{worker_identity()}:"):
            return 0
    claimant = f"{worker_identity()}:{uuid.uuid4().hex[:8]}"
    with session_factory(settings.database_url).begin() as session:
        free_claims_of_dead_local_workers(session)
        claimed = claim_due_items(session, claimant, lease_for(settings), BATCH_SIZE,
                                  kinds=kinds)
    to_send = []
    for item in claimed:
        if item.kind == "webhook" and (reason := inactive_callback(item)):
            _cancel(settings, item, reason)
        else:
            to_send.append(item)
    if len(to_send) == 1:
        _record(settings, to_send[0], _send_safely(settings, to_send[0]))
    elif to_send:
        with ThreadPoolExecutor(min(MAX_PARALLEL, len(to_send))) as pool:
            futures = {pool.submit(_send_safely, settings, item): item for item in to_send}
            for future in as_completed(futures):
                _record(settings, futures[future], future.result())
    return len(claimed)


def deliverable_kinds(settings: Settings) -> tuple[str, ...]:
    """Without a relay (INTAKE_OUTBOUND_SMTP_URL) emails wait in the outbox, unclaimed and
    untried (rendering them only to put them back cost every round a write transaction);
    they go out once a relay is configured."""
    return ("webhook", "email") if settings.outbound_smtp_url else ("webhook",)


def _send_safely(settings: Settings, claimed: ClaimedItem) -> AttemptResult:
    try:
        return _send(settings, claimed)
    except Exception as exc:  # noqa: BLE001 - a bad item is retried, it never stops the round
        log.error("outbox_send_error", outbox_id=claimed.id, error=type(exc).__name__)
        return AttemptResult(delivered=False, error=f"cannot send: {type(exc).__name__}")


def inactive_callback(claimed: ClaimedItem) -> str | None:
    if claimed.callback_disabled_at is not None:
        return f"callback disabled since {claimed.callback_disabled_at.isoformat()}"
    if not claimed.callback_url or not claimed.webhook_secret:
        return "no callback URL or signing secret any more"
    return None


def _send(settings: Settings, claimed: ClaimedItem) -> AttemptResult:
    if claimed.kind == "webhook":
        return post_webhook(claimed.callback_url, claimed.webhook_secret,
                            claimed.idempotency_key, webhook_body(claimed.payload),
                            settings.webhook_timeout_s)
    payload = claimed.payload
    rendered = render_email(claimed.template, claimed.partner_id, payload.get("language"),
                            payload["context"], settings.email_templates_dir)
    message = build_email(
        rendered, from_header=settings.outbound_from, to=payload["to"],
        idempotency_key=claimed.idempotency_key, queued_at=claimed.created_at,
        in_reply_to=payload.get("in_reply_to"), references=payload.get("references"),
    )
    return send_email(settings.outbound_smtp_url, message, payload["to"],
                      settings.webhook_timeout_s)


def _record(settings: Settings, claimed: ClaimedItem, result: AttemptResult) -> None:
    now = utcnow()
    with session_factory(settings.database_url).begin() as session:
        partner = session.get(Partner, claimed.partner_id) if claimed.partner_id else None
        policy = (webhook_policy if claimed.kind == "webhook" else email_policy)(settings, partner)
        alerts = record_attempt(session, claimed, result, policy, now, _alert_for)
    _count(claimed, result, now, gave_up=bool(alerts))
    for alert in alerts:
        alert()


def _cancel(settings: Settings, claimed: ClaimedItem, reason: str) -> None:
    """A webhook whose partner's callback is gone: no attempt, its news goes by email."""
    with session_factory(settings.database_url).begin() as session:
        item = session.get(OutboxItem, claimed.id, with_for_update=True)
        if item.state == "pending" and item.claimed_by == claimed.claimant:
            give_up(session, item, reason, _alert_for, state="cancelled")
    log.info("webhook_cancelled", outbox_id=claimed.id, partner=claimed.partner_id,
             reason=reason)


def _count(claimed: ClaimedItem, result: AttemptResult, now, gave_up: bool) -> None:
    if not result.attempted:
        return
    outcome = "delivered" if result.delivered else ("failed" if gave_up else "retry")
    metrics.DELIVERY_ATTEMPTS.labels(claimed.kind, outcome).inc()
    if result.delivered:
        delay = (now - claimed.created_at).total_seconds()
        metrics.DELIVERY_DELAY.labels(claimed.kind).observe(max(delay, 0.0))


def _alert_for(item: OutboxItem, why: str) -> Alert:
    """The alert for an item given up on: an error log line and a counter, no personal data."""
    kind, partner, outbox_id = item.kind, item.partner_id, item.id
    key, attempts, template = item.idempotency_key, item.attempts, item.template

    def alert() -> None:
        if kind == "webhook":
            metrics.WEBHOOK_FAILURES.labels(metrics.partner_label(partner)).inc()
            log.error("webhook_delivery_failed", partner=partner, outbox_id=outbox_id,
                      webhook_id=key, attempts=attempts, reason=why, fallback="email")
        else:
            metrics.EMAIL_FAILURES.labels(metrics.partner_label(partner)).inc()
            log.error("email_delivery_failed", partner=partner, outbox_id=outbox_id,
                      template=template, attempts=attempts, reason=why)

    return alert
