"""`intake up` on the embedded defaults: one command runs everything, and an order mailed
to it over SMTP shows up in `intake orders list --json` within seconds."""

from __future__ import annotations

import json
import os
import signal
import smtplib
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import corpus_email, free_port

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def smtp_ok(port: int) -> bool:
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=5) as client:
            return client.noop()[0] == 250
    except OSError:
        return False


def http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def intake(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "intake", *args], env=env, cwd=env["HOME_DIR"],
                          capture_output=True, text=True, timeout=60)


def test_intake_up_runs_every_process_and_an_emailed_order_lands(tmp_path):
    ports = {name: free_port() for name in ("smtp", "api", "review")}
    env = dict(os.environ, HOME_DIR=str(tmp_path), INTAKE_SMTP_PORT=str(ports["smtp"]),
               INTAKE_API_PORT=str(ports["api"]), INTAKE_REVIEW_PORT=str(ports["review"]))
    env.pop("INTAKE_DATABASE_URL", None)  # the embedded default: var/intake.db here
    up = subprocess.Popen([sys.executable, "-m", "intake", "up"], env=env, cwd=tmp_path,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          start_new_session=True)
    try:
        wait_for(lambda: http_ok(f"http://127.0.0.1:{ports['api']}/healthz"), 90, "the API")
        wait_for(lambda: http_ok(f"http://127.0.0.1:{ports['review']}/"), 90, "the review app")
        wait_for(lambda: smtp_ok(ports["smtp"]), 90, "the SMTP listener")  # its store first
        with smtplib.SMTP("127.0.0.1", ports["smtp"], timeout=30) as client:
            client.sendmail("orderdesk@groendus.nl", ["groendus@orders.chargecars.nl"],
                            corpus_email("001-"))

        def order_listed():
            listed = intake(env, "orders", "list", "--json")
            assert listed.returncode == 0, listed.stderr
            return [json.loads(line) for line in listed.stdout.splitlines()]

        [order] = wait_for(order_listed, 30, "the order")
        assert order["partner"] == "groendus" and order["partner_order_id"] == "GRD-2025-04817"
        assert order["order_number"].startswith("CC-")
        assert (tmp_path / "var" / "intake.db").exists()
    finally:
        os.killpg(up.pid, signal.SIGTERM)
        output = up.communicate(timeout=60)[0].decode(errors="replace")
    assert "Traceback" not in output, output[-3000:]


@pytest.mark.parametrize("role", ["smtp", "worker", "api", "imap"])
def test_each_role_stops_cleanly_on_sigterm(role, tmp_path):
    env = dict(os.environ, HOME_DIR=str(tmp_path), INTAKE_SMTP_PORT=str(free_port()),
               INTAKE_API_PORT=str(free_port()), INTAKE_LOG_LEVEL="INFO",
               INTAKE_DATABASE_URL=f"sqlite:///{tmp_path}/intake.db")
    assert intake(env, "db", "upgrade").returncode == 0
    process = subprocess.Popen([sys.executable, "-m", "intake", role], env=env, cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    ready = {"smtp": "smtp_listening", "worker": "worker_started", "api": "Application startup",
             "imap": "imap_idle"}[role]
    seen = []
    for line in process.stdout:
        seen.append(line.decode(errors="replace"))
        if ready in seen[-1]:
            break
    process.send_signal(signal.SIGTERM)
    output = "".join(seen) + process.communicate(timeout=60)[0].decode(errors="replace")
    assert process.returncode == 0, output[-2000:]
    assert "Traceback" not in output
