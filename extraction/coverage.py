"""Values the extractor saw but could not place: a date, phone, email or postcode behind a
label it does not know ("Plandatum: 12-03-2026", a column "install_when").

Such a value may be exactly the field the order lacks, so that field is marked as unsure
instead of silently null: the order waits for a person, who also teaches us the label.
"""

from __future__ import annotations

from extraction.dates import preferred_date
from extraction.evidence import Locator
from extraction.normalize import normalize_email, normalize_phone, normalize_postal_code
from extraction.offline.address import split_street_number
from extraction.schema import ExtractedOrder

UNREAD = 0.40

_KINDS = (
    ("installation_preferences.preferred_date", lambda v: preferred_date(v) is not None),
    ("customer.phone", lambda v: normalize_phone(v) is not None),
    ("customer.email", lambda v: normalize_email(v) is not None),
    ("customer.address.postal_code", lambda v: normalize_postal_code(v) is not None),
    ("customer.address.house_number", lambda v: all(split_street_number(v))),
)


def unread_values(locator: Locator) -> dict[str, str]:
    """Field path -> the unknown label whose value has that field's form."""
    found: dict[str, str] = {}
    for line in locator.lines:
        if line.signature:
            continue
        pairs = []
        if line.label and line.field is None and line.value:
            pairs.append((line.label, line.value))
        if line.header_fields and line.cells:
            pairs += [
                (f"column {i + 1}", cell) for i, (column, cell)
                in enumerate(zip(line.header_fields, line.cells, strict=False))
                if column is None and cell.strip()
            ]
        for label, value in pairs:
            for path, fits in _KINDS:
                if path not in found and fits(value.strip()):
                    found[path] = label
    return found


def mark_unread(order: ExtractedOrder, unread: dict[str, str]) -> None:
    for path, label in unread.items():
        if _value(order, path) is not None:
            continue
        order.field_confidence[path] = min(order.field_confidence.get(path, UNREAD), UNREAD)
        order.reasons.append(f"{path}: not read, but such a value stands behind the "
                             f"unrecognised label {label!r}")


def _value(order: ExtractedOrder, path: str):
    value = order
    for part in path.split("."):
        value = getattr(value, part, None)
    return value
