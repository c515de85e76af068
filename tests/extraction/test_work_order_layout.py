"""A printed work order: section headings, a site address over two lines, no colons."""

from __future__ import annotations

from extraction import extract_message
from tests.extraction.builders import body, message, partners

PDF_TEXT = """WORK ORDER
Order reference 50F-NL-230001
Customer and site
Name Jan Pieters
Site address Kerkstraat 5
3511 LK  Utrecht
Mobile 06 1234 5678
E-mail jan.pieters@example.nl
Site notes Charger beside the front door.
"""


def _result(text: str):
    pdf = body(text, kind="attachment", name="werkorder.pdf", position=1)
    return extract_message(message("See the attached work order.", partner_id="50five",
                                   sources=[pdf]), partners(), backend="offline")


def test_a_heading_is_no_label_and_does_not_split_the_order():
    result = _result(PDF_TEXT)
    assert len(result.orders) == 1
    assert result.orders[0].customer.name == "Jan Pieters"


def test_the_site_address_continues_on_the_next_line():
    order = _result(PDF_TEXT).orders[0]
    assert order.customer.address.street == "Kerkstraat"
    assert order.customer.address.house_number == "5"
    assert order.customer.address.postal_code == "3511 LK"
    assert order.customer.address.city == "Utrecht"
    assert order.installation_preferences.notes == "Charger beside the front door."
    assert order.customer.phone == "+31612345678"  # the line below is not swallowed


def test_only_a_bare_postcode_line_continues_an_address():
    text = PDF_TEXT.replace("3511 LK  Utrecht", "3511 LK  Utrecht, near the station")
    order = _result(text).orders[0]
    assert order.customer.address.city is None or order.field_confidence.get(
        "customer.address.city", 0) < 0.9


QUOTE_TEXT = """OFFERTE Q-2026-0001
Opdrachtnummer ALVA-0126-001
Naam: Els de Boer
Telefoon: 06 1234 5678
E-mail: els.deboer@example.nl
Artikel Omschrijving Aantal Bedrag
ALVA-PULSAR-11 Wallbox Pulsar Plus 11 kW 1 € 849,00
ALVA-INST-3F Installatie 3-fase 1 € 595,00
Totaal incl. 21% btw € 1.444,00
"""


def test_a_quote_tables_header_row_is_no_product():
    pdf = body(QUOTE_TEXT, kind="attachment", name="offerte.pdf", position=1)
    result = extract_message(message("Getekende offerte in de bijlage.", partner_id="alva",
                                     sources=[pdf]), partners(), backend="offline")
    skus = [p.partner_sku for p in result.orders[0].products]
    assert skus == ["ALVA-PULSAR-11", "ALVA-INST-3F"]
