"""SPF (pyspf) for the connecting IP, the envelope sender and the HELO name."""

from __future__ import annotations

from contextvars import ContextVar

import spf

from intake.mail_auth.dns_lookup import DnsLookup
from intake.mail_headers import domain_of

# pyspf takes no resolver argument: every lookup goes through the module's DNSLookup.
# We route that hook, once, to the lookup of the assessment running in this thread, so
# that each assessment keeps its own time budget and tests can supply SPF records.
_current: ContextVar[DnsLookup | None] = ContextVar("spf_dns", default=None)
_pyspf_lookup = spf.DNSLookup


def _routed_lookup(name, qtype, strict=True, timeout=30):
    lookup = _current.get()
    if lookup is None:
        return _pyspf_lookup(name, qtype, strict, timeout)
    return lookup.spf_lookup(name, qtype, strict, timeout)


spf.DNSLookup = _routed_lookup


def check_spf(ip: str | None, mail_from: str | None, helo: str | None, dns: DnsLookup,
              budget_s: float = 5.0) -> dict:
    """{"result": pass|fail|softfail|neutral|none|permerror|temperror, "domain": …}.

    With a null envelope sender (bounces) SPF checks the HELO name instead (RFC 7208 2.4).
    """
    domain = domain_of(mail_from) or (helo or "").lower() or None
    if not ip:
        return {"result": "none", "domain": domain, "reason": "no connecting IP"}
    token = _current.set(dns)
    try:
        result, explanation = spf.check2(i=ip, s=mail_from or "", h=helo or "unknown",
                                         timeout=budget_s, querytime=budget_s)
    except Exception as exc:  # noqa: BLE001 - a DNS library failure is a temporary error
        result, explanation = "temperror", type(exc).__name__
    finally:
        _current.reset(token)
    return {"result": str(result), "domain": domain, "reason": str(explanation)[:200]}
