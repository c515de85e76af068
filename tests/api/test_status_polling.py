"""GET /orders/{partner_order_id}/status: a partner's own orders, once a minute per key."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from intake.lifecycle import record_status_event
from storage.db import session_scope
from storage.models import Order
from tests.api.conftest import auth, new_key, order_body

CREATE = "/partners/groendus/orders"


def status_path(partner_order_id: str) -> str:
    return f"/orders/{partner_order_id}/status"


def test_an_order_reports_its_status_and_history(api, keys, settings):
    created = api.post(CREATE, json=order_body(), headers=auth(keys["groendus"])).json()
    with session_scope(settings.database_url) as session:
        order = session.scalars(select(Order)).one()
        record_status_event(session, order, "installation_scheduled", actor="planner",
                            scheduled_date=date(2025, 7, 20), installer="Team Amsterdam Noord")
    response = api.get(status_path("GRO-2025-04817"), headers=auth(keys["groendus"]))
    assert response.status_code == 200
    answer = response.json()
    assert answer["order_number"] == created["order_number"]
    assert answer["status"] == "installation_scheduled"
    assert (answer["scheduled_date"], answer["installer"]) == ("2025-07-20",
                                                               "Team Amsterdam Noord")
    assert [e["status"] for e in answer["history"]] == ["received", "installation_scheduled"]


def test_polling_is_limited_to_once_a_minute_per_key(api, keys, settings):
    api.post(CREATE, json=order_body(), headers=auth(keys["groendus"]))
    assert api.get(status_path("GRO-2025-04817"), headers=auth(keys["groendus"])).status_code == 200
    again = api.get(status_path("GRO-2025-04817"), headers=auth(keys["groendus"]))
    assert (again.status_code, again.json()["error"]) == (429, "rate_limited")
    assert 0 < int(again.headers["Retry-After"]) <= 60
    other_key = new_key(settings.database_url, "groendus")
    assert api.get(status_path("GRO-2025-04817"), headers=auth(other_key)).status_code == 200


def test_another_partners_order_is_404_not_403(api, keys):
    api.post(CREATE, json=order_body(), headers=auth(keys["groendus"]))
    response = api.get(status_path("GRO-2025-04817"), headers=auth(keys["essent"]))
    assert (response.status_code, response.json()["error"]) == (404, "order_not_found")
    unknown = api.get(status_path("GRO-0000"), headers=auth(keys["50five"]))
    assert (unknown.status_code, unknown.json()["error"]) == (404, "order_not_found")


def test_an_order_waiting_for_review_says_so(api, keys):
    api.post(CREATE, json=order_body(customer__address__postal_code="99999"),
             headers=auth(keys["groendus"]))
    response = api.get(status_path("GRO-2025-04817"), headers=auth(keys["groendus"]))
    assert response.json()["status"] == "review" and response.json()["order_number"] is None


def test_ids_with_a_slash_can_be_polled(api, keys):
    api.post(CREATE, json=order_body(partner_order_id="GRO/2025/7"), headers=auth(keys["groendus"]))
    response = api.get("/orders/GRO%2F2025%2F7/status", headers=auth(keys["groendus"]))
    assert response.status_code == 200 and response.json()["partner_order_id"] == "GRO/2025/7"


def test_polling_needs_a_valid_key(api, keys):
    assert api.get(status_path("GRO-1")).json()["error"] == "missing_api_key"
    bad = api.get(status_path("GRO-1"), headers=auth("cci_live_aaaaaaaa_" + "1" * 64))
    assert (bad.status_code, bad.json()["error"]) == (401, "invalid_api_key")
