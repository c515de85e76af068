"""Straight through or to a validator: the one place that decides, from verified confidence.

Per field, as Conexiom routes: a required field must reach the threshold (the partner's, or
``Settings.confidence_threshold``); an optional field that is present must reach 60 %.
"""

from __future__ import annotations

from extraction.fields import OPTIONAL_FIELD_THRESHOLD, is_required
from extraction.schema import ExtractionResult, Route


def route_by_confidence(result: ExtractionResult, threshold: float) -> tuple[Route, list[str]]:
    """("auto" | "review", why it must wait): never "auto" for an error or an empty order."""
    if result.error:
        return "review", [f"error: {result.error}"]
    reasons: list[str] = []
    if result.kind == "order":
        if not result.orders:
            return "review", ["no order could be extracted"]
        for index, order in enumerate(result.orders):
            reasons.extend(_weak_fields(index, order.field_confidence, threshold))
    if result.confidence < threshold:
        reasons.insert(0, f"confidence {result.confidence:.2f} below the threshold {threshold:.2f}")
    return ("review" if reasons else "auto"), reasons


def _weak_fields(index: int, confidences: dict[str, float], threshold: float) -> list[str]:
    weak = []
    for path, confidence in confidences.items():
        needed = threshold if is_required(path) else OPTIONAL_FIELD_THRESHOLD
        if confidence < needed:
            weak.append(f"orders[{index}].{path}: confidence {confidence:.2f} < {needed:.2f}")
    return weak
