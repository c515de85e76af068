"""Limits on every endpoint: requests per key, failed authentications per address, size."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from intake.api.app import create_app
from storage.db import session_scope
from storage.models import InboundMessage
from tests.api.conftest import auth, essent_order, order_body, signed_headers


@pytest.fixture
def tight(settings):
    limited = settings.model_copy(update={
        "api_rate_limit": "3/minute", "api_auth_failure_limit": "5/minute",
        "api_max_body_bytes": 64 * 1024})
    with TestClient(create_app(limited)) as client:
        yield client


def test_orders_are_limited_per_key_with_retry_after(tight, keys):
    codes = [tight.post("/partners/groendus/orders", json=order_body(partner_order_id=f"G-{i}"),
                        headers=auth(keys["groendus"])).status_code for i in range(4)]
    assert codes == [201, 201, 201, 429]
    limited = tight.post("/partners/groendus/orders", json=order_body(),
                         headers=auth(keys["groendus"]))
    assert limited.json()["error"] == "rate_limited" and int(limited.headers["Retry-After"]) > 0
    other = tight.post("/forms/50five/orders", data={"partner_order_id": "F-1"},
                       headers=auth(keys["50five"]))
    assert other.status_code == 422  # another key has its own budget


def test_webhooks_are_limited_per_partner(tight, essent_secret):
    codes = []
    for i in range(4):
        body = essent_order(partner_order_id=f"E-{i}")
        codes.append(tight.post("/webhooks/essent/orders", content=body,
                                headers=signed_headers(essent_secret, body)).status_code)
    assert codes == [201, 201, 201, 429]


def test_an_address_that_keeps_failing_to_authenticate_is_refused(tight, keys):
    for _ in range(5):
        response = tight.post("/partners/groendus/orders", json=order_body(),
                              headers=auth("cci_live_zzzzzzzz_" + "0" * 64))
        assert response.status_code == 401
    blocked = tight.post("/partners/groendus/orders", json=order_body(),
                         headers=auth(keys["groendus"]))
    assert blocked.status_code == 429 and blocked.headers["Retry-After"]


def test_an_oversized_body_is_refused_with_413_before_it_is_read(settings, keys):
    with TestClient(create_app(settings)) as client:  # the default limit: 10 MiB
        huge = b'{"partner_order_id": "' + b"x" * (11 * 1024 * 1024) + b'"}'
        response = client.post("/partners/groendus/orders", content=huge, headers={
            **auth(keys["groendus"]), "content-type": "application/json"})
    assert response.status_code == 413 and response.json()["error"] == "body_too_large"
    with session_scope(settings.database_url) as session:
        assert session.scalars(select(InboundMessage)).all() == []


def test_a_chunked_body_is_counted_as_it_arrives(tight, keys):
    def chunks():
        yield b'{"partner_order_id": "'
        for _ in range(100):
            yield b"x" * 1024
        yield b'"}'

    response = tight.post("/partners/groendus/orders", content=chunks(), headers={
        **auth(keys["groendus"]), "content-type": "application/json"})
    assert response.status_code == 413 and response.json()["error"] == "body_too_large"


def test_every_endpoint_has_the_size_limit(tight, keys, essent_secret):
    big = json.dumps(order_body(customer__name="x" * 70_000)).encode()
    for path, headers in (("/partners/groendus/orders", auth(keys["groendus"])),
                          ("/webhooks/essent/orders", signed_headers(essent_secret, big)),
                          ("/forms/50five/orders", auth(keys["50five"]))):
        response = tight.post(path, content=big, headers={"content-type": "application/json",
                                                          **headers})
        assert response.status_code == 413, path


def test_more_requests_in_progress_than_allowed_are_refused_with_503(sqlite_settings):
    """While the store is held (a long transaction elsewhere), the request in progress
    waits; the one beyond the limit is answered at once, and nothing of it is stored."""
    import threading
    import time

    from storage.db import engine_for
    from tests.api.conftest import new_key

    settings = sqlite_settings.model_copy(update={"api_limit_concurrency": 1})
    key = new_key(settings.database_url, "groendus")
    connection = engine_for(settings.database_url).connect()
    transaction = connection.begin()  # SQLite: BEGIN IMMEDIATE, the write lock
    answers = {}
    app = create_app(settings)
    with TestClient(app) as client:
        def first():
            answers["first"] = client.post("/partners/groendus/orders", json=order_body(),
                                           headers=auth(key))
        waiting = threading.Thread(target=first)
        waiting.start()
        deadline = time.monotonic() + 10
        while app.state.store.writer is None and time.monotonic() < deadline:
            time.sleep(0.01)  # until the first one waits in the store
        busy = client.post("/partners/groendus/orders",
                           json=order_body(partner_order_id="G-2"), headers=auth(key))
        assert client.get("/healthz").status_code == 200  # monitoring is never refused
        transaction.commit()
        connection.close()
        waiting.join(30)
    assert (busy.status_code, busy.json()["error"]) == (503, "server_busy")
    assert busy.headers["Retry-After"] and busy.json()["request_id"]
    assert answers["first"].status_code == 201
    with session_scope(settings.database_url) as session:
        assert len(session.scalars(select(InboundMessage)).all()) == 1
