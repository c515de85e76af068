"""A line that opens with a count and an article code is an order line under any heading."""

from extraction.pipeline import extract_message
from tests.extraction.builders import message, partners

_ORDER = """Ordernummer: GRD-2026-04410
Naam: Lotte de Boer
E-mail: lotte.deboer@example.nl
Telefoon: 06-41728390
Adres: Oudegracht 17
Postcode: 3511 AJ
Plaats: Utrecht

PAKKET
{products}
"""


def _extract(products: str):
    text = _ORDER.format(products=products)
    return extract_message(message(text), partners(), backend="offline")


def test_count_and_code_make_an_order_line():
    result = _extract("1 x GRO-ALFEN-11     Alfen Eve Single S-line 11 kW\n"
                      "1 x GRO-INSTALL-1    Installatie standaard 1-fase")
    order = result.orders[0]
    assert [(p.partner_sku, p.quantity) for p in order.products] == [
        ("GRO-ALFEN-11", 1), ("GRO-INSTALL-1", 1)]
    assert order.field_confidence["products[0].partner_sku"] >= 0.9
    assert result.route == "auto"


def test_a_sentence_naming_a_code_stays_running_text():
    result = _extract("1 keer per jaar onderhoud; de klant koos de GRO-ALFEN-11.")
    assert result.orders[0].field_confidence["products[0].partner_sku"] < 0.9
    assert result.route == "review"


def test_behind_a_label_nobody_knows_the_count_and_code_still_make_an_order_line():
    text = _ORDER.replace("PAKKET\n{products}", "Kit:   1 x GRO-ALFEN-11 (Alfen Eve 11 kW)")
    result = extract_message(message(text), partners(), backend="offline")
    assert result.orders[0].field_confidence["products[0].partner_sku"] >= 0.9
    assert result.route == "auto"


def test_a_products_heading_framed_by_rules_opens_the_order_lines():
    text = _ORDER.replace("PAKKET\n{products}", "— Producten —\n"
                          "GRO-ALFEN-11     Alfen Eve Single S-line 11 kW     1 st.")
    result = extract_message(message(text), partners(), backend="offline")
    assert result.orders[0].field_confidence["products[0].partner_sku"] >= 0.9
    assert result.route == "auto"
