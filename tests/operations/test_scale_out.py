"""Three worker processes on one PostgreSQL store share 1,000 messages: each exactly once."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from storage.db import session_scope
from storage.messages import store_raw_message
from storage.models import AuditEntry, Extraction, InboundMessage
from tests.conftest import CORPUS

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]
MESSAGES = 1000


def with_message_id(raw: bytes, message_id: str) -> bytes:
    stripped = re.sub(rb"(?im)^message-id:.*\r?\n", b"", raw, count=1)
    return f"Message-ID: <{message_id}>\r\n".encode() + stripped


def fill(url: str) -> None:
    emails = sorted((CORPUS / "emails").glob("*.eml"))
    with session_scope(url) as session:
        for i in range(MESSAGES):
            path = emails[i % len(emails)]
            partner = path.name.split("-")[1]
            raw = with_message_id(path.read_bytes(), f"scale-{i}@test")
            store_raw_message(session, raw=raw, channel="smtp", partner_id=partner,
                              envelope_from=f"x@{partner}.example", envelope_to=[],
                              message_id=f"<scale-{i}@test>")


def test_three_workers_process_each_message_exactly_once(settings, tmp_path):
    if settings.is_sqlite:
        pytest.skip("several workers need PostgreSQL; SQLite runs one (tested elsewhere)")
    url = settings.database_url
    fill(url)
    env = dict(os.environ, INTAKE_DATABASE_URL=url, INTAKE_LOG_LEVEL="INFO",
               INTAKE_WORKER_POLL_INTERVAL_S="0.1")
    # Logs go to files: a pipe nobody reads would fill up and stop the workers.
    log_files = [tmp_path / f"worker-{i}.log" for i in range(3)]
    workers = [subprocess.Popen([sys.executable, "-m", "intake", "worker"], env=env,
                                stdout=subprocess.DEVNULL, stderr=path.open("wb"))
               for path in log_files]
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            with session_scope(url) as session:
                pending = session.scalar(select(func.count(InboundMessage.id)).where(
                    InboundMessage.state.in_(("received", "parsed", "extracted"))))
            if pending == 0:
                break
            time.sleep(1)
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        for worker in workers:
            worker.wait(timeout=60)
        logs = [path.read_text(errors="replace") for path in log_files]
    assert [worker.returncode for worker in workers] == [0, 0, 0]

    with session_scope(url) as session:
        states = dict(session.execute(
            select(InboundMessage.state, func.count()).group_by(InboundMessage.state)).all())
        assert sum(states.values()) == MESSAGES
        assert set(states) <= {"done", "review", "archived"}, states
        per_message = session.execute(
            select(Extraction.inbound_message_id, func.count())
            .group_by(Extraction.inbound_message_id)).all()
        assert len(per_message) == MESSAGES
        assert {count for _, count in per_message} == {1}  # nobody extracted anything twice
        assert session.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.action == "message_failed")) == 0
    # The work was shared: every worker finished steps of its own.
    assert all("step_done" in log for log in logs)
