"""The validators' side: review items, their corrections, and the people who work them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, JSONType, UTCDateTime, utcnow

REVIEW_STATES = ("open", "approved", "rejected", "resolved")


class ReviewItem(Base):
    """A message waiting for a validator, with what the extractor proposed and why it waits."""

    __tablename__ = "review_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # One open item per message; replays reuse it.
    inbound_message_id: Mapped[int] = mapped_column(
        ForeignKey("inbound_messages.id"), unique=True
    )
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partners.id"), index=True)
    extraction_id: Mapped[int | None] = mapped_column(ForeignKey("extractions.id"))
    # Reason codes: low_confidence, unmapped_sku, invalid_address, unknown_sender,
    # limit_exceeded, needs_ocr, llm_unavailable, parse_problem, duplicate_suspect ...
    reasons: Mapped[list] = mapped_column(JSONType, default=list)
    weak_fields: Mapped[list] = mapped_column(JSONType, default=list)
    proposal: Mapped[dict] = mapped_column(JSONType, default=dict)  # ExtractionResult
    confidence: Mapped[float | None] = mapped_column(Float)
    state: Mapped[str] = mapped_column(String(16), default="open", index=True)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claim_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(100))
    resolution: Mapped[dict | None] = mapped_column(JSONType)  # what the validator decided


class Correction(Base):
    """A field a validator changed: the extractor learns from these per partner."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partners.id"), index=True)
    review_item_id: Mapped[int | None] = mapped_column(ForeignKey("review_items.id"))
    field: Mapped[str] = mapped_column(String(100))  # "customer.phone"
    extracted_value: Mapped[str | None] = mapped_column(Text)
    corrected_value: Mapped[str | None] = mapped_column(Text)
    # The label the value stood behind in the message ("Mobiel nr."), when one was found.
    source_label: Mapped[str | None] = mapped_column(String(200))
    validator: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2
    role: Mapped[str] = mapped_column(String(16))  # validator | admin
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)
