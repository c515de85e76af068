"""Email to order latency on the offline backend: from the SMTP 250 to the order in the store.

    .venv/bin/python bench/email_to_order.py [--messages 200] [--interval 0.05] [--relay]

Starts ``intake smtp`` and ``intake worker`` as real processes on a temporary SQLite
store (or --database-url), sends a Groendus order (corpus 001) with a fresh order id
every ``interval`` seconds, and reads each order's creation time from the store. With
``--relay`` an aiosmtpd sink is the outbound relay, so the worker also sends each order's
confirmation email meanwhile, as it would in production.
"""

from __future__ import annotations

import argparse
import os
import smtplib
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.machine import machine_line, percentile  # noqa: E402
from bench.smtp_intake import free_port, wait_for_port  # noqa: E402

CORPUS_ORDER = "001-groendus-order-biltstraat.eml"
PER_CONNECTION = 100  # the listener allows 200 messages per connection


def shared_dir() -> Path:
    for candidate in (os.environ.get("INTAKE_SHARED_DIR"),
                      Path(__file__).resolve().parent.parent.parent / "shared", "/work/shared"):
        if candidate and (Path(candidate) / "corpus").is_dir():
            return Path(candidate)
    raise SystemExit("the shared corpus was not found; set INTAKE_SHARED_DIR")


def variant(template: bytes, i: int) -> bytes:
    order_id = f"GRD-BENCH-{i:06d}".encode()
    return (template.replace(b"GRD-2025-04817", order_id)
            .replace(b"Message-ID: <", f"Message-ID: <bench{i}.".encode(), 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--interval", type=float, default=0.05)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--relay", action="store_true",
                        help="send the partner emails through a local sink meanwhile")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="intake-e2o-"))
    url = args.database_url or f"sqlite:///{workdir}/intake.db"
    port = free_port()
    env = dict(os.environ, INTAKE_DATABASE_URL=url, INTAKE_SMTP_PORT=str(port),
               INTAKE_LOG_LEVEL="WARNING")
    for command in (["db", "upgrade"], ["partners", "load"]):
        subprocess.run([sys.executable, "-m", "intake", *command], env=env, check=True,
                       stdout=subprocess.DEVNULL)
    commands = [[sys.executable, "-m", "intake", role] for role in ("smtp", "worker")]
    if args.relay:
        relay_port = free_port()
        env["INTAKE_OUTBOUND_SMTP_URL"] = f"smtp://127.0.0.1:{relay_port}"
        commands.append([sys.executable, "-m", "aiosmtpd", "-n", "-l",
                         f"127.0.0.1:{relay_port}", "-c", "aiosmtpd.handlers.Sink"])
    processes = [subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL) for command in commands]
    template = (shared_dir() / "corpus" / "emails" / CORPUS_ORDER).read_bytes()
    acknowledged: dict[str, datetime] = {}
    try:
        wait_for_port(port)
        time.sleep(6)  # let the worker start (it warms up its parser and probes DNS)
        for first in range(0, args.messages, PER_CONNECTION):
            with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
                for i in range(first, min(first + PER_CONNECTION, args.messages)):
                    client.sendmail("orderdesk@groendus.nl", ["groendus@orders.chargecars.nl"],
                                    variant(template, i))
                    acknowledged[f"GRD-BENCH-{i:06d}"] = datetime.now(UTC)
                    time.sleep(args.interval)
        created = wait_for_orders(url, set(acknowledged), timeout=120)
        emails = email_states(url)
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=30)
    latencies = [(created[k] - acknowledged[k]).total_seconds() * 1000 for k in created]
    print(machine_line())
    print(f"{len(latencies)} of {args.messages} orders created, one sent every "
          f"{args.interval * 1000:.0f} ms, store {url.split(':')[0]}")
    print(f"email to order: p50 {percentile(latencies, 50):.0f} ms · "
          f"p99 {percentile(latencies, 99):.0f} ms · max {max(latencies):.0f} ms")
    print(f"partner emails {'through the sink relay' if args.relay else '(no relay)'}: "
          f"{emails}")


def email_states(url: str) -> dict[str, int]:
    from sqlalchemy import func, select

    from storage.db import session_scope
    from storage.models import OutboxItem

    with session_scope(url) as session:
        return dict(session.execute(select(OutboxItem.state, func.count(OutboxItem.id))
                                    .where(OutboxItem.kind == "email")
                                    .group_by(OutboxItem.state)).all())


def wait_for_orders(url: str, expected: set[str], timeout: float) -> dict[str, datetime]:
    from sqlalchemy import select

    from storage.db import session_scope
    from storage.models import Order

    deadline = time.monotonic() + timeout
    while True:
        with session_scope(url) as session:
            rows = dict(session.execute(
                select(Order.partner_order_id, Order.created_at)
                .where(Order.partner_order_id.in_(expected))).all())
        if len(rows) == len(expected) or time.monotonic() > deadline:
            return rows
        time.sleep(0.5)


if __name__ == "__main__":
    main()
