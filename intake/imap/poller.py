"""One mailbox's reader: connect, read what is new, wait for more (IDLE or polling), and
start over after any failure with a growing pause. Runs in a thread of its own.

A cycle: SELECT (which reports UIDVALIDITY), compare with our bookkeeping, fetch the
UIDs above the last stored one, store each message and its UID in one transaction,
then flag or move it. ``stop`` ends the loop after the message in hand.
"""

from __future__ import annotations

import threading
import time

from imapclient import IMAPClient

from intake.imap.after_store import AfterStore
from intake.imap.backoff import Backoff
from intake.imap.connection import close_quietly, open_mailbox
from intake.imap.fetch import fetch_bodies, fetch_groups, new_uids
from intake.imap.mailbox_url import MailboxConfig
from intake.imap.oauth_token import Token, run_token_command
from intake.imap.store import store_fetched
from intake.logging import get_logger
from intake.settings import Settings
from storage.db import session_factory
from storage.mailboxes import (
    Generation,
    record_error,
    record_success,
    start_generation,
    store_refresh_token,
    stored_refresh_token,
)
from storage.partner_senders import partner_exists, sender_domains_by_partner

log = get_logger("intake.imap")

# RFC 2177: servers may drop a client idling for 30 minutes; re-issue IDLE before that.
IDLE_RENEW_S = 25 * 60
# How often an idling poller looks up from the socket to see whether it must stop.
IDLE_SLICE_S = 1.0


class UnknownPartner(RuntimeError):
    pass


class MailboxPoller:
    def __init__(self, config: MailboxConfig, settings: Settings, stop: threading.Event,
                 backoff: Backoff | None = None):
        self.config = config
        self.settings = settings
        self.stop = stop
        self.backoff = backoff or Backoff()
        self.sessions = session_factory(settings.database_url)
        self.after_store = AfterStore.parse(settings.imap_after_store, config.folder)
        # Each IDLE round ends with a read, which is what keeps the mailbox from going
        # stale: so a round is shorter than a third of the stale limit, too.
        self.idle_round_s = min(IDLE_RENEW_S, max(1.0, settings.imap_stale_after_s / 3))
        self.log = log.bind(mailbox=config.name)

    def run(self) -> None:
        self.log.info("imap_poller_started", partner=self.config.partner_id,
                      tls=self.config.uses_tls, auth=self.config.auth,
                      idle=self.config.idle, after_store=self.settings.imap_after_store)
        while not self.stop.is_set():
            try:
                self.read_while_connected()
            except Exception as exc:  # noqa: BLE001 - any failure: note it, wait, reconnect
                self._failed(exc)
        self.log.info("imap_poller_stopped")

    def read_while_connected(self) -> None:
        self._check_partner()
        client = open_mailbox(self.config, self._token)
        try:
            self.after_store.prepare(client)
            generation = self._select(client)
            caught_up = self.after_store.catch_up(client, generation.last_uid)
            if caught_up:
                self.log.info("imap_after_store_caught_up", count=len(caught_up))
            while not self.stop.is_set():
                self._read_new(client, generation)
                self._succeeded()
                if self.stop.is_set():
                    break
                self._wait_for_mail(client)
                generation = self._select(client)
        finally:
            close_quietly(client)

    def _select(self, client: IMAPClient) -> Generation:
        info = client.select_folder(self.config.folder)
        uidvalidity = int(info[b"UIDVALIDITY"])
        with self.sessions.begin() as session:
            generation = start_generation(session, self.config.name, uidvalidity)
        if generation.reset_from is not None:
            self.log.warning("imap_uidvalidity_changed", old=generation.reset_from,
                             new=uidvalidity,
                             note="reading the mailbox again; stored messages are recognised")
        return generation

    def _read_new(self, client: IMAPClient, generation: Generation) -> None:
        uids = new_uids(client, generation.last_uid)
        if not uids:
            return
        self.log.info("imap_new_messages", count=len(uids), first_uid=uids[0])
        domains = self._sender_domains()
        for group in fetch_groups(client, uids):
            for uid, raw in fetch_bodies(client, group):
                self._take(client, generation.uidvalidity, uid, raw, domains)
                if self.stop.is_set():
                    return  # the message in hand is done; the rest waits for next time

    def _take(self, client: IMAPClient, uidvalidity: int, uid: int, raw: bytes,
              domains: list[str] | None) -> None:
        stored = store_fetched(self.sessions, self.config, uidvalidity=uidvalidity, uid=uid,
                               raw=raw, sender_domains=domains,
                               trusted_authserv_id=self.settings.smtp_trusted_authserv_id)
        event = "imap_message_duplicate" if stored.duplicate else "imap_message_stored"
        self.log.info(event, message_id=stored.id, uid=uid, size=len(raw))
        self.after_store.apply(client, [uid])

    def _wait_for_mail(self, client: IMAPClient) -> None:
        if self.config.idle and client.has_capability("IDLE"):
            self._idle(client)
        else:
            self.stop.wait(self.settings.imap_poll_interval_s)

    def _idle(self, client: IMAPClient) -> None:
        """IDLE until new mail, a server goodbye, the end of the round, or stop."""
        deadline = time.monotonic() + self.idle_round_s
        client.idle()
        try:
            while not self.stop.is_set() and time.monotonic() < deadline:
                started = time.monotonic()
                responses = client.idle_check(timeout=IDLE_SLICE_S)
                if any(_means_news(r) for r in responses):
                    return
                if not responses and time.monotonic() - started < IDLE_SLICE_S / 2:
                    return  # readable yet nothing to read: the server closed on us
        finally:
            client.idle_done()

    def _token(self) -> Token:
        with self.sessions.begin() as session:
            refresh = stored_refresh_token(session, self.config.name)
        token = run_token_command(self.config.token_command or "", refresh)
        if token.refresh_token and token.refresh_token != refresh:
            with self.sessions.begin() as session:
                store_refresh_token(session, self.config.name, token.refresh_token)
            self.log.info("imap_refresh_token_rotated")
        return token

    def _check_partner(self) -> None:
        if self.config.partner_id is None:
            return
        with self.sessions.begin() as session:
            if not partner_exists(session, self.config.partner_id):
                raise UnknownPartner(f"partner {self.config.partner_id!r} of this mailbox is "
                                     "not in the store (run `intake partners load`)")

    def _sender_domains(self) -> list[str] | None:
        if self.config.partner_id is None:
            return None
        with self.sessions.begin() as session:
            return sender_domains_by_partner(session).get(self.config.partner_id)

    def _succeeded(self) -> None:
        with self.sessions.begin() as session:
            record_success(session, self.config.name)
        self.backoff.reset()

    def _failed(self, exc: Exception) -> None:
        delay = self.backoff.next_delay()
        error = f"{type(exc).__name__}: {exc}"[:500]
        self.log.warning("imap_read_failed", error=error, retry_in_s=round(delay, 1),
                         failures=self.backoff.failures)
        try:
            with self.sessions.begin() as session:
                record_error(session, self.config.name, error)
        except Exception as db_exc:  # noqa: BLE001 - the store may be what failed
            self.log.error("imap_error_not_recorded", error=type(db_exc).__name__)
        self.stop.wait(delay)


def _means_news(response: tuple) -> bool:
    """EXISTS: new mail; BYE: the server is leaving. Flag changes and keepalives are not."""
    if len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT"):
        return True
    return len(response) >= 1 and response[0] == b"BYE"
