"""A delivery round reads first whether anything waits for it: items this process is
sending, and emails without a relay, do not; another process's claims do (it may be dead)."""

from __future__ import annotations

from datetime import timedelta

from intake.notify.claims import any_due
from storage.db import session_scope
from storage.models import OutboxItem, utcnow
from tests.notify.store_data import configure_partner, new_order, outbox

MINE, OTHERS = "host:100:", "host:200:"


def _due(url: str, kinds=("webhook", "email")) -> bool:
    with session_scope(url) as session:
        return any_due(session, kinds, in_flight_prefix=MINE)


def _claim(url: str, claimant: str | None, expires_in_s: float = 60) -> None:
    with session_scope(url) as session:
        item = session.query(OutboxItem).one()
        item.claimed_by = claimant
        item.claim_expires_at = utcnow() + timedelta(seconds=expires_in_s) if claimant else None


def test_what_a_round_counts_as_waiting(settings):
    url = settings.database_url
    assert not _due(url)  # an empty outbox
    configure_partner(url, notification_email="orders@groendus.nl")
    new_order(url)
    assert [item.kind for item in outbox(url)] == ["email"]
    assert _due(url)
    assert not _due(url, kinds=("webhook",))  # no relay: emails are not this round's
    _claim(url, MINE + "abc")
    assert not _due(url)  # being sent by this process right now
    _claim(url, OTHERS + "abc")
    assert _due(url)  # another worker's claim: it may have died, the round looks
    _claim(url, MINE + "abc", expires_in_s=-1)
    assert _due(url)  # our own lease ran out
    with session_scope(url) as session:
        session.query(OutboxItem).one().next_attempt_at = utcnow() + timedelta(minutes=1)
    _claim(url, None)
    assert not _due(url)  # retried later, not now


def test_the_sqlite_wakeup_probe_ignores_items_being_sent(sqlite_settings):
    import sqlite3

    from sqlalchemy.engine import make_url

    from intake.wakeup import SQLITE_PROBES
    from storage.announcements import OUTBOX

    url = sqlite_settings.database_url
    configure_partner(url, notification_email="orders@groendus.nl")
    new_order(url)

    def probe() -> bool:
        now = utcnow().replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
        with sqlite3.connect(make_url(url).database) as conn:
            return conn.execute(SQLITE_PROBES[OUTBOX], (now,)).fetchone() is not None

    assert probe()
    _claim(url, OTHERS + "abc")
    assert not probe()  # a claimed item wakes nobody: the worker's poll looks after it
    _claim(url, OTHERS + "abc", expires_in_s=-1)
    assert probe()
