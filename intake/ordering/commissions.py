"""Commission records per level of an order's channel (the seed's channel distribution)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Commission, Contact, Order, Partner

# Level 1 is the master partner. The reference file's ``commission_rates`` say the same.
DEFAULT_COMMISSION_RATES = {1: 5.0, 2: 3.0, 3: 2.0}


def commission_rates_for(session: Session, chain: list[Contact]) -> dict[int, float]:
    """The master partner's own structure when it has one, else the default."""
    if chain:
        master = session.scalars(select(Partner).where(Partner.contact_id == chain[0].id)).first()
        if master is not None and master.commission_rates:
            return {int(level): float(rate) for level, rate in master.commission_rates.items()}
    return DEFAULT_COMMISSION_RATES


def create_commissions(session: Session, order: Order, chain: list[Contact]) -> list[Commission]:
    rates = commission_rates_for(session, chain)
    commissions = []
    for level, contact in enumerate(chain, start=1):
        if level not in rates:
            continue
        commission = Commission(
            order_id=order.id,
            beneficiary_contact_id=contact.id,
            commission_level=level,
            commission_rate=rates[level],
        )
        session.add(commission)
        commissions.append(commission)
    return commissions
