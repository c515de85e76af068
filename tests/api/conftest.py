"""Fixtures for the partner API: an app on the test store, API keys, orders, signatures."""

from __future__ import annotations

import copy
import json
import time
import uuid
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from intake import webhook_signing
from intake.api.app import create_app
from intake.partner_keys import issue_key
from intake.webhook_signing import new_webhook_secret
from storage.db import session_scope
from storage.models import Partner

ORDER = {
    "partner_order_id": "GRO-2025-04817",
    "customer": {
        "name": "Sanne de Vries",
        "email": "Sanne.deVries@Example.NL",
        "phone": "06-12345678",
        "address": {"street": "Biltstraat", "house_number": "14A",
                    "postal_code": "3572ab", "city": "Utrecht"},
    },
    "products": [
        {"partner_sku": "GRO-ALFEN-11", "quantity": 1, "description": "Alfen Eve"},
        {"partner_sku": "GRO-INSTALL-1", "quantity": 1},
    ],
    "installation_preferences": {"preferred_date": "2025-07-21", "notes": "Meterkast"},
    "partner_references": {"customer_account": "7700123456"},
}


def order_body(**changes) -> dict:
    """The example order with top-level fields replaced, or nested ones by dotted path."""
    body = copy.deepcopy(ORDER)
    for path, value in changes.items():
        node, *rest = path.split("__")
        target = body
        keys = [node, *rest]
        for key in keys[:-1]:
            target = target[key]
        if value is ...:
            target.pop(keys[-1], None)
        else:
            target[keys[-1]] = value
    return body


def new_key(url: str, partner_id: str, **kwargs) -> str:
    with session_scope(url) as session:
        return issue_key(session, session.get(Partner, partner_id), **kwargs).key


def set_partner(url: str, partner_id: str, **values) -> None:
    with session_scope(url) as session:
        partner = session.get(Partner, partner_id)
        for name, value in values.items():
            setattr(partner, name, value)


@pytest.fixture
def api(settings):
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture
def keys(settings) -> dict[str, str]:
    return {p: new_key(settings.database_url, p) for p in ("groendus", "essent", "50five")}


def auth(key: str) -> dict:
    return {"X-API-Key": key}


def signed_headers(secret: str, body: bytes, *, webhook_id: str | None = None,
                   timestamp: int | None = None) -> dict:
    webhook_id = webhook_id or f"msg_{uuid.uuid4().hex}"
    timestamp = int(time.time()) if timestamp is None else timestamp
    headers = webhook_signing.signed_headers(secret, webhook_id, body.decode(),
                                             now=datetime.fromtimestamp(timestamp, UTC))
    return {**headers, "content-type": "application/json"}


@pytest.fixture
def essent_secret(settings) -> str:
    secret = new_webhook_secret()
    set_partner(settings.database_url, "essent", inbound_webhook_secret=secret)
    return secret


def essent_order(**changes) -> bytes:
    body = order_body(**{"partner_order_id": "ESS-77812", **changes})
    body["products"] = [{"partner_sku": "ESS-WALLBOX-22", "quantity": 1}]
    return json.dumps(body).encode()


def run_intake(database_url: str, *args: str, stdin: str | None = None):
    """The real ``intake`` command on this store, as an operator runs it."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "INTAKE_DATABASE_URL": database_url, "INTAKE_LOG_JSON": "true"}
    return subprocess.run([sys.executable, "-m", "intake", *args], capture_output=True,
                          text=True, env=env, input=stdin, timeout=120, check=False)
