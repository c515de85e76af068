"""An order as a backend proposes it, with each value's claim: how the backend came to it.

Verification judges candidates from either backend the same way; the claim only sets where
it starts (a labelled field is stronger than a pattern in running text, and a model's word
is checked against the text before it counts at all).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extraction.fields import SCALAR_FIELDS, set_field
from extraction.lines import Line
from extraction.offline.draft import CORRECTION, Draft
from extraction.schema import Order, Product

MODEL = "model"  # a value an LLM returned


@dataclass
class Claim:
    method: str
    line: Line | None = None
    quantity_stated: bool | None = None  # for products


@dataclass
class Candidate:
    order: Order
    claims: dict[str, Claim] = field(default_factory=dict)  # path or "products[i]" -> claim
    conflicts: dict[str, list] = field(default_factory=dict)  # path -> other values stated
    replaced: dict[str, object] = field(default_factory=dict)  # path -> older value
    quoted: bool = False  # the order stands in quoted or forwarded text
    doubts: set[str] = field(default_factory=set)  # fields the model itself doubted


def from_draft(draft: Draft) -> Candidate:
    order = Order()
    claims: dict[str, Claim] = {}
    for path in SCALAR_FIELDS:
        found = draft.fields.get(path)
        if found is not None and found.value is not None:
            set_field(order, path, found.value)
            claims[path] = Claim(found.method, found.line)
    for i, product in enumerate(draft.products):
        order.products.append(
            Product(partner_sku=product.sku, quantity=product.quantity,
                    description=product.description)
        )
        claims[f"products[{i}]"] = Claim(product.method, product.line, product.quantity_stated)
    # Corrections come from the newest text by definition; where the order itself stands
    # is told by the rest of its values.
    depths = [
        f.line.depth for f in draft.fields.values()
        if f.line is not None and f.method != CORRECTION
    ]
    return Candidate(
        order=order,
        claims=claims,
        conflicts={path: [f.value for f in values] for path, values in draft.conflicts.items()},
        replaced={path: f.value for path, f in draft.replaced.items()},
        quoted=bool(depths) and min(depths) > 0,
    )
