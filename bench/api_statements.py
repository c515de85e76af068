"""What one order costs the store: every SQL statement of one ``POST /partners/{id}/orders``.

    .venv/bin/python bench/api_statements.py [--orders 20] [--show]

Creates orders through the ASGI app (no network) on a temporary SQLite store, counts the
statements each request sends to the database (executemany counts once, as it is one
round trip to SQLite's engine) and the server CPU per order, and with ``--show`` prints
the statements of the last order.
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
    parser.add_argument("--orders", type=int, default=20)
    parser.add_argument("--show", action="store_true", help="print the last order's statements")
    args = parser.parse_args()
    from fastapi.testclient import TestClient
    from sqlalchemy import event

    from intake.api.app import create_app
    from storage.db import engine_for

    settings, key = in_process_store("intake-statements-")
    url = settings.database_url
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(("MANY " if executemany else "") + " ".join(statement.split()))

    event.listen(engine_for(url), "before_cursor_execute", count)
    per_order = []
    with TestClient(create_app(settings)) as client:
        for n in range(5):  # warm up: caches, compiled statements
            client.post("/partners/groendus/orders", json=order(n, 9), headers={"X-API-Key": key})
        cpu = time.process_time()
        for n in range(args.orders):
            statements.clear()
            response = client.post("/partners/groendus/orders", json=order(n, 0),
                                   headers={"X-API-Key": key})
            assert response.status_code == 201, response.text
            per_order.append(list(statements))
        cpu = time.process_time() - cpu
    counts = sorted(len(s) for s in per_order)
    print(f"{args.orders} orders: {counts[len(counts) // 2]} statements per order (median; "
          f"min {counts[0]}, max {counts[-1]}); {cpu / args.orders * 1000:.1f} ms CPU per "
          "order, client and server in one process")
    if args.show:
        for statement in per_order[-1]:
            print("  ", statement[:160])


if __name__ == "__main__":
    main()
