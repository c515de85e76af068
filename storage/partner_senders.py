"""What the ways in need to know about partners' senders, read in one query."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Partner


def sender_domains_by_partner(session: Session) -> dict[str, list[str]]:
    """Partner id -> its sender domains (lower case), for every partner."""
    rows = session.execute(select(Partner.id, Partner.sender_domains))
    return {pid: [d.lower() for d in domains or []] for pid, domains in rows}


def partner_exists(session: Session, partner_id: str) -> bool:
    return session.get(Partner, partner_id) is not None
