"""The SMTP listener: partners' mail in, stored durably before we say 250.

The handler only speaks SMTP: it checks envelope addresses, takes SMTP AUTH logins, and
hands DATA to ``smtp_accept.accept_message`` in a thread, so the event loop never waits
on the disk, on DNS (SPF, DKIM, DMARC) or on argon2. Parsing and extraction happen
later, in the worker.

Hardening, beyond aiosmtpd's own line and size limits:
- STARTTLS with INTAKE_SMTP_TLS_CERT/KEY; INTAKE_SMTP_REQUIRE_STARTTLS answers 530 to
  anything but EHLO, NOOP, STARTTLS and QUIT before it.
- AUTH (PLAIN, LOGIN) over TLS only, checked against ``intake smtp-auth`` logins;
  INTAKE_SMTP_AUTH_REQUIRED answers 530 to MAIL without it.
- A bare-CR/LF end-of-data lookalike (SMTP smuggling) is refused with 554.
- At most MAX_RECIPIENTS per message, envelope addresses without control characters,
  limited command counts per connection.
"""

from __future__ import annotations

import asyncio
import re
import ssl
import time
from collections.abc import Callable

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from intake.logging import get_logger
from intake.mail_auth import DnsLookup, SmtpContext, SystemDns
from intake.mail_headers import domain_of
from intake.settings import Settings
from intake.smtp_accept import Accepted, PartnerDirectory, accept_message
from intake.smtp_login import MECHANISMS, check_login, read_credentials
from storage.db import session_factory
from storage.partner_senders import sender_domains_by_partner
from storage.partners import intake_address_map

log = get_logger("intake.smtp")

ADDRESS_MAP_TTL_S = 30.0
MAX_RECIPIENTS = 100  # RFC 5321 4.5.3.1.8: at least 100 must be accepted
DNS_BUDGET_S = 6.0  # all SPF, DKIM and DMARC lookups of one message together
# Per connection: enough for a partner's batch of messages, not for a loop of abuse.
COMMAND_CALL_LIMIT = {"MAIL": 200, "RCPT": 1000, "DATA": 200, "AUTH": 5, "*": 50}
_ADDRESS_OK = re.compile(r"^[^\x00-\x20\x7f<>()\[\]\\,;:\"]+@[^\x00-\x20\x7f<>@]+$")

REPLY_SMUGGLING = ("554 5.6.0 Message refused: a line holding only a dot ends in a bare CR "
                   "or LF (an SMTP smuggling pattern); end every line with CRLF")


class IntakeHandler:
    """aiosmtpd handler: MAIL and RCPT check the envelope; AUTH logs in; DATA stores."""

    def __init__(self, settings: Settings, dns_factory: Callable[[], DnsLookup] | None = None):
        self.settings = settings
        self.sessions = session_factory(settings.database_url)
        self.dns_factory = dns_factory or (lambda: SystemDns(budget_s=DNS_BUDGET_S))
        self._directory = PartnerDirectory()
        self._directory_loaded_at = 0.0

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, mail_options: list[str]) -> str:
        if address and not acceptable_address(address):
            log.info("mail_refused", peer=_peer(session), reason="malformed sender")
            return "553 5.1.7 Sender address refused: not a plain mailbox address"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        if len(envelope.rcpt_tos) >= MAX_RECIPIENTS:
            return "452 4.5.3 Too many recipients; send the rest in another message"
        partner_id = await self._partner_for(address) if acceptable_address(address) else None
        if partner_id is None:
            log.info("rcpt_refused", peer=_peer(session), domain=domain_of(address))
            return "550 5.1.1 No such intake address here; check the address ChargeCars gave you"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_AUTH(self, server: SMTP, session: Session, envelope: Envelope,
                          args: list[str]) -> str | None:
        if args[0].upper() not in MECHANISMS:
            return "504 5.5.4 Unrecognized authentication type"
        credentials = await read_credentials(server, args)
        if credentials is None or isinstance(credentials, str):
            return credentials  # aborted (already answered) or malformed
        loop = asyncio.get_running_loop()
        partner_id = await loop.run_in_executor(None, check_login, self.sessions, *credentials)
        if partner_id is None:
            log.warning("smtp_auth_failed", peer=_peer(session))
            return "535 5.7.8 Authentication credentials invalid"
        session.authenticated = True
        session.auth_data = partner_id
        log.info("smtp_auth_ok", peer=_peer(session), partner=partner_id)
        return "235 2.7.0 Authentication successful"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        loop = asyncio.get_running_loop()
        try:
            outcome = await loop.run_in_executor(None, self._accept, session, envelope, raw)
        except Exception as exc:  # noqa: BLE001 - the sender must retry, so say 451
            log.error("store_failed", peer=_peer(session), error=f"{type(exc).__name__}: {exc}")
            return "451 4.3.0 Message not stored, please try again later"
        if not isinstance(outcome, Accepted):
            log.warning("message_refused", peer=_peer(session), reason=outcome.reason)
            return REPLY_SMUGGLING
        if outcome.duplicate:
            log.info("message_duplicate", message_id=outcome.id, peer=_peer(session))
            return f"250 2.0.0 Already received as message {outcome.id}"
        log.info("message_stored", message_id=outcome.id, size=len(raw), peer=_peer(session),
                 held=[h.partition(":")[0] for h in outcome.holds])
        return f"250 2.0.0 Stored as message {outcome.id}"

    def _accept(self, session: Session, envelope: Envelope, raw: bytes):
        smtp = SmtpContext(
            client_ip=_peer(session),
            helo=session.host_name,
            envelope_from=(envelope.mail_from or "").lower() or None,
            tls=session.ssl is not None,
            authenticated_partner=session.auth_data if session.authenticated else None,
        )
        return accept_message(
            self.sessions, raw, smtp=smtp, recipients=[a.lower() for a in envelope.rcpt_tos],
            directory=self._directory,
            trusted_authserv_id=self.settings.smtp_trusted_authserv_id,
            dns_factory=self.dns_factory)

    async def _partner_for(self, address: str) -> str | None:
        address = address.lower()
        stale = time.monotonic() - self._directory_loaded_at > ADDRESS_MAP_TTL_S
        if stale or address not in self._directory.addresses:
            await asyncio.get_running_loop().run_in_executor(None, self._load_directory)
        return self._directory.addresses.get(address)

    def _load_directory(self) -> None:
        with self.sessions.begin() as db:
            self._directory = PartnerDirectory(addresses=intake_address_map(db),
                                               sender_domains=sender_domains_by_partner(db))
        self._directory_loaded_at = time.monotonic()


def acceptable_address(address: str) -> bool:
    """A plain mailbox address: no control characters (NUL!), spaces or brackets."""
    return len(address) <= 320 and bool(_ADDRESS_OK.match(address))


def _peer(session: Session) -> str | None:
    peer = getattr(session, "peer", None)
    return str(peer[0]) if isinstance(peer, tuple) else (str(peer) if peer else None)


class SmtpSettingsError(ValueError):
    pass


def tls_context(settings: Settings) -> ssl.SSLContext | None:
    if not settings.smtp_tls_cert and not settings.smtp_tls_key:
        return None
    if not (settings.smtp_tls_cert and settings.smtp_tls_key):
        raise SmtpSettingsError("INTAKE_SMTP_TLS_CERT and INTAKE_SMTP_TLS_KEY go together")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.check_hostname = False  # we are the server; clients show no certificate
    context.verify_mode = ssl.CERT_NONE
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(str(settings.smtp_tls_cert), str(settings.smtp_tls_key))
    except (OSError, ssl.SSLError) as exc:
        raise SmtpSettingsError(f"cannot load the SMTP TLS certificate or key: {exc}") from None
    return context


def make_controller(settings: Settings, handler: IntakeHandler | None = None) -> Controller:
    """An aiosmtpd controller (its own thread and loop) on the configured host and port."""
    context = tls_context(settings)
    if context is None and (settings.smtp_require_starttls or settings.smtp_auth_required):
        raise SmtpSettingsError("INTAKE_SMTP_REQUIRE_STARTTLS and INTAKE_SMTP_AUTH_REQUIRED "
                                "need INTAKE_SMTP_TLS_CERT and INTAKE_SMTP_TLS_KEY")
    return Controller(
        handler or IntakeHandler(settings),
        hostname=settings.smtp_host,
        port=settings.smtp_port,
        server_hostname=settings.smtp_hostname,
        data_size_limit=settings.smtp_max_message_bytes,
        decode_data=False,
        enable_SMTPUTF8=True,
        ready_timeout=10.0,
        tls_context=context,
        require_starttls=settings.smtp_require_starttls,
        auth_required=settings.smtp_auth_required,
        auth_require_tls=True,
        command_call_limit=COMMAND_CALL_LIMIT,
    )
