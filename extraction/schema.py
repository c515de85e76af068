"""What an extraction produces: the seed's partner data mapping, plus confidence and evidence.

The ORDER shape is the one in ``shared/corpus/README.md`` (and the partner API's request body);
``ExtractionResult`` is one line of ``intake extract`` (CONTRACT.md).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

MessageKind = Literal["order", "cancellation", "status_question", "other"]
Route = Literal["auto", "review"]


class Address(BaseModel):
    street: str | None = None
    house_number: str | None = None
    postal_code: str | None = None
    city: str | None = None


class Customer(BaseModel):
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    address: Address = Field(default_factory=Address)


class Product(BaseModel):
    partner_sku: str | None = None
    quantity: int = 1
    description: str | None = None


class InstallationPreferences(BaseModel):
    preferred_date: date | None = None
    notes: str | None = None


class PartnerReferences(BaseModel):
    dealer_group_id: str | None = None
    purchase_order: str | None = None
    customer_account: str | None = None


class Order(BaseModel):
    """One order as partners describe it (the seed's "Partner Data Mapping")."""

    model_config = ConfigDict(extra="ignore")

    partner_order_id: str | None = None
    customer: Customer = Field(default_factory=Customer)
    products: list[Product] = Field(default_factory=list)
    installation_preferences: InstallationPreferences = Field(
        default_factory=InstallationPreferences
    )
    partner_references: PartnerReferences = Field(default_factory=PartnerReferences)


class Evidence(BaseModel):
    """Where a field's value was found, so a validator can see it beside the value."""

    source: str  # "body", "html", or an attachment's file name
    position: int = 0  # index of the text source within the message
    snippet: str = ""


class ExtractedOrder(Order):
    confidence: float = 0.0
    field_confidence: dict[str, float] = Field(default_factory=dict)
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    # Why this order's confidence is what it is, e.g. "customer.phone: not a valid phone".
    reasons: list[str] = Field(default_factory=list)


class ExtractionResult(BaseModel):
    """One message's extraction, as ``intake extract`` prints it and routing uses it."""

    file: str | None = None
    kind: MessageKind = "other"
    partner: str | None = None
    orders: list[ExtractedOrder] = Field(default_factory=list)
    refers_to: str | None = None
    confidence: float = 0.0
    route: Route = "review"
    reasons: list[str] = Field(default_factory=list)
    backend: str = "offline"
    llm_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    error: str | None = None
