"""What every pipeline step gets: settings, sessions, and the claim it works under."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from intake.settings import Settings
from storage.db import read_session_factory
from storage.models import InboundMessage, utcnow


class LostClaim(Exception):
    """Another worker took the message over (our lease ran out): drop our result."""


@dataclass
class StepContext:
    settings: Settings
    sessions: sessionmaker[Session]
    worker: str
    # DNS for the sender assessment in the parse step; None: the system's (tests inject).
    dns_factory: Callable[[], object] | None = None
    # For the reads before a step's slow part: on SQLite they take no write lock.
    readers: sessionmaker[Session] | None = None

    def __post_init__(self) -> None:
        if self.readers is None:
            self.readers = read_session_factory(self.settings.database_url)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short read: load what a step needs, then let go before the slow part.

        Nothing read here may be written back through this session."""
        with self.readers.begin() as session:
            yield session

    @contextmanager
    def unit_of_work(self, message_id: int, expected_state: str) -> Iterator[
        tuple[Session, InboundMessage]
    ]:
        """The step's one write transaction, only while we still hold the message.

        Commits once at the end; renews the lease so the next step may follow at once.
        """
        with self.sessions.begin() as session:
            message = session.get(InboundMessage, message_id, with_for_update=True)
            if (
                message is None
                or message.claimed_by != self.worker
                or message.state != expected_state
            ):
                raise LostClaim(f"message {message_id} is no longer ours in {expected_state}")
            yield session, message
            if message.claimed_by == self.worker:
                message.claim_expires_at = utcnow() + timedelta(
                    seconds=self.settings.worker_lease_s
                )


def advance(message: InboundMessage, state: str) -> None:
    for name, value in state_change(state).items():
        setattr(message, name, value)


def state_change(state: str) -> dict:
    """What moving a message to ``state`` sets: a final state also ends any claim."""
    values = {"state": state, "state_changed_at": utcnow()}
    if state in ("done", "review", "archived", "failed"):
        values.update(claimed_by=None, claim_expires_at=None)
    return values
