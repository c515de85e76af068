"""Is the mail from the partner it reached? Header From and envelope sender vs its domains.

Mail from outside a partner's sender domains is neither dropped nor sent straight
through: it is stored and held for a validator with the reason "unknown_sender: …".
A subdomain of a sender domain counts as that domain (portal.groendus.nl for
groendus.nl).
"""

from __future__ import annotations

from intake.mail_headers import domain_of

HOLD = "unknown_sender"


def domain_allowed(domain: str | None, allowed: list[str]) -> bool:
    if not domain:
        return False
    return any(domain == a or domain.endswith("." + a) for a in allowed)


def sender_holds(
    partner_id: str | None,
    sender_domains: list[str] | None,
    from_addresses: list[str],
    envelope_from: str | None,
    *,
    check_envelope: bool = True,
) -> list[str]:
    """Hold reasons for a sender outside the partner's domains; [] when all is well.

    No partner: nothing to compare with (the route step holds "unknown_partner").
    A partner without sender domains configured: not checked.
    """
    if partner_id is None or not sender_domains:
        return []
    allowed = [d.lower().strip(".") for d in sender_domains]
    listed = ", ".join(allowed)
    reasons = []
    if not from_addresses:
        reasons.append(f"{HOLD}: the message has no From address")
    for domain in sorted({domain_of(a) or "?" for a in from_addresses}):
        if not domain_allowed(domain, allowed):
            reasons.append(f"{HOLD}: From domain {domain} is not one of {partner_id}'s "
                           f"sender domains ({listed})")
    if check_envelope:
        if not envelope_from:
            reasons.append(f"{HOLD}: empty envelope sender (a bounce or an auto-reply)")
        elif not domain_allowed(domain_of(envelope_from), allowed):
            reasons.append(f"{HOLD}: envelope sender domain {domain_of(envelope_from) or '?'} "
                           f"is not one of {partner_id}'s sender domains ({listed})")
    return reasons
