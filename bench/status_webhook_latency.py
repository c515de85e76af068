"""Status change -> signed webhook received: how long a partner waits (target p99 < 1 s).

    .venv/bin/python bench/status_webhook_latency.py [--changes 200] [--postgres]
                                                     [--mode wakeup|poll|both]

Starts a real webhook receiver (HTTP server in this process) and a real worker process
(`python -m intake worker`, default poll interval) on a temporary store (SQLite, or a
fresh PostgreSQL database with --postgres). Creates one order per change and lets their
"received" webhooks drain, then records N status changes, one per order, at random
intervals (mean 50 ms, so changes land anywhere in the worker's poll cycle). Latency is
from the commit of the change to the moment the receiver has read the request.

``--mode poll`` runs the worker without the wake-up listener (the worker loop's poll
alone), to show what the listener buys.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.machine import machine_line, percentile
from extraction.schema import Order as OrderData
from intake.lifecycle import change_status
from intake.ordering import OrderSource, create_order
from intake.reference import read_reference_file
from intake.settings import BUNDLED_PARTNERS_FILE, Settings
from intake.webhook_signing import new_webhook_secret
from storage.db import engine_for, session_scope
from storage.migrate import upgrade_database
from storage.models import Order, Partner
from storage.partners import load_reference_data
from tests.notify.receiver import WebhookReceiver

PG_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres connect_timeout=3"
# Runs the worker with the wake-up listener switched off: the poll alone.
POLL_ONLY = (
    "import intake.wakeup as w; w.subscribe = lambda *a, **k: None; "
    "from intake.cli import main; import sys; sys.argv = ['intake', 'worker']; main()"
)


def prepare_store(url: str, receiver_url: str, orders: int) -> list[str]:
    upgrade_database(url)
    with session_scope(url) as session:
        load_reference_data(session, read_reference_file(BUNDLED_PARTNERS_FILE))
        partner = session.get(Partner, "groendus")
        partner.callback_url = receiver_url
        partner.webhook_secret = new_webhook_secret()
        partner.notification_email = None  # webhooks only: no email items in the way
    numbers = []
    for n in range(orders):
        with session_scope(url) as session:
            data = OrderData.model_validate({
                "partner_order_id": f"BENCH-{n:05d}",
                "customer": {"name": "Bench Klant", "address": {"postal_code": "3572 AB"}},
                "products": [{"partner_sku": "GRO-ALFEN-11"}],
            })
            outcome = create_order(session, session.get(Partner, "groendus"), data,
                                   OrderSource(channel="api", actor="bench"))
            numbers.append(outcome.order.order_number)
    return numbers


def start_worker(url: str, workdir: Path, mode: str) -> subprocess.Popen:
    env = {**os.environ, "INTAKE_DATABASE_URL": url, "INTAKE_LOG_LEVEL": "WARNING",
           "PYTHONPATH": str(ROOT)}
    command = ([sys.executable, "-c", POLL_ONLY] if mode == "poll"
               else [sys.executable, "-m", "intake", "worker"])
    return subprocess.Popen(command, cwd=workdir, env=env)


def record_changes(url: str, numbers: list[str], mean_gap_s: float) -> dict[str, float]:
    """One status change per order; returns order number -> commit time."""
    committed = {}
    for number in numbers:
        time.sleep(random.expovariate(1 / mean_gap_s))
        with session_scope(url) as session:
            order = session.query(Order).filter_by(order_number=number).one()
            change_status(session, order, "scheduled", actor="bench",
                          scheduled_date=date(2025, 7, 20), installer="Team Bench")
        committed[number] = time.time()
    return committed


def receipts(receiver: WebhookReceiver, status: str) -> dict[str, float]:
    found = {}
    for request in list(receiver.requests):
        body = json.loads(request.body)
        if body["status"] == status:
            found.setdefault(body["order_id"], request.at)
    return found


def wait_for(receiver: WebhookReceiver, status: str, count: int, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while len(receipts(receiver, status)) < count:
        if time.monotonic() > deadline:
            raise RuntimeError(f"only {len(receipts(receiver, status))} of {count} "
                               f"'{status}' webhooks arrived")
        time.sleep(0.05)


def run(url: str, changes: int, mode: str, mean_gap_s: float) -> list[float]:
    receiver = WebhookReceiver().start()
    workdir = Path(tempfile.mkdtemp(prefix="bench-status-"))
    numbers = prepare_store(url, receiver.url, changes)
    worker = start_worker(url, workdir, mode)
    try:
        wait_for(receiver, "received", changes, timeout_s=120)  # the worker is up and idle
        time.sleep(1.0)
        committed = record_changes(url, numbers, mean_gap_s)
        wait_for(receiver, "installation_scheduled", changes, timeout_s=120)
    finally:
        worker.terminate()
        worker.wait(timeout=30)
        receiver.stop()
        engine_for(url).dispose()
    arrived = receipts(receiver, "installation_scheduled")
    return [arrived[n] - committed[n] for n in numbers]


def report(label: str, latencies: list[float]) -> None:
    ms = [v * 1000 for v in latencies]
    print(f"  {label:<22} n={len(ms)}  p50 {percentile(ms, 50):7.1f} ms  "
          f"p90 {percentile(ms, 90):7.1f} ms  p99 {percentile(ms, 99):7.1f} ms  "
          f"max {max(ms):7.1f} ms")


def store_urls(postgres: bool):
    """A fresh store per run: a SQLite file, or a PostgreSQL database dropped afterwards."""
    if not postgres:
        while True:
            yield f"sqlite:///{tempfile.mkdtemp(prefix='bench-store-')}/intake.db", None
    import psycopg

    while True:
        name = f"intake_bench_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}", name


def drop(name: str | None) -> None:
    if name:
        import psycopg

        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=200)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--mode", choices=("wakeup", "poll", "both"), default="both")
    parser.add_argument("--mean-gap-ms", type=float, default=50.0)
    args = parser.parse_args()
    poll = Settings(_env_file=None).worker_poll_interval_s
    print("status change -> webhook received")
    print(f"  {machine_line()}")
    print(f"  store: {'PostgreSQL' if args.postgres else 'SQLite'} · worker poll interval "
          f"{poll} s · {args.changes} changes, one per order, mean gap {args.mean_gap_ms} ms")
    modes = ("wakeup", "poll") if args.mode == "both" else (args.mode,)
    urls = store_urls(args.postgres)
    for mode in modes:
        url, name = next(urls)
        try:
            latencies = run(url, args.changes, mode, args.mean_gap_ms / 1000)
        finally:
            drop(name)
        report("with wake-up listener" if mode == "wakeup" else "poll only", latencies)


if __name__ == "__main__":
    main()
