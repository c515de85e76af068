"""Cheap wake-ups: a worker acts when something is committed, not at its next poll.

Two kinds of news: a new inbound message (``MESSAGES``) and a new outbox item
(``OUTBOX``). One listener thread per process and store waits for both:

- PostgreSQL: writers ``NOTIFY`` the channel in the transaction that adds the row (sent
  only on commit); the listener ``LISTEN``s on its own connection.
- SQLite: ``PRAGMA data_version`` changes whenever another connection commits; on a
  change the listener asks each subscriber's probe (one indexed read) whether there is
  work before it wakes anyone.

Missing a wake-up costs nothing but latency: the worker loop still polls. The thread
ends when the store's engine is disposed (tests) or the process exits.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import make_url

from intake.logging import get_logger
from storage.announcements import MESSAGES, OUTBOX
from storage.db import engine_for
from storage.models import utcnow

log = get_logger("intake.wakeup")

SQLITE_CHECK_INTERVAL_S = 0.02
RECONNECT_MAX_S = 30.0

# For SQLite: is there work for this channel? (UTC timestamps are stored as ISO text.)
SQLITE_PROBES = {
    MESSAGES: "SELECT 1 FROM inbound_messages WHERE state IN ('received', 'parsed', 'extracted')"
              " AND next_attempt_at <= ? AND claimed_by IS NULL LIMIT 1",
    OUTBOX: "SELECT 1 FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?1"
            " AND (claim_expires_at IS NULL OR claim_expires_at < ?1) LIMIT 1",
}


@dataclass
class _Listener:
    thread: threading.Thread
    subscribers: dict[str, list[Callable[[], object]]]


_listeners: dict[str, _Listener] = {}
_lock = threading.Lock()


def subscribe(database_url: str, channel: str, on_wake: Callable[[], object]) -> None:
    """Call ``on_wake`` (in the listener thread) when ``channel`` has news. Idempotent."""
    with _lock:
        listener = _listeners.get(database_url)
        if listener is None or not listener.thread.is_alive():
            listener = _start_listener(database_url)
        callbacks = listener.subscribers.setdefault(channel, [])
        if on_wake not in callbacks:
            callbacks.append(on_wake)


def _start_listener(database_url: str) -> _Listener:
    stop = threading.Event()
    event.listen(engine_for(database_url), "engine_disposed", lambda _e: stop.set())
    listener = _Listener(thread=None, subscribers={})  # type: ignore[arg-type]
    listener.thread = threading.Thread(
        target=_listen, args=(database_url, listener.subscribers, stop), daemon=True,
        name="intake-wakeup",
    )
    _listeners[database_url] = listener
    listener.thread.start()
    return listener


def _listen(database_url: str, subscribers: dict, stop: threading.Event) -> None:
    wait_s = 1.0
    while not stop.is_set():
        try:
            if make_url(database_url).get_backend_name() == "postgresql":
                _listen_postgres(database_url, subscribers, stop)
            else:
                _watch_sqlite(database_url, subscribers, stop)
            wait_s = 1.0
        except Exception as exc:  # noqa: BLE001 - the worker loop still polls; retry later
            log.warning("wakeup_unavailable", error=type(exc).__name__, retry_in_s=wait_s)
            stop.wait(wait_s)
            wait_s = min(wait_s * 2, RECONNECT_MAX_S)


def _wake(subscribers: dict, channel: str) -> None:
    for on_wake in list(subscribers.get(channel, ())):
        try:
            on_wake()
        except Exception:  # noqa: BLE001 - what failed is the loop's to retry
            log.exception("wakeup_callback_failed", channel=channel)


def _listen_postgres(database_url: str, subscribers: dict, stop: threading.Event) -> None:
    import psycopg

    url = make_url(database_url).set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as conn:
        for channel in SQLITE_PROBES:
            conn.execute(f"LISTEN {channel}")
        for channel in SQLITE_PROBES:
            _wake(subscribers, channel)  # whatever was announced before we listened
        while not stop.is_set():
            for notice in conn.notifies(timeout=0.5, stop_after=1):
                _wake(subscribers, notice.channel)


def _watch_sqlite(database_url: str, subscribers: dict, stop: threading.Event) -> None:
    path = Path(make_url(database_url).database).resolve()
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5,
                           isolation_level=None)
    try:
        seen = None
        while not stop.wait(SQLITE_CHECK_INTERVAL_S):
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            if version == seen:
                continue
            seen = version
            now = utcnow().replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
            for channel in list(subscribers):
                if conn.execute(SQLITE_PROBES[channel], (now,)).fetchone():
                    _wake(subscribers, channel)
    finally:
        conn.close()
