"""DNS for SPF, DKIM and DMARC: bounded in time, injectable for tests.

Every assessment gets a lookup with its own deadline (``budget_s``): once it has passed,
lookups fail at once with DnsTempError, which the checks record as "temperror". A
network without DNS (like this service's test machines) costs a message at most the
budget, and once a lookup has gone unanswered, nothing for a while (``dns_breaker``).
The assessment runs in the worker, never in an SMTP session.
"""

from __future__ import annotations

import time
from typing import Protocol

import dns.exception
import dns.resolver
import spf

from intake.mail_auth.dns_breaker import DnsBreaker, Outcome, shared_breaker

PER_LOOKUP_TIMEOUT_S = 2.0
DNS_BUDGET_S = 6.0  # all SPF, DKIM and DMARC lookups of one message together


class DnsTempError(Exception):
    """The answer could not be had (timeout, no server, budget spent): try again later."""


class DnsLookup(Protocol):
    def txt(self, name: str) -> list[str]:
        """The TXT records of ``name`` ([] when there are none); DnsTempError on failure."""

    def spf_lookup(self, name: str, qtype: str, strict: bool = True, timeout: float = 30) -> list:
        """pyspf's DNSLookup contract: [((name, qtype), value), ...]."""


class SystemDns:
    """The system resolver (dnspython), every lookup cut off at the shared deadline.

    ``nameservers``/``port`` replace the system's servers (tests point them at a server
    that never answers, to show that the budget holds). ``breaker``: by default the
    process's breaker for these nameservers.
    """

    def __init__(self, budget_s: float = DNS_BUDGET_S, per_lookup_s: float = PER_LOOKUP_TIMEOUT_S,
                 nameservers: list[str] | None = None, port: int = 53,
                 breaker: DnsBreaker | None = None):
        self.deadline = time.monotonic() + budget_s
        self.per_lookup_s = per_lookup_s
        self.breaker = breaker or shared_breaker((tuple(nameservers or ["system"]), port))
        try:
            self.resolver = dns.resolver.Resolver(configure=nameservers is None)
        except dns.resolver.NoResolverConfiguration:
            self.resolver = dns.resolver.Resolver(configure=False)  # no servers: temperror
        if nameservers is not None:
            self.resolver.nameservers = nameservers
            self.resolver.port = port

    def _lifetime(self) -> float:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0.05:
            raise DnsTempError("DNS time budget spent")
        return min(self.per_lookup_s, remaining)

    def _resolve(self, name: str, qtype: str):
        """The answer's records, [] when there are none; DnsTempError when unknowable."""
        lifetime = self._lifetime()
        if not self.breaker.allow():
            raise DnsTempError("no DNS server answered lately (circuit open)")
        outcome = Outcome.INCONCLUSIVE
        try:
            records = list(self.resolver.resolve(name, qtype, lifetime=lifetime, search=False))
            outcome = Outcome.ANSWERED
            return records
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            outcome = Outcome.ANSWERED
            return []
        except dns.exception.Timeout:
            # Only a lookup that had its full time says the servers are silent.
            if lifetime >= self.per_lookup_s:
                outcome = Outcome.UNANSWERED
            raise DnsTempError("Timeout") from None
        except dns.exception.DNSException as exc:
            outcome = Outcome.ANSWERED  # SERVFAIL, REFUSED, no servers configured: not silence
            raise DnsTempError(type(exc).__name__) from None
        finally:
            self.breaker.record(outcome)

    def txt(self, name: str) -> list[str]:
        return [b"".join(r.strings).decode("utf-8", "replace") for r in self._resolve(name, "TXT")]

    def spf_lookup(self, name: str, qtype: str, strict: bool = True, timeout: float = 30) -> list:
        """pyspf's own dnspython lookup, but on our resolver and within our deadline."""
        try:
            records = self._resolve(name, qtype)
        except DnsTempError as exc:
            raise spf.TempError(f"DNS {exc}") from None
        return [((name, qtype), _spf_value(qtype, r)) for r in records]


def _spf_value(qtype: str, rdata):
    if qtype in ("A", "AAAA"):
        return rdata.address
    if qtype == "MX":
        return rdata.preference, rdata.exchange
    if qtype == "PTR":
        return rdata.target.to_text(True)
    return rdata.strings  # TXT, SPF


class StaticDns:
    """Fixed answers: for tests, and for checking a message offline against known records.

    ``txt`` maps a name to its TXT strings, ``a`` a name to its IPv4 addresses; names in
    ``failing`` raise DnsTempError as an unreachable server would.
    """

    def __init__(self, txt: dict[str, list[str]] | None = None,
                 a: dict[str, list[str]] | None = None, failing: set[str] | None = None):
        self._txt = {_key(k): list(v) for k, v in (txt or {}).items()}
        self._a = {_key(k): list(v) for k, v in (a or {}).items()}
        self._failing = {_key(k) for k in failing or set()}

    def txt(self, name: str) -> list[str]:
        if _key(name) in self._failing:
            raise DnsTempError(f"no answer for {name}")
        return list(self._txt.get(_key(name), []))

    def spf_lookup(self, name: str, qtype: str, strict: bool = True, timeout: float = 30) -> list:
        if _key(name) in self._failing:
            raise spf.TempError(f"DNS no answer for {name}")
        if qtype in ("TXT", "SPF"):
            return [((name, qtype), (value.encode(),)) for value in self._txt.get(_key(name), [])]
        if qtype == "A":
            return [((name, "A"), address) for address in self._a.get(_key(name), [])]
        return []


def _key(name: str) -> str:
    return name.lower().rstrip(".")



def probe_dns() -> None:
    """One lookup, so the process's breaker knows whether DNS answers before the first
    message needs it (run in the background at worker start)."""
    try:
        SystemDns().txt("_dmarc.chargecars.nl")
    except DnsTempError:
        pass  # recorded by the breaker: that is all we wanted to learn
