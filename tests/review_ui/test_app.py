"""The review app's flows through Streamlit's AppTest, against a real store (SQLite and
PostgreSQL): login, queue, claims, approve with a correction, refusals, reject, split,
not an order, duplicate link, cancellation, bulk approve, dashboard, users."""

from __future__ import annotations

import importlib.util

import pytest
from sqlalchemy import event, func, select
from streamlit.testing.v1 import AppTest

from intake.review import actions
from intake.review.claims import claim_item
from intake.review.users import add_user
from intake.settings import get_settings
from storage.db import engine_for, session_scope
from storage.models import AuditEntry, Correction, Order, ReviewItem, User
from tests.review_ui.apptest_helpers import (
    APP,
    button,
    click,
    log_in,
    open_next,
    start,
    text_input,
    texts,
)
from tests.review_ui.store_data import add_review_item, add_users, order_dict, proposal


@pytest.fixture
def store(settings, monkeypatch):
    monkeypatch.setenv("INTAKE_DATABASE_URL", settings.database_url)
    get_settings.cache_clear()
    add_users(settings.database_url)
    yield settings.database_url
    get_settings.cache_clear()


def item_state(url, item_id):
    with session_scope(url) as session:
        item = session.get(ReviewItem, item_id)
        return item.state, item.claimed_by, item.resolution


def test_login_refused_then_accepted_and_no_data_query_before(store):
    add_review_item(store, "Geheime order")
    statements = []
    engine = engine_for(store)
    listener = lambda *args: statements.append(args[2])
    event.listen(engine, "before_cursor_execute", listener)
    try:
        at = start()
        assert "Geheime order" not in texts(at) and not at.metric and not at.dataframe
        at.text_input(key="login_user").input("anna")
        at.text_input(key="login_password").input("wrong password")
        click(at, "Log in")
        assert "Wrong username or password." in texts(at)
        touched = " ".join(statements).lower()
        assert "review_items" not in touched and "inbound_messages" not in touched
        assert "orders" not in touched.replace("order by", "")
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    at = log_in("anna")
    assert "Review queue" in texts(at) and at.metric[0].value == "1"


def test_a_disabled_user_cannot_log_in(store):
    with session_scope(store) as session:
        session.scalars(select(User).where(User.username == "bram")).one().active = False
    at = log_in("bram")
    assert "Wrong username or password." in texts(at)


def test_queue_shows_items_oldest_first_with_counts_and_filters(store):
    first = add_review_item(store, "Eerste order")
    add_review_item(store, "Onbekende SKU", reasons=["unmapped_sku: GRO-X not mapped"])
    add_review_item(store, "Essent order", partner="essent")
    add_review_item(store, "Wie ben jij", partner=None, reasons=[
        "unknown_partner: the message reached no partner's intake address"])
    at = log_in()
    assert [m.value for m in at.metric[:3]] == ["4", "4", "0"]
    table = at.dataframe[0].value
    assert next(iter(table["#"])) == first and next(iter(table["Subject"])) == "Eerste order"
    partner = at.sidebar.selectbox(key="q_partner")
    assert "groendus · 2" in partner.options and "essent · 1" in partner.options
    partner.set_value("essent").run()
    assert list(at.dataframe[0].value["Subject"]) == ["Essent order"]
    assert at.metric[1].value == "1"
    at.sidebar.selectbox(key="q_partner").set_value(None).run()
    at.sidebar.selectbox(key="q_reason").set_value("unmapped_sku").run()
    assert list(at.dataframe[0].value["Subject"]) == ["Onbekende SKU"]
    assert "unmapped SKU · 1" in texts(at)


def test_opening_claims_the_item_and_others_cannot_take_it(store):
    first = add_review_item(store, "Eerste")
    second = add_review_item(store, "Tweede")
    anna = open_next(log_in("anna"))
    assert f"#{first}" in texts(anna) and "yours until" in texts(anna)
    assert item_state(store, first)[1] == "anna"
    bram = log_in("bram")
    assert next(iter(bram.dataframe[0].value["Worked on by"])) == "anna"
    bram.number_input(key="q_open_id").set_value(first)
    click(bram, "Open")
    assert "cannot be opened" in texts(bram)
    open_next(bram)
    assert f"#{second}" in texts(bram) and item_state(store, second)[1] == "bram"


def test_edit_and_approve_creates_the_order_with_the_correction(store):
    item = add_review_item(store)
    at = open_next(log_in())
    assert "Needs attention" in texts(at)
    assert "Mobiel nr\\.\\: 06\\-1234 5678" in texts(at)  # the snippet, shown literally
    text_input(at, "Phone").input("06 8765 4321")
    click(at, "Approve")
    assert "Approved: CC-" in texts(at) and "Review queue" in texts(at)
    with session_scope(store) as session:
        order = session.scalars(select(Order)).one()
        assert order.created_by == "validator:anna"
        assert order.end_customer_contact_id
        correction = session.scalars(select(Correction)).one()
        assert (correction.field, correction.corrected_value) == ("customer.phone",
                                                                  "+31687654321")
    assert item_state(store, item)[0] == "approved"


def test_a_bad_postcode_is_refused_with_a_clear_message(store):
    item = add_review_item(store)
    at = open_next(log_in())
    text_input(at, "Postcode").input("ABC 123")
    click(at, "Approve")
    assert "Postcode 'ABC 123' is not a Dutch (1234 AB) or Belgian (1234) postcode" in \
        texts(at).replace("\\", "")
    assert item_state(store, item)[0] == "open"
    with session_scope(store) as session:
        assert session.scalar(select(func.count(Order.id))) == 0


def test_reject_records_why(store):
    item = add_review_item(store)
    at = open_next(log_in())
    at.segmented_control(key=f"decision-{item}").set_value("reject").run()
    at.text_area[0].input("Geen adres, graag opnieuw sturen")
    click(at, "Reject")
    state, _, resolution = item_state(store, item)
    assert state == "rejected" and resolution["reason"] == "Geen adres, graag opnieuw sturen"
    assert "Rejected" in texts(at)


def test_split_into_two_orders(store):
    item = add_review_item(store)
    at = open_next(log_in())
    click(at, "Split: add an order")
    assert "Order 2 of 2" in texts(at)
    for label, value in [("Partner order id", "GRD-2025-04818"), ("Name", "Pieter Jansen"),
                         ("E-mail", "p.jansen@example.nl"), ("Street", "Leusderweg"),
                         ("House number", "3"), ("Postcode", "3811 NL"),
                         ("City", "Amersfoort")]:
        text_input(at, label, index=1).input(value)
    click(at, "Approve")
    assert item_state(store, item)[0] == "approved"
    with session_scope(store) as session:
        orders = session.scalars(select(Order).order_by(Order.source_index)).all()
        assert [o.partner_order_id for o in orders] == ["GRD-2025-04817", "GRD-2025-04818"]


def test_mark_not_an_order(store):
    item = add_review_item(store, "Afwezig: Re: order", proposal_json=proposal(kind="other"))
    at = open_next(log_in())
    assert at.segmented_control(key=f"decision-{item}").value == "other"
    click(at, "Archive as not an order")
    state, _, resolution = item_state(store, item)
    assert state == "resolved" and resolution["action"] == "not_an_order"


def test_link_a_duplicate_to_the_existing_order(store):
    first = add_review_item(store)
    with session_scope(store) as session:
        claim_item(session, first, "bram", 15)
    with session_scope(store) as session:
        number = actions.approve(session, first, actions.ExtractionResult.model_validate(
            proposal()), validator="bram", claim_minutes=15).order_numbers[0]
    again = add_review_item(store, "Nogmaals GRD-2025-04817")
    at = open_next(log_in())
    at.segmented_control(key=f"decision-{again}").set_value("duplicate").run()
    assert number in texts(at)  # offered: the partner's order with that id
    click(at, "Link as duplicate")
    state, _, resolution = item_state(store, again)
    assert state == "resolved" and resolution["order_number"] == number
    with session_scope(store) as session:
        assert session.scalar(select(func.count(Order.id))) == 1


def test_bulk_approve_the_obvious_ones(store):
    obvious = add_review_item(store, "Duidelijk")
    add_review_item(store, "Onduidelijk", proposal_json=proposal(orders=[
        order_dict(partner_order_id="GRD-2", customer={"name": "X"})]))
    at = log_in()
    choice = at.multiselect(key="q_bulk")
    assert choice.options == [f"#{obvious} · groendus · Duidelijk"]
    choice.select(obvious).run()
    click(at, "Approve 1 selected")
    assert item_state(store, obvious)[0] == "approved"
    assert "Bulk approve: 1 approved." in texts(at)


def test_dashboard_renders_charts_and_hides_people_from_validators(store):
    item = add_review_item(store)
    with session_scope(store) as session:
        claim_item(session, item, "anna", 15)
    with session_scope(store) as session:
        actions.approve(session, item, actions.ExtractionResult.model_validate(proposal()),
                        validator="anna", claim_minutes=15)
    add_review_item(store, "Wacht nog")
    at = log_in("anna")
    at.switch_page("screens/dashboard.py").run()
    assert not at.exception
    charts = at.get("vega_lite_chart")
    assert len(charts) >= 5 and "Decisions per validator" not in texts(at)
    assert at.metric[0].value == "1"
    admin = log_in("root")
    admin.switch_page("screens/dashboard.py").run()
    assert "Decisions per validator (admins only)" in texts(admin)


def test_users_page_is_for_admins_only(store):
    validator = log_in("anna")
    with pytest.raises(ValueError):
        validator.switch_page("screens/users.py")
    admin = log_in("root")
    admin.switch_page("screens/users.py").run()
    next(t for t in admin.text_input if t.label.startswith("Username")).input("carla")
    next(t for t in admin.text_input if t.label.startswith("Password")).input("another long one")
    click(admin, "Add user")
    with session_scope(store) as session:
        assert session.scalars(select(User).where(User.username == "carla")).one().role == \
            "validator"
        assert session.scalars(select(AuditEntry).where(
            AuditEntry.action == "user_added", AuditEntry.actor == "admin:root")).one()
    assert button(admin, "Save")


def test_the_queue_pages_through_many_items(store):
    ids = [add_review_item(store, f"Order {n:02d}") for n in range(27)]
    at = log_in()
    assert len(at.dataframe[0].value) == 25 and "Page 1 of 2 · 27 items" in texts(at)
    click(at, "Next")
    assert list(at.dataframe[0].value["#"]) == ids[25:]


AUTH_SECRETS = {"redirect_uri": "http://localhost:8501/oauth2callback",
                "cookie_secret": "a-long-random-cookie-secret", "client_id": "review",
                "client_secret": "s3cret", "server_metadata_url":
                "https://login.example/.well-known/openid-configuration"}


def oidc_app(email: str):
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["auth"] = AUTH_SECRETS
    at.user = {"is_logged_in": True, "email": email, "name": "Sam"}
    return at.run()


def test_single_sign_on_maps_the_identity_to_an_active_user(store):
    add_review_item(store)
    with session_scope(store) as session:
        add_user(session, "sam@chargecars.nl", None, "validator")
    at = oidc_app("Sam@ChargeCars.nl")
    assert "Review queue" in texts(at) and "sam@chargecars.nl · validator" in texts(at)
    stranger = oidc_app("eve@example.com")
    assert "eve@example.com may not use the review app" in texts(stranger).replace("\\", "")
    assert not stranger.metric


def test_the_login_page_offers_single_sign_on_when_configured(store):
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["auth"] = AUTH_SECRETS
    at.run()
    if importlib.util.find_spec("authlib") is None:
        assert "Authlib is missing" in texts(at)
    else:
        assert button(at, "Log in with single sign-on")
    assert at.text_input(key="login_user")  # passwords keep working beside it


def test_skip_and_back_give_the_item_back(store):
    first = add_review_item(store, "Eerste")
    second = add_review_item(store, "Tweede")
    at = open_next(log_in())
    click(at, "Skip")
    assert f"#{second}" in texts(at)
    assert item_state(store, first)[1] is None and item_state(store, second)[1] == "anna"
    click(at, "Back to queue")
    assert "Review queue" in texts(at) and item_state(store, second)[1] is None


def test_a_cancellation_is_applied_to_the_partners_order(store):
    first = add_review_item(store)
    with session_scope(store) as session:
        claim_item(session, first, "bram", 15)
    with session_scope(store) as session:
        actions.approve(session, first, actions.ExtractionResult.model_validate(proposal()),
                        validator="bram", claim_minutes=15)
    item = add_review_item(store, "Annulering GRD-2025-04817", proposal_json=proposal(
        kind="cancellation", refers_to="GRD-2025-04817"))
    at = open_next(log_in())
    assert at.segmented_control(key=f"decision-{item}").value == "cancellation"
    click(at, "Cancel that order")
    with session_scope(store) as session:
        assert session.scalars(select(Order)).one().status == "cancelled"
    assert item_state(store, item)[0] == "approved"


def test_an_unknown_senders_order_needs_its_partner_chosen(store):
    item = add_review_item(store, partner=None, proposal_json=proposal(partner=None),
                           reasons=["unknown_partner: no partner's intake address"])
    at = open_next(log_in())
    click(at, "Approve")
    assert "Choose the partner this message comes from." in texts(at).replace("\\", "")
    at.selectbox(key=f"partner-{item}").set_value("groendus").run()
    click(at, "Approve")
    with session_scope(store) as session:
        assert session.scalars(select(Order)).one().partner_id == "groendus"
        assert session.scalars(select(AuditEntry).where(
            AuditEntry.action == "review_partner_set")).one()
