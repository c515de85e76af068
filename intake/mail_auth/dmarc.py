"""DMARC (RFC 7489): does an authenticated domain align with the header From's domain?

Pass when SPF passed for an aligned envelope domain, or a DKIM signature passed for an
aligned d= domain. Alignment is relaxed (same organizational domain) unless the policy
says aspf=s / adkim=s. The policy comes from _dmarc.<From domain>, falling back to
_dmarc.<organizational domain>.
"""

from __future__ import annotations

from functools import lru_cache

from publicsuffixlist import PublicSuffixList

from intake.mail_auth.dns_lookup import DnsLookup, DnsTempError


def organizational_domain(domain: str) -> str:
    """The registrable domain by the Public Suffix List (RFC 7489 3.2): one label below
    the public suffix. Not simply the last two labels: under a two-label suffix (co.uk,
    com.au) every domain would then share one organizational domain, and relaxed
    alignment would let any one of them sign for another. The list ships inside the
    ``publicsuffixlist`` package, so this stays offline. A domain that is itself a
    public suffix is its own organizational domain."""
    domain = domain.lower().strip(".")
    return _public_suffixes().privatesuffix(domain) or domain


@lru_cache(maxsize=1)
def _public_suffixes() -> PublicSuffixList:
    return PublicSuffixList()  # ~2.5 MB, read when first needed: the worker's DMARC step


def parse_record(text: str) -> dict[str, str] | None:
    """The tags of a DMARC record, or None when it is not one (must start with v=DMARC1)."""
    if not text.replace(" ", "").lower().startswith("v=dmarc1"):
        return None
    tags: dict[str, str] = {}
    for part in text.split(";"):
        key, sep, value = part.partition("=")
        if sep:
            tags[key.strip().lower()] = value.strip()
    return tags


def lookup_policy(from_domain: str, dns: DnsLookup) -> tuple[dict[str, str] | None, str]:
    """(record tags or None, the domain whose record applies); DnsTempError passes up."""
    for domain in dict.fromkeys([from_domain, organizational_domain(from_domain)]):
        records = [r for r in (parse_record(t) for t in dns.txt(f"_dmarc.{domain}")) if r]
        if len(records) == 1:
            return records[0], domain
        if len(records) > 1:
            return None, domain  # RFC 7489 6.6.3: several records count as none
    return None, from_domain


def aligned(domain: str | None, from_domain: str, mode: str) -> bool:
    if not domain:
        return False
    if mode == "s":
        return domain.lower() == from_domain
    return organizational_domain(domain) == organizational_domain(from_domain)


def evaluate_dmarc(from_domains: list[str], spf: dict, dkim: list[dict],
                   dns: DnsLookup) -> dict:
    """{"result": pass|fail|none|temperror|permerror, "policy": …, aligned flags, …}."""
    if len(set(from_domains)) != 1:
        return {"result": "permerror", "reason": "the message needs exactly one From domain",
                "from_domains": sorted(set(from_domains))}
    from_domain = from_domains[0]
    try:
        record, policy_domain = lookup_policy(from_domain, dns)
    except DnsTempError as exc:
        return {"result": "temperror", "from_domain": from_domain, "reason": str(exc)[:200]}
    record = record or {}
    spf_aligned = spf.get("result") == "pass" and aligned(spf.get("domain"), from_domain,
                                                          record.get("aspf", "r"))
    dkim_aligned = any(s.get("result") == "pass"
                       and aligned(s.get("domain"), from_domain, record.get("adkim", "r"))
                       for s in dkim)
    outcome = {
        "from_domain": from_domain,
        "policy": _policy(record, from_domain, policy_domain),
        "spf_aligned": spf_aligned,
        "dkim_aligned": dkim_aligned,
    }
    if spf_aligned or dkim_aligned:
        return {"result": "pass", **outcome}
    if not record:
        return {"result": "none", **outcome}
    return {"result": "fail", **outcome}


def _policy(record: dict[str, str], from_domain: str, policy_domain: str) -> str | None:
    if not record:
        return None
    if from_domain != policy_domain and record.get("sp"):
        return record["sp"].lower()  # a subdomain under its organization's record
    return (record.get("p") or "none").lower()
