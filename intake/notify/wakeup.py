"""A cheap wake-up: deliver a new outbox item when it is committed, not at the next poll.

The worker runs the delivery between messages and sleeps ``worker_poll_interval_s`` when
idle, and one slow message (an LLM call) holds everything behind it. So beside that loop
one listener thread per worker process waits for news and delivers at once:

- PostgreSQL: writers ``NOTIFY intake_outbox`` in the transaction that adds an item (sent
  only on commit); the listener ``LISTEN``s on its own connection.
- SQLite: ``PRAGMA data_version`` changes whenever another connection commits; on a
  change the listener looks for a due item with one indexed read.

Missing a wake-up costs nothing but latency: the worker loop still delivers everything.
The thread ends when the store's engine is disposed (tests) or the process exits.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from intake.logging import get_logger
from storage.db import engine_for
from storage.models import utcnow

log = get_logger("intake.notify.wakeup")

CHANNEL = "intake_outbox"
SQLITE_CHECK_INTERVAL_S = 0.02
RECONNECT_MAX_S = 30.0

_listeners: dict[str, threading.Thread] = {}
_lock = threading.Lock()


def announce_pending(session: Session) -> None:
    """Tell listening workers an item waits; PostgreSQL sends it only if we commit."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})


def ensure_listening(database_url: str, on_wake: Callable[[], object]) -> None:
    """Start this process's listener for ``database_url`` once (idempotent)."""
    with _lock:
        thread = _listeners.get(database_url)
        if thread is not None and thread.is_alive():
            return
        stop = threading.Event()
        event.listen(engine_for(database_url), "engine_disposed", lambda _e: stop.set())
        thread = threading.Thread(
            target=_listen, args=(database_url, on_wake, stop), daemon=True,
            name="outbox-wakeup",
        )
        _listeners[database_url] = thread
        thread.start()


def _listen(database_url: str, on_wake: Callable[[], object], stop: threading.Event) -> None:
    wait_s = 1.0
    while not stop.is_set():
        try:
            if make_url(database_url).get_backend_name() == "postgresql":
                _listen_postgres(database_url, on_wake, stop)
            else:
                _watch_sqlite(database_url, on_wake, stop)
            wait_s = 1.0
        except Exception as exc:  # noqa: BLE001 - the worker loop still delivers; retry later
            log.warning("outbox_wakeup_unavailable", error=type(exc).__name__, retry_in_s=wait_s)
            stop.wait(wait_s)
            wait_s = min(wait_s * 2, RECONNECT_MAX_S)


def _wake(on_wake: Callable[[], object]) -> None:
    try:
        on_wake()
    except Exception:  # a failed delivery round is the loop's to retry
        log.exception("outbox_wakeup_delivery_failed")


def _listen_postgres(database_url: str, on_wake, stop: threading.Event) -> None:
    import psycopg

    url = make_url(database_url).set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(f"LISTEN {CHANNEL}")
        _wake(on_wake)  # whatever was announced before we listened
        while not stop.is_set():
            if any(True for _ in conn.notifies(timeout=0.5, stop_after=1)):
                _wake(on_wake)


def _watch_sqlite(database_url: str, on_wake, stop: threading.Event) -> None:
    path = Path(make_url(database_url).database).resolve()
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5,
                           isolation_level=None)
    try:
        seen = None
        while not stop.wait(SQLITE_CHECK_INTERVAL_S):
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            if version != seen:
                seen = version
                if _sqlite_has_due_item(conn):
                    _wake(on_wake)
    finally:
        conn.close()


def _sqlite_has_due_item(conn: sqlite3.Connection) -> bool:
    # SQLAlchemy stores UTC datetimes in SQLite as ISO text with a space, to the microsecond.
    now = utcnow().replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    row = conn.execute(
        "SELECT 1 FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? LIMIT 1", (now,)
    ).fetchone()
    return row is not None


