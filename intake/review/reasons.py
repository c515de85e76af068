"""Why an item waits: reason strings are "code: detail", sometimes "orders[1] code: detail".

The queue filters and counts by code; the detail is for the validator to read.
"""

from __future__ import annotations

import re

from sqlalchemy import Text, cast, or_

from storage.models import ReviewItem

_CODE = re.compile(r"^\s*(?:orders\[\d+\]\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*(?::|$)")

# Known codes, in the order the sidebar lists them, with a short label and badge colour.
REASONS: dict[str, tuple[str, str]] = {
    "low_confidence": ("low confidence", "orange"),
    "unmapped_sku": ("unmapped SKU", "violet"),
    "invalid_address": ("address", "red"),
    "unknown_sender": ("unknown sender", "red"),
    "unknown_partner": ("unknown partner", "red"),
    "limit_exceeded": ("limits hit", "gray"),
    "needs_ocr": ("needs OCR", "gray"),
    "llm_unavailable": ("LLM unavailable", "blue"),
    "parse_problem": ("parse problem", "gray"),
    "duplicate_suspect": ("duplicate?", "yellow"),
    "unknown_order": ("unknown order", "yellow"),
    "no_order_found": ("no order found", "yellow"),
    "extraction_error": ("extraction error", "gray"),
}


def reason_code(reason: str) -> str:
    match = _CODE.match(reason or "")
    return match.group(1).lower() if match else "other"


def reason_detail(reason: str) -> str:
    _, _, detail = (reason or "").partition(":")
    return detail.strip()


def reason_codes(reasons: list[str] | None) -> list[str]:
    """The distinct codes of an item's reasons, in their first order."""
    return list(dict.fromkeys(reason_code(r) for r in reasons or []))


def reason_label(code: str) -> str:
    return REASONS.get(code, (code.replace("_", " "), "gray"))[0]


def reason_color(code: str) -> str:
    return REASONS.get(code, ("", "gray"))[1]


def has_reason(code: str):
    """SQL condition: the item has a reason with this code (works on SQLite and PostgreSQL,
    where the JSON list is compared as its text)."""
    safe = re.sub(r"[^a-z0-9_]", "", code.lower())
    text = cast(ReviewItem.reasons, Text)
    return or_(text.like(f'%"{safe}:%'), text.like(f'%] {safe}:%'), text.like(f'%"{safe}"%'))
