"""Partners and their integration settings, intake addresses, SKU mapping and API keys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models.base import Base, JSONType, UTCDateTime, utcnow
from storage.models.contacts import Contact


class Partner(Base):
    """One partner and how it integrates with us (the seed's ``partner_integration``)."""

    __tablename__ = "partners"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # "groendus"
    name: Mapped[str] = mapped_column(String(200))
    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"), index=True)
    integration_types: Mapped[list] = mapped_column(JSONType, default=list)
    sender_domains: Mapped[list] = mapped_column(JSONType, default=list)
    monthly_orders: Mapped[str | None] = mapped_column(String(32))
    confidence_threshold: Mapped[float | None] = mapped_column(Float)
    language: Mapped[str] = mapped_column(String(8), default="nl")
    sandbox: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Where partner-facing emails go when there is no original message to answer.
    notification_email: Mapped[str | None] = mapped_column(String(320))
    # Instructions for the LLM prompt, written by us about this partner's mail.
    instructions: Mapped[str | None] = mapped_column(Text)
    commission_rates: Mapped[dict | None] = mapped_column(JSONType)  # {"1": 5.0, ...}
    # Status callbacks (Standard Webhooks) and their retry policy; None means the default.
    callback_url: Mapped[str | None] = mapped_column(String(2000))
    webhook_secret: Mapped[str | None] = mapped_column(String(200))
    callback_disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    webhook_max_attempts: Mapped[int | None] = mapped_column(Integer)
    webhook_retry_delay_s: Mapped[float | None] = mapped_column(Float)
    webhook_backoff: Mapped[float | None] = mapped_column(Float)
    webhook_max_delay_s: Mapped[float | None] = mapped_column(Float)
    # Inbound webhooks: the secret the partner signs with, and optional source IPs.
    inbound_webhook_secret: Mapped[str | None] = mapped_column(String(200))
    ip_allowlist: Mapped[list | None] = mapped_column(JSONType)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    contact: Mapped[Contact] = relationship()
    addresses: Mapped[list[PartnerAddress]] = relationship(
        back_populates="partner", cascade="all, delete-orphan"
    )
    products: Mapped[list[ProductMapping]] = relationship(
        back_populates="partner", cascade="all, delete-orphan"
    )


class PartnerAddress(Base):
    """An address of ours that receives this partner's mail (``groendus@orders...``)."""

    __tablename__ = "partner_addresses"

    address: Mapped[str] = mapped_column(String(320), primary_key=True)  # lower case
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)

    partner: Mapped[Partner] = relationship(back_populates="addresses")


class ProductMapping(Base):
    __tablename__ = "product_mappings"
    __table_args__ = (UniqueConstraint("partner_id", "partner_sku"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)
    partner_sku: Mapped[str] = mapped_column(String(100))
    article: Mapped[str] = mapped_column(String(100))
    article_type: Mapped[str | None] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(String(300))

    partner: Mapped[Partner] = relationship(back_populates="products")


class ApiKey(Base):
    """A partner's API key: only its hash is kept; the prefix makes it recognisable."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)
    prefix: Mapped[str] = mapped_column(String(32), unique=True)
    key_hash: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
