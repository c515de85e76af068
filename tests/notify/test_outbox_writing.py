"""What a status change writes to the outbox, in its own transaction (both databases)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from intake.lifecycle import (
    InvalidStatusChange,
    UnknownStatus,
    change_status,
    normalise_status,
    record_status_event,
)
from intake.notify import queue_rejection_email
from storage.db import session_scope
from storage.models import InboundMessage, Order, OutboxItem, StatusEvent
from tests.notify.store_data import (
    configure_partner,
    email_message,
    new_order,
    outbox,
    set_status,
    with_callback,
)


def test_new_order_queues_webhook_and_confirmation_with_the_status_event(settings):
    url = settings.database_url
    with_callback(url, "http://127.0.0.1:9/hooks")
    order_id = new_order(url)
    webhook, email = outbox(url)
    assert (webhook.kind, webhook.state, webhook.status_event_id) == ("webhook", "pending", 1)
    assert webhook.idempotency_key.startswith("msg_")
    assert webhook.payload["event"] == "order_received"
    assert webhook.payload["status"] == "received"
    assert webhook.payload["partner_order_id"] == "GRD-2025-04817"
    assert (email.kind, email.template, email.payload["to"]) == (
        "email", "order_received", "orders@groendus.nl")
    assert webhook.order_id == email.order_id == order_id


def test_a_rolled_back_status_change_tells_nobody(settings):
    url = settings.database_url
    with_callback(url, "http://127.0.0.1:9/hooks")
    order_id = new_order(url)
    before = len(outbox(url))
    with pytest.raises(RuntimeError), session_scope(url) as session:
        record_status_event(session, session.get(Order, order_id), "quote_sent", actor="t")
        raise RuntimeError("the caller's transaction fails after the change")
    assert len(outbox(url)) == before
    with session_scope(url) as session:
        assert session.get(Order, order_id).status == "received"


def test_a_repeat_is_recorded_once_but_a_return_to_an_earlier_step_is_new(settings):
    url = settings.database_url
    with_callback(url, "http://127.0.0.1:9/hooks")
    order_id = new_order(url)
    first = set_status(url, order_id, "scheduled", installer="Team Amsterdam Noord")
    again = set_status(url, order_id, "installation_scheduled", installer="Team Amsterdam Noord")
    assert first["recorded"] and not again["recorded"] and again["notifications"] == []
    set_status(url, order_id, "on_hold")
    back = set_status(url, order_id, "scheduled", installer="Team Amsterdam Noord")
    assert back["recorded"]
    with session_scope(url) as session:
        statuses = session.scalars(select(StatusEvent.status).order_by(StatusEvent.id)).all()
    assert statuses == ["received", "installation_scheduled", "on_hold",
                        "installation_scheduled"]
    assert len(outbox(url, "webhook")) == 4


def test_an_explicit_event_key_is_stored_once(settings):
    url = settings.database_url
    order_id = new_order(url)
    with session_scope(url) as session:
        order = session.get(Order, order_id)
        assert record_status_event(session, order, "quote_sent", actor="t", event_key="k1")
        assert record_status_event(session, order, "quote_sent", actor="t",
                                   event_key="k1") is None


def test_without_a_callback_a_status_update_goes_by_email(settings):
    url = settings.database_url
    configure_partner(url, notification_email="orders@groendus.nl")
    order_id = new_order(url)
    record = set_status(url, order_id, "quote_sent")
    [note] = record["notifications"]
    assert (note["kind"], note["template"], note["state"]) == ("email", "status_update", "pending")
    [item] = [i for i in outbox(url) if i.id == note["id"]]
    assert item.payload["context"]["event"]["status"] == "quote_sent"


def test_no_recipient_is_recorded_as_skipped_with_the_reason(settings):
    url = settings.database_url  # groendus has no notification_email; the order came by API
    order_id = new_order(url)
    record = set_status(url, order_id, "cancelled")
    [note] = record["notifications"]
    assert note["state"] == "skipped" and "no recipient" in note["reason"]
    assert {i.state for i in outbox(url)} == {"skipped"}


def test_an_email_order_is_answered_to_its_sender_in_its_thread(settings):
    url = settings.database_url
    configure_partner(url, notification_email="orders@groendus.nl")
    message_id = email_message(url)
    new_order(url, message_id=message_id, channel="smtp")
    [confirmation] = outbox(url)
    payload = confirmation.payload
    assert payload["to"] == "planning@groendus.nl"  # Reply-To wins over From and envelope
    assert payload["in_reply_to"] == "<order-1@portal.groendus.nl>"
    assert payload["references"] == ["<thread-0@portal.groendus.nl>",
                                     "<order-1@portal.groendus.nl>"]


def test_mail_from_our_own_intake_address_is_never_answered(settings):
    url = settings.database_url
    message_id = email_message(url, parsed={"from_address": "groendus@orders.chargecars.nl"})
    with session_scope(url) as session:
        session.get(InboundMessage, message_id).envelope_from = None
    new_order(url, message_id=message_id, channel="smtp")
    [confirmation] = outbox(url)
    assert confirmation.state == "skipped"


@pytest.mark.parametrize("overrides, flag", [
    ({"customer": {"name": "A", "address": {"postal_code": "0123 XY"}}}, "invalid_address"),
    ({"products": [{"partner_sku": "GRO-UNKNOWN-9", "quantity": 1}]}, "unmapped_sku"),
])
def test_an_unresolved_address_or_product_asks_the_partner(settings, overrides, flag):
    url = settings.database_url
    configure_partner(url, notification_email="orders@groendus.nl")
    new_order(url, **overrides)
    items = outbox(url)
    assert [i.template for i in items] == ["order_received", "information_request"]
    needed = items[1].payload["context"]["needed"]
    if flag == "invalid_address":
        assert needed["address"] and needed["address_as_sent"]["postal_code"] == "0123 XY"
    else:
        assert needed["unmapped_products"] == ["GRO-UNKNOWN-9"]


def test_rejection_email_once_per_message_and_never_to_strangers(settings):
    url = settings.database_url
    message_id = email_message(url)
    with session_scope(url) as session:
        message = session.get(InboundMessage, message_id)
        first = queue_rejection_email(session, message, "Geen ordergegevens gevonden", "anna")
        again = queue_rejection_email(session, message, "Geen ordergegevens gevonden", "anna")
        assert again.id == first.id and first.state == "pending"
        assert first.payload["to"] == "planning@groendus.nl"
        assert first.payload["in_reply_to"] == "<order-1@portal.groendus.nl>"
        assert first.payload["context"]["reason"] == "Geen ordergegevens gevonden"
    stranger_id = email_message(url, partner_id=None, parsed={"from_address": "x@example.com"})
    with session_scope(url) as session:
        stranger = session.get(InboundMessage, stranger_id)
        item = queue_rejection_email(session, stranger, "not an order", "anna")
        assert item.state == "skipped" and "not a known partner" in item.last_error


def test_statuses_by_friendly_name_and_their_checks(settings):
    assert normalise_status("Scheduled") == "installation_scheduled"
    assert normalise_status("installation-completed") == "installation_completed"
    with pytest.raises(UnknownStatus):
        normalise_status("shipped")
    url = settings.database_url
    order_id = new_order(url)
    with session_scope(url) as session, pytest.raises(InvalidStatusChange):
        change_status(session, session.get(Order, order_id), "scheduled", actor="t")
    with session_scope(url) as session:
        change = change_status(session, session.get(Order, order_id), "scheduled", actor="t",
                               scheduled_date=date(2025, 7, 20))
        assert change.event.scheduled_date == date(2025, 7, 20)
        assert session.scalar(select(func.count(OutboxItem.id))) == 2


def test_a_status_question_is_answered_once_in_its_thread(settings):
    from extraction.schema import ExtractionResult
    from intake.pipeline.store import apply_result

    url = settings.database_url
    configure_partner(url, notification_email="orders@groendus.nl")
    order_id = new_order(url)
    set_status(url, order_id, "scheduled", installer="Team Amsterdam Noord")
    question_id = email_message(url, parsed={
        "message_id": "<vraag-7@groendus.nl>", "subject": "Status GRD-2025-04817?",
        "from_address": "planning@groendus.nl", "references": []})
    question = ExtractionResult(kind="status_question", refers_to="GRD-2025-04817")
    for _ in range(2):  # a replayed message is answered once
        with session_scope(url) as session:
            assert apply_result(session, session.get(InboundMessage, question_id), question,
                                actor="worker") == "done"
    [answer] = [i for i in outbox(url) if i.template == "status_answer"]
    assert answer.payload["to"] == "planning@groendus.nl"
    assert answer.payload["in_reply_to"] == "<order-1@portal.groendus.nl>"
    assert answer.payload["context"]["event"]["status"] == "installation_scheduled"
    assert answer.payload["context"]["event"]["installer"] == "Team Amsterdam Noord"
