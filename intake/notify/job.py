"""The outbox delivery, one of the worker's background jobs (``intake.worker``).

Each pass of the worker loop runs one delivery round; the wake-up listener (started on
the first pass) runs rounds as soon as new items are committed.
"""

from __future__ import annotations

from intake import wakeup
from intake.notify.delivery import BATCH_SIZE, deliver_due
from intake.settings import Settings
from storage.announcements import OUTBOX


def deliver_notifications(settings: Settings) -> int:
    wakeup.subscribe(settings.database_url, OUTBOX, lambda: _drain(settings))
    return deliver_due(settings)


def _drain(settings: Settings) -> None:
    while deliver_due(settings) >= BATCH_SIZE:
        pass

