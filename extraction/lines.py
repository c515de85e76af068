"""The message's visible text as lines, each knowing where it stands.

For every line: which source it came from, how deep it is quoted or forwarded (0 = the newest
text the sender wrote), whether it is part of a signature or footer (the sender's own contact
details, never the customer's), and, if it reads "label: value", the label, its field and
the value. The offline extractor, verification and ``find_label_for_value`` all read this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from extraction.offline.continued_address import mark_continued_addresses
from extraction.offline.labels import (
    IGNORED,
    PRODUCT_DESCRIPTION,
    PRODUCT_QUANTITY,
    PRODUCT_SKU,
    PRODUCTS_HEADER,
    SOFT_ADDRESS_LABELS,
    field_for_label,
    normalize_label,
)
from extraction.offline.machine_keys import KEY_VALUE, field_for_key, key_label
from extraction.parsed import ParsedMessage, TextSource

_FORWARD_MARKERS = re.compile(
    r"^\s*(?:-{2,}\s*(?:oorspronkelijk bericht|original message|forwarded message|"
    r"doorgestuurd bericht|forwarded|doorgestuurd)\s*-{2,}|begin forwarded message:?|"
    r"begin doorgestuurd bericht:?|_{10,})\s*$",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"^\s*(?:op .{4,80}schreef .{2,120}:|on .{4,80}wrote:|am .{4,80}schrieb .{2,80}:|"
    r"le .{4,80}a écrit\s*:)\s*$",
    re.IGNORECASE,
)
_HEADER_BLOCK_START = re.compile(r"^\s*(?:van|from)\s*:\s*\S.*$", re.IGNORECASE)
_HEADER_BLOCK_NEXT = re.compile(
    r"^\s*(?:verzonden|sent|datum|date|aan|to|onderwerp|subject)\s*:", re.IGNORECASE
)
# "\s*+": the leading blanks are taken once; two "\s*" around optional words would
# otherwise share them every possible way (a line of 16,000 spaces took 3.6 s).
_CLOSING = re.compile(
    r"^\s*+(?:met\s++)?(?:vriendelijke|hartelijke|beste|kind|best|warm|many)?\s*"
    r"(?:groet(?:en|jes)?|regards|wishes)\b[\s,.!]*$|"
    r"^\s*+(?:mvg|m\.v\.g\.?|groet|groeten|gr\.?|cheers|sincerely|yours sincerely|best|"
    r"thanks(?: in advance)?|thank you|many thanks|alvast bedankt|bedankt|dank|dank je( wel)?|"
    r"dank u( wel)?|dankjewel|with kind regards|thx|kind regards|regards|"
    # Closings that wish the reader well or thank twice ("Fijne dag!", "Thanks a lot!").
    r"thanks and (?:kind |best )?regards|thanks a lot|thanks again|"
    r"(?:fijne|prettige) (?:dag|middag|avond|week|weekend)|have a (?:nice|good|great) day)"
    r"[\s,.!]*$",
    re.IGNORECASE,
)
_SIGNATURE_DASHES = re.compile(r"^\s*(?:--|-- |—|__)\s*$")
_COLON_LABEL = re.compile(r"^\s*([^\s:][^:]{0,46}?)\s*[:：]\s*(.*)$")
# "Werkordernummer ........... ESS-59104477": dot leaders, as in a printed form.
_DOTTED_LABEL = re.compile(r"^\s*([^\s.:][^:.]{0,46}?)\s*\.{3,}\s*(\S.*)$")
_CELL_AFTER_LABEL = re.compile(r"^\s*\|\s+")  # "Naam klant: | Tess": the label's cell ends
_CELL_SPLIT = re.compile(r"\t+|\s+\|\s+|\s{3,}")
_OUTER_PIPES = re.compile(r"^\|\s(.*)\s\|$")  # "| ESS-WALLBOX-22 | Alfen ... | 2 |"


@dataclass
class Line:
    source_index: int
    source_name: str
    position: int
    number: int
    text: str  # without quote markers ("> ")
    depth: int  # 0 = newest text; > 0 quoted or forwarded
    signature: bool = False
    label: str | None = None  # normalised label when the line reads "label: value"
    field: str | None = None  # the field that label fills, if known
    value: str | None = None
    layout: str | None = None  # colon, cells, space, next, continued (an address's 2nd line)
    cells: list[str] = dataclass_field(default_factory=list)  # for delimited table rows
    header_fields: list[str | None] = dataclass_field(default_factory=list)  # their columns
    header_labels: list[str] = dataclass_field(default_factory=list)  # the columns as written
    is_attachment: bool = False

    @property
    def zone_key(self) -> tuple[int, int]:
        return (self.source_index, self.depth)


# Orders are short. Beyond these the text is not read (a person is asked to look instead):
# it keeps a hostile or huge message from costing more than milliseconds.
MAX_SOURCE_CHARS = 100_000
MAX_LINE_CHARS = 2000
MAX_LINES_PER_SOURCE = 3000


@dataclass
class MessageLines:
    lines: list[Line]
    by_source: dict[int, list[Line]]
    truncated: list[str] = dataclass_field(default_factory=list)  # sources not read in full

    def visible(self, *, include_signature: bool = False) -> list[Line]:
        return [line for line in self.lines if include_signature or not line.signature]


def build_lines(
    parsed: ParsedMessage, learned: dict[str, str] | None = None, partner_names=()
) -> MessageLines:
    lines: list[Line] = []
    by_source: dict[int, list[Line]] = {}
    truncated: list[str] = []
    for index, source in enumerate(parsed.sources):
        source_lines = _source_lines(index, source, source.text[:MAX_SOURCE_CHARS])
        if len(source.text) > MAX_SOURCE_CHARS or len(source_lines) > MAX_LINES_PER_SOURCE or any(
            len(line.text) > MAX_LINE_CHARS for line in source_lines
        ):
            truncated.append(source.name)
            source_lines = source_lines[:MAX_LINES_PER_SOURCE]
            for line in source_lines:
                line.text = line.text[:MAX_LINE_CHARS]
        _mark_signatures(source_lines)
        _attach_labels(source_lines, learned, tuple(partner_names))
        mark_continued_addresses(source_lines)
        by_source[index] = source_lines
        lines.extend(source_lines)
    return MessageLines(lines, by_source, truncated)


def _source_lines(index: int, source: TextSource, text: str) -> list[Line]:
    base_depth = 1 if source.kind == "embedded_message" else 0
    forwarded = 0
    result: list[Line] = []
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, raw in enumerate(raw_lines):
        quote = re.match(r"^((?:\s?>)+)\s?", raw)
        quote_depth = quote.group(1).count(">") if quote else 0
        text = raw[quote.end():] if quote else raw
        if quote_depth == 0 and _starts_forward(raw_lines, number):
            forwarded += 1
        depth = base_depth + forwarded + quote_depth
        if _ATTRIBUTION.match(text):
            depth += 1  # "Op ... schreef ...:" belongs to the quote it introduces
        result.append(
            Line(index, source.name, source.position, number, text.rstrip(), depth,
                 is_attachment=source.kind == "attachment")
        )
    return result


def _starts_forward(raw_lines: list[str], number: int) -> bool:
    line = raw_lines[number]
    if _FORWARD_MARKERS.match(line):
        return True
    # Outlook without a separator: "Van: ..." directly followed by "Verzonden: ...".
    if _HEADER_BLOCK_START.match(line) and number + 1 < len(raw_lines):
        previous = raw_lines[number - 1] if number else ""
        return bool(_HEADER_BLOCK_NEXT.match(raw_lines[number + 1])) and not (
            _FORWARD_MARKERS.match(previous)
        )
    return False


MAX_SIGNATURE_LINES = 12


def _mark_signatures(lines: list[Line]) -> None:
    """From a closing ("Met vriendelijke groet", "--") to the end of that quote level.

    A signature is short: a "Bedankt!" with more than a dozen lines after it was said
    in passing, and what follows it is still the message.
    """
    i = 0
    while i < len(lines):
        line = lines[i]
        if _SIGNATURE_DASHES.match(line.text) or _CLOSING.match(line.text):
            end = i
            while end < len(lines) and lines[end].depth == line.depth:
                end += 1
            block = lines[i:end]
            if sum(1 for b in block if b.text.strip()) <= MAX_SIGNATURE_LINES:
                for member in block:
                    member.signature = True
                i = end
                continue
        i += 1


def table_cells(text: str) -> list[str]:
    """A delimited row's cells; a Markdown row's outer pipes frame the row, they are no cells
    ("| ESS-WALLBOX-22 | Alfen Eve 22 kW | 2 |" is three cells, as its header is)."""
    text = text.strip()
    framed = _OUTER_PIPES.match(text)
    if framed:
        text = framed.group(1).strip()
    return [c.strip() for c in _CELL_SPLIT.split(text) if c.strip()]


def _attach_labels(lines: list[Line], learned, partner_names) -> None:
    for i, line in enumerate(lines):
        if line.signature or not line.text.strip():
            continue
        cells = table_cells(line.text)
        if len(cells) >= 2:
            line.cells = cells
        if _label_from_key(line, learned, partner_names):
            continue
        if _label_from_colon(line, learned, partner_names):
            _soften_address(line)
            continue
        if _label_from_cells(line, learned, partner_names):
            continue
        if _label_from_dash(line, learned, partner_names):
            _soften_address(line)
            continue
        if _label_from_space(line, learned, partner_names):
            continue
        _label_from_next_line(lines, i, learned, partner_names)


def _label_from_key(line: Line, learned, partner_names) -> bool:
    """"customer.email      = jan@example.nl": a machine dump's dotted key and its value."""
    match = KEY_VALUE.match(line.text)
    if not match:
        return False
    line.label, line.value, line.layout = key_label(match[1]), match[2].strip(), "colon"
    line.field = field_for_key(match[1], learned, partner_names)
    return True


def _label_from_colon(line: Line, learned, partner_names) -> bool:
    match = _COLON_LABEL.match(line.text) or _DOTTED_LABEL.match(line.text)
    if not match or re.search(r"https?$", match.group(1).strip()):
        return False  # "https://..."
    if re.search(r"\d$", match.group(1)) and re.match(r"\d", match.group(2)):
        return False  # "om 14:31"
    label = normalize_label(match.group(1))
    if not label or not re.search(r"[^\W\d_]", label) or len(label.split()) > 6:
        return False
    line.label, line.value, line.layout = label, _unmarked_value(match), "colon"
    line.field = field_for_label(label, learned, partner_names)
    return True


def _unmarked_value(match: re.Match) -> str:
    """"*Naam:* Jan" (Gmail bold, or _italic_): the marker that closes the label is no part
    of the value, and must not make the plain-text part differ from the HTML part. Nor is
    the cell border of an HTML table whose label cell ends in a colon ("Naam: | Jan")."""
    value = _CELL_AFTER_LABEL.sub("", match.group(2)).strip()
    opener = re.match(r"\s*([*_]+)", match.group(1))
    if opener and value.startswith(opener.group(1)):
        value = value[len(opener.group(1)):].strip()
    return value


def _label_from_cells(line: Line, learned, partner_names) -> bool:
    if len(line.cells) != 2:
        return False
    found = field_for_label(line.cells[0], learned, partner_names)
    if not found or found in (PRODUCT_SKU, PRODUCT_DESCRIPTION, PRODUCT_QUANTITY):
        return False
    if field_for_label(line.cells[1], learned, partner_names):
        return False  # a header row of two columns, not "label | value"
    line.label, line.field = normalize_label(line.cells[0]), found
    line.value, line.layout = line.cells[1], "cells"
    return True


def _soften_address(line: Line) -> None:
    """"Locatie: oprit links" is a place on the property, not the address: label unknown."""
    from extraction.offline.address import parse_full_address  # address imports normalize

    if line.label in SOFT_ADDRESS_LABELS and not parse_full_address(line.value or "").get(
        "house_number"
    ):
        line.field = None


_DASH_LABEL = re.compile(r"^\s*(\w[^:]{0,46}?)\s+[-–]\s+(\S.*)$")


def _label_from_dash(line: Line, learned, partner_names) -> bool:
    """"Opdrachtnummer - ALVA-0926-027": a known label, a spaced dash, the value. Only a
    label we know: "Hoi - zie hieronder" is running text."""
    match = _DASH_LABEL.match(line.text)
    if not match:
        return False
    found = field_for_label(match.group(1), learned, partner_names)
    if not found or found == IGNORED:
        return False
    line.label, line.value, line.layout = normalize_label(match.group(1)), match.group(2), "colon"
    line.field = found
    return True


# Fields whose value is recognisable by its form, so "Label value" without a colon is safe.
_FORM_CHECKED = {
    "customer.email", "customer.phone", "customer.address.postal_code",
    "installation_preferences.preferred_date", "partner_order_id",
    "partner_references.customer_account",
}


def _label_from_space(line: Line, learned, partner_names) -> bool:
    """"Naam Marloes Verhoeven" as PDFs render forms: a known label, a space, the value."""
    if line.cells:
        return False  # a delimited row: its cells say what is label and what is value
    words = line.text.strip().split()
    for cut in range(min(5, len(words) - 1), 0, -1):
        label = " ".join(words[:cut])
        found = field_for_label(label, learned, partner_names)
        if not found or found in (IGNORED, PRODUCTS_HEADER):
            continue
        value = " ".join(words[cut:])
        if words[cut - 1].isdigit() and found in _FORM_CHECKED and _whole_value(
            found, " ".join(words[cut - 1:])
        ):
            continue  # "Mobile 06 1234 5678": the 06 starts the value, it numbers no label
        if _HEADING_TAIL.match(value):
            return False  # "Customer and site", "Klant en locatie": a section heading
        if not line.is_attachment and (
            found not in _FORM_CHECKED or not _whole_value(found, value)
        ):
            return False  # "Order ESS-1 has been cancelled": running text, not a form
        if _is_header_row(words, learned, partner_names):
            return False
        line.label, line.field = normalize_label(label), found
        line.value, line.layout = value, "space"
        return True
    return False


# What follows a label word in a section heading rather than a value.
_HEADING_TAIL = re.compile(
    r"^(?:and|en|&|\+|/|et)\s+\w+$|^(?:details|gegevens|data|information|informatie|info)$",
    re.IGNORECASE,
)


def _whole_value(path: str, value: str):
    from extraction.fields import normalize_field  # here: fields imports the vocabulary

    return normalize_field(path, value) is not None


def _is_header_row(words: list[str], learned, partner_names) -> bool:
    known = sum(1 for w in words if field_for_label(w, learned, partner_names))
    return known >= 2 and known == len(words)


def _label_from_next_line(lines: list[Line], i: int, learned, partner_names) -> None:
    """A label alone on its line (a table cell per line), its value on the next line."""
    line = lines[i]
    found = field_for_label(line.text, learned, partner_names)
    if not found or found in (IGNORED, PRODUCTS_HEADER) or len(line.text) > 50:
        return
    if line.text.strip().isupper():
        return  # "CUSTOMER": a section heading, not a label
    nxt = next((n for n in lines[i + 1 : i + 3] if n.text.strip()), None)
    if nxt is None or nxt.signature or nxt.depth != line.depth:
        return
    if nxt.number - line.number > 2 or field_for_label(nxt.text, learned, partner_names):
        return
    cells = [c for c in _CELL_SPLIT.split(nxt.text.strip()) if c.strip()]
    if len(cells) >= 2 and field_for_label(cells[0], learned, partner_names):
        return
    words = nxt.text.split()
    if any(field_for_label(" ".join(words[:n]), learned, partner_names) for n in (1, 2, 3)):
        return  # "Naam Marloes Verhoeven": the next line is a label line of its own
    if _COLON_LABEL.match(nxt.text) and field_for_label(
        _COLON_LABEL.match(nxt.text).group(1), learned, partner_names
    ):
        return
    line.label, line.field = normalize_label(line.text), found
    line.value, line.layout = nxt.text.strip(), "next"
