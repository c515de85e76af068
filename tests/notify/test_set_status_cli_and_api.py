"""Recording status changes by hand: `intake orders set-status` and the internal endpoint."""

from __future__ import annotations

import json

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from intake.api import status_routes
from intake.cli import CliError, app, orders_cmd  # noqa: F401 - registers the commands
from intake.settings import get_settings
from storage.db import session_scope
from storage.models import Order
from tests.notify.store_data import configure_partner, new_order, outbox, with_callback


@pytest.fixture
def cli(settings, monkeypatch):
    monkeypatch.setenv("INTAKE_DATABASE_URL", settings.database_url)
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def invoke(runner, args):
    try:
        return runner.invoke(app, args, catch_exceptions=False)
    except CliError as exc:  # what ``intake.cli.main`` prints as one line
        return exc


def _number(settings, order_id):
    with session_scope(settings.database_url) as session:
        return session.get(Order, order_id).order_number


def test_set_status_by_number_with_date_and_installer(cli, settings):
    url = settings.database_url
    with_callback(url, "http://127.0.0.1:9/hooks")
    number = _number(settings, new_order(url))
    result = invoke(cli, ["orders", "set-status", number, "scheduled", "--date", "2025-07-20",
                          "--installer", "Team Amsterdam Noord", "--json"])
    record = json.loads(result.output)
    assert record["recorded"] and record["status"] == "installation_scheduled"
    assert (record["scheduled_date"], record["installer"]) == ("2025-07-20",
                                                                 "Team Amsterdam Noord")
    assert [n["kind"] for n in record["notifications"]] == ["webhook"]
    again = invoke(cli, ["orders", "set-status", number, "installation_scheduled", "--date",
                         "2025-07-20", "--installer", "Team Amsterdam Noord"])
    assert again.exit_code == 0 and "nothing recorded" in again.output


def test_set_status_by_partner_order_id_and_its_one_line_errors(cli, settings):
    url = settings.database_url
    configure_partner(url, notification_email="orders@groendus.nl")
    new_order(url)
    result = invoke(cli, ["orders", "set-status", "GRD-2025-04817", "completed",
                          "--partner", "groendus"])
    assert result.exit_code == 0 and "installation_completed" in result.output
    assert "email status_update queued" in result.output
    assert "no order" in str(invoke(cli, ["orders", "set-status", "CC-1999-00001", "on_hold"]))
    assert "unknown status" in str(invoke(cli, ["orders", "set-status", "GRD-2025-04817",
                                                "shipped", "--partner", "groendus"]))
    assert "needs a date" in str(invoke(cli, ["orders", "set-status", "GRD-2025-04817",
                                              "scheduled", "--partner", "groendus"]))
    assert "not a date" in str(invoke(cli, ["orders", "set-status", "GRD-2025-04817",
                                            "scheduled", "--partner", "groendus",
                                            "--date", "20-07-2025"]))


def api_client(settings, token="s3cret-token"):
    api = FastAPI()
    api.state.settings = settings.model_copy(update={"internal_api_token": token})
    api.include_router(status_routes.router)
    return TestClient(api)


def test_internal_endpoint_records_once_and_answers_what_was_queued(settings):
    url = settings.database_url
    with_callback(url, "http://127.0.0.1:9/hooks")
    number = _number(settings, new_order(url))
    client = api_client(settings)
    auth = {"Authorization": "Bearer s3cret-token"}
    body = {"status": "scheduled", "scheduled_date": "2025-07-20",
            "installer": "Team Amsterdam Noord", "event_id": "planner-881"}
    first = client.post(f"/internal/orders/{number}/status", json=body, headers=auth)
    assert first.status_code == 201, first.text
    assert first.json()["notifications"][0]["kind"] == "webhook"
    again = client.post(f"/internal/orders/{number}/status", json=body, headers=auth)
    assert again.status_code == 200 and again.json()["recorded"] is False
    by_partner = client.post("/internal/partners/groendus/orders/GRD-2025-04817/status",
                             json={"status": "completed"}, headers=auth)
    assert by_partner.status_code == 201 and by_partner.json()["status"] == \
        "installation_completed"
    assert len(outbox(url, "webhook")) == 3


def test_internal_endpoint_refuses_without_config_token_or_order(settings):
    number = _number(settings, new_order(settings.database_url))
    path = f"/internal/orders/{number}/status"
    off = api_client(settings, token=None).post(path, json={"status": "on_hold"})
    assert off.status_code == 503 and off.json()["error"] == "not_configured"
    client = api_client(settings)
    assert client.post(path, json={"status": "on_hold"}).status_code == 401
    wrong = client.post(path, json={"status": "on_hold"}, headers={"Authorization": "Bearer x"})
    assert wrong.status_code == 401 and wrong.json()["error"] == "invalid_token"
    auth = {"Authorization": "Bearer s3cret-token"}
    missing = client.post("/internal/orders/CC-1999-00001/status", json={"status": "on_hold"},
                          headers=auth)
    assert missing.status_code == 404
    bad = client.post(path, json={"status": "shipped"}, headers=auth)
    assert bad.status_code == 422 and bad.json()["error"] == "invalid_status_change"


def test_the_partner_api_app_serves_the_internal_endpoint(settings):
    from intake.api.app import create_app

    client = TestClient(create_app(settings))
    answer = client.post("/internal/orders/CC-1999-00001/status", json={"status": "on_hold"})
    assert answer.status_code == 503  # no INTAKE_INTERNAL_API_TOKEN: never open by default
