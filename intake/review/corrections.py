"""What the validator changed, field by field, stored so the extractor learns per partner.

A correction names the field by its plain path ("customer.phone"), because the partner
profile's learned labels map a label in the partner's mail to such a path
(``storage.partners.partner_profiles``). The label is looked up in the message by the
extractor's own ``find_label_for_value`` when it is there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from extraction.fields import get_field
from extraction.parsed import ParsedMessage
from extraction.schema import ExtractedOrder, ExtractionResult
from intake.review.validation import FIELD_LABELS
from storage.models import Correction, ReviewItem

SCALAR_PATHS = tuple(FIELD_LABELS)


@dataclass(frozen=True)
class FieldChange:
    field: str  # "customer.phone", "products", "kind", "refers_to", "orders"
    before: str | None
    after: str | None
    order_index: int | None = None


def field_changes(proposal: ExtractionResult, corrected: ExtractionResult) -> list[FieldChange]:
    changes = []
    for name in ("kind", "refers_to"):
        before, after = _text(getattr(proposal, name)), _text(getattr(corrected, name))
        if before != after:
            changes.append(FieldChange(name, before, after))
    if corrected.kind != "order":
        return changes
    if len(proposal.orders) != len(corrected.orders):
        changes.append(FieldChange("orders", str(len(proposal.orders)), str(len(corrected.orders))))
    for index, order in enumerate(corrected.orders):
        original = proposal.orders[index] if index < len(proposal.orders) else ExtractedOrder()
        changes.extend(_order_changes(original, order, index))
    return changes


def _order_changes(before: ExtractedOrder, after: ExtractedOrder, index: int):
    for path in SCALAR_PATHS:
        old, new = _text(get_field(before, path)), _text(get_field(after, path))
        if old != new:
            yield FieldChange(path, old, new, index)
    old, new = _products_text(before), _products_text(after)
    if old != new:
        yield FieldChange("products", old, new, index)


def record_corrections(
    session: Session, item: ReviewItem, parsed: ParsedMessage | None,
    changes: list[FieldChange], validator: str, partner_id: str | None,
) -> list[Correction]:
    find_label = _label_finder() if parsed is not None else None
    rows = []
    for change in changes:
        label = None
        if find_label is not None and change.after and change.field in SCALAR_PATHS:
            label = find_label(parsed, change.after)
        row = Correction(
            partner_id=partner_id, review_item_id=item.id, field=change.field,
            extracted_value=change.before, corrected_value=change.after,
            source_label=label[:200] if label else None, validator=validator,
        )
        session.add(row)
        rows.append(row)
    return rows


def _label_finder():
    """The extractor's label lookup, when the extractor provides one."""
    try:
        from extraction import find_label_for_value
    except ImportError:
        return None
    return find_label_for_value


def _products_text(order: ExtractedOrder) -> str | None:
    lines = sorted(f"{(p.partner_sku or p.description or '?')} x{p.quantity}"
                   for p in order.products)
    return "; ".join(lines) or None


def _text(value) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else str(value)

