"""Property-based tests from the OpenAPI document (schemathesis): whatever a partner sends
that the document allows, or nearly, the API answers without a 5xx and as documented."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from intake.api.app import create_app
from intake.inbound_webhooks import new_webhook_secret
from storage.db import engine_for
from storage.migrate import upgrade_database
from tests.api.conftest import new_key, set_partner
from tests.conftest import load_partners, make_settings

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance, response_headers_conformance]
OWN_PARTNER = {"/partners/{partner_id}/orders": "groendus", "/forms/{partner_id}/orders": "50five",
               "/webhooks/{partner_id}/orders": "essent"}


# The app is built at import (schemathesis reads its document while collecting); its
# store is migrated and given partners and keys by the fixture below, before any test.
_STORE_DIR = Path(tempfile.mkdtemp(prefix="intake-schemathesis-"))
_URL = f"sqlite:///{_STORE_DIR}/intake.db"
APP = create_app(make_settings(
    _URL, _STORE_DIR, api_rate_limit="100000/minute", api_status_rate_limit="100000/minute",
    api_auth_failure_limit="100000/minute"))
# /internal belongs to the status-change endpoint, fuzzed by its own tests.
schema = schemathesis.openapi.from_asgi("/openapi.json", APP).exclude(path_regex="^/internal")


@pytest.fixture(scope="module", autouse=True)
def migrated_store():
    upgrade_database(_URL)
    load_partners(_URL)
    APP.state.test_keys = {p: new_key(_URL, p) for p in ("groendus", "50five")}
    set_partner(_URL, "essent", inbound_webhook_secret=new_webhook_secret())
    yield
    engine_for(_URL).dispose()
    shutil.rmtree(_STORE_DIR, ignore_errors=True)


@schema.parametrize()
@hypothesis_settings(max_examples=60, deadline=None,
                     suppress_health_check=list(HealthCheck))
def test_no_server_errors_and_answers_as_documented(case):
    app = APP
    partner = OWN_PARTNER.get(case.operation.path)
    if partner and case.path_parameters is not None:
        case.path_parameters["partner_id"] = partner  # past the key check, into validation
    key = app.state.test_keys.get(partner or "groendus")
    case.call_and_validate(headers={"X-API-Key": key}, checks=CHECKS)
