"""Extraction: a parsed message -> its kind and orders, each value with verified confidence.

Public interface (the worker, the CLI and the review app use these):

- ``extract_message(parsed, partners, *, partner_hint=None, settings=None, backend=None)``
- ``route_by_confidence(result, threshold) -> (route, reasons)``
- ``detect_partner(parsed, partners, *, hint=None)``
- ``find_label_for_value(parsed, value)``: what a validator's correction teaches
- ``LLMUnavailable``: the LLM endpoint failed; carries ``offline_result``
"""

from extraction.errors import LLMUnavailable
from extraction.learning import find_label_for_value
from extraction.partner_detection import detect_partner
from extraction.pipeline import extract_message
from extraction.routing import route_by_confidence

__all__ = [
    "LLMUnavailable",
    "detect_partner",
    "extract_message",
    "find_label_for_value",
    "route_by_confidence",
]
