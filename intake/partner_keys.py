"""Partner API keys: issued once, kept only as a hash, checked in constant time.

A key reads ``cci_live_ab12cd34_<64 hex>`` (``cci_test_…`` for a sandbox partner): the
part before the last underscore is its prefix, stored in clear so that operators and
logs can name a key without holding it; the rest is 256 random bits. A SHA-256 of the
whole key is enough here (no argon2): the secret is random, not a password, so there is
nothing to guess from the hash.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from intake.ordering.reference import KeyRecord, api_key_record, partner_reference
from storage.audit import record_audit
from storage.models import ApiKey, Partner, utcnow

LIVE, TEST = "cci_live", "cci_test"
_ID_ALPHABET = string.ascii_lowercase + string.digits
KEY_PATTERN = re.compile(r"^(cci_(?:live|test)_[a-z0-9]{8})_([0-9a-f]{64})$")
# last_used_at is bookkeeping, not an audit: writing it once a minute is enough.
LAST_USED_RESOLUTION = timedelta(minutes=1)


class UnknownKey(LookupError):
    """No key with that prefix (``partners revoke``)."""


@dataclass(frozen=True)
class IssuedKey:
    key: str  # the full key: shown once, never stored
    prefix: str
    partner_id: str


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def split_key(presented: str) -> tuple[str, str] | None:
    """(prefix, secret) of a well-formed key, else None."""
    match = KEY_PATTERN.match(presented.strip())
    return (match.group(1), match.group(2)) if match else None


def is_test_key(prefix: str) -> bool:
    return prefix.startswith(TEST + "_")


def new_key(sandbox: bool) -> tuple[str, str]:
    """A fresh (key, prefix)."""
    prefix = f"{TEST if sandbox else LIVE}_" + "".join(
        secrets.choice(_ID_ALPHABET) for _ in range(8)
    )
    return f"{prefix}_{secrets.token_hex(32)}", prefix


def issue_key(
    session: Session, partner: Partner, *, rotate: bool = False,
    grace: timedelta = timedelta(0), actor: str = "cli",
) -> IssuedKey:
    """A new key for ``partner``. With ``rotate`` its other keys stop working after ``grace``
    (zero: at once), so a partner can switch over without a moment without a valid key."""
    key, prefix = new_key(partner.sandbox)
    session.add(ApiKey(partner_id=partner.id, prefix=prefix, key_hash=key_hash(key)))
    retired = []
    if rotate:
        ends = utcnow() + grace
        for old in active_keys(session, partner.id):
            if old.prefix != prefix:
                old.revoked_at = ends
                retired.append(old.prefix)
    record_audit(session, actor=actor, action="api_key_issued", entity_type="partner",
                 entity_id=partner.id,
                 details={"prefix": prefix, "retired": retired, "grace_s": grace.total_seconds()})
    return IssuedKey(key=key, prefix=prefix, partner_id=partner.id)


def active_keys(session: Session, partner_id: str, now: datetime | None = None) -> list[ApiKey]:
    now = now or utcnow()
    keys = session.scalars(select(ApiKey).where(ApiKey.partner_id == partner_id)).all()
    return [k for k in keys if k.revoked_at is None or k.revoked_at > now]


def revoke_key(session: Session, prefix: str, actor: str = "cli") -> ApiKey:
    key = session.scalars(select(ApiKey).where(ApiKey.prefix == prefix)).first()
    if key is None:
        raise UnknownKey(f"no API key with prefix {prefix!r}")
    now = utcnow()
    if key.revoked_at is None or key.revoked_at > now:
        key.revoked_at = now
        record_audit(session, actor=actor, action="api_key_revoked", entity_type="partner",
                     entity_id=key.partner_id, details={"prefix": prefix})
    return key


@dataclass(frozen=True)
class KeyCheck:
    """The outcome of checking a presented key: ``key`` when good, else an error code."""

    key: KeyRecord | None
    error: str | None  # invalid_api_key | api_key_revoked | key_environment_mismatch
    partner: Partner | None = None


def check_key(session: Session, presented: str, now: datetime | None = None) -> KeyCheck:
    """Keys and partners come from memory while the store's reference version stands
    (``intake.ordering.reference``): a revocation counts from the next request on."""
    parts = split_key(presented)
    if parts is None:
        return KeyCheck(None, "invalid_api_key")
    prefix, _secret = parts
    stored = api_key_record(session, prefix)
    # Compare even when no key has this prefix, so timing does not tell prefixes apart.
    expected = stored.key_hash if stored is not None else key_hash("no such key")
    if not hmac.compare_digest(expected, key_hash(presented.strip())) or stored is None:
        return KeyCheck(None, "invalid_api_key")
    now = now or utcnow()
    if stored.revoked_at is not None and stored.revoked_at <= now:
        return KeyCheck(None, "api_key_revoked")
    reference = partner_reference(session, stored.partner_id)
    if reference is None or not reference.row["active"]:
        return KeyCheck(None, "invalid_api_key")
    if is_test_key(prefix) != bool(reference.row["sandbox"]):
        return KeyCheck(None, "key_environment_mismatch")
    if stored.last_used_at is None or now - stored.last_used_at > LAST_USED_RESOLUTION:
        session.execute(_TOUCH, {"key_id": stored.id, "now": now})
        stored.last_used_at = now
    return KeyCheck(stored, None, reference.partner_in(session))


_TOUCH = (update(ApiKey.__table__).where(ApiKey.__table__.c.id == bindparam("key_id"))
          .values(last_used_at=bindparam("now")))
