"""Group commit in the SMTP listener: concurrent messages share a transaction, each is
stored exactly once, one bad message fails alone, and stopping (controller.stop(),
SIGTERM) answers or drops what is in hand but never says 250 for an uncommitted one.
SQLite and PostgreSQL (the ``settings`` fixture runs both)."""

from __future__ import annotations

import os
import signal
import smtplib
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from intake.smtp import IntakeHandler, make_controller
from storage.db import engine_for, session_factory, session_scope
from storage.group_commit import GroupCommitWriter
from storage.models import InboundMessage
from tests.intake.smtp_client import RawSmtp

GROENDUS = "groendus@orders.chargecars.nl"
REPO = Path(__file__).resolve().parent.parent.parent


def message(tag: str) -> bytes:
    return (f"From: orderdesk@groendus.nl\r\nTo: {GROENDUS}\r\nSubject: order {tag}\r\n"
            f"Message-ID: <{tag}@portal.groendus.nl>\r\n\r\nOrdernummer: GRD-{tag}\r\n").encode()


def stored_by_message_id(url: str) -> dict[str, InboundMessage]:
    with session_scope(url) as session:
        rows = session.scalars(select(InboundMessage)).all()
    by_id = {m.message_id_header: m for m in rows}
    assert len(by_id) == len(rows), "a Message-ID stored twice"
    return by_id


def stored_id(reply: bytes) -> int:
    return int(reply.rsplit(b" ", 1)[1])


def test_concurrent_sessions_share_commits_and_every_message_is_stored_once(settings):
    handler = IntakeHandler(settings)
    controller = make_controller(settings, handler)
    controller.start()
    replies: dict[str, tuple[int, bytes]] = {}

    def session(n: int) -> None:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=30) as client:
            client.ehlo()
            for i in range(25):
                tag = f"s{n}-m{i}"
                client.mail("orderdesk@groendus.nl")
                client.rcpt(GROENDUS)
                replies[tag] = client.data(message(tag))

    try:
        threads = [threading.Thread(target=session, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    finally:
        controller.stop()
    assert len(replies) == 200 and {code for code, _ in replies.values()} == {250}
    stored = stored_by_message_id(settings.database_url)
    assert len(stored) == 200
    for tag, (_code, reply) in replies.items():
        row = stored[f"<{tag}@portal.groendus.nl>"]
        assert reply.startswith(b"2.0.0 Stored as message") and stored_id(reply) == row.id
        assert row.raw == message(tag)
    assert 0 < handler.store.commits < 200  # messages shared fsyncs


def test_one_failing_insert_in_a_batch_fails_alone(settings):
    writer = GroupCommitWriter(session_factory(settings.database_url), start=False)

    def request(tag: str, partner: str = "groendus") -> dict:
        return {"raw": message(tag), "channel": "smtp", "partner_id": partner,
                "envelope_from": "orderdesk@groendus.nl", "envelope_to": [GROENDUS],
                "message_id": f"<{tag}@portal.groendus.nl>"}

    futures = [writer.submit(request("a")), writer.submit(request("b")),
               writer.submit(request("bad", partner="no-such-partner")),  # foreign key
               writer.submit(request("c")), writer.submit(request("a"))]  # "a" once more
    writer.start()  # all five wait: one batch
    writer.close(30)
    results = [f.exception(1) or f.result() for f in futures]
    assert isinstance(results[2], IntegrityError)
    a, b, _bad, c, a_again = results
    assert not (a.duplicate or b.duplicate or c.duplicate)
    assert a_again.duplicate and a_again.id == a.id
    assert writer.commits == 4  # the batch rolled back, then each alone (the bad one fails)
    stored = stored_by_message_id(settings.database_url)
    assert sorted(stored) == sorted(f"<{t}@portal.groendus.nl>" for t in "abc")
    assert stored["<a@portal.groendus.nl>"].duplicate_count == 1


def test_a_batch_of_messages_and_work_commits_once_and_a_failed_work_fails_alone(settings):
    writer = GroupCommitWriter(session_factory(settings.database_url), start=False)

    def request(tag: str) -> dict:
        return {"raw": message(tag), "channel": "smtp", "partner_id": "groendus",
                "envelope_from": "orderdesk@groendus.nl", "envelope_to": [GROENDUS],
                "message_id": f"<{tag}@portal.groendus.nl>"}

    def refused(session):
        session.execute(text("DELETE FROM inbound_messages"))  # rolled back with its error
        raise PermissionError("refused")

    futures = [writer.submit(request("a")), writer.submit_work(refused),
               writer.submit(request("b")), writer.submit_work(lambda session: "done"),
               writer.submit(request("a"))]
    writer.start()
    writer.close(30)
    a, failed, b, done, a_again = futures
    assert isinstance(failed.exception(1), PermissionError)
    assert done.result(1) == "done"
    assert not a.result(1).duplicate and not b.result(1).duplicate
    assert a_again.result(1).duplicate and a_again.result(1).id == a.result(1).id
    assert writer.commits == 1
    assert sorted(stored_by_message_id(settings.database_url)) == [
        "<a@portal.groendus.nl>", "<b@portal.groendus.nl>"]


def _hold_write_lock(url: str):
    """A transaction that keeps every insert into inbound_messages waiting."""
    connection = engine_for(url).connect()
    transaction = connection.begin()  # SQLite: BEGIN IMMEDIATE, the write lock
    if connection.dialect.name == "postgresql":
        connection.execute(text("LOCK TABLE inbound_messages IN EXCLUSIVE MODE"))
    return connection, transaction


def test_stop_answers_the_messages_in_hand_after_their_commit(settings):
    controller = make_controller(settings)
    controller.start()
    clients = [RawSmtp(settings.smtp_port) for _ in range(4)]
    for client in clients:
        client.command("EHLO client.example")
        client.envelope()
        assert client.command("DATA")[0] == 354
    connection, transaction = _hold_write_lock(settings.database_url)
    replies: dict[int, tuple[int, bytes]] = {}

    def finish(n: int) -> None:
        clients[n].send(message(f"stop{n}") + b".\r\n")
        replies[n] = clients[n].reply()

    readers = [threading.Thread(target=finish, args=(n,)) for n in range(4)]
    for reader in readers:
        reader.start()
    time.sleep(0.5)  # all four DATA wait for the store now
    stopper = threading.Thread(target=controller.stop)
    stopper.start()
    time.sleep(0.5)
    assert stopper.is_alive() and replies == {}  # stop waits for the messages in hand
    transaction.commit()
    connection.close()
    for thread in [*readers, stopper]:
        thread.join(30)
    assert not stopper.is_alive()
    assert {code for code, _ in replies.values()} == {250} and len(replies) == 4
    stored = stored_by_message_id(settings.database_url)
    for n, (_code, reply) in replies.items():
        assert stored[f"<stop{n}@portal.groendus.nl>"].id == stored_id(reply)


def _sender(port: int, n: int, outcomes: list, stop: threading.Event) -> None:
    """Sends until told to stop or the server goes; records (tag, reply) per DATA."""
    try:
        client = RawSmtp(port)
        client.command("EHLO client.example")
        i = 0
        while not stop.is_set():
            tag = f"term{n}-{i}"
            if client.command("MAIL FROM:<orderdesk@groendus.nl>")[0] != 250:
                return
            if client.command(f"RCPT TO:<{GROENDUS}>")[0] != 250:
                return
            if client.command("DATA")[0] != 354:
                return
            client.send(message(tag) + b".\r\n")
            outcomes.append((tag, client.reply()))
            i += 1
    except OSError:
        return


@pytest.mark.parametrize("whom", ["listener", "process group"])
def test_sigterm_while_messages_are_in_flight_loses_nothing(settings, whom):
    """SIGTERM to the listener, or to its whole process group as honcho and a terminal's
    Ctrl-C do (the store process must outlive the listener's last DATA)."""
    env = dict(os.environ, INTAKE_DATABASE_URL=settings.database_url,
               INTAKE_SMTP_PORT=str(settings.smtp_port), INTAKE_LOG_LEVEL="WARNING")
    process = subprocess.Popen([sys.executable, "-m", "intake", "smtp"], env=env, cwd=REPO,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        _wait_for_port(settings.smtp_port, process)
        outcomes: list = []
        stop = threading.Event()
        senders = [threading.Thread(target=_sender, args=(settings.smtp_port, n, outcomes, stop))
                   for n in range(6)]
        for sender in senders:
            sender.start()
        time.sleep(1.5)
        if whom == "listener":
            process.send_signal(signal.SIGTERM)
        else:
            os.killpg(process.pid, signal.SIGTERM)
        assert process.wait(40) == 0, process.stderr.read().decode()[-2000:]
        stop.set()
        for sender in senders:
            sender.join(10)
        assert _group_is_gone(process.pid)  # the store process too
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    acknowledged = {tag: reply for tag, reply in outcomes if reply[0] == 250}
    assert len(acknowledged) > 10
    stored = stored_by_message_id(settings.database_url)
    for tag, (_code, reply) in acknowledged.items():  # no 250 without its commit
        assert stored[f"<{tag}@portal.groendus.nl>"].id == stored_id(reply)
    # Stored but never answered: at most the messages cut off in hand, one per session.
    assert len(stored) - len(acknowledged) <= len(senders)


def _group_is_gone(group: int, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def _wait_for_port(port: int, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"intake smtp exited: {process.stderr.read().decode()[-2000:]}")
        try:
            RawSmtp(port, timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"intake smtp did not listen on {port}")
