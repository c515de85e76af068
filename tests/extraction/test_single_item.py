"""A quantity nobody wrote: 1 counts as stated on an order line when nothing speaks of more."""

from extraction.pipeline import extract_message
from tests.extraction.builders import message, partners

_ORDER = """Ordernummer: ALVA-0301-004
Naam: Petra Smit
E-mail: petra.smit@example.nl
Telefoon: 06-23456789
Adres: Dorpsstraat 12
Postcode: 3881 EH
Plaats: Putten
Product: {product}
Opmerking: {note}
"""


def _extract(product="Pulsar Plus 11 kW (ALVA-PULSAR-11)", note="Paal aan de garagemuur."):
    text = _ORDER.format(product=product, note=note)
    return extract_message(message(text, partner_id="alva"), partners(), backend="offline")


def test_one_goes_without_saying_on_an_order_line():
    result = _extract()
    assert result.orders[0].products[0].quantity == 1
    assert result.orders[0].field_confidence["products[0].quantity"] >= 0.9
    assert result.route == "auto"


def test_a_count_word_anywhere_keeps_the_doubt():
    result = _extract(note="Twee laadpunten naast elkaar aan de garagemuur.")
    assert result.orders[0].field_confidence["products[0].quantity"] < 0.9
    assert result.route == "review"


def test_a_multiplier_of_two_in_the_subject_keeps_the_doubt():
    text = _ORDER.format(product="Pulsar Plus 11 kW (ALVA-PULSAR-11)", note="Garagemuur.")
    parsed = message(text, partner_id="alva", subject="Opdracht 2x Pulsar")
    result = extract_message(parsed, partners(), backend="offline")
    assert result.route == "review"


def test_a_bare_number_beside_the_product_keeps_the_doubt():
    result = _extract(product="ALVA-PULSAR-11 - 2 - Pulsar Plus 11 kW")
    assert result.orders[0].field_confidence["products[0].quantity"] < 0.9


def test_a_size_beside_the_product_is_no_count():
    result = _extract(product="ALVA-PULSAR-11 Pulsar Plus 11 kW, 3-fase, 10 m kabel")
    assert result.route == "auto"


def test_a_product_named_in_running_text_keeps_the_doubt():
    text = _ORDER.format(product="zie hieronder", note="Geen.").replace(
        "Product: zie hieronder\n", "") + "\nDe klant koos de ALVA-PULSAR-11, graag inplannen.\n"
    result = extract_message(message(text, partner_id="alva"), partners(), backend="offline")
    assert result.orders[0].field_confidence["products[0].quantity"] < 0.9
