"""Nothing is lost: a failure after storing answers 503 and keeps the message for replay;
a store that cannot be written answers 503 with Retry-After and acknowledges nothing."""

from __future__ import annotations

from sqlalchemy import select

from intake.worker import Worker
from storage.db import session_scope
from storage.models import InboundMessage, Order
from tests.api.conftest import auth, order_body, run_intake

PATH = "/partners/groendus/orders"


def break_order_creation(monkeypatch):
    import intake.pipeline.store as store_step

    def broken(*args, **kwargs):
        raise RuntimeError("planning system hiccup")

    monkeypatch.setattr(store_step, "create_order", broken)


def message_and_orders(url):
    with session_scope(url) as session:
        return (session.scalars(select(InboundMessage)).all(),
                session.scalars(select(Order)).all())


def test_a_failure_after_storing_answers_503_and_keeps_the_message(api, keys, settings,
                                                                   monkeypatch):
    break_order_creation(monkeypatch)
    response = api.post(PATH, json=order_body(), headers=auth(keys["groendus"]))
    assert response.status_code == 503 and response.json()["error"] == "processing_failed"
    assert response.headers["Retry-After"] == "60"
    [message], orders = message_and_orders(settings.database_url)
    assert orders == []
    assert message.state == "failed" and message.failed_state == "extracted"
    assert "planning system hiccup" in message.error
    assert response.json()["message_id"] == message.id


def test_the_partners_retry_processes_the_kept_message(api, keys, settings, monkeypatch):
    break_order_creation(monkeypatch)
    api.post(PATH, json=order_body(), headers=auth(keys["groendus"]))
    monkeypatch.undo()
    retry = api.post(PATH, json=order_body(), headers=auth(keys["groendus"]))
    assert retry.status_code == 201, retry.text
    [message], [order] = message_and_orders(settings.database_url)
    assert message.state == "done" and order.source_message_id == message.id


def test_intake_replay_sends_it_through_the_worker(api, keys, settings, monkeypatch):
    break_order_creation(monkeypatch)
    api.post(PATH, json=order_body(), headers=auth(keys["groendus"]))
    monkeypatch.undo()
    [message], _ = message_and_orders(settings.database_url)
    replayed = run_intake(settings.database_url, "replay", str(message.id))
    assert replayed.returncode == 0, replayed.stderr
    Worker(settings).drain()
    [message], [order] = message_and_orders(settings.database_url)
    assert message.state == "done" and order.channel == "api"
    assert order.partner_order_id == "GRO-2025-04817" and order.source_message_id == message.id
    status = api.get("/orders/GRO-2025-04817/status", headers=auth(keys["groendus"]))
    assert status.json()["order_number"] == order.order_number


def test_a_store_that_cannot_be_written_answers_503_with_retry_after(api, keys, settings,
                                                                     monkeypatch):
    from sqlalchemy.exc import OperationalError

    import intake.structured_intake as structured

    def disk_full(*args, **kwargs):
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(structured, "store_raw_message", disk_full)
    response = api.post(PATH, json=order_body(), headers=auth(keys["groendus"]))
    assert response.status_code == 503 and response.json()["error"] == "store_unavailable"
    assert int(response.headers["Retry-After"]) > 0
    assert message_and_orders(settings.database_url) == ([], [])


def test_an_unreachable_store_answers_503(tmp_path, keys):
    from fastapi.testclient import TestClient

    from intake.api.app import create_app
    from tests.conftest import make_settings

    unreachable = make_settings(
        "postgresql+psycopg://postgres@127.0.0.1:1/none?connect_timeout=1", tmp_path)
    with TestClient(create_app(unreachable)) as client:
        response = client.post(PATH, json=order_body(), headers=auth(keys["groendus"]))
    assert response.status_code == 503 and response.headers["Retry-After"]
