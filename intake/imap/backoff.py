"""Waiting between reconnects: capped exponential, with jitter so that many pollers
that lost the same server do not all come back in the same second."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass
class Backoff:
    initial_s: float = 2.0
    cap_s: float = 300.0
    failures: int = 0

    def next_delay(self) -> float:
        """Half the capped exponential, plus a random part of the other half."""
        ceiling = min(self.cap_s, self.initial_s * (2 ** min(self.failures, 30)))
        self.failures += 1
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def reset(self) -> None:
        self.failures = 0
