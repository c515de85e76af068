"""The SMTP sender assessment, deferred from the listener to the worker.

The listener acknowledges a message as soon as it is stored; asking DNS about the sender
(SPF, DKIM, DMARC) would make the 250 wait on third parties' servers. So it stores what
only the session knows (``receipt_results``: HELO, TLS, the logged-in partner, bare line
endings, and ``assessed_at: null`` meaning "still to do"; the client IP and the envelope
sender have columns of their own), and the worker's parse step assesses the message once
(``needs_assessment``, ``assess_stored``) and merges the verdict in (``merged``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from intake.bare_newlines import bare_line_endings
from intake.logging import get_logger
from intake.mail_auth.assess import Assessment, SmtpContext, assess_smtp_message
from intake.mail_auth.dns_lookup import DnsLookup
from intake.mail_headers import clean_text

log = get_logger("intake.mail_auth")

PENDING = "assessed_at"  # None: to be assessed; an ISO time: done


def receipt_results(smtp: SmtpContext, raw: bytes) -> dict:
    """auth_results as the listener stores them: the session's facts, assessment to do."""
    return {
        "smtp": {"tls": smtp.tls, "auth": smtp.authenticated_partner,
                 "helo": clean_text(smtp.helo, 255), "bare_line_endings": bare_line_endings(raw)},
        PENDING: None,
    }


def needs_assessment(auth_results: dict | None) -> bool:
    """Stored by the listener and not assessed yet (older rows have no marker: done)."""
    return isinstance(auth_results, dict) and PENDING in auth_results \
        and auth_results[PENDING] is None


@dataclass(frozen=True)
class PendingAssessment:
    """Everything the assessment needs besides the bytes, read from the store."""

    smtp: SmtpContext
    partner_id: str | None
    sender_domains: list[str] | None


def pending_from_store(auth_results: dict, *, peer: str | None, envelope_from: str | None,
                       partner_id: str | None,
                       sender_domains: list[str] | None) -> PendingAssessment:
    session = auth_results.get("smtp") or {}
    smtp = SmtpContext(client_ip=peer, helo=session.get("helo"), envelope_from=envelope_from,
                       tls=bool(session.get("tls")), authenticated_partner=session.get("auth"))
    return PendingAssessment(smtp, partner_id, sender_domains)


def assess_stored(raw: bytes, pending: PendingAssessment, *, trusted_authserv_id: str | None,
                  dns_factory: Callable[[], DnsLookup]) -> Assessment:
    """The assessment; a bug in it holds the message for a person instead of failing it."""
    try:
        return assess_smtp_message(raw, pending.smtp, partner_id=pending.partner_id,
                                   sender_domains=pending.sender_domains,
                                   trusted_authserv_id=trusted_authserv_id, dns=dns_factory())
    except Exception as exc:  # noqa: BLE001 - the message goes on, held
        log.error("auth_assessment_failed", error=f"{type(exc).__name__}: {exc}"[:300])
        return Assessment(
            auth_results={"error": type(exc).__name__},
            hold_reasons=[(f"auth_unchecked: sender authentication could not be evaluated "
                           f"({type(exc).__name__})")])


def merged(auth_results: dict, hold_reasons: list[str] | None,
           assessment: Assessment) -> tuple[dict, list[str]]:
    """New auth_results and hold_reasons (new objects: JSON columns see assignment only)."""
    results = {**auth_results, **assessment.auth_results,
               "smtp": {**(auth_results.get("smtp") or {}),
                        **(assessment.auth_results.get("smtp") or {})},
               PENDING: datetime.now(UTC).isoformat(timespec="seconds")}
    holds = list(hold_reasons or [])
    holds += [h for h in assessment.hold_reasons if h not in holds]
    return results, holds
