"""The listener's store writer process: messages are answered after their commit, a dead
writer costs a 451 (never a lost 250) and the next message starts a new one, a failing
insert answers 451 alone, and a SIGTERM to the whole process group (as honcho sends it)
still stores and answers what is in hand (test_smtp_group_commit). The thread store (INTAKE_SMTP_STORE_PROCESS=
false) stores the same way."""

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

from intake.smtp import IntakeHandler, make_controller
from intake.smtp_store import StoreProcess, StoreThread, StoreUnavailable
from tests.intake.smtp_client import RawSmtp
from tests.intake.test_smtp_group_commit import (
    GROENDUS,
    _hold_write_lock,
    message,
    stored_by_message_id,
    stored_id,
)

REPO = Path(__file__).resolve().parent.parent.parent


def send(settings, tag: str) -> tuple[int, bytes]:
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=30) as client:
        client.ehlo()
        client.mail("orderdesk@groendus.nl")
        client.rcpt(GROENDUS)
        return client.data(message(tag))


@pytest.fixture
def running(settings):
    handler = IntakeHandler(settings)
    controller = make_controller(settings, handler)
    controller.start()
    yield handler
    controller.stop()


def test_the_store_is_a_process_by_default_and_a_thread_on_request(settings):
    for process, kind in ((True, StoreProcess), (False, StoreThread)):
        settings.smtp_store_process = process
        handler = IntakeHandler(settings)
        try:
            assert isinstance(handler.store, kind)
        finally:
            handler.close()


def test_a_killed_store_process_costs_a_451_and_the_next_message_is_stored(settings, running):
    code, reply = send(settings, "before")
    assert code == 250
    first_child = running.store._child
    # Kill the writer while a message waits for it: stop it first, so the kill lands
    # between receiving the message and committing it.
    os.kill(first_child.pid, signal.SIGSTOP)
    answers: list = []
    sender = threading.Thread(target=lambda: answers.append(send(settings, "in-flight")))
    sender.start()
    time.sleep(0.5)
    os.kill(first_child.pid, signal.SIGKILL)
    sender.join(30)
    assert [code for code, _ in answers] == [451]
    code, reply = send(settings, "after")
    assert code == 250 and running.store._child.pid != first_child.pid
    stored = stored_by_message_id(settings.database_url)
    assert "<in-flight@portal.groendus.nl>" not in stored  # answered 451: not stored
    assert stored["<after@portal.groendus.nl>"].id == stored_id(reply)


def test_a_message_the_store_refuses_gets_451_alone(settings, running):
    good = send(settings, "good")
    assert good[0] == 250
    # An unknown partner id fails its foreign key in the writer process.
    running._directory.addresses["ghost@orders.chargecars.nl"] = "no-such-partner"
    running._directory_loaded_at = time.monotonic()
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=30) as client:
        client.ehlo()
        client.mail("orderdesk@groendus.nl")
        client.rcpt("ghost@orders.chargecars.nl")
        code, _ = client.data(message("ghost"))
    assert code == 451
    assert send(settings, "next")[0] == 250
    assert sorted(stored_by_message_id(settings.database_url)) == [
        "<good@portal.groendus.nl>", "<next@portal.groendus.nl>"]


def test_the_thread_store_stores_concurrent_messages_once(settings):
    settings.smtp_store_process = False
    handler = IntakeHandler(settings)
    controller = make_controller(settings, handler)
    controller.start()
    replies: dict[str, tuple[int, bytes]] = {}

    def session(n: int) -> None:
        for i in range(10):
            replies[f"t{n}-{i}"] = send(settings, f"t{n}-{i}")

    try:
        threads = [threading.Thread(target=session, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        controller.stop()
    stored = stored_by_message_id(settings.database_url)
    assert len(stored) == 40 and {code for code, _ in replies.values()} == {250}
    for tag, (_code, reply) in replies.items():
        assert stored[f"<{tag}@portal.groendus.nl>"].id == stored_id(reply)


def test_while_stopping_new_mail_gets_421_and_the_message_in_hand_its_250(settings):
    controller = make_controller(settings)
    controller.start()
    busy, idle = RawSmtp(settings.smtp_port), RawSmtp(settings.smtp_port)
    for client in (busy, idle):
        client.command("EHLO client.example")
    busy.envelope()
    assert busy.command("DATA")[0] == 354
    connection, transaction = _hold_write_lock(settings.database_url)
    replies: list = []
    finisher = threading.Thread(
        target=lambda: (busy.send(message("in-hand") + b".\r\n"), replies.append(busy.reply())))
    finisher.start()
    time.sleep(0.5)  # the message waits for the store
    stopper = threading.Thread(target=controller.stop)
    stopper.start()
    time.sleep(0.5)
    code, text = idle.command("MAIL FROM:<orderdesk@groendus.nl>")
    assert code == 421 and b"shutting down" in text
    assert idle.reply() == (0, b"")  # and the connection closed
    transaction.commit()
    connection.close()
    for thread in (finisher, stopper):
        thread.join(30)
    assert [code for code, _ in replies] == [250]
    assert stored_by_message_id(settings.database_url)["<in-hand@portal.groendus.nl>"].id == \
        stored_id(replies[0][1])


def test_a_store_without_its_database_fails_the_start(sqlite_settings, tmp_path):
    sqlite_settings.database_url = f"sqlite:///{tmp_path}/not-migrated.db"
    with pytest.raises(StoreUnavailable, match="did not start"):
        IntakeHandler(sqlite_settings)


def test_intake_smtp_on_a_database_without_tables_says_what_to_do(tmp_path):
    env = dict(os.environ, INTAKE_DATABASE_URL=f"sqlite:///{tmp_path}/new.db",
               INTAKE_SMTP_PORT="0")
    done = subprocess.run([sys.executable, "-m", "intake", "smtp"], env=env, cwd=REPO, check=False,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "run `intake db upgrade`" in done.stderr
    assert "no such table: inbound_messages" in done.stdout + done.stderr  # the child's log
    assert "Traceback" not in done.stdout + done.stderr
