"""Prometheus metrics of partner notifications (exposed by whoever serves /metrics)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

WEBHOOK_FAILURES = Counter(
    "intake_webhook_failures_total",
    "Status webhooks given up on (last attempt failed, or 410 Gone), per partner",
    ["partner"],
)
EMAIL_FAILURES = Counter(
    "intake_email_failures_total",
    "Partner emails given up on (5xx from the relay, or every attempt failed), per partner",
    ["partner"],
)
DELIVERY_ATTEMPTS = Counter(
    "intake_outbox_attempts_total",
    "Delivery attempts of outbox items, by kind and result",
    ["kind", "result"],  # result: delivered, retry, failed
)
DELIVERY_DELAY = Histogram(
    "intake_outbox_delivery_delay_seconds",
    "From the event (item queued) to its delivery, by kind",
    ["kind"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600),
)


def partner_label(partner_id: str | None) -> str:
    return partner_id or "none"
