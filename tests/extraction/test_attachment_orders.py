"""Orders that stand only in an attachment: a JSON webhook body, a CRM's CSV export with one
row per order line (holdout3 017 and 025)."""

from __future__ import annotations

import json
from datetime import date

from extraction import extract_message
from extraction.parsed import TextSource
from extraction.parsing import filetypes
from extraction.parsing.documents.json_doc import key_words, read_json
from tests.extraction.builders import message, partners

WEBHOOK = {
    "eventType": "order.created",
    "createdAt": "2026-03-01T01:58:41Z",
    "order": {
        "orderReference": "ENE-2026-133541",
        "contractNumber": "1030150239",
        "channel": {"dealerGroupId": None},
        "customer": {
            "firstName": "Bastiaan", "lastName": "van 't Hof",
            "email": "Bastiaan.vantHof@KPNMail.nl", "phone": "0031 6 55 12 90 34",
            "address": {"street": "Pieter Calandlaan", "houseNumber": 190,
                        "houseNumberAddition": "H", "postalCode": "1069kl",
                        "city": "Amsterdam"},
        },
        "lines": [
            {"lineNo": 1, "sku": "ENE-EVBOX-11", "description": "EVBox Livo 11 kW", "quantity": 1},
            {"lineNo": 2, "sku": "ENE-INST-1F", "description": "Installatie 1-fase", "quantity": 2},
        ],
        "installation": {"preferredDate": "2026-12-07T00:00:00+01:00", "remarks": None},
    },
}


def test_json_keys_read_as_words():
    assert key_words("houseNumberAddition") == "house number addition"
    assert key_words("postal_code") == "postal code"


def test_json_renders_scalars_as_labels_and_lists_as_tables():
    text = read_json(json.dumps(WEBHOOK).encode(), "order.json", None).text
    assert "order reference: ENE-2026-133541" in text.splitlines()
    assert "line no | sku | description | quantity" in text.splitlines()
    assert "2 | ENE-INST-1F | Installatie 1-fase | 2" in text.splitlines()
    assert "remarks" not in text and "dealer group id" not in text  # nulls are left out


def test_not_json_stays_text():
    assert read_json(b"{ not json", "x.json", None).text == "{ not json"


def test_a_json_file_is_sniffed_by_name_or_declared_type():
    assert filetypes.sniff(b'{"a": 1}', "order.json", None) == filetypes.JSON
    assert filetypes.sniff(b'{"a": 1}', "order", "application/json") == filetypes.JSON


def test_an_order_only_in_a_json_attachment_is_read():
    text = read_json(json.dumps(WEBHOOK).encode(), "order.json", None).text
    source = TextSource(kind="attachment", name="ENE-2026-133541.json", position=1,
                        content_type=filetypes.JSON, text=text)
    parsed = message("De webhook-aflevering is mislukt; de order staat in de bijlage.",
                     partner_id="eneco", sources=[source])
    result = extract_message(parsed, partners(), backend="offline")
    assert result.kind == "order"
    order = result.orders[0]
    assert order.partner_order_id == "ENE-2026-133541"
    assert order.customer.name == "Bastiaan van 't Hof"
    assert order.customer.address.house_number == "190H"
    assert order.installation_preferences.preferred_date == date(2026, 12, 7)
    assert [(p.partner_sku, p.quantity) for p in order.products] == [
        ("ENE-EVBOX-11", 1), ("ENE-INST-1F", 2)]


CRM_CSV = (
    "deal_id;contact_firstname;contact_lastname;contact_email;contact_mobile;install_street;"
    "install_housenumber;install_zip;install_city;line_sku;line_qty;install_date\n"
    "ALVA-0926-014;Ruud;Hermans;ruud.hermans@planet.nl;06 10 20 30 40;Spoorlaan;104a;1312 KE;"
    "Almere;ALVA-PULSAR-22;1;14/09/2026\n"
    "ALVA-0926-014;Ruud;Hermans;ruud.hermans@planet.nl;06 10 20 30 40;Spoorlaan;104a;1312 KE;"
    "Almere;ALVA-INST-3F;1;14/09/2026\n"
)


def test_a_crm_export_with_one_row_per_order_line_is_one_order():
    rows = [line.split(";") for line in CRM_CSV.splitlines()]
    source = TextSource(kind="attachment", name="deal.csv", position=1,
                        content_type=filetypes.CSV, text=CRM_CSV, rows=rows)
    parsed = message("Ons CRM stuurt opdrachten als CSV.", partner_id="alva", sources=[source],
                     date="2026-09-01T15:02:33+02:00")
    result = extract_message(parsed, partners(), backend="offline")
    assert result.kind == "order"
    assert len(result.orders) == 1
    order = result.orders[0]
    assert order.partner_order_id == "ALVA-0926-014"
    assert order.customer.name == "Ruud Hermans"
    assert order.customer.address.house_number == "104A"
    assert sorted(p.partner_sku for p in order.products) == ["ALVA-INST-3F", "ALVA-PULSAR-22"]


def test_numbered_form_fields_make_one_order_line_each():
    fields = {
        "ordernummer": "GRD-2026-08260", "naam": "Hendrikje Wolters", "email": "hw@kpnmail.nl",
        "telefoon": "06-28910457", "postcode": "7261bd", "huisnummer": "3",
        "artikel1_code": "GRO-ALFEN-11", "artikel1_omschrijving": "Alfen Eve", "artikel1_aantal": "2",
        "artikel2_code": "GRO-INSTALL-1", "artikel2_aantal": "1",
    }
    source = TextSource(kind="attachment", name="form.pdf", position=1,
                        content_type="application/pdf", text="Aanvraagformulier",
                        form_fields=fields)
    result = extract_message(message("Bijgaand het formulier.", sources=[source]), partners(),
                             backend="offline")
    order = result.orders[0]
    assert [(p.partner_sku, p.quantity) for p in order.products] == [
        ("GRO-ALFEN-11", 2), ("GRO-INSTALL-1", 1)]
    assert order.field_confidence["products[0].quantity"] >= 0.9  # written beside the code


def test_another_partys_object_keeps_its_owner_in_the_labels():
    data = {"dealer": {"name": "Autohaus Steenbergen", "phone": "0317-421890"},
            "customer": {"name": "Julien Dubois", "phone": "06-44332211"}}
    lines = read_json(json.dumps(data).encode(), "order.json", None).text.splitlines()
    assert "dealer name: Autohaus Steenbergen" in lines
    assert "name: Julien Dubois" in lines
