"""/healthz, /readyz and /metrics: what monitoring sees, read from the real store."""

from __future__ import annotations

from fastapi.testclient import TestClient

from intake.api.app import create_app
from intake.worker import Worker
from storage.db import session_scope
from storage.messages import store_raw_message
from tests.conftest import corpus_email, make_settings


def metric_value(body: str, name: str, labels: str = "") -> float:
    prefix = f"{name}{{{labels}}}" if labels else name
    for line in body.splitlines():
        if line.startswith(prefix + " "):
            return float(line.split()[-1])
    raise AssertionError(f"{prefix} not in metrics:\n{body[:2000]}")


def test_health_and_readiness(settings):
    with TestClient(create_app(settings)) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        assert client.get("/readyz").json() == {"status": "ready"}


def test_not_ready_while_the_schema_is_behind(tmp_path):
    settings = make_settings(f"sqlite:///{tmp_path}/empty.db", tmp_path)
    with TestClient(create_app(settings)) as client:
        answer = client.get("/readyz")
    assert answer.status_code == 503 and "intake db upgrade" in answer.json()["reason"]


def test_metrics_report_what_the_store_holds(settings):
    url = settings.database_url
    with session_scope(url) as session:
        for prefix, partner in (("001-", "groendus"), ("002-", "groendus"), ("023-", "essent")):
            store_raw_message(session, raw=corpus_email(prefix), channel="smtp", partner_id=partner,
                              envelope_from="x@example.nl", envelope_to=[], message_id=prefix)
    Worker(settings).drain()
    with TestClient(create_app(settings)) as client:
        answer = client.get("/metrics")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/plain")
    body = answer.text
    assert metric_value(body, "intake_messages_received_total",
                        'channel="smtp",partner="groendus"') == 2
    routed = (metric_value(body, "intake_messages_routed_total", 'route="auto"')
              + metric_value(body, "intake_messages_routed_total", 'route="review"'))
    assert routed == 3
    depth = metric_value(body, "intake_review_queue_depth")
    assert depth == metric_value(body, "intake_messages_routed_total", 'route="review"')
    assert 0 <= metric_value(body, "intake_straight_through_ratio") <= 1
    assert metric_value(body, "intake_pipeline_backlog") == 0
