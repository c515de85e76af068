"""Writing the audit log, in the caller's unit of work (never committed here).

Entries are written at once with one precompiled Core INSERT (an executemany for several):
nothing reads an entry back in the transaction that writes it, so the ORM's flush
machinery would only cost time on every order.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from storage.models import AuditEntry, utcnow
from storage.rows import insert_plain


def audit_row(*, actor: str, action: str, entity_type: str, entity_id: object,
              details: dict | None = None) -> dict:
    return {"at": utcnow(), "actor": actor, "action": action, "entity_type": entity_type,
            "entity_id": str(entity_id), "details": details or {}}


def record_audit(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: object,
    details: dict | None = None,
) -> None:
    record_audits(session, [audit_row(actor=actor, action=action, entity_type=entity_type,
                                      entity_id=entity_id, details=details)])


def record_audits(session: Session, rows: list[dict]) -> None:
    """Several entries (``audit_row``) in one statement."""
    insert_plain(session, AuditEntry.__table__, rows)
