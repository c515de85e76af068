"""The worker moves stored messages through parse -> extract -> route -> store."""

from __future__ import annotations

from sqlalchemy import func, select

from intake import pipeline
from intake.worker import Worker
from storage.db import session_scope
from storage.messages import replay_message, store_raw_message
from storage.models import AuditEntry, InboundMessage, Order, ReviewItem
from tests.conftest import CORPUS, corpus_email

FINAL_STATES = {"done", "review", "archived"}


def store(url: str, raw: bytes, partner: str, message_id: str | None = None) -> int:
    with session_scope(url) as session:
        return store_raw_message(
            session, raw=raw, channel="smtp", partner_id=partner,
            envelope_from=f"sender@{partner}.example", envelope_to=[f"{partner}@orders.chargecars.nl"],
            message_id=message_id,
        ).id


def state_of(url: str, message_id: int) -> InboundMessage:
    with session_scope(url) as session:
        return session.get(InboundMessage, message_id)


def test_a_clear_partner_order_goes_straight_through(settings):
    url = settings.database_url
    message_id = store(url, corpus_email("001-"), "groendus")
    assert Worker(settings).drain() == 1
    message = state_of(url, message_id)
    assert message.state == "done" and message.parsed and message.claimed_by is None
    with session_scope(url) as session:
        order = session.scalars(select(Order)).one()
        assert order.partner_order_id == "GRD-2025-04817"
        assert order.source_message_id == message_id and order.created_by == "worker"


def test_a_message_without_a_partner_waits_for_review(settings):
    url = settings.database_url
    message_id = store(url, corpus_email("001-"), None)
    Worker(settings).drain()
    assert state_of(url, message_id).state == "review"
    with session_scope(url) as session:
        item = session.scalars(select(ReviewItem)).one()
        assert any(reason.startswith("unknown_partner") for reason in item.reasons)


def test_every_corpus_message_ends_in_exactly_one_final_state(settings):
    url = settings.database_url
    ids = [store(url, path.read_bytes(), path.name.split("-")[1])
           for path in sorted((CORPUS / "emails").glob("*.eml"))]
    Worker(settings).drain()
    with session_scope(url) as session:
        states = {m.id: m.state for m in session.scalars(select(InboundMessage))}
        assert set(states) == set(ids)
        assert set(states.values()) <= FINAL_STATES, states
        waiting = session.scalar(select(func.count(ReviewItem.id)))
        assert waiting == sum(1 for s in states.values() if s == "review")


def test_unexpected_failure_parks_the_message_and_replay_resumes_it(settings, monkeypatch):
    url = settings.database_url
    bad = store(url, corpus_email("001-"), "groendus")
    good = store(url, corpus_email("002-"), "groendus")
    real_extract = pipeline.STEPS["extract"]

    def broken_extract(ctx, message_id):
        if message_id == bad:
            raise RuntimeError("extractor bug")
        return real_extract(ctx, message_id)

    monkeypatch.setitem(pipeline.STEPS, "extract", broken_extract)
    Worker(settings).drain()
    parked, other = state_of(url, bad), state_of(url, good)
    assert parked.state == "failed" and parked.failed_state == "parsed"
    assert "RuntimeError: extractor bug" in parked.error
    assert other.state == "done"  # one bad mail blocks nothing

    monkeypatch.setitem(pipeline.STEPS, "extract", real_extract)
    with session_scope(url) as session:
        replay_message(session, bad, actor="test")
    Worker(settings).drain()
    assert state_of(url, bad).state == "done"
    with session_scope(url) as session:
        actions = set(session.scalars(select(AuditEntry.action)))
        assert {"message_failed", "message_replayed"} <= actions


def test_steps_are_idempotent_when_rerun_from_a_stored_state(settings):
    url = settings.database_url
    message_id = store(url, corpus_email("030-"), "groendus")  # two orders in one mail
    worker = Worker(settings)
    worker.drain()
    first = state_of(url, message_id).state
    # As if a crash had happened after the orders were committed but before we knew it.
    with session_scope(url) as session:
        message = session.get(InboundMessage, message_id)
        message.state, message.claimed_by = "extracted", None
        message.extractions[-1].route = None
    worker.drain()
    assert state_of(url, message_id).state == first
    with session_scope(url) as session:
        numbers = session.scalars(select(Order.partner_order_id)).all()
        assert len(numbers) == len(set(numbers))
