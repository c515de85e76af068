"""The IMAP poller against a real Dovecot: once and only once, across restarts, dropped
connections and UIDVALIDITY changes; \\Seen or moved; IDLE or polling."""

from __future__ import annotations

import threading

import pytest

import intake.imap.fetch as fetch_module
import intake.imap.poller as poller_module
from tests.conftest import make_settings
from tests.imap.conftest import (
    USER,
    PollerThread,
    duplicate_audits,
    flags_by_uid,
    mailbox_row,
    order_mail,
    stored,
    wait_until,
)


def _count(url: str, n: int):
    return lambda: len(stored(url)) == n


def test_new_mail_is_stored_once_with_partner_and_source_and_flagged_seen(dovecot, settings):
    url = settings.database_url
    dovecot.deliver(USER, order_mail(1), order_mail(2))
    with PollerThread(dovecot.url(USER, partner="groendus"), settings) as running:
        wait_until(_count(url, 2), message="the two waiting messages")
        dovecot.deliver(USER, order_mail(3))
        wait_until(_count(url, 3), message="the message delivered while running")
    messages = stored(url)
    uidvalidity = dovecot.uidvalidity(USER)
    assert [m.channel for m in messages] == ["imap"] * 3
    assert {m.partner_id for m in messages} == {"groendus"}
    assert [m.source_ref for m in messages] == [
        f"imap://orders@127.0.0.1/INBOX;UIDVALIDITY={uidvalidity};UID={uid}" for uid in (1, 2, 3)]
    assert [m.raw for m in messages][0].startswith(b"From: Groendus Orderdesk")
    assert all(m.hold_reasons == [] and m.envelope_from == "orderdesk@groendus.nl"
               for m in messages)
    assert flags_by_uid(dovecot) == {1: (b"\\Seen",), 2: (b"\\Seen",), 3: (b"\\Seen",)}
    state = mailbox_row(url, running.config.name)
    assert (state.uidvalidity, state.last_uid) == (uidvalidity, 3)
    assert state.last_success_at is not None and state.last_error is None
    assert duplicate_audits(url) == []


def test_a_restart_fetches_only_what_is_new(dovecot, sqlite_settings, monkeypatch):
    url = sqlite_settings.database_url
    fetched: list[int] = []
    real_fetch = fetch_module.fetch_bodies

    def recording_fetch(client, uids):
        fetched.extend(uids)
        return real_fetch(client, uids)

    monkeypatch.setattr(poller_module, "fetch_bodies", recording_fetch)
    dovecot.deliver(USER, order_mail(1), order_mail(2))
    with PollerThread(dovecot.url(USER, partner="groendus"), sqlite_settings):
        wait_until(_count(url, 2))
    dovecot.deliver(USER, order_mail(3))
    # Mark everything unseen again: bookkeeping, not flags, decides what is new.
    with dovecot.client(USER) as client:
        client.select_folder("INBOX")
        client.remove_flags(client.search("ALL"), [b"\\Seen"])
    with PollerThread(dovecot.url(USER, partner="groendus"), sqlite_settings):
        wait_until(_count(url, 3))
        wait_until(lambda: flags_by_uid(dovecot)[3] == (b"\\Seen",), message="UID 3 seen")
    assert fetched == [1, 2, 3]
    assert duplicate_audits(url) == []


def test_idle_wakes_the_poller_without_waiting_for_the_poll_interval(dovecot_factory, tmp_path,
                                                                     sqlite_url, monkeypatch):
    from tests.conftest import load_partners

    load_partners(sqlite_url)
    settings = make_settings(sqlite_url, tmp_path, imap_poll_interval_s=600)
    idles = []
    real_idle = poller_module.MailboxPoller._idle
    monkeypatch.setattr(poller_module.MailboxPoller, "_idle",
                        lambda self, client: (idles.append(1), real_idle(self, client)))
    server = dovecot_factory()
    with PollerThread(server.url(USER, partner="groendus"), settings):
        wait_until(lambda: idles, message="the poller to start idling")
        server.deliver(USER, order_mail(1))
        wait_until(_count(sqlite_url, 1), timeout=5, message="IDLE to report the new mail")


def test_polling_where_idle_is_not_offered_and_move_without_move_capability(
        dovecot_factory, sqlite_url, tmp_path, monkeypatch):
    from tests.conftest import load_partners
    from tests.imap.dovecot_server import BASIC_CAPABILITIES

    load_partners(sqlite_url)
    settings = make_settings(sqlite_url, tmp_path, imap_poll_interval_s=0.3,
                             imap_after_store="move:Processed")
    idles = []
    monkeypatch.setattr(poller_module.MailboxPoller, "_idle",
                        lambda self, client: idles.append(1))
    server = dovecot_factory(capabilities=BASIC_CAPABILITIES)  # no IDLE, no MOVE
    server.deliver(USER, order_mail(1))
    with PollerThread(server.url(USER, partner="groendus"), settings):
        wait_until(_count(sqlite_url, 1))
        server.deliver(USER, order_mail(2))
        wait_until(_count(sqlite_url, 2), message="the next poll")
        wait_until(lambda: flags_by_uid(server) == {}, message="INBOX emptied")
    assert idles == []
    assert len(flags_by_uid(server, "Processed")) == 2  # copied, then expunged from INBOX


def test_idle_no_option_polls_even_where_idle_is_offered(dovecot, sqlite_settings, monkeypatch):
    sqlite_settings.imap_poll_interval_s = 0.3
    idles = []
    monkeypatch.setattr(poller_module.MailboxPoller, "_idle",
                        lambda self, client: idles.append(1))
    with PollerThread(dovecot.url(USER, partner="groendus", idle="no"), sqlite_settings):
        dovecot.deliver(USER, order_mail(1))
        wait_until(_count(sqlite_settings.database_url, 1))
    assert idles == []


def test_move_to_a_processed_folder_with_move(dovecot, settings):
    settings.imap_after_store = "move:Verwerkt"
    dovecot.deliver(USER, order_mail(1), order_mail(2))
    with PollerThread(dovecot.url(USER, partner="groendus"), settings):
        wait_until(_count(settings.database_url, 2))
        wait_until(lambda: flags_by_uid(dovecot) == {}, message="INBOX emptied")
        dovecot.deliver(USER, order_mail(3))
        wait_until(_count(settings.database_url, 3))
        wait_until(lambda: len(flags_by_uid(dovecot, "Verwerkt")) == 3)
    assert flags_by_uid(dovecot) == {}


def _interrupt_after(monkeypatch, n: int, action) -> list[int]:
    """Run ``action`` (in the poller's thread) right after the n-th message is stored."""
    real_store = poller_module.store_fetched
    stored_uids: list[int] = []

    def store_then_interrupt(*args, **kwargs):
        result = real_store(*args, **kwargs)
        stored_uids.append(kwargs["uid"])
        if len(stored_uids) == n:
            action()
        return result

    monkeypatch.setattr(poller_module, "store_fetched", store_then_interrupt)
    monkeypatch.setattr(fetch_module, "BODIES_PER_FETCH", 5)  # n falls inside a batch
    return stored_uids


def test_connection_killed_mid_batch_loses_and_doubles_nothing(dovecot, settings, monkeypatch):
    url = settings.database_url
    dovecot.deliver(USER, *[order_mail(n) for n in range(1, 21)])
    stored_uids = _interrupt_after(monkeypatch, 7, lambda: dovecot.kick(USER))
    with PollerThread(dovecot.url(USER, partner="groendus"), settings) as running:
        wait_until(_count(url, 20), timeout=30)
        wait_until(lambda: set(flags_by_uid(dovecot).values()) == {(b"\\Seen",)},
                   message="every message flagged, UID 7 after the reconnect too")
    assert mailbox_row(url, running.config.name).last_error_at is not None  # it did drop
    assert stored_uids == list(range(1, 21))  # nothing fetched twice
    assert len({m.message_id_header for m in stored(url)}) == 20
    assert duplicate_audits(url) == []


def test_server_down_mid_batch_then_back(dovecot, sqlite_settings, monkeypatch):
    url = sqlite_settings.database_url
    dovecot.deliver(USER, *[order_mail(n) for n in range(1, 13)])

    def outage():
        dovecot.crash()
        threading.Timer(1.5, dovecot.start).start()

    stored_uids = _interrupt_after(monkeypatch, 4, outage)
    with PollerThread(dovecot.url(USER, partner="groendus"), sqlite_settings) as running:
        wait_until(lambda: (mailbox_row(url, running.config.name) or 0)
                   and mailbox_row(url, running.config.name).last_error,
                   message="the failure recorded")
        wait_until(_count(url, 12), timeout=30)
        wait_until(lambda: set(flags_by_uid(dovecot).values()) == {(b"\\Seen",)})
    assert stored_uids == list(range(1, 13))
    assert duplicate_audits(url) == []


def test_uidvalidity_change_resets_bookkeeping_and_dedup_stops_doubles(dovecot, settings):
    url = settings.database_url
    dovecot.deliver(USER, order_mail(1), order_mail(2), order_mail(3))
    with PollerThread(dovecot.url(USER, partner="groendus"), settings) as running:
        wait_until(_count(url, 3))
        old = dovecot.uidvalidity(USER)
        dovecot.doveadm("mailbox", "update", "-u", USER, "--uid-validity", str(old + 1000),
                        "INBOX")
        dovecot.kick(USER)  # Dovecot keeps a selected mailbox's old view until reselected
        dovecot.deliver(USER, order_mail(4))
        wait_until(_count(url, 4))
        wait_until(lambda: mailbox_row(url, running.config.name).uidvalidity == old + 1000)
        wait_until(lambda: len(duplicate_audits(url)) == 3, message="the re-read counted")
    state = mailbox_row(url, running.config.name)
    assert state.last_uid == 4
    assert sorted(m.duplicate_count for m in stored(url)) == [0, 1, 1, 1]
    assert stored(url)[-1].source_ref.endswith(f"UIDVALIDITY={old + 1000};UID=4")


def test_recreated_folder_reuses_uids_and_nothing_is_skipped(dovecot, sqlite_settings):
    """The paperless-ngx #10080 case: new mail under UIDs we already passed."""
    url = sqlite_settings.database_url
    with dovecot.client(USER) as client:
        client.create_folder("Orders")
    dovecot.deliver(USER, order_mail(1), order_mail(2), order_mail(3), folder="Orders")
    mailbox = dovecot.url(USER, "Orders", partner="groendus")
    with PollerThread(mailbox, sqlite_settings):
        wait_until(_count(url, 3))
    with dovecot.client(USER) as client:
        client.delete_folder("Orders")
        client.create_folder("Orders")
    dovecot.deliver(USER, order_mail(4), order_mail(5), folder="Orders")  # UIDs 1 and 2 again
    with PollerThread(mailbox, sqlite_settings):
        wait_until(_count(url, 5))
    assert [m.source_ref.rpartition(";UID=")[2] for m in stored(url)] == ["1", "2", "3", "1", "2"]


def test_sender_outside_the_partners_domains_is_held_not_dropped(dovecot, sqlite_settings):
    dovecot.deliver(USER, order_mail(1, sender="orders@groendus-facturen.example"),
                    order_mail(2, extra_headers="Return-Path: <bounce@mailer.example>\r\n"))
    with PollerThread(dovecot.url(USER, partner="groendus"), sqlite_settings):
        wait_until(_count(sqlite_settings.database_url, 2))
    first, second = stored(sqlite_settings.database_url)
    assert first.hold_reasons == [
        ("unknown_sender: From domain groendus-facturen.example is not one of groendus's "
        "sender domains (groendus.nl)")]
    assert second.hold_reasons == [
        ("unknown_sender: envelope sender domain mailer.example is not one of groendus's "
        "sender domains (groendus.nl)")]
    assert second.envelope_from == "bounce@mailer.example"


def test_trusted_upstream_dmarc_fail_is_held(dovecot, sqlite_settings):
    sqlite_settings.smtp_trusted_authserv_id = "mx.chargecars.nl"
    forged = ("Authentication-Results: mx.chargecars.nl; spf=fail smtp.mailfrom=groendus.nl;"
              " dmarc=fail (p=reject) header.from=groendus.nl\r\n"
              "Authentication-Results: evil.example; dmarc=pass\r\n")
    untrusted = "Authentication-Results: evil.example; dmarc=fail\r\n"
    dovecot.deliver(USER, order_mail(1, extra_headers=forged),
                    order_mail(2, extra_headers=untrusted))
    with PollerThread(dovecot.url(USER, partner="groendus"), sqlite_settings):
        wait_until(_count(sqlite_settings.database_url, 2))
    held, fine = stored(sqlite_settings.database_url)
    assert held.hold_reasons == ["auth_failed: mx.chargecars.nl reports DMARC fail"]
    assert held.auth_results["upstream"]["dmarc"] == "fail"
    assert fine.hold_reasons == [] and "upstream" not in fine.auth_results


def test_unknown_partner_is_an_error_not_a_crash(dovecot, sqlite_settings):
    dovecot.deliver(USER, order_mail(1))
    with PollerThread(dovecot.url(USER, partner="nosuchpartner"), sqlite_settings) as running:
        wait_until(lambda: (mailbox_row(sqlite_settings.database_url, running.config.name)
                            or None) is not None
                   and "nosuchpartner" in (mailbox_row(sqlite_settings.database_url,
                                                       running.config.name).last_error or ""))
    assert stored(sqlite_settings.database_url) == []
    assert flags_by_uid(dovecot) == {1: ()}


@pytest.mark.parametrize("after_store", ["seen", "move:Done"])
def test_stop_finishes_the_message_in_hand(dovecot, sqlite_settings, monkeypatch, after_store):
    sqlite_settings.imap_after_store = after_store
    url = sqlite_settings.database_url
    dovecot.deliver(USER, *[order_mail(n) for n in range(1, 11)])
    holder: dict = {}
    stored_uids = _interrupt_after(monkeypatch, 3, lambda: holder["running"].stop_event.set())
    with PollerThread(dovecot.url(USER, partner="groendus"), sqlite_settings) as running:
        holder["running"] = running
        running.thread.join(20)
    assert stored_uids == [1, 2, 3] and len(stored(url)) == 3
    state = mailbox_row(url, running.config.name)
    assert state.last_uid == 3
    if after_store == "seen":
        assert [f for _, f in sorted(flags_by_uid(dovecot).items())][:4] == [
            (b"\\Seen",), (b"\\Seen",), (b"\\Seen",), ()]
    else:
        assert len(flags_by_uid(dovecot, "Done")) == 3 and len(flags_by_uid(dovecot)) == 7
