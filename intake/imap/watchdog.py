"""The alert for a mailbox that is not being read: an error log line, repeated while it
lasts, and a status in its bookkeeping row (`intake imap status`), even when the poller
itself is stuck without an error to report (n8n #36388: "stopped while showing active")."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from intake.logging import get_logger
from storage.mailboxes import has_error_since_success, mailbox_state, record_error
from storage.models import utcnow

log = get_logger("intake.imap")


class StaleWatchdog:
    def __init__(self, sessions: sessionmaker[Session], mailboxes: list[str],
                 stale_after_s: float, started_at: datetime | None = None):
        self.sessions = sessions
        self.mailboxes = mailboxes
        self.stale_after_s = stale_after_s
        self.started_at = started_at or utcnow()
        self._alerted_at: dict[str, datetime] = {}

    @property
    def check_interval_s(self) -> float:
        return max(0.5, min(60.0, self.stale_after_s / 4))

    def check(self, now: datetime | None = None) -> list[str]:
        """The stale mailboxes; each is logged at error level once per stale period."""
        now = now or utcnow()
        stale = []
        with self.sessions.begin() as session:
            for name in self.mailboxes:
                if self._check_one(session, name, now):
                    stale.append(name)
        return stale

    def _check_one(self, session: Session, name: str, now: datetime) -> bool:
        state = mailbox_state(session, name)
        last_ok = state.last_success_at or self.started_at
        age = (now - last_ok).total_seconds()
        if age <= self.stale_after_s:
            self._alerted_at.pop(name, None)
            return False
        if not has_error_since_success(state):
            record_error(session, name, f"stale: not read successfully for {int(age)} s, "
                                        "and the poller reports no error")
        alerted = self._alerted_at.get(name)
        if alerted is None or (now - alerted).total_seconds() >= self.stale_after_s:
            self._alerted_at[name] = now
            log.error("imap_mailbox_stale", mailbox=name, not_read_for_s=int(age),
                      last_success_at=str(state.last_success_at) if state.last_success_at
                      else None, last_error=state.last_error)
        return True
