"""An address label whose value continues on the next line, as forms and PDFs print it:

    Site address   Laan van Meerdervoort 1034
                   2564 AV  Den Haag

The second line is the postcode and city of the labelled address: it is labelled as such
(same label), so it is read and verified as a labelled value, not as a stray postcode in
running text. Only a line that is exactly "postcode city", directly below, at the same quote
depth, continues the address; anything else leaves both lines as they were.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extraction.offline import labels as L
from extraction.offline.address import parse_full_address, split_postcode_city


def mark_continued_addresses(lines) -> None:
    for line, below in pairwise(lines):
        if _continues(line, below):
            below.label, below.field = line.label, L.POSTCODE_CITY
            below.value, below.layout = below.text.strip(), "continued"


def _continues(line, below) -> bool:
    if line.field != L.ADDRESS_FULL or below.label or below.signature:
        return False
    if below.number != line.number + 1 or below.depth != line.depth:
        return False
    parts = parse_full_address(line.value or "")
    if parts.get("postal_code") or not (parts.get("street") and parts.get("house_number")):
        return False
    if not _POSTCODE_CITY_LINE.match(below.text):
        return False  # "3511 LK Utrecht, near the station": more than an address line
    postcode, city = split_postcode_city(below.text)
    return bool(postcode and city)


# "2564 AV  Den Haag", "1410 Waterloo", "5258 HK Berlicum (NB)" is not: a postcode and up to
# four words of a place name, nothing else.
_POSTCODE_CITY_LINE = re.compile(
    r"^\s*[1-9]\d{3}(?:\s?[A-Z]{2})?\s+[A-ZÀ-Ý'][\w'’À-ÿ-]*(?:\s[\w'’À-ÿ-]+){0,3}\s*$"
)
