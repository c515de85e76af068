"""Resident memory of each process role, idle after one order (and its helper processes).

    .venv/bin/python bench/memory.py

Starts every role of the Procfile on a temporary SQLite store, lets it settle, and
reads VmRSS from /proc for the process and each of its children (the worker's parsing
child and its forkserver count as processes of their own).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.machine import descendants, machine_line  # noqa: E402
from bench.smtp_intake import free_port, wait_for_port  # noqa: E402

ROLES = ["smtp", "worker", "api", "review", "imap"]
TARGET_MB = 150


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def command_of(pid: int) -> str:
    raw = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    return raw.strip()[:70]


def send_one_order(port: int) -> None:
    import smtplib

    from bench.email_to_order import CORPUS_ORDER, shared_dir

    raw = (shared_dir() / "corpus" / "emails" / CORPUS_ORDER).read_bytes()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.sendmail("orderdesk@groendus.nl", ["groendus@orders.chargecars.nl"], raw)


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="intake-mem-"))
    env = dict(os.environ, INTAKE_DATABASE_URL=f"sqlite:///{workdir}/intake.db",
               INTAKE_SMTP_PORT=str(free_port()), INTAKE_API_PORT=str(free_port()),
               INTAKE_REVIEW_PORT=str(free_port()), INTAKE_LOG_LEVEL="WARNING")
    for command in (["db", "upgrade"], ["partners", "load"]):
        subprocess.run([sys.executable, "-m", "intake", *command], env=env, check=True,
                       stdout=subprocess.DEVNULL)
    processes = {role: subprocess.Popen([sys.executable, "-m", "intake", role], env=env,
                                        cwd=workdir, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
                 for role in ROLES}
    try:
        for key in ("INTAKE_SMTP_PORT", "INTAKE_API_PORT", "INTAKE_REVIEW_PORT"):
            wait_for_port(int(env[key]), timeout=90)
        send_one_order(int(env["INTAKE_SMTP_PORT"]))  # so the worker starts its parsing child
        time.sleep(10)  # then idle
        print(machine_line())
        print(f"{'role':<8} {'pid':>7} {'RSS MB':>8}  process")
        over = []
        for role, process in processes.items():
            for pid in [process.pid, *descendants(process.pid)]:
                mb = rss_mb(pid)
                print(f"{role:<8} {pid:>7} {mb:8.1f}  {command_of(pid)}")
                if mb > TARGET_MB:
                    over.append((role, pid, mb))
        print(f"target: under {TARGET_MB} MB per idle process; over it: {over or 'none'}")
    finally:
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
