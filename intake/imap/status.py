"""A mailbox's health, as operators see it (`intake imap status`) and the watchdog acts on.

    ok          read successfully within INTAKE_IMAP_STALE_AFTER_S, no error since
    failing     the last attempt failed, but the last success is recent (a reconnect)
    stale       not read successfully for longer than that, or never and erroring:
                an alert, logged at error level by the running poller
    never_read  configured, no attempt recorded yet
"""

from __future__ import annotations

from datetime import datetime

from storage.models import MailboxState

ALERT_STATUSES = ("stale",)


def classify(state: MailboxState | None, now: datetime, stale_after_s: float) -> str:
    if state is None or (state.last_success_at is None and state.last_error_at is None):
        return "never_read"
    if state.last_success_at is None:
        return "stale"  # it never worked and says why in last_error
    if (now - state.last_success_at).total_seconds() > stale_after_s:
        return "stale"
    if state.last_error_at is not None and state.last_error_at >= state.last_success_at:
        return "failing"
    return "ok"


def status_record(name: str, state: MailboxState | None, now: datetime,
                  stale_after_s: float, configured: bool, partner: str | None) -> dict:
    return {
        "mailbox": name,
        "status": classify(state, now, stale_after_s),
        "configured": configured,
        "partner": partner,
        "uidvalidity": state.uidvalidity if state else None,
        "last_uid": state.last_uid if state else None,
        "last_success_at": state.last_success_at if state else None,
        "last_error": state.last_error if state else None,
        "last_error_at": state.last_error_at if state else None,
    }
