"""Partner emails through a real SMTP relay (aiosmtpd): content, threading, relay trouble."""

from __future__ import annotations

import shutil

import pytest
from jinja2 import StrictUndefined

from intake.notify import metrics, rendering
from intake.notify.delivery import deliver_due
from intake.notify.email_sender import BadRelayUrl, parse_relay_url
from intake.notify.rendering import TEMPLATE_NAMES, render_email
from tests.conftest import free_port
from tests.notify.conftest import deliver_until
from tests.notify.smtp_sink import SmtpSink
from tests.notify.store_data import (
    attempts,
    configure_partner,
    email_message,
    new_order,
    outbox,
    set_status,
)


def emails(url):
    return outbox(url, "email")


def test_confirmation_is_multipart_threaded_with_a_stable_message_id(fast, smtp_sink):
    url = fast.database_url
    configure_partner(url, notification_email="orders@groendus.nl")
    new_order(url, message_id=email_message(url), channel="smtp",
              customer={"name": "Sanne <script>x</script> de Vries",
                        "address": {"postal_code": "3572 AB", "city": "Utrecht"}})
    deliver_until(fast, lambda: len(smtp_sink.messages) == 1)
    [sent] = smtp_sink.messages
    [item] = emails(url)
    message = sent.message
    assert sent.rcpt_tos == ["planning@groendus.nl"]
    assert message["Message-ID"] == f"<{item.idempotency_key}@chargecars.nl>"
    assert message["In-Reply-To"] == "<order-1@portal.groendus.nl>"
    assert message["References"].split() == ["<thread-0@portal.groendus.nl>",
                                             "<order-1@portal.groendus.nl>"]
    assert message.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Order ontvangen" in message["Subject"] and "GRD-2025-04817" in message["Subject"]
    assert "Sanne <script>x</script> de Vries" in text  # plain text is plain
    assert "&lt;script&gt;" in html and "<script>" not in html  # HTML is escaped
    assert message["Auto-Submitted"] == "auto-replied"
    assert item.state == "delivered" or emails(url)[0].state == "delivered"


def test_english_for_an_english_speaking_partner(fast, smtp_sink):
    url = fast.database_url
    configure_partner(url, notification_email="orders@groendus.nl", language="en")
    order_id = new_order(url)
    set_status(url, order_id, "scheduled", installer="Team Amsterdam Noord")
    deliver_until(fast, lambda: len(smtp_sink.messages) == 2)
    update = smtp_sink.messages[1].message
    assert update["Subject"].endswith("installation scheduled (your reference GRD-2025-04817)")
    text = update.get_body(("plain",)).get_content()
    assert "20 July 2025" in text and "Team Amsterdam Noord" in text


def test_a_partner_template_overrides_the_default(tmp_path, monkeypatch):
    templates = tmp_path / "templates"
    shutil.copytree(rendering.TEMPLATES_DIR / "default", templates / "default")
    (templates / "alva" / "nl").mkdir(parents=True)
    (templates / "alva" / "nl" / "status_update.txt.j2").write_text(
        "{% set subject %}Alva: {{ order.order_number }}{% endset %}Hoi Alva!\n")
    monkeypatch.setattr(rendering, "TEMPLATES_DIR", templates)
    rendering._environment.cache_clear()
    context = {"order": {"order_number": "CC-1", "partner_order_id": None,
                         "customer": {}, "lines": []},
               "event": {"status": "on_hold", "scheduled_date": None, "installer": None},
               "partner": {"name": "Alva"}, "fallback": None}
    try:
        own = render_email("status_update", "alva", "nl", context)
        other = render_email("status_update", "essent", "nl", context)
    finally:
        rendering._environment.cache_clear()
    assert (own.subject, own.text) == ("Alva: CC-1", "Hoi Alva!\n")
    assert "in de wacht" in own.html  # the HTML part still comes from the default
    assert other.subject.startswith("Order CC-1: in de wacht")


def test_operators_own_template_folder_changes_one_email_and_keeps_the_rest(
        fast, smtp_sink, tmp_path):
    own = tmp_path / "mail-templates"
    (own / "default" / "nl").mkdir(parents=True)
    (own / "default" / "nl" / "order_received.txt.j2").write_text(
        "{% set subject %}Ontvangen: {{ order.partner_order_id }}{% endset %}"
        "Dank je, {{ partner.name }}!\n")
    fast = fast.model_copy(update={"email_templates_dir": own})
    url = fast.database_url
    configure_partner(url, notification_email="orders@groendus.nl")
    new_order(url, message_id=email_message(url), channel="smtp")
    try:
        deliver_until(fast, lambda: len(smtp_sink.messages) == 1)
    finally:
        rendering._environment.cache_clear()
    message = smtp_sink.messages[0].message
    assert message["Subject"] == "Ontvangen: GRD-2025-04817"
    assert message.get_body(("plain",)).get_content().startswith("Dank je, Groendus!")
    # no HTML file in the operator's folder: the bundled one is used
    assert "GRD-2025-04817" in message.get_body(("html",)).get_content()


@pytest.fixture
def strict_templates(monkeypatch):
    """Every name a template uses must be in the context (no silent blanks)."""
    monkeypatch.setattr(rendering, "UNDEFINED", StrictUndefined)
    rendering._environment.cache_clear()
    yield
    rendering._environment.cache_clear()


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_every_default_template_renders(name, language, strict_templates):
    order = {"order_number": "CC-2025-00123", "partner_order_id": "GRO-123456",
             "preferred_date": "2025-07-20", "status": "received", "flags": [], "notes": [],
             "customer": {"name": "Sanne", "street": "Biltstraat", "house_number": "14A",
                          "postal_code": "3572 AB", "city": "Utrecht"},
             "lines": [{"partner_sku": "GRO-ALFEN-11", "description": "Alfen", "quantity": 1,
                        "article": "ALF", "unmapped": False}]}
    context = {
        "order": order, "partner": {"id": "groendus", "name": "Groendus"}, "fallback": "HTTP 500",
        "event": {"status": "installation_scheduled", "scheduled_date": "2025-07-20",
                  "installer": "Team Noord"},
        "needed": {"address": True, "address_as_sent": {"postal_code": "0123"},
                   "unmapped_products": ["GRO-X"]},
        "message": {"subject": "Order", "received_on": "2025-07-01"}, "reason": "onleesbaar",
    }
    rendered = render_email(name, "groendus", language, context)
    assert rendered.subject and "\n" not in rendered.subject
    assert rendered.text.strip() and rendered.html.lstrip().startswith("<!DOCTYPE html>")


def test_relay_down_then_up_delivers_everything_once(fast):
    url = fast.database_url
    port = free_port()
    fast = fast.model_copy(update={"outbound_smtp_url": f"smtp://127.0.0.1:{port}"})
    configure_partner(url, notification_email="orders@groendus.nl")
    order_id = new_order(url)
    set_status(url, order_id, "quote_sent")
    deliver_until(fast, lambda: emails(url)[0].attempts >= 3)
    # Nothing lost while it is down (the update waits behind the confirmation).
    assert {i.state for i in emails(url)} == {"pending"}
    sink = SmtpSink(port).start()
    try:
        deliver_until(fast, lambda: all(i.state == "delivered" for i in emails(url)))
        assert len(sink.messages) == 2
        assert len({m.message["Message-ID"] for m in sink.messages}) == 2
        for item in emails(url):
            tries = attempts(url, item.id)
            assert tries[-1].status_code == 250 and all(a.error for a in tries[:-1])
    finally:
        sink.stop()


def test_a_temporary_refusal_is_retried_and_a_permanent_one_is_final(fast, smtp_sink):
    url = fast.database_url
    configure_partner(url, notification_email="orders@groendus.nl")
    smtp_sink.answer = "451 4.3.0 try again later"
    new_order(url)
    [item] = emails(url)
    deliver_due(fast)
    assert next(i for i in emails(url) if i.id == item.id).state == "pending"
    before = metrics.EMAIL_FAILURES.labels("groendus")._value.get()
    smtp_sink.answer = "550 5.1.1 no such mailbox"
    deliver_until(fast, lambda: emails(url)[0].state == "failed")
    assert [a.status_code for a in attempts(url, item.id)][-1] == 550
    assert metrics.EMAIL_FAILURES.labels("groendus")._value.get() == before + 1
    assert smtp_sink.messages == []


def test_without_a_relay_emails_wait_untouched_and_go_once_one_is_configured(settings,
                                                                           smtp_sink):
    url = settings.database_url
    configure_partner(url, notification_email="orders@groendus.nl")
    new_order(url)
    assert deliver_due(settings) == 0  # outbound_smtp_url is unset: not even claimed
    [item] = emails(url)
    assert item.state == "pending" and item.attempts == 0 and item.claimed_by is None
    assert attempts(url, item.id) == []
    relayed = settings.model_copy(update={"outbound_smtp_url": smtp_sink.url})
    deliver_until(relayed, lambda: len(smtp_sink.messages) == 1)
    assert emails(url)[0].state == "delivered"


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_relay_with_login(fast):
    url = fast.database_url
    sink = SmtpSink(free_port(), credentials=("intake", "s3cr/t")).start()
    try:
        fast = fast.model_copy(update={
            "outbound_smtp_url": f"smtp://intake:s3cr%2Ft@127.0.0.1:{sink.port}"})
        configure_partner(url, notification_email="orders@groendus.nl")
        new_order(url)
        deliver_until(fast, lambda: len(sink.messages) == 1)
    finally:
        sink.stop()


def test_relay_urls():
    relay = parse_relay_url("smtps://user:p%40ss@mail.example.com")
    assert (relay.host, relay.port, relay.implicit_tls, relay.username, relay.password) == (
        "mail.example.com", 465, True, "user", "p@ss")
    relay = parse_relay_url("smtp://127.0.0.1:1025?starttls=true")
    assert (relay.port, relay.starttls, relay.implicit_tls, relay.username) == (
        1025, True, False, None)
    with pytest.raises(BadRelayUrl):
        parse_relay_url("http://example.com")
