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


# --- kinds: a cancel or status word that does not mean what it seems -----------------------

def _kind(text, partner_id="groendus", subject="Order GRD-2026-01234"):
    parsed = message(text, partner_id=partner_id, subject=subject)
    return extract_message(parsed, partners(), backend="offline")


def test_a_negated_cancellation_waits():
    # Went straight through as a cancellation of the order the customer wants to keep.
    result = _kind("Hallo,\n\nOrder GRD-2026-01234 hoeft NIET geannuleerd te worden, de klant "
                   "heeft zich bedacht en wil toch de laadpaal.\n\nGroet,\nKarin Mulder\n")
    assert result.route == "review"


@pytest.mark.parametrize("text", [
    ("Voor order GRD-2026-01234: de afspraak van 21-03 graag annuleren, de klant is dan op "
     "vakantie. Nieuwe datum volgt."),
    ("Please cancel the installation appointment for GRD-2026-01234 on 20 March; the "
     "customer will call you to reschedule."),
])
def test_cancelling_an_appointment_that_moves_waits(text):
    result = _kind(f"Hallo,\n\n{text}\n\nGroet,\nKarin\n")
    assert result.kind == "cancellation"
    assert result.route == "review"


def test_a_plain_cancellation_still_goes_through():
    result = _kind("Hallo,\n\nDe klant wil toch niet meer: graag order GRD-2026-01234 annuleren."
                   "\nEr worden geen annuleringskosten doorberekend.\n\nGroet,\nKarin\n")
    assert (result.kind, result.refers_to, result.route) == (
        "cancellation", "GRD-2026-01234", "auto")


@pytest.mark.parametrize("change", [
    "Overigens wil hij de installatie nu op 3 maart in plaats van 24 februari.",
    "Het telefoonnummer van de klant is gewijzigd naar 06-11223344.",
])
def test_a_status_question_that_also_changes_the_order_waits(change):
    text = (f"Goedemiddag,\n\nWat is de status van opdracht ENE-2026-114502? De klant heeft nog "
            f"niets gehoord. {change}\n\nMet vriendelijke groet,\nRenée Visser\n")
    result = _kind(text, partner_id="eneco", subject="Status ENE-2026-114502")
    assert result.kind == "status_question"
    assert result.route == "review"


def test_a_plain_status_question_still_goes_through():
    text = ("Goedemiddag,\n\nWat is de status van opdracht ENE-2026-114502? De klant heeft nog "
            "niets gehoord.\n\nMet vriendelijke groet,\nRenée Visser\n")
    result = _kind(text, partner_id="eneco", subject="Status ENE-2026-114502")
    assert (result.kind, result.route) == ("status_question", "auto")


def test_an_order_that_also_cancels_another_waits():
    # Went through as a plain order; the cancellation of ALVA-1126-004 was lost.
    result = _extract(remark="vervangt opdracht ALVA-1126-004 (die mag vervallen)")
    assert result.kind == "order"
    assert result.route == "review"


def test_the_kind_patterns_stay_linear():
    import time

    from extraction import verify_kind as V

    start = time.perf_counter()
    for text in (" " * 20000, "niet " * 4000, "annulering " * 2000 + "x", "hoeft niet " * 2000):
        for pattern in (V._NEGATED_CANCEL, V._RESCHEDULE, V._CHANGE, V._ORDER_ALSO_CANCELS):
            pattern.search(text)
    assert time.perf_counter() - start < 0.5
