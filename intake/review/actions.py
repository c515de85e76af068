"""What a validator's decision does to the store, each in the caller's one transaction.

Approval hands the corrected ExtractionResult to ``intake.pipeline.store.apply_result``,
the very function straight-through messages go through, so an approved order is made
exactly as an automatic one. Around it: the claim is checked, the result validated with
the extractor's normalisers, corrections recorded for learning, the message moved to its
final state, the item resolved, and all of it written to the audit log. Nothing here
commits; a refusal raises and the caller's transaction rolls everything back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from extraction.parsed import ParsedMessage
from extraction.schema import ExtractionResult
from intake.review.claims import ItemNotHeld, actor_name, held_item
from intake.review.corrections import field_changes, record_corrections
from intake.review.validation import check_result
from storage.audit import record_audit
from storage.models import InboundMessage, Order, Partner, ProductMapping, ReviewItem, utcnow
from storage.orders import find_order_by_number, find_order_by_partner_order_id


class ReviewRefused(Exception):
    """The decision cannot be carried out; ``problems`` say why, for the validator."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class Outcome:
    item_id: int
    action: str  # approved, not_an_order, rejected, duplicate
    message_state: str
    order_numbers: list[str] = field(default_factory=list)
    existing_orders: list[str] = field(default_factory=list)  # already there, not made again
    corrections: int = 0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = {"approved": "Approved", "not_an_order": "Archived as not an order",
                "rejected": "Rejected", "duplicate": "Linked as duplicate"}[self.action]
        if self.order_numbers:
            text += f": {', '.join(self.order_numbers)}"
        if self.existing_orders:
            text += f" (already there: {', '.join(self.existing_orders)})"
        return text


def approve(
    session: Session, item_id: int, result: ExtractionResult, *, validator: str,
    claim_minutes: float, partner_id: str | None = None, note: str | None = None,
) -> Outcome:
    """Carry out the (corrected) result as the straight-through path would."""
    # The pipeline package loads the extractor; only a decision needs it.
    from intake.pipeline.context import advance
    from intake.pipeline.store import NeedsReview, apply_result

    item = held_item(session, item_id, validator, claim_minutes)
    message = session.get(InboundMessage, item.inbound_message_id, with_for_update=True)
    partner = _decide_partner(session, item, message, partner_id, validator,
                              required=result.kind != "other")
    partner_id = partner.id if partner else None
    checked = check_result(result, _partner_skus(session, partner_id))
    if not checked.ok:
        raise ReviewRefused(checked.problems)
    corrected = checked.result.model_copy(update={"partner": partner_id})
    changes = field_changes(ExtractionResult.model_validate(item.proposal), corrected)
    record_corrections(session, item, _parsed(message), changes, validator, partner_id)
    try:
        final_state = apply_result(session, message, corrected, actor=actor_name(validator))
    except NeedsReview as exc:
        raise ReviewRefused([_unknown_order_text(corrected)]) from exc
    advance(message, final_state)
    made, existing = _orders_of(session, message, corrected)
    action = "approved" if corrected.kind != "other" else "not_an_order"
    _resolve(item, validator, "approved" if action == "approved" else "resolved", {
        "action": action, "kind": corrected.kind, "orders": made, "existing_orders": existing,
        "result": corrected.model_dump(mode="json"), "note": note,
    })
    record_audit(session, actor=actor_name(validator), action=f"review_{action}",
                 entity_type="review_item", entity_id=item.id,
                 details={"message_id": message.id, "kind": corrected.kind, "orders": made,
                          "existing_orders": existing, "message_state": final_state,
                          "corrected_fields": sorted({c.field for c in changes})})
    return Outcome(item.id, action, final_state, made, existing, len(changes), checked.warnings)


def mark_not_an_order(
    session: Session, item_id: int, *, validator: str, claim_minutes: float,
    note: str | None = None,
) -> Outcome:
    """Archive the message: it asks for nothing (out of office, newsletter, question)."""
    item = session.get(ReviewItem, item_id)
    proposal = ExtractionResult.model_validate(item.proposal) if item else ExtractionResult()
    result = proposal.model_copy(update={"kind": "other", "orders": [], "refers_to": None})
    return approve(session, item_id, result, validator=validator, claim_minutes=claim_minutes,
                   partner_id=item.partner_id if item else None, note=note)


def reject(
    session: Session, item_id: int, *, validator: str, claim_minutes: float, reason: str,
    notify_partner: bool = False,
) -> Outcome:
    """Refuse the message: it is archived, the reason kept, and the partner told if asked."""
    from intake.pipeline.context import advance

    reason = (reason or "").strip()
    if not reason:
        raise ReviewRefused(["Say why the message is rejected (the partner may read it)."])
    item = held_item(session, item_id, validator, claim_minutes)
    message = session.get(InboundMessage, item.inbound_message_id, with_for_update=True)
    warnings = []
    notified = notify_partner and _queue_rejection(session, message, reason, validator, warnings)
    advance(message, "archived")
    _resolve(item, validator, "rejected",
             {"action": "rejected", "reason": reason, "partner_notified": notified})
    record_audit(session, actor=actor_name(validator), action="review_rejected",
                 entity_type="review_item", entity_id=item.id,
                 details={"message_id": message.id, "reason": reason,
                          "partner_notified": notified})
    return Outcome(item.id, "rejected", "archived", warnings=warnings)


def link_duplicate(
    session: Session, item_id: int, order_ref: str, *, validator: str, claim_minutes: float,
) -> Outcome:
    """The message repeats an order we have: link it to that order, make nothing new."""
    from intake.pipeline.context import advance

    item = held_item(session, item_id, validator, claim_minutes)
    message = session.get(InboundMessage, item.inbound_message_id, with_for_update=True)
    order = _find_order(session, (order_ref or "").strip(), message.partner_id)
    if message.partner_id is None:
        message.partner_id = item.partner_id = order.partner_id
    record_audit(session, actor=actor_name(validator), action="order_duplicate",
                 entity_type="order", entity_id=order.id,
                 details={"message_id": message.id, "channel": message.channel,
                          "via": "review"})
    advance(message, "done")
    _resolve(item, validator, "resolved", {"action": "duplicate", "order_id": order.id,
                                            "order_number": order.order_number})
    record_audit(session, actor=actor_name(validator), action="review_duplicate",
                 entity_type="review_item", entity_id=item.id,
                 details={"message_id": message.id, "order_number": order.order_number})
    return Outcome(item.id, "duplicate", "done", existing_orders=[order.order_number])


def _decide_partner(
    session: Session, item: ReviewItem, message: InboundMessage, partner_id: str | None,
    validator: str, required: bool,
) -> Partner | None:
    """The message's partner; a validator names it when the intake could not."""
    chosen = partner_id or message.partner_id
    partner = session.get(Partner, chosen) if chosen else None
    if partner is None:
        if required:
            raise ReviewRefused(["Choose the partner this message comes from."])
        return None
    if partner.id != message.partner_id:
        record_audit(session, actor=actor_name(validator), action="review_partner_set",
                     entity_type="message", entity_id=message.id,
                     details={"from": message.partner_id, "to": partner.id})
        message.partner_id = item.partner_id = partner.id
    return partner


def _partner_skus(session: Session, partner_id: str | None) -> set[str] | None:
    if partner_id is None:
        return None
    skus = session.scalars(
        select(ProductMapping.partner_sku).where(ProductMapping.partner_id == partner_id))
    return {sku.upper() for sku in skus}


def _parsed(message: InboundMessage) -> ParsedMessage | None:
    return ParsedMessage.model_validate(message.parsed) if message.parsed else None


def _orders_of(session: Session, message: InboundMessage, result: ExtractionResult):
    """Order numbers this message made now, and those it named that existed before."""
    made = list(session.scalars(
        select(Order.order_number).where(Order.source_message_id == message.id)
        .order_by(Order.source_index)))
    existing = []
    for order in result.orders if result.kind == "order" else []:
        found = order.partner_order_id and find_order_by_partner_order_id(
            session, message.partner_id, order.partner_order_id)
        if found and found.order_number not in made:
            existing.append(found.order_number)
    return made, existing


def _find_order(session: Session, ref: str, partner_id: str | None) -> Order:
    order = find_order_by_number(session, ref.upper()) if ref else None
    if order is None and ref and partner_id:
        order = find_order_by_partner_order_id(session, partner_id, ref)
    if order is None:
        hint = "give an order number (CC-2026-00042) or the partner's order id"
        raise ReviewRefused([f"No order {ref!r}: {hint}."])
    if partner_id is not None and order.partner_id != partner_id:
        raise ReviewRefused([f"Order {order.order_number} belongs to another partner."])
    return order


def _unknown_order_text(result: ExtractionResult) -> str:
    what = "cancelled" if result.kind == "cancellation" else "asked about"
    return (f"There is no order {result.refers_to!r} from this partner to be {what}; check the "
            "partner order id.")


def _queue_rejection(session, message, reason, validator, warnings) -> bool:
    try:
        from intake.notify import queue_rejection_email
    except ImportError:
        warnings.append("Partner notification is not available in this installation.")
        return False
    item = queue_rejection_email(session, message, reason, actor_name(validator))
    if item.state == "skipped":
        warnings.append(f"The partner was not notified: {item.last_error}.")
        return False
    return True


def _resolve(item: ReviewItem, validator: str, state: str, resolution: dict) -> None:
    item.state = state
    item.resolved_at = utcnow()
    item.resolved_by = validator
    item.claimed_by = None
    item.claim_expires_at = None
    item.resolution = resolution


def bulk_approve(
    sessions: sessionmaker[Session], item_ids: list[int], *, validator: str,
    claim_minutes: float,
) -> dict[int, Outcome | str]:
    """Approve each item as proposed, each in its own transaction: one refusal (or an item
    someone else holds) leaves the others alone. Per item: its Outcome, or why not."""
    results: dict[int, Outcome | str] = {}
    for item_id in item_ids:
        try:
            with sessions.begin() as session:
                item = session.get(ReviewItem, item_id)
                proposal = ExtractionResult.model_validate(item.proposal)
                results[item_id] = approve(session, item_id, proposal, validator=validator,
                                           claim_minutes=claim_minutes)
        except (ReviewRefused, ItemNotHeld) as exc:
            results[item_id] = str(exc)
    return results
