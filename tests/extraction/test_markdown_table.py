"""A Markdown pipe table ("| Artikel | Omschrijving | Aantal |"): its outer pipes frame the row."""

from extraction.lines import table_cells
from extraction.pipeline import extract_message
from tests.extraction.builders import message, partners

_ORDER = """Opdrachtnummer: ESS-58000123
Naam: Rik Jansen
Straat: Kerkstraat
Huisnummer: 3
Postcode: 5801 AB
Plaats: Venray
E-mail: rik@example.nl
Telefoon: 06-12345678

| Artikel         | Omschrijving                     | Aantal |
|-----------------|----------------------------------|--------|
| ESS-WALLBOX-22  | Alfen Eve Double Pro-line 22 kW  |   2    |
| ESS-INSTALL-STD | Standaard installatie 3-fase     |   1    |
"""


def test_outer_pipes_are_no_cells():
    assert table_cells("| ESS-WALLBOX-22  | Alfen Eve 22 kW |   2    |") == [
        "ESS-WALLBOX-22", "Alfen Eve 22 kW", "2"]
    assert table_cells("Opmerking: kabel | 12 m") == ["Opmerking: kabel", "12 m"]


def test_the_quantity_column_of_a_markdown_table_is_read():
    result = extract_message(message(_ORDER, partner_id="essent"), partners(), backend="offline")
    order = result.orders[0]
    assert [(p.partner_sku, p.quantity) for p in order.products] == [
        ("ESS-WALLBOX-22", 2), ("ESS-INSTALL-STD", 1)]
    assert order.field_confidence["products[0].quantity"] >= 0.9
    assert result.route == "auto"
