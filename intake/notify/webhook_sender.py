"""Sending one signed status webhook over HTTP.

Only the status code counts: 2xx is delivered, 410 asks us to stop, anything else
(another status, a timeout, a refused connection) is tried again. Redirects are not
followed. The response body is never read, so a receiver cannot hold us beyond the
timeout by trickling it, and nothing it says ends up in our logs or store.
"""

from __future__ import annotations

import ssl
import time
from functools import cache

import certifi
import httpx

from intake.notify.attempt_result import AttemptResult
from intake.webhook_signing import signed_headers

USER_AGENT = "ChargeCars-Intake-Webhooks/1"


def post_webhook(
    url: str, secret: str, webhook_id: str, body: str, timeout_s: float
) -> AttemptResult:
    headers = {
        **signed_headers(secret, webhook_id, body),
        "content-type": "application/json",
        "user-agent": USER_AGENT,
    }
    started = time.perf_counter()
    try:
        with (
            httpx.Client(timeout=httpx.Timeout(timeout_s), follow_redirects=False,
                         verify=_tls_context()) as client,
            client.stream("POST", url, content=body.encode(), headers=headers) as response,
        ):
            code = response.status_code
    except httpx.TimeoutException as exc:
        return _failed(started, f"timeout after {timeout_s:g} s ({type(exc).__name__})")
    except httpx.HTTPError as exc:
        return _failed(started, f"{type(exc).__name__}: {str(exc)[:200]}")
    elapsed = (time.perf_counter() - started) * 1000
    if 200 <= code < 300:
        return AttemptResult(delivered=True, status_code=code, duration_ms=elapsed)
    return AttemptResult(
        delivered=False, status_code=code, error=f"HTTP {code}", duration_ms=elapsed,
        gone=code == 410,
    )


@cache
def _tls_context() -> ssl.SSLContext:
    """Loading the CA bundle takes ~40 ms: once per process, not once per webhook. A new
    connection per webhook is kept on purpose: no stale keep-alive can eat an attempt."""
    return ssl.create_default_context(cafile=certifi.where())


def _failed(started: float, error: str) -> AttemptResult:
    return AttemptResult(
        delivered=False, error=error, duration_ms=(time.perf_counter() - started) * 1000
    )
