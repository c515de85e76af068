"""IMAP bookkeeping queries: which mailbox generation we read, up to which UID, and when.

A UID only means something together with the mailbox's UIDVALIDITY: when the server
reports a new UIDVALIDITY, everything we knew about UIDs is void and the mailbox is read
from the start again (the message store's dedup key keeps that from storing anything
twice). Like every query module, nothing here commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import MailboxState, utcnow

ERROR_TEXT_LIMIT = 2000


@dataclass(frozen=True)
class Generation:
    uidvalidity: int
    last_uid: int  # the highest UID stored in this generation; 0 when none yet
    reset_from: int | None  # the UIDVALIDITY we had before, when it changed


def mailbox_state(session: Session, mailbox: str) -> MailboxState:
    """The mailbox's row, created on first use (a concurrent creator wins, we reuse it)."""
    state = session.scalars(select(MailboxState).where(MailboxState.mailbox == mailbox)).first()
    if state is not None:
        return state
    state = MailboxState(mailbox=mailbox, last_uid=0)
    try:
        with session.begin_nested():
            session.add(state)
    except IntegrityError:
        state = session.scalars(select(MailboxState).where(MailboxState.mailbox == mailbox)).one()
    return state


def start_generation(session: Session, mailbox: str, uidvalidity: int) -> Generation:
    """Compare the server's UIDVALIDITY with ours; on a change, forget the old UIDs."""
    state = mailbox_state(session, mailbox)
    previous = state.uidvalidity
    if previous != uidvalidity:
        state.uidvalidity = uidvalidity
        state.last_uid = 0
    return Generation(
        uidvalidity=uidvalidity,
        last_uid=state.last_uid or 0,
        reset_from=previous if previous is not None and previous != uidvalidity else None,
    )


def record_fetched(session: Session, mailbox: str, uidvalidity: int, uid: int) -> None:
    """Note that ``uid`` is stored; call it in the transaction that stores the message.

    Storing counts as reading successfully: a first import of a big mailbox that takes
    longer than the stale limit is not an alert.
    """
    state = mailbox_state(session, mailbox)
    if state.uidvalidity != uidvalidity:
        # Another reader saw a newer generation meanwhile: our UID means nothing there.
        return
    state.last_uid = max(state.last_uid or 0, uid)
    state.last_success_at = utcnow()


def record_success(session: Session, mailbox: str, at: datetime | None = None) -> None:
    """The mailbox was read to its end just now."""
    state = mailbox_state(session, mailbox)
    state.last_success_at = at or utcnow()


def record_error(session: Session, mailbox: str, error: str, at: datetime | None = None) -> None:
    state = mailbox_state(session, mailbox)
    state.last_error = error[:ERROR_TEXT_LIMIT]
    state.last_error_at = at or utcnow()


def has_error_since_success(state: MailboxState) -> bool:
    if state.last_error_at is None:
        return False
    return state.last_success_at is None or state.last_error_at >= state.last_success_at


def stored_refresh_token(session: Session, mailbox: str) -> str | None:
    return mailbox_state(session, mailbox).oauth_refresh_token


def store_refresh_token(session: Session, mailbox: str, token: str) -> None:
    """Keep a refresh token the provider rotated: the old one may already be dead."""
    mailbox_state(session, mailbox).oauth_refresh_token = token


def mailbox_states(session: Session) -> list[MailboxState]:
    return list(session.scalars(select(MailboxState).order_by(MailboxState.mailbox)))
