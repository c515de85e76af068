"""The SMTP listener: partners' mail in, stored durably before we say 250.

The handler only speaks SMTP: it checks envelope addresses, takes SMTP AUTH logins, and
on DATA refuses a smuggling attempt and hands the message to the store
(``intake.smtp_store``: a writer process where concurrent messages share one transaction
and one fsync). The 250 comes after the commit and waits for nothing else: who really sent
the message (SPF, DKIM, DMARC, which need third parties' DNS) is decided by the worker's
parse step. The event loop never waits on the disk or on argon2.

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
from typing import ClassVar

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from intake.logging import get_logger
from intake.mail_auth import SmtpContext
from intake.mail_headers import domain_of
from intake.metrics import SMTP_REPLIES
from intake.settings import Settings
from intake.smtp_accept import PartnerDirectory, Refused, store_request
from intake.smtp_login import MECHANISMS, check_login, read_credentials
from intake.smtp_store import CHILD_STOP_TIMEOUT_S, make_store
from storage.db import session_factory
from storage.partners import intake_address_map

log = get_logger("intake.smtp")

ADDRESS_MAP_TTL_S = 30.0
ADDRESS_CACHE_SIZE = 1024  # parsed MAIL FROM / RCPT TO arguments kept (IntakeSMTP)
MAX_RECIPIENTS = 100  # RFC 5321 4.5.3.1.8: at least 100 must be accepted
STOP_GRACE_S = 30.0  # on stop, how long messages in DATA get to be stored and answered
# Per connection: enough for a partner's batch of messages, not for a loop of abuse.
COMMAND_CALL_LIMIT = {"MAIL": 200, "RCPT": 1000, "DATA": 200, "AUTH": 5, "*": 50}
_ADDRESS_OK = re.compile(r"^[^\x00-\x20\x7f<>()\[\]\\,;:\"]+@[^\x00-\x20\x7f<>@]+$")

REPLY_SMUGGLING = ("554 5.6.0 Message refused: a line holding only a dot ends in a bare CR "
                   "or LF (an SMTP smuggling pattern); end every line with CRLF")
REPLY_NOT_STORED = "451 4.3.0 Message not stored, please try again later"
REPLY_STOPPING = "421 4.3.2 Service shutting down, please try again later"


class IntakeHandler:
    """aiosmtpd handler: MAIL and RCPT check the envelope; AUTH logs in; DATA stores."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.sessions = session_factory(settings.database_url)
        self.store = make_store(settings)  # a writer process (or thread): intake.smtp_store
        self._directory = PartnerDirectory()
        self._directory_loaded_at = 0.0
        self._in_data = 0  # DATA commands being stored and answered (on the loop: no lock)
        self.stopping = False  # set by the controller's stop: new mail waits for our restart

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, mail_options: list[str]) -> str:
        if self.stopping:
            return _closing(server, REPLY_STOPPING)
        if address and not acceptable_address(address):
            log.info("mail_refused", peer=_peer(session), reason="malformed sender")
            return "553 5.1.7 Sender address refused: not a plain mailbox address"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        reply = await self._recipient(session, envelope, address, rcpt_options)
        SMTP_REPLIES.labels(code=reply[:3]).inc()
        return reply

    async def _recipient(self, session: Session, envelope: Envelope, address: str,
                         rcpt_options: list[str]) -> str:
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
        if self.stopping:  # the store is closing: the sender retries after our restart
            return _closing(server, REPLY_STOPPING)
        self._in_data += 1
        try:
            reply = await self._store(session, envelope)
        finally:
            self._in_data -= 1
        SMTP_REPLIES.labels(code=reply[:3]).inc()
        return reply

    async def _store(self, session: Session, envelope: Envelope) -> str:
        """Store (committed) and say so; the bytes checks are cheap enough for the loop."""
        raw = envelope.original_content or b""
        recipients = [a.lower() for a in envelope.rcpt_tos]
        request = store_request(raw, smtp=_smtp_context(session, envelope), recipients=recipients,
                                partner_id=self._directory.partner_for(recipients))
        if isinstance(request, Refused):
            log.warning("message_refused", peer=_peer(session), reason=request.reason)
            return REPLY_SMUGGLING
        try:
            stored = await self.store.store(request)
        except Exception as exc:  # noqa: BLE001 - the sender must retry, so say 451
            log.error("store_failed", peer=_peer(session), error=f"{type(exc).__name__}: {exc}")
            return REPLY_NOT_STORED
        if stored.duplicate:
            log.info("message_duplicate", message_id=stored.id, peer=_peer(session))
            return f"250 2.0.0 Already received as message {stored.id}"
        log.info("message_stored", message_id=stored.id, size=len(raw), peer=_peer(session))
        return f"250 2.0.0 Stored as message {stored.id}"

    async def wait_idle(self, timeout: float) -> bool:
        """Until no DATA is being stored and answered (or ``timeout``); True when idle."""
        deadline = time.monotonic() + timeout
        while self._in_data and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        return not self._in_data

    async def close_store(self) -> None:
        """The store commits and answers what it holds, then stops (on the loop)."""
        await self.store.close()

    def close(self) -> None:
        """After the loop: stop a store that ``close_store`` did not (never started)."""
        self.store.shutdown()

    async def _partner_for(self, address: str) -> str | None:
        address = address.lower()
        stale = time.monotonic() - self._directory_loaded_at > ADDRESS_MAP_TTL_S
        if stale or address not in self._directory.addresses:
            await asyncio.get_running_loop().run_in_executor(None, self._load_directory)
        return self._directory.addresses.get(address)

    def _load_directory(self) -> None:
        with self.sessions.begin() as db:
            self._directory = PartnerDirectory(addresses=intake_address_map(db))
        self._directory_loaded_at = time.monotonic()


def _closing(server: SMTP, reply: str) -> str:
    """``reply``, then the connection closes (RFC 5321 4.2.3: after a 421)."""
    asyncio.get_running_loop().call_soon(server.transport.close)  # after the reply is written
    return reply


def _smtp_context(session: Session, envelope: Envelope) -> SmtpContext:
    """What the session knows about the sender: stored for the worker's assessment."""
    return SmtpContext(
        client_ip=_peer(session),
        helo=session.host_name,
        envelope_from=(envelope.mail_from or "").lower() or None,
        tls=session.ssl is not None,
        authenticated_partner=session.auth_data if session.authenticated else None,
    )


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


class IntakeSMTP(SMTP):
    """aiosmtpd's protocol, remembering the addresses of MAIL FROM and RCPT TO it parsed.

    aiosmtpd parses each address with the email package's RFC 5322 grammar: about a quarter
    of the listener's CPU per message (profiled with bench/smtp_intake.py --py-spy). A
    partner sends from a handful of addresses to one of ours, so the same argument comes
    again and again: the parse is remembered (a pure function of the argument and the
    local-part limit), at most ADDRESS_CACHE_SIZE of them, cleared when full.
    """

    _parsed_addresses: ClassVar[dict[tuple[str, int], tuple[str | None, str | None]]] = {}

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        key = (arg, self.local_part_limit)
        parsed = self._parsed_addresses.get(key)
        if parsed is None:
            if len(self._parsed_addresses) >= ADDRESS_CACHE_SIZE:
                self._parsed_addresses.clear()
            parsed = self._parsed_addresses[key] = super()._getaddr(arg)
        return parsed


class IntakeController(Controller):
    """aiosmtpd's Controller (its own thread and loop), stopping without losing a message.

    ``stop()`` first closes the listening socket, answers new MAIL and DATA with 421
    (the sender retries later), and lets every DATA in hand be stored and answered (up to
    STOP_GRACE_S); the store commits and answers what it still holds and ends; then
    aiosmtpd cancels what is left (a session cut off mid-DATA gets no reply and retries).
    """

    def factory(self) -> IntakeSMTP:
        return IntakeSMTP(self.handler, **self.SMTP_kwargs)

    def stop(self, no_assert: bool = False) -> None:
        if self._thread is not None and self.loop.is_running():
            try:
                asyncio.run_coroutine_threadsafe(self._quiesce(), self.loop).result(
                    STOP_GRACE_S + CHILD_STOP_TIMEOUT_S + 5)
            except Exception as exc:  # noqa: BLE001 - stopping goes on regardless
                log.warning("smtp_quiesce_failed", error=f"{type(exc).__name__}: {exc}")
        super().stop(no_assert)
        self.handler.close()

    async def _quiesce(self) -> None:
        if self.server is not None:
            self.server.close()  # no new connections
        self.handler.stopping = True  # no new messages: 421 to MAIL and to DATA
        if not await self.handler.wait_idle(STOP_GRACE_S):
            log.warning("smtp_stop_grace_exceeded", seconds=STOP_GRACE_S)
        await self.handler.close_store()


def make_controller(settings: Settings, handler: IntakeHandler | None = None) -> IntakeController:
    """The listener's controller on the configured host and port (``start()`` it)."""
    context = tls_context(settings)
    if context is None and (settings.smtp_require_starttls or settings.smtp_auth_required):
        raise SmtpSettingsError("INTAKE_SMTP_REQUIRE_STARTTLS and INTAKE_SMTP_AUTH_REQUIRED "
                                "need INTAKE_SMTP_TLS_CERT and INTAKE_SMTP_TLS_KEY")
    return IntakeController(
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
