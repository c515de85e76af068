"""Telling listening workers that a transaction added work (see ``intake.wakeup``)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

MESSAGES = "intake_messages"  # a new inbound message to process
OUTBOX = "intake_outbox"  # a new notification to deliver


def announce(session: Session, channel: str) -> None:
    """PostgreSQL sends the NOTIFY only if the transaction commits; SQLite needs nothing
    (its listeners watch ``PRAGMA data_version``)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": channel})
