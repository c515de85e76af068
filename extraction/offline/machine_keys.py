"""Machine ``key = value`` dumps ("customer.email = ...", "line[1].sku = ..."): which field
a dotted key names.

An order system that cannot reach the API sometimes mails its record as dotted keys. The
key's last part names the field within its section ("address.number" is the house number,
not a number qualifying the address); a section alone qualifies nothing else. Keys are
mapped through the same vocabulary as written labels, so an unknown key stays unknown.
"""

from __future__ import annotations

import re

from extraction.offline import labels as L

# "order.id", "line[1].qty", "install_address.zip": no spaces, at least one dot.
KEY_VALUE = re.compile(r"^\s*([A-Za-z][\w-]*(?:\[\d{1,3}\])?(?:\.[A-Za-z][\w-]*(?:\[\d{1,3}\])?)+)"
                       r"\s*=\s*(.*)$")

_ADDRESS_SECTIONS = {"address", "adres", "install address", "installation address", "site"}
_ADDRESS_LEAVES = {
    "number": "customer.address.house_number", "nr": "customer.address.house_number",
    "suffix": L.ADDITION, "addition": L.ADDITION, "toevoeging": L.ADDITION,
}
_INSTALL_SECTIONS = {"install", "installation", "installatie", "planning"}
_INSTALL_LEAVES = {
    "preferred": "installation_preferences.preferred_date",
    "date": "installation_preferences.preferred_date",
    "datum": "installation_preferences.preferred_date",
}


def key_label(key: str) -> str:
    """"line[1].sku" -> "line sku"; "customer.name" -> "customer name"."""
    return re.sub(r"\[\d{1,3}\]", "", key).replace(".", " ").replace("_", " ").lower()


def field_for_key(key: str, learned=None, partner_names=()) -> str | None:
    parts = [key_label(p) for p in re.sub(r"\[\d{1,3}\]", "", key).split(".")]
    section, leaf = " ".join(parts[:-1]), parts[-1]
    if section in _ADDRESS_SECTIONS:
        return _ADDRESS_LEAVES.get(leaf) or _address_part(L.field_for_label(leaf))
    if section in _INSTALL_SECTIONS and leaf in _INSTALL_LEAVES:
        return _INSTALL_LEAVES[leaf]
    return L.field_for_label(key_label(key), learned, partner_names)


def _address_part(field: str | None) -> str | None:
    return field if field and (field.startswith("customer.address.") or field in (
        L.ADDITION, L.ADDRESS_FULL, L.POSTCODE_CITY)) else None
