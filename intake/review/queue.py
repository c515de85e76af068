"""The queue's queries: one page of open items, oldest first, and the counts beside it.

Two queries per page. The first reads only small columns of every open item (id, age,
partner, reasons, claim: found through the ``state`` index), from which the counts and
the filter are worked out, because reasons are sentences whose code is read in Python
(``reasons.reason_code``), the same on SQLite and PostgreSQL. The second reads the one
page of rows by id, the subject and sender pulled out of the parsed-message JSON in SQL.
At 1,000 open items that is a few milliseconds (bench/review_ui.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from extraction.schema import ExtractionResult
from intake.review.reasons import reason_codes
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


@dataclass(frozen=True)
class OpenItem:
    id: int
    partner: str | None
    codes: tuple[str, ...]
    claimed_by: str | None  # only while the claim runs

    def matches(self, flt: QueueFilter) -> bool:
        if flt.partner == NO_PARTNER and self.partner is not None:
            return False
        if flt.partner not in (None, NO_PARTNER) and self.partner != flt.partner:
            return False
        if flt.reason and flt.reason not in self.codes:
            return False
        return not (flt.hide_claimed_by_others and self.claimed_by not in (None, flt.viewer))


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


def open_items(session: Session, now: datetime | None = None) -> list[OpenItem]:
    """Every open item, oldest first, in its smallest form."""
    now = now or utcnow()
    rows = session.execute(
        select(ReviewItem.id, ReviewItem.partner_id, ReviewItem.reasons, ReviewItem.claimed_by,
               ReviewItem.claim_expires_at)
        .where(ReviewItem.state == "open").order_by(ReviewItem.created_at, ReviewItem.id))
    return [OpenItem(item_id, partner, tuple(reason_codes(reasons)),
                     claimed_by if expires is not None and expires > now else None)
            for item_id, partner, reasons, claimed_by, expires in rows]


def queue_counts(session: Session, flt: QueueFilter, now: datetime | None = None,
                 items: list[OpenItem] | None = None) -> QueueCounts:
    """Totals for the sidebar: per partner and per reason over everything open, and how
    many match the filter."""
    items = open_items(session, now) if items is None else items
    by_partner: Counter[str] = Counter(i.partner or NO_PARTNER for i in items)
    by_reason: Counter[str] = Counter(code for i in items for code in i.codes)
    oldest = session.scalar(
        select(InboundMessage.received_at)
        .join(ReviewItem, ReviewItem.inbound_message_id == InboundMessage.id)
        .where(ReviewItem.state == "open").order_by(InboundMessage.received_at).limit(1))
    return QueueCounts(
        total=len(items), matching=sum(i.matches(flt) for i in items),
        claimed=sum(i.claimed_by is not None for i in items), oldest_received=oldest,
        by_partner=dict(by_partner.most_common()), by_reason=dict(by_reason.most_common()))


def queue_page(session: Session, flt: QueueFilter, page: int = 0, page_size: int = PAGE_SIZE,
               now: datetime | None = None, items: list[OpenItem] | None = None,
               ) -> list[QueueRow]:
    now = now or utcnow()
    items = open_items(session, now) if items is None else items
    matching = [i.id for i in items if i.matches(flt)]
    ids = matching[page * page_size:(page + 1) * page_size]
    if not ids:
        return []
    parsed = InboundMessage.parsed
    rows = session.execute(
        select(ReviewItem.id, ReviewItem.partner_id, parsed["subject"].as_string(),
               parsed["from_address"].as_string(), InboundMessage.received_at,
               ReviewItem.reasons, ReviewItem.weak_fields, ReviewItem.confidence,
               ReviewItem.proposal["kind"].as_string(), ReviewItem.claimed_by,
               ReviewItem.claim_expires_at)
        .join(InboundMessage, InboundMessage.id == ReviewItem.inbound_message_id)
        .where(ReviewItem.id.in_(ids)))
    by_id = {r[0]: QueueRow(
        id=r[0], partner=r[1], subject=r[2], sender=r[3], received_at=r[4],
        reasons=list(r[5] or []), weak_fields=list(r[6] or []), confidence=r[7], kind=r[8],
        claimed_by=r[9] if r[10] is not None and r[10] > now else None) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


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
