"""Order queries: numbers, lookups and listings. None of these commit."""

from __future__ import annotations

import base64
import secrets
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, selectinload

from storage.models import Order, OrderCounter, utcnow

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def allocate_order_number(session: Session, when: datetime | None = None) -> str:
    """The next ``CC-YYYY-NNNNN`` of the year, gap-free and unique under concurrent writers.

    The counter row's update takes a row lock (PostgreSQL) or the database write lock
    (SQLite) that is held until the caller's transaction ends, so two writers can never
    get the same number, and a rolled-back order gives its number back. The year's row
    is made by the first order of the year; every other order needs only the UPDATE.
    """
    year = (when or utcnow()).astimezone(AMSTERDAM).year
    number = session.execute(_NEXT_NUMBER, {"counter_year": year}).scalar()
    if number is None:
        session.execute(_new_counter(session.get_bind().dialect.name), {"year": year})
        number = session.execute(_NEXT_NUMBER, {"counter_year": year}).scalar_one()
    return f"CC-{year}-{number:05d}"


def sandbox_order_number() -> str:
    """``CC-TEST-XXXXXXXX`` for a sandbox partner's order: random (40 bits), so test
    orders never take a number of the live, gap-free sequence."""
    return "CC-TEST-" + base64.b32encode(secrets.token_bytes(5)).decode()


_counters = OrderCounter.__table__
_NEXT_NUMBER = (
    update(_counters)
    .where(_counters.c.year == bindparam("counter_year"))
    .values(last_number=_counters.c.last_number + 1)
    .returning(_counters.c.last_number)
)


@lru_cache(maxsize=2)
def _new_counter(dialect: str):
    values = {"year": bindparam("year"), "last_number": 0}
    if dialect == "postgresql":
        return pg_insert(_counters).values(values).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite_insert(_counters).values(values).on_conflict_do_nothing()
    return insert(_counters).values(values)  # pragma: no cover - not supported


def find_order_by_partner_order_id(
    session: Session, partner_id: str, partner_order_id: str
) -> Order | None:
    return session.scalars(
        select(Order).where(
            Order.partner_id == partner_id, Order.partner_order_id == partner_order_id
        )
    ).first()


def find_order_by_source(session: Session, message_id: int, index: int) -> Order | None:
    return session.scalars(
        select(Order).where(Order.source_message_id == message_id, Order.source_index == index)
    ).first()


def find_order_by_number(session: Session, order_number: str) -> Order | None:
    return session.scalars(select(Order).where(Order.order_number == order_number)).first()


def list_orders(session: Session, limit: int | None = None) -> list[Order]:
    query = select(Order).options(selectinload(Order.lines)).order_by(Order.created_at, Order.id)
    if limit:
        query = query.limit(limit)
    return list(session.scalars(query))
