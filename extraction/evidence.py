"""Finding a value in the message's visible text, whichever backend produced it.

``Locator.find(path, value)`` returns the lines (of the body, of attachments, of table rows
and form fields) where the value is written, in any of the ways people write it: a phone as
"06-12345678" matches "+31612345678", a postcode "3572AB" matches "3572 AB". Hidden HTML is
not here: the parser gives only visible text, so a value found nowhere else is not found.
"""

from __future__ import annotations

import re
from datetime import date

from extraction.dates import find_dates
from extraction.lines import Line, MessageLines
from extraction.normalize import normalize_labelled_phone
from extraction.offline import labels as L
from extraction.offline.prose import phones_in
from extraction.offline.tables import table_rows
from extraction.parsed import ParsedMessage
from extraction.schema import Evidence

# Which labelled lines speak for a field: its own label, or a compound one that holds it.
_COVERS = {
    "customer.address.street": {L.ADDRESS_FULL},
    "customer.address.house_number": {L.ADDRESS_FULL, L.ADDITION},
    "customer.address.postal_code": {L.ADDRESS_FULL, L.POSTCODE_CITY},
    "customer.address.city": {L.ADDRESS_FULL, L.POSTCODE_CITY},
    "customer.name": {L.FIRST_NAME, L.NAME_INFIX, L.LAST_NAME},
}


_NAME_PARTS = (L.FIRST_NAME, L.NAME_INFIX, L.LAST_NAME)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


class Locator:
    def __init__(self, lines: MessageLines, parsed: ParsedMessage, reference: date | None):
        self.lines = [line for line in lines.lines if line.text.strip()]
        self.lines += _row_lines(parsed)
        self.reference = reference
        # Caches by text, not by object: the same text always holds the same values.
        self._phones: dict[str, set[str]] = {}
        self._dates: dict[str, set[date]] = {}
        self._squashed: dict[str, str] = {}

    def find(self, path: str, value) -> list[Line]:
        if value is None or value == "":
            return []
        matcher = self._matcher(path, value)
        hits = [line for line in self.lines if matcher(line)]
        if not hits and path == "customer.name":
            hits = self._name_in_parts(str(value))
        if not hits and path == "installation_preferences.notes":
            hits = self._notes_in_parts(str(value))
        return hits

    def _notes_in_parts(self, notes: str) -> list[Line]:
        """"Dagdeel: ochtend. Laadpaal op de oprit.": notes joined from several labelled
        lines (extraction.offline.notes); every sentence must be written somewhere."""
        hits: list[Line] = []
        for part in re.split(r"(?<=[.!?])\s+", notes):
            needle = _squash(part).rstrip(".!? ")[:60]
            found = [line for line in self.lines if needle and (
                needle in self._squash_cached(line.text)
                or (line.label and needle in _squash(f"{line.label}: {line.value or ''}")))]
            if not found:
                return []
            hits += [line for line in found if line not in hits]
        return hits

    def _name_in_parts(self, name: str) -> list[Line]:
        """"Voornaam: Jan" / "Achternaam: Vries": the name written in labelled parts."""
        parts = [line for line in self.lines if line.field in _NAME_PARTS and line.value]
        written = _squash(" ".join(line.value for line in parts))
        return parts if parts and all(w in written.split() for w in _squash(name).split()) else []

    def _matcher(self, path: str, value):
        text = str(value)
        if path == "customer.phone":
            return lambda line: text in self._line_phones(line)
        if path == "installation_preferences.preferred_date":
            return lambda line: value in self._line_dates(line)
        if path == "customer.email":
            return lambda line: text.lower() in line.text.lower()
        if path == "customer.address.postal_code":
            return _pattern_matcher(_postcode_pattern(text))
        if path == "customer.address.house_number":
            return self._house_number_matcher(text)
        if path in ("customer.name", "customer.address.street", "customer.address.city",
                    "installation_preferences.notes", "description"):
            needle = _squash(text)[:60]
            return lambda line: needle in self._squash_cached(line.text)
        return _pattern_matcher(re.compile(rf"(?<![\w-]){re.escape(text)}(?![\w-])", re.IGNORECASE))

    def supports(self, line: Line, path: str, value) -> bool:
        """Does the line's own label (or table column) say this value is that field?"""
        wanted = {path} | _COVERS.get(path, set())
        if line.field in wanted:
            return True
        if not (line.header_fields and line.cells):
            return False
        matcher = self._matcher(path, value)
        return any(
            column in wanted and matcher(Line(line.source_index, "", 0, 0, cell, 0))
            for column, cell in zip(line.header_fields, line.cells, strict=False)
        )

    def _squash_cached(self, text: str) -> str:
        if text not in self._squashed:
            self._squashed[text] = _squash(text)
        return self._squashed[text]

    def _line_phones(self, line: Line) -> set[str]:
        if line.text not in self._phones:
            self._phones[line.text] = {p for p, _ in phones_in(line.text, both_regions=True)}
        return self._phones[line.text] | _labelled_phone(line)

    def _line_dates(self, line: Line) -> set[date]:
        if line.text not in self._dates:
            self._dates[line.text] = {m.value for m in find_dates(line.text, self.reference)}
        return self._dates[line.text]

    def _house_number_matcher(self, text: str):
        match = re.match(r"^(\d+)(?:-?)(.*)$", text)
        if not match:
            return lambda line: False
        number, addition = match.group(1), match.group(2)
        number_re = re.compile(rf"(?<![\w-]){number}(?!\d)")
        addition_re = re.compile(
            rf"{number}\s*-?\s*{re.escape(addition)}(?![\w])|(?<![\w-]){re.escape(addition)}(?!\w)",
            re.IGNORECASE,
        )
        def matches(line: Line) -> bool:
            if not number_re.search(line.text):
                return False
            if not addition:
                return True
            window = [line, *self._following(line, 2)]  # "Huisnummer: 14" / "Toevoeging: A"
            return any(addition_re.search(other.text) for other in window)

        return matches


    def _following(self, line: Line, count: int) -> list[Line]:
        return [
            other for other in self.lines
            if other.source_index == line.source_index
            and line.number < other.number <= line.number + count
        ]


def _pattern_matcher(pattern: re.Pattern):
    return lambda line: bool(pattern.search(line.text))


def _postcode_pattern(value: str) -> re.Pattern:
    if " " in value:
        digits, letters = value.split(" ", 1)
        return re.compile(rf"(?<![\w-]){digits}\s?-?\s?{letters}(?![\w-])", re.IGNORECASE)
    return re.compile(rf"(?<![\w-])(?:B-|BE-)?{value}(?![\w-])", re.IGNORECASE)


def _row_lines(parsed: ParsedMessage) -> list[Line]:
    """Table rows and form fields as lines, so their values are found and attributed too."""
    lines = []
    for index, source in enumerate(parsed.sources):
        rows = table_rows(source) or []
        header = [L.field_for_label(h) for h in rows[0]] if rows else []
        written = [L.normalize_label(h) for h in rows[0]] if rows else []
        for number, row in enumerate(rows[1:], start=1):
            lines.append(Line(index, source.name, source.position, number, " | ".join(row), 0,
                              layout="cells", cells=list(row), header_fields=header,
                              header_labels=written,
                              is_attachment=True))
        for number, (name, value) in enumerate((source.form_fields or {}).items()):
            lines.append(Line(index, source.name, source.position, number, f"{name}: {value}", 0,
                              label=L.normalize_label(name), field=L.field_for_label(name),
                              value=str(value), layout="form", is_attachment=True))
    return lines


def evidence_for(line: Line) -> Evidence:
    return Evidence(source=line.source_name, position=line.position, snippet=line.text.strip()[:200])


def _labelled_phone(line: Line) -> set[str]:
    """"phone: 31650123987": digits with a country code but no "+" count as a phone only
    where the line's label (or column) names a phone."""
    values = [line.value] if line.field == "customer.phone" else []
    values += [cell for column, cell in zip(line.header_fields, line.cells, strict=False)
               if column == "customer.phone"]
    return {p for p in map(normalize_labelled_phone, values) if p}
