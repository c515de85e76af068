"""Registers the outbox delivery with the worker (imported by ``intake.worker``).

Each pass of the worker loop runs one delivery round; the wake-up listener (started on
the first pass) runs rounds as soon as new items are committed.
"""

from __future__ import annotations

from intake.notify.delivery import BATCH_SIZE, deliver_due
from intake.notify.wakeup import ensure_listening
from intake.settings import Settings
from intake.worker import BACKGROUND_JOBS


def deliver_notifications(settings: Settings) -> int:
    ensure_listening(settings.database_url, lambda: _drain(settings))
    return deliver_due(settings)


def _drain(settings: Settings) -> None:
    while deliver_due(settings) >= BATCH_SIZE:
        pass


if deliver_notifications not in BACKGROUND_JOBS:
    BACKGROUND_JOBS.append(deliver_notifications)
