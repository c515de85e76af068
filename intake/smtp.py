"""The SMTP listener: partners' mail in, stored durably before we say 250.

The handler only speaks SMTP: it checks recipients against our intake addresses and
hands the bytes to ``store_raw_message`` (in a thread, so the event loop never waits on
the disk). Parsing and extraction happen later, in the worker.
"""

from __future__ import annotations

import asyncio
import time
from email.parser import BytesHeaderParser
from email.policy import compat32

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from intake.logging import get_logger
from intake.settings import Settings
from storage.db import session_factory
from storage.messages import store_raw_message
from storage.partners import intake_address_map

log = get_logger("intake.smtp")

ADDRESS_MAP_TTL_S = 30.0


class IntakeHandler:
    """aiosmtpd handler: RCPT decides who may receive; DATA stores and answers."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.sessions = session_factory(settings.database_url)
        self._addresses: dict[str, str] = {}
        self._addresses_loaded_at = 0.0

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        partner_id = await self._partner_for(address)
        if partner_id is None:
            log.info("rcpt_refused", peer=_peer(session), domain=address.rpartition("@")[2])
            return "550 5.1.1 No such intake address here; check the address ChargeCars gave you"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        loop = asyncio.get_running_loop()
        try:
            stored = await loop.run_in_executor(None, self._store, session, envelope, raw)
        except Exception as exc:  # noqa: BLE001 - the sender must retry, so say 451
            log.error("store_failed", peer=_peer(session), error=f"{type(exc).__name__}: {exc}")
            return "451 4.3.0 Message not stored, please try again later"
        if stored.duplicate:
            log.info("message_duplicate", message_id=stored.id, peer=_peer(session))
            return f"250 2.0.0 Already received as message {stored.id}"
        log.info("message_stored", message_id=stored.id, size=len(raw), peer=_peer(session))
        return f"250 2.0.0 Stored as message {stored.id}"

    def _store(self, session: Session, envelope: Envelope, raw: bytes):
        recipients = [a.lower() for a in envelope.rcpt_tos]
        partner_id = next((self._addresses.get(a) for a in recipients if a in self._addresses),
                          None)
        with self.sessions.begin() as db:
            return store_raw_message(
                db,
                raw=raw,
                channel="smtp",
                partner_id=partner_id,
                envelope_from=(envelope.mail_from or "").lower() or None,
                envelope_to=recipients,
                message_id=message_id_of(raw),
                peer=_peer(session),
            )

    async def _partner_for(self, address: str) -> str | None:
        address = address.lower()
        stale = time.monotonic() - self._addresses_loaded_at > ADDRESS_MAP_TTL_S
        if stale or address not in self._addresses:
            await asyncio.get_running_loop().run_in_executor(None, self._load_addresses)
        return self._addresses.get(address)

    def _load_addresses(self) -> None:
        with self.sessions.begin() as db:
            self._addresses = intake_address_map(db)
        self._addresses_loaded_at = time.monotonic()


def message_id_of(raw: bytes) -> str | None:
    """The Message-ID header, read from the headers alone (cheap, never raises)."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:256 * 1024])
        value = headers.get("Message-ID")
        return str(value).strip() or None if value else None
    except Exception:  # noqa: BLE001 - a broken header only costs us the Message-ID
        return None


def _peer(session: Session) -> str | None:
    peer = getattr(session, "peer", None)
    return str(peer[0]) if isinstance(peer, tuple) else (str(peer) if peer else None)


def make_controller(settings: Settings, handler: IntakeHandler | None = None) -> Controller:
    """An aiosmtpd controller (its own thread and loop) on the configured host and port."""
    return Controller(
        handler or IntakeHandler(settings),
        hostname=settings.smtp_host,
        port=settings.smtp_port,
        server_hostname=settings.smtp_hostname,
        data_size_limit=settings.smtp_max_message_bytes,
        decode_data=False,
        enable_SMTPUTF8=True,
        ready_timeout=10.0,
    )
