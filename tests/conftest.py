"""Shared fixtures: a migrated store on SQLite and on PostgreSQL, settings, free ports.

PostgreSQL tests use the server at 127.0.0.1:5432 (user postgres, trust), each test in a
database of its own cloned from a migrated template; where no server answers, they skip
and say why.
"""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import psycopg
import pytest

from intake.reference import read_reference_file
from intake.settings import BUNDLED_PARTNERS_FILE, Settings
from storage.db import engine_for, session_scope
from storage.migrate import upgrade_database
from storage.partners import load_reference_data

PG_HOST = os.environ.get("INTAKE_TEST_PG_HOST", "127.0.0.1")
PG_PORT = int(os.environ.get("INTAKE_TEST_PG_PORT", "5432"))
PG_ADMIN = f"host={PG_HOST} port={PG_PORT} user=postgres dbname=postgres connect_timeout=3"


def _shared_dir() -> Path:
    """The workplace's shared folder (corpus, mime-wild): beside the checkout, or as set."""
    candidates = [
        os.environ.get("INTAKE_SHARED_DIR"),
        Path(__file__).resolve().parent.parent.parent / "shared",
        "/work/shared",
    ]
    for candidate in candidates:
        if candidate and (Path(candidate) / "corpus").is_dir():
            return Path(candidate)
    return Path(__file__).resolve().parent.parent.parent / "shared"


SHARED = _shared_dir()
CORPUS = SHARED / "corpus"
MIME_WILD = SHARED / "mime-wild"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _postgres_problem() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN):
            return None
    except Exception as exc:  # noqa: BLE001 - any failure means: skip, saying why
        return f"no PostgreSQL at {PG_HOST}:{PG_PORT} ({type(exc).__name__}: {exc})".strip()


@pytest.fixture(scope="session")
def postgres_template() -> str:
    problem = _postgres_problem()
    if problem:
        pytest.skip(problem)
    name = f"intake_template_{os.getpid()}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@{PG_HOST}:{PG_PORT}/{name}"
    upgrade_database(url)
    engine_for(url).dispose()
    yield name
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def postgres_database(template: str) -> str:
    name = f"intake_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return name


def drop_postgres_database(name: str) -> None:
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, tmp_path) -> str:
    """A migrated, empty store: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/intake.db"
        upgrade_database(url)
        yield url
        engine_for(url).dispose()
        return
    template = request.getfixturevalue("postgres_template")
    name = postgres_database(template)
    url = f"postgresql+psycopg://postgres@{PG_HOST}:{PG_PORT}/{name}"
    yield url
    engine_for(url).dispose()
    drop_postgres_database(name)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path}/intake.db"
    upgrade_database(url)
    yield url
    engine_for(url).dispose()


def make_settings(database_url: str, tmp_path: Path, **overrides) -> Settings:
    values = dict(
        database_url=database_url,
        data_dir=tmp_path,
        smtp_port=free_port(),
        api_port=free_port(),
        review_port=free_port(),
        partners_file=BUNDLED_PARTNERS_FILE,
        log_json=True,
        worker_poll_interval_s=0.05,
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)


def load_partners(database_url: str) -> None:
    with session_scope(database_url) as session:
        load_reference_data(session, read_reference_file(BUNDLED_PARTNERS_FILE))


@pytest.fixture
def settings(database_url, tmp_path) -> Settings:
    """Settings on a migrated store with the bundled partners loaded."""
    load_partners(database_url)
    return make_settings(database_url, tmp_path)


@pytest.fixture
def sqlite_settings(sqlite_url, tmp_path) -> Settings:
    load_partners(sqlite_url)
    return make_settings(sqlite_url, tmp_path)


def corpus_email(name_prefix: str) -> bytes:
    """The raw bytes of the corpus message whose file name starts with ``name_prefix``."""
    matches = sorted((CORPUS / "emails").glob(f"{name_prefix}*.eml"))
    if not matches:
        pytest.skip(f"corpus message {name_prefix}* not found under {CORPUS}")
    return matches[0].read_bytes()
