"""When a failed delivery is tried again, and when we give up.

The seed's policy is the default: 3 attempts, 60 s before the second, x2 after each,
never more than an hour apart; a partner may override each number (Partner.webhook_*).
Delays get +-20 % jitter so that a receiver coming back up is not hit by every retry at
once. Emails are the last resort, so they keep trying for about a day on the same curve.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from intake.settings import Settings
from storage.models import Partner

JITTER = 0.2
# 60 s, 2 min, ... 32 min, then hourly: 30 attempts span roughly a day.
EMAIL_MAX_ATTEMPTS = 30


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int
    first_delay_s: float
    backoff: float
    max_delay_s: float

    def delay_after(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        base = self.first_delay_s * self.backoff ** max(attempt - 1, 0)
        jitter = (rng or random).uniform(1 - JITTER, 1 + JITTER)
        return min(self.max_delay_s, base * jitter)

    def gives_up_after(self, attempt: int) -> bool:
        return attempt >= self.max_attempts


def _pick(override, default):
    return default if override is None else override


def webhook_policy(settings: Settings, partner: Partner | None) -> RetryPolicy:
    p = partner
    return RetryPolicy(
        max_attempts=max(1, _pick(p and p.webhook_max_attempts, settings.webhook_max_attempts)),
        first_delay_s=_pick(p and p.webhook_retry_delay_s, settings.webhook_retry_delay_s),
        backoff=_pick(p and p.webhook_backoff, settings.webhook_backoff),
        max_delay_s=_pick(p and p.webhook_max_delay_s, settings.webhook_max_delay_s),
    )


def email_policy(settings: Settings, partner: Partner | None) -> RetryPolicy:
    webhook = webhook_policy(settings, partner)
    return RetryPolicy(
        max_attempts=max(EMAIL_MAX_ATTEMPTS, webhook.max_attempts),
        first_delay_s=webhook.first_delay_s,
        backoff=webhook.backoff,
        max_delay_s=webhook.max_delay_s,
    )
