"""HTML mail laid out with CSS flex rows: labels and values must not run together."""

import pytest

from extraction.parsing.css_layout import layout_of, read_stylesheet
from extraction.parsing.html_text import html_to_text
from extraction.pipeline import extract_message
from tests.extraction.builders import body, message, partners

_STYLE = "<style>.line{display:flex} .k{width:150px} .stack{display:flex;flex-direction:column}</style>"


def _page(rows: str, style: str = _STYLE) -> str:
    return f"<html><head>{style}</head><body><div>{rows}</div></body></html>"


def test_flex_row_from_a_style_block_keeps_label_and_value_apart():
    html = _page('<div class="line"><span class="k">Naam</span><span>Bo Jansen</span></div>')
    assert html_to_text(html) == "Naam | Bo Jansen"


def test_flex_row_from_an_inline_style_keeps_items_apart():
    html = _page('<p style="display: flex"><b>Plaats</b><i>Gouda</i></p>', style="")
    assert html_to_text(html) == "Plaats | Gouda"


def test_item_with_a_line_break_keeps_its_lines():
    html = _page('<div class="line"><span>Adres</span><span>Dorpsweg 3<br>1234 AB Ede</span></div>')
    assert html_to_text(html) == "Adres | Dorpsweg 3\n1234 AB Ede"


def test_column_flex_box_puts_each_item_on_its_own_line():
    html = _page('<div class="stack"><span>eerste</span><span>tweede</span></div>')
    assert html_to_text(html) == "eerste\ntweede"


def test_rules_for_other_screens_are_not_applied():
    style = "<style>@media (max-width:500px){.line{display:flex}}</style>"
    html = _page('<div class="line"><span>Laad</span><span>paal</span></div>', style=style)
    assert html_to_text(html) == "Laadpaal"  # inline spans inside one word stay one word


def test_spans_without_layout_rules_still_join_as_a_browser_shows_them():
    html = _page('<div><span>Laad</span><span>paal</span> en <b>kabel</b></div>', style="")
    assert html_to_text(html) == "Laadpaal en kabel"


def test_order_in_a_flex_layout_is_read_behind_its_labels():
    rows = "".join(
        f'<div class="line"><span class="k">{label}</span><span>{value}</span></div>'
        for label, value in [
            ("Ordernummer", "GRD-2026-04321"), ("Naam", "Bo Jansen"),
            ("E-mail", "bo.jansen@example.nl"), ("Telefoon", "06 11223344"),
            ("Adres", "Dorpsweg 3<br>1234 AB Ede"),
        ]
    )  # fmt: skip
    parsed = message(sources=[body(html_to_text(_page(rows)), kind="body_html")])
    order = extract_message(parsed, partners(), backend="offline").orders[0]
    assert order.partner_order_id == "GRD-2026-04321"
    assert order.customer.name == "Bo Jansen"
    assert order.customer.email == "bo.jansen@example.nl"
    assert order.customer.address.street == "Dorpsweg"


@pytest.mark.timeout(20)
@pytest.mark.parametrize("junk", ["/*a" * 60_000, "@media x {" + "a" * 150_000, "a" * 180_000])
def test_a_hostile_stylesheet_is_read_in_one_pass_and_the_rules_after_it_still_count(junk):
    # Each of these once sent a backtracking pattern over the whole stylesheet for minutes.
    sheet = read_stylesheet([".line{display:flex} " + junk, "*/} .k{display:block}"])
    assert sheet.rules[".line"] == {"display": "flex"}
    assert layout_of({"class": "line"}, "div", sheet) == "row"
