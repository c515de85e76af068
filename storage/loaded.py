"""ORM objects for rows we already have, as the ORM's own loading makes them.

``new_loaded`` builds the object with its attributes set directly (no constructor, no
attribute events), ``attach_loaded`` puts it in a session as persistent without a
query. ``attach_inserted`` is for a row this transaction has just written with Core
(``storage.rows``): if the savepoint or transaction that wrote it is rolled back, the
object leaves the session again, as one that the ORM flushed would.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import event, inspect
from sqlalchemy.orm import (
    Mapper,
    Session,
    configure_mappers,
    make_transient,
    make_transient_to_detached,
)
from sqlalchemy.orm.attributes import instance_dict

T = TypeVar("T")
_INSERTED = "storage.loaded.inserted"  # session.info: [(transaction, object), ...]


def attach_loaded(session: Session, model: type[T], row: dict, *,
                  copy_mutables: bool = False, inserted: bool = False) -> T:
    """The object for a row read with Core (every column of it), without another SELECT.
    ``copy_mutables`` copies list and dict values first, for a row that is kept and
    handed to many sessions; ``inserted``: this transaction wrote the row (as
    ``attach_inserted``)."""
    mapper = inspect(model)
    key = mapper.identity_key_from_primary_key([row[c.key] for c in mapper.primary_key])
    existing = session.identity_map.get(key)
    if existing is not None:
        return existing
    if copy_mutables:
        row = {name: type(value)(value) if isinstance(value, (list, dict)) else value
               for name, value in row.items()}
    obj = new_loaded(mapper, row)
    if inserted:
        attach_inserted(session, obj)
    else:
        _attach(session, obj)
    return obj


def new_loaded(mapper: Mapper, row: dict):
    """A detached-to-be object holding ``row`` (attribute keys) as its loaded state."""
    if not mapper.configured:  # what the ORM does before it makes its first object
        configure_mappers()
    obj = mapper.class_manager.new_instance()
    instance_dict(obj).update(row)
    return obj


def attach_inserted(session: Session, obj) -> None:
    _attach(session, obj)
    current = session.get_nested_transaction() or session.get_transaction()
    session.info.setdefault(_INSERTED, []).append((current, obj))


def _attach(session: Session, obj) -> None:
    make_transient_to_detached(obj)
    session.add(obj)


@event.listens_for(Session, "after_soft_rollback")
def _forget_rolled_back(session: Session, previous_transaction) -> None:
    inserted = session.info.get(_INSERTED)
    if not inserted:
        return
    kept = []
    for transaction, obj in inserted:
        if _within(transaction, previous_transaction):
            if obj in session:
                session.expunge(obj)
            make_transient(obj)
        else:
            kept.append((transaction, obj))
    session.info[_INSERTED] = kept


@event.listens_for(Session, "after_transaction_end")
def _forget_committed(session: Session, transaction) -> None:
    if transaction.parent is None:  # the outermost one: nothing can roll these back now
        session.info.pop(_INSERTED, None)


def _within(transaction, ancestor) -> bool:
    while transaction is not None:
        if transaction is ancestor:
            return True
        transaction = transaction.parent
    return False
