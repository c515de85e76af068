"""Orders, their lines, their status history and the commissions they earn."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models.base import Base, JSONType, UTCDateTime, new_uuid, utcnow

ORDER_STATUSES = (
    "received",
    "quote_sent",
    "customer_approved",
    "installation_scheduled",
    "installation_completed",
    "on_hold",
    "cancelled",
)


class OrderCounter(Base):
    """The last order number handed out per year; its row lock serialises writers."""

    __tablename__ = "order_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (
        # A partner order id is an order once per partner (NULLs never collide).
        UniqueConstraint("partner_id", "partner_order_id"),
        # One inbound message makes each of its orders once, even without an order id.
        UniqueConstraint("source_message_id", "source_index"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    order_number: Mapped[str] = mapped_column(String(16), unique=True)  # CC-2026-00042
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)
    partner_order_id: Mapped[str | None] = mapped_column(String(100))
    account_contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"), index=True)
    end_customer_contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"), index=True)
    channel_contact_ids: Mapped[list] = mapped_column(JSONType, default=list)
    partner_metadata: Mapped[dict] = mapped_column(JSONType, default=dict)
    status: Mapped[str] = mapped_column(String(32), default="received")
    # The address as the partner wrote it, kept even when it did not validate.
    original_address: Mapped[dict | None] = mapped_column(JSONType)
    preferred_date: Mapped[date | None] = mapped_column(Date)
    installation_notes: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[list] = mapped_column(JSONType, default=list)
    flags: Mapped[list] = mapped_column(JSONType, default=list)  # "unmapped_sku", ...
    needs_manual_intervention: Mapped[bool] = mapped_column(Boolean, default=False)
    sandbox: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[str] = mapped_column(String(16))  # smtp, imap, api, webhook, form
    source_message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    source_index: Mapped[int] = mapped_column(Integer, default=0)
    confidence: Mapped[float | None] = mapped_column(Float)
    created_by: Mapped[str] = mapped_column(String(100), default="intake")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.position"
    )


class OrderLine(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    partner_sku: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(String(500))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    article: Mapped[str | None] = mapped_column(String(100))  # None when unmapped
    article_type: Mapped[str | None] = mapped_column(String(32))
    unmapped: Mapped[bool] = mapped_column(Boolean, default=False)

    order: Mapped[Order] = relationship(back_populates="lines")


class StatusEvent(Base):
    """One step of an order's lifecycle, stored once (its key is unique)."""

    __tablename__ = "status_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    event_key: Mapped[str] = mapped_column(String(200), unique=True)
    status: Mapped[str] = mapped_column(String(32))
    scheduled_date: Mapped[date | None] = mapped_column(Date)
    installer: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(100), default="system")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Commission(Base):
    __tablename__ = "commissions"
    __table_args__ = (UniqueConstraint("order_id", "beneficiary_contact_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    beneficiary_contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"))
    commission_level: Mapped[int] = mapped_column(Integer)
    commission_rate: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
