"""Partner queries: loading the reference data, and what the ways in and the extractor ask."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from extraction.partners import PartnerProfile
from storage.models import Contact, Correction, Partner, PartnerAddress, ProductMapping


@dataclass
class LoadSummary:
    partners_created: list[str] = field(default_factory=list)
    partners_updated: list[str] = field(default_factory=list)
    mappings: int = 0


def load_reference_data(session: Session, data: dict) -> LoadSummary:
    """Create or update partners, their addresses and SKU mapping from reference data.

    Idempotent: loading the same file twice changes nothing. Settings made through
    onboarding commands (keys, callbacks, threshold) are left as they are.
    """
    summary = LoadSummary()
    for entry in data["partners"]:
        partner = session.get(Partner, str(entry["id"]))
        if partner is None:
            partner = _create_partner(session, entry)
            summary.partners_created.append(partner.id)
        else:
            summary.partners_updated.append(partner.id)
        _apply_reference_entry(session, partner, entry)
    for row in data.get("product_mapping") or []:
        upsert_product_mapping(
            session, str(row["partner"]), str(row["partner_sku"]), str(row["article"]),
            row.get("type"),
        )
        summary.mappings += 1
    return summary


def _create_partner(session: Session, entry: dict) -> Partner:
    contact = Contact(contact_type="organization", name=entry["name"])
    session.add(contact)
    session.flush()
    partner = Partner(id=str(entry["id"]), name=entry["name"], contact=contact)
    session.add(partner)
    return partner


def _apply_reference_entry(session: Session, partner: Partner, entry: dict) -> None:
    partner.name = entry["name"]
    partner.contact.name = entry["name"]
    partner.integration_types = list(entry.get("integration") or [])
    partner.sender_domains = [d.lower() for d in entry.get("sender_domains") or []]
    partner.monthly_orders = entry.get("monthly_orders")
    if "confidence_threshold" in entry:
        partner.confidence_threshold = entry["confidence_threshold"]
    if "parent" in entry:
        parent = session.get(Partner, str(entry["parent"]))
        partner.contact.parent_organization_id = parent.contact_id if parent else None
    addresses = entry.get("intake_addresses") or [entry["intake_address"]]
    known = {a.address for a in partner.addresses}
    for address in (a.lower() for a in addresses):
        if address not in known:
            session.add(PartnerAddress(address=address, partner_id=partner.id))
    session.flush()


def upsert_product_mapping(
    session: Session, partner_id: str, partner_sku: str, article: str, article_type: str | None
) -> ProductMapping:
    mapping = session.scalars(
        select(ProductMapping).where(
            ProductMapping.partner_id == partner_id, ProductMapping.partner_sku == partner_sku
        )
    ).first()
    if mapping is None:
        mapping = ProductMapping(partner_id=partner_id, partner_sku=partner_sku)
        session.add(mapping)
    mapping.article = article
    mapping.article_type = article_type
    return mapping


def intake_address_map(session: Session) -> dict[str, str]:
    """Our intake address (lower case) -> the partner it belongs to, active partners only."""
    rows = session.execute(
        select(PartnerAddress.address, PartnerAddress.partner_id)
        .join(Partner)
        .where(Partner.active.is_(True))
    )
    return {address: partner_id for address, partner_id in rows}


def partner_profiles(session: Session) -> list[PartnerProfile]:
    """What the extractor knows about every partner, including what validators taught it."""
    partners = session.scalars(
        select(Partner).options(selectinload(Partner.addresses), selectinload(Partner.products))
    ).all()
    learned = _learned_labels(session)
    return [
        PartnerProfile(
            id=p.id,
            name=p.name,
            sender_domains=list(p.sender_domains or []),
            intake_addresses=[a.address for a in p.addresses],
            sku_mapping={m.partner_sku: m.article for m in p.products},
            confidence_threshold=p.confidence_threshold,
            instructions=p.instructions,
            learned_labels=learned.get(p.id, {}),
        )
        for p in partners
    ]


def _learned_labels(session: Session) -> dict[str, dict[str, str]]:
    """Per partner: label as written -> field, from validators' corrections (newest wins)."""
    rows = session.execute(
        select(Correction.partner_id, Correction.source_label, Correction.field)
        .where(Correction.source_label.is_not(None), Correction.partner_id.is_not(None))
        .order_by(Correction.id)
    )
    learned: dict[str, dict[str, str]] = {}
    for partner_id, label, field_path in rows:
        learned.setdefault(partner_id, {})[label] = field_path
    return learned
