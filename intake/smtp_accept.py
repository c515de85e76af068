"""What the SMTP listener does with a message once DATA is complete, in a worker thread:
refuse a smuggling attempt, assess the sender, store. The handler only turns the
outcome into an SMTP reply."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from intake.bare_newlines import bare_line_endings, smuggled_end_of_data
from intake.logging import get_logger
from intake.mail_auth import Assessment, DnsLookup, SmtpContext, assess_smtp_message
from intake.mail_headers import message_id_of
from storage.messages import store_raw_message

log = get_logger("intake.smtp")


@dataclass(frozen=True)
class PartnerDirectory:
    """What the listener knows about partners, refreshed now and then by the handler."""

    addresses: dict[str, str] = field(default_factory=dict)  # intake address -> partner
    sender_domains: dict[str, list[str]] = field(default_factory=dict)  # partner -> domains

    def partner_for(self, recipients: list[str]) -> str | None:
        return next((self.addresses[a] for a in recipients if a in self.addresses), None)


@dataclass(frozen=True)
class Accepted:
    id: int
    duplicate: bool
    holds: list[str]


@dataclass(frozen=True)
class Refused:
    reason: str  # "smuggling"


def accept_message(sessions: sessionmaker[Session], raw: bytes, *, smtp: SmtpContext,
                   recipients: list[str], directory: PartnerDirectory,
                   trusted_authserv_id: str | None,
                   dns_factory: Callable[[], DnsLookup]) -> Accepted | Refused:
    if smuggled_end_of_data(raw):
        return Refused("smuggling")
    partner_id = directory.partner_for(recipients)
    assessment = _assess(raw, smtp, partner_id, directory, trusted_authserv_id, dns_factory)
    with sessions.begin() as session:
        stored = store_raw_message(
            session,
            raw=raw,
            channel="smtp",
            partner_id=partner_id,
            envelope_from=smtp.envelope_from,
            envelope_to=recipients,
            message_id=message_id_of(raw),
            peer=smtp.client_ip,
            auth_results=assessment.auth_results,
            hold_reasons=assessment.hold_reasons,
        )
    return Accepted(id=stored.id, duplicate=stored.duplicate, holds=assessment.hold_reasons)


def _assess(raw: bytes, smtp: SmtpContext, partner_id: str | None,
            directory: PartnerDirectory, trusted_authserv_id: str | None,
            dns_factory: Callable[[], DnsLookup]) -> Assessment:
    """The assessment; a bug in it holds the message for a person instead of losing it."""
    try:
        assessment = assess_smtp_message(
            raw, smtp, partner_id=partner_id,
            sender_domains=directory.sender_domains.get(partner_id or ""),
            trusted_authserv_id=trusted_authserv_id, dns=dns_factory())
    except Exception as exc:  # noqa: BLE001 - store the message anyway, held
        log.error("auth_assessment_failed", error=f"{type(exc).__name__}: {exc}"[:300])
        assessment = Assessment(
            auth_results={"error": type(exc).__name__},
            hold_reasons=[(f"auth_unchecked: sender authentication could not be evaluated "
                          f"({type(exc).__name__})")])
    assessment.auth_results.setdefault("smtp", {})["bare_line_endings"] = bare_line_endings(raw)
    return assessment
