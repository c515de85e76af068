"""A real worker process killed with SIGKILL in the middle of a slow delivery.

After a restart the webhook is delivered, with the same webhook-id, and both requests
carry valid signatures: the receiver can tell it is the same event and drop the repeat.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from standardwebhooks import Webhook

from tests.notify.receiver import Reply
from tests.notify.store_data import attempts, new_order, outbox, with_callback

ROOT = Path(__file__).resolve().parents[2]


def start_worker(settings, cwd: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "INTAKE_DATABASE_URL": settings.database_url,
        "INTAKE_WORKER_POLL_INTERVAL_S": "0.05",
        "INTAKE_WEBHOOK_TIMEOUT_S": "30",
        "INTAKE_WEBHOOK_RETRY_DELAY_S": "0.1",
        "INTAKE_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.Popen([sys.executable, "-m", "intake", "worker"], cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until(condition, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


@pytest.mark.slow
def test_worker_killed_mid_delivery_delivers_after_restart_with_the_same_id(
    settings, receiver, tmp_path
):
    url = settings.database_url
    secret = with_callback(url, receiver.url)
    receiver.script(Reply(200, delay_s=60))  # the first delivery hangs in the receiver
    new_order(url)
    [item] = outbox(url, "webhook")

    worker = start_worker(settings, tmp_path)
    try:
        receiver.wait_for(1, timeout_s=30)
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()
    [held] = outbox(url, "webhook")
    assert held.state == "pending" and held.claimed_by  # claimed by the dead worker
    assert attempts(url, item.id) == []  # it died before recording anything

    restarted = start_worker(settings, tmp_path)
    try:
        wait_until(lambda: outbox(url, "webhook")[0].state == "delivered", 30,
                   "the delivery after the restart")
    finally:
        restarted.send_signal(signal.SIGTERM)
        try:
            restarted.wait(timeout=15)
        except subprocess.TimeoutExpired:
            restarted.kill()
    first, second = receiver.requests[:2]
    assert first.headers["webhook-id"] == second.headers["webhook-id"] == item.idempotency_key
    assert first.body == second.body
    for request in (first, second):
        Webhook(secret).verify(request.body, request.headers)
    [attempt] = attempts(url, item.id)
    assert attempt.status_code == 200
