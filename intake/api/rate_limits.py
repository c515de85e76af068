"""Request rates per API key (and per partner for webhooks), with the ``limits`` package.

The counters live in this process's memory: right for the one API process a machine runs
(SQLite, or one uvicorn process per host). Several API processes behind one address would
each count on their own; they would need the ``limits`` Redis storage instead.
"""

from __future__ import annotations

import math
import time

from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import SlidingWindowCounterRateLimiter

from intake.api.errors import ApiError


class RateLimits:
    def __init__(self, orders: str, status: str, failures: str):
        # Sliding window counter: O(1) per hit; a moving window keeps every timestamp.
        self._limiter = SlidingWindowCounterRateLimiter(MemoryStorage())
        self.items = {"orders": parse(orders), "status": parse(status),
                      "failures": parse(failures)}

    def hit(self, kind: str, identity: str) -> None:
        """Count one request of ``kind`` for ``identity``; 429 with Retry-After when over."""
        item = self.items[kind]
        if self._limiter.hit(item, kind, identity):
            return
        reset_at, _remaining = self._limiter.get_window_stats(item, kind, identity)
        retry_after = max(1, math.ceil(reset_at - time.time()))
        raise ApiError(
            "rate_limited", f"more than {item} for this {_what(kind)}; retry after "
            f"{retry_after} s", headers={"Retry-After": str(retry_after)})

    def count(self, kind: str, identity: str) -> None:
        """Count one event of ``kind`` without refusing anything (failed authentications)."""
        self._limiter.hit(self.items[kind], kind, identity)

    def over(self, kind: str, identity: str) -> bool:
        """Whether ``identity`` has used up ``kind`` (without counting a request)."""
        return not self._limiter.test(self.items[kind], kind, identity)


def _what(kind: str) -> str:
    return {"failures": "client address's failed authentications"}.get(kind, "key")
