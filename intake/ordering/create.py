"""Creating an order: the one code path for straight-through, approved and API orders.

It follows the seed's steps: find or create the contacts, number the order, put the
partner in the channel, map the products, keep the partner's ids in ``partner_metadata``,
and recognise a partner order id seen before.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from extraction.schema import Order as OrderData
from intake.lifecycle import record_status_event
from intake.ordering.checks import address_problems
from intake.ordering.commissions import create_commissions
from intake.ordering.contacts import channel_chain, find_or_create_customer
from intake.ordering.products import map_products
from storage.audit import record_audit
from storage.models import Order, Partner
from storage.orders import (
    allocate_order_number,
    find_order_by_partner_order_id,
    find_order_by_source,
)


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
    existing = _existing_order(session, partner, data, source)
    if existing is not None:
        record_audit(
            session, actor=source.actor, action="order_duplicate", entity_type="order",
            entity_id=existing.id,
            details={"partner_order_id": data.partner_order_id, "message_id": source.message_id,
                     "channel": source.channel},
        )
        return OrderOutcome(existing, created=False)

    customer, _ = find_or_create_customer(session, data.customer)
    chain = channel_chain(session, partner)
    order = Order(
        order_number=allocate_order_number(session),
        partner_id=partner.id,
        partner_order_id=data.partner_order_id,
        account_contact_id=partner.contact_id,
        end_customer_contact_id=customer.id,
        channel_contact_ids=[c.id for c in chain],
        partner_metadata=_partner_metadata(data),
        original_address=data.customer.address.model_dump(),
        preferred_date=data.installation_preferences.preferred_date,
        installation_notes=data.installation_preferences.notes,
        sandbox=partner.sandbox,
        channel=source.channel,
        source_message_id=source.message_id,
        source_index=source.index,
        confidence=source.confidence,
        created_by=source.actor,
    )
    order.lines = map_products(session, partner.id, data.products)
    _flag_problems(order, data)
    session.add(order)
    session.flush()
    create_commissions(session, order, chain)
    record_audit(
        session, actor=source.actor, action="order_created", entity_type="order",
        entity_id=order.id,
        details={"order_number": order.order_number, "partner": partner.id,
                 "message_id": source.message_id, "channel": source.channel},
    )
    record_status_event(session, order, "received", actor=source.actor)
    return OrderOutcome(order, created=True)


def _existing_order(
    session: Session, partner: Partner, data: OrderData, source: OrderSource
) -> Order | None:
    if data.partner_order_id:
        found = find_order_by_partner_order_id(session, partner.id, data.partner_order_id)
        if found is not None:
            return found
    if source.message_id is not None:
        return find_order_by_source(session, source.message_id, source.index)
    return None


def _partner_metadata(data: OrderData) -> dict:
    references = data.partner_references.model_dump()
    return {"partner_order_id": data.partner_order_id, "partner_references": references}


def _flag_problems(order: Order, data: OrderData) -> None:
    """Unmapped SKUs and doubtful addresses still make the order, with a note and a flag."""
    flags, notes = [], []
    unmapped = [line.partner_sku or line.description for line in order.lines if line.unmapped]
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
    order.flags, order.notes = flags, notes
    order.needs_manual_intervention = bool(flags)
