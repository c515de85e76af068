"""The ORDER's scalar fields by path ("customer.address.postal_code"), and which are required.

Routing, verification, evaluation and the label vocabulary all speak in these paths.
"""

from __future__ import annotations

from datetime import date

from extraction import normalize
from extraction.dates import parse_any_date
from extraction.schema import Order

SCALAR_FIELDS = (
    "partner_order_id",
    "customer.name",
    "customer.email",
    "customer.phone",
    "customer.address.street",
    "customer.address.house_number",
    "customer.address.postal_code",
    "customer.address.city",
    "installation_preferences.preferred_date",
    "installation_preferences.notes",
    "partner_references.dealer_group_id",
    "partner_references.purchase_order",
    "partner_references.customer_account",
)

# Without these an order cannot be created and the customer cannot be reached.
REQUIRED_FIELDS = (
    "partner_order_id",
    "customer.name",
    "customer.email",
    "customer.phone",
    "customer.address.postal_code",
)
PRODUCTS = "products"

# The same fields by flat names, for flat shapes: the LLM's answer and web form fields.
FLAT_FIELD_PATHS = {
    "partner_order_id": "partner_order_id",
    "customer_name": "customer.name",
    "customer_email": "customer.email",
    "customer_phone": "customer.phone",
    "street": "customer.address.street",
    "house_number": "customer.address.house_number",
    "postal_code": "customer.address.postal_code",
    "city": "customer.address.city",
    "preferred_date": "installation_preferences.preferred_date",
    "notes": "installation_preferences.notes",
    "dealer_group_id": "partner_references.dealer_group_id",
    "purchase_order": "partner_references.purchase_order",
    "customer_account": "partner_references.customer_account",
}

# Conexiom's lesson: mandatory fields route at the order threshold, optional ones at 60 %.
OPTIONAL_FIELD_THRESHOLD = 0.60


def get_field(order: Order, path: str):
    obj = order
    for part in path.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def set_field(order: Order, path: str, value) -> None:
    *parents, last = path.split(".")
    obj = order
    for part in parents:
        obj = getattr(obj, part)
    setattr(obj, last, value)


def normalize_field(path: str, value, *, phone_region: str = "NL"):
    """The normal form of a value for a field path, or None when it is not a valid value."""
    if value is None:
        return None
    if path == "customer.email":
        return normalize.normalize_email(value)
    if path == "customer.phone":
        return normalize.normalize_phone(value, phone_region)
    if path == "customer.address.postal_code":
        return normalize.normalize_postal_code(value)
    if path == "customer.address.house_number":
        return normalize.normalize_house_number(value)
    if path == "customer.address.city":
        return normalize.normalize_city(value)
    if path == "customer.address.street":
        return normalize.normalize_street(value)
    if path == "customer.name":
        return normalize.normalize_name(value)
    if path == "installation_preferences.preferred_date":
        return value if isinstance(value, date) else parse_any_date(value)
    if path == "installation_preferences.notes":
        return normalize.normalize_notes(value)
    return normalize.normalize_identifier(value)


def is_required(path: str) -> bool:
    return path in REQUIRED_FIELDS or path.startswith(PRODUCTS)
