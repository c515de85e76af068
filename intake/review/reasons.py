"""Why an item waits. Reasons are sentences from several places, most of them
"code: detail" ("unknown_sender: …", "orders[1] invalid_address: …"); the router's own
say "confidence 0.62 below the threshold 0.90" or "orders[0].customer.phone: confidence …".
The queue filters and counts by code; the sentence is for the validator to read.
"""

from __future__ import annotations

import re

_KNOWN_SENTENCES = (
    (re.compile(r"^confidence [\d.]+ below the threshold"), "low_confidence"),
    (re.compile(r"^orders\[\d+\]\.[\w\[\].]+: confidence"), "low_confidence"),
    (re.compile(r"^orders\[\d+\]\.[\w\[\].]+: the model's value"), "low_confidence"),
    (re.compile(r"^error:"), "extraction_error"),
    (re.compile(r"^no order could be extracted"), "no_order_found"),
    (re.compile(r"^attachment .* could not be read"), "parse_problem"),
)
_CODED = re.compile(r"^(?:parsing:\s*)?(?:orders\[\d+\]\s+)?([a-z][a-z0-9_]*)\s*:")

# Known codes, in the order the sidebar lists them, with a short label and badge colour.
REASONS: dict[str, tuple[str, str]] = {
    "low_confidence": ("low confidence", "orange"),
    "unmapped_sku": ("unmapped SKU", "violet"),
    "invalid_address": ("address", "red"),
    "unknown_sender": ("unknown sender", "red"),
    "unknown_partner": ("unknown partner", "red"),
    "auth_failed": ("sender not authenticated", "red"),
    "auth_unchecked": ("sender unchecked", "gray"),
    "limit_exceeded": ("limits hit", "gray"),
    "llm_unavailable": ("LLM unavailable", "blue"),
    "unknown_order": ("unknown order", "yellow"),
    "no_order_found": ("no order found", "yellow"),
    "duplicate_suspect": ("duplicate?", "yellow"),
    "needs_ocr": ("needs OCR", "gray"),
    "parse_problem": ("parse problem", "gray"),
    "malformed_mime": ("malformed MIME", "gray"),
    "extraction_error": ("extraction error", "gray"),
}


def reason_code(reason: str) -> str:
    text = (reason or "").strip()
    for pattern, code in _KNOWN_SENTENCES:
        if pattern.match(text):
            return code
    match = _CODED.match(text)
    return match.group(1) if match else "other"


def reason_codes(reasons: list[str] | None) -> list[str]:
    """The distinct codes of an item's reasons, in their first order."""
    return list(dict.fromkeys(reason_code(r) for r in reasons or []))


def reason_label(code: str) -> str:
    return REASONS.get(code, (code.replace("_", " "), "gray"))[0]


def reason_color(code: str) -> str:
    return REASONS.get(code, ("", "gray"))[1]
