"""What the SMTP listener makes of a message once DATA is complete: a refusal (an SMTP
smuggling pattern) or the store request, cheap work on the bytes only. Who really sent
it (SPF, DKIM, DMARC, the partner's sender domains) is decided later, by the worker
(``intake.mail_auth.deferred``): the 250 waits for the commit, never for DNS."""

from __future__ import annotations

from dataclasses import dataclass, field

from intake.bare_newlines import smuggled_end_of_data
from intake.mail_auth import SmtpContext, receipt_results
from intake.mail_headers import message_id_of


@dataclass(frozen=True)
class PartnerDirectory:
    """Intake address -> partner, refreshed now and then by the handler."""

    addresses: dict[str, str] = field(default_factory=dict)

    def partner_for(self, recipients: list[str]) -> str | None:
        return next((self.addresses[a] for a in recipients if a in self.addresses), None)


@dataclass(frozen=True)
class Refused:
    reason: str  # "smuggling"


def store_request(raw: bytes, *, smtp: SmtpContext, recipients: list[str],
                  partner_id: str | None) -> dict | Refused:
    """``store_raw_message``'s keyword arguments for this message, or why it is refused."""
    if smuggled_end_of_data(raw):
        return Refused("smuggling")
    return {
        "raw": raw,
        "channel": "smtp",
        "partner_id": partner_id,
        "envelope_from": smtp.envelope_from,
        "envelope_to": recipients,
        "message_id": message_id_of(header_block(raw)),
        "peer": smtp.client_ip,
        "auth_results": receipt_results(smtp, raw),
    }


def header_block(raw: bytes) -> bytes:
    """The bytes up to the first empty line: all the header parser would read as headers
    (it stops there, if not before), without splitting the body into lines for nothing."""
    ends = [at for at in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if at >= 0]
    return raw[:min(ends) + 2] if ends else raw
