"""Property-based tests from the OpenAPI document (schemathesis): whatever a partner sends
that the document allows, or nearly, the API answers without a 5xx and as documented."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

import psycopg
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
from intake.webhook_signing import new_webhook_secret
from storage.db import engine_for
from storage.migrate import upgrade_database
from tests.api.conftest import new_key, set_partner
from tests.conftest import (
    PG_ADMIN,
    PG_HOST,
    PG_PORT,
    _postgres_problem,
    drop_postgres_database,
    load_partners,
    make_settings,
)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance, response_headers_conformance]
OWN_PARTNER = {"/partners/{partner_id}/orders": "groendus", "/forms/{partner_id}/orders": "50five",
               "/webhooks/{partner_id}/orders": "essent"}


# The apps are built at import (schemathesis reads the document while collecting); their
# stores are migrated and given partners and keys by the fixtures below, before any test.
_STORE_DIR = Path(tempfile.mkdtemp(prefix="intake-schemathesis-"))
SQLITE_URL = f"sqlite:///{_STORE_DIR}/intake.db"
PG_NAME = f"intake_schemathesis_{uuid.uuid4().hex[:8]}"
POSTGRES_URL = f"postgresql+psycopg://postgres@{PG_HOST}:{PG_PORT}/{PG_NAME}"
GENEROUS = {"api_rate_limit": "100000/minute", "api_status_rate_limit": "100000/minute",
            "api_auth_failure_limit": "100000/minute"}
SQLITE_APP = create_app(make_settings(SQLITE_URL, _STORE_DIR, **GENEROUS))
POSTGRES_APP = create_app(make_settings(POSTGRES_URL, _STORE_DIR, **GENEROUS))
# /internal belongs to the status-change endpoint, fuzzed by its own tests.
sqlite_schema = schemathesis.openapi.from_asgi("/openapi.json", SQLITE_APP).exclude(
    path_regex="^/internal")
postgres_schema = schemathesis.openapi.from_asgi("/openapi.json", POSTGRES_APP).exclude(
    path_regex="^/internal")


def _prepare(app, url: str) -> None:
    upgrade_database(url)
    load_partners(url)
    app.state.test_keys = {p: new_key(url, p) for p in ("groendus", "50five")}
    set_partner(url, "essent", inbound_webhook_secret=new_webhook_secret())


@pytest.fixture(scope="module")
def sqlite_store():
    _prepare(SQLITE_APP, SQLITE_URL)
    yield
    engine_for(SQLITE_URL).dispose()
    shutil.rmtree(_STORE_DIR, ignore_errors=True)


@pytest.fixture(scope="module")
def postgres_store():
    problem = _postgres_problem()
    if problem:
        pytest.skip(problem)
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{PG_NAME}"')
    _prepare(POSTGRES_APP, POSTGRES_URL)
    yield
    engine_for(POSTGRES_URL).dispose()
    drop_postgres_database(PG_NAME)


def call_and_validate(case, app) -> None:
    partner = OWN_PARTNER.get(case.operation.path)
    if partner and case.path_parameters is not None:
        case.path_parameters["partner_id"] = partner  # past the key check, into validation
    key = app.state.test_keys.get(partner or "groendus")
    case.call_and_validate(headers={"X-API-Key": key}, checks=CHECKS)


FUZZ = hypothesis_settings(max_examples=60, deadline=None,
                           suppress_health_check=list(HealthCheck))


@sqlite_schema.parametrize()
@FUZZ
def test_no_server_errors_and_answers_as_documented_on_sqlite(case, sqlite_store):
    call_and_validate(case, SQLITE_APP)


@postgres_schema.parametrize()
@FUZZ
def test_no_server_errors_and_answers_as_documented_on_postgres(case, postgres_store):
    call_and_validate(case, POSTGRES_APP)
