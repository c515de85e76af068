"""What a validator may approve: the extractor's own normalisers decide, nothing looser.

``check_result`` returns the result in normal form (phone in E.164, postcode "1234 AB",
e-mail lower case), the problems that refuse approval, and warnings that do not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from extraction import normalize
from extraction.fields import get_field, set_field
from extraction.schema import ExtractedOrder, ExtractionResult

FIELD_LABELS: dict[str, str] = {
    "partner_order_id": "Partner order id",
    "customer.name": "Name",
    "customer.email": "E-mail",
    "customer.phone": "Phone",
    "customer.address.street": "Street",
    "customer.address.house_number": "House number",
    "customer.address.postal_code": "Postcode",
    "customer.address.city": "City",
    "installation_preferences.preferred_date": "Preferred date",
    "installation_preferences.notes": "Installation notes",
    "partner_references.dealer_group_id": "Dealer group",
    "partner_references.purchase_order": "Purchase order",
    "partner_references.customer_account": "Customer account",
}
TEXT_FIELDS = tuple(p for p in FIELD_LABELS if p != "installation_preferences.preferred_date")

# Fields whose value has one right form: a value that does not normalise is refused.
_STRICT: dict[str, tuple[Callable, str]] = {
    "customer.email": (normalize.normalize_email, "is not a valid e-mail address"),
    "customer.address.postal_code": (
        normalize.normalize_postal_code, "is not a Dutch (1234 AB) or Belgian (1234) postcode"),
    "customer.address.house_number": (
        normalize.normalize_house_number, "is not a house number (14, 14A, 12-3)"),
}


@dataclass
class CheckedResult:
    result: ExtractionResult
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_result(
    result: ExtractionResult, partner_skus: set[str] | None = None, today: date | None = None
) -> CheckedResult:
    checked = CheckedResult(result.model_copy(deep=True))
    out = checked.result
    if out.kind == "order":
        if not out.orders:
            checked.problems.append("An order message needs at least one order.")
        for index, order in enumerate(out.orders):
            _check_order(checked, order, _order_name(index, len(out.orders)), partner_skus,
                         today or date.today())
        _check_distinct_ids(checked)
    elif out.kind in ("cancellation", "status_question"):
        out.orders = []
        out.refers_to = normalize.clean_text(out.refers_to)
        if not out.refers_to:
            what = "cancelled" if out.kind == "cancellation" else "asked about"
            checked.problems.append(f"Give the partner order id of the order {what}.")
    else:
        out.orders, out.refers_to = [], None
    return checked


def _order_name(index: int, count: int) -> str:
    return f"Order {index + 1}: " if count > 1 else ""


def _sentence(name: str, text: str) -> str:
    return name + text if name else text[:1].upper() + text[1:]


def _check_order(checked, order: ExtractedOrder, name: str, partner_skus, today: date) -> None:
    for problem in normalise_order(order).values():
        checked.problems.append(_sentence(name, problem))
    _warn_incomplete(checked, order, name)
    _check_products(checked, order, name, partner_skus)
    preferred = order.installation_preferences.preferred_date
    if preferred is not None and preferred < today:
        when = f"{preferred:%d-%m-%Y}"
        checked.warnings.append(_sentence(name, f"the preferred date {when} lies in the past."))


def normalise_order(order: ExtractedOrder) -> dict[str, str]:
    """Put the order's fields in normal form, in place; what refuses approval, by field."""
    problems = {}
    for path in TEXT_FIELDS:
        value = normalize.clean_text(get_field(order, path))
        if value is not None and path in _STRICT:
            normaliser, complaint = _STRICT[path]
            normal = normaliser(value)
            if normal is None:
                problems[path] = f"{FIELD_LABELS[path]} {value!r} {complaint}."
            value = normal or value
        set_field(order, path, value)
    phone_problem = _normalise_phone(order)
    if phone_problem:
        problems["customer.phone"] = phone_problem
    for path, missing in _missing(order).items():
        problems.setdefault(path, missing)
    return problems


def _normalise_phone(order: ExtractedOrder) -> str | None:
    phone = order.customer.phone
    if phone is None:
        return None
    # A Belgian customer writes a Belgian number without +32.
    belgian = (order.customer.address.postal_code or "").isdigit()
    normal = normalize.normalize_phone(phone, "BE" if belgian else "NL")
    order.customer.phone = normal or phone
    if normal is None:
        return f"Phone {phone!r} is not a valid phone number (06 12345678, +31 20 1234567)."
    return None


def _missing(order: ExtractedOrder) -> dict[str, str]:
    customer, missing = order.customer, {}
    if not customer.name:
        missing["customer.name"] = "the customer's name is missing."
    if not customer.email and not customer.phone:
        missing["customer.email"] = "give an e-mail address or a phone number."
    if not customer.address.postal_code:
        missing["customer.address.postal_code"] = "the postcode is missing."
    return missing


def _warn_incomplete(checked, order: ExtractedOrder, name: str) -> None:
    missing = [FIELD_LABELS[p] for p in ("customer.address.street", "customer.address.house_number",
                                         "customer.address.city") if not get_field(order, p)]
    if missing:
        fields = ", ".join(missing).lower()
        checked.warnings.append(_sentence(name, f"no {fields} in the address."))
    if not order.partner_order_id:
        checked.warnings.append(
            _sentence(name, "no partner order id: duplicates cannot be recognised."))


def _check_products(checked, order: ExtractedOrder, name: str, partner_skus) -> None:
    kept = []
    for product in order.products:
        product.partner_sku = normalize.normalize_sku(product.partner_sku) or normalize.clean_text(
            product.partner_sku)
        product.description = normalize.clean_text(product.description)
        if not product.partner_sku and not product.description:
            continue  # an empty line left in the form
        if not 1 <= product.quantity <= 999:
            what = product.partner_sku or product.description
            checked.problems.append(
                _sentence(name, f"quantity {product.quantity} of {what} is not 1-999."))
        if partner_skus is not None and (product.partner_sku or "").upper() not in partner_skus:
            what = product.partner_sku or product.description
            checked.warnings.append(_sentence(name, f"{what!r} is not in the partner's SKU "
                                              "mapping: the order will be flagged for manual "
                                              "intervention."))
        kept.append(product)
    order.products = kept
    if not kept:
        checked.warnings.append(_sentence(name, "the order has no products."))


def _check_distinct_ids(checked: CheckedResult) -> None:
    ids = [o.partner_order_id for o in checked.result.orders if o.partner_order_id]
    for repeated in sorted({i for i in ids if ids.count(i) > 1}):
        checked.problems.append(
            f"Two orders have partner order id {repeated!r}: each order needs its own.")

