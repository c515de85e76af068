"""The SMTP listener under hostile and unusual input, over real connections: smuggling,
bare line endings, long lines, many recipients, garbage, NUL bytes, dropped connections;
STARTTLS, AUTH; sender authentication results and holds."""

from __future__ import annotations

import smtplib
import ssl
import time
from base64 import b64encode

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from intake.mail_auth import StaticDns
from intake.settings import get_settings
from intake.smtp import IntakeHandler, SmtpSettingsError, make_controller
from intake.smtp_login import hash_password
from intake.worker import Worker
from storage.db import session_scope
from storage.models import InboundMessage
from storage.smtp_credentials import add_login, revoke_login
from tests.imap.dovecot_server import make_certificate
from tests.intake.smtp_client import RawSmtp

GROENDUS = "groendus@orders.chargecars.nl"
MESSAGE = (b"From: Groendus Orderdesk <orderdesk@groendus.nl>\r\n"
           b"To: groendus@orders.chargecars.nl\r\n"
           b"Subject: Nieuwe order GRD-1\r\n"
           b"Message-ID: <abc@portal.groendus.nl>\r\n"
           b"\r\n"
           b"Ordernummer: GRD-1\r\n")
SMUGGLED = (b"MAIL FROM:<ceo@groendus.nl>\r\nRCPT TO:<groendus@orders.chargecars.nl>\r\nDATA\r\n"
            b"From: ceo@groendus.nl\r\nSubject: Spoed: annuleer alles\r\n\r\nAnnuleer GRD-1")


def stored(url: str) -> list[InboundMessage]:
    with session_scope(url) as session:
        return list(session.scalars(select(InboundMessage).order_by(InboundMessage.id)))


class Listener:
    """A running listener; ``dns`` is what the worker's sender assessment will see."""

    def __init__(self, settings, dns=None):
        self.settings = settings
        self.dns = dns or StaticDns()
        self.controller = make_controller(settings, IntakeHandler(settings))

    def __enter__(self) -> Listener:
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()

    def connect(self) -> RawSmtp:
        client = RawSmtp(self.settings.smtp_port)
        assert client.command("EHLO client.example")[0] == 250
        return client

    @property
    def messages(self) -> list[InboundMessage]:
        return stored(self.settings.database_url)

    def assessed(self) -> list[InboundMessage]:
        """The messages after the worker (its parse step assesses the sender) ran."""
        worker = Worker(self.settings)
        worker.ctx.dns_factory = lambda: self.dns
        worker.drain()
        return self.messages


@pytest.fixture
def listener(settings):
    with Listener(settings) as running:
        yield running


@pytest.fixture
def sqlite_listener(sqlite_settings):
    with Listener(sqlite_settings) as running:
        yield running


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    directory = tmp_path_factory.mktemp("smtp-tls")
    make_certificate(directory)
    return directory / "cert.pem", directory / "key.pem"


@pytest.fixture
def tls_settings(sqlite_settings, certificate):
    sqlite_settings.smtp_tls_cert, sqlite_settings.smtp_tls_key = certificate
    return sqlite_settings


# --- SMTP smuggling and bare line endings ---------------------------------------------------

@pytest.mark.parametrize("fake_end", [b"\n.\n", b"\n.\r\n", b"\r.\r\n", b"\r.\r"])
def test_a_smuggled_second_message_is_refused_and_nothing_is_stored(listener, fake_end):
    client = listener.connect()
    client.envelope()
    code, text = client.data(MESSAGE + b"Tot zo" + fake_end + SMUGGLED)
    assert code == 554 and b"smuggling" in text
    # One reply for the whole DATA: the smuggled commands were never read as commands.
    assert client.command("NOOP") == (250, b"OK")
    client.envelope()
    assert client.data(MESSAGE)[0] == 250
    client.close()
    [only] = listener.messages
    assert only.raw == MESSAGE


@pytest.mark.parametrize("fake_end", [b"\r\n.\n", b"\r\n.\r"])
def test_a_fake_end_after_crlf_loses_its_dot_and_stays_inside_one_message(listener, fake_end):
    """A CRLF line starting ".\n" or ".\r" is a dot-stuffed line to aiosmtpd, which takes
    the dot away (RFC 5321 4.5.2): no lone dot is left, so nothing is refused, and what
    looked like a second message is body text of the first."""
    client = listener.connect()
    client.envelope()
    assert client.data(MESSAGE + b"Tot zo" + fake_end + SMUGGLED)[0] == 250
    assert client.command("NOOP") == (250, b"OK")
    client.close()
    [only] = listener.messages
    assert only.raw == MESSAGE + b"Tot zo\r\n" + fake_end[-1:] + SMUGGLED + b"\r\n"
    assert only.envelope_from == "orderdesk@groendus.nl"


def test_bare_lf_line_endings_without_a_lone_dot_are_kept_byte_for_byte(sqlite_listener):
    content = MESSAGE.replace(b"\r\n", b"\n") + b"regel twee\nregel drie"
    client = sqlite_listener.connect()
    client.envelope()
    assert client.data(content)[0] == 250
    [message] = sqlite_listener.messages
    assert message.raw == content + b"\r\n"
    assert message.auth_results["smtp"]["bare_line_endings"] == 7
    [message] = sqlite_listener.assessed()
    assert message.auth_results["smtp"]["bare_line_endings"] == 7  # kept by the assessment


def test_a_dot_stuffed_lone_dot_line_is_ordinary_content(sqlite_listener):
    client = sqlite_listener.connect()
    client.envelope()
    assert client.data(MESSAGE + b"..\r\nna de punt")[0] == 250
    assert sqlite_listener.messages[0].raw == MESSAGE + b".\r\nna de punt\r\n"


# --- limits and garbage ---------------------------------------------------------------------

def test_an_overlong_data_line_is_refused_and_the_session_goes_on(sqlite_listener):
    client = sqlite_listener.connect()
    client.envelope()
    code, text = client.data(MESSAGE + b"x" * 5000)
    assert code == 500 and b"too long" in text.lower()
    assert client.command("NOOP") == (250, b"OK")
    assert sqlite_listener.messages == []


def test_an_overlong_command_line_is_refused(sqlite_listener):
    client = sqlite_listener.connect()
    assert client.command(b"MAIL FROM:<" + b"a" * 3000 + b"@groendus.nl>")[0] == 500
    assert client.command("NOOP") == (250, b"OK")


def test_too_many_recipients(sqlite_listener):
    client = sqlite_listener.connect()
    assert client.command("MAIL FROM:<orderdesk@groendus.nl>")[0] == 250
    codes = [client.command(f"RCPT TO:<{GROENDUS}>")[0] for _ in range(101)]
    assert codes[:100] == [250] * 100 and codes[100] == 452
    assert client.data(MESSAGE)[0] == 250
    assert len(sqlite_listener.messages[0].envelope_to) == 100


def test_garbage_commands_get_500_then_the_door(sqlite_listener):
    client = sqlite_listener.connect()
    replies = [client.command(garbage)[0] for garbage in
               (b"HELLO?", b"\xff\xfe\x00", b"GET / HTTP/1.1", b"ATTACK", b"XYZZY",
                b"\x00\x00")]
    assert replies[:5] == [500] * 5 and replies[5] == 502
    assert client.closed()
    assert sqlite_listener.messages == []


def test_a_client_that_disconnects_mid_data_leaves_nothing_behind(listener):
    client = listener.connect()
    client.envelope()
    assert client.command("DATA")[0] == 354
    client.send(MESSAGE + b"Ordernummer: GRD-half")  # no end of data
    client.close()
    time.sleep(0.3)
    again = listener.connect()
    again.envelope()
    assert again.data(MESSAGE)[0] == 250
    assert [m.raw for m in listener.messages] == [MESSAGE]


def test_nul_bytes_in_envelope_and_headers(listener):
    client = listener.connect()
    assert client.command(b"MAIL FROM:<order\x00desk@groendus.nl>")[0] == 553
    assert client.command("MAIL FROM:<orderdesk@groendus.nl>")[0] == 250
    assert client.command(b"RCPT TO:<groendus\x00@orders.chargecars.nl>")[0] == 550
    assert client.command(f"RCPT TO:<{GROENDUS}>")[0] == 250
    content = (MESSAGE.replace(b"<abc@portal", b"<a\x00bc@portal")
               .replace(b"Subject: ", b"Subject: \x00") + b"body \x00 NUL\r\n")
    assert client.data(content)[0] == 250  # stored on PostgreSQL too: no NUL in text columns
    [message] = listener.messages
    assert message.raw == content
    assert message.raw.count(b"\x00") == 3
    assert message.message_id_header == "<abc@portal.groendus.nl>"


def test_a_bare_lf_command_is_understood_and_mail_still_needs_crlf_end(sqlite_listener):
    client = sqlite_listener.connect()
    client.send(b"MAIL FROM:<orderdesk@groendus.nl>\n")
    assert client.reply()[0] == 250
    client.send(f"RCPT TO:<{GROENDUS}>\n".encode())
    assert client.reply()[0] == 250
    client.send(b"DATA\n")
    assert client.reply()[0] == 354
    client.send(MESSAGE + b"\n.\n")  # not an end of data here: nothing is answered yet
    client.sock.settimeout(0.5)
    with pytest.raises(TimeoutError):
        client.reply()
    client.sock.settimeout(10)
    client.send(b"\r\n.\r\n")
    assert client.reply()[0] == 554  # the lone dot with bare LFs is the smuggling pattern


# --- STARTTLS and AUTH ----------------------------------------------------------------------

def test_starttls_required_refuses_mail_before_it_with_530(tls_settings):
    tls_settings.smtp_require_starttls = True
    with Listener(tls_settings) as running:
        client = running.connect()
        code, text = client.command("MAIL FROM:<orderdesk@groendus.nl>")
        assert code == 530 and b"STARTTLS" in text
        assert client.starttls()[0] == 220
        assert client.command("EHLO client.example")[0] == 250
        client.envelope()
        assert client.data(MESSAGE)[0] == 250
        assert running.messages[0].auth_results["smtp"]["tls"] is True


def test_starttls_with_smtplib_and_the_certificate(tls_settings, certificate):
    with Listener(tls_settings) as running:
        with smtplib.SMTP(tls_settings.smtp_host, tls_settings.smtp_port, timeout=10) as client:
            client.starttls(context=ssl.create_default_context(cafile=str(certificate[0])))
            client.sendmail("orderdesk@groendus.nl", [GROENDUS], MESSAGE)
        assert len(running.messages) == 1


def test_commands_sent_with_starttls_in_one_packet_are_discarded(tls_settings):
    with Listener(tls_settings) as running:
        client = running.connect()
        client.send(b"STARTTLS\r\nMAIL FROM:<evil@evil.example>\r\n")
        assert client.reply()[0] == 220
        client.sock = ssl._create_unverified_context().wrap_socket(client.sock)
        assert client.command("EHLO client.example")[0] == 250
        assert client.command(f"RCPT TO:<{GROENDUS}>")[0] == 503  # no MAIL was taken


def _login(settings, partner="groendus", username="groendus-relay", password="correct horse"):
    with session_scope(settings.database_url) as session:
        add_login(session, partner, username, hash_password(password), actor="test")


def _auth_plain(user: str, password: str) -> str:
    return "AUTH PLAIN " + b64encode(f"\0{user}\0{password}".encode()).decode()


def test_auth_only_over_tls_and_then_mail_counts_as_the_partners(tls_settings):
    _login(tls_settings)
    dmarc_reject = StaticDns(txt={"_dmarc.groendus.nl": ["v=DMARC1; p=reject"],
                                  "groendus.nl": ["v=spf1 -all"]})
    with Listener(tls_settings, dns=dmarc_reject) as running:
        client = running.connect()
        assert client.command(_auth_plain("groendus-relay", "correct horse"))[0] == 538
        client.starttls()
        _code, ehlo = client.command("EHLO client.example")
        assert b"AUTH LOGIN PLAIN" in ehlo
        assert client.command(_auth_plain("GROENDUS-relay", "wrong"))[0] == 535
        assert client.command(_auth_plain("nobody", "correct horse"))[0] == 535
        assert client.command(_auth_plain("groendus-relay", "correct horse"))[0] == 235
        client.envelope()
        assert client.data(MESSAGE)[0] == 250
    [message] = running.assessed()
    assert message.auth_results["smtp"]["auth"] == "groendus"
    assert message.auth_results["dmarc"]["result"] == "fail"  # recorded, but the login counts
    assert message.hold_reasons == []


def test_auth_login_mechanism_and_a_revoked_login(tls_settings):
    _login(tls_settings)
    with Listener(tls_settings) as running:
        client = running.connect()
        client.starttls()
        client.command("EHLO client.example")
        assert client.command("AUTH LOGIN")[0] == 334
        assert client.command(b64encode(b"groendus-relay").decode())[0] == 334
        assert client.command(b64encode(b"correct horse").decode())[0] == 235
        assert client.command("AUTH LOGIN")[0] == 503  # already logged in
        with session_scope(tls_settings.database_url) as session:
            revoke_login(session, "groendus-relay", actor="test")
        other = running.connect()
        other.starttls()
        other.command("EHLO client.example")
        assert other.command(_auth_plain("groendus-relay", "correct horse"))[0] == 535


def test_auth_required_refuses_mail_without_login_and_limits_attempts(tls_settings):
    tls_settings.smtp_auth_required = True
    with Listener(tls_settings) as running:
        client = running.connect()
        client.starttls()
        client.command("EHLO client.example")
        code, text = client.command("MAIL FROM:<orderdesk@groendus.nl>")
        assert code == 530 and b"Authentication required" in text
        codes = [client.command(_auth_plain("x", "y"))[0] for _ in range(6)]
        assert codes[:5] == [535] * 5 and codes[5] == 421
    assert running.messages == []


def test_logged_in_as_one_partner_sending_to_another_is_held(tls_settings):
    _login(tls_settings, partner="alva", username="alva-relay")
    with Listener(tls_settings) as running:
        client = running.connect()
        client.starttls()
        client.command("EHLO client.example")
        assert client.command(_auth_plain("alva-relay", "correct horse"))[0] == 235
        client.envelope()
        assert client.data(MESSAGE)[0] == 250
    assert running.assessed()[0].hold_reasons == [
        "unknown_sender: logged in as partner alva but sent to groendus's intake address"]


def test_smtp_auth_cli_prints_a_password_once_that_logs_in(tls_settings, monkeypatch):
    from intake.cli import app, smtp_auth_cmd  # noqa: F401 - registers the commands

    monkeypatch.setenv("INTAKE_DATABASE_URL", tls_settings.database_url)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["smtp-auth", "add", "essent"], catch_exceptions=False)
        listed = CliRunner().invoke(app, ["smtp-auth", "list", "--json"])
    finally:
        get_settings.cache_clear()
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines())
    assert lines["username"] == "essent-relay" and len(lines["password"]) >= 24
    assert '"username": "essent-relay"' in listed.stdout and lines["password"] not in listed.stdout
    with Listener(tls_settings) as running:
        client = running.connect()
        client.starttls()
        client.command("EHLO client.example")
        assert client.command(_auth_plain("essent-relay", lines["password"]))[0] == 235


def test_tls_and_auth_settings_that_cannot_work_are_refused_at_start(sqlite_settings):
    sqlite_settings.smtp_require_starttls = True
    with pytest.raises(SmtpSettingsError, match="TLS_CERT"):
        make_controller(sqlite_settings)
    sqlite_settings.smtp_require_starttls = False
    sqlite_settings.smtp_tls_cert = sqlite_settings.data_dir / "missing.pem"
    sqlite_settings.smtp_tls_key = sqlite_settings.data_dir / "missing.key"
    with pytest.raises(SmtpSettingsError, match="cannot load"):
        make_controller(sqlite_settings)


# --- who sent it ----------------------------------------------------------------------------

def test_mail_from_outside_the_partners_domains_is_stored_and_held(listener):
    client = listener.connect()
    client.envelope(sender="bestelling@gmail.com")
    spoof = MESSAGE.replace(b"orderdesk@groendus.nl", b"bestelling@gmail.com")
    assert client.data(spoof)[0] == 250
    [message] = listener.assessed()
    assert message.hold_reasons == [
        ("unknown_sender: From domain gmail.com is not one of groendus's sender domains "
        "(groendus.nl)"),
        ("unknown_sender: envelope sender domain gmail.com is not one of groendus's sender "
        "domains (groendus.nl)")]


def test_dmarc_fail_over_the_wire_is_held_and_results_recorded(sqlite_settings):
    dns = StaticDns(txt={"groendus.nl": ["v=spf1 ip4:192.0.2.0/24 -all"],
                         "_dmarc.groendus.nl": ["v=DMARC1; p=quarantine"]})
    with Listener(sqlite_settings, dns=dns) as running:
        client = running.connect()
        client.envelope()
        assert client.data(MESSAGE)[0] == 250
    [message] = running.assessed()
    assert message.auth_results["spf"]["result"] == "fail"
    assert message.auth_results["dmarc"]["policy"] == "quarantine"
    assert message.auth_results["smtp"]["helo"] == "client.example"
    assert message.hold_reasons[0].startswith("auth_failed: DMARC fail for From domain groendus.nl")


def test_spf_pass_for_the_connecting_ip_aligns(sqlite_settings):
    dns = StaticDns(txt={"groendus.nl": ["v=spf1 ip4:127.0.0.1 -all"],
                         "_dmarc.groendus.nl": ["v=DMARC1; p=reject"]})
    with Listener(sqlite_settings, dns=dns) as running:
        client = running.connect()
        client.envelope()
        assert client.data(MESSAGE)[0] == 250
    [message] = running.assessed()
    assert message.auth_results["spf"]["result"] == "pass"
    assert message.auth_results["dmarc"]["result"] == "pass" and message.hold_reasons == []


def test_upstream_results_count_only_from_the_trusted_authserv_id(sqlite_settings):
    sqlite_settings.smtp_trusted_authserv_id = "mx.chargecars.nl"
    ours = b"Authentication-Results: mx.chargecars.nl; spf=pass; dmarc=fail header.from=x\r\n"
    theirs = b"Authentication-Results: mx.evil.example; dmarc=fail\r\n"
    with Listener(sqlite_settings) as running:
        client = running.connect()
        client.envelope()
        assert client.data(ours + MESSAGE)[0] == 250
        client.envelope()
        assert client.data(theirs + MESSAGE.replace(b"<abc@", b"<def@"))[0] == 250
    held, free = running.assessed()
    assert held.hold_reasons == ["auth_failed: mx.chargecars.nl reports DMARC fail"]
    assert free.hold_reasons == [] and "upstream" not in free.auth_results


class SlowDns(StaticDns):
    def txt(self, name):
        time.sleep(1.5)
        return []


def test_dns_work_never_delays_the_250_or_other_sessions(sqlite_settings):
    """DNS belongs to the worker: the 250 comes at once however slow DNS is, and the
    worker records the slow answers later."""
    with Listener(sqlite_settings, dns=SlowDns()) as running:
        client = running.connect()
        client.envelope()
        started = time.monotonic()
        assert client.data(MESSAGE)[0] == 250
        other = running.connect()
        assert other.command("NOOP")[0] == 250
        assert time.monotonic() - started < 0.5
    [message] = running.assessed()
    assert message.auth_results["dmarc"]["result"] == "none"  # SlowDns answered: no record
