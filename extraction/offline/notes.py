"""Wishes the ORDER has no field for ("Dagdeel: ochtend", "Tijdvak: 8-12") go into the notes,
written as "Label: value." in the order they stand in the message, so the installer sees them.
"""

from __future__ import annotations

from extraction.lines import Line
from extraction.normalize import normalize_notes
from extraction.offline.draft import Draft, FieldValue

NOTES = "installation_preferences.notes"


def add_note_part(draft: Draft, line: Line, method: str) -> None:
    value = normalize_notes(line.value)
    if value and line.label:
        text = f"{line.label[:1].upper()}{line.label[1:]}: {value.rstrip('.')}."
        draft.note_parts.append(FieldValue(text, method, line, line.text))


def join_note_parts(draft: Draft) -> None:
    """The notes and the extra wishes, in the order they were written."""
    if not draft.note_parts:
        return
    notes = draft.fields.get(NOTES)
    parts = [*draft.note_parts, *([notes] if notes is not None and notes.value else [])]
    parts.sort(key=lambda part: (part.line.source_index, part.line.number))
    anchor = notes if notes is not None and notes.value else draft.note_parts[0]
    draft.fields[NOTES] = FieldValue(" ".join(str(p.value) for p in parts), anchor.method,
                                     anchor.line, anchor.raw)
    draft.note_parts = []
