"""POST /webhooks/{partner_id}/orders: Standard Webhooks signatures, freshness, replays, IPs."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from intake.api.app import create_app
from intake.webhook_signing import new_webhook_secret
from storage.db import session_scope
from storage.models import InboundMessage, Order, WebhookReceipt
from tests.api.conftest import essent_order, set_partner, signed_headers

PATH = "/webhooks/essent/orders"


def stored(url):
    with session_scope(url) as session:
        return (session.scalars(select(InboundMessage)).all(),
                session.scalars(select(Order).options(selectinload(Order.lines))).all())


def test_a_signed_webhook_creates_the_order(api, settings, essent_secret):
    body = essent_order()
    response = api.post(PATH, content=body, headers=signed_headers(essent_secret, body))
    assert response.status_code == 201, response.text
    [message], [order] = stored(settings.database_url)
    assert message.channel == "webhook" and message.raw == body and message.state == "done"
    assert order.channel == "webhook" and order.partner_id == "essent"
    assert [line.article for line in order.lines] == ["ALF-EVE-D-22KW"]
    assert response.json()["order_number"] == order.order_number


def test_a_bad_signature_is_refused_and_nothing_stored(api, settings, essent_secret):
    body = essent_order()
    other = signed_headers(new_webhook_secret(), body)
    tampered = body.replace(b"ESS-77812", b"ESS-99999")
    for content, headers in ((body, other), (tampered, signed_headers(essent_secret, body))):
        response = api.post(PATH, content=content, headers=headers)
        assert (response.status_code, response.json()["error"]) == (401, "invalid_signature")
    garbage = {**signed_headers(essent_secret, body), "webhook-signature": "v1,%%%, v2"}
    assert api.post(PATH, content=body, headers=garbage).json()["error"] == "invalid_signature"
    assert stored(settings.database_url) == ([], [])


def test_missing_signature_headers_are_refused(api, essent_secret):
    body = essent_order()
    headers = signed_headers(essent_secret, body)
    for name in ("webhook-id", "webhook-timestamp", "webhook-signature"):
        partial = {k: v for k, v in headers.items() if k != name}
        response = api.post(PATH, content=body, headers=partial)
        assert (response.status_code, response.json()["error"]) == (
            401, "missing_signature_headers")


def test_timestamps_outside_five_minutes_are_refused(api, essent_secret):
    body = essent_order()
    for offset in (-301, 301, -86400):
        headers = signed_headers(essent_secret, body, timestamp=int(time.time()) + offset)
        response = api.post(PATH, content=body, headers=headers)
        assert (response.status_code, response.json()["error"]) == (
            401, "timestamp_out_of_range"), offset
    for bad in ("yesterday", "1e10", "-5", "nan"):
        headers = {**signed_headers(essent_secret, body), "webhook-timestamp": bad}
        assert api.post(PATH, content=body, headers=headers).json()["error"] == (
            "timestamp_out_of_range")
    within = signed_headers(essent_secret, body, timestamp=int(time.time()) - 240)
    assert api.post(PATH, content=body, headers=within).status_code == 201


def test_a_replayed_webhook_id_is_refused_with_409(api, settings, essent_secret):
    body = essent_order()
    headers = signed_headers(essent_secret, body, webhook_id="msg_replay_1")
    assert api.post(PATH, content=body, headers=headers).status_code == 201
    replay = api.post(PATH, content=body, headers=headers)
    assert (replay.status_code, replay.json()["error"]) == (409, "webhook_replayed")
    messages, orders = stored(settings.database_url)
    assert len(messages) == 1 and len(orders) == 1


def test_a_new_delivery_of_the_same_order_is_a_duplicate_not_a_replay(api, essent_secret):
    body = essent_order()
    first = api.post(PATH, content=body, headers=signed_headers(essent_secret, body))
    second = api.post(PATH, content=body, headers=signed_headers(essent_secret, body))
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["order_number"] == second.json()["order_number"]


def test_a_delivery_that_failed_is_accepted_when_retried(api, settings, essent_secret,
                                                         monkeypatch):
    import intake.pipeline.store as store_step

    monkeypatch.setattr(store_step, "create_order", lambda *a, **k: 1 / 0)
    body = essent_order()
    headers = signed_headers(essent_secret, body, webhook_id="msg_retry_1")
    assert api.post(PATH, content=body, headers=headers).status_code == 503
    monkeypatch.undo()
    with session_scope(settings.database_url) as session:
        assert session.scalars(select(WebhookReceipt)).all() == []
    retry = api.post(PATH, content=body, headers=signed_headers(
        essent_secret, body, webhook_id="msg_retry_1"))
    assert retry.status_code == 201


def test_the_ip_allowlist_admits_only_its_networks(settings, essent_secret):
    set_partner(settings.database_url, "essent", ip_allowlist=["192.0.2.0/24", "2001:db8::/32"])
    body = essent_order()
    app = create_app(settings)
    with TestClient(app, client=("198.51.100.7", 5000)) as outsider:
        response = outsider.post(PATH, content=body, headers=signed_headers(essent_secret, body))
        assert (response.status_code, response.json()["error"]) == (403, "ip_not_allowed")
    with TestClient(app, client=("192.0.2.44", 5000)) as insider:
        response = insider.post(PATH, content=body, headers=signed_headers(essent_secret, body))
        assert response.status_code == 201
    assert len(stored(settings.database_url)[1]) == 1


def test_a_partner_without_a_secret_or_an_unknown_partner(api, settings):
    body = essent_order()
    headers = signed_headers(new_webhook_secret(), body)
    response = api.post(PATH, content=body, headers=headers)
    assert (response.status_code, response.json()["error"]) == (403, "webhooks_not_enabled")
    response = api.post("/webhooks/nobody/orders", content=body, headers=headers)
    assert (response.status_code, response.json()["error"]) == (404, "unknown_partner")


def test_signed_but_invalid_orders_get_422(api, settings, essent_secret):
    body = essent_order(customer__email="nope")
    response = api.post(PATH, content=body, headers=signed_headers(essent_secret, body))
    assert response.status_code == 422
    assert response.json()["fields"][0]["path"] == "customer.email"
