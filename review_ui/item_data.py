"""Everything the item page shows, read in one short transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from extraction.parsed import ParsedMessage
from extraction.schema import ExtractionResult
from storage.models import InboundMessage, Order, Partner, ProductMapping, ReviewItem


@dataclass
class ItemData:
    id: int
    state: str
    partner_id: str | None
    partner_name: str | None
    reasons: list[str]
    weak_fields: list[str]
    confidence: float | None
    claimed_by: str | None
    claim_expires_at: datetime | None
    resolved_by: str | None
    proposal: ExtractionResult
    message_id: int
    channel: str
    received_at: datetime
    envelope_from: str | None
    size: int
    has_raw: bool
    parsed: ParsedMessage | None
    # partner SKU -> "ARTICLE · description", the choices for a product line
    skus: dict[str, str] = field(default_factory=dict)
    partners: list[str] = field(default_factory=list)

    @property
    def subject(self) -> str:
        return (self.parsed.subject if self.parsed else "") or "(no subject)"


def load_item(session: Session, item_id: int) -> ItemData | None:
    item = session.get(ReviewItem, item_id)
    if item is None:
        return None
    message = session.get(InboundMessage, item.inbound_message_id)
    partner = session.get(Partner, item.partner_id) if item.partner_id else None
    return ItemData(
        id=item.id, state=item.state, partner_id=item.partner_id,
        partner_name=partner.name if partner else None, reasons=list(item.reasons or []),
        weak_fields=list(item.weak_fields or []), confidence=item.confidence,
        claimed_by=item.claimed_by, claim_expires_at=item.claim_expires_at,
        resolved_by=item.resolved_by, proposal=ExtractionResult.model_validate(item.proposal),
        message_id=message.id, channel=message.channel, received_at=message.received_at,
        envelope_from=message.envelope_from, size=message.size,
        has_raw=message.raw_purged_at is None,
        parsed=ParsedMessage.model_validate(message.parsed) if message.parsed else None,
        skus=partner_skus(session, item.partner_id),
        partners=list(session.scalars(select(Partner.id).order_by(Partner.id))),
    )


def partner_skus(session: Session, partner_id: str | None) -> dict[str, str]:
    if not partner_id:
        return {}
    rows = session.scalars(select(ProductMapping).where(ProductMapping.partner_id == partner_id)
                           .order_by(ProductMapping.partner_sku))
    return {m.partner_sku: " · ".join(filter(None, [m.article, m.description])) for m in rows}


def load_raw(message_id: int, session: Session) -> bytes | None:
    return session.scalar(select(InboundMessage.raw).where(InboundMessage.id == message_id))


def orders_like(session: Session, partner_id: str | None, result: ExtractionResult,
                limit: int = 5) -> list[Order]:
    """Existing orders of this partner the message may repeat: the same partner order id
    or the order it refers to."""
    if not partner_id:
        return []
    ids = {o.partner_order_id for o in result.orders if o.partner_order_id}
    if result.refers_to:
        ids.add(result.refers_to)
    if not ids:
        return []
    return list(session.scalars(
        select(Order).where(Order.partner_id == partner_id, Order.partner_order_id.in_(ids))
        .order_by(Order.created_at.desc()).limit(limit)))
