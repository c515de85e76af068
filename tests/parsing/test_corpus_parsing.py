"""The partner corpus: the values a validator needs are in the parsed text, where expected."""

from __future__ import annotations

import json

import pytest

from extraction.parsing import parse_message
from intake.settings import Settings
from tests.conftest import CORPUS, corpus_email

SETTINGS = Settings(_env_file=None)
EXPECTED = sorted((CORPUS / "expected").glob("*.json"))


def _parsed(prefix: str):
    return parse_message(corpus_email(prefix), SETTINGS)


def _source(parsed, kind: str, name: str | None = None):
    return next(s for s in parsed.sources if s.kind == kind and (name is None or s.name == name))


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.stem)
def test_expected_values_are_in_the_parsed_text(expected_file):
    """Each order's id, customer, street, city and SKUs appear as written (email in any case)."""
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    parsed = _parsed(expected_file.stem)
    assert parsed.problems == []
    text = "\n".join(source.text for source in parsed.sources)
    for order in expected["orders"]:
        customer = order["customer"]
        address = customer.get("address") or {}
        for value in (
            order["partner_order_id"],
            customer["name"],
            address.get("street"),
            address.get("city"),
            *(p["partner_sku"] for p in order["products"]),
        ):
            if value:
                assert value in text, value
        if customer.get("email"):
            assert customer["email"] in text.lower()


def test_plain_order_biltstraat():
    parsed = _parsed("001-")
    assert parsed.from_address == "orderdesk@groendus.nl"
    assert parsed.auto_submitted == "auto-generated"
    lines = parsed.body_text.splitlines()
    assert "Straat: Biltstraat" in lines
    assert "E-mail: sanne.devries@gmail.com" in lines
    assert "Artikel 1: GRO-ALFEN-11 | Alfen Eve Single S-line 11 kW | aantal: 1" in lines
    assert "partnerdesk@groendus.nl" in parsed.body_text  # soft line break joined (QP)


def test_accented_names_in_every_charset():
    assert "Naam: Joëlle Hendriks-Bakker" in _parsed("003-").body_text  # utf-8 QP
    latin1 = _parsed("007-")  # iso-8859-1 QP, name in the From header too
    assert latin1.from_name == "Renée Visser" and "Renée Visser" in latin1.body_text
    cp1252 = _parsed("005-")  # cp1252, text and HTML alternatives
    assert "Naam klant: Chloë Maréchal-de Wit" in _source(cp1252, "body_text").text
    assert "Naam klant | Chloë Maréchal-de Wit" in _source(cp1252, "body_html").text
    assert "€ 1.349,00" in _source(cp1252, "body_text").text


def test_html_only_table_keeps_label_and_value_apart():
    parsed = _parsed("004-")
    assert [s.kind for s in parsed.sources] == ["body_html"]
    lines = parsed.body_text.splitlines()
    assert "Naam klant | Mohamed Yilmaz" in lines
    assert "ESS-WALLBOX-22 | Alfen Eve Double Pro-line 22 kW | 1 | € 1.349,00" in lines
    assert parsed.display_html and "<table" in parsed.display_html


def test_pdf_order_form():
    parsed = _parsed("015-")
    pdf = _source(parsed, "attachment", "Orderformulier_GRD-2025-05611.pdf")
    assert pdf.content_type == "application/pdf"
    for value in ("Ordernummer GRD-2025-05611", "Naam Erik-Jan Scholten", "Postcode 7741 KL",
                  "GRO-ALFEN-11 Alfen Eve Single S-line 11 kW 2"):  # fmt: skip
        assert value in pdf.text.splitlines()
    assert parsed.attachments[0].position == pdf.position


def test_xlsx_order():
    xlsx = _source(_parsed("017-"), "attachment", "Eneco_opdracht_ENE-2025-119560.xlsx")
    assert xlsx.rows[0][:3] == ["Referentie", "Contractnummer", "Naam"]
    assert xlsx.rows[1][:5] == ["ENE-2025-119560", "1029544810", "Hanna de Jong", "Oude Delft",
                                "140"]  # fmt: skip
    assert "Gewenste datum: 2025-12-08" in xlsx.text.splitlines()  # a real Excel date
    assert xlsx.text.count("Referentie: ENE-2025-119560") == 2  # one block per row


def test_csv_exports():
    utf8_bom = _source(_parsed("019-"), "attachment", "groendus_orders_20260518.csv")
    assert utf8_bom.rows[0][0] == "ordernummer"  # BOM gone
    assert "naam: Wim ter Horst" in utf8_bom.text.splitlines()
    cp1252 = _source(_parsed("020-"), "attachment", "ENE-2026-124410.csv")
    assert cp1252.rows[1][2] == "Sébastien Mertens"
    assert "Opmerking: Toegang via achterom; sleutel bij de buren (nr. 35)." in cp1252.text


def test_forwarded_original_as_embedded_message():
    parsed = _parsed("028-")
    assert "18 mei 2026" in parsed.body_text  # the correction in the newer text
    embedded = _source(parsed, "embedded_message")
    assert "Subject: Essent installatieopdracht ESS-58655019" in embedded.text
    assert "From: Essent Laadoplossingen <laadoplossingen@essent.nl>" in embedded.text
    assert "Gewenste installatiedatum: 2026-05-04" in embedded.text


def test_quoted_original_stays_in_the_body():
    body = _parsed("027-").body_text
    assert body.index("06-98765432") < body.index("-----Oorspronkelijk bericht-----")
    assert "Ordernummer: GRD-2026-06044" in body


def test_bounce_report():
    parsed = _parsed("040-")
    assert parsed.content_type == "multipart/report"
    assert "Action: failed" in _source(parsed, "attachment", "delivery-status").text
    assert "ENE-2026-127003" in _source(parsed, "embedded_message").text
