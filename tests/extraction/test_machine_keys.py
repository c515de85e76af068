"""Machine `key = value` dumps: dotted keys name fields through the label vocabulary."""

from __future__ import annotations

import pytest

from extraction import extract_message
from extraction.offline.machine_keys import field_for_key
from tests.extraction.builders import message, partners


@pytest.mark.parametrize(("key", "field"), [
    ("order.id", "partner_order_id"),
    ("customer.number", "partner_references.customer_account"),
    ("customer.email", "customer.email"),
    ("address.number", "customer.address.house_number"),  # not the full address
    ("address.suffix", "address.addition"),
    ("address.zip", "customer.address.postal_code"),
    ("line[3].sku", "products.sku"),
    ("line[3].qty", "products.quantity"),
    ("install.preferred", "installation_preferences.preferred_date"),
    ("install.remarks", "installation_preferences.notes"),
    ("order.channel", None),
    ("address.colour", None),  # a section alone names nothing
])
def test_dotted_keys_name_their_field(key, field):
    assert field_for_key(key) == field


DUMP = """Fallback: deze opdracht komt per e-mail.
order.id          = GRD-2026-01999
customer.name     = Anke Vos
customer.email    = ANKE.VOS@EXAMPLE.NL
customer.phone    = 06 1234 5678
address.street    = Lindelaan
address.number    = 12
address.suffix    = b
address.zip       = 3511ab
address.city      = Utrecht
line[1].sku       = GRO-ALFEN-11
line[1].qty       = 2
install.preferred = 2026-04-20
install.remarks   =
"""


def test_a_key_value_dump_is_an_order():
    result = extract_message(message(DUMP), partners(), backend="offline")
    assert result.kind == "order"
    order = result.orders[0]
    assert order.partner_order_id == "GRD-2026-01999"
    assert order.customer.email == "anke.vos@example.nl"
    assert order.customer.address.house_number == "12B"
    assert order.customer.address.postal_code == "3511 AB"
    assert [(p.partner_sku, p.quantity) for p in order.products] == [("GRO-ALFEN-11", 2)]
    assert order.installation_preferences.notes is None
