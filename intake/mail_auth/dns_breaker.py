"""A circuit breaker for DNS: when no server answers, stop asking for a while.

A resolver that never answers costs every lookup its whole timeout, so on a machine
without DNS each message would spend the full budget in the worker. After a lookup
that had its full time runs out with no server answering, the breaker opens: lookups
fail at once (recorded as temperror) for ``open_for_s``. Then one lookup is let through
as a probe; any answer (NXDOMAIN and SERVFAIL count: a server spoke) closes the breaker,
another timeout opens it again. Temperror never holds a message, so while it is open
mail flows with its DNS results marked temperror.

One breaker per set of nameservers per process (``shared_breaker``), shared by every
assessment's lookup, whatever its own budget.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from enum import Enum

from intake.logging import get_logger

log = get_logger("intake.mail_auth.dns")

OPEN_FOR_S = 60.0


class Outcome(Enum):
    ANSWERED = "answered"  # a server replied, whatever it said
    UNANSWERED = "unanswered"  # the lookup had its full time and nobody replied
    INCONCLUSIVE = "inconclusive"  # e.g. cut short by the message's budget: says nothing


class DnsBreaker:
    def __init__(self, open_for_s: float = OPEN_FOR_S,
                 clock: Callable[[], float] = time.monotonic):
        self.open_for_s = open_for_s
        self._clock = clock
        self._lock = threading.Lock()
        self._opened_at: float | None = None
        self._probing = False

    @property
    def is_open(self) -> bool:
        return self._opened_at is not None

    def allow(self) -> bool:
        """May a lookup go out now? Every True must be followed by ``record``."""
        with self._lock:
            if self._opened_at is None:
                return True
            if self._probing or self._clock() - self._opened_at < self.open_for_s:
                return False
            self._probing = True  # this caller is the one probe
            return True

    def record(self, outcome: Outcome) -> None:
        with self._lock:
            was_open, self._probing = self._opened_at is not None, False
            if outcome is Outcome.ANSWERED:
                self._opened_at = None
            elif outcome is Outcome.UNANSWERED:
                self._opened_at = self._clock()
            # INCONCLUSIVE leaves the state as it was; a probe may go out again at once.
        if outcome is Outcome.ANSWERED and was_open:
            log.info("dns_breaker_closed", note="DNS answers again")
        elif outcome is Outcome.UNANSWERED and not was_open:
            log.warning("dns_breaker_open", seconds=self.open_for_s,
                        note="no DNS server answered; lookups fail at once as temperror")


_shared: dict[Hashable, DnsBreaker] = {}
_shared_lock = threading.Lock()


def shared_breaker(key: Hashable) -> DnsBreaker:
    """The process's breaker for one set of nameservers (``key``)."""
    with _shared_lock:
        return _shared.setdefault(key, DnsBreaker())
