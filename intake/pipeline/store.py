"""Step 4, store: act on the route. extracted -> done | review | archived.

Straight through, each order is created by the one order-creation path; a cancellation
or status question is applied to the order it refers to; anything else is archived. To
review, the message becomes one review item with what was proposed and why it waits.
All of it in one transaction: a crash leaves the message ``extracted``, and the rerun
finds the orders it already made (unique per message and per partner order id).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from extraction.schema import ExtractionResult
from intake.lifecycle import record_status_event
from intake.notify import queue_status_answer
from intake.ordering import OrderOutcome, OrderSource, create_order
from intake.ordering.reference import cached_partner
from intake.pipeline.context import StepContext, advance
from intake.pipeline.route import latest_extraction
from storage.audit import record_audit
from storage.models import Extraction, InboundMessage, Partner, ReviewItem
from storage.orders import find_order_by_partner_order_id

FROM_STATE = "extracted"
ACTOR = "worker"


class NeedsReview(Exception):
    """A straight-through action found it cannot go on alone (e.g. unknown order)."""


def run(ctx: StepContext, message_id: int) -> None:
    with ctx.unit_of_work(message_id, FROM_STATE) as (session, message):
        extraction = latest_extraction(session, message_id)
        if extraction.route == "auto":
            try:
                with session.begin_nested():
                    result = ExtractionResult.model_validate(extraction.result)
                    final_state = apply_result(session, message, result, actor=ACTOR)
            except NeedsReview as exc:
                extraction.route_reasons = [*extraction.route_reasons, str(exc)]
                final_state = open_review_item(session, message, extraction)
        else:
            final_state = open_review_item(session, message, extraction)
        advance(message, final_state)


def apply_result(
    session: Session, message: InboundMessage, result: ExtractionResult, actor: str,
    outcomes: list[OrderOutcome] | None = None,
) -> str:
    """Carry out what a message says; returns its final state. Straight-through messages
    and a validator's approval both end here, so both make orders the same way.
    ``outcomes``, when given, receives each order made or found (the API answers with it)."""
    partner = cached_partner(session, message.partner_id)  # no query while unchanged
    if result.kind == "order":
        for index, order in enumerate(result.orders):
            source = OrderSource(
                channel=message.channel, actor=actor, message_id=message.id, index=index,
                confidence=getattr(order, "confidence", None),
            )
            outcome = create_order(session, partner, order, source)
            if outcomes is not None:
                outcomes.append(outcome)
        return "done"
    if result.kind == "cancellation":
        order = _referred_order(session, partner, result)
        record_status_event(session, order, "cancelled", actor=actor,
                            note=f"cancelled by partner message {message.id}")
        return "done"
    if result.kind == "status_question":
        order = _referred_order(session, partner, result)
        record_audit(session, actor=actor, action="status_question", entity_type="order",
                     entity_id=order.id, details={"message_id": message.id})
        queue_status_answer(session, order, message)  # answered in the question's thread
        return "done"
    return "archived"


def _referred_order(session: Session, partner: Partner, result: ExtractionResult):
    order = (
        find_order_by_partner_order_id(session, partner.id, result.refers_to)
        if result.refers_to
        else None
    )
    if order is None:
        raise NeedsReview(
            f"unknown_order: {result.kind} refers to {result.refers_to!r}, which is not an order"
        )
    return order


def open_review_item(session: Session, message: InboundMessage, extraction: Extraction) -> str:
    """One review item per message; a replayed message updates its item and reopens it."""
    result = ExtractionResult.model_validate(extraction.result)
    item = session.scalars(
        select(ReviewItem).where(ReviewItem.inbound_message_id == message.id)
    ).first()
    if item is None:
        item = ReviewItem(inbound_message_id=message.id)
        session.add(item)
    item.partner_id = message.partner_id
    item.extraction_id = extraction.id
    item.reasons = list(extraction.route_reasons or ["low_confidence"])
    item.weak_fields = weak_fields(result)
    item.proposal = extraction.result
    item.confidence = result.confidence
    item.state = "open"
    item.claimed_by = None
    item.claim_expires_at = None
    return "review"


def weak_fields(result: ExtractionResult, below: float = 0.9) -> list[str]:
    return sorted(
        {
            f"orders[{index}].{field}"
            for index, order in enumerate(result.orders)
            for field, confidence in order.field_confidence.items()
            if confidence < below
        }
    )
