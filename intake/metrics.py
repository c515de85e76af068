"""Prometheus metrics.

Two kinds. What the store knows (messages per channel and partner, routes, queue depth
and age, LLM tokens, webhook failures) is read from the database when Prometheus scrapes,
so every process on every machine reports the same truth. What only a process knows
(extraction latency, SMTP replies) is counted in that process; with ``intake up`` the
processes share ``PROMETHEUS_MULTIPROC_DIR`` and the API's ``/metrics`` adds them up.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from sqlalchemy import func, select

from storage.db import session_scope
from storage.models import (
    DeliveryAttempt,
    Extraction,
    InboundMessage,
    OutboxItem,
    ReviewItem,
    utcnow,
)

EXTRACTION_SECONDS = Histogram(
    "intake_extraction_seconds", "Time to extract one message", ["backend"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
EXTRACTION_CONFIDENCE = Histogram(
    "intake_extraction_confidence", "Verified confidence of extracted messages",
    buckets=(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0),
)
SMTP_REPLIES = Counter("intake_smtp_replies_total", "SMTP replies to DATA and RCPT", ["code"])
STEP_FAILURES = Counter("intake_step_failures_total", "Messages parked as failed", ["step"])


class StoreCollector:
    """Metrics read from the store at scrape time."""

    def __init__(self, database_url: str):
        self.database_url = database_url

    def collect(self):
        with session_scope(self.database_url) as session:
            yield from _received(session)
            yield from _routes(session)
            yield from _queue(session)
            yield from _llm_tokens(session)
            yield from _webhook_failures(session)
            yield from _message_states(session)


def _received(session):
    family = CounterMetricFamily(
        "intake_messages_received", "Inbound messages stored", labels=["channel", "partner"]
    )
    rows = session.execute(
        select(InboundMessage.channel, InboundMessage.partner_id, func.count())
        .group_by(InboundMessage.channel, InboundMessage.partner_id)
    )
    for channel, partner, count in rows:
        family.add_metric([channel, partner or "unknown"], count)
    yield family


def _routes(session):
    family = CounterMetricFamily(
        "intake_messages_routed", "Routing decisions (auto = straight through)", labels=["route"]
    )
    rows = session.execute(
        select(Extraction.route, func.count()).where(Extraction.route.is_not(None))
        .group_by(Extraction.route)
    )
    counts = dict(rows.all())
    for route in ("auto", "review"):
        family.add_metric([route], counts.get(route, 0))
    yield family
    decided = sum(counts.values())
    rate = GaugeMetricFamily("intake_straight_through_ratio",
                             "Share of routed messages that went straight through")
    rate.add_metric([], counts.get("auto", 0) / decided if decided else 0.0)
    yield rate


def _queue(session):
    depth, oldest = session.execute(
        select(func.count(ReviewItem.id), func.min(ReviewItem.created_at))
        .where(ReviewItem.state == "open")
    ).one()
    yield GaugeMetricFamily("intake_review_queue_depth", "Items waiting for a validator",
                            value=depth)
    yield GaugeMetricFamily("intake_review_queue_oldest_age_seconds",
                            "Age of the oldest item waiting", value=_age_seconds(oldest))
    pending, oldest_pending = session.execute(
        select(func.count(InboundMessage.id), func.min(InboundMessage.received_at))
        .where(InboundMessage.state.in_(("received", "parsed", "extracted")))
    ).one()
    yield GaugeMetricFamily("intake_pipeline_backlog", "Messages not yet through the pipeline",
                            value=pending)
    yield GaugeMetricFamily("intake_pipeline_oldest_age_seconds",
                            "Age of the oldest message in the pipeline",
                            value=_age_seconds(oldest_pending))


def _llm_tokens(session):
    prompt, completion, calls = session.execute(
        select(func.coalesce(func.sum(Extraction.prompt_tokens), 0),
               func.coalesce(func.sum(Extraction.completion_tokens), 0),
               func.coalesce(func.sum(Extraction.llm_calls), 0))
    ).one()
    family = CounterMetricFamily("intake_llm_tokens", "LLM tokens used", labels=["kind"])
    family.add_metric(["prompt"], prompt)
    family.add_metric(["completion"], completion)
    yield family
    yield CounterMetricFamily("intake_llm_calls", "LLM calls made", value=calls)


def _webhook_failures(session):
    family = CounterMetricFamily(
        "intake_webhook_failed_attempts", "Status webhook delivery attempts that failed",
        labels=["partner"],
    )
    rows = session.execute(
        select(OutboxItem.partner_id, func.count(DeliveryAttempt.id))
        .join(OutboxItem, DeliveryAttempt.outbox_id == OutboxItem.id)
        .where(OutboxItem.kind == "webhook")
        .where((DeliveryAttempt.status_code.is_(None)) | (DeliveryAttempt.status_code >= 300))
        .group_by(OutboxItem.partner_id)
    )
    for partner, count in rows:
        family.add_metric([partner or "unknown"], count)
    yield family


def _message_states(session):
    family = GaugeMetricFamily("intake_messages", "Inbound messages by state and channel",
                               labels=["state", "channel"])
    rows = session.execute(
        select(InboundMessage.state, InboundMessage.channel, func.count())
        .group_by(InboundMessage.state, InboundMessage.channel)
    )
    for state, channel, count in rows:
        family.add_metric([state, channel], count)
    yield family


def _age_seconds(since: datetime | None) -> float:
    if since is None:
        return 0.0
    if isinstance(since, str):  # SQLite returns MIN() of a timestamp column as text
        since = datetime.fromisoformat(since)
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return max(0.0, (utcnow() - since).total_seconds())


def render_metrics(database_url: str) -> tuple[bytes, str]:
    """The body and content type for a ``/metrics`` response."""
    store = CollectorRegistry()
    store.register(StoreCollector(database_url))
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        local = CollectorRegistry()
        MultiProcessCollector(local)
    else:
        local = REGISTRY
    return generate_latest(store) + generate_latest(local), CONTENT_TYPE_LATEST
