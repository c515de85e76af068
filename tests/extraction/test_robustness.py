"""Hostile and odd input: extraction answers for every message and never crashes."""

from __future__ import annotations

import pytest

from extraction import extract_message
from extraction.parsing import parse_message
from tests.conftest import MIME_WILD
from tests.extraction.builders import GROENDUS_ORDER, message, partners

WILD = sorted(p for p in MIME_WILD.rglob("*") if p.is_file() and p.name != "SOURCES.md") \
    if MIME_WILD.is_dir() else []


@pytest.mark.skipif(not WILD, reason=f"no mime-wild collection at {MIME_WILD}")
def test_every_wild_message_gets_a_result():
    profiles = partners()
    for path in WILD:
        result = extract_message(parse_message(path.read_bytes()), profiles, backend="offline")
        assert result.kind in ("order", "cancellation", "status_question", "other"), path
        assert result.route in ("auto", "review"), path
        if result.kind == "order":
            assert all(0.0 <= o.confidence <= 1.0 for o in result.orders), path


def test_text_too_long_to_read_waits_for_a_person():
    huge = GROENDUS_ORDER + ("lorem ipsum dolor sit amet " * 40 + "\n") * 200
    result = extract_message(message(huge), partners(), backend="offline")
    assert result.orders[0].partner_order_id == "GRD-2026-01234"  # what was read, is read
    assert result.route == "review"
    assert any("too long to read in full" in reason for reason in result.reasons)


def test_a_line_without_end_stays_bounded():
    line = "b" * 150_000  # a pathological single line (no @, no digits)
    result = extract_message(message(line), partners(), backend="offline")
    assert (result.kind, result.route) == ("other", "review")


# Lines a reader's patterns see: labels, headings, dates, quotes, product lines.
_SEEDS = [
    "Ordernummer: GRD-2026-04321", "Adres: Dorpsweg 3, 1234 AB Ede",
    "Gewenste datum: 12 maart 2026", "1x GRO-ALFEN-11 Alfen Eve", "=== GRD-2026-04001 ===",
    "[1/2] GRD-2026-08377 (klantnr. 7700227140)", "order.id = GRD-2026-1", "*Naam:* Bo",
    "Op ma 3 feb 2026 om 10:00 schreef Jan <jan@x.nl>:", "Site address   Dorpsweg 3",
    "| GRO-ALFEN-11 | Alfen Eve 11 kW | 2 |", "— Producten —", "Kit: 1 x GRO-ALFEN-11 × 1 € 12,50",
]


def _stretched(seed: str):
    """The seed with ~1900 spaces or punctuation marks where a pattern might backtrack."""
    words = seed.split(" ")
    for cut in range(len(words) + 1):
        yield " ".join(words[:cut]) + " " * 1900 + " ".join(words[cut:]) + " x"
    for mark in ":.-|*=(":
        yield seed + mark * 1900


@pytest.mark.timeout(120)
@pytest.mark.parametrize("seed", _SEEDS)
def test_long_runs_of_spaces_or_marks_in_a_line_are_read_at_once(seed):
    # Two readers once backtracked for minutes over one such line (block headings, CSS).
    for line in _stretched(seed):
        result = extract_message(message(f"Naam: Bo\n{line}\n"), partners(), backend="offline")
        assert result.route in ("auto", "review")
