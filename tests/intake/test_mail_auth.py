"""SPF, DKIM and DMARC with injected DNS; upstream Authentication-Results; sender holds."""

from __future__ import annotations

import base64
import socket
import threading
import time

import dkim
import dns.message
import dns.rcode
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from intake.mail_auth import (
    DnsBreaker,
    DnsTempError,
    SmtpContext,
    StaticDns,
    SystemDns,
    assess_smtp_message,
)
from intake.mail_auth.dkim_check import verify_dkim
from intake.mail_auth.dmarc import evaluate_dmarc, organizational_domain, parse_record
from intake.mail_auth.dns_breaker import Outcome
from intake.mail_auth.senders import sender_holds
from intake.mail_auth.spf_check import check_spf
from intake.mail_auth.upstream import parse_authentication_results, trusted_results
from intake.mail_headers import read_headers

MESSAGE = (b"From: Groendus Orderdesk <orderdesk@groendus.nl>\r\n"
           b"To: groendus@orders.chargecars.nl\r\n"
           b"Subject: Nieuwe order GRD-1\r\n"
           b"Message-ID: <abc@portal.groendus.nl>\r\n"
           b"\r\n"
           b"Ordernummer: GRD-1\r\n")


class DkimKey:
    """A fresh RSA key: signs messages and says what its DNS TXT record is."""

    def __init__(self, domain: str = "groendus.nl", selector: str = "mail"):
        self.domain, self.selector = domain, selector
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    def sign(self, message: bytes) -> bytes:
        private = self.key.private_bytes(serialization.Encoding.PEM,
                                         serialization.PrivateFormat.TraditionalOpenSSL,
                                         serialization.NoEncryption())
        header = dkim.sign(message, self.selector.encode(), self.domain.encode(), private,
                           include_headers=[b"from", b"to", b"subject", b"message-id"])
        return header + message

    @property
    def record(self) -> tuple[str, list[str]]:
        public = self.key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        return (f"{self.selector}._domainkey.{self.domain}",
                [f"v=DKIM1; k=rsa; p={base64.b64encode(public).decode()}"])


@pytest.fixture(scope="module")
def key() -> DkimKey:
    return DkimKey()


def smtp(ip="192.0.2.10", mail_from="orderdesk@groendus.nl", **kw) -> SmtpContext:
    return SmtpContext(client_ip=ip, helo="mail.groendus.nl", envelope_from=mail_from, **kw)


def assess(raw, dns, context=None, partner="groendus", trusted=None):
    return assess_smtp_message(raw, context or smtp(), partner_id=partner,
                               sender_domains=["groendus.nl"], trusted_authserv_id=trusted,
                               dns=dns)


def test_dkim_pass_with_the_key_from_injected_dns(key):
    name, record = key.record
    [result] = verify_dkim(key.sign(MESSAGE), StaticDns(txt={name: record}))
    assert result == {"domain": "groendus.nl", "selector": "mail", "result": "pass"}


def test_dkim_fail_on_a_changed_body_and_temperror_without_dns(key):
    name, record = key.record
    tampered = key.sign(MESSAGE).replace(b"GRD-1\r\n", b"GRD-2\r\n")
    assert verify_dkim(tampered, StaticDns(txt={name: record}))[0]["result"] == "fail"
    assert verify_dkim(key.sign(MESSAGE), StaticDns(failing={name}))[0]["result"] == "temperror"
    assert verify_dkim(key.sign(MESSAGE), StaticDns())[0]["result"] == "permerror"  # no key
    assert verify_dkim(MESSAGE, StaticDns()) == []


def test_spf_with_injected_records():
    dns = StaticDns(txt={"groendus.nl": ["v=spf1 ip4:192.0.2.0/24 -all"]})
    assert check_spf("192.0.2.10", "orderdesk@groendus.nl", "h", dns)["result"] == "pass"
    assert check_spf("198.51.100.1", "orderdesk@groendus.nl", "h", dns)["result"] == "fail"
    assert check_spf("192.0.2.10", "a@nospf.example", "h", dns)["result"] == "none"
    failing = StaticDns(failing={"groendus.nl"})
    assert check_spf("192.0.2.10", "orderdesk@groendus.nl", "h", failing)["result"] == "temperror"


def test_dmarc_alignment_and_policy(key):
    records = {"_dmarc.groendus.nl": ["v=DMARC1; p=reject; adkim=r; aspf=s"]}
    dns = StaticDns(txt=records)
    spf_pass_sub = {"result": "pass", "domain": "mail.groendus.nl"}
    assert evaluate_dmarc(["groendus.nl"], spf_pass_sub, [], dns)["result"] == "fail"  # aspf=s
    dkim_pass_sub = [{"result": "pass", "domain": "portal.groendus.nl"}]
    passed = evaluate_dmarc(["groendus.nl"], {"result": "fail"}, dkim_pass_sub, dns)
    assert passed["result"] == "pass" and passed["dkim_aligned"] and passed["policy"] == "reject"
    other = [{"result": "pass", "domain": "mailer.example"}]
    assert evaluate_dmarc(["groendus.nl"], {"result": "none"}, other, dns)["result"] == "fail"
    assert evaluate_dmarc(["nodmarc.nl"], {"result": "none"}, [], dns)["result"] == "none"
    sub = evaluate_dmarc(["x.groendus.nl"], {"result": "none"}, [],
                         StaticDns(txt={"_dmarc.groendus.nl": ["v=DMARC1; p=none; sp=quarantine"]}))
    assert (sub["result"], sub["policy"]) == ("fail", "quarantine")
    assert evaluate_dmarc(["a.nl", "b.nl"], {}, [], dns)["result"] == "permerror"
    temp = evaluate_dmarc(["groendus.nl"], {}, [], StaticDns(failing={"_dmarc.groendus.nl"}))
    assert temp["result"] == "temperror"
    assert parse_record("v=spf1 -all") is None and organizational_domain("a.b.groendus.nl") == \
        "groendus.nl"


def test_a_two_label_public_suffix_does_not_make_strangers_aligned():
    # co.uk is a public suffix: partner.co.uk and attacker.co.uk are two organizations
    assert organizational_domain("mail.partner.co.uk") == "partner.co.uk"
    dns = StaticDns(txt={"_dmarc.partner.co.uk": ["v=DMARC1; p=reject"]})
    attacker = [{"result": "pass", "domain": "attacker.co.uk"}]
    spoof = evaluate_dmarc(["partner.co.uk"], {"result": "none"}, attacker, dns)
    assert spoof["result"] == "fail" and not spoof["dkim_aligned"]
    own = [{"result": "pass", "domain": "mail.partner.co.uk"}]
    assert evaluate_dmarc(["partner.co.uk"], {"result": "none"}, own, dns)["result"] == "pass"


def test_assessment_signed_mail_passes_without_holds(key):
    name, record = key.record
    dns = StaticDns(txt={name: record, "_dmarc.groendus.nl": ["v=DMARC1; p=reject"]})
    result = assess(key.sign(MESSAGE), dns)
    assert result.hold_reasons == []
    assert result.auth_results["dmarc"]["result"] == "pass"
    assert result.auth_results["dkim"][0]["result"] == "pass"


def test_assessment_spoofed_mail_is_held_for_dmarc():
    dns = StaticDns(txt={"groendus.nl": ["v=spf1 ip4:192.0.2.0/24 -all"],
                         "_dmarc.groendus.nl": ["v=DMARC1; p=reject"]})
    result = assess(MESSAGE, dns, smtp(ip="203.0.113.66"))
    assert result.auth_results["spf"]["result"] == "fail"
    assert result.hold_reasons == [
        ("auth_failed: DMARC fail for From domain groendus.nl (policy reject; neither SPF nor "
        "DKIM passed aligned)")]


def test_assessment_without_dns_records_temperror_and_no_hold():
    failing = StaticDns(failing={"groendus.nl", "_dmarc.groendus.nl"})
    result = assess(MESSAGE, failing)
    assert result.auth_results["spf"]["result"] == "temperror"
    assert result.auth_results["dmarc"]["result"] == "temperror"
    assert result.hold_reasons == []


def test_a_dns_server_that_never_answers_costs_at_most_the_budget():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as blackhole:
        blackhole.bind(("127.0.0.1", 0))
        dns = SystemDns(budget_s=1.0, nameservers=["127.0.0.1"], port=blackhole.getsockname()[1])
        started = time.monotonic()
        result = assess(MESSAGE, dns)
        assert time.monotonic() - started < 2.0
    assert result.auth_results["spf"]["result"] == "temperror"
    assert result.auth_results["dmarc"]["result"] == "temperror"
    assert result.hold_reasons == []


def test_upstream_results_trusted_only_from_the_configured_authserv_id():
    header = (b"Authentication-Results: mx.chargecars.nl 1; spf=pass (sender ok) "
              b"smtp.mailfrom=groendus.nl; dkim=fail header.d=groendus.nl; "
              b"dkim=pass header.d=groendus.nl; dmarc=pass (p=reject; dis=none) "
              b"header.from=groendus.nl\r\n")
    forged = b"Authentication-Results: mx.chargecars.nl; dmarc=fail\r\n"
    server, results = parse_authentication_results(header.decode().partition(": ")[2])
    assert server == "mx.chargecars.nl" and [r["method"] for r in results] == [
        "spf", "dkim", "dkim", "dmarc"]
    trusted = trusted_results(read_headers(header + forged + MESSAGE), "MX.chargecars.nl")
    assert (trusted["spf"], trusted["dkim"], trusted["dmarc"]) == ("pass", "pass", "pass")
    assert trusted_results(read_headers(header + MESSAGE), "mx.other.example") is None
    assert trusted_results(read_headers(header + MESSAGE), None) is None
    # Trusted upstream: its verdict stands, our own SPF (from the relay's IP) is not run.
    held = assess(forged + MESSAGE, StaticDns(), trusted="mx.chargecars.nl")
    assert held.hold_reasons == ["auth_failed: mx.chargecars.nl reports DMARC fail"]
    assert held.auth_results["spf"] == {"result": "none", "source": "upstream"}
    passed = assess(header + MESSAGE, StaticDns(), trusted="mx.chargecars.nl")
    assert passed.hold_reasons == [] and passed.auth_results["dmarc"]["result"] == "pass"


def test_sender_holds():
    assert sender_holds("groendus", ["groendus.nl"], ["a@portal.groendus.nl"],
                        "bounce@groendus.nl") == []
    assert sender_holds(None, ["groendus.nl"], ["a@evil.example"], None) == []
    assert sender_holds("groendus", [], ["a@evil.example"], None) == []
    reasons = sender_holds("groendus", ["groendus.nl"], ["a@evilgroendus.nl"], "")
    assert reasons == [
        ("unknown_sender: From domain evilgroendus.nl is not one of groendus's sender domains "
        "(groendus.nl)"),
        "unknown_sender: empty envelope sender (a bounce or an auto-reply)"]
    assert sender_holds("groendus", ["groendus.nl"], [], "x@groendus.nl") == [
        "unknown_sender: the message has no From address"]


def test_logged_in_partner_skips_dmarc_holds_but_not_sender_checks():
    dns = StaticDns(txt={"_dmarc.groendus.nl": ["v=DMARC1; p=reject"]})
    relayed = assess(MESSAGE, dns, smtp(ip="203.0.113.66", authenticated_partner="groendus"))
    assert relayed.hold_reasons == [] and relayed.auth_results["smtp"]["auth"] == "groendus"
    wrong = assess(MESSAGE, dns, smtp(authenticated_partner="alva"))
    assert "unknown_sender: logged in as partner alva but sent to groendus's intake address" \
        in wrong.hold_reasons


def test_header_values_with_nul_are_cleaned_for_the_store():
    raw = MESSAGE.replace(b"Subject:", b"DKIM-Signature: v=1; d=gro\x00endus.nl; s=a\x00\r\n"
                                       b"Subject:")
    result = assess(raw, StaticDns())
    assert "\x00" not in repr(result.auth_results)


# --- DNS that does not answer: the circuit breaker ------------------------------------------

class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_breaker_opens_on_silence_lets_one_probe_through_later_and_closes_on_an_answer():
    clock = FakeClock()
    breaker = DnsBreaker(open_for_s=60, clock=clock)
    assert breaker.allow()
    breaker.record(Outcome.UNANSWERED)
    assert breaker.is_open and not breaker.allow()
    clock.now += 59
    assert not breaker.allow()
    clock.now += 2
    assert breaker.allow()  # the one probe
    assert not breaker.allow()  # others still fail fast while it is out
    breaker.record(Outcome.UNANSWERED)  # silence again: open for another 60 s
    clock.now += 30
    assert not breaker.allow()
    clock.now += 31
    assert breaker.allow()
    breaker.record(Outcome.INCONCLUSIVE)  # cut short by a budget: try again at once
    assert breaker.allow()
    breaker.record(Outcome.ANSWERED)
    assert not breaker.is_open and breaker.allow() and breaker.allow()


def test_one_unanswered_lookup_and_dns_costs_nothing_until_the_probe():
    """A nameserver that reads and drops: the first lookup waits out its time, then every
    further lookup, of this message and the next, fails at once as temperror."""
    breaker = DnsBreaker(open_for_s=60)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as blackhole:
        blackhole.bind(("127.0.0.1", 0))
        port = blackhole.getsockname()[1]

        def silent_dns():
            return SystemDns(budget_s=6.0, per_lookup_s=0.3, nameservers=["127.0.0.1"],
                             port=port, breaker=breaker)

        started = time.monotonic()
        first = assess(MESSAGE, silent_dns())
        first_s = time.monotonic() - started
        started = time.monotonic()
        later = [assess(MESSAGE, silent_dns()) for _ in range(20)]
        later_s = time.monotonic() - started
    assert 0.3 <= first_s < 1.0 and breaker.is_open
    assert later_s < 0.5  # 20 messages, not 20 × the budget
    for result in [first, *later]:
        assert result.auth_results["spf"]["result"] == "temperror"
        assert result.auth_results["dmarc"]["result"] == "temperror"
        assert result.hold_reasons == []
    assert "circuit open" in later[0].auth_results["dmarc"]["reason"]


def _answering_nameserver(sock: socket.socket, stop: threading.Event) -> None:
    """Answers every query NXDOMAIN: a working server for a name that does not exist."""
    sock.settimeout(0.05)
    while not stop.is_set():
        try:
            wire, client = sock.recvfrom(4096)
        except TimeoutError:
            continue
        response = dns.message.make_response(dns.message.from_wire(wire))
        response.set_rcode(dns.rcode.NXDOMAIN)
        sock.sendto(response.to_wire(), client)


def test_after_the_pause_one_probe_to_a_server_that_answers_closes_the_breaker():
    breaker = DnsBreaker(open_for_s=0.3)
    breaker.record(Outcome.UNANSWERED)
    stop = threading.Event()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as server:
        server.bind(("127.0.0.1", 0))
        thread = threading.Thread(target=_answering_nameserver, args=(server, stop))
        thread.start()
        try:
            lookup = SystemDns(budget_s=3.0, per_lookup_s=1.0, nameservers=["127.0.0.1"],
                               port=server.getsockname()[1], breaker=breaker)
            with pytest.raises(DnsTempError, match="circuit open"):
                lookup.txt("_dmarc.groendus.nl")
            time.sleep(0.35)
            assert lookup.txt("_dmarc.groendus.nl") == []  # the probe: NXDOMAIN is an answer
            assert not breaker.is_open
            assert lookup.txt("groendus.nl") == []
        finally:
            stop.set()
            thread.join()


def test_lookups_share_one_breaker_per_set_of_nameservers():
    one = SystemDns(nameservers=["127.0.0.1"], port=5301)
    assert one.breaker is SystemDns(nameservers=["127.0.0.1"], port=5301).breaker
    assert one.breaker is not SystemDns(nameservers=["127.0.0.1"], port=5302).breaker
