"""Normal forms of corpus/README.md: the answers are compared in these forms."""

from __future__ import annotations

from datetime import date

import pytest

from extraction.dates import preferred_date
from extraction.normalize import (
    normalize_email,
    normalize_house_number,
    normalize_phone,
    normalize_postal_code,
)


@pytest.mark.parametrize(("written", "expected"), [
    ("Noel.vdBergh@hotmail.com", "noel.vdbergh@hotmail.com"),
    ("<jan@example.nl>", "jan@example.nl"),
    ("jan at example.nl", None),
    ("-", None),
])
def test_email_lower_case_or_nothing(written, expected):
    assert normalize_email(written) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("06-12345678", "+31612345678"),
    ("+31 6 2345 6789", "+31623456789"),
    ("0031612983344", "+31612983344"),
    ("+31 (0)6 41228790", "+31641228790"),
    ("010-4123456", "+31104123456"),
    ("06-98765432", "+31698765432"),
    ("+32 470 12 34 56", "+32470123456"),
    ("7700201154", None),  # a customer number, not a phone
    ("06-1234567", None),  # one digit short
    ("(030) 231 77 65", "+31302317765"),  # area code in brackets
    ("(12) 345678901", None),  # brackets without a leading 0: not a phone
])
def test_phone_e164_dutch_by_default(written, expected):
    assert normalize_phone(written) == expected


def test_belgian_national_number_with_belgian_region():
    assert normalize_phone("0475 12 34 56", "BE") == "+32475123456"


@pytest.mark.parametrize(("written", "expected"), [
    ("3572AB", "3572 AB"),
    ("3817 kb", "3817 KB"),
    ("2018", "2018"),
    ("B-2018", "2018"),
    ("12345", None),
    ("1234 SS", None),
])
def test_postcode_dutch_or_belgian(written, expected):
    assert normalize_postal_code(written) == expected


@pytest.mark.parametrize(("number", "addition", "expected"), [
    ("14", "A", "14A"),
    ("7", "bis", "7bis"),
    ("12-3", None, "12-3"),
    ("12-A", None, "12-A"),  # as written, only spaces go
    ("9", "bis", "9bis"),
    ("8 A", None, "8A"),
    ("23", "2", "23-2"),
    ("61", "a", "61A"),
    ("52", "", "52"),
    ("Kerkstraat", None, None),
])
def test_house_number_with_its_addition(number, addition, expected):
    assert normalize_house_number(number, addition) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("21 juli 2025", date(2025, 7, 21)),
    ("03-08-2026", date(2026, 8, 3)),  # day first
    ("3 Aug 2026", date(2026, 8, 3)),
    ("2025-09-29", date(2025, 9, 29)),
    ("20 March 2026.", date(2026, 3, 20)),
    ("23/03/2026", date(2026, 3, 23)),
    ("zelfde dag als de buren (24-11-2026)", date(2026, 11, 24)),
    ("zo snel mogelijk", None),
    ("asap", None),
    ("begin maart", None),
    ("week van 22 juni", None),
    ("2 of 3 maart 2026", None),
    ("vóór 15 augustus", None),
    ("21-03-2026 - niet mogelijk, klant belt zelf", None),  # ruled out, not wished
    ("not on 3 Aug 2026", None),
])
def test_preferred_date_iso_or_null_for_vague_wishes(written, expected):
    assert preferred_date(written, date(2025, 6, 1)) == expected


def test_date_without_year_takes_the_next_one_after_the_message():
    assert preferred_date("vrijdag 2 oktober", date(2026, 9, 1)) == date(2026, 10, 2)
    assert preferred_date("12 januari", date(2026, 11, 20)) == date(2027, 1, 12)


def test_evaluation_compares_house_numbers_as_the_corpus_readme_says():
    from extraction.evaluation import comparable

    path = "customer.address.house_number"  # no spaces, any case; nothing more forgiven
    assert comparable(path, "27 a") == comparable(path, "27A")
    assert comparable(path, "27-A") != comparable(path, "27A")
    assert comparable(path, "12-3") != comparable(path, "123")


def test_quantity_written_with_a_leading_times_sign():
    from extraction.normalize import normalize_quantity

    assert normalize_quantity("×1") == 1
    assert normalize_quantity("x 2") == 2
    assert normalize_quantity("3x") == 3
    assert normalize_quantity("x") is None


@pytest.mark.parametrize("written", ["zie bijlage", "Onbekend", "volgt", "n.t.b.",
                                     "see attachment", "nog niet bekend", "TBD", "???"])
def test_placeholders_are_no_name_street_or_city(written):
    from extraction.normalize import normalize_city, normalize_name, normalize_street

    assert normalize_name(written) is None
    assert normalize_street(written) is None
    assert normalize_city(written) is None


def test_a_placeholder_name_keeps_the_order_from_going_straight_through():
    from extraction import extract_message
    from tests.extraction.builders import GROENDUS_ORDER, message, partners

    text = GROENDUS_ORDER.replace("Naam: Sanne de Vries", "Naam: zie bijlage")
    result = extract_message(message(text), partners(), backend="offline")
    assert result.orders[0].customer.name is None
    assert result.route == "review"


def test_a_name_or_street_with_a_remark_in_brackets_is_not_taken_as_it_stands():
    from extraction.normalize import normalize_name, normalize_street

    assert normalize_name("Sanne de Vries (dochter van de klant)") is None
    assert normalize_name("Sanne de Vries / Piet de Vries") is None
    assert normalize_name("Jan en Marieke de Vries") == "Jan en Marieke de Vries"
    assert normalize_name("Sanne de Vries - 06 1234 5678") is None  # a phone run into it
    assert normalize_name("Sanne sanne@gmail.com") is None
    assert normalize_name("Installatiebedrijf 2000 B.V.") == "Installatiebedrijf 2000 B.V."
    assert normalize_street("Biltstraat (hoek Nachtegaalstraat)") is None


def test_a_quantity_range_is_no_stated_quantity():
    from extraction.offline.products import parse_product_line
    from tests.extraction.builders import partner

    groendus = partner("groendus")
    stated = parse_product_line("GRO-ALFEN-11 | aantal: 2", groendus, exclude=set())
    assert (stated[0].quantity, stated[0].quantity_stated) == (2, True)
    ranged = parse_product_line("GRO-ALFEN-11 | aantal: 1-2", groendus, exclude=set())
    assert ranged[0].quantity_stated is False
