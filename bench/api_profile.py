"""Where an order's time goes: pyinstrument over N order creations through the ASGI app
(no network), on a temporary SQLite store with the production durability settings.

    .venv/bin/python bench/api_profile.py [--orders 300]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.api_orders import in_process_store, order


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=300)
    args = parser.parse_args()
    from fastapi.testclient import TestClient
    from pyinstrument import Profiler

    from intake.api.app import create_app

    settings, key = in_process_store("intake-profile-")
    # The store's work runs in the group-commit writer's thread; profile it there, where
    # the profiler can see it, and the whole request from the outside for the total.
    from storage import group_commit

    profiler = Profiler(interval=0.0002)
    plain = group_commit.GroupCommitWriter._write
    spent = []

    def profiled(self, batch):
        started = time.perf_counter()
        if profiling:
            profiler.start()
        try:
            return plain(self, batch)
        finally:
            if profiling:
                profiler.stop()
            spent.append((time.perf_counter() - started) / len(batch))

    group_commit.GroupCommitWriter._write = profiled
    profiling = False
    with TestClient(create_app(settings)) as client:
        for n in range(20):  # warm up
            client.post("/partners/groendus/orders", json=order(n, 9), headers={"X-API-Key": key})
        spent.clear()
        profiling = True
        started = time.perf_counter()
        for n in range(args.orders):
            response = client.post("/partners/groendus/orders", json=order(n, 0),
                                   headers={"X-API-Key": key})
            assert response.status_code == 201, response.text
        elapsed = time.perf_counter() - started
    print(f"{args.orders} orders in {elapsed:.2f} s: {elapsed / args.orders * 1000:.2f} ms each "
          f"(one at a time, TestClient); in the store's writer (with the commit): "
          f"{sum(spent) / len(spent) * 1000:.2f} ms each")
    print(profiler.output_text(unicode=False, color=False, show_all=False))


if __name__ == "__main__":
    main()
