"""An order block headed by its order id: "1) ENE-2026-132044", "=== 50F-NL-238290 ===",
"[1/2] GRD-2026-08377 (klantnr. 7700227140)", or in a digest's HTML the id on a line alone.

Digests list several orders, each under a heading that holds its id (and sometimes a
reference in brackets). The heading starts the block, so the id belongs to the order below
it, never to the one above. An id that only stands alone on its line (no number, no rule
around it) is weaker: it heads a block only where an order id is expected next (see
``blocks.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.normalize import normalize_identifier
from extraction.offline import labels as L

_ID = r"([A-Z0-9]{2,8}(?:-[A-Z0-9]{1,10}){1,3})"
_RULE = r"[-=*#~_]{2,}"
_NUMBERING = (
    r"(?:(?:order|opdracht|bestelling)\s*+)?\d{1,2}\s*+[).:]"  # "1)", "Order 2:"
    r"|\[\s*+\d{1,2}\s*+(?:/|van|of)\s*+\d{1,2}\s*+\]"  # "[1/2]"
    r"|#\s*+\d{1,2}"  # "#2"
)
_HEADING = re.compile(
    rf"^\s*+(?P<rule>{_RULE}\s*+)?(?P<number>(?:{_NUMBERING})\s*+)?{_ID}"
    rf"\s*+(?:\((?P<aside>[^()]{{3,60}})\))?\s*+:?\s*+(?:{_RULE})?\s*+$",
    re.IGNORECASE,
)
# "klantnr. 7700227140", "customer 55123": a known label and one code.
_ASIDE = re.compile(r"^\s*+(?P<label>[^\d:]{2,30}?)(?:\s*+[:.]\s++|\s++)(?P<value>[A-Z0-9][\w-]{2,30})\s*+$",
                    re.IGNORECASE)


@dataclass
class Heading:
    order_id: str
    framed: bool  # numbered or between rules: surely a heading, not a stray id
    reference: tuple[str, str] | None  # (field path, value) from the bracketed aside


def read_heading(text: str) -> Heading | None:
    match = _HEADING.match(text)
    if not match or sum(c.isdigit() for c in match.group(3)) < 4:
        return None  # "1) GRO-ALFEN-11" is an order line, not a heading
    framed = bool(match.group("rule") or match.group("number"))
    return Heading(normalize_identifier(match.group(3)), framed, _reference(match.group("aside")))


def _reference(aside: str | None) -> tuple[str, str] | None:
    """A reference in the heading's brackets, only behind a label naming a reference field."""
    match = _ASIDE.match(aside or "")
    if not match:
        return None
    field = L.field_for_label(L.normalize_label(match.group("label")))
    if not field or not field.startswith("partner_references."):
        return None
    return field, match.group("value")
