"""The SMTP listener over a real SMTP conversation (aiosmtpd + smtplib / raw sockets)."""

from __future__ import annotations

import smtplib

import pytest
from sqlalchemy import func, select, text

from intake.mail_auth import StaticDns
from intake.smtp import make_controller
from storage.db import engine_for, session_scope
from storage.models import InboundMessage

MESSAGE = (
    b"From: Groendus Orderdesk <orderdesk@groendus.nl>\r\n"
    b"To: groendus@orders.chargecars.nl\r\n"
    b"Subject: Nieuwe order GRD-1\r\n"
    b"Message-ID: <abc@portal.groendus.nl>\r\n"
    b"\r\n"
    b"Ordernummer: GRD-1\r\n"
)


@pytest.fixture
def listener(settings):
    controller = make_controller(settings)
    controller.start()
    yield settings
    controller.stop()


def send(settings, message=MESSAGE, to=("groendus@orders.chargecars.nl",)):
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=10) as client:
        return client.sendmail("orderdesk@groendus.nl", list(to), message)


def stored_messages(url):
    with session_scope(url) as session:
        return session.scalars(select(InboundMessage).order_by(InboundMessage.id)).all()


def test_partner_mail_is_stored_byte_for_byte_before_250(listener):
    refused = send(listener)
    assert refused == {}
    [message] = stored_messages(listener.database_url)
    assert message.raw == MESSAGE
    assert message.partner_id == "groendus" and message.channel == "smtp"
    assert message.envelope_from == "orderdesk@groendus.nl"
    assert message.envelope_to == ["groendus@orders.chargecars.nl"]
    assert message.message_id_header == "<abc@portal.groendus.nl>"


def test_replies_are_counted_by_code(listener):
    from prometheus_client import REGISTRY

    def count(code: str) -> float:
        return REGISTRY.get_sample_value("intake_smtp_replies_total", {"code": code}) or 0.0

    before = {code: count(code) for code in ("250", "550")}
    send(listener, to=("nobody@orders.chargecars.nl", "groendus@orders.chargecars.nl"))
    assert count("550") == before["550"] + 1  # RCPT
    assert count("250") == before["250"] + 2  # RCPT and DATA


def test_unknown_recipient_is_refused_at_rcpt_with_550(listener):
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        send(listener, to=("nobody@orders.chargecars.nl",))
    code, text_ = refused.value.recipients["nobody@orders.chargecars.nl"]
    assert code == 550 and b"intake address" in text_
    assert stored_messages(listener.database_url) == []


def test_mixed_recipients_only_known_ones_accepted(listener):
    refused = send(listener, to=("nobody@orders.chargecars.nl", "alva@orders.chargecars.nl"))
    assert list(refused) == ["nobody@orders.chargecars.nl"]
    [message] = stored_messages(listener.database_url)
    assert message.partner_id == "alva" and message.envelope_to == ["alva@orders.chargecars.nl"]


def test_repeated_message_id_from_same_sender_is_recognised(listener):
    send(listener)
    with smtplib.SMTP(listener.smtp_host, listener.smtp_port, timeout=10) as client:
        client.ehlo()
        client.mail("orderdesk@groendus.nl")
        client.rcpt("groendus@orders.chargecars.nl")
        code, reply = client.data(MESSAGE)
    assert code == 250 and b"Already received" in reply
    assert len(stored_messages(listener.database_url)) == 1


def test_oversized_message_gets_552_and_no_250_and_is_not_stored(settings):
    settings.smtp_max_message_bytes = 2000
    controller = make_controller(settings)
    controller.start()
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=10) as client:
            client.ehlo()
            assert client.has_extn("size") and client.esmtp_features["size"] == "2000"
            client.mail("orderdesk@groendus.nl")
            client.rcpt("groendus@orders.chargecars.nl")
            code, reply = client.data(MESSAGE + (b"x" * 70 + b"\r\n") * 80)
            assert code == 552
            # The next reply is NOOP's own: no late "250 stored" for the refused message.
            assert client.noop() == (250, b"OK")
    finally:
        controller.stop()
    assert stored_messages(settings.database_url) == []


def test_store_failure_answers_451_and_the_retry_is_stored(listener):
    url = listener.database_url
    with smtplib.SMTP(listener.smtp_host, listener.smtp_port, timeout=10) as client:
        client.ehlo()
        client.mail("orderdesk@groendus.nl")
        client.rcpt("groendus@orders.chargecars.nl")  # addresses are loaded by now
        with engine_for(url).begin() as conn:
            conn.execute(text("ALTER TABLE inbound_messages RENAME TO inbound_messages_away"))
        try:
            code, reply = client.data(MESSAGE)
        finally:
            with engine_for(url).begin() as conn:
                conn.execute(text("ALTER TABLE inbound_messages_away RENAME TO inbound_messages"))
    assert code == 451 and b"try again" in reply
    assert send(listener) == {}  # the sender's retry
    with session_scope(url) as session:
        assert session.scalar(select(func.count(InboundMessage.id))) == 1


def test_bytes_that_are_not_utf8_arrive_intact(listener):
    message = MESSAGE.replace(b"Ordernummer: GRD-1", b"Naam: Ren\xe9 \xff\x00 Kuijpers")
    send(listener, message=message)
    [stored] = stored_messages(listener.database_url)
    assert stored.raw == message


def run_worker(settings, dns=None) -> None:
    """The worker over everything stored: its parse step makes the sender assessment."""
    from intake.worker import Worker

    worker = Worker(settings)
    if dns is not None:
        worker.ctx.dns_factory = lambda: dns
    worker.drain()


def test_mail_from_an_unknown_sender_is_stored_held_and_reaches_review(listener):
    from storage.models import ReviewItem

    spoof = MESSAGE.replace(b"orderdesk@groendus.nl", b"bestelling@gmail.com")
    with smtplib.SMTP(listener.smtp_host, listener.smtp_port, timeout=10) as client:
        assert client.sendmail("orderdesk@groendus.nl", ["groendus@orders.chargecars.nl"],
                               spoof) == {}
    [received] = stored_messages(listener.database_url)
    assert received.hold_reasons == [] and received.auth_results["assessed_at"] is None
    run_worker(listener, StaticDns())
    [message] = stored_messages(listener.database_url)
    assert message.hold_reasons == [
        "unknown_sender: From domain gmail.com is not one of groendus's sender domains "
        "(groendus.nl)"]
    assert message.state == "review"
    with session_scope(listener.database_url) as session:
        [item] = session.scalars(select(ReviewItem)).all()
        assert message.hold_reasons[0] in item.reasons


def test_every_stored_message_carries_its_authentication_results(listener):
    send(listener)
    run_worker(listener)  # the system's DNS, which may not answer here
    [message] = stored_messages(listener.database_url)
    results = message.auth_results
    assert results["from_domains"] == ["groendus.nl"]
    assert results["envelope_domain"] == "groendus.nl"
    assert results["smtp"] == {"tls": False, "auth": None, "helo": results["smtp"]["helo"],
                               "bare_line_endings": 0}
    # No DNS answers here: whatever the resolver says, it is recorded, never fatal.
    assert results["spf"]["result"] in ("none", "temperror", "neutral", "pass", "fail",
                                        "softfail", "permerror")
    assert results["dmarc"]["result"] in ("none", "temperror", "pass", "fail")
    assert results["assessed_at"]
    assert message.hold_reasons == [] or message.hold_reasons[0].startswith("auth_failed")


class CountingDns(StaticDns):
    def __init__(self, **records):
        super().__init__(**records)
        self.lookups = 0

    def txt(self, name):
        self.lookups += 1
        return super().txt(name)

    def spf_lookup(self, name, qtype, strict=True, timeout=30):
        self.lookups += 1
        return super().spf_lookup(name, qtype, strict, timeout)


def test_the_250_asks_no_dns_and_the_worker_assesses_once(listener):
    dns = CountingDns(txt={"groendus.nl": ["v=spf1 ip4:192.0.2.0/24 -all"],
                           "_dmarc.groendus.nl": ["v=DMARC1; p=reject"]})
    send(listener)
    [received] = stored_messages(listener.database_url)
    # Stored with what only the session knew; who sent it is still to be decided.
    assert received.state == "received" and received.hold_reasons == []
    assert received.auth_results == {
        "smtp": {"tls": False, "auth": None, "helo": received.auth_results["smtp"]["helo"],
                 "bare_line_endings": 0},
        "assessed_at": None}
    assert received.peer == "127.0.0.1" and received.auth_results["smtp"]["helo"]
    run_worker(listener, dns)
    [message] = stored_messages(listener.database_url)
    assert dns.lookups > 0
    assert message.auth_results["spf"]["result"] == "fail"  # 127.0.0.1 is not 192.0.2.0/24
    assert message.auth_results["smtp"]["bare_line_endings"] == 0
    held = ("auth_failed: DMARC fail for From domain groendus.nl (policy reject; neither SPF "
            "nor DKIM passed aligned)")
    assert message.hold_reasons == [held] and message.state == "review"
    # Parsed again (a replay from the start): the assessment is not made a second time.
    with session_scope(listener.database_url) as session:
        again = session.get(InboundMessage, message.id)
        again.state, again.claimed_by = "received", None
    before = dns.lookups
    run_worker(listener, dns)
    [message] = stored_messages(listener.database_url)
    assert dns.lookups == before and message.hold_reasons == [held]
