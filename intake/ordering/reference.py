"""Partner reference data held in memory while the store says it is current.

Every order needs its partner, the partner's channel chain (master partner first), the
master's commission rates and the partner's SKU mapping, and every API request its key:
five or six queries that return the same rows all day. This process keeps them per
database, tagged with ``reference_version`` (``storage.models.reference``), which the
store's triggers move on every change of those tables. One cheap read of that number per
lookup tells whether what we hold is still true; when it moved, everything is read again.
So a revoked key, a new SKU or a changed chain count from the next request on, whichever
process or tool changed them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import bindparam, event, select
from sqlalchemy.orm import Session

from intake.ordering.commissions import DEFAULT_COMMISSION_RATES
from storage.loaded import attach_loaded
from storage.models import ApiKey, Contact, Partner, ProductMapping, ReferenceVersion
from storage.rows import autoflush

_partners = Partner.__table__
_VERSION = select(ReferenceVersion.__table__.c.version)
_PARTNER = select(_partners).where(_partners.c.id == bindparam("id"))
_MASTER_RATES = select(_partners.c.commission_rates).where(
    _partners.c.contact_id == bindparam("contact_id")).limit(1)
_PARENT = select(Contact.__table__.c.parent_organization_id).where(
    Contact.__table__.c.id == bindparam("id"))
_SKUS = select(ProductMapping.__table__).where(
    ProductMapping.__table__.c.partner_id == bindparam("partner_id"))
_KEY = select(ApiKey.__table__).where(ApiKey.__table__.c.prefix == bindparam("prefix"))


@dataclass(frozen=True)
class PartnerReference:
    """What order creation needs to know about a partner."""

    row: dict  # the partner's row, every column
    chain: tuple[str, ...]  # contact ids, master partner first, the partner's own last
    commission_rates: dict[int, float]
    skus: dict[str, tuple[str, str | None]]  # SKU in upper case -> (article, article type)

    @property
    def id(self) -> str:
        return self.row["id"]

    def partner_in(self, session: Session) -> Partner:
        """The partner as an object of ``session``, without a query."""
        # Lists and dicts copied: the session's object may be changed, ours must not.
        return attach_loaded(session, Partner, self.row, copy_mutables=True)


@dataclass
class KeyRecord:
    """An API key as stored. ``last_used_at`` is what this process last wrote."""

    id: int
    prefix: str
    key_hash: str
    partner_id: str
    revoked_at: Any
    last_used_at: Any


@dataclass
class _Snapshot:
    version: int
    entries: dict = field(default_factory=dict)


_snapshots: WeakKeyDictionary = WeakKeyDictionary()  # engine -> _Snapshot
_lock = threading.Lock()
_ABSENT = object()


def partner_reference(session: Session, partner_id: str | None) -> PartnerReference | None:
    if partner_id is None:
        return None
    return _cached(session, ("partner", partner_id), lambda: _load_partner(session, partner_id))


def cached_partner(session: Session, partner_id: str | None) -> Partner | None:
    """``session.get(Partner, partner_id)`` without its query while nothing changed."""
    reference = partner_reference(session, partner_id)
    return reference.partner_in(session) if reference is not None else None


def api_key_record(session: Session, prefix: str) -> KeyRecord | None:
    return _cached(session, ("key", prefix), lambda: _load_key(session, prefix))


def _cached(session: Session, key: tuple, load: Callable[[], Any]) -> Any:
    snapshot = _current_snapshot(session)
    value = snapshot.entries.get(key, _ABSENT)
    if value is _ABSENT:
        value = load()
        if value is not None:  # misses are not kept: anyone may send made-up key prefixes
            snapshot.entries[key] = value
    return value


def _current_snapshot(session: Session) -> _Snapshot:
    version = _version(session)
    engine = session.get_bind().engine
    snapshot = _snapshots.get(engine)
    if snapshot is None or snapshot.version != version:
        snapshot = _Snapshot(version)
        with _lock:
            _snapshots[engine] = snapshot
    return snapshot


def _version(session: Session) -> int:
    """The store's reference version, read once per transaction: again only after a
    flush of this transaction (its triggers may have moved it) or a rollback (of a
    savepoint that did). A group-commit batch of API requests reads it once."""
    autoflush(session)  # a flush forgets the version (below)
    version = session.info.get(_VERSION_KEY)
    if version is None:
        version = session.info[_VERSION_KEY] = session.execute(_VERSION).scalar_one()
    return version


_VERSION_KEY = "intake.reference_version"


@event.listens_for(Session, "after_flush")
@event.listens_for(Session, "after_soft_rollback")
def _forget_version(session: Session, *_args) -> None:
    session.info.pop(_VERSION_KEY, None)


@event.listens_for(Session, "after_transaction_end")
def _forget_version_at_the_end(session: Session, transaction) -> None:
    if transaction.parent is None:  # PostgreSQL: the next transaction may see a new one
        session.info.pop(_VERSION_KEY, None)


def _load_partner(session: Session, partner_id: str) -> PartnerReference | None:
    row = session.execute(_PARTNER, {"id": partner_id}).mappings().first()
    if row is None:
        return None
    chain = _chain(session, row["contact_id"])
    skus = {m["partner_sku"].upper(): (m["article"], m["article_type"])
            for m in session.execute(_SKUS, {"partner_id": partner_id}).mappings()}
    return PartnerReference(dict(row), chain, _rates(session, chain), skus)


def _chain(session: Session, contact_id: str | None) -> tuple[str, ...]:
    """The partner's organization and its parents, master partner first."""
    chain: list[str] = []
    while contact_id is not None and contact_id not in chain:  # a cycle must not loop
        chain.append(contact_id)
        contact_id = session.execute(_PARENT, {"id": contact_id}).scalar()
    return tuple(reversed(chain))


def _rates(session: Session, chain: tuple[str, ...]) -> dict[int, float]:
    """The master partner's own structure when it has one, else the default."""
    if chain:
        rates = session.execute(_MASTER_RATES, {"contact_id": chain[0]}).scalar()
        if rates:
            return {int(level): float(rate) for level, rate in rates.items()}
    return DEFAULT_COMMISSION_RATES


def _load_key(session: Session, prefix: str) -> KeyRecord | None:
    row = session.execute(_KEY, {"prefix": prefix}).mappings().first()
    if row is None:
        return None
    return KeyRecord(row["id"], row["prefix"], row["key_hash"], row["partner_id"],
                     row["revoked_at"], row["last_used_at"])
