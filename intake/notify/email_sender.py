"""Sending one email through the outbound relay (INTAKE_OUTBOUND_SMTP_URL).

``smtp://host:port`` (plain, or ``?starttls=true``), ``smtps://host:port`` (TLS from the
start), with optional ``user:password@``. A 5xx answer is final; a 4xx answer, a refused
connection or a timeout is tried again later (the relay may be down for a while).
"""

from __future__ import annotations

import smtplib
import ssl
import time
from dataclasses import dataclass
from email.message import EmailMessage
from functools import cache
from urllib.parse import parse_qs, unquote, urlsplit

from intake.notify.attempt_result import AttemptResult

TRUE_WORDS = ("1", "true", "yes", "on")


class BadRelayUrl(ValueError):
    pass


@dataclass(frozen=True)
class Relay:
    host: str
    port: int
    implicit_tls: bool
    starttls: bool
    username: str | None
    password: str | None


def parse_relay_url(url: str) -> Relay:
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise BadRelayUrl("INTAKE_OUTBOUND_SMTP_URL must look like smtp[s]://[user:pass@]host:port")
    query = {k.lower(): v[-1].lower() for k, v in parse_qs(parts.query).items()}
    return Relay(
        host=parts.hostname,
        port=parts.port or (465 if parts.scheme == "smtps" else 25),
        implicit_tls=parts.scheme == "smtps",
        starttls=query.get("starttls", "") in TRUE_WORDS,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
    )


def send_email(relay_url: str | None, message: EmailMessage, to: str, timeout_s: float) -> AttemptResult:
    if not relay_url:
        return AttemptResult(delivered=False, attempted=False,
                             error="no relay: INTAKE_OUTBOUND_SMTP_URL is not set")
    try:
        relay = parse_relay_url(relay_url)
    except BadRelayUrl as exc:
        return AttemptResult(delivered=False, attempted=False, error=str(exc))
    started = time.perf_counter()
    try:
        _send(relay, message, to, timeout_s)
    except smtplib.SMTPRecipientsRefused as exc:
        code, _text = next(iter(exc.recipients.values()))
        return _failed(started, code, f"recipient refused: SMTP {code}")
    except smtplib.SMTPResponseException as exc:  # sender refused, data refused, auth...
        return _failed(started, exc.smtp_code, f"{type(exc).__name__}: SMTP {exc.smtp_code}")
    except (OSError, smtplib.SMTPException) as exc:  # refused, timeout, disconnected
        return _failed(started, None, f"{type(exc).__name__}: {str(exc)[:200]}")
    elapsed = (time.perf_counter() - started) * 1000
    return AttemptResult(delivered=True, status_code=250, duration_ms=elapsed)


def _send(relay: Relay, message: EmailMessage, to: str, timeout_s: float) -> None:
    if relay.implicit_tls:
        client = smtplib.SMTP_SSL(relay.host, relay.port, timeout=timeout_s,
                                  context=_tls_context())
    else:
        client = smtplib.SMTP(relay.host, relay.port, timeout=timeout_s)
    with client:
        if relay.starttls:
            client.starttls(context=_tls_context())
        if relay.username:
            client.login(relay.username, relay.password or "")
        client.send_message(message, to_addrs=[to])


@cache
def _tls_context() -> ssl.SSLContext:
    """Loading the system's CA certificates takes tens of milliseconds of CPU: once per
    process, not once per email (it was a third of a busy worker's time)."""
    return ssl.create_default_context()


def _failed(started: float, code: int | None, error: str) -> AttemptResult:
    # 5xx is a final answer, except 535 (bad credentials): that is ours to fix, so retry.
    permanent = code is not None and 500 <= code < 600 and code != 535
    return AttemptResult(
        delivered=False, status_code=code, error=error, permanent=permanent,
        duration_ms=(time.perf_counter() - started) * 1000,
    )
