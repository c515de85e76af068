"""Review decisions without the UI: claims, approval through apply_result, corrections,
refusals, split, cancellation, not-an-order, duplicate link, reject, bulk approve."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from extraction.schema import ExtractionResult
from intake.review import actions
from intake.review.actions import ReviewRefused
from intake.review.claims import ItemNotHeld, claim_item, claim_next, release_claim
from storage.db import session_factory, session_scope
from storage.models import AuditEntry, Correction, InboundMessage, Order, ReviewItem, utcnow
from tests.review_ui.store_data import add_review_item, order_dict, proposal

MINUTES = 15


def claim(url, item_id, who="anna", now=None) -> bool:
    with session_scope(url) as session:
        return claim_item(session, item_id, who, MINUTES, now)


def decide(url, fn, item_id, *args, who="anna", **kwargs):
    with session_scope(url) as session:
        return fn(session, item_id, *args, validator=who, claim_minutes=MINUTES, **kwargs)


def corrected(item_id, url, **order_changes) -> ExtractionResult:
    with session_scope(url) as session:
        result = ExtractionResult.model_validate(session.get(ReviewItem, item_id).proposal)
    for key, value in order_changes.items():
        setattr(result.orders[0], key, value)
    return result


def test_a_claim_is_exclusive_until_it_runs_out(settings):
    url = settings.database_url
    item = add_review_item(url)
    assert claim(url, item, "anna")
    assert claim(url, item, "anna")  # renewing our own claim
    assert not claim(url, item, "bram")
    assert claim(url, item, "bram", now=utcnow() + timedelta(minutes=MINUTES + 1))
    with session_scope(url) as session:
        assert session.get(ReviewItem, item).claimed_by == "bram"
        release_claim(session, item, "bram")
    assert claim(url, item, "anna")


def test_claim_next_takes_the_oldest_free_item_within_the_filter(settings):
    url = settings.database_url
    first = add_review_item(url, "one")
    second = add_review_item(url, "two", reasons=["unmapped_sku: ESS-X"])
    essent = add_review_item(url, "three", partner="essent")
    assert claim(url, first, "bram")
    with session_scope(url) as session:
        assert claim_next(session, "anna", MINUTES) == second
        assert claim_next(session, "anna", MINUTES, partner="essent") == essent
        assert claim_next(session, "carla", MINUTES, reason="low_confidence") is None


def test_approve_with_a_correction_makes_the_order_through_the_straight_through_path(settings):
    url = settings.database_url
    item = add_review_item(url)
    assert claim(url, item)
    customer = corrected(item, url).orders[0].customer
    customer.phone = "06 8765 4321"
    result = corrected(item, url, customer=customer)
    outcome = decide(url, actions.approve, item, result)
    assert outcome.action == "approved" and len(outcome.order_numbers) == 1
    with session_scope(url) as session:
        order = session.scalars(select(Order)).one()
        assert order.order_number == outcome.order_numbers[0]
        assert order.created_by == "validator:anna" and order.channel == "smtp"
        assert [line.article for line in order.lines] == ["ALF-EVE-S-11KW", "INST-BASIC-3P"]
        review = session.get(ReviewItem, item)
        assert (review.state, review.resolved_by, review.claimed_by) == ("approved", "anna", None)
        assert session.get(InboundMessage, review.inbound_message_id).state == "done"
        correction = session.scalars(select(Correction)).one()
        assert (correction.field, correction.extracted_value, correction.corrected_value) == (
            "customer.phone", "+31612345678", "+31687654321")
        assert (correction.partner_id, correction.validator) == ("groendus", "anna")
        actions_logged = set(session.scalars(
            select(AuditEntry.action).where(AuditEntry.actor == "validator:anna")))
        assert {"review_claimed", "review_approved", "order_created"} <= actions_logged


@pytest.mark.parametrize("field, value, words", [
    ("postal_code", "3572", None), ("postal_code", "ABCD 12", "postcode"),
    ("email", "sanne@", "e-mail"), ("phone", "12345", "phone"),
])
def test_approve_refuses_invalid_values_and_changes_nothing(settings, field, value, words):
    url = settings.database_url
    item = add_review_item(url)
    result = corrected(item, url)
    target = result.orders[0].customer
    if field == "postal_code":
        target.address.postal_code = value
    else:
        setattr(target, field, value)
    if words is None:  # "3572" is a valid Belgian postcode: accepted
        decide(url, actions.approve, item, result)
        return
    with pytest.raises(ReviewRefused) as refused:
        decide(url, actions.approve, item, result)
    assert words in str(refused.value).lower() and repr(value) in str(refused.value)
    with session_scope(url) as session:
        assert session.scalar(select(func.count(Order.id))) == 0
        assert session.get(ReviewItem, item).state == "open"
        assert session.scalar(select(func.count(Correction.id))) == 0


def test_only_the_claim_holder_may_decide(settings):
    url = settings.database_url
    item = add_review_item(url)
    assert claim(url, item, "bram")
    with pytest.raises(ItemNotHeld, match="bram"):
        decide(url, actions.approve, item, corrected(item, url))


def test_split_into_two_orders(settings):
    url = settings.database_url
    item = add_review_item(url)
    result = corrected(item, url)
    second = order_dict(partner_order_id="GRD-2025-04818", customer={
        "name": "Pieter Jansen", "email": "p.jansen@example.nl", "phone": "0301234567",
        "address": {"street": "Leusderweg", "house_number": "3", "postal_code": "3811 NL",
                    "city": "Amersfoort"}})
    result.orders.append(ExtractionResult.model_validate({"orders": [second]}).orders[0])
    outcome = decide(url, actions.approve, item, result)
    assert len(outcome.order_numbers) == 2
    with session_scope(url) as session:
        orders = session.scalars(select(Order).order_by(Order.source_index)).all()
        assert [o.partner_order_id for o in orders] == ["GRD-2025-04817", "GRD-2025-04818"]
        assert {c.field for c in session.scalars(select(Correction))} >= {"orders",
                                                                         "customer.name"}


def test_two_orders_with_one_partner_order_id_are_refused(settings):
    url = settings.database_url
    item = add_review_item(url)
    result = corrected(item, url)
    result.orders.append(result.orders[0].model_copy(deep=True))
    with pytest.raises(ReviewRefused, match="GRD-2025-04817"):
        decide(url, actions.approve, item, result)


def test_not_an_order_archives_the_message(settings):
    url = settings.database_url
    item = add_review_item(url, partner=None, proposal_json=proposal(partner=None))
    outcome = decide(url, actions.mark_not_an_order, item, note="newsletter")
    assert (outcome.action, outcome.message_state) == ("not_an_order", "archived")
    with session_scope(url) as session:
        review = session.get(ReviewItem, item)
        assert review.state == "resolved" and review.resolution["note"] == "newsletter"
        assert session.scalar(select(func.count(Order.id))) == 0


def test_cancellation_applies_to_the_partners_order_or_is_refused(settings):
    url = settings.database_url
    first = add_review_item(url)
    decide(url, actions.approve, first, corrected(first, url))
    item = add_review_item(url, "Annulering")
    cancel = ExtractionResult(kind="cancellation", partner="groendus", refers_to="GRD-X")
    with pytest.raises(ReviewRefused, match="no order 'GRD-X'"):
        decide(url, actions.approve, item, cancel)
    cancel.refers_to = "GRD-2025-04817"
    decide(url, actions.approve, item, cancel)
    with session_scope(url) as session:
        assert session.scalars(select(Order)).one().status == "cancelled"
        assert session.get(ReviewItem, item).resolution["kind"] == "cancellation"


def test_duplicate_link_makes_no_new_order(settings):
    url = settings.database_url
    first = add_review_item(url)
    number = decide(url, actions.approve, first, corrected(first, url)).order_numbers[0]
    again = add_review_item(url, "Nogmaals: GRD-2025-04817")
    essent = add_review_item(url, "Essent", partner="essent")
    with pytest.raises(ReviewRefused, match="another partner"):
        decide(url, actions.link_duplicate, essent, number)
    outcome = decide(url, actions.link_duplicate, again, "GRD-2025-04817")
    assert outcome.existing_orders == [number]
    with session_scope(url) as session:
        assert session.scalar(select(func.count(Order.id))) == 1
        review = session.get(ReviewItem, again)
        assert review.resolution["order_number"] == number
        assert session.get(InboundMessage, review.inbound_message_id).state == "done"


def test_reject_records_why_and_queues_the_partner_email(settings):
    url = settings.database_url
    item = add_review_item(url)
    with pytest.raises(ReviewRefused, match="why"):
        decide(url, actions.reject, item, reason=" ")
    outcome = decide(url, actions.reject, item, reason="No customer address given",
                     notify_partner=True)
    with session_scope(url) as session:
        review = session.get(ReviewItem, item)
        assert review.state == "rejected"
        assert review.resolution["reason"] == "No customer address given"
        assert session.get(InboundMessage, review.inbound_message_id).state == "archived"
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "review_rejected")).one()
        assert entry.actor == "validator:anna"
        assert entry.details["partner_notified"] == review.resolution["partner_notified"]
    assert outcome.action == "rejected"


def test_bulk_approve_approves_each_on_its_own(settings):
    url = settings.database_url
    good = add_review_item(url)
    bad = add_review_item(url, proposal_json=proposal(orders=[order_dict(
        partner_order_id="GRD-9", customer={"name": "X", "email": "x@", "address": {}})]))
    held = add_review_item(url, proposal_json=proposal(orders=[order_dict(
        partner_order_id="GRD-10")]))
    assert claim(url, held, "bram")
    results = actions.bulk_approve(session_factory(url), [good, bad, held], validator="anna",
                                   claim_minutes=MINUTES)
    assert results[good].action == "approved"
    assert "e-mail" in results[bad] and "bram" in results[held]
    with session_scope(url) as session:
        assert session.get(ReviewItem, bad).state == "open"
        assert session.scalar(select(func.count(Order.id))) == 1


def test_racing_validators_get_one_claim_between_them(settings):
    url = settings.database_url
    item = add_review_item(url)
    start = threading.Barrier(6)

    def race(name: str) -> bool:
        start.wait()
        return claim(url, item, name)

    with ThreadPoolExecutor(6) as pool:
        won = list(pool.map(race, [f"validator{n}" for n in range(6)]))
    assert won.count(True) == 1
    with session_scope(url) as session:
        assert session.get(ReviewItem, item).claimed_by == f"validator{won.index(True)}"
