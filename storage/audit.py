"""Writing the audit log. Entries are added to the caller's unit of work, never committed here."""

from __future__ import annotations

from sqlalchemy.orm import Session

from storage.models import AuditEntry


def record_audit(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: object,
    details: dict | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        details=details or {},
    )
    session.add(entry)
    return entry
