"""Verified confidence: each value's confidence comes from evidence outside any model.

A value counts for as much as the message supports it: written in the visible text (not
only in the sender's signature), valid for its kind, behind a label that names that field,
not contradicted elsewhere in the message or by the other backend. An order's confidence is
its weakest required field's. Nothing a backend says about itself raises a confidence; the
model's own doubts can lower it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from extraction.candidate import MODEL, Candidate, Claim
from extraction.coverage import mark_unread
from extraction.evidence import Locator, evidence_for
from extraction.fields import (
    OPTIONAL_FIELD_THRESHOLD,
    REQUIRED_FIELDS,
    SCALAR_FIELDS,
    get_field,
    normalize_field,
    set_field,
)
from extraction.lines import Line
from extraction.offline.draft import BARE_DATE, CORRECTION, LABELLED, LEARNED, PROSE
from extraction.offline.labels import IGNORED, PRODUCT_QUANTITY, field_for_label
from extraction.offline.products import parse_product_line
from extraction.partners import PartnerProfile
from extraction.schema import ExtractedOrder, Order
from extraction.single_item import unlabelled_count_on
from extraction.strays import mark_strays

# Where a value starts, by how it was found; the checks below only ever lower it.
LABELLED_FIELD = 0.97  # behind a label (or table column) that names this very field
LEARNED_LABEL = 0.95  # behind a label a validator taught us for this partner
RUNNING_TEXT = 0.55  # in the text, not behind a label naming the field: a person checks
CORRECTED = 0.80  # newer text corrects a quoted value: right more often than not, checked
BARE_LABEL = 0.50  # a future date behind a bare "Datum": order date or wish, a person decides
QUOTED_ONLY = 0.85  # the order stands in quoted or forwarded text under a cover note
CONFLICT = 0.50  # the message (or the other backend) states it differently
MODEL_DOUBT = 0.60  # the model itself said it was unsure
QUANTITY_ASSUMED = 0.85  # no quantity written: 1 assumed
SINGLE_ITEM = 0.92  # no quantity written, but an order line and nothing speaks of more than one
WRONG_PARTY = 0.20  # the sender's own phone or email, a signature's value
INVALID = 0.10  # fails its validator
NOT_IN_MESSAGE = 0.05  # written nowhere in the message: invented or hidden
UNMAPPED_SKU = 0.30
AGREEMENT_CEILING = 0.90  # two independent readings agree on running text

_PERSONAL = ("customer.",)  # values of these fields are not repeated in reasons


@dataclass
class VerifyContext:
    locator: Locator
    partner: PartnerProfile | None
    own_values: set[str]
    own_domains: set[str]
    reference: date | None
    comparisons: list[Candidate] = field(default_factory=list)  # the other backend's orders
    unread: dict[str, str] = field(default_factory=dict)  # see extraction.coverage
    strays: dict = field(default_factory=dict)  # see extraction.strays
    accounted: dict[str, set] = field(default_factory=dict)  # every order's values, by path
    more_than_one: bool = True  # the message speaks of a count above one (single_item.py)
    # Charger counts the text states that no product's quantity matches (None: "per woning").
    unmatched_counts: set = field(default_factory=set)


@dataclass
class _Field:
    confidence: float
    reasons: list[str]
    line: Line | None


def verify_order(candidate: Candidate, ctx: VerifyContext) -> ExtractedOrder:
    order = candidate.order
    other = _counterpart(order, ctx.comparisons)
    result = ExtractedOrder.model_validate(order.model_dump())
    for path in SCALAR_FIELDS:
        value = get_field(order, path)
        if value is None:
            if path in REQUIRED_FIELDS:
                result.field_confidence[path] = 0.0
                result.reasons.append(f"{path}: not found in the message")
            continue
        checked = _verify_scalar(path, value, candidate, ctx, other)
        by_model = candidate.claims.get(path, Claim(MODEL)).method == MODEL
        if checked.confidence <= NOT_IN_MESSAGE and by_model:
            # A model's value found nowhere in the message is dropped: null beats wrong.
            set_field(result, path, None)
            checked = _Field(0.0, ["not in the message (the model's value was dropped)"], None)
        _record(result, path, checked)
    _verify_products(result, candidate, ctx, other)
    _check_address_complete(result)
    mark_unread(result, ctx.unread)
    mark_strays(result, ctx.strays, ctx.accounted)
    result.confidence = order_confidence(result)
    return result


INCOMPLETE_ADDRESS = 0.50


def _check_address_complete(order: ExtractedOrder) -> None:
    """An installer needs street and house number; without them the address is not one."""
    address = order.customer.address
    if not any((address.street, address.house_number, address.postal_code, address.city)):
        return  # no address at all: the required postcode already says so
    for path, value in (("customer.address.street", address.street),
                        ("customer.address.house_number", address.house_number)):
        if value is None:
            order.field_confidence[path] = INCOMPLETE_ADDRESS
            order.reasons.append(f"{path}: missing, so the address is incomplete")


def _record(result: ExtractedOrder, path: str, checked: _Field) -> None:
    result.field_confidence[path] = round(checked.confidence, 3)
    result.reasons.extend(f"{path}: {reason}" for reason in checked.reasons)
    if checked.line is not None:
        result.evidence[path] = evidence_for(checked.line)


def order_confidence(order: ExtractedOrder) -> float:
    """The weakest required field; an optional field counts only once it falls below 60 %."""
    scores = []
    for path, confidence in order.field_confidence.items():
        required = path in REQUIRED_FIELDS or path.startswith("products")
        if required or confidence < OPTIONAL_FIELD_THRESHOLD:
            scores.append(confidence)
    return round(min(scores), 3) if scores else 0.0


def _verify_scalar(path, value, candidate: Candidate, ctx: VerifyContext, other) -> _Field:
    claim = candidate.claims.get(path, Claim(MODEL))
    if normalize_field(path, value) is None:
        return _Field(INVALID, [f"not a valid {path.rsplit('.', 1)[-1].replace('_', ' ')}"], None)
    if path in _TEXT_FIELDS and _starts_with_label(str(value)):
        return _Field(INVALID, ["begins with a field label: a misread line"], None)
    hits = ctx.locator.find(path, value)
    outside_signature = [line for line in hits if not line.signature]
    if not hits:
        return _Field(NOT_IN_MESSAGE, ["not in the message"], None)
    if not outside_signature:
        return _Field(WRONG_PARTY, ["only in the sender's signature or footer"], hits[0])
    line = claim.line if claim.line is not None else outside_signature[0]
    confidence, reasons = _start(path, value, claim, outside_signature, ctx)
    for check in (_party_check, _date_check):
        cap, reason = check(path, value, ctx)
        if reason:
            confidence, reasons = min(confidence, cap), [*reasons, reason]
    confidence, reasons = _cross_checks(path, value, candidate, other, confidence, reasons)
    return _Field(confidence, reasons, line)


_TEXT_FIELDS = ("customer.name", "customer.address.street", "customer.address.city")


def _starts_with_label(value: str) -> bool:
    """"Naam Marloes Verhoeven": a label read as part of the value."""
    words = value.split()
    for n in (1, 2, 3):
        found = field_for_label(" ".join(words[:n])) if len(words) > n else None
        if found and found != IGNORED:
            return True
    return False


def _start(path, value, claim: Claim, hits: list[Line], ctx) -> tuple[float, list[str]]:
    if claim.method == BARE_DATE:
        return BARE_LABEL, ["behind a bare 'Datum' label: the order date or the wish?"]
    if claim.method == CORRECTION:
        return CORRECTED, ["corrected by newer text in the message"]
    if claim.method == LEARNED:
        return LEARNED_LABEL, []
    if claim.method == LABELLED:
        return LABELLED_FIELD, []
    labelled = [line for line in hits if ctx.locator.supports(line, path, value)]
    if claim.method == MODEL and labelled:
        newest = min(line.depth for line in labelled)
        return (LABELLED_FIELD if newest == 0 else QUOTED_ONLY), []
    return RUNNING_TEXT, ["read from running text, not from a labelled field"]


def _party_check(path, value, ctx: VerifyContext) -> tuple[float, str | None]:
    own_email = value in ctx.own_values or str(value).split("@")[-1] in ctx.own_domains
    if path == "customer.email" and own_email:
        return WRONG_PARTY, "the sender's own address, not the customer's"
    if path == "customer.phone" and value in ctx.own_values:
        return WRONG_PARTY, "the sender's own number (signature), not the customer's"
    return 1.0, None


def _date_check(path, value, ctx: VerifyContext) -> tuple[float, str | None]:
    if path != "installation_preferences.preferred_date" or ctx.reference is None:
        return 1.0, None
    if value < ctx.reference - timedelta(days=1):
        return CONFLICT, "lies before the message was sent"
    if value > ctx.reference + timedelta(days=730):
        return CONFLICT, "more than two years ahead"
    return 1.0, None


def _cross_checks(path, value, candidate: Candidate, other, confidence, reasons):
    shown = "" if path.startswith(_PERSONAL) else f" ({value})"
    if candidate.quoted and path not in candidate.replaced and confidence > QUOTED_ONLY:
        confidence = QUOTED_ONLY
        reasons = [*reasons, "the order stands in quoted or forwarded text"]
    if path in candidate.conflicts:
        confidence = min(confidence, CONFLICT)
        reasons = [*reasons, f"stated differently in another part of the message{shown}"]
    if path in candidate.doubts:
        confidence = min(confidence, MODEL_DOUBT)
        reasons = [*reasons, "the model marked it as uncertain"]
    if other is not None:
        theirs = get_field(other.order, path)
        if theirs is not None and str(theirs).casefold() != str(value).casefold():
            confidence = min(confidence, CONFLICT)
            reasons = [*reasons, "the offline reading and the model's differ"]
        elif theirs is not None and confidence < AGREEMENT_CEILING:
            confidence = min(AGREEMENT_CEILING, confidence + 0.15)
            reasons = [*reasons, "confirmed by the other backend"]
    return confidence, reasons


def _counterpart(order: Order, comparisons: list[Candidate]) -> Candidate | None:
    """The other backend's reading of the same order: same order id, else the only one."""
    if order.partner_order_id:
        for candidate in comparisons:
            theirs = candidate.order.partner_order_id
            if theirs and theirs.casefold() == order.partner_order_id.casefold():
                return candidate
    return comparisons[0] if len(comparisons) == 1 else None


def _verify_products(result: ExtractedOrder, candidate: Candidate, ctx, other) -> None:
    if not result.products:
        result.field_confidence["products"] = 0.0
        result.reasons.append("products: none found")
        return
    theirs = _product_multiset(other.order) if other is not None else None
    for i, product in enumerate(result.products):
        claim = candidate.claims.get(f"products[{i}]", Claim(MODEL))
        sku = _verify_sku(product.partner_sku, claim, ctx)
        quantity = _verify_quantity(product, claim, sku.line, ctx)
        if theirs is not None and theirs != _product_multiset(candidate.order):
            sku = _Field(min(sku.confidence, CONFLICT),
                         [*sku.reasons, "the offline reading and the model's list differ"], sku.line)
        if "products" in candidate.conflicts:
            sku = _Field(min(sku.confidence, CONFLICT),
                         [*sku.reasons, "another part of the message lists other products"],
                         sku.line)
        _record(result, f"products[{i}].partner_sku", sku)
        _record(result, f"products[{i}].quantity", quantity)


def _verify_sku(sku: str | None, claim: Claim, ctx: VerifyContext) -> _Field:
    partner = ctx.partner
    if not sku:
        return _Field(UNMAPPED_SKU, ["no SKU, only a description"], claim.line)
    hits = [line for line in ctx.locator.find("partner_order_id", sku) if not line.signature]
    if not hits:
        return _Field(NOT_IN_MESSAGE, ["not in the message"], None)
    line = claim.line or hits[0]
    mapping = partner.sku_mapping if partner else {}
    if sku.upper() not in {s.upper() for s in mapping}:
        owner = partner.name if partner else "the (unknown) partner"
        return _Field(UNMAPPED_SKU, [f"{sku} not in {owner}'s mapping"], line)
    if claim.method == PROSE:
        return _Field(RUNNING_TEXT, ["named in running text, not in an order line"], line)
    if claim.method == CORRECTION:
        return _Field(CORRECTED, ["corrected or added by newer text in the message"], line)
    return _Field(LABELLED_FIELD, [], line)


def _verify_quantity(product, claim: Claim, line: Line | None, ctx: VerifyContext) -> _Field:
    found = _quantity_as_read(product, claim, line, ctx)
    if ctx.unmatched_counts and found.confidence > CONFLICT:
        # "1x ALVA-PULSAR-11" on the order line, "graag 2 stuks" in the remarks: which one
        # holds is for a person to decide (extraction.single_item.written_counts).
        counts = sorted(ctx.unmatched_counts, key=lambda n: n or 0)
        shown = ", ".join("a count per house or address" if n is None else str(n) for n in counts)
        return _Field(CONFLICT, [*found.reasons, f"the text also states {shown}"], found.line)
    return found


def _quantity_as_read(product, claim: Claim, line: Line | None, ctx: VerifyContext) -> _Field:
    if claim.method != MODEL:
        if claim.quantity_stated:
            return _Field(LABELLED_FIELD, [], line)
        if _one_goes_without_saying(claim, line, ctx):
            return _Field(SINGLE_ITEM, [], line)
        return _Field(QUANTITY_ASSUMED, ["quantity not stated (1 assumed)"], line)
    if line is None or not product.partner_sku:
        return _Field(RUNNING_TEXT, ["quantity not checked against an order line"], line)
    written = _written_quantity(product.partner_sku, line, ctx)
    if written is None and product.quantity == 1:
        return _Field(QUANTITY_ASSUMED, ["quantity not stated (1 assumed)"], line)
    if written == product.quantity:
        return _Field(LABELLED_FIELD, [], line)
    return _Field(CONFLICT, [f"quantity {product.quantity} not found beside the SKU"], line)


def _one_goes_without_saying(claim: Claim, line: Line | None, ctx: VerifyContext) -> bool:
    """An order line that states no count, in a message where nothing speaks of more than one:
    one is what a validator would read too (extraction.single_item)."""
    if claim.method != LABELLED or line is None:
        return False  # running text and corrections keep their own doubt
    return not ctx.more_than_one and not unlabelled_count_on(line)


def _written_quantity(sku: str, line: Line, ctx: VerifyContext) -> int | None:
    """The quantity the order line states for this SKU: its column, or "2x", "aantal: 2"."""
    for column, cell in zip(line.header_fields, line.cells, strict=False):
        if column == PRODUCT_QUANTITY and cell.strip().isdigit():
            return int(cell)
    mentions = parse_product_line(line.text, ctx.partner, exclude=set(), order_line=True)
    stated = [m for m in mentions if m.sku.upper() == sku.upper() and m.quantity_stated]
    return stated[0].quantity if stated else None


def _product_multiset(order: Order) -> list[tuple[str, int]]:
    return sorted((str(p.partner_sku or "").upper(), p.quantity) for p in order.products)
