"""Request rates per API key (and per partner for webhooks), per client address for failures.

A sliding window counter, as the ``limits`` package's (whose notation, "300/minute", we
parse with it): the count of the current fixed window plus the previous window's count
weighted by how much of it still overlaps the last ``expiry`` seconds. Our own few lines
rather than its MemoryStorage, which starts a timer thread every 10 ms to expire keys:
a thread start per request or two on the API's hot path. Stale counters are swept here
once a minute instead.

The counters live in this process's memory: right for the one API process a machine runs
(SQLite, or one uvicorn process per host). Several API processes behind one address would
each count on their own; they would need a shared store (Redis) instead.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

from limits import RateLimitItem, parse

from intake.api.errors import ApiError

SWEEP_EVERY_S = 60.0


@dataclass
class _Counter:
    window: int  # which fixed window ``current`` counts: int(now // expiry)
    previous: int = 0
    current: int = 0


class RateLimits:
    def __init__(self, orders: str, status: str, failures: str):
        self.items = {"orders": parse(orders), "status": parse(status),
                      "failures": parse(failures)}
        self._counters: dict[tuple[str, str], _Counter] = {}
        self._lock = threading.Lock()  # hit from the event loop and the store's thread
        self._swept_at = time.time()

    def hit(self, kind: str, identity: str) -> None:
        """Count one request of ``kind`` for ``identity``; 429 with Retry-After when over."""
        retry_after = self._take(kind, identity)
        if retry_after is not None:
            raise ApiError(
                "rate_limited", f"more than {self.items[kind]} for this {_what(kind)}; "
                f"retry after {retry_after} s", headers={"Retry-After": str(retry_after)})

    def count(self, kind: str, identity: str) -> None:
        """Count one event of ``kind`` without refusing anything (failed authentications)."""
        self._take(kind, identity)

    def _take(self, kind: str, identity: str) -> int | None:
        """Count one if it fits (None); else the whole seconds until one more fits."""
        item = self.items[kind]
        now = time.time()
        with self._lock:
            counter, weighted = self._window(item, kind, identity, now)
            if math.floor(weighted) + 1 <= item.amount:
                counter.current += 1
                return None
            return max(1, math.ceil(_reset_in(item, counter, now)))

    def over(self, kind: str, identity: str) -> bool:
        """Whether ``identity`` has used up ``kind`` (without counting a request)."""
        item = self.items[kind]
        with self._lock:
            _, weighted = self._window(item, kind, identity, time.time())
        return weighted >= item.amount

    def _window(self, item: RateLimitItem, kind: str, identity: str,
                now: float) -> tuple[_Counter, float]:
        """The identity's counter moved to the current window, and its weighted count."""
        expiry = item.get_expiry()
        window = int(now // expiry)
        counter = self._counters.get((kind, identity))
        if counter is None or counter.window < window - 1:
            counter = self._counters[(kind, identity)] = _Counter(window)
        elif counter.window == window - 1:
            counter.window, counter.previous, counter.current = window, counter.current, 0
        if now - self._swept_at > SWEEP_EVERY_S:
            self._sweep(now)
        overlap = (expiry - now % expiry) / expiry  # of the previous window, still counted
        return counter, counter.previous * overlap + counter.current

    def _sweep(self, now: float) -> None:
        self._swept_at = now
        for (kind, identity), counter in list(self._counters.items()):
            if counter.window < int(now // self.items[kind].get_expiry()) - 1:
                del self._counters[(kind, identity)]


def _reset_in(item: RateLimitItem, counter: _Counter, now: float) -> float:
    """Seconds until one more request fits (as ``limits`` reckons it)."""
    expiry = item.get_expiry()
    left = expiry - now % expiry
    waits = [left]
    if counter.previous:
        waits.append(left % (expiry / counter.previous))
    return min(waits)


def _what(kind: str) -> str:
    return {"failures": "client address's failed authentications"}.get(kind, "key")
