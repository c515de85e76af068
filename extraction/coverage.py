"""Values the extractor saw but could not place: a date, phone, email or postcode behind a
label it does not know ("Plandatum: 12-03-2026", a column "install_when"); a value behind a
label it does know that does not read as that field ("Dealer: Autohaus X (ID DG-17)",
"Telefoon: 06-1234 of 06-5678"); a future date behind a bare "Datum" column, which may be
the wish as easily as the order date.

Such a value may be exactly the field the order lacks, so that field is marked as unsure
instead of silently null: the order waits for a person, who also teaches us the label.
"""

from __future__ import annotations

from datetime import date, timedelta

from extraction.dates import VAGUE, find_dates, parse_any_date, preferred_date
from extraction.evidence import Locator
from extraction.fields import SCALAR_FIELDS, normalize_field
from extraction.normalize import (
    normalize_email,
    normalize_notes,
    normalize_phone,
    normalize_postal_code,
)
from extraction.offline import labels as L
from extraction.offline.address import (
    parse_full_address,
    split_postcode_city,
    split_street_number,
)
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
    """Field path -> the label whose value may be that field but was not read as it."""
    found: dict[str, str] = {}
    for line in locator.lines:
        if line.signature:
            continue
        for label, field, value in _labelled_values(line):
            if field is None:
                for path, fits in _KINDS:
                    if path not in found and fits(value):
                        found[path] = label
            elif field in SCALAR_FIELDS and _unreadable(field, value):
                found.setdefault(field, label)
            elif field in (L.POSTCODE_CITY, L.ADDRESS_FULL):
                for path in _unread_parts(field, value):
                    found.setdefault(path, label)
            elif field == L.IGNORED and label in _BARE_DATE_LABELS and _future(
                value, locator.reference
            ):
                found.setdefault("installation_preferences.preferred_date", label)
    return found


_BARE_DATE_LABELS = {"datum", "date"}  # order date or installation date: it does not say


def _labelled_values(line) -> list[tuple[str, str | None, str]]:
    """(label, the field it names or None, value) for a "label: value" line or table cells."""
    pairs = []
    if line.label and line.value and line.value.strip():
        pairs.append((line.label, line.field, line.value.strip()))
    if line.header_fields and line.cells:
        names = line.header_labels or [f"column {i + 1}" for i in range(len(line.cells))]
        pairs += [
            (name, column, cell.strip())
            for name, column, cell in zip(names, line.header_fields, line.cells, strict=False)
            if cell.strip()
        ]
    return pairs


def _unread_parts(field: str, value: str) -> list[str]:
    """The parts of a written address that could not be read from it."""
    if field == L.POSTCODE_CITY:
        postcode, city = split_postcode_city(value)
        parts = {"postal_code": postcode, "city": city}
    else:
        parts = parse_full_address(value)
    return [f"customer.address.{key}" for key, part in parts.items() if part is None]


def _unreadable(field: str, value: str) -> bool:
    """Something is written, but not a value of that field (an empty placeholder is not)."""
    if normalize_notes(value) is None:
        return False
    if field == "installation_preferences.preferred_date":
        # A vague wish is read as no date. But a hedged date ("dezelfde dag, na haar vader
        # (19-01-2027)", "week van 11 januari") may well be the wish: a person decides.
        return preferred_date(value) is None and (
            not VAGUE.search(value) or bool(find_dates(value)))
    return normalize_field(field, value) is None


def _future(value: str, reference: date | None) -> bool:
    day = parse_any_date(value)
    return day is not None and reference is not None and day > reference + timedelta(days=1)


def mark_unread(order: ExtractedOrder, unread: dict[str, str]) -> None:
    for path, label in unread.items():
        if _value(order, path) is not None:
            continue
        order.field_confidence[path] = min(order.field_confidence.get(path, UNREAD), UNREAD)
        order.reasons.append(f"{path}: not read, but a value that may be it stands behind "
                             f"the label {label!r}")


def _value(order: ExtractedOrder, path: str):
    value = order
    for part in path.split("."):
        value = getattr(value, part, None)
    return value
