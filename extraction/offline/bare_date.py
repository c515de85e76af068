"""A future date behind a bare "Datum" label or column: the order date or the wished date?

It does not say, so it is read as the wish only when nothing else gives one, and marked as
such (``BARE_DATE``): verification keeps it below the threshold, and a person decides.
"""

from __future__ import annotations

from datetime import timedelta

from extraction.dates import preferred_date
from extraction.lines import Line
from extraction.offline.draft import BARE_DATE, Draft, FieldValue

BARE_DATE_LABELS = {"datum", "date"}
_PATH = "installation_preferences.preferred_date"


def read_bare_date(draft: Draft, line: Line, label: str | None, value: str | None,
                   reference) -> None:
    if label not in BARE_DATE_LABELS or draft.get(_PATH) is not None or not value:
        return
    day = preferred_date(value, reference)
    if day is not None and reference is not None and day > reference + timedelta(days=1):
        draft.fields[_PATH] = FieldValue(day, BARE_DATE, line, value)
