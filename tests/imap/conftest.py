"""Fixtures for the IMAP poller tests: Dovecot servers, mail, a poller in a thread."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from intake.imap.backoff import Backoff
from intake.imap.mailbox_url import parse_imap_url
from intake.imap.poller import MailboxPoller
from storage.db import session_scope
from storage.models import AuditEntry, InboundMessage, MailboxState
from tests.imap.dovecot_server import Dovecot, DovecotUnavailable, dovecot_problem

USER = "orders"
PASSWORD = "s3cret pass/word"


@pytest.fixture
def dovecot_factory():
    problem = dovecot_problem()
    if problem:
        pytest.skip(problem)
    servers: list[Dovecot] = []

    def make(**options) -> Dovecot:
        server = Dovecot(**options)
        servers.append(server)
        server.add_user(USER, PASSWORD)
        try:
            server.start()
        except DovecotUnavailable as exc:
            pytest.skip(f"dovecot could not be started: {exc}")
        return server

    yield make
    for server in servers:
        server.cleanup()


@pytest.fixture
def dovecot(dovecot_factory) -> Dovecot:
    return dovecot_factory()


def order_mail(n: int, sender: str = "orderdesk@groendus.nl", message_id: str | None = None,
               extra_headers: str = "") -> bytes:
    message_id = message_id or f"<order-{n}-{uuid.uuid4().hex[:8]}@portal.groendus.nl>"
    return (f"From: Groendus Orderdesk <{sender}>\r\n"
            f"To: orders@chargecars.nl\r\n"
            f"Subject: Nieuwe order GRD-{n}\r\n"
            f"Message-ID: {message_id}\r\n"
            f"{extra_headers}"
            f"\r\n"
            f"Ordernummer: GRD-{n}\r\n").encode()


class PollerThread:
    """A MailboxPoller in a thread, with a quick backoff; stop() waits for it to end."""

    def __init__(self, url: str, settings, backoff: Backoff | None = None):
        self.stop_event = threading.Event()
        self.config = parse_imap_url(url)
        self.poller = MailboxPoller(self.config, settings, self.stop_event,
                                    backoff=backoff or Backoff(initial_s=0.2, cap_s=1.0))
        self.thread = threading.Thread(target=self.poller.run, daemon=True)

    def __enter__(self) -> PollerThread:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self, timeout: float = 30.0) -> None:
        self.stop_event.set()
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the poller did not stop"


def wait_until(predicate: Callable[[], object], timeout: float = 20.0,
               message: str = "condition") -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {message}")


def stored(url: str) -> list[InboundMessage]:
    with session_scope(url) as session:
        return list(session.scalars(select(InboundMessage).order_by(InboundMessage.id)))


def mailbox_row(url: str, name: str) -> MailboxState | None:
    with session_scope(url) as session:
        return session.scalars(select(MailboxState).where(MailboxState.mailbox == name)).first()


def duplicate_audits(url: str) -> list[AuditEntry]:
    with session_scope(url) as session:
        return list(session.scalars(
            select(AuditEntry).where(AuditEntry.action == "message_duplicate")))


def flags_by_uid(server: Dovecot, folder: str = "INBOX") -> dict[int, tuple]:
    with server.client(USER) as client:
        client.select_folder(folder, readonly=True)
        uids = client.search("ALL")
        return {uid: tuple(f for f in data[b"FLAGS"] if f != b"\\Recent")
                for uid, data in client.fetch(uids, ["FLAGS"]).items()}
