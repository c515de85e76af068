"""What the extractor knows about a partner: how to recognise its mail and what its SKUs mean.

Built from the store by the worker, or straight from the partner reference file by
``intake extract`` (which stores nothing).
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class PartnerProfile(BaseModel):
    id: str
    name: str
    sender_domains: list[str] = Field(default_factory=list)
    intake_addresses: list[str] = Field(default_factory=list)
    sku_mapping: dict[str, str] = Field(default_factory=dict)  # partner SKU -> our article
    confidence_threshold: float | None = None
    # Free text for the LLM prompt ("our order id starts with GRD-", ...).
    instructions: str | None = None
    # Learned from validators' corrections: a label as written in this partner's mail
    # (normalised: lower case, single spaces, no trailing colon) -> the field path it fills.
    learned_labels: dict[str, str] = Field(default_factory=dict)
    # Validated examples for the LLM prompt: {"text": "...", "order": {...ORDER...}}.
    examples: list[dict] = Field(default_factory=list)

    def owns_address(self, address: str | None) -> bool:
        return bool(address) and address.lower() in {a.lower() for a in self.intake_addresses}

    def owns_sender(self, address: str | None) -> bool:
        if not address or "@" not in address:
            return False
        domain = address.rsplit("@", 1)[1].lower()
        return any(domain == d or domain.endswith("." + d) for d in self.sender_domains)


def profiles_from_reference(data: dict) -> list[PartnerProfile]:
    """Profiles from the partner reference file's structure (``partners.yaml``)."""
    mapping: dict[str, dict[str, str]] = {}
    for row in data.get("product_mapping", []):
        mapping.setdefault(str(row["partner"]), {})[str(row["partner_sku"])] = str(row["article"])
    profiles = []
    for p in data.get("partners", []):
        addresses = p.get("intake_addresses") or [p["intake_address"]]
        profiles.append(
            PartnerProfile(
                id=str(p["id"]),
                name=p["name"],
                sender_domains=[d.lower() for d in p.get("sender_domains", [])],
                intake_addresses=[a.lower() for a in addresses],
                sku_mapping=mapping.get(str(p["id"]), {}),
                confidence_threshold=p.get("confidence_threshold"),
                instructions=p.get("instructions"),
            )
        )
    return profiles
