"""What a validator's correction teaches: the label the right value stood behind.

The review app calls ``find_label_for_value(parsed, corrected_value)``; when the value was
written as "Installatie gewenst op: 12-03-2026", it records
``learned_labels["installatie gewenst op"] = "installation_preferences.preferred_date"`` for
that partner, and the offline backend reads that label on the partner's next message.
"""

from __future__ import annotations

import re

from extraction.dates import parse_any_date
from extraction.lines import build_lines
from extraction.normalize import (
    normalize_email,
    normalize_house_number,
    normalize_phone,
    normalize_postal_code,
)
from extraction.offline.labels import normalize_label
from extraction.offline.tables import table_rows
from extraction.parsed import ParsedMessage

_NORMALIZERS = (
    normalize_email, normalize_phone, normalize_postal_code, normalize_house_number,
    parse_any_date,
)


def same_value(written: str, value: str) -> bool:
    """Equal as written (case and spacing aside), or equal in some normal form."""
    if _squash(written) == _squash(value):
        return True
    for normalize in _NORMALIZERS:
        a, b = normalize(written), normalize(value)
        if a is not None and a == b:
            return True
    return False


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


def find_label_for_value(parsed: ParsedMessage, value) -> str | None:
    """The label (normal form: lower case, single spaces, no colon) the value stood behind."""
    if value is None or not str(value).strip():
        return None
    value = str(value)
    lines = build_lines(parsed).lines
    candidates = [
        line for line in lines
        if line.label and line.value and not line.signature and same_value(line.value, value)
    ]
    if candidates:
        return min(candidates, key=lambda line: (line.depth, line.source_index)).label
    return _label_from_tables(parsed, value)


def _label_from_tables(parsed: ParsedMessage, value: str) -> str | None:
    for source in parsed.sources:
        for name, written in (source.form_fields or {}).items():
            if same_value(str(written), value):
                return normalize_label(name)
        rows = table_rows(source) or []
        for row in rows[1:]:
            for header, cell in zip(rows[0], row, strict=False):
                if cell and same_value(cell, value):
                    return normalize_label(header)
    return None
