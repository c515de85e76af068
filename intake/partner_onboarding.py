"""Onboarding a partner: creating it, its channel place, callbacks, secrets, SKUs, sandbox.

``intake partners …`` calls these; each raises ``OnboardingError`` with the one line the
operator sees. None of them commits.
"""

from __future__ import annotations

import base64
import csv
import io
import re
from pathlib import Path
from urllib.parse import urlparse

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.inbound_webhooks import parse_cidrs
from intake.webhook_signing import new_webhook_secret
from storage.audit import record_audit
from storage.models import ApiKey, Contact, Partner, PartnerAddress, ProductMapping
from storage.partners import upsert_product_mapping

PARTNER_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{1,63}$")
ARTICLE_TYPES = ("wallbox", "installation", "material", "service", "other")


class OnboardingError(ValueError):
    pass


def get_partner(session: Session, partner_id: str) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise OnboardingError(f"no partner {partner_id!r} (see `intake partners list`)")
    return partner


def add_partner(session: Session, partner_id: str, name: str, *, parent: str | None = None,
                sender_domains: list[str] = (), intake_addresses: list[str] = (),
                sandbox: bool = False, threshold: float | None = None,
                commission_rates: dict[int, float] | None = None) -> Partner:
    if not PARTNER_ID.match(partner_id):
        raise OnboardingError("a partner id is 2-64 lower-case letters, digits, - or _")
    if session.get(Partner, partner_id) is not None:
        raise OnboardingError(f"partner {partner_id!r} exists already")
    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise OnboardingError("--threshold is a confidence between 0 and 1")
    parent_contact = get_partner(session, parent).contact_id if parent else None
    contact = Contact(contact_type="organization", name=name,
                      parent_organization_id=parent_contact)
    session.add(contact)
    session.flush()
    partner = Partner(id=partner_id, name=name, contact_id=contact.id, sandbox=sandbox,
                      sender_domains=[d.lower().strip() for d in sender_domains],
                      confidence_threshold=threshold, integration_types=[],
                      commission_rates={str(k): v for k, v in (commission_rates or {}).items()}
                      or None)
    session.add(partner)
    session.flush()
    for address in intake_addresses:
        _add_intake_address(session, partner, address)
    record_audit(session, actor="cli", action="partner_added", entity_type="partner",
                 entity_id=partner_id, details={"parent": parent, "sandbox": sandbox})
    return partner


def _add_intake_address(session: Session, partner: Partner, address: str) -> None:
    address = address.strip().lower()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", address):
        raise OnboardingError(f"{address!r} is not an email address")
    taken = session.get(PartnerAddress, address)
    if taken is not None and taken.partner_id != partner.id:
        raise OnboardingError(f"{address} already belongs to partner {taken.partner_id}")
    if taken is None:
        session.add(PartnerAddress(address=address, partner_id=partner.id))


def parse_commission_rates(text: str) -> dict[int, float]:
    """"5,3,2" -> {1: 5.0, 2: 3.0, 3: 2.0} (level 1 is the master partner)."""
    try:
        rates = [float(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise OnboardingError("--commission-rates is percentages per level: 5,3,2") from None
    if not rates or any(not 0 <= r <= 100 for r in rates):
        raise OnboardingError("--commission-rates is percentages per level: 5,3,2")
    return {level: rate for level, rate in enumerate(rates, start=1)}


def set_callback(session: Session, partner: Partner, url: str, secret: str | None,
                 new_secret: bool = False) -> str:
    """Set the status callback; returns the signing secret: the one given, else the one
    the partner has (changing the URL does not break their verification), else a new one."""
    parsed = urlparse(url)
    if parsed.scheme not in ("https", "http") or not parsed.netloc:
        raise OnboardingError(f"{url!r} is not an http(s) URL")
    if not secret:
        secret = (None if new_secret else partner.webhook_secret) or new_webhook_secret()
    if not _is_webhook_secret(secret):
        raise OnboardingError("--secret must be a Standard Webhooks secret: whsec_ and the "
                              "base64 of at least 24 random bytes")
    partner.callback_url = url
    partner.webhook_secret = secret
    partner.callback_disabled_at = None
    record_audit(session, actor="cli", action="callback_set", entity_type="partner",
                 entity_id=partner.id, details={"url": url})
    return secret


def _is_webhook_secret(secret: str) -> bool:
    if not secret.startswith("whsec_"):
        return False
    try:
        key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    except ValueError:
        return False
    return len(key) >= 24


def new_inbound_secret(session: Session, partner: Partner) -> str:
    """A new secret for the webhooks the partner pushes to us; the old one stops at once."""
    partner.inbound_webhook_secret = new_webhook_secret()
    record_audit(session, actor="cli", action="inbound_secret_set", entity_type="partner",
                 entity_id=partner.id)
    return partner.inbound_webhook_secret


def set_ip_allowlist(session: Session, partner: Partner, cidrs: list[str]) -> list[str]:
    try:
        networks = parse_cidrs(cidrs)
    except ValueError as exc:
        raise OnboardingError(f"not an address or network: {exc}") from None
    partner.ip_allowlist = networks or None
    record_audit(session, actor="cli", action="ip_allowlist_set", entity_type="partner",
                 entity_id=partner.id, details={"networks": networks})
    return networks


def set_sandbox(session: Session, partner: Partner, on: bool) -> None:
    partner.sandbox = on
    record_audit(session, actor="cli", action="sandbox_set", entity_type="partner",
                 entity_id=partner.id, details={"sandbox": on})


def import_skus(session: Session, partner: Partner, path: Path) -> int:
    """Rows ``partner_sku,article,type`` (a header line first); all or nothing."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise OnboardingError(f"cannot read {path}: {exc}") from None
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not {"partner_sku", "article"} <= set(reader.fieldnames):
        raise OnboardingError(f"{path} needs a header line: partner_sku,article,type")
    count = 0
    for line, row in enumerate(reader, start=2):
        sku, article = (row.get("partner_sku") or "").strip(), (row.get("article") or "").strip()
        kind = (row.get("type") or "").strip().lower() or None
        if not sku or not article or len(sku) > 100 or len(article) > 100:
            raise OnboardingError(f"{path}:{line}: partner_sku and article are required "
                                  "(at most 100 characters)")
        if kind is not None and kind not in ARTICLE_TYPES:
            raise OnboardingError(f"{path}:{line}: type {kind!r} is not one of "
                                  f"{', '.join(ARTICLE_TYPES)}")
        upsert_product_mapping(session, partner.id, sku, article, kind)
        count += 1
    return count


def partner_record(session: Session, partner: Partner) -> dict:
    """What ``partners list --json`` prints: settings and key prefixes, never a secret."""
    parent = session.get(Contact, partner.contact.parent_organization_id) if (
        partner.contact.parent_organization_id) else None
    parent_partner = session.scalars(
        select(Partner.id).where(Partner.contact_id == parent.id)).first() if parent else None
    keys = session.scalars(select(ApiKey).where(ApiKey.partner_id == partner.id)
                           .order_by(ApiKey.id)).all()
    skus = session.scalar(select(func.count(ProductMapping.id))
                          .where(ProductMapping.partner_id == partner.id))
    return {
        "id": partner.id, "name": partner.name, "parent": parent_partner,
        "contact_id": partner.contact_id, "sandbox": partner.sandbox, "active": partner.active,
        "sender_domains": partner.sender_domains,
        "intake_addresses": sorted(a.address for a in partner.addresses),
        "confidence_threshold": partner.confidence_threshold,
        "commission_rates": partner.commission_rates,
        "callback_url": partner.callback_url,
        "inbound_webhooks": bool(partner.inbound_webhook_secret),
        "ip_allowlist": partner.ip_allowlist,
        "skus": skus,
        "api_keys": [{"prefix": k.prefix, "created_at": k.created_at,
                      "last_used_at": k.last_used_at, "revoked_at": k.revoked_at}
                     for k in keys],
    }
