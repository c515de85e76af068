"""POST /partners/{partner_id}/orders: the email path's rules, over the API, on both stores."""

from __future__ import annotations

import json
import re

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from storage.db import session_scope
from storage.models import Commission, Contact, InboundMessage, Order, ReviewItem
from tests.api.conftest import auth, new_key, order_body

PATH = "/partners/groendus/orders"


def messages(url):
    with session_scope(url) as session:
        return session.scalars(select(InboundMessage).order_by(InboundMessage.id)).all()


def commissions(url):
    with session_scope(url) as session:
        return session.scalars(select(Commission)).all()


def orders(url):
    with session_scope(url) as session:
        return session.scalars(select(Order).options(selectinload(Order.lines))
                               .order_by(Order.created_at)).all()


def test_an_order_is_created_with_number_status_and_estimate(api, keys, settings):
    response = api.post(PATH, json=order_body(), headers=auth(keys["groendus"]))
    assert response.status_code == 201, response.text
    answer = response.json()
    assert answer["order_number"].startswith("CC-") and answer["status"] == "received"
    assert answer["estimated_processing_time"] == "PT5M" and not answer["duplicate"]
    assert answer["status_url"] == "/orders/GRO-2025-04817/status"
    [order] = orders(settings.database_url)
    assert order.order_number == answer["order_number"] and order.channel == "api"
    assert [(line.partner_sku, line.article) for line in order.lines] == [
        ("GRO-ALFEN-11", "ALF-EVE-S-11KW"), ("GRO-INSTALL-1", "INST-BASIC-1P")]
    assert order.partner_metadata["partner_references"]["customer_account"] == "7700123456"
    [message] = messages(settings.database_url)
    assert message.channel == "api" and message.state == "done"
    assert json.loads(message.raw) == order_body()  # the request body, byte for byte
    assert order.source_message_id == message.id and message.partner_id == "groendus"


def test_values_are_normalised_and_contacts_made(api, keys, settings):
    api.post(PATH, json=order_body(), headers=auth(keys["groendus"]))
    [order] = orders(settings.database_url)
    with session_scope(settings.database_url) as session:
        customer = session.get(Contact, order.end_customer_contact_id)
        assert (customer.email, customer.phone, customer.postal_code) == (
            "sanne.devries@example.nl", "+31612345678", "3572 AB")
        assert customer.contact_type == "person"
        assert order.account_contact_id != customer.id
        assert order.channel_contact_ids == [order.account_contact_id]


def test_bearer_authorization_works_as_well(api, keys):
    response = api.post(PATH, json=order_body(),
                        headers={"Authorization": f"Bearer {keys['groendus']}"})
    assert response.status_code == 201


def test_the_same_partner_order_id_returns_the_existing_order_with_200(api, keys, settings):
    first = api.post(PATH, json=order_body(), headers=auth(keys["groendus"])).json()
    again = api.post(PATH, json=order_body(customer__name="Iemand Anders"),
                     headers=auth(keys["groendus"]))
    assert again.status_code == 200
    assert again.json()["order_number"] == first["order_number"] and again.json()["duplicate"]
    assert len(orders(settings.database_url)) == 1
    [message] = messages(settings.database_url)
    assert message.duplicate_count == 1


def test_an_order_known_from_email_is_a_duplicate_too(api, keys, settings):
    from extraction.schema import Order as OrderData
    from intake.ordering import OrderSource, create_order
    from storage.models import Partner

    with session_scope(settings.database_url) as session:
        create_order(session, session.get(Partner, "groendus"),
                     OrderData.model_validate(order_body()),
                     OrderSource(channel="smtp", actor="worker"))
    response = api.post(PATH, json=order_body(), headers=auth(keys["groendus"]))
    assert response.status_code == 200 and response.json()["duplicate"]
    assert len(orders(settings.database_url)) == 1


def test_an_invalid_postcode_waits_for_review_with_202_and_reasons(api, keys, settings):
    response = api.post(PATH, json=order_body(customer__address__postal_code="99999"),
                        headers=auth(keys["groendus"]))
    assert response.status_code == 202
    answer = response.json()
    assert answer["status"] == "review" and answer["order_number"] is None
    assert [r["code"] for r in answer["reasons"]] == ["invalid_address"]
    assert orders(settings.database_url) == []
    [message] = messages(settings.database_url)
    assert message.state == "review"
    with session_scope(settings.database_url) as session:
        item = session.scalars(select(ReviewItem)).one()
        assert item.inbound_message_id == message.id and item.state == "open"
        assert item.proposal["orders"][0]["partner_order_id"] == "GRO-2025-04817"
    again = api.post(PATH, json=order_body(customer__address__postal_code="99999"),
                     headers=auth(keys["groendus"]))
    assert again.status_code == 202 and again.json()["status"] == "review"


def test_unmapped_products_still_make_the_order_with_a_flag(api, keys, settings):
    body = order_body(products=[{"partner_sku": "GRO-UNKNOWN-9", "quantity": 2}])
    response = api.post(PATH, json=body, headers=auth(keys["groendus"]))
    assert response.status_code == 201 and response.json()["flags"] == ["unmapped_sku"]
    [order] = orders(settings.database_url)
    assert order.needs_manual_intervention and order.lines[0].unmapped


def test_validation_errors_name_each_field_with_a_code(api, keys, settings):
    body = order_body(customer__email="not-an-email", customer__phone="12",
                      customer__address__postal_code=..., products=[{"quantity": 0}],
                      installation_preferences={"preferred_date": "2025-13-40"}, colour="red")
    response = api.post(PATH, json=body, headers=auth(keys["groendus"]))
    assert response.status_code == 422
    answer = response.json()
    assert answer["error"] == "validation_failed" and answer["request_id"]
    assert {(f["path"], f["code"]) for f in answer["fields"]} == {
        ("customer.email", "invalid_email"), ("customer.phone", "invalid_phone"),
        ("customer.address.postal_code", "missing_field"), ("products[0].quantity", "out_of_range"),
        ("installation_preferences.preferred_date", "invalid_date"), ("colour", "unknown_field")}
    assert orders(settings.database_url) == []
    [message] = messages(settings.database_url)  # kept on record, as not an order
    assert message.state == "archived" and "customer.email: invalid_email" in message.error


def test_required_fields_are_required(api, keys):
    body = {"customer": {"address": {}}}
    response = api.post(PATH, json=body, headers=auth(keys["groendus"]))
    assert {(f["path"], f["code"]) for f in response.json()["fields"]} == {
        ("partner_order_id", "missing_field"), ("customer.name", "missing_field"),
        ("customer.email", "missing_field"), ("customer.phone", "missing_field"),
        ("customer.address.postal_code", "missing_field")}


def test_a_corrected_resend_after_422_creates_the_order(api, keys):
    bad = api.post(PATH, json=order_body(customer__email="nope"), headers=auth(keys["groendus"]))
    assert bad.status_code == 422
    good = api.post(PATH, json=order_body(), headers=auth(keys["groendus"]))
    assert good.status_code == 201


def test_hostile_strings_are_refused_not_stored_in_the_order(api, keys, settings):
    body = order_body(customer__name="Sanne\u0000 de Vries", partner_order_id="../../etc")
    response = api.post(PATH, json=body, headers=auth(keys["groendus"]))
    assert response.status_code == 422
    assert {f["code"] for f in response.json()["fields"]} == {"invalid_characters",
                                                              "invalid_format"}
    too_long = order_body(customer__address__city="x" * 121)
    assert api.post(PATH, json=too_long, headers=auth(keys["groendus"])).json()["fields"][0][
        "code"] == "too_long"


def test_invalid_json_is_400_and_kept_on_record(api, keys, settings):
    response = api.post(PATH, content=b'{"partner_order_id": ', headers={
        **auth(keys["groendus"]), "content-type": "application/json"})
    assert response.status_code == 400 and response.json()["error"] == "invalid_json"
    [message] = messages(settings.database_url)
    assert message.state == "archived" and message.raw == b'{"partner_order_id": '


def test_deep_nesting_is_refused_without_harm(api, keys):
    deep = b"[" * 100_000 + b"]" * 100_000
    response = api.post(PATH, content=deep, headers={
        **auth(keys["groendus"]), "content-type": "application/json"})
    assert response.status_code == 400 and response.json()["error"] == "invalid_json"
    nested = {"partner_order_id": "A-1", "customer": {}}
    node = nested["customer"]
    for _ in range(500):
        node["address"] = {}
        node = node["address"]
    response = api.post(PATH, json=nested, headers=auth(keys["groendus"]))
    assert (response.status_code, response.json()["error"]) == (400, "invalid_json")


def test_non_object_and_non_utf8_bodies(api, keys):
    for raw in (b"[1, 2]", b"null", b'"order"', b"\xff\xfe{}"):
        response = api.post(PATH, content=raw, headers={
            **auth(keys["groendus"]), "content-type": "application/json"})
        expected = (400, "invalid_json") if raw.startswith(b"\xff") else (422,
                                                                          "validation_failed")
        assert (response.status_code, response.json()["error"]) == expected, raw


def test_wrong_content_type_is_415(api, keys, settings):
    response = api.post(PATH, content=json.dumps(order_body()), headers={
        **auth(keys["groendus"]), "content-type": "text/plain"})
    assert response.status_code == 415 and response.json()["error"] == "unsupported_media_type"
    assert messages(settings.database_url) == []


def test_missing_wrong_and_malformed_keys_are_401(api, keys, settings):
    cases = [({}, "missing_api_key"),
             (auth("cci_live_abcdefgh_" + "0" * 64), "invalid_api_key"),
             (auth(keys["groendus"][:-1] + ("1" if keys["groendus"][-1] == "0" else "0")),
              "invalid_api_key"),  # the right prefix, one secret digit off
             (auth("letmein"), "invalid_api_key"),
             ({"Authorization": "Basic Zm9vOmJhcg=="}, "missing_api_key")]
    for headers, code in cases:
        response = api.post(PATH, json=order_body(), headers=headers)
        assert (response.status_code, response.json()["error"]) == (401, code), headers
    assert messages(settings.database_url) == [] and orders(settings.database_url) == []


def test_another_partners_key_is_refused_with_403(api, keys, settings):
    response = api.post(PATH, json=order_body(), headers=auth(keys["essent"]))
    assert response.status_code == 403 and response.json()["error"] == "partner_mismatch"
    unknown = api.post("/partners/nobody/orders", json=order_body(), headers=auth(keys["essent"]))
    assert unknown.status_code == 403
    assert orders(settings.database_url) == []


def test_a_revoked_key_stops_working_at_once(api, keys, settings):
    from intake.partner_keys import revoke_key, split_key

    with session_scope(settings.database_url) as session:
        revoke_key(session, split_key(keys["groendus"])[0])
    response = api.post(PATH, json=order_body(), headers=auth(keys["groendus"]))
    assert response.status_code == 401 and response.json()["error"] == "api_key_revoked"


def test_rotation_with_grace_keeps_the_old_key_until_it_ends(api, keys, settings):
    from datetime import timedelta

    url = settings.database_url
    new = new_key(url, "groendus", rotate=True, grace=timedelta(hours=1))
    assert api.post(PATH, json=order_body(), headers=auth(keys["groendus"])).status_code == 201
    newest = new_key(url, "groendus", rotate=True)  # no grace: the others stop now
    for old in (keys["groendus"], new):
        assert api.post(PATH, json=order_body(), headers=auth(old)).json()["error"] == (
            "api_key_revoked")
    assert api.post(PATH, json=order_body(), headers=auth(newest)).status_code == 200


def test_sandbox_partner_orders_are_marked_and_need_a_test_key(api, keys, settings):
    from tests.api.conftest import set_partner

    url = settings.database_url
    set_partner(url, "groendus", sandbox=True)
    live = api.post(PATH, json=order_body(), headers=auth(keys["groendus"]))
    assert live.status_code == 401 and live.json()["error"] == "key_environment_mismatch"
    test_key = new_key(url, "groendus")
    assert test_key.startswith("cci_test_")
    response = api.post(PATH, json=order_body(), headers=auth(test_key))
    assert response.status_code == 201 and response.json()["sandbox"] is True
    [order] = orders(url)
    assert order.sandbox and order.order_number.startswith("CC-TEST-")
    assert response.json()["order_number"] == order.order_number
    assert commissions(url) == []  # a test order earns nobody anything

    # Live again: the first live order takes the first live number, with its commissions.
    set_partner(url, "groendus", sandbox=False)
    live = api.post(PATH, json=order_body(partner_order_id="GRD-LIVE-1"),
                    headers=auth(keys["groendus"]))
    assert live.status_code == 201, live.text
    assert re.fullmatch(r"CC-\d{4}-00001", live.json()["order_number"])
    assert commissions(url) and not live.json()["sandbox"]


def test_healthz_stays(api):
    assert api.get("/healthz").json() == {"status": "ok"}


def test_control_characters_in_the_path_are_422_not_a_store_error(api, keys, essent_secret):
    from tests.api.conftest import essent_order, signed_headers

    body = essent_order()
    webhook = api.post("/webhooks/ess%00ent/orders", content=body,
                       headers=signed_headers(essent_secret, body))
    status = api.get("/orders/GRO%00-1/status", headers=auth(keys["groendus"]))
    order = api.post("/partners/Groendus!/orders", json=order_body(),
                     headers=auth(keys["groendus"]))
    for response in (webhook, status, order):
        assert (response.status_code, response.json()["error"]) == (422, "validation_failed")


def test_hostile_field_names_are_kept_on_record_without_breaking_the_store(api, keys, settings):
    body = order_body()
    body["cus\u0000tomer_note"] = "x"
    response = api.post(PATH, json=body, headers=auth(keys["groendus"]))
    assert response.status_code == 422 and response.json()["fields"][0]["code"] == "unknown_field"
    form = api.post("/forms/50five/orders", content=b"partner_order_id=A-1&na%00me=x",
                    headers={**auth(keys["50five"]),
                             "content-type": "application/x-www-form-urlencoded"})
    assert form.status_code == 422
    assert [m.state for m in messages(settings.database_url)] == ["archived", "archived"]
