"""Messages written to slip a wrong order through the straight-through route (red team,
2026-12-07): each went through with a wrong value before its fix."""

import pytest

from extraction.normalize import normalize_phone
from extraction.offline.address import split_street_number
from extraction.pipeline import extract_message
from tests.extraction.builders import message, partners

_ALVA = """Hoi ChargeCars-team,

Hierbij weer een nieuwe opdracht:

Ordernr: ALVA-1226-031
Klant: Joost Hermans
Adres: {address}
Tel: {phone}
Mail: joost.hermans@gmail.com
Wat: {what}
Wanneer: 14-01-2027
Bijz.: {remark}

Groet,
Sophie de Graaf
Planner | Alva Charging
"""


def _extract(address="Dorpsstraat 5, 5261 AB Vught", phone="06-22334455",
             what="1x ALVA-PULSAR-11 (Pulsar Plus 11 kW), 1x ALVA-INST-3F (installatie 3-fase)",
             remark="-", subject="Nieuwe opdracht"):
    text = _ALVA.format(address=address, phone=phone, what=what, remark=remark)
    parsed = message(text, partner_id="alva", subject=subject)
    return extract_message(parsed, partners(), backend="offline")


def test_the_plain_order_goes_through():
    result = _extract()
    assert result.route == "auto"
    assert result.orders[0].customer.address.street == "Dorpsstraat"


# --- addresses: what stands between the street and the split-off number -------------------

@pytest.mark.parametrize("address", [
    "Meir 12 bus 3, 2000 Antwerpen",  # went through as street "Meir 12 bus", number "3"
    "Kerkstraat 40 bte 2, 9000 Gent",
    "Dorpsstraat 5 en 7, 5261 AB Vught",  # two houses: street "Dorpsstraat 5 en", number 7
    "Dorpsstraat t/o 5, 5261 AB Vught",  # opposite number 5
])
def test_a_number_that_is_not_the_house_number_waits(address):
    result = _extract(address=address, phone="0470 12 34 56")
    assert result.route == "review"


@pytest.mark.parametrize(("written", "street", "number"), [
    ("Dorpsstraat nr. 5", "Dorpsstraat", "5"),  # was street "Dorpsstraat nr."
    ("Dorpsstraat no 5", "Dorpsstraat", "5"),
    ("Laan 1940-1945 nr 8", "Laan 1940-1945", "8"),
    ("Plein 1944 12", "Plein 1944", "12"),  # a year in the street's name stays
    ("Meir 12 bus 3", None, None),
    ("Den Hoek 4", "Den Hoek", "4"),
])
def test_street_and_number(written, street, number):
    assert split_street_number(written) == (street, number)


def test_the_number_word_is_no_part_of_the_street():
    result = _extract(address="Dorpsstraat nr. 5, 5261 AB Vught")
    assert result.orders[0].customer.address.street == "Dorpsstraat"
    assert result.orders[0].customer.address.house_number == "5"


# --- phones: a Dutch mobile beside a Belgian postcode --------------------------------------

def test_a_dutch_mobile_beside_a_belgian_postcode_stays_dutch():
    # Went through as +32622334455: Belgian numbers have eight digits after the 0 (mobiles
    # 04.. nine), so a ten-digit 06 number can only be Dutch.
    result = _extract(address="Meir 12, 2000 Antwerpen", phone="06-22334455")
    assert result.orders[0].customer.phone == "+31622334455"


@pytest.mark.parametrize(("written", "region", "e164"), [
    ("06-22334455", "BE", None),
    ("0470 12 34 56", "BE", "+32470123456"),
    ("09 223 45 67", "BE", "+3292234567"),
    ("06-22334455", "NL", "+31622334455"),
])
def test_belgian_reading(written, region, e164):
    assert normalize_phone(written, region) == e164


# --- quantities: a count written elsewhere than on the order line --------------------------

@pytest.mark.parametrize("remark", [
    "graag 2 stuks, de klant heeft twee auto's",
    "Aantal laadpalen: 2",
    "twee extra laadpunten op de oprit",
])
def test_a_count_in_the_remarks_that_contradicts_the_order_line_waits(remark):
    # "1x ALVA-PULSAR-11" on the line, two chargers in the remarks: went through as 1.
    result = _extract(remark=remark)
    assert result.orders[0].field_confidence["products[0].quantity"] < 0.9
    assert result.route == "review"


def test_a_count_per_house_waits():
    result = _extract(what="1x ALVA-PULSAR-11 (Pulsar Plus 11 kW) per woning, 3 woningen")
    assert result.route == "review"


def test_a_count_the_order_accounts_for_goes_through():
    result = _extract(
        what="2x ALVA-PULSAR-11 (Pulsar Plus 11 kW), 1x ALVA-INST-3F (installatie 3-fase)",
        remark="De 2 laadpalen naast elkaar op de oprit.")
    assert [p.quantity for p in result.orders[0].products] == [2, 1]
    assert result.route == "auto"


def test_a_count_of_orders_in_the_subject_is_no_count_of_chargers():
    result = _extract(subject="Opdrachten week 2 (1 stuks)")
    assert result.route == "auto"


def test_the_new_patterns_stay_linear():
    import time

    from extraction.single_item import written_counts

    class _Line:
        signature = False

        def __init__(self, text):
            self.text = text

    start = time.perf_counter()
    written_counts("", [_Line(" " * 20000), _Line("2 " * 10000), _Line("aantal " * 5000)])
    split_street_number("Dorpsstraat" + " 5 en" * 4000 + " 7")
    split_street_number("Meir " + "1 " * 10000 + "bus 3")
    assert time.perf_counter() - start < 0.5
