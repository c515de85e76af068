"""JSON attachments (an API's order as a webhook would have sent it) as label/value text.

Every scalar becomes a "key: value" line, its key in words ("houseNumberAddition" ->
"house number addition") so the label vocabulary reads it like any form; a list of objects
(order lines) becomes a table, a header of its keys and a " | " row per element; an object
of another party ("dealer", "billing") keeps that word in its labels. Empty
values are left out. Nothing is guessed: what the file does not say is not written.
"""

from __future__ import annotations

import json
import re

from extraction.parsing.charsets import decode_bytes
from extraction.parsing.documents import DocumentText

MAX_DEPTH = 8
MAX_LINES = 2000
# An object that belongs to someone else keeps its owner in its labels ("dealer email"), so
# the dealer's name and phone are never read as the customer's.
_OTHER_PARTIES = {"dealer", "installer", "seller", "salesperson", "agent", "partner",
                  "employer", "billing", "invoice", "company", "reseller", "sender"}


def read_json(data: bytes, name: str, charset: str | None) -> DocumentText:
    text = decode_bytes(data, charset)
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return DocumentText(text=text)  # not JSON after all: still readable as text
    return DocumentText(text="\n".join(render_lines(value)))


def render_lines(value) -> list[str]:
    """A decoded JSON value (or an XML tree in the same shape) as label/value lines."""
    lines: list[str] = []
    _render(value, "", lines, 0)
    return lines[:MAX_LINES]


def key_words(key: str) -> str:
    """"houseNumberAddition" -> "house number addition"; "postal_code" -> "postal code"."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", str(key)).replace("_", " ")
    return re.sub(r"\s+", " ", spaced).strip().lower()


def _render(value, key: str, lines: list[str], depth: int) -> None:
    if depth > MAX_DEPTH or len(lines) >= MAX_LINES:
        return
    if isinstance(value, dict):
        if key and lines and lines[-1]:
            lines.append("")  # a nested object is a block of its own
        owner = f"{key} " if set(key.split()) & _OTHER_PARTIES else ""
        for child, inner in value.items():
            _render(inner, owner + key_words(child), lines, depth + 1)
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        _table(value, lines)
    elif isinstance(value, list):
        scalars = [_scalar(v) for v in value if _scalar(v)]
        if scalars and key:
            lines.append(f"{key}: {', '.join(scalars)}")
    elif _scalar(value) and key:
        lines.append(f"{key}: {_scalar(value)}")


def _table(items: list[dict], lines: list[str]) -> None:
    """Order lines: one header of the keys that hold a value, one row per element."""
    keys = [k for k in dict.fromkeys(k for item in items for k in item)
            if any(_scalar(item.get(k)) for item in items)]
    if not keys:
        return
    lines.extend(["", " | ".join(key_words(k) for k in keys)])
    lines.extend(" | ".join(_scalar(item.get(k)) or "-" for k in keys) for item in items)
    lines.append("")


def _scalar(value) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return re.sub(r"\s+", " ", str(value)).strip()
