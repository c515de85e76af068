"""SMTP AUTH logins: finding, adding and revoking them. Hashing is the caller's business."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.audit import record_audit
from storage.models import SmtpCredential, utcnow


def find_login(session: Session, username: str) -> SmtpCredential | None:
    """The active (not revoked) login with this user name, case-insensitively."""
    return session.scalars(
        select(SmtpCredential).where(SmtpCredential.username == username.strip().lower(),
                                     SmtpCredential.revoked_at.is_(None))
    ).first()


def add_login(session: Session, partner_id: str, username: str, password_hash: str,
              actor: str) -> SmtpCredential:
    login = SmtpCredential(partner_id=partner_id, username=username.strip().lower(),
                           password_hash=password_hash)
    session.add(login)
    session.flush()
    record_audit(session, actor=actor, action="smtp_login_added", entity_type="partner",
                 entity_id=partner_id, details={"username": login.username})
    return login


def username_taken(session: Session, username: str) -> bool:
    name = username.strip().lower()
    return session.scalar(select(SmtpCredential.id).where(SmtpCredential.username == name)) \
        is not None


def revoke_login(session: Session, username: str, actor: str) -> SmtpCredential | None:
    login = find_login(session, username)
    if login is not None:
        login.revoked_at = utcnow()
        record_audit(session, actor=actor, action="smtp_login_revoked", entity_type="partner",
                     entity_id=login.partner_id, details={"username": login.username})
    return login


def list_logins(session: Session) -> list[SmtpCredential]:
    return list(session.scalars(
        select(SmtpCredential).order_by(SmtpCredential.partner_id, SmtpCredential.username)))
