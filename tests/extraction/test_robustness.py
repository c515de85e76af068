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
