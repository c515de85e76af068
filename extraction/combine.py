"""Both backends ran: verify each against the other, then keep the better-supported values.

Where the two readings agree a value is confirmed; where they differ both are capped (a
person decides). Per field the value with the higher verified confidence is kept, so a
model never overrides a labelled value the offline backend read, and the offline backend's
gaps can be filled by a model value the text supports.
"""

from __future__ import annotations

from dataclasses import replace

from extraction.assemble import MessageFacts, Reading, grouped_reasons, route, verify_reading
from extraction.fields import SCALAR_FIELDS, get_field, set_field
from extraction.offline.kind import KindDecision
from extraction.schema import ExtractedOrder, ExtractionResult
from extraction.verify import CONFLICT, order_confidence


def combine_readings(offline: Reading, llm: Reading, facts: MessageFacts,
                     threshold: float) -> ExtractionResult:
    decision, kind_reasons = agree_on_kind(offline.kind, llm.kind)
    by_llm = verify_reading(
        Reading("llm", decision, llm.candidates, llm.llm_calls, llm.prompt_tokens,
                llm.completion_tokens, llm.reasons), facts, threshold, offline.candidates)
    by_offline = verify_reading(Reading("offline", decision, offline.candidates), facts,
                                threshold, llm.candidates)
    result = by_llm.model_copy(deep=True)
    result.backend = "offline+llm"
    if decision.kind == "order":
        result.orders = _best_orders(by_llm.orders, by_offline.orders)
        result.confidence = min((o.confidence for o in result.orders), default=0.0)
        # The message's own reasons stay; order reasons and routing's verdict are redone.
        result.reasons = [r for r in by_llm.reasons if not r.startswith(("orders[", "confidence "))]
        result.reasons += grouped_reasons(result.orders)
    else:
        result.confidence = max(by_llm.confidence, by_offline.confidence)
        result.reasons = by_offline.reasons if by_offline.confidence >= by_llm.confidence \
            else by_llm.reasons
    if kind_reasons:
        result.confidence = min(result.confidence, CONFLICT)
        result.reasons = [*kind_reasons, *result.reasons]
    return route(result, threshold)


def agree_on_kind(offline: KindDecision, llm: KindDecision) -> tuple[KindDecision, list[str]]:
    if offline.kind == llm.kind:
        refers_to = offline.refers_to or llm.refers_to
        # The offline reading's doubts (order ids named, order-like details) stay.
        return replace(offline, refers_to=refers_to,
                       reasons=[] if refers_to else offline.reasons), []
    reason = f"kind: the offline reading ({offline.kind}) and the model's ({llm.kind}) differ"
    if "order" in (offline.kind, llm.kind):
        return KindDecision("order", customer_data=True), [reason]
    if offline.machine:
        return offline, [reason]
    return llm, [reason]


def _best_orders(by_llm: list[ExtractedOrder], by_offline: list[ExtractedOrder]):
    result, used = [], set()
    for order in by_llm:
        twin = _twin(order, by_offline, used)
        result.append(_best_fields(order, twin) if twin is not None else order)
    result += [o for i, o in enumerate(by_offline) if i not in used]
    return result


def _twin(order: ExtractedOrder, others: list[ExtractedOrder], used: set[int]):
    for i, other in enumerate(others):
        if i not in used and order.partner_order_id and (
            (other.partner_order_id or "").casefold() == order.partner_order_id.casefold()
        ):
            used.add(i)
            return other
    if len(others) == 1 and 0 not in used:
        used.add(0)
        return others[0]
    return None


def _best_fields(llm: ExtractedOrder, offline: ExtractedOrder) -> ExtractedOrder:
    best = llm.model_copy(deep=True)
    for path in SCALAR_FIELDS:
        mine, theirs = llm.field_confidence.get(path, -1), offline.field_confidence.get(path, -1)
        if get_field(offline, path) is not None and theirs > mine:
            _take_field(best, offline, path)
    if _products_confidence(offline) > _products_confidence(llm):
        best.products = offline.products
        for key in [k for k in best.field_confidence if k.startswith("products")]:
            del best.field_confidence[key]
        best.field_confidence.update(
            {k: v for k, v in offline.field_confidence.items() if k.startswith("products")})
        best.reasons = [r for r in best.reasons if not r.startswith("products")]
        best.reasons += [r for r in offline.reasons if r.startswith("products")]
    best.confidence = order_confidence(best)
    return best


def _take_field(best: ExtractedOrder, source: ExtractedOrder, path: str) -> None:
    set_field(best, path, get_field(source, path))
    best.field_confidence[path] = source.field_confidence[path]
    if path in source.evidence:
        best.evidence[path] = source.evidence[path]
    best.reasons = [r for r in best.reasons if not r.startswith(f"{path}:")]
    best.reasons += [r for r in source.reasons if r.startswith(f"{path}:")]


def _products_confidence(order: ExtractedOrder) -> float:
    scores = [v for k, v in order.field_confidence.items() if k.startswith("products")]
    return min(scores) if scores else -1.0
