"""Step 3, route: decide straight through ("auto") or a validator ("review"), and why.

The extractor's verified confidence decides first; then the message-level holds that no
text in the message can lift: an unknown or unauthenticated sender, limits hit while
parsing, an address that does not validate, an unknown partner. The decision is kept on
the extraction; the message stays ``extracted`` until the store step acts on it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from extraction import route_by_confidence
from extraction.parsed import ParsedMessage
from extraction.schema import ExtractionResult
from intake.ordering.checks import address_problems
from intake.pipeline.context import StepContext
from storage.models import Extraction, InboundMessage, Partner

FROM_STATE = "extracted"


def run(ctx: StepContext, message_id: int) -> str:
    with ctx.unit_of_work(message_id, FROM_STATE) as (session, message):
        extraction = latest_extraction(session, message_id)
        partner = session.get(Partner, message.partner_id) if message.partner_id else None
        threshold = _threshold(ctx, partner)
        result = ExtractionResult.model_validate(extraction.result)
        route, reasons = route_by_confidence(result, threshold)
        holds = message_holds(message, result, partner)
        extraction.route = "review" if holds else route
        extraction.route_reasons = [*reasons, *holds]
    return "store"


def latest_extraction(session: Session, message_id: int) -> Extraction:
    """The newest extraction of a message: the one that counts."""
    return session.scalars(
        select(Extraction).where(Extraction.inbound_message_id == message_id)
        .order_by(Extraction.id.desc()).limit(1)
    ).one()


def _threshold(ctx: StepContext, partner: Partner | None) -> float:
    if partner is not None and partner.confidence_threshold is not None:
        return partner.confidence_threshold
    return ctx.settings.confidence_threshold


def message_holds(
    message: InboundMessage, result: ExtractionResult, partner: Partner | None
) -> list[str]:
    """Reasons, beyond confidence, why this message must wait for a validator."""
    holds = list(message.hold_reasons or [])
    if partner is None:
        holds.append("unknown_partner: the message reached no partner's intake address")
    parsed = ParsedMessage.model_validate(message.parsed) if message.parsed else None
    if parsed is not None:
        holds.extend(parsed.problems)
    if result.error:
        holds.append(f"extraction_error: {result.error}")
    if result.kind == "order":
        if not result.orders:
            holds.append("no_order_found: the message reads as an order but none was extracted")
        for index, order in enumerate(result.orders):
            holds.extend(f"orders[{index}] {problem}" for problem in address_problems(order))
    return holds
