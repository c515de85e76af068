"""Closings that wish the reader well ("Fijne dag!", "Thanks a lot!") open the signature."""

import pytest

from extraction.lines import _CLOSING, build_lines
from extraction.pipeline import extract_message
from tests.extraction.builders import message, partners

_ORDER = """Ordernummer: ALVA-0127-003
Naam: Tess Hoogland
Adres: Duinweg 8
Postcode: 1901 NA
Plaats: Castricum
Telefoon: 06-12 87 43 09
E-mail: tess.hoogland@gmail.com
Producten: ALVA-PULSAR-11 (1x), ALVA-INST-3F (1x)

{closing}

Mila Jansen
Planner | Alva Charging
T +31 (0)20 820 4411
mila.jansen@alva-charging.nl
"""


@pytest.mark.parametrize("closing", ["Fijne dag!", "Thanks a lot!", "Thanks and kind regards,"])
def test_the_senders_number_below_the_closing_is_hers(closing):
    parsed = message(_ORDER.format(closing=closing), partner_id="alva")
    signature = [line.text for line in build_lines(parsed).lines if line.signature]
    assert "T +31 (0)20 820 4411" in signature
    result = extract_message(parsed, partners(), backend="offline")
    assert result.orders[0].customer.phone == "+31612874309"
    assert result.route == "auto"


@pytest.mark.timeout(20)
@pytest.mark.parametrize("start", ["", "met", "Met vriendelijke"])
def test_a_sea_of_blanks_after_a_closing_word_is_no_closing_and_read_at_once(start):
    # Two optional parts once shared the blanks every possible way: 16,000 took 3.6 s and
    # the time grew with the square of the line. Today's readers collapse such runs before
    # this pattern sees them; the pattern must not depend on that.
    assert _CLOSING.match(start + " " * 60_000 + "x") is None
