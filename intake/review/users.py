"""Review-app users: argon2 password hashes, roles, and checking a login."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.audit import record_audit
from storage.models import User

ROLES = ("validator", "admin")
MIN_PASSWORD_LENGTH = 10
# Stored for users who may only log in through OpenID Connect: no password matches it.
NO_PASSWORD = "!oidc-only"

_hasher = PasswordHasher()
_dummy_hash: str | None = None


class UserError(ValueError):
    """A user cannot be added or changed as asked; the message says why."""


def normalize_username(username: str) -> str:
    # Case-insensitive, so that "Anna" and an OpenID e-mail "anna@…" find the same row.
    return (username or "").strip().lower()


def add_user(
    session: Session, username: str, password: str | None, role: str, *, actor: str = "cli",
    note: str | None = None,
) -> User:
    """A new user; ``password=None`` makes one who can log in only through OpenID Connect."""
    name = normalize_username(username)
    if not name or len(name) > 100 or any(ch.isspace() for ch in name):
        raise UserError("a username is 1 to 100 characters without spaces")
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if find_user(session, name) is not None:
        raise UserError(f"user {name!r} exists already")
    user = User(username=name, password_hash=_new_hash(password), role=role, active=True,
                note=note)
    session.add(user)
    session.flush()
    record_audit(session, actor=actor, action="user_added", entity_type="user",
                 entity_id=user.id, details={"username": name, "role": role,
                                             "password": password is not None})
    return user


def set_password(session: Session, username: str, password: str, *, actor: str) -> User:
    user = _existing(session, username)
    user.password_hash = _new_hash(password)
    record_audit(session, actor=actor, action="user_password_set", entity_type="user",
                 entity_id=user.id, details={"username": user.username})
    return user


def set_active(session: Session, username: str, active: bool, *, actor: str) -> User:
    user = _existing(session, username)
    user.active = active
    record_audit(session, actor=actor, action="user_enabled" if active else "user_disabled",
                 entity_type="user", entity_id=user.id, details={"username": user.username})
    return user


def set_role(session: Session, username: str, role: str, *, actor: str) -> User:
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    user = _existing(session, username)
    user.role = role
    record_audit(session, actor=actor, action="user_role_set", entity_type="user",
                 entity_id=user.id, details={"username": user.username, "role": role})
    return user


def find_user(session: Session, username: str) -> User | None:
    name = normalize_username(username)
    return session.scalars(select(User).where(User.username == name)).first()


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with this name and password, or None (and the same work either way,
    so the answer's timing does not tell whether the name exists)."""
    user = find_user(session, username)
    stored = user.password_hash if user is not None and user.active else _dummy()
    if not _verify(stored, password or ""):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


def _verify(stored_hash: str, password: str) -> bool:
    if stored_hash == NO_PASSWORD:
        _verify(_dummy(), password)
        return False
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _new_hash(password: str | None) -> str:
    if password is None:
        return NO_PASSWORD
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"a password has at least {MIN_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def _existing(session: Session, username: str) -> User:
    user = find_user(session, username)
    if user is None:
        raise UserError(f"no user {normalize_username(username)!r}")
    return user


def _dummy() -> str:
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("no user has this password, it only costs time")
    return _dummy_hash
