"""ORM objects written or read with one precompiled Core statement: no flush, no reload.

A flush costs about 0.15 ms per object (the unit of work, its events, one RETURNING row
at a time); a Core INSERT of the same values costs a fifth of that. On the order path,
where every request writes a dozen rows, that was most of the store's CPU. These helpers
write the row with Core and then put its object in the session as if it had been loaded
(``storage.loaded``): code that reads it afterwards, or asks for it with
``session.get``, sees the row without another query, and a later change to it is
flushed as an ordinary UPDATE. Column defaults are applied in Python first, so that the
object holds exactly what the row holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TypeVar

from sqlalchemy import Table, bindparam, insert, inspect, update
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.attributes import instance_dict, set_committed_value

from storage.loaded import attach_inserted, new_loaded

T = TypeVar("T")


def insert_new(session: Session, model: type[T], values: dict) -> T:
    """INSERT a row of ``model`` (RETURNING its id when the database makes it); returns
    its object, persistent in ``session``."""
    mapper = inspect(model)
    row = _complete(mapper, values)
    _execute_insert(session, mapper, [row])
    obj = new_loaded(mapper, row)
    attach_inserted(session, obj)
    return obj


def insert_new_many(session: Session, model: type[T], rows: Sequence[dict],
                    match_on: str) -> list[T]:
    """Several rows of ``model`` in one statement; ``match_on``: a column whose value tells
    them apart, for the ids RETURNING gives back in no guaranteed order."""
    if not rows:
        return []
    mapper = inspect(model)
    complete = [_complete(mapper, values) for values in rows]
    _execute_insert(session, mapper, complete, match_on)
    objs = [new_loaded(mapper, row) for row in complete]
    for obj in objs:
        attach_inserted(session, obj)
    return objs


def insert_row(session: Session, obj: T) -> T:
    """INSERT an object made the ORM way (``Model(...)``); it is then persistent."""
    mapper = inspect(type(obj))
    state = instance_dict(obj)
    row = _complete(mapper, {prop.key: state[prop.key] for prop in mapper.column_attrs
                             if prop.key in state})
    _execute_insert(session, mapper, [row])
    for key, value in row.items():
        if state.get(key, _UNSET) is not value:  # unset attributes would be loaded again
            setattr(obj, key, value)
    attach_inserted(session, obj)
    return obj


def insert_plain(session: Session, table: Table, rows: list[dict]) -> None:
    """Rows nobody reads back in this transaction (commissions, audit entries): one
    executemany, no objects."""
    if rows:
        session.execute(_insert(table, ()), rows)


def update_row(session: Session, obj, values: dict) -> None:
    """UPDATE the object's row with ``values`` and set them on it as committed (it does
    not become dirty). Only for attributes not otherwise changed in this transaction."""
    mapper = inspect(type(obj))
    pk = mapper.primary_key[0].key
    session.execute(_update(mapper.local_table, pk, tuple(sorted(values))),
                    {**values, "_pk": getattr(obj, pk)})
    for key, value in values.items():
        set_committed_value(obj, key, value)


def autoflush(session: Session) -> None:
    """What the ORM does before its own queries, for a Core query that must see this
    transaction's unflushed changes (a contact's email filled in by the order before)."""
    if session.new or session.dirty:
        session.flush()


_UNSET = object()


def _complete(mapper: Mapper, values: dict) -> dict:
    """Every column's value: those given, else its Python default, else None."""
    row = {}
    for key, prop in mapper.column_attrs.items():
        row[key] = values[key] if key in values else _default(prop.columns[0])
    return row


def _default(column):
    default = column.default
    if default is None:
        return None
    if default.is_callable:
        return default.arg(None)  # SQLAlchemy wraps a no-argument callable to take a context
    if default.is_scalar:
        return default.arg
    raise TypeError(f"{column}: only Python-side defaults can be applied before an INSERT")


def _execute_insert(session: Session, mapper: Mapper, rows: list[dict],
                    match_on: str | None = None) -> None:
    """Write ``rows``; ids the database makes are put into them."""
    _write_pending_first(session)
    table, pk = mapper.local_table, mapper.primary_key[0].key
    if all(row[pk] is not None for row in rows):
        session.execute(_insert(table, ()), rows if len(rows) > 1 else rows[0])
        return
    for row in rows:
        del row[pk]
    if len(rows) == 1:
        rows[0][pk] = session.execute(_insert(table, (pk,)), rows[0]).scalar_one()
        return
    by_key = {row[match_on]: row for row in rows}
    for new_id, key in session.execute(_insert(table, (pk, match_on)), rows):
        by_key[key][pk] = new_id


def _write_pending_first(session: Session) -> None:
    """Objects added the ORM way are not written until a flush; a row inserted now may
    refer to one of them, so they go first (as the ORM's own flush would order them)."""
    if session.new:
        session.flush()


@lru_cache(maxsize=64)
def _insert(table: Table, returning: tuple[str, ...]):
    """One statement object per table and RETURNING: SQLAlchemy compiles it once and
    memoizes its cache key."""
    statement = insert(table)
    if returning:
        statement = statement.returning(*(table.c[name] for name in returning))
    return statement


@lru_cache(maxsize=64)
def _update(table: Table, pk: str, columns: tuple[str, ...]):
    """UPDATE … SET ``columns`` (from the parameters) WHERE the primary key is ``_pk``."""
    return update(table).where(table.c[pk] == bindparam("_pk"))
