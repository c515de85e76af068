"""Who sent this, really? SPF, DKIM and DMARC results and the holds that follow.

The results go into InboundMessage.auth_results; the holds into hold_reasons, which
send the message to a validator (intake.pipeline.route.message_holds):

    "unknown_sender: …"  header From or envelope sender outside the partner's domains
    "auth_failed: …"     DMARC fail (ours, or the trusted upstream MTA's)

Nothing here drops a message: every verdict is a hold at most. DNS is bounded by the
lookup's budget; "temperror" and "none" never hold a message on their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from intake.mail_auth.dkim_check import verify_dkim
from intake.mail_auth.dmarc import evaluate_dmarc
from intake.mail_auth.dns_lookup import DnsLookup
from intake.mail_auth.senders import sender_holds
from intake.mail_auth.spf_check import check_spf
from intake.mail_auth.upstream import trusted_results
from intake.mail_headers import (
    clean_text,
    domain_of,
    from_addresses,
    read_headers,
    return_path_of,
)

AUTH_FAILED = "auth_failed"


@dataclass
class Assessment:
    auth_results: dict = field(default_factory=dict)
    hold_reasons: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SmtpContext:
    """What the SMTP session knows about the sender, beyond the message itself."""

    client_ip: str | None
    helo: str | None
    envelope_from: str | None
    tls: bool = False
    authenticated_partner: str | None = None


def assess_smtp_message(raw: bytes, smtp: SmtpContext, *, partner_id: str | None,
                        sender_domains: list[str] | None, trusted_authserv_id: str | None,
                        dns: DnsLookup) -> Assessment:
    headers = read_headers(raw)
    senders = from_addresses(headers)
    upstream = trusted_results(headers, trusted_authserv_id)
    results: dict = {
        "from_domains": sorted({domain_of(a) or "?" for a in senders}),
        "envelope_domain": domain_of(smtp.envelope_from),
        "smtp": {"tls": smtp.tls, "auth": smtp.authenticated_partner,
                 "helo": (smtp.helo or "")[:255] or None},
    }
    results["dkim"] = verify_dkim(raw, dns)
    if upstream is not None:
        # Our client is the upstream MTA: SPF from its IP would say nothing, so its
        # verdicts stand in for ours.
        results["upstream"] = upstream
        results["spf"] = {"result": upstream.get("spf", "none"), "source": "upstream"}
        results["dmarc"] = _upstream_dmarc(upstream)
    else:
        results["spf"] = check_spf(smtp.client_ip, smtp.envelope_from, smtp.helo, dns)
        results["dmarc"] = evaluate_dmarc([domain_of(a) or "?" for a in senders],
                                          results["spf"], results["dkim"], dns)
    holds = sender_holds(partner_id, sender_domains, senders, smtp.envelope_from)
    holds += _partner_login_holds(partner_id, smtp.authenticated_partner)
    if smtp.authenticated_partner is None:
        holds += _dmarc_holds(results["dmarc"])
    return _clean(Assessment(auth_results=results, hold_reasons=holds))


def assess_mailbox_message(raw: bytes, *, partner_id: str | None,
                           sender_domains: list[str] | None,
                           trusted_authserv_id: str | None) -> Assessment:
    """Mail read from a mailbox: the provider authenticated it; we check the sender.

    No SPF here (we do not know the connecting IP) and no DMARC of our own, which
    without SPF would fail every sender that relies on SPF alone. A trusted upstream
    Authentication-Results header still counts.
    """
    headers = read_headers(raw)
    senders = from_addresses(headers)
    envelope = return_path_of(headers)
    upstream = trusted_results(headers, trusted_authserv_id)
    results: dict = {
        "from_domains": sorted({domain_of(a) or "?" for a in senders}),
        "envelope_domain": domain_of(envelope),
    }
    if upstream is not None:
        results["upstream"] = upstream
        results["dmarc"] = _upstream_dmarc(upstream)
    holds = sender_holds(partner_id, sender_domains, senders, envelope,
                         check_envelope=envelope is not None)
    holds += _dmarc_holds(results.get("dmarc") or {})
    return _clean(Assessment(auth_results=results, hold_reasons=holds))


def _upstream_dmarc(upstream: dict) -> dict:
    props = upstream.get("dmarc_props") or {}
    return {"result": upstream.get("dmarc", "none"), "source": upstream["authserv_id"],
            "from_domain": props.get("header.from")}


def _dmarc_holds(dmarc: dict) -> list[str]:
    if dmarc.get("result") != "fail":
        return []
    if dmarc.get("source"):
        return [f"{AUTH_FAILED}: {dmarc['source']} reports DMARC fail"]
    return [(f"{AUTH_FAILED}: DMARC fail for From domain {dmarc.get('from_domain')} "
            f"(policy {dmarc.get('policy')}; neither SPF nor DKIM passed aligned)")]


def _partner_login_holds(partner_id: str | None, authenticated: str | None) -> list[str]:
    if authenticated and partner_id and authenticated != partner_id:
        return [(f"unknown_sender: logged in as partner {authenticated} but sent to "
                f"{partner_id}'s intake address")]
    return []


def _clean(assessment: Assessment) -> Assessment:
    """Header-derived text without control characters: PostgreSQL's JSONB refuses NUL."""
    return Assessment(auth_results=_clean_value(assessment.auth_results),
                      hold_reasons=[_clean_value(r) for r in assessment.hold_reasons])


def _clean_value(value):
    if isinstance(value, str):
        return clean_text(value, 1000) or ""
    if isinstance(value, dict):
        return {_clean_value(k): _clean_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean_value(v) for v in value]
    return value
