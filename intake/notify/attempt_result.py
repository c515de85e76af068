"""What one delivery attempt came to, whichever way it was sent."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AttemptResult:
    delivered: bool
    status_code: int | None = None  # HTTP status, or the SMTP reply code
    error: str | None = None  # short, and never the receiver's response body
    duration_ms: float = 0.0
    # No retry can help (SMTP 5xx): give up now instead of after the last attempt.
    permanent: bool = False
    # HTTP 410 Gone: the receiver asks us to stop; the callback gets disabled.
    gone: bool = False
    # Nothing was attempted (e.g. no relay configured): not counted, tried again later.
    attempted: bool = True
