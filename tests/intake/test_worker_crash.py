"""Kill the worker with SIGKILL at any moment: every message still ends once, no order twice.

The same messages are processed once without interruption (the reference) and once by
a real ``intake worker`` process that is killed again and again; both stores must end
the same.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from intake.worker import Worker
from storage.db import session_scope
from storage.messages import store_raw_message
from storage.models import InboundMessage, Order
from tests.conftest import CORPUS, load_partners, make_settings

pytestmark = pytest.mark.slow


def fill(url: str) -> None:
    with session_scope(url) as session:
        for path in sorted((CORPUS / "emails").glob("*.eml")):
            partner = path.name.split("-")[1]
            store_raw_message(session, raw=path.read_bytes(), channel="smtp", partner_id=partner,
                              envelope_from=f"x@{partner}.example", envelope_to=[],
                              message_id=path.name)


def outcome(url: str) -> tuple[dict, list]:
    with session_scope(url) as session:
        states = {m.message_id_header: m.state for m in session.scalars(select(InboundMessage))}
        orders = sorted(
            (o.partner_id, o.partner_order_id or "", o.source_index)
            for o in session.scalars(select(Order))
        )
    return states, orders


def start_worker(url: str, log_level: str = "WARNING") -> subprocess.Popen:
    env = dict(os.environ, INTAKE_DATABASE_URL=url, INTAKE_WORKER_LEASE_S="1",
               INTAKE_WORKER_POLL_INTERVAL_S="0.05", INTAKE_LOG_LEVEL=log_level)
    return subprocess.Popen([sys.executable, "-m", "intake", "worker"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_started(process: subprocess.Popen) -> None:
    for line in process.stderr:
        if b"worker_started" in line:
            return
    raise AssertionError(f"worker exited with {process.wait()} before it started")


def pending(url: str) -> int:
    with session_scope(url) as session:
        return sum(1 for s in session.scalars(select(InboundMessage.state))
                   if s in ("received", "parsed", "extracted"))


def test_sigkill_at_random_moments_loses_nothing_and_doubles_nothing(database_url, tmp_path):
    reference_url = f"sqlite:///{tmp_path}/reference.db"
    from storage.migrate import upgrade_database

    upgrade_database(reference_url)
    for url in (reference_url, database_url):
        load_partners(url)
        fill(url)
    Worker(make_settings(reference_url, tmp_path)).drain()

    rng = random.Random(20261125)
    kills = 0
    deadline = time.monotonic() + 240
    while pending(database_url) and time.monotonic() < deadline:
        process = start_worker(database_url)
        if kills < 8:
            time.sleep(rng.uniform(0.3, 1.5))
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills += 1
        else:
            while pending(database_url) and time.monotonic() < deadline:
                time.sleep(0.2)
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=30) == 0, process.stderr.read().decode()[-2000:]
    assert kills >= 1
    assert pending(database_url) == 0
    assert outcome(database_url) == outcome(reference_url)


def test_sigterm_stops_the_worker_cleanly(sqlite_settings):
    process = start_worker(sqlite_settings.database_url, log_level="INFO")
    wait_until_started(process)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == 0


def test_a_second_worker_on_sqlite_is_refused_with_a_clear_message(sqlite_settings):
    first = start_worker(sqlite_settings.database_url, log_level="INFO")
    try:
        wait_until_started(first)
        second = start_worker(sqlite_settings.database_url)
        assert second.wait(timeout=20) != 0
        error = second.stderr.read().decode()
        assert "SQLite supports one worker" in error and "Traceback" not in error
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=20)
