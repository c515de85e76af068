"""Telling listening workers that a transaction added work (see ``intake.wakeup``)."""

from __future__ import annotations

import weakref

from sqlalchemy import text
from sqlalchemy.orm import Session

MESSAGES = "intake_messages"  # a new inbound message to process
OUTBOX = "intake_outbox"  # a new notification to deliver


def announce(session: Session, channel: str) -> None:
    """PostgreSQL sends the NOTIFY only if the transaction commits; SQLite needs nothing
    (its listeners watch ``PRAGMA data_version``).

    Once per channel and transaction: PostgreSQL delivers identical notifications of one
    transaction once anyway, and a batch of stored messages (``storage.group_commit``)
    saves a round trip per message."""
    if session.get_bind().dialect.name != "postgresql":
        return
    # The innermost transaction: a NOTIFY in a savepoint that rolls back is gone with it.
    transaction = session.get_nested_transaction() or session.get_transaction()
    done = session.info.get(_ANNOUNCED)
    if done is not None and done[0]() is transaction and channel in done[1]:
        return
    session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": channel})
    if done is None or done[0]() is not transaction:
        done = session.info[_ANNOUNCED] = (weakref.ref(transaction), set())
    done[1].add(channel)


_ANNOUNCED = "announced"  # session.info: (the transaction, channels announced in it)
