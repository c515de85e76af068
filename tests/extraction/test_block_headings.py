"""Digests: each order's id stands in the heading above its block and belongs to that block."""

import pytest

from extraction.offline.block_heading import read_heading
from extraction.pipeline import extract_message
from tests.extraction.builders import message, partners


def _block(name: str, email: str) -> str:
    return f"Naam: {name}\nE-mail: {email}\nPostcode: 3511 AB\nPlaats: Utrecht\n"


def _orders(text: str):
    return extract_message(message(text), partners(), backend="offline").orders


def test_heading_forms():
    assert read_heading("=== GRD-2026-04001 ===").order_id == "GRD-2026-04001"
    assert read_heading("[2/3] GRD-2026-04001").framed
    assert not read_heading("GRD-2026-04001").framed
    assert read_heading("1) GRO-ALFEN-11") is None  # an order line, not a heading
    assert read_heading("Naam: GRD-2026-04001") is None


def test_reference_in_brackets_only_behind_a_reference_label():
    assert read_heading("[1/2] GRD-2026-04001 (klantnr. 7700112233)").reference == (
        "partner_references.customer_account", "7700112233")
    assert read_heading("[1/2] GRD-2026-04001 (monteur 7700112233)").reference is None


def test_ruled_headings_give_each_block_its_own_id():
    text = ("Dagoverzicht\n\n==== GRD-2026-04001 ====\n" + _block("Ada Smit", "ada@example.nl")
            + "\n==== GRD-2026-04002 ====\n" + _block("Bas Smit", "bas@example.nl"))
    orders = _orders(text)
    assert [(o.partner_order_id, o.customer.name) for o in orders] == [
        ("GRD-2026-04001", "Ada Smit"), ("GRD-2026-04002", "Bas Smit")]


def test_bare_id_lines_head_blocks_only_where_an_id_is_due():
    text = ("GRD-2026-04001\n\n" + _block("Ada Smit", "ada@example.nl")
            + "\nGRD-2026-04002\n\n" + _block("Bas Smit", "bas@example.nl"))
    assert [o.partner_order_id for o in _orders(text)] == ["GRD-2026-04001", "GRD-2026-04002"]


def test_bare_id_after_an_order_without_id_starts_no_second_order():
    text = "Ordernummer: GRD-2026-04001\n" + _block("Ada Smit", "ada@example.nl") + "\nGRD-2026-04001\n"
    assert len(_orders(text)) == 1
    text = _block("Ada Smit", "ada@example.nl") + "\n06-33445566\n"
    assert len(_orders(text)) == 1


def test_heading_ids_are_running_text_so_the_order_waits_for_review():
    text = ("[1/2] GRD-2026-04001\n" + _block("Ada Smit", "ada@example.nl")
            + "[2/2] GRD-2026-04002\n" + _block("Bas Smit", "bas@example.nl"))
    result = extract_message(message(text), partners(), backend="offline")
    assert result.route == "review"


@pytest.mark.timeout(20)
@pytest.mark.parametrize("line", [
    "GRD-2026-1 " + " " * 1980 + "x",  # spaces after an id: once O(n^4), minutes per line
    "[1/2] GRD-2026-08377 (klantnr." + " " * 1950 + "!)",
])
def test_a_long_run_of_spaces_is_read_at_once(line):
    assert read_heading(line) is None
    assert read_heading("[1/2] GRD-2026-08377 (klantnr.   7700227140)") is not None
