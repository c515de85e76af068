"""Rows written with Core, objects as if loaded (storage.rows, storage.loaded): what the
order path relies on, on SQLite and PostgreSQL."""

from __future__ import annotations

import warnings
from contextlib import contextmanager

import pytest
from sqlalchemy import event, func, inspect, select

from storage.audit import audit_row, record_audits
from storage.db import engine_for, session_scope
from storage.loaded import attach_loaded
from storage.models import AuditEntry, Contact, Extraction, InboundMessage, Order, OrderLine
from storage.rows import insert_new, insert_new_many, insert_row, update_row
from tests.ordering.test_create_order import create, order_data


@contextmanager
def statements(url: str):
    """The SQL statements sent while the block runs (SQLite's BEGIN left out)."""
    sent: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if not statement.startswith("BEGIN"):
            sent.append(statement)

    engine = engine_for(url)
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_an_inserted_row_is_a_loaded_object_with_its_defaults(settings):
    url = settings.database_url
    with session_scope(url) as session:
        with statements(url) as sent:
            contact = insert_new(session, Contact, {"contact_type": "person", "name": "A"})
            assert (contact.email, contact.parent_organization_id) == (None, None)
            assert len(contact.id) == 36 and contact.created_at.tzinfo is not None
            assert session.get(Contact, contact.id) is contact
        assert len(sent) == 1  # the INSERT; reading the object back asks nothing
        contact_id = contact.id
    with session_scope(url) as session:
        stored = session.get(Contact, contact_id)
        assert (stored.name, stored.created_at) == ("A", contact.created_at)


def test_many_rows_in_one_statement_get_their_own_ids(settings):
    url = settings.database_url
    order_id, _ = create(url, order_data(products=[]))
    with session_scope(url) as session:
        rows = [{"order_id": order_id, "position": n, "partner_sku": f"SKU-{n}",
                 "unmapped": True} for n in (1, 2, 3)]
        with statements(url) as sent:
            lines = insert_new_many(session, OrderLine, rows, match_on="position")
        assert len(sent) == 1
        ids = {line.position: line.id for line in lines}
    with session_scope(url) as session:
        stored = session.scalars(select(OrderLine).where(OrderLine.order_id == order_id))
        assert {line.position: line.id for line in stored} == ids
        assert all(line.quantity == 1 for line in session.scalars(select(OrderLine)))


def test_an_object_made_the_orm_way_is_inserted_and_persistent(settings):
    url = settings.database_url
    with session_scope(url) as session:
        contact = insert_row(session, Contact(contact_type="organization", name="B.V."))
        contact.city = "Utrecht"  # a later change is an ordinary UPDATE at the flush
        contact_id = contact.id
    with session_scope(url) as session:
        assert session.get(Contact, contact_id).city == "Utrecht"


def test_a_rolled_back_savepoint_takes_its_rows_out_of_the_session(settings):
    url = settings.database_url
    with session_scope(url) as session:
        message_id = _message(session)
        with pytest.raises(RuntimeError), session.begin_nested():
            gone = insert_new(session, Extraction, _extraction(message_id))
            raise RuntimeError("the order could not be made")
        assert gone not in session and inspect(gone).transient
        with warnings.catch_warnings():
            # SQLite gives the id again: no stale object may be in the session under it.
            warnings.simplefilter("error")
            session.add(Extraction(**_extraction(message_id)))
            session.flush()
    with session_scope(url) as session:
        assert session.scalar(select(func.count(Extraction.id))) == 1


def test_update_row_writes_without_dirtying_the_object(settings):
    url = settings.database_url
    with session_scope(url) as session:
        message_id = _message(session)
        message = session.get(InboundMessage, message_id)
        update_row(session, message, {"state": "done", "error": None})
        assert message.state == "done" and message not in session.dirty
    with session_scope(url) as session:
        assert session.get(InboundMessage, message_id).state == "done"


def test_attach_loaded_copies_what_it_is_told_to(settings):
    url = settings.database_url
    order_id, _ = create(url, order_data())
    with session_scope(url) as session:
        row = dict(session.execute(select(Order.__table__).where(
            Order.__table__.c.id == order_id)).mappings().one())
    with session_scope(url) as session:
        order = attach_loaded(session, Order, row, copy_mutables=True)
        order.flags.append("mine")  # the kept row's list is not this one
        assert row["flags"] == [] and session.get(Order, order_id) is order


def test_audit_entries_in_one_statement(settings):
    url = settings.database_url
    with session_scope(url) as session:
        with statements(url) as sent:
            record_audits(session, [audit_row(actor="t", action=f"a{n}", entity_type="x",
                                              entity_id=n, details={"n": n}) for n in range(3)])
        assert len(sent) == 1
    with session_scope(url) as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [(e.action, e.entity_id, e.details) for e in entries] == [
            ("a0", "0", {"n": 0}), ("a1", "1", {"n": 1}), ("a2", "2", {"n": 2})]


def _message(session) -> int:
    from storage.messages import store_raw_message

    return store_raw_message(session, raw=b"x", channel="api", partner_id="groendus",
                             envelope_from="partner:groendus", envelope_to=[],
                             message_id="m-1").id


def _extraction(message_id: int) -> dict:
    return {"inbound_message_id": message_id, "backend": "test", "result": {},
            "kind": "order", "confidence": 1.0}
