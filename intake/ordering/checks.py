"""Checks every order meets, whichever way it came in, before it may skip a validator."""

from __future__ import annotations

import re

from extraction.schema import Order

# Normal forms (see the corpus README): Dutch "1234 AB" (no 0 first; SA/SD/SS are not
# issued) or Belgian four digits.
_DUTCH_POSTCODE = re.compile(r"^[1-9]\d{3} (?!SA|SD|SS)[A-Z]{2}$")
_BELGIAN_POSTCODE = re.compile(r"^[1-9]\d{3}$")


def is_valid_postcode(postal_code: str | None) -> bool:
    return bool(postal_code) and bool(
        _DUTCH_POSTCODE.match(postal_code) or _BELGIAN_POSTCODE.match(postal_code)
    )


def address_problems(order: Order) -> list[str]:
    """Why the order's address cannot be trusted as it stands (empty when it can)."""
    postal_code = order.customer.address.postal_code
    if not postal_code:
        return ["invalid_address: no postcode"]
    if not is_valid_postcode(postal_code):
        return [f"invalid_address: postcode {postal_code!r} is not a Dutch or Belgian postcode"]
    return []
