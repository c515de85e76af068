"""From a corpus email through the real pipeline (parse, extract, route, store) to the
validator's approval in the app, and what the extractor learns from the correction."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from intake.settings import get_settings
from intake.worker import Worker
from storage.db import session_scope
from storage.messages import store_raw_message
from storage.models import Correction, Order, ReviewItem
from storage.partners import partner_profiles
from tests.conftest import corpus_email
from tests.review_ui.apptest_helpers import click, log_in, open_next, text_input, texts
from tests.review_ui.store_data import add_users

NOTE = "Week van 22 juni, liefst niet op woensdag."


@pytest.fixture
def store(settings, monkeypatch):
    monkeypatch.setenv("INTAKE_DATABASE_URL", settings.database_url)
    get_settings.cache_clear()
    add_users(settings.database_url)
    yield settings
    get_settings.cache_clear()


def receive(settings, name: str, partner: str) -> int:
    with session_scope(settings.database_url) as session:
        stored = store_raw_message(
            session, raw=corpus_email(name), channel="smtp", partner_id=partner,
            envelope_from=f"orders@{partner}.nl", envelope_to=[f"{partner}@orders.chargecars.nl"],
            message_id=None)
    Worker(settings).drain()
    return stored.id


def test_a_corpus_order_waits_is_corrected_and_teaches_the_partners_label(store):
    message_id = receive(store, "023", "essent")
    with session_scope(store.database_url) as session:
        item = session.scalars(select(ReviewItem)).one()
        assert item.inbound_message_id == message_id and item.state == "open"
    at = open_next(log_in())
    assert "Essent" in texts(at)
    text_input(at, "Installation notes").input(NOTE)
    click(at, "Approve")
    assert "Approved: CC-" in texts(at), texts(at)
    with session_scope(store.database_url) as session:
        order = session.scalars(select(Order)).one()
        assert order.installation_notes == NOTE and order.created_by == "validator:anna"
        correction = session.scalars(select(Correction)).one()
        assert correction.field == "installation_preferences.notes"
        assert correction.source_label == "qua planning"
        essent = next(p for p in partner_profiles(session) if p.id == "essent")
        assert essent.learned_labels["qua planning"] == "installation_preferences.notes"
