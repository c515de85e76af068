"""Commission records per level of an order's channel (the seed's channel distribution)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from storage.models import Commission, utcnow
from storage.rows import insert_plain

# Level 1 is the master partner. The reference file's ``commission_rates`` say the same;
# a master partner's own structure (``Partner.commission_rates``) replaces it.
DEFAULT_COMMISSION_RATES = {1: 5.0, 2: 3.0, 3: 2.0}


def commission_rows(order_id: str, chain: tuple[str, ...], rates: dict[int, float]) -> list[dict]:
    """One commission per level of the chain (master partner first) that has a rate."""
    now = utcnow()
    return [
        {"order_id": order_id, "beneficiary_contact_id": contact_id,
         "commission_level": level, "commission_rate": rates[level], "created_at": now}
        for level, contact_id in enumerate(chain, start=1) if level in rates
    ]


def create_commissions(session: Session, order_id: str, chain: tuple[str, ...],
                       rates: dict[int, float]) -> None:
    insert_plain(session, Commission.__table__, commission_rows(order_id, chain, rates))
