"""SMTP intake throughput: our listener (stored durably, fsync before 250) against a bare
aiosmtpd sink, in the same run, with the same clients.

    .venv/bin/python bench/smtp_intake.py [--messages 2000] [--sessions 8] [--size 4096]
        [--rounds 2] [--per-connection 100] [--client-processes 1] [--database-url URL]
        [--py-spy ours.svg]

Both servers run as their own processes, and so do the clients (N concurrent sessions,
smtplib in threads, each sending its share of 4 KB messages and reconnecting every
``--per-connection`` messages: our listener allows 200 DATA per connection). Rounds
alternate sink and ours; every round is printed with each server's CPU per message, so
a shared machine's noise shows. Afterwards every message sent to our listener is checked
to be in the store (nothing lost).
"""

from __future__ import annotations

import argparse
import json
import os
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.machine import descendants, machine_line, percentile  # noqa: E402

SENDER, RECIPIENT = "orderdesk@groendus.nl", "groendus@orders.chargecars.nl"


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


def message(tag: str, size: int) -> bytes:
    head = (f"From: {SENDER}\r\nTo: {RECIPIENT}\r\nSubject: bench {tag}\r\n"
            f"Message-ID: <bench-{tag}-{time.time_ns()}@bench>\r\n\r\n").encode()
    line = b"Ordernummer: GRD-BENCH lorem ipsum dolor sit amet consectetur adipiscing\r\n"
    return head + line * max(1, (size - len(head)) // len(line))


# --- the client process ---------------------------------------------------------------------

def client_main(args) -> None:
    """Connect, wait for "go" on stdin, send, print {"start", "end", "codes", "data_ms"}
    (the DATA exchange's time per message: content out, reply in) as JSON."""
    shares = [args.count // args.sessions + (1 if i < args.count % args.sessions else 0)
              for i in range(args.sessions)]
    payloads = [[message(f"{args.tag}-{s}-{i}", args.size) for i in range(n)]
                for s, n in enumerate(shares)]
    codes: dict[int, int] = {}
    data_ms: list[float] = []
    lock = threading.Lock()
    go = threading.Event()

    def session(batch: list[bytes]) -> None:
        for first in range(0, len(batch), args.per_connection):
            with smtplib.SMTP("127.0.0.1", args.port, timeout=120) as client:
                client.ehlo()
                go.wait()
                for payload in batch[first:first + args.per_connection]:
                    client.mail(SENDER)
                    client.rcpt(RECIPIENT)
                    began = time.perf_counter()
                    code, _ = client.data(payload)
                    took = (time.perf_counter() - began) * 1000
                    with lock:
                        codes[code] = codes.get(code, 0) + 1
                        data_ms.append(took)

    threads = [threading.Thread(target=session, args=(b,)) for b in payloads]
    for thread in threads:
        thread.start()
    sys.stdin.readline()
    start = time.time()
    go.set()
    for thread in threads:
        thread.join()
    print(json.dumps({"start": start, "end": time.time(), "codes": codes, "data_ms": data_ms}),
          flush=True)


# --- the bench ------------------------------------------------------------------------------

def blast(port: int, count: int, args, tag: str) -> dict:
    """``count`` messages over ``args.sessions`` sessions from the client processes."""
    procs = args.client_processes
    clients = [subprocess.Popen(
        [sys.executable, __file__, "client", "--port", str(port),
         "--count", str(count // procs + (1 if p < count % procs else 0)),
         "--sessions", str(args.sessions // procs + (1 if p < args.sessions % procs else 0)),
         "--size", str(args.size), "--per-connection", str(args.per_connection),
         "--tag", f"{tag}-{p}"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for p in range(procs)]
    time.sleep(1.0)  # clients started, connected and waiting
    for client in clients:
        client.stdin.write("go\n")
        client.stdin.flush()
    results = [json.loads(client.communicate(timeout=900)[0]) for client in clients]
    codes: dict[str, int] = {}
    for result in results:
        for code, n in result["codes"].items():
            codes[code] = codes.get(code, 0) + n
    seconds = max(r["end"] for r in results) - min(r["start"] for r in results)
    data_ms = sorted(x for r in results for x in r["data_ms"])
    return {"seconds": seconds, "codes": codes, "data_p50": percentile(data_ms, 50),
            "data_p99": percentile(data_ms, 99)}


def measured(pid: int, port: int, count: int, args, tag: str) -> dict:
    cpu_before = cpu_seconds(pid)
    result = blast(port, count, args, tag)
    result["cpu_ms"] = (cpu_seconds(pid) - cpu_before) * 1000 / count
    result["rate"] = count / result["seconds"]
    return result


def cpu_seconds(pid: int) -> float:
    """User + system CPU time so far (Linux /proc) of a process, all its threads, and its
    running children (our listener's store process)."""
    total = 0.0
    for process in [pid, *descendants(pid)]:
        fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def start(command: list[str], env: dict) -> subprocess.Popen:
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def start_py_spy(pid: int, output: str) -> subprocess.Popen:
    """py-spy on our listener and its store process, CPU only: a flame graph (.svg) or
    collapsed stacks (.txt)."""
    fmt = "raw" if output.endswith(".txt") else "flamegraph"
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "py-spy"), "record", "--pid", str(pid), "--output",
         output, "--format", fmt, "--rate", "250", "--nonblocking", "--threads", "--gil", "--subprocesses"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run_rounds(ours, sink, ours_port: int, sink_port: int, args) -> list[tuple[dict, dict]]:
    rounds = []
    for n in range(args.rounds):
        first_sink = n % 2 == 0  # alternate, so drift in the machine's load hits both
        pair = {}
        for name in (("sink", "ours") if first_sink else ("ours", "sink")):
            process, port = (sink, sink_port) if name == "sink" else (ours, ours_port)
            spy = start_py_spy(ours.pid, args.py_spy) if args.py_spy and name == "ours" \
                and n == args.rounds - 1 else None
            pair[name] = measured(process.pid, port, args.messages, args, f"r{n}{name}")
            if spy:
                spy.send_signal(2)  # SIGINT: py-spy writes its output and ends
                spy.wait(60)
        rounds.append((pair["sink"], pair["ours"]))
    return rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--size", type=int, default=4096)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--per-connection", type=int, default=100)
    parser.add_argument("--client-processes", type=int, default=1)
    parser.add_argument("--database-url", default=None, help="default: a temporary SQLite file")
    parser.add_argument("--py-spy", default=None,
                        help="record ours in the last round: FILE.svg or FILE.txt (collapsed)")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="intake-bench-"))
    url = args.database_url or f"sqlite:///{workdir}/intake.db"
    ours_port, sink_port = free_port(), free_port()
    # The service's default log level: a log line per stored message is part of the cost.
    env = dict(os.environ, INTAKE_DATABASE_URL=url, INTAKE_SMTP_PORT=str(ours_port),
               INTAKE_LOG_LEVEL="INFO")
    for command in (["db", "upgrade"], ["partners", "load"]):
        subprocess.run([sys.executable, "-m", "intake", *command], env=env, check=True,
                       stdout=subprocess.DEVNULL)
    before = stored_count(url)
    ours = start([sys.executable, "-m", "intake", "smtp"], env)
    sink = start([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{sink_port}",
                  "-c", "aiosmtpd.handlers.Sink"], env)
    try:
        wait_for_port(ours_port)
        wait_for_port(sink_port)
        warm = argparse.Namespace(**{**vars(args), "client_processes": 1})
        blast(sink_port, 100, warm, "warm-sink")
        warm_acked = blast(ours_port, 100, warm, "warm-ours")["codes"].get("250", 0)
        rounds = run_rounds(ours, sink, ours_port, sink_port, args)
    finally:
        for process in (ours, sink):
            process.terminate()
            process.wait(timeout=60)
    report(rounds, args, url, stored_count(url) - before, warm_acked)


def report(rounds: list[tuple[dict, dict]], args, url: str, stored: int, warm_acked: int) -> None:
    print(machine_line())
    print(f"store: {url.split('://')[0]} · load average {load_average()}")
    print(f"{args.messages} messages of {args.size} B over {args.sessions} concurrent sessions "
          f"({args.client_processes} client process(es), {args.per_connection} per connection)")
    print("per server: msg/s, its CPU per message, DATA exchange p50/p99 (client side)")
    for n, (sink, ours) in enumerate(rounds):
        print(f"round {n + 1}: sink {_line(sink)} · ours {_line(ours)} · "
              f"{ours['rate'] / sink['rate']:.0%}   replies {ours['codes']}")
    sink_rate = statistics.median(s["rate"] for s, _ in rounds)
    our_rate = statistics.median(o["rate"] for _, o in rounds)
    print(f"median: bare aiosmtpd sink {sink_rate:6.0f} msg/s · intake smtp (fsync) "
          f"{our_rate:6.0f} msg/s = {our_rate / sink_rate:.0%} of the sink")
    sent = args.messages * args.rounds + 100
    acked = sum(o["codes"].get("250", 0) for _, o in rounds) + warm_acked
    print(f"stored: {stored} of {sent} sent to intake, {acked} answered 250 "
          f"(nothing lost: {stored == sent == acked})")


def _line(result: dict) -> str:
    return (f"{result['rate']:5.0f} msg/s, {result['cpu_ms']:.2f} ms CPU, "
            f"{result['data_p50']:.1f}/{result['data_p99']:.1f} ms")


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def stored_count(url: str) -> int:
    from sqlalchemy import func, select

    from storage.db import session_scope
    from storage.models import InboundMessage

    with session_scope(url) as session:
        return session.scalar(select(func.count(InboundMessage.id)))


if __name__ == "__main__":
    if sys.argv[1:2] == ["client"]:
        client_parser = argparse.ArgumentParser()
        for option in ("--port", "--count", "--sessions", "--size", "--per-connection"):
            client_parser.add_argument(option, type=int, required=True)
        client_parser.add_argument("--tag", required=True)
        client_main(client_parser.parse_args(sys.argv[2:]))
    else:
        main()
