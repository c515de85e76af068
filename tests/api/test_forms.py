"""POST /forms/{partner_id}/orders: flat form fields, attachments, the same pipeline."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from storage.db import session_scope
from storage.models import Contact, InboundMessage, Order
from tests.api.conftest import auth

PATH = "/forms/50five/orders"
FORM = {
    "partner_order_id": "50F-2025-0192", "customer_name": "Jeroen Bakker",
    "customer_email": "Jeroen.Bakker@example.nl", "customer_phone": "06 1234 5678",
    "street": "Dorpsstraat", "house_number": "7", "postal_code": "1234ab",
    "city": "Amersfoort", "partner_sku_1": "50F-ZAPPI-7", "quantity_1": "1",
    "partner_sku_2": "50F-KABEL", "quantity_2": "2", "description_2": "kabel 10 m",
    "preferred_date": "2025-08-01", "notes": "Oprit aan de zijkant", "purchase_order": "PO-7",
}


def stored(url):
    with session_scope(url) as session:
        return (session.scalars(select(InboundMessage)).all(),
                session.scalars(select(Order).options(selectinload(Order.lines))).all())


def test_an_urlencoded_form_creates_the_order(api, keys, settings):
    response = api.post(PATH, data=FORM, headers=auth(keys["50five"]))
    assert response.status_code == 201, response.text
    [message], [order] = stored(settings.database_url)
    assert message.channel == "form" and b"customer_name=Jeroen+Bakker" in message.raw
    assert order.channel == "form" and order.partner_order_id == "50F-2025-0192"
    assert [(l.partner_sku, l.quantity, l.article) for l in order.lines] == [
        ("50F-ZAPPI-7", 1, "MYE-ZAPPI-7KW"), ("50F-KABEL", 2, None)]
    assert order.flags == ["unmapped_sku"]
    assert order.partner_metadata["partner_references"]["purchase_order"] == "PO-7"
    with session_scope(settings.database_url) as session:
        customer = session.get(Contact, order.end_customer_contact_id)
        assert (customer.email, customer.phone, customer.postal_code) == (
            "jeroen.bakker@example.nl", "+31612345678", "1234 AB")


def test_a_multipart_form_with_attachments_keeps_them_in_the_stored_request(api, keys, settings):
    pdf = b"%PDF-1.4 offerte getekend\n%%EOF"
    response = api.post(PATH, data=FORM, files=[
        ("attachment", ("offerte.pdf", pdf, "application/pdf")),
        ("attachment", ("meterkast.jpg", b"\xff\xd8\xff\xe0 jpeg", "image/jpeg"))],
        headers=auth(keys["50five"]))
    assert response.status_code == 201, response.text
    [message], [order] = stored(settings.database_url)
    assert pdf in message.raw and b"meterkast.jpg" in message.raw
    assert order.channel == "form"


def test_field_errors_name_the_form_fields(api, keys, settings):
    form = {**FORM, "customer_email": "geen", "quantity_2": "many", "postal_code": ""}
    response = api.post(PATH, data=form, headers=auth(keys["50five"]))
    assert response.status_code == 422
    assert {(f["path"], f["code"]) for f in response.json()["fields"]} == {
        ("customer_email", "invalid_email"), ("quantity_2", "invalid_type"),
        ("postal_code", "missing_field")}
    assert stored(settings.database_url)[1] == []


def test_unknown_and_repeated_fields_are_refused(api, keys):
    response = api.post(PATH, content="partner_order_id=A-1&partner_order_id=A-2&colour=red",
                        headers={**auth(keys["50five"]),
                                 "content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 422
    assert {(f["path"], f["code"]) for f in response.json()["fields"]} == {
        ("partner_order_id", "invalid_value"), ("colour", "unknown_field")}


def test_a_duplicate_form_returns_the_existing_order(api, keys):
    first = api.post(PATH, data=FORM, headers=auth(keys["50five"]))
    again = api.post(PATH, data=FORM, headers=auth(keys["50five"]))
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["order_number"] == again.json()["order_number"]


def test_a_form_needs_the_partners_own_key_and_a_form_type(api, keys, settings):
    assert api.post(PATH, data=FORM).json()["error"] == "missing_api_key"
    assert api.post(PATH, data=FORM, headers=auth(keys["groendus"])).status_code == 403
    response = api.post(PATH, json=FORM, headers=auth(keys["50five"]))
    assert (response.status_code, response.json()["error"]) == (415, "unsupported_media_type")
    assert stored(settings.database_url) == ([], [])


def test_a_broken_multipart_body_is_400(api, keys):
    response = api.post(PATH, content=b"--xyz\r\nContent-Disposition: form-data\r\n\r\nab",
                        headers={**auth(keys["50five"]),
                                 "content-type": "multipart/form-data; boundary=xyz"})
    assert (response.status_code, response.json()["error"]) == (400, "invalid_form")


def test_too_many_attachments_are_refused(settings, keys, tmp_path):
    from fastapi.testclient import TestClient

    from intake.api.app import create_app

    app = create_app(settings.model_copy(update={"max_attachments": 2}))
    files = [("attachment", (f"f{i}.txt", b"x", "text/plain")) for i in range(3)]
    with TestClient(app) as client:
        response = client.post(PATH, data=FORM, files=files, headers=auth(keys["50five"]))
    assert (response.status_code, response.json()["error"]) == (400, "invalid_form")
