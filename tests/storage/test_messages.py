"""Storing raw messages: bytes intact, duplicates recognised in the database, claims."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from storage.db import session_scope
from storage.messages import claim_next_message, store_raw_message, store_raw_messages
from storage.models import AuditEntry, InboundMessage, utcnow

RAW = b"From: a@groendus.nl\r\nMessage-ID: <1@x>\r\nSubject: t\r\n\r\nbody \xff\xfe bytes\r\n"


def store(url: str, raw: bytes = RAW, sender: str = "a@groendus.nl", message_id="<1@x>"):
    with session_scope(url) as session:
        return store_raw_message(
            session, raw=raw, channel="smtp", partner_id=None, envelope_from=sender,
            envelope_to=["groendus@orders.chargecars.nl"], message_id=message_id,
        )


def test_raw_bytes_kept_exactly_with_hash_and_envelope(database_url):
    stored = store(database_url)
    with session_scope(database_url) as session:
        message = session.get(InboundMessage, stored.id)
        assert message.raw == RAW
        assert message.size == len(RAW)
        assert len(message.sha256) == 64
        assert message.envelope_to == ["groendus@orders.chargecars.nl"]
        assert message.state == "received"
        assert message.received_at.tzinfo is not None


def test_same_sender_and_message_id_is_recognised_and_logged(database_url):
    first = store(database_url)
    again = store(database_url, raw=RAW + b"resent with other trace headers\r\n")
    assert not first.duplicate and again.duplicate and again.id == first.id
    with session_scope(database_url) as session:
        assert session.scalar(select(func.count(InboundMessage.id))) == 1
        assert session.get(InboundMessage, first.id).duplicate_count == 1
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "message_duplicate")).one()
        assert entry.entity_id == str(first.id) and entry.details["same_bytes"] is False


def test_same_message_id_from_another_sender_is_a_new_message(database_url):
    first = store(database_url)
    other = store(database_url, sender="b@essent.nl")
    assert not other.duplicate and other.id != first.id


def test_without_message_id_identical_bytes_are_a_duplicate(database_url):
    first = store(database_url, message_id=None)
    assert store(database_url, message_id=None).id == first.id
    assert not store(database_url, raw=RAW + b"x", message_id=None).duplicate


def test_a_duplicate_does_not_spoil_the_rest_of_the_unit_of_work(database_url):
    store(database_url)
    with session_scope(database_url) as session:
        store_raw_message(session, raw=RAW, channel="smtp", partner_id=None,
                          envelope_from="a@groendus.nl", envelope_to=[], message_id="<1@x>")
        store_raw_message(session, raw=b"other", channel="smtp", partner_id=None,
                          envelope_from="a@groendus.nl", envelope_to=[], message_id="<2@x>")
    with session_scope(database_url) as session:
        assert session.scalar(select(func.count(InboundMessage.id))) == 2


def test_a_batch_answers_in_order_and_knows_copies_within_itself(database_url):
    earlier = store(database_url)

    def request(message_id: str, raw: bytes = RAW) -> dict:
        return dict(raw=raw, channel="smtp", partner_id=None, envelope_from="a@groendus.nl",
                    envelope_to=["groendus@orders.chargecars.nl"], message_id=message_id)

    with session_scope(database_url) as session:
        results = store_raw_messages(session, [
            request("<new-1@x>"), request("<1@x>"), request("<new-2@x>", raw=b"two"),
            request("<new-1@x>", raw=RAW + b"resent")])
    new_1, old, new_2, new_1_again = results
    assert old.duplicate and old.id == earlier.id
    assert not new_1.duplicate and not new_2.duplicate and new_1.id != new_2.id
    assert new_1_again.duplicate and new_1_again.id == new_1.id
    with session_scope(database_url) as session:
        assert session.get(InboundMessage, new_2.id).raw == b"two"
        assert session.get(InboundMessage, new_1.id).raw == RAW  # the first copy is kept
        assert session.get(InboundMessage, new_1.id).duplicate_count == 1
        assert session.get(InboundMessage, earlier.id).duplicate_count == 1
        assert session.scalar(select(func.count(InboundMessage.id))) == 3


def test_claims_go_oldest_first_and_expire(database_url):
    first, second = store(database_url), store(database_url, message_id="<2@x>")
    lease = timedelta(seconds=30)
    with session_scope(database_url) as session:
        assert claim_next_message(session, "w1", lease).id == first.id
    with session_scope(database_url) as session:
        assert claim_next_message(session, "w2", lease).id == second.id
    with session_scope(database_url) as session:
        assert claim_next_message(session, "w3", lease) is None
        later = utcnow() + timedelta(seconds=31)
        assert claim_next_message(session, "w3", lease, now=later).id == first.id
