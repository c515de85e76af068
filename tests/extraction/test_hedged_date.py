"""A date behind the wish's label but hedged ("na haar vader (19-01-2027)") stays unread
and waits for a person: it may be the wish, and a null must not go straight through."""

from __future__ import annotations

import pytest

from extraction import extract_message
from tests.extraction.builders import message, partners

TWO_ORDERS = """Twee opdrachten, graag op één dag.

1)
Ordernr: ALVA-1226-101
Klant: Henk Postma
Adres: Kerkstraat 41, 8601 EX Sneek
Tel: 0515-423198
Mail: h.postma@example.nl
Wat: 1x ALVA-PULSAR-11, 1x ALVA-INST-3F
Wanneer: 19-01-2027

2)
Ordernr: ALVA-1226-102
Klant: Wietske Postma
Adres: Harinxmaland 12, 8604 AD Sneek
Tel: 06-24961835
Mail: wietske@example.nl
Wat: 1x ALVA-PULSAR-22, 1x ALVA-INST-3F
Wanneer: {second}
"""


def _second_order(second: str):
    text = TWO_ORDERS.format(second=second)
    result = extract_message(message(text, partner_id="alva"), partners(), backend="offline")
    assert [o.partner_order_id for o in result.orders] == ["ALVA-1226-101", "ALVA-1226-102"]
    return result, result.orders[1]


@pytest.mark.parametrize("second", [
    "dezelfde dag, na haar vader (19-01-2027)",
    "liefst in de week van 25 januari 2027",
])
def test_a_hedged_date_is_not_read_and_sends_the_order_to_review(second):
    result, order = _second_order(second)
    assert order.installation_preferences.preferred_date is None
    assert order.field_confidence["installation_preferences.preferred_date"] < 0.90
    assert any("not read" in reason and "wanneer" in reason for reason in order.reasons)
    assert result.route == "review"


def test_a_vague_wish_without_a_date_is_no_date_and_no_doubt():
    result, order = _second_order("zo snel mogelijk")
    assert order.installation_preferences.preferred_date is None
    assert not any("preferred_date" in reason for reason in order.reasons)
    assert result.route == "auto"


def test_a_plain_date_is_read():
    result, order = _second_order("21-01-2027")
    assert str(order.installation_preferences.preferred_date) == "2027-01-21"
    assert result.route == "auto"
