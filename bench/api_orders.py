"""Load test: create orders through a real ``intake api`` process on a temporary SQLite store.

    .venv/bin/python bench/api_orders.py [--seconds 20] [--concurrency 8] [--clients 1]
        [--client httpx|raw] [--py-spy FILE.json]

Starts ``python -m intake api`` on a free port with a fresh SQLite store (migrated, the
bundled partners loaded, one API key per client process), then runs client processes that
each keep ``concurrency`` requests in flight (httpx, or a bare asyncio client that costs
far less CPU), every request a new order (a unique partner_order_id: no duplicates, every
one a full order creation, durable before its answer). Prints requests/s, p50/p90/p99/max
latency, status codes, the server's and the clients' CPU per request, the machine, the
date and the load average (the machine is shared). The durability setting is the
store's own: WAL with ``synchronous=FULL``; the API commits concurrent requests together.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare_store(url: str, clients: int) -> list[str]:
    from intake.partner_keys import issue_key
    from intake.reference import read_reference_file
    from intake.settings import BUNDLED_PARTNERS_FILE
    from storage.db import session_scope
    from storage.migrate import upgrade_database
    from storage.models import Partner
    from storage.partners import load_reference_data

    upgrade_database(url)
    with session_scope(url) as session:
        load_reference_data(session, read_reference_file(BUNDLED_PARTNERS_FILE))
    with session_scope(url) as session:
        return [issue_key(session, session.get(Partner, "groendus")).key for _ in range(clients)]


def in_process_store(prefix: str):
    """(settings, API key) for a fresh SQLite store in a temporary folder, without rate
    limits in the way: the in-process benches (statements, profile) drive the app directly."""
    from intake.settings import Settings

    url = f"sqlite:///{Path(tempfile.mkdtemp(prefix=prefix))}/intake.db"
    [key] = prepare_store(url, 1)
    settings = Settings(_env_file=None, database_url=url, api_rate_limit="1000000/minute",
                        log_level="WARNING")
    return settings, key


def order(n: int, client: int) -> dict:
    return {
        "partner_order_id": f"BENCH-{client}-{n}",
        "customer": {"name": "Sanne de Vries", "email": f"klant{client}.{n}@example.nl",
                     "phone": "06-12345678",
                     "address": {"street": "Biltstraat", "house_number": "14A",
                                 "postal_code": "3572 AB", "city": "Utrecht"}},
        "products": [{"partner_sku": "GRO-ALFEN-11", "quantity": 1},
                     {"partner_sku": "GRO-INSTALL-1", "quantity": 1}],
        "installation_preferences": {"preferred_date": "2025-07-21"},
    }


async def load(base: str, key: str, client: int, seconds: float, concurrency: int) -> dict:
    """``concurrency`` httpx requests in flight, each a new order, for ``seconds``."""
    import httpx

    latencies: list[float] = []
    codes: dict[int, int] = {}
    counter = iter(range(10**9))
    stop_at = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": key}, limits=limits,
                                 timeout=30) as http:
        async def worker():
            while time.perf_counter() < stop_at:
                body = json.dumps(order(next(counter), client))
                started = time.perf_counter()
                response = await http.post("/partners/groendus/orders", content=body,
                                           headers={"content-type": "application/json"})
                latencies.append(time.perf_counter() - started)
                codes[response.status_code] = codes.get(response.status_code, 0) + 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return {"latencies": latencies, "codes": codes}


async def load_raw(base: str, key: str, client: int, seconds: float,
                   concurrency: int) -> dict:
    """The same load from a bare asyncio HTTP/1.1 client (keep-alive, one connection per
    request in flight): a tenth of httpx's CPU, which the server shares on 2 cores."""
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    codes: dict[int, int] = {}
    counter = iter(range(10**9))
    stop_at = time.perf_counter() + seconds

    async def worker():
        reader, writer = await asyncio.open_connection(host, int(port))
        while time.perf_counter() < stop_at:
            body = json.dumps(order(next(counter), client)).encode()
            started = time.perf_counter()
            writer.write(b"POST /partners/groendus/orders HTTP/1.1\r\nHost: %s\r\n"
                         b"X-API-Key: %s\r\nContent-Type: application/json\r\n"
                         b"Content-Length: %d\r\n\r\n%s"
                         % (host.encode(), key.encode(), len(body), body))
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length:", 1)[1].split(b"\r\n", 1)[0])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            code = int(head.split(b" ", 2)[1])
            codes[code] = codes.get(code, 0) + 1
        writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return {"latencies": latencies, "codes": codes}


def client_process(args) -> dict:
    base, key, client, seconds, concurrency, kind = args
    cpu = time.process_time()
    run = load_raw if kind == "raw" else load
    result = asyncio.run(run(base, key, client, seconds, concurrency))
    return {**result, "cpu": time.process_time() - cpu}


def wait_until_up(base: str, timeout: float = 30) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("intake api did not come up")


def percentile(sorted_values: list[float], p: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * p))]


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text()
                .splitlines() if line.startswith("model name")), platform.processor())
    return f"{os.cpu_count()} CPU ({cpu}), {platform.system()} {platform.release()}, " \
           f"Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--warmup", type=float, default=2)
    parser.add_argument("--concurrency", type=int, default=8, help="in flight per client")
    parser.add_argument("--clients", type=int, default=1,
                        help="client processes (each takes CPU from the server on 2 cores)")
    parser.add_argument("--client", choices=("httpx", "raw"), default="httpx",
                        help="httpx, or a bare asyncio client that leaves the server more CPU")
    parser.add_argument("--keep", action="store_true", help="keep the store afterwards")
    parser.add_argument("--py-spy", metavar="SVG", help="record the server with py-spy "
                        "during the measured run (a flame graph, or speedscope JSON for .json)")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="intake-bench-"))
    url = f"sqlite:///{workdir}/intake.db"
    keys = prepare_store(url, args.clients)
    port = free_port()
    env = {**os.environ, "INTAKE_DATABASE_URL": url, "INTAKE_API_PORT": str(port),
           "INTAKE_LOG_LEVEL": "WARNING", "INTAKE_API_RATE_LIMIT": "1000000/minute"}
    server = subprocess.Popen([sys.executable, "-m", "intake", "api"], cwd=workdir, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base)
        with multiprocessing.Pool(args.clients) as pool:
            pool.map(client_process, [(base, keys[i], 100 + i, args.warmup, args.concurrency,
                                       args.client) for i in range(args.clients)])
            spy = start_py_spy(server.pid, args.py_spy, args.seconds) if args.py_spy else None
            started, cpu_before = time.perf_counter(), cpu_split(server.pid)
            results = pool.map(client_process, [(base, keys[i], i, args.seconds,
                                                 args.concurrency, args.client)
                                                for i in range(args.clients)])
            elapsed = time.perf_counter() - started
            server_cpu = [after - before for after, before in
                          zip(cpu_split(server.pid), cpu_before, strict=True)]
            if spy is not None:
                spy.wait(60)
    finally:
        server.terminate()
        server.wait(15)
    report(results, elapsed, server_cpu, args)
    if not args.keep:
        import shutil

        shutil.rmtree(workdir, ignore_errors=True)


def start_py_spy(pid: int, output: str, seconds: float) -> subprocess.Popen:
    """py-spy sampling the server for the measured seconds: only the thread that holds the
    GIL, so the samples say where the process's CPU goes (threads waiting for the GIL or
    for the disk are not counted)."""
    fmt = {".json": "speedscope", ".txt": "raw"}.get(Path(output).suffix, "flamegraph")
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "py-spy"), "record", "--pid", str(pid), "--output",
         output, "--format", fmt, "--duration", str(int(seconds)), "--rate", "250", "--gil",
         "--nonblocking"], stdout=subprocess.DEVNULL)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    return sum(cpu_split(pid))


def cpu_split(pid: int) -> tuple[float, float]:
    """(user, system) CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return int(fields[11]) / ticks, int(fields[12]) / ticks


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def report(results: list[dict], elapsed: float, server_cpu: float, args) -> None:
    latencies = sorted(x for r in results for x in r["latencies"])
    codes: dict[int, int] = {}
    for r in results:
        for code, n in r["codes"].items():
            codes[code] = codes.get(code, 0) + n
    ms = [x * 1000 for x in latencies]
    print(f"date      {datetime.now(UTC).isoformat(timespec='seconds')}")
    print(f"machine   {machine()}")
    print("store     SQLite, WAL, synchronous=FULL (fsync per commit), one API process")
    print(f"load      {args.clients} {args.client} client processes x {args.concurrency} in "
          f"flight, {args.seconds:.0f} s, a new order per request")
    print(f"requests  {len(ms)}  codes {dict(sorted(codes.items()))}")
    print(f"rate      {len(ms) / elapsed:.0f} requests/s")
    print(f"latency   p50 {percentile(ms, .50):.1f} ms  p90 {percentile(ms, .90):.1f} ms  "
          f"p99 {percentile(ms, .99):.1f} ms  max {ms[-1]:.1f} ms")
    # The server's own CPU per order says what one free core could do, whatever else
    # the machine is running (its load average is printed beside it).
    user, system = (seconds / max(1, len(ms)) * 1000 for seconds in server_cpu)
    per_request = user + system
    print(f"server    {per_request:.1f} ms CPU per request ({user:.1f} user, {system:.1f} "
          f"system; at most ~{1000 / per_request:.0f}/s on one free core); load average "
          f"{load_average()}")
    client_cpu = sum(r["cpu"] for r in results) / max(1, len(ms)) * 1000
    print(f"client    {client_cpu:.1f} ms CPU per request (on the same 2 cores)")


if __name__ == "__main__":
    main()
