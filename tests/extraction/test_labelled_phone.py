"""A phone column that lost the "+": read behind a phone label only, and verified there."""

from __future__ import annotations

import pytest

from extraction import extract_message
from extraction.normalize import normalize_labelled_phone, normalize_phone
from tests.extraction.builders import message, partners


@pytest.mark.parametrize(("written", "phone"), [
    ("31650123987", "+31650123987"),
    ("32475316290", "+32475316290"),
    ("06 1234 5678", "+31612345678"),  # written as people write it: unchanged
    ("650123987", None),  # nine digits: a national number without its 0, or an id
    ("3165012398", None),  # too short for a Dutch number with its country code
    ("49301234567", None),  # other countries' codes are not guessed
])
def test_labelled_phone(written, phone):
    assert normalize_labelled_phone(written) == phone


def test_a_bare_digit_run_is_still_no_phone_elsewhere():
    assert normalize_phone("31650123987") is None


ORDER = """Ordernummer: ESS-59104477
Naam: Koen van Aalst
Telefoon: 31631415927
E-mail: koen@gmail.com
Adres: Beukenlaan 7c, 5616VD Eindhoven
Artikel: 1x ESS-WALLBOX-22
"""


def test_a_phone_without_plus_behind_its_label_is_read_and_verified():
    result = extract_message(message(ORDER, partner_id="essent"), partners(), backend="offline")
    order = result.orders[0]
    assert order.customer.phone == "+31631415927"
    assert order.field_confidence["customer.phone"] >= 0.9


def test_the_same_digits_behind_another_label_are_no_phone():
    text = ORDER.replace("Telefoon: 31631415927", "Klantnummer: 31631415927")
    result = extract_message(message(text, partner_id="essent"), partners(), backend="offline")
    assert result.orders[0].customer.phone is None
