"""Storing inbound messages and handing them out to workers.

``store_raw_message`` is what every way in calls before it acknowledges anything: the
message is committed (and fsynced) before the caller answers 250 or 202.
"""

from __future__ import annotations

import hashlib
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from sqlalchemy import or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from storage.announcements import MESSAGES, announce
from storage.audit import record_audit
from storage.models import PENDING_STATES, InboundMessage, utcnow


@dataclass(frozen=True)
class StoredMessage:
    id: int
    duplicate: bool  # True: we had it already; ``id`` is the original's
    row: dict | None = None  # a new message's column values, as inserted


def dedup_key_for(sender: str | None, message_id: str | None, sha256: str) -> str:
    """Same sender + same Message-ID is the same message; without a Message-ID, same bytes."""
    who = (sender or "").strip().lower()
    what = f"mid:{message_id.strip()}" if message_id and message_id.strip() else f"sha:{sha256}"
    return hashlib.sha256(f"{who}\0{what}".encode()).hexdigest()


def store_raw_message(session: Session, **values) -> StoredMessage:
    """Insert the message, or recognise it as one we already have (counted and logged).

    Runs in the caller's transaction; takes ``message_row``'s keywords. The unique dedup
    key decides, in the database: ``INSERT … ON CONFLICT DO NOTHING`` returns no id for a
    message we already hold, so a duplicate never spoils the rest of the unit of work.
    """
    return store_raw_messages(session, [values])[0]


def store_raw_messages(session: Session, requests: list[dict]) -> list[StoredMessage]:
    """``store_raw_message`` for several messages with one INSERT (the SMTP listener's
    group commit: its hot path, hence Core, not the ORM). Results in the requests' order;
    a second copy within the batch is a duplicate of the first, as it would be later."""
    rows = [message_row(**request) for request in requests]
    inserted = {key: new_id for new_id, key in session.execute(_insert_statement(session), rows)}
    results = []
    for row in rows:
        new_id = inserted.pop(row["dedup_key"], None)  # pop: a second copy finds nothing
        if new_id is None:
            results.append(_count_duplicate(session, row))
        else:
            results.append(StoredMessage(id=new_id, duplicate=False, row=row))
    if not all(result.duplicate for result in results):
        announce(session, MESSAGES)
    return results


def message_row(
    *,
    raw: bytes,
    channel: str,
    partner_id: str | None,
    envelope_from: str | None,
    envelope_to: list[str],
    message_id: str | None,
    peer: str | None = None,
    source_ref: str | None = None,
    auth_results: dict | None = None,
    hold_reasons: list[str] | None = None,
) -> dict:
    """The inbound_messages row for a message as it arrives: state ``received``."""
    sha256 = hashlib.sha256(raw).hexdigest()
    now = utcnow()
    return dict(
        channel=channel,
        partner_id=partner_id,
        message_id_header=(message_id or None) and message_id[:998],
        envelope_from=envelope_from,
        envelope_to=list(envelope_to),
        peer=peer,
        received_at=now,
        size=len(raw),
        sha256=sha256,
        raw=raw,
        dedup_key=dedup_key_for(envelope_from, message_id, sha256),
        duplicate_count=0,
        source_ref=source_ref,
        auth_results=auth_results,
        hold_reasons=list(hold_reasons or []),
        state="received",
        state_changed_at=now,
        next_attempt_at=now,
        attempts=0,
        llm_rounds=0,
    )


@lru_cache(maxsize=2)
def _insert_statement_for(dialect: str):
    """Built once per dialect, so SQLAlchemy compiles it once (ON CONFLICT: both have it)."""
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    table = InboundMessage.__table__
    return (
        insert(table)
        .on_conflict_do_nothing(index_elements=["dedup_key"])
        .returning(table.c.id, table.c.dedup_key)
    )


def _insert_statement(session: Session):
    return _insert_statement_for(session.get_bind().dialect.name)


def _count_duplicate(session: Session, row: dict) -> StoredMessage:
    key = row["dedup_key"]
    original = session.scalars(select(InboundMessage).where(InboundMessage.dedup_key == key)).one()
    # In SQL, not in Python: concurrent resends of one message must not lose a count.
    original.duplicate_count = InboundMessage.duplicate_count + 1
    record_audit(
        session,
        actor=row["channel"],
        action="message_duplicate",
        entity_type="message",
        entity_id=original.id,
        details={"sha256": row["sha256"], "same_bytes": row["sha256"] == original.sha256,
                 "source_ref": row["source_ref"]},
    )
    return StoredMessage(id=original.id, duplicate=True)


def worker_identity() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def claim_next_message(
    session: Session, worker: str, lease: timedelta, now: datetime | None = None
) -> InboundMessage | None:
    """Take the oldest message with work to do and lease it to ``worker``.

    On PostgreSQL ``FOR UPDATE SKIP LOCKED`` lets many workers claim side by side without
    waiting on each other; SQLite ignores it (one worker runs there). A lease whose worker
    died runs out and the message is claimable again.
    """
    now = now or utcnow()
    candidate = session.scalars(
        select(InboundMessage)
        .where(
            InboundMessage.state.in_(PENDING_STATES),
            InboundMessage.next_attempt_at <= now,
            or_(InboundMessage.claim_expires_at.is_(None), InboundMessage.claim_expires_at < now),
        )
        .order_by(InboundMessage.next_attempt_at, InboundMessage.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    ).first()
    if candidate is None:
        return None
    candidate.claimed_by = worker
    candidate.claim_expires_at = now + lease
    return candidate


def release_claims(session: Session, worker: str | None = None) -> int:
    """Free claims: all of them (a lone SQLite worker starting up) or one worker's."""
    statement = update(InboundMessage).where(InboundMessage.claimed_by.is_not(None))
    if worker is not None:
        statement = statement.where(InboundMessage.claimed_by == worker)
    result = session.execute(statement.values(claimed_by=None, claim_expires_at=None))
    return result.rowcount or 0


def holds_claim(session: Session, message_id: int, worker: str) -> bool:
    """Whether ``worker`` still holds the message (its lease may have been taken over)."""
    claimed_by = session.scalar(
        select(InboundMessage.claimed_by).where(InboundMessage.id == message_id)
    )
    return claimed_by == worker


def replay_message(session: Session, message_id: int, actor: str) -> InboundMessage:
    """Put a failed message back in the state it failed in, to be processed again."""
    message = session.get(InboundMessage, message_id)
    if message is None:
        raise LookupError(f"no message with id {message_id}")
    if message.state != "failed":
        raise ValueError(f"message {message_id} is {message.state}, not failed; nothing to replay")
    message.state = message.failed_state or "received"
    message.state_changed_at = utcnow()
    message.error = None
    message.claimed_by = None
    message.claim_expires_at = None
    message.next_attempt_at = utcnow()
    record_audit(session, actor=actor, action="message_replayed", entity_type="message",
                 entity_id=message_id, details={"resumes_at": message.state})
    return message
