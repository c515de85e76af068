"""When a quantity of 1 that nobody wrote is as good as written.

Partners' order lines often leave the count out: "Product: ALVA-PULSAR-11", a table without
an "Aantal" column, a definition list of article codes. One is then what a validator reads
too, unless something says otherwise. So an unwritten 1 counts as stated when the product
stands on an order line (not in running text) and nothing in the message speaks of more
than one: no bare number beside the SKU on its line (an unlabelled count), and nowhere in
the subject or the text a count word ("twee", "both"), a multiplier ("2x", "x 2"), a count
label ("aantal", "stuks") or a plural of a charger ("laadpalen", "chargers").
"""

from __future__ import annotations

import re

from extraction.lines import Line
from extraction.offline import labels as L

_TWO_OR_MORE = r"(?:0*[2-9]|0*[1-9]\d{1,2})(?![\d.,])"
_COUNT_WORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "two": 2, "three": 3,
                "four": 4, "five": 5, "six": 6, "deux": 2, "trois": 3, "quatre": 4}
_CHARGER_PLURALS = (r"laadpalen|laadpaalen|laadpunten|laadstations|wallboxen|wallboxes"
                    r"|chargers|charging\s+points|bornes")
# Anything that may say "more than one"; words that can be something else ("tweede
# verdieping") count too: the cost of a wrong count is higher than one more review.
_MORE_THAN_ONE = re.compile(
    rf"\b(?:{'|'.join(_COUNT_WORDS)}|tweede|beide|allebei|second|both|les\s+deux)\b"
    rf"|(?<![\w.,-]){_TWO_OR_MORE}\s*[x×](?![a-wyz])"  # "2x", "2 x" ("1x" says one)
    rf"|(?<![\w.,-])[x×]\s*{_TWO_OR_MORE}\b"  # "x2", "× 2"
    r"|\b(?:aantal|stuks|qty|quantity|quantit[ée]|hoeveelheid)\b"
    rf"|\b(?:{_CHARGER_PLURALS})\b",
    re.IGNORECASE,
)
# Numbers on a product line that are part of what the product is, not how many of it.
_MEASURE = re.compile(
    r"(?<![\d.,])\d{1,4}(?:[.,]\d{1,3})?\s*(?:-\s*)?(?:kwh|kw|mm²|mm2|mm|meter|m|a|v|fase|phase|polig|%)(?![\w])",
    re.IGNORECASE,
)
# Bounded, and only from the start of a number: a line of 2,000 digits stays linear.
_PRICE = re.compile(r"(?:€|eur\b|euro\b)\s*[\d.,]+|(?<![\d.,])[\d.,]{1,12}\s*(?:€|eur\b|euro\b)",
                    re.IGNORECASE)
_SKU_LIKE = re.compile(r"(?<![\w-])[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)+(?![\w-])")
_BARE_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?![\w.,])")


def speaks_of_more_than_one(subject: str, lines: list[Line]) -> bool:
    """Does the subject or any visible, non-signature line speak of a count above one?"""
    texts = [subject or ""] + [line.text for line in lines if not line.signature]
    return any(_MORE_THAN_ONE.search(text) for text in texts)


def unlabelled_count_on(line: Line) -> bool:
    """A bare number beside the product, not a size or price: perhaps a count nobody labelled.

    Only the value of a labelled product line is read: the number in "Artikel 1:" is an
    index, not a count.
    """
    text = line.value if line.field in (L.PRODUCT_LINE, L.PRODUCT_SKU) and line.value else line.text
    for pattern in (_PRICE, _SKU_LIKE, _MEASURE):
        text = pattern.sub(" ", text)
    return bool(_BARE_NUMBER.search(text))


# A count of chargers written somewhere other than beside the SKU: "Aantal laadpalen: 2",
# "graag 2 stuks", "twee extra laadpunten". When the order's lines say "1x" while the text
# says two, one of them is wrong and only a person can tell which (the written "1x" is no
# better evidence than the "2 stuks" in the remarks).
_COUNTED_NOUN = rf"(?:{_CHARGER_PLURALS}|stuks|exemplaren|units)"
_WRITTEN_COUNT = re.compile(
    rf"(?<![\w.,-])(\d{{1,3}}|{'|'.join(_COUNT_WORDS)})\s+(?:[^\W\d_]{{1,15}}\s+)?"
    rf"{_COUNTED_NOUN}\b"
    rf"|\baantal\s+{_COUNTED_NOUN}\s*[:=]?\s*(\d{{1,3}})(?![\d.,])",
    re.IGNORECASE,
)
# "1x ALVA-PULSAR-11 per woning, 3 woningen": a count per something, total not written.
_PER_UNIT = re.compile(
    r"\bper\s+(?:woning|adres|appartement|huis|huishouden|kavel|parkeerplek|plek|unit|house"
    r"|home|apartment|address|logement|maison)\b|\b(?:each|elk|elke|ieder|iedere)\s+"
    r"(?:woning|adres|appartement|huis|house|home|apartment|address|unit)\b",
    re.IGNORECASE,
)


def written_counts(subject: str, lines: list[Line]) -> set[int | None]:
    """Counts of two or more chargers (or "stuks") that the subject or the visible text
    states; None for a count per house, flat or address (the total is nowhere)."""
    found: set[int | None] = set()
    for text in [subject or ""] + [line.text for line in lines if not line.signature]:
        for match in _WRITTEN_COUNT.finditer(text):
            word = (match.group(1) or match.group(2)).lower()
            count = _COUNT_WORDS.get(word) or int(word)
            if count >= 2:
                found.add(count)
        if _PER_UNIT.search(text):
            found.add(None)
    return found

