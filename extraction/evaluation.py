"""Scoring extraction results against a corpus's expected answers (``intake eval``).

Both sides are normalised the same way before comparing (corpus/README.md): email lower
case, phone E.164, postcode "1234 AB", house number without spaces and case (as the
corpus README says: "27-A" and "27A" differ), names, streets and cities case- and
spacing-insensitive, products as a multiset of (SKU, quantity).
Notes are free text that a person may have paraphrased: they count as equal when null on
both sides or nearly the same text (rapidfuzz ratio >= 90 after normalising).

The expected answers are read only here, after extraction: nothing in extraction sees them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extraction.dates import parse_any_date
from extraction.fields import SCALAR_FIELDS
from extraction.normalize import (
    normalize_email,
    normalize_phone,
    normalize_postal_code,
)

SCORED_FIELDS = (*SCALAR_FIELDS, "products")


@dataclass
class Difference:
    field: str
    expected: object
    got: object


@dataclass
class MessageScore:
    file: str
    expected_kind: str
    kind: str
    route: str
    confidence: float
    fields_total: int = 0
    fields_right: int = 0
    differences: list[Difference] = field(default_factory=list)
    error: str | None = None

    @property
    def entirely_right(self) -> bool:
        return not self.differences and self.error is None


def _get(order: dict | None, path: str):
    value = order or {}
    for part in path.split("."):
        value = (value or {}).get(part) if isinstance(value, dict) else None
    return value


def comparable(path: str, value):
    """The form both sides are compared in; None for absent or empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    if path == "customer.email":
        return normalize_email(text) or text.lower()
    if path == "customer.phone":
        return normalize_phone(text) or normalize_phone(text, "BE") or re.sub(r"\D", "", text)
    if path == "customer.address.postal_code":
        return normalize_postal_code(text) or text.upper()
    if path == "customer.address.house_number":
        return text.replace(" ", "").lower()
    if path == "installation_preferences.preferred_date":
        parsed = parse_any_date(text)
        return parsed.isoformat() if parsed else text
    return text.casefold()


def products_multiset(order: dict | None) -> Counter:
    products = (order or {}).get("products") or []
    return Counter(
        ((p.get("partner_sku") or "").strip().upper() or None, int(p.get("quantity") or 1))
        for p in products
    )


def _equal(path: str, expected, got) -> bool:
    a, b = comparable(path, expected), comparable(path, got)
    if path == "installation_preferences.notes" and a and b:
        return fuzz.ratio(a, b) >= 90
    return a == b


def score_message(file: str, expected: dict, got: dict) -> MessageScore:
    score = MessageScore(file, expected.get("kind", "other"), got.get("kind", "other"),
                         got.get("route", "review"), float(got.get("confidence") or 0),
                         error=got.get("error"))
    _compare(score, "kind", expected.get("kind"), got.get("kind"), count=False)
    _compare(score, "partner", expected.get("partner"), got.get("partner"), count=False)
    if expected.get("kind") in ("cancellation", "status_question") or got.get("refers_to"):
        _compare(score, "refers_to", expected.get("refers_to"), got.get("refers_to"))
    for i, (want, have) in enumerate(_pair_orders(expected.get("orders") or [],
                                                  got.get("orders") or [])):
        for path in SCORED_FIELDS:
            if path == "products":
                a, b = products_multiset(want), products_multiset(have)
                _compare(score, f"orders[{i}].products", _show(a), _show(b), same=a == b)
            else:
                a, b = _get(want, path), _get(have, path)
                _compare(score, f"orders[{i}].{path}", a, b, same=_equal(path, a, b))
    return score


def _compare(score: MessageScore, name: str, expected, got, *, same=None, count=True):
    same = (expected == got) if same is None else same
    if count:
        score.fields_total += 1
        score.fields_right += int(same)
    if not same:
        score.differences.append(Difference(name, expected, got))


def _show(products: Counter) -> list[str]:
    return sorted(f"{sku or '-'} x{qty}" for (sku, qty), n in products.items() for _ in range(n))


def _pair_orders(expected: list[dict], got: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Orders matched by partner order id, the rest by position; extras pair with None."""
    left = list(got)
    pairs: list[list] = []
    for want in expected:
        key = (want.get("partner_order_id") or "").casefold()
        match = next(
            (g for g in left if key and (g.get("partner_order_id") or "").casefold() == key), None
        )
        if match is not None:
            left.remove(match)
        pairs.append([want, match])
    for pair in pairs:
        if pair[1] is None and left:
            pair[1] = left.pop(0)
    return [(want, have) for want, have in pairs] + [(None, extra) for extra in left]


@dataclass
class Summary:
    messages: int
    kind_accuracy: float
    field_accuracy: float
    straight_through_rate: float
    straight_through_precision: float | None
    orders_archived_as_not_order: int
    llm_unavailable: int
    wrong: list[MessageScore]

    def as_dict(self) -> dict:
        return {
            "messages": self.messages,
            "kind_accuracy": round(self.kind_accuracy, 4),
            "field_accuracy": round(self.field_accuracy, 4),
            "straight_through_rate": round(self.straight_through_rate, 4),
            "straight_through_precision": (
                None if self.straight_through_precision is None
                else round(self.straight_through_precision, 4)
            ),
            "orders_archived_as_not_order": self.orders_archived_as_not_order,
            "llm_unavailable": self.llm_unavailable,
            "wrong": [
                {"file": s.file, "route": s.route, "confidence": s.confidence,
                 "differences": [{"field": d.field, "expected": d.expected, "got": d.got}
                                 for d in s.differences]}
                for s in self.wrong
            ],
        }


def summarise(scores: list[MessageScore], llm_unavailable: int = 0) -> Summary:
    total = len(scores) or 1
    auto = [s for s in scores if s.route == "auto"]
    fields_total = sum(s.fields_total for s in scores) or 1
    return Summary(
        messages=len(scores),
        kind_accuracy=sum(s.kind == s.expected_kind for s in scores) / total,
        field_accuracy=sum(s.fields_right for s in scores) / fields_total,
        straight_through_rate=len(auto) / total,
        straight_through_precision=(
            sum(s.entirely_right for s in auto) / len(auto) if auto else None
        ),
        orders_archived_as_not_order=sum(
            1 for s in auto if s.expected_kind == "order" and s.kind != "order"
        ),
        llm_unavailable=llm_unavailable,
        wrong=[s for s in scores if not s.entirely_right],
    )
