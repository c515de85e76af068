"""One backend's reading of a message, verified and routed into an ``ExtractionResult``."""

from __future__ import annotations

from dataclasses import dataclass, field

from extraction.candidate import Candidate
from extraction.coverage import unread_values
from extraction.dates import message_date
from extraction.evidence import Locator
from extraction.offline.extract import OfflineExtraction
from extraction.offline.kind import KindDecision
from extraction.partners import PartnerProfile
from extraction.routing import route_by_confidence
from extraction.schema import ExtractionResult
from extraction.single_item import speaks_of_more_than_one, written_counts
from extraction.strays import accounted_values, stray_values
from extraction.verify import VerifyContext, verify_order
from extraction.verify_kind import DOUBT as KIND_DOUBT
from extraction.verify_kind import kind_confidence, message_holds, order_also_cancels


@dataclass
class Reading:
    """What one backend read: the kind, the order it refers to, the orders it proposes."""

    backend: str
    kind: KindDecision
    candidates: list[Candidate]
    llm_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    reasons: list[str] = field(default_factory=list)


@dataclass
class MessageFacts:
    """What verification needs to know about the message, computed once per message."""

    offline: OfflineExtraction
    locator: Locator
    partner: PartnerProfile | None
    parsed: object
    unread: dict[str, str]  # values behind labels nobody recognised (extraction.coverage)
    strays: dict = field(default_factory=dict)  # newest-text values no field accounts for
    more_than_one: bool = True  # the message speaks of a count above one (single_item.py)
    counts: set = field(default_factory=set)  # charger counts written in the text (single_item.py)


def facts_for(parsed, offline: OfflineExtraction, partner) -> MessageFacts:
    locator = Locator(offline.lines, parsed, message_date(parsed.date))
    names = (partner.name.lower(), partner.id.lower()) if partner else ()
    strays = stray_values(locator, offline.own_values, offline.own_domains, names,
                          parsed.subject)
    more = speaks_of_more_than_one(parsed.subject, locator.lines)
    counts = written_counts(parsed.subject, locator.lines)
    return MessageFacts(offline, locator, partner, parsed, unread_values(locator), strays, more,
                        counts)


def verify_reading(reading: Reading, facts: MessageFacts, threshold: float,
                   comparisons: list[Candidate] = ()) -> ExtractionResult:
    context = VerifyContext(
        locator=facts.locator, partner=facts.partner, own_values=facts.offline.own_values,
        own_domains=facts.offline.own_domains, reference=facts.locator.reference,
        comparisons=list(comparisons), unread=facts.unread, strays=facts.strays,
        accounted=accounted_values(reading.candidates), more_than_one=facts.more_than_one,
        unmatched_counts=_unmatched_counts(facts.counts, reading.candidates),
    )
    kind = reading.kind.kind
    orders = [verify_order(c, context) for c in reading.candidates] if kind == "order" else []
    if kind == "order":
        confidence = min((o.confidence for o in orders), default=0.0)
        reasons = grouped_reasons(orders)
        if order_also_cancels(facts.locator):
            confidence = min(confidence, KIND_DOUBT)
            reasons.append("kind: an order whose newest text also cancels or replaces something")
    else:
        confidence, reasons = kind_confidence(
            reading.kind, reading.kind.refers_to, facts.locator, facts.offline.all_drafts,
            subject=facts.parsed.subject, partner=facts.partner,
        )
    hold, hold_reasons = message_holds(facts.parsed, kind, facts.offline.lines.truncated)
    result = ExtractionResult(
        kind=kind,
        partner=facts.partner.id if facts.partner else None,
        orders=orders,
        refers_to=reading.kind.refers_to if kind in ("cancellation", "status_question") else None,
        confidence=round(min(confidence, hold), 3),
        reasons=[*hold_reasons, *reading.reasons, *reasons],
        backend=reading.backend,
        llm_calls=reading.llm_calls,
        prompt_tokens=reading.prompt_tokens,
        completion_tokens=reading.completion_tokens,
    )
    if facts.partner is None:
        result.confidence = min(result.confidence, 0.5)
        result.reasons.insert(0, "partner: the message reached no known partner's address")
    return route(result, threshold)


def _unmatched_counts(counts: set, candidates: list[Candidate]) -> set:
    """Written counts that nothing in the message's orders accounts for: not a product's
    quantity, not a product's total over the orders, not the number of orders ("Opdrachten
    week 7 (3 stuks)")."""
    totals: dict[str, int] = {}
    for candidate in candidates:
        for product in candidate.order.products:
            key = str(product.partner_sku or product.description or "").upper()
            totals[key] = totals.get(key, 0) + product.quantity
    accounted = {p.quantity for c in candidates for p in c.order.products}
    accounted |= set(totals.values()) | {len(candidates)}
    return {n for n in counts if n is None or n not in accounted}


def grouped_reasons(orders) -> list[str]:
    """"orders[0]: <why>: field, field, ..." once per reason, not once per field."""
    grouped: dict[tuple[int, str], list[str]] = {}
    for index, order in enumerate(orders):
        for reason in order.reasons:
            path, _, why = reason.partition(": ")
            grouped.setdefault((index, why), []).append(path)
    return [f"orders[{i}]: {why}: {', '.join(paths)}" for (i, why), paths in grouped.items()]


def route(result: ExtractionResult, threshold: float) -> ExtractionResult:
    result.route, why = route_by_confidence(result, threshold)
    # The per-field reasons are already there; add what routing concluded from them.
    explained = {r.split(":", 1)[0] for r in result.reasons}
    result.reasons.extend(r for r in why if r.split(":", 1)[0] not in explained
                          and not r.startswith("orders["))
    return result
