"""What one API order costs the store, counted: a guard against the order path growing
back its queries (issue 6: 29 statements per order before, through the ORM)."""

from __future__ import annotations

from sqlalchemy import event

from storage.db import engine_for
from tests.api.conftest import auth, order_body

# The writes of one new order (message, extraction, number, order, lines, commissions,
# event, audit, outbox, message state, a new customer's contact), the reads that decide
# them (reference version, an existing order, the customer) and two savepoints with
# their releases (SQLite: the group-commit writer's, the order's).
BUDGET = 18
# PostgreSQL adds its NOTIFYs to wake the worker (new message, new outbox item).
POSTGRES_EXTRA = 2


def test_a_new_order_stays_within_its_statement_budget(api, keys, settings):
    sent: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if not statement.startswith(("BEGIN", "COMMIT")):
            sent.append(statement)

    api.post("/partners/groendus/orders", json=order_body(partner_order_id="WARM-1"),
             headers=auth(keys["groendus"]))  # loads the partner's reference data
    engine = engine_for(settings.database_url)
    event.listen(engine, "before_cursor_execute", count)
    try:
        response = api.post("/partners/groendus/orders", json=order_body(),
                            headers=auth(keys["groendus"]))
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert response.status_code == 201, response.text
    extra = POSTGRES_EXTRA if settings.database_url.startswith("postgresql") else 0
    assert len(sent) <= BUDGET + extra, "\n".join(sent)
