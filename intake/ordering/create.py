"""Creating an order: the one code path for straight-through, approved and API orders.

It follows the seed's steps: find or create the contacts, number the order, put the
partner in the channel, map the products, keep the partner's ids in ``partner_metadata``,
and recognise a partner order id seen before.

Everything that needs no database is decided before the first write (the lines, flags
and notes, the commissions), the partner's reference data comes from memory
(``reference``), and each table gets one precompiled Core statement (``storage.rows``):
on SQLite every statement runs under the store's single write lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import and_, bindparam, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from extraction.schema import Order as OrderData
from intake.lifecycle import record_first_event
from intake.ordering.checks import address_problems
from intake.ordering.commissions import create_commissions
from intake.ordering.contacts import find_or_create_customer
from intake.ordering.products import map_products
from intake.ordering.reference import PartnerReference, partner_reference
from storage.audit import audit_row, record_audit
from storage.models import Order, OrderLine, Partner
from storage.models.base import new_uuid
from storage.orders import allocate_order_number, sandbox_order_number
from storage.rows import autoflush, insert_new, insert_new_many


@dataclass
class OrderOutcome:
    order: Order
    created: bool  # False: the partner sent this order before; ``order`` is the existing one


@dataclass
class OrderSource:
    channel: str  # smtp, imap, api, webhook, form
    actor: str  # who creates it: "worker", "validator:anna", "api"
    message_id: int | None = None
    index: int = 0  # which order of the message
    confidence: float | None = None


def create_order(
    session: Session, partner: Partner, data: OrderData, source: OrderSource
) -> OrderOutcome:
    """``partner``: the partner's object, or anything with its ``id``."""
    existing = _existing_order(session, partner.id, data, source)
    if existing is not None:
        record_audit(
            session, actor=source.actor, action="order_duplicate", entity_type="order",
            entity_id=existing.id,
            details={"partner_order_id": data.partner_order_id, "message_id": source.message_id,
                     "channel": source.channel},
        )
        return OrderOutcome(existing, created=False)

    reference = partner_reference(session, partner.id)
    reference.partner_in(session)  # notifications read it: no query for it later
    order_id = new_uuid()
    lines = map_products(order_id, reference.skus, data.products)
    customer, _ = find_or_create_customer(session, data.customer)
    sandbox = reference.row["sandbox"]  # a test order: no live number, no commission
    number = sandbox_order_number() if sandbox else allocate_order_number(session)
    order = insert_new(session, Order, _order_values(
        order_id, reference, data, source, lines, customer.id, number))
    set_committed_value(order, "lines",
                        insert_new_many(session, OrderLine, lines, match_on="position"))
    if not sandbox:
        create_commissions(session, order.id, reference.chain, reference.commission_rates)
    created = audit_row(
        actor=source.actor, action="order_created", entity_type="order", entity_id=order.id,
        details={"order_number": order.order_number, "partner": reference.id,
                 "message_id": source.message_id, "channel": source.channel})
    record_first_event(session, order, actor=source.actor, audit=[created])
    return OrderOutcome(order, created=True)


def _order_values(order_id: str, reference: PartnerReference, data: OrderData,
                  source: OrderSource, lines: list[dict], customer_id: str,
                  number: str) -> dict:
    flags, notes = _problems(lines, data)
    return {
        "id": order_id,
        "order_number": number,
        "partner_id": reference.id,
        "partner_order_id": data.partner_order_id,
        "account_contact_id": reference.row["contact_id"],
        "end_customer_contact_id": customer_id,
        "channel_contact_ids": list(reference.chain),
        "partner_metadata": _partner_metadata(data),
        "status": "received",
        "original_address": data.customer.address.model_dump(),
        "preferred_date": data.installation_preferences.preferred_date,
        "installation_notes": data.installation_preferences.notes,
        "flags": flags,
        "notes": notes,
        "needs_manual_intervention": bool(flags),
        "sandbox": reference.row["sandbox"],
        "channel": source.channel,
        "source_message_id": source.message_id,
        "source_index": source.index,
        "confidence": source.confidence,
        "created_by": source.actor,
    }


def _existing_order(
    session: Session, partner_id: str, data: OrderData, source: OrderSource
) -> Order | None:
    """The order this one repeats: same partner order id, else same message and index."""
    by_id, by_source = bool(data.partner_order_id), source.message_id is not None
    if not by_id and not by_source:
        return None
    autoflush(session)
    found = session.execute(_existing_lookup(by_id, by_source), {
        "partner_id": partner_id, "partner_order_id": data.partner_order_id,
        "message_id": source.message_id, "index": source.index}).all()
    if not found:
        return None
    # Both may match, two different orders: the partner order id decides, as it always did.
    best = min(found, key=lambda row: 0 if by_id and row.partner_order_id ==
               data.partner_order_id and row.partner_id == partner_id else 1)
    return session.get(Order, best.id)


@lru_cache(maxsize=4)
def _existing_lookup(by_id: bool, by_source: bool):
    orders = Order.__table__
    conditions = []
    if by_id:
        conditions.append(and_(orders.c.partner_id == bindparam("partner_id"),
                               orders.c.partner_order_id == bindparam("partner_order_id")))
    if by_source:
        conditions.append(and_(orders.c.source_message_id == bindparam("message_id"),
                               orders.c.source_index == bindparam("index")))
    return select(orders.c.id, orders.c.partner_id, orders.c.partner_order_id).where(
        or_(*conditions)).limit(2)


def _partner_metadata(data: OrderData) -> dict:
    references = data.partner_references.model_dump()
    return {"partner_order_id": data.partner_order_id, "partner_references": references}


def _problems(lines: list[dict], data: OrderData) -> tuple[list[str], list[str]]:
    """Unmapped SKUs and doubtful addresses still make the order, with a note and a flag."""
    flags, notes = [], []
    unmapped = [line["partner_sku"] or line["description"] for line in lines
                if line["unmapped"]]
    if unmapped:
        flags.append("unmapped_sku")
        notes.append(f"Unmapped partner products: {', '.join(map(str, unmapped))}")
    if not data.products:
        flags.append("no_products")
        notes.append("The order names no products")
    problems = address_problems(data)
    if problems:
        flags.append("invalid_address")
        notes.extend(problems)
    return flags, notes
