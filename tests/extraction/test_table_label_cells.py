"""An HTML table whose label cells end in a colon: "Naam: | Jan" is the label and its value."""

from extraction.lines import build_lines
from extraction.pipeline import extract_message
from tests.extraction.builders import body, message, partners

_FIELDS = """Ordernummer: GRD-2026-04100
Naam klant: Ilse Post
Straat en huisnummer: Dorpsweg 8
Postcode en woonplaats: 1901 NA Castricum
E-mailadres: ilse.post@example.nl
"""


def _as_table(text: str) -> str:
    return "\n".join(line.replace(": ", ": | ", 1) for line in text.splitlines())


def test_the_cell_border_is_no_part_of_the_value():
    lines = build_lines(message(_as_table(_FIELDS)))
    values = {line.label: line.value for line in lines.visible() if line.label}
    assert values["naam klant"] == "Ilse Post"
    assert values["straat en huisnummer"] == "Dorpsweg 8"


def test_plain_and_html_parts_of_one_order_give_one_order():
    parsed = message(_FIELDS, sources=[body(_as_table(_FIELDS), kind="body_html", name="html")])
    orders = extract_message(parsed, partners(), backend="offline").orders
    assert len(orders) == 1
    assert orders[0].customer.name == "Ilse Post"
    assert orders[0].customer.address.street == "Dorpsweg"


def test_a_pipe_inside_a_value_stays():
    lines = build_lines(message("Opmerking: kabel | 12 m\n"))
    assert [line.value for line in lines.visible() if line.label] == ["kabel | 12 m"]
