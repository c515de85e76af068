"""Where the SMTP listener's time goes: the same listener with its store swapped.

    .venv/bin/python bench/smtp_store_cost.py [--messages 3000] [--rounds 3]

``bench/smtp_intake.py`` gives the figure (ours against a bare aiosmtpd sink); this one
explains it. Four servers, each its own process, take the same load from the same client
(8 sessions, 4 KB messages) in alternating rounds:

- ``sink``: a bare aiosmtpd sink, as in smtp_intake;
- ``ours``: our listener as it runs (SQLite, its store writer process, fsync before 250);
- ``ours, store in a thread``: the same with INTAKE_SMTP_STORE_PROCESS=false: the store
  writer shares the listener's GIL;
- ``ours, no store``: our listener whose store answers at once (envelope checks, the
  smuggling check, Message-ID, logging and metrics still run): our handler's own cost.

CPU per message counts the listener and its store process together.
Nothing here is for production: the no-store variant keeps nothing.
"""

from __future__ import annotations

import argparse
import itertools
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.machine import machine_line  # noqa: E402
from bench.smtp_intake import blast, free_port, measured, wait_for_port  # noqa: E402

VARIANTS = {"sink": "sink", "ours": "ours", "thread": "ours, store in a thread",
            "no-store": "ours, no store"}


def serve(variant: str) -> None:
    """Run our listener (in this process) with its store as ``variant`` says."""
    from intake.logging import configure_logging
    from intake.settings import Settings
    from intake.smtp import IntakeHandler, make_controller
    from storage.messages import StoredMessage

    settings = Settings(smtp_store_process=variant != "thread")
    configure_logging(settings.log_level)
    handler = IntakeHandler(settings)
    if variant == "no-store":
        handler.store.shutdown()
        handler.store = _AnswerAtOnce(StoredMessage)
    controller = make_controller(settings, handler)
    controller.start()
    signal.signal(signal.SIGTERM, lambda *_: (controller.stop(), os._exit(0)))
    while True:
        time.sleep(1)


class _AnswerAtOnce:
    """A store that keeps nothing and answers at once."""

    def __init__(self, stored_message):
        self._stored_message = stored_message
        self._ids = itertools.count(1)

    async def store(self, values: dict):
        return self._stored_message(id=next(self._ids), duplicate=False)

    async def close(self) -> None:
        pass

    def shutdown(self) -> None:
        pass


def start_servers(args, env: dict) -> dict[str, tuple[subprocess.Popen, int]]:
    servers = {}
    for variant in VARIANTS:
        port = free_port()
        command = ([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                    "-c", "aiosmtpd.handlers.Sink"] if variant == "sink" else
                   [sys.executable, __file__, "serve", variant])
        servers[variant] = (subprocess.Popen(
            command, env=dict(env, INTAKE_SMTP_PORT=str(port)),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), port)
    return servers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    load = argparse.Namespace(sessions=8, size=4096, per_connection=100, client_processes=1)

    url = f"sqlite:///{tempfile.mkdtemp(prefix='intake-bench-')}/intake.db"
    env = dict(os.environ, INTAKE_DATABASE_URL=url, INTAKE_LOG_LEVEL="INFO")
    for command in (["db", "upgrade"], ["partners", "load"]):
        subprocess.run([sys.executable, "-m", "intake", *command], env=env, check=True,
                       stdout=subprocess.DEVNULL)
    servers = start_servers(args, env)
    results: dict[str, list[dict]] = {variant: [] for variant in VARIANTS}
    try:
        for variant, (_process, port) in servers.items():
            wait_for_port(port)
            blast(port, 100, load, f"warm-{variant}")
        for n in range(args.rounds):
            order = list(servers.items()) if n % 2 == 0 else list(servers.items())[::-1]
            for variant, (process, port) in order:
                results[variant].append(measured(process.pid, port, args.messages, load,
                                                 f"r{n}-{variant}"))
    finally:
        for process, _port in servers.values():
            process.terminate()
            process.wait(timeout=60)
    report(results, args)


def report(results: dict[str, list[dict]], args) -> None:
    print(machine_line())
    print(f"{args.messages} messages of 4096 B over 8 sessions, {args.rounds} rounds; "
          "median per server:")
    sink_rate = statistics.median(r["rate"] for r in results["sink"])
    for variant, label in VARIANTS.items():
        rate = statistics.median(r["rate"] for r in results[variant])
        cpu = statistics.median(r["cpu_ms"] for r in results[variant])
        p50 = statistics.median(r["data_p50"] for r in results[variant])
        replies = sum(r["codes"].get("250", 0) for r in results[variant])
        print(f"  {label:24s} {rate:6.0f} msg/s = {rate / sink_rate:4.0%} of the sink · "
              f"{cpu:.2f} ms CPU per message · DATA p50 {p50:.1f} ms · "
              f"{replies} of {args.messages * args.rounds} answered 250")


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        serve(sys.argv[2])
    else:
        main()
