"""Coloured badges (Streamlit markdown) for reasons and confidence, the same everywhere."""

from __future__ import annotations

from intake.review.reasons import reason_code, reason_color, reason_label

WEAK_BELOW = 0.90  # the default routing threshold: below it a field needs a look


def confidence_color(confidence: float | None) -> str:
    if confidence is None:
        return "gray"
    if confidence >= WEAK_BELOW:
        return "green"
    return "orange" if confidence >= 0.60 else "red"


def confidence_badge(confidence: float | None) -> str:
    text = "n/a" if confidence is None else f"{confidence:.0%}"
    return f":{confidence_color(confidence)}-badge[{text}]"


def reason_code_badge(code: str, count: int | None = None) -> str:
    label = reason_label(code) + (f" · {count}" if count is not None else "")
    return f":{reason_color(code)}-badge[{_escape(label)}]"


def reason_badges(reasons: list[str]) -> str:
    codes = list(dict.fromkeys(reason_code(r) for r in reasons))
    return " ".join(reason_code_badge(code) for code in codes)


def _escape(text: str) -> str:
    return text.replace("[", "(").replace("]", ")")
