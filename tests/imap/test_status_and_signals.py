"""A mailbox not read is an alert (log at error level, `intake imap status`), and
`intake imap` stops on SIGTERM with exit 0."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from structlog.testing import capture_logs
from typer.testing import CliRunner

from intake.cli import CliError, app, imap_cmd  # noqa: F401 - registers the commands
from intake.imap.mailbox_url import parse_imap_url
from intake.imap.watchdog import StaleWatchdog
from intake.settings import get_settings
from storage.db import session_factory, session_scope
from storage.mailboxes import mailbox_state, record_success
from storage.models import utcnow
from tests.imap.conftest import USER, PollerThread, mailbox_row, order_mail, stored, wait_until

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(monkeypatch):
    def run(database_url: str, imap_urls: str, *args: str, stale_after: float = 3600):
        monkeypatch.setenv("INTAKE_DATABASE_URL", database_url)
        monkeypatch.setenv("INTAKE_IMAP_URLS", imap_urls)
        monkeypatch.setenv("INTAKE_IMAP_STALE_AFTER_S", str(stale_after))
        get_settings.cache_clear()
        try:
            return CliRunner().invoke(app, ["imap", "status", *args], catch_exceptions=False)
        except CliError as exc:
            return exc
        finally:
            get_settings.cache_clear()

    return run


def _records(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_failing_mailbox_turns_stale_with_an_error_log_and_status(dovecot, sqlite_settings,
                                                                    cli):
    sqlite_settings.imap_stale_after_s = 1.0
    url = dovecot.url(USER, partner="groendus", password="wrong")
    name = parse_imap_url(url).name
    watchdog = StaleWatchdog(session_factory(sqlite_settings.database_url), [name], 1.0)
    with PollerThread(url, sqlite_settings):
        wait_until(lambda: mailbox_row(sqlite_settings.database_url, name)
                   and mailbox_row(sqlite_settings.database_url, name).last_error)
        time.sleep(1.1)
        with capture_logs() as logs:
            assert watchdog.check() == [name]
            assert watchdog.check() == [name]  # still stale, not logged again yet
    alerts = [e for e in logs if e["event"] == "imap_mailbox_stale"]
    assert len(alerts) == 1 and alerts[0]["log_level"] == "error"
    assert "LoginError" in alerts[0]["last_error"]
    result = cli(sqlite_settings.database_url, url, "--json", "--check", stale_after=1)
    assert result.exit_code == 1
    [record] = _records(result)
    assert record["status"] == "stale" and record["partner"] == "groendus"
    assert "LoginError" in record["last_error"] and "wrong" not in record["mailbox"]


def test_a_poller_stuck_without_error_is_reported_by_the_watchdog(sqlite_settings):
    sessions = session_factory(sqlite_settings.database_url)
    with sessions.begin() as session:
        record_success(session, "imap://x@h:143/INBOX", at=utcnow() - timedelta(hours=2))
    watchdog = StaleWatchdog(sessions, ["imap://x@h:143/INBOX"], stale_after_s=3600)
    assert watchdog.check() == ["imap://x@h:143/INBOX"]
    with session_scope(sqlite_settings.database_url) as session:
        state = mailbox_state(session, "imap://x@h:143/INBOX")
        assert state.last_error.startswith("stale: not read successfully for 7")


def test_status_of_a_healthy_mailbox_and_of_an_unconfigured_row(dovecot, sqlite_settings, cli):
    url = dovecot.url(USER, partner="groendus")
    dovecot.deliver(USER, order_mail(1))
    with PollerThread(url, sqlite_settings):
        wait_until(lambda: len(stored(sqlite_settings.database_url)) == 1)
    with session_scope(sqlite_settings.database_url) as session:
        record_success(session, "imap://old@h:143/INBOX", at=utcnow() - timedelta(days=3))
    result = cli(sqlite_settings.database_url, url, "--json", "--check")
    assert result.exit_code == 0  # the stale row is no longer configured
    by_name = {r["mailbox"]: r for r in _records(result)}
    assert by_name[parse_imap_url(url).name]["status"] == "ok"
    assert by_name[parse_imap_url(url).name]["last_uid"] == 1
    assert by_name["imap://old@h:143/INBOX"] | {"status": "stale", "configured": False} == \
        by_name["imap://old@h:143/INBOX"]
    plain = cli(sqlite_settings.database_url, url)
    assert f"ok         {parse_imap_url(url).name}  last read 20" in plain.stdout
    assert "stale      imap://old@h:143/INBOX (not configured)" in plain.stdout


def test_status_with_a_bad_url_is_one_line_error(sqlite_settings, cli):
    result = cli(sqlite_settings.database_url, "imap://u:secret@h/INBOX?colour=red")
    assert isinstance(result, CliError)
    assert "unknown option" in str(result) and "secret" not in str(result)


def _intake_imap(settings, url: str) -> subprocess.Popen:
    env = {**os.environ, "INTAKE_DATABASE_URL": settings.database_url,
           "INTAKE_IMAP_URLS": url, "INTAKE_LOG_JSON": "true",
           "INTAKE_IMAP_POLL_INTERVAL_S": "0.5"}
    return subprocess.Popen([sys.executable, "-m", "intake", "imap"], cwd=PROJECT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_sigterm_stops_intake_imap_cleanly_with_exit_0(dovecot, sqlite_settings):
    dovecot.deliver(USER, order_mail(1))
    process = _intake_imap(sqlite_settings, dovecot.url(USER, partner="groendus"))
    try:
        wait_until(lambda: len(stored(sqlite_settings.database_url)) == 1, timeout=30)
        time.sleep(0.5)  # idling by now
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err.decode()[-2000:]
    assert time.monotonic() - started < 10
    events = [json.loads(line)["event"] for line in err.decode().splitlines()
              if line.startswith("{")]
    assert events[-3:] == ["imap_stopping", "imap_poller_stopped", "imap_stopped"]
    assert b"Traceback" not in err


def test_intake_imap_with_a_bad_url_exits_nonzero_with_one_line(sqlite_settings):
    process = _intake_imap(sqlite_settings, "imap://u:hunter2@h/INBOX?colour=red")
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 2
    assert err.decode().startswith("intake: ") and "hunter2" not in err.decode()
