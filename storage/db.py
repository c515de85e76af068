"""Engines and sessions for the store: SQLite by default, PostgreSQL in production.

One unit of work per pipeline step: callers open ``session_scope()`` (or
``Session.begin()``) around a step and it commits once; query functions take the session
and never commit themselves.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 30_000


def make_engine(url: str, read_only: bool = False, **kwargs) -> Engine:
    """An engine for ``url``; SQLite gets WAL, fsync on commit and foreign keys.

    ``read_only``: for transactions that only read. On SQLite they then begin without
    the write lock (in WAL mode readers and the writer never wait for each other)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs
        )
        event.listen(engine, "connect", _configure_sqlite_connection)
        # pysqlite's own transaction handling defers BEGIN; emit it ourselves so that
        # a unit of work that writes takes the write lock up front (no upgrade deadlocks).
        # As the dialect's begin, not a "begin" event: an engine with connection events
        # dispatches them around every statement (a sixth of a small INSERT's CPU).
        engine.dialect.do_begin = _begin_deferred if read_only else _begin_immediate
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _begin_immediate(dbapi_connection) -> None:
    """Take the write lock, polling for it finely.

    SQLite's own busy handler sleeps 1, 2, 5, 10 ... up to 100 ms between tries, while a
    writer here holds the lock for a few milliseconds (one insert, one fsync): a worker
    and the SMTP listener waiting on each other that way lost ~100 ms per message.
    """
    dbapi_connection.execute("PRAGMA busy_timeout=0")
    try:
        deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
        pause = 0.0002
        while True:
            try:
                dbapi_connection.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 1.5, 0.002)
    finally:
        dbapi_connection.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")


def _begin_deferred(dbapi_connection) -> None:
    dbapi_connection.execute("BEGIN")


def _configure_sqlite_connection(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see make_engine)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: every commit is fsynced, so a message acknowledged with 250 survives a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    """One engine per database URL per process."""
    return make_engine(url)


def session_factory(url: str) -> sessionmaker[Session]:
    return sessionmaker(engine_for(url), expire_on_commit=False)


@lru_cache(maxsize=8)
def _read_engine_for(url: str) -> Engine:
    return make_engine(url, read_only=True) if url.startswith("sqlite") else engine_for(url)


def read_session_factory(url: str) -> sessionmaker[Session]:
    """Sessions for reading only: they never wait for, or block, a writer on SQLite."""
    return sessionmaker(_read_engine_for(url), expire_on_commit=False)


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A session whose work is committed once at the end, or rolled back on error."""
    with session_factory(url).begin() as session:
        yield session


def is_postgres(session_or_engine) -> bool:
    bind = session_or_engine.get_bind() if isinstance(session_or_engine, Session) else session_or_engine
    return bind.dialect.name == "postgresql"
