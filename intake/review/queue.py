"""The queue's queries: one page of open items, oldest first, and the counts beside it.

A page is LIMIT/OFFSET over ``state = 'open'`` (indexed) ordered by ``created_at, id``;
only small columns are read (the subject and sender come out of the parsed-message JSON
in SQL), so a page costs the same with 10 or 10,000 items waiting.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from extraction.schema import ExtractionResult
from intake.review.reasons import has_reason, reason_codes
from intake.review.validation import check_result
from storage.models import InboundMessage, ProductMapping, ReviewItem, utcnow

NO_PARTNER = "(none)"  # the filter value for items whose partner is unknown
PAGE_SIZE = 25


@dataclass(frozen=True)
class QueueFilter:
    partner: str | None = None  # a partner id, NO_PARTNER, or None for all
    reason: str | None = None  # a reason code, or None for all
    hide_claimed_by_others: bool = False
    viewer: str | None = None  # whose claims count as "ours"


@dataclass
class QueueRow:
    id: int
    partner: str | None
    subject: str | None
    sender: str | None
    received_at: datetime
    reasons: list[str]
    weak_fields: list[str]
    confidence: float | None
    kind: str | None
    claimed_by: str | None

    def age_seconds(self, now: datetime) -> float:
        return max(0.0, (now - self.received_at).total_seconds())


@dataclass
class QueueCounts:
    total: int = 0
    matching: int = 0
    claimed: int = 0
    oldest_received: datetime | None = None
    by_partner: dict[str, int] = field(default_factory=dict)
    by_reason: dict[str, int] = field(default_factory=dict)


def filtered(query: Select, flt: QueueFilter, now: datetime | None = None) -> Select:
    query = query.where(ReviewItem.state == "open")
    if flt.partner == NO_PARTNER:
        query = query.where(ReviewItem.partner_id.is_(None))
    elif flt.partner:
        query = query.where(ReviewItem.partner_id == flt.partner)
    if flt.reason:
        query = query.where(has_reason(flt.reason))
    if flt.hide_claimed_by_others:
        now = now or utcnow()
        query = query.where(or_(
            ReviewItem.claimed_by.is_(None), ReviewItem.claimed_by == flt.viewer,
            ReviewItem.claim_expires_at < now,
        ))
    return query


def queue_page(
    session: Session, flt: QueueFilter, page: int = 0, page_size: int = PAGE_SIZE,
    now: datetime | None = None,
) -> list[QueueRow]:
    now = now or utcnow()
    parsed = InboundMessage.parsed
    query = filtered(
        select(
            ReviewItem.id, ReviewItem.partner_id, parsed["subject"].as_string(),
            parsed["from_address"].as_string(), InboundMessage.received_at, ReviewItem.reasons,
            ReviewItem.weak_fields, ReviewItem.confidence, ReviewItem.proposal["kind"].as_string(),
            ReviewItem.claimed_by, ReviewItem.claim_expires_at,
        ).join(InboundMessage, InboundMessage.id == ReviewItem.inbound_message_id),
        flt, now,
    ).order_by(ReviewItem.created_at, ReviewItem.id).limit(page_size).offset(page * page_size)
    return [
        QueueRow(
            id=r[0], partner=r[1], subject=r[2], sender=r[3], received_at=r[4],
            reasons=list(r[5] or []), weak_fields=list(r[6] or []), confidence=r[7], kind=r[8],
            claimed_by=r[9] if r[10] is not None and r[10] > now else None,
        )
        for r in session.execute(query)
    ]


def queue_counts(session: Session, flt: QueueFilter, now: datetime | None = None) -> QueueCounts:
    """Totals for the sidebar: per partner and per reason over everything open, and how
    many match the current filter."""
    now = now or utcnow()
    counts = QueueCounts()
    open_items = select(ReviewItem.partner_id, ReviewItem.reasons, ReviewItem.claimed_by,
                        ReviewItem.claim_expires_at).where(ReviewItem.state == "open")
    by_partner: Counter[str] = Counter()
    by_reason: Counter[str] = Counter()
    for partner, reasons, claimed_by, expires in session.execute(open_items):
        counts.total += 1
        by_partner[partner or NO_PARTNER] += 1
        by_reason.update(reason_codes(reasons))
        counts.claimed += bool(claimed_by and expires and expires > now)
    counts.by_partner = dict(by_partner.most_common())
    counts.by_reason = dict(by_reason.most_common())
    counts.matching = session.scalar(filtered(select(func.count(ReviewItem.id)), flt, now)) or 0
    counts.oldest_received = session.scalar(
        select(func.min(InboundMessage.received_at))
        .join(ReviewItem, ReviewItem.inbound_message_id == InboundMessage.id)
        .where(ReviewItem.state == "open")
    )
    return counts


def obvious_items(session: Session, item_ids: list[int]) -> list[int]:
    """Of these items, those a validator may approve in bulk as proposed: a known partner,
    an order, no reason but low confidence, and a proposal that passes every check without
    a single warning."""
    rows = session.execute(
        select(ReviewItem.id, ReviewItem.partner_id, ReviewItem.reasons, ReviewItem.proposal)
        .where(ReviewItem.id.in_(item_ids), ReviewItem.state == "open")
    ).all()
    skus = _skus_by_partner(session, {r.partner_id for r in rows if r.partner_id})
    obvious = []
    for item_id, partner, reasons, proposal in rows:
        if not partner or set(reason_codes(reasons)) - {"low_confidence"}:
            continue
        result = ExtractionResult.model_validate(proposal)
        if result.kind != "order":
            continue
        checked = check_result(result, skus.get(partner, set()))
        if checked.ok and not checked.warnings:
            obvious.append(item_id)
    return sorted(obvious, key=item_ids.index)


def _skus_by_partner(session: Session, partner_ids: set[str]) -> dict[str, set[str]]:
    skus: dict[str, set[str]] = {}
    rows = session.execute(select(ProductMapping.partner_id, ProductMapping.partner_sku)
                           .where(ProductMapping.partner_id.in_(partner_ids)))
    for partner, sku in rows:
        skus.setdefault(partner, set()).add(sku.upper())
    return skus
