"""Quantities written as "1 stuk" or a closing "× 1" / "x1" are stated, not assumed."""

import pytest

from extraction.offline.products import parse_product_line
from extraction.pipeline import extract_message
from tests.extraction.builders import message, partner, partners


@pytest.mark.parametrize(("line", "quantity"), [
    ("ALVA-PULSAR-11   Pulsar Plus 11 kW    1 stuk", 1),
    ("ALVA-PULSAR-11 (Pulsar Plus 11 kW) x1", 1),
    ("ALVA-PULSAR-11 | Pulsar Plus 11 kW × 2", 2),
])
def test_the_quantity_is_stated(line, quantity):
    [mention] = parse_product_line(line, partner("alva"), exclude=set())
    assert (mention.quantity, mention.quantity_stated) == (quantity, True)
    assert mention.description == "Pulsar Plus 11 kW"


@pytest.mark.parametrize(("line", "quantity", "stated"), [
    ("ALVA-KABEL-10M kabel 2,5 x 6", 1, False),
    ("ALVA-KABEL-10M kabel 5 x 6 mm²", 1, False),  # five cores of 6 mm², one cable
    ("ALVA-KABEL-10M kabel 5 x 6 mm² (1x)", 1, True),
    ("ALVA-KABEL-10M kabel 5x6 mm², 2x", 2, True),
])
def test_a_size_is_no_multiplier(line, quantity, stated):
    [mention] = parse_product_line(line, partner("alva"), exclude=set())
    assert (mention.quantity, mention.quantity_stated) == (quantity, stated)


def test_an_order_with_quantities_in_words_goes_straight_through():
    text = """Ordernummer: ALVA-0301-004
Naam: Petra Smit
E-mail: petra.smit@example.nl
Telefoon: 06-23456789
Adres: Dorpsstraat 12
Postcode: 3881 EH
Plaats: Putten

Producten:
ALVA-PULSAR-11   Pulsar Plus 11 kW    1 stuk
ALVA-INST-3F     installatie 3-fase   1 stuk
"""
    result = extract_message(message(text, partner_id="alva"), partners(), backend="offline")
    assert result.orders[0].field_confidence["products[0].quantity"] >= 0.9
    assert result.route == "auto"
