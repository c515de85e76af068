"""SMTP intake throughput: our listener (stored durably, fsync before 250) against a bare
aiosmtpd sink, in the same run, with the same clients.

    .venv/bin/python bench/smtp_intake.py [--messages 2000] [--sessions 8] [--size 4096]

Both servers run as their own processes; the clients are N concurrent sessions, each
sending its share of 4 KB messages over one connection. Afterwards every message sent to
our listener is checked to be in the store (nothing lost).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.machine import machine_line  # noqa: E402

import smtplib  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


def message(i: int, size: int) -> bytes:
    head = (f"From: orderdesk@groendus.nl\r\nTo: groendus@orders.chargecars.nl\r\n"
            f"Subject: bench {i}\r\nMessage-ID: <bench-{i}-{time.time_ns()}@bench>\r\n\r\n").encode()
    line = b"Ordernummer: GRD-BENCH lorem ipsum dolor sit amet consectetur adipiscing\r\n"
    return head + line * max(1, (size - len(head)) // len(line))


def blast(port: int, count: int, sessions: int, size: int) -> float:
    """Send ``count`` messages over ``sessions`` parallel connections; seconds taken."""
    per_session = [count // sessions + (1 if i < count % sessions else 0) for i in range(sessions)]
    payloads = [message(i, size) for i in range(count)]
    errors: list[Exception] = []

    def run(first: int, n: int) -> None:
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
                for i in range(first, first + n):
                    client.sendmail("orderdesk@groendus.nl", ["groendus@orders.chargecars.nl"],
                                    payloads[i])
        except Exception as exc:  # noqa: BLE001 - reported after the run
            errors.append(exc)

    starts = [sum(per_session[:i]) for i in range(sessions)]
    threads = [threading.Thread(target=run, args=(s, n)) for s, n in zip(starts, per_session)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    if errors:
        raise RuntimeError(f"{len(errors)} sessions failed, first: {errors[0]!r}")
    return elapsed


def start(command: list[str], env: dict) -> subprocess.Popen:
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--size", type=int, default=4096)
    parser.add_argument("--database-url", default=None, help="default: a temporary SQLite file")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="intake-bench-"))
    url = args.database_url or f"sqlite:///{workdir}/intake.db"
    ours, sink = free_port(), free_port()
    env = dict(os.environ, INTAKE_DATABASE_URL=url, INTAKE_SMTP_PORT=str(ours),
               INTAKE_LOG_LEVEL="WARNING")
    subprocess.run([sys.executable, "-m", "intake", "db", "upgrade"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "intake", "partners", "load"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    processes = [
        start([sys.executable, "-m", "intake", "smtp"], env),
        start([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{sink}",
               "-c", "aiosmtpd.handlers.Sink"], env),
    ]
    try:
        wait_for_port(ours)
        wait_for_port(sink)
        blast(sink, 100, args.sessions, args.size)  # warm both up
        blast(ours, 100, args.sessions, args.size)
        sink_s = blast(sink, args.messages, args.sessions, args.size)
        ours_s = blast(ours, args.messages, args.sessions, args.size)
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=30)

    stored = stored_count(url)
    sink_rate, our_rate = args.messages / sink_s, args.messages / ours_s
    print(machine_line())
    print(f"{args.messages} messages of {args.size} B over {args.sessions} concurrent sessions")
    print(f"bare aiosmtpd sink : {sink_rate:8.0f} msg/s")
    print(f"intake smtp (fsync): {our_rate:8.0f} msg/s  = {our_rate / sink_rate:.0%} of the sink")
    print(f"stored: {stored} of {args.messages + 100} sent to intake (nothing lost: "
          f"{stored == args.messages + 100})")


def stored_count(url: str) -> int:
    from sqlalchemy import func, select

    from storage.db import session_scope
    from storage.models import InboundMessage

    with session_scope(url) as session:
        return session.scalar(select(func.count(InboundMessage.id)))


if __name__ == "__main__":
    main()
