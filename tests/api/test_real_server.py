"""Over real HTTP: a uvicorn server on a free port, concurrent identical requests, and
``intake api`` as its own process."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import uvicorn
from sqlalchemy import func, select

from intake.api.app import create_app
from storage.db import session_scope
from storage.models import InboundMessage, Order
from tests.api.conftest import auth, order_body
from tests.conftest import free_port


@pytest.fixture
def server(settings):
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=free_port(),
                            log_level="warning", lifespan="on")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{config.port}"
    running.should_exit = True
    thread.join(10)


def test_identical_requests_at_once_make_one_order(server, keys, settings):
    barrier = threading.Barrier(8)

    def send(_):
        with httpx.Client(timeout=30) as client:
            barrier.wait()
            return client.post(f"{server}/partners/groendus/orders", json=order_body(),
                               headers=auth(keys["groendus"]))

    with ThreadPoolExecutor(8) as pool:
        responses = list(pool.map(send, range(8)))
    assert sorted(r.status_code for r in responses) == [200] * 7 + [201]
    assert len({r.json()["order_number"] for r in responses}) == 1
    with session_scope(settings.database_url) as session:
        assert session.scalar(select(func.count(Order.id))) == 1
        message = session.scalars(select(InboundMessage)).one()
        assert message.duplicate_count == 7


def test_different_orders_at_once_get_distinct_numbers(server, keys, settings):
    def send(i):
        with httpx.Client(timeout=30) as client:
            return client.post(f"{server}/partners/groendus/orders",
                               json=order_body(partner_order_id=f"GRO-PAR-{i}"),
                               headers=auth(keys["groendus"]))

    with ThreadPoolExecutor(8) as pool:
        responses = list(pool.map(send, range(16)))
    assert [r.status_code for r in responses] == [201] * 16
    assert len({r.json()["order_number"] for r in responses}) == 16


def test_intake_api_runs_as_its_own_process(settings, keys):
    port = free_port()
    env = {**os.environ, "INTAKE_DATABASE_URL": settings.database_url,
           "INTAKE_API_PORT": str(port), "INTAKE_LOG_LEVEL": "WARNING"}
    process = subprocess.Popen([sys.executable, "-m", "intake", "api"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        response = httpx.post(f"{base}/partners/groendus/orders", json=order_body(),
                              headers=auth(keys["groendus"]), timeout=10)
        assert response.status_code == 201, response.text
        assert httpx.get(f"{base}/openapi.json", timeout=5).json()["paths"]
    finally:
        process.terminate()
        process.wait(15)
    # uvicorn shuts down gracefully, then re-raises the SIGTERM it caught (uvicorn >= 0.29).
    assert process.returncode in (0, -15), process.stderr.read().decode()[-2000:]


def test_the_guides_signing_snippet_works_against_a_real_server(server, essent_secret):
    import re
    from pathlib import Path

    guide = Path(__file__).resolve().parents[2] / "docs" / "partner-integration-guide.md"
    code = re.search(r"```python\n(.*?)```", guide.read_text(), re.DOTALL).group(1)
    namespace: dict = {}
    exec(code, namespace)  # noqa: S102 - our own documentation
    namespace["SECRET"] = essent_secret
    namespace["URL"] = f"{server}/webhooks/essent/orders"
    body = order_body(partner_order_id="ESS-GUIDE-1")
    answer = namespace["send_order"](body)
    assert answer["status"] == "received" and answer["order_number"].startswith("CC-")
