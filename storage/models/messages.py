"""Inbound messages, kept byte for byte, and what the extractor made of them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models.base import Base, JSONType, UTCDateTime, utcnow

# The states of CONTRACT.md. On the way: received -> parsed -> extracted.
# Final: done, review, archived, failed (failed is parked for replay).
MESSAGE_STATES = ("received", "parsed", "extracted", "done", "review", "archived", "failed")
PENDING_STATES = ("received", "parsed", "extracted")
CHANNELS = ("smtp", "imap", "api", "webhook", "form")


class InboundMessage(Base):
    __tablename__ = "inbound_messages"
    __table_args__ = (
        CheckConstraint(
            "state IN (" + ", ".join(f"'{s}'" for s in MESSAGE_STATES) + ")", name="state"
        ),
        Index("ix_inbound_messages_work", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partners.id"), index=True)
    message_id_header: Mapped[str | None] = mapped_column(String(998))
    envelope_from: Mapped[str | None] = mapped_column(String(320))
    envelope_to: Mapped[list] = mapped_column(JSONType, default=list)
    peer: Mapped[str | None] = mapped_column(String(100))  # client address, for the audit
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    # The message exactly as it arrived. NULL only after the retention purge.
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    raw_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Sender + Message-ID (or sender + content hash): the same message stored twice is
    # refused by this unique constraint, in the transaction that stores it.
    dedup_key: Mapped[str] = mapped_column(String(64), unique=True)
    duplicate_count: Mapped[int] = mapped_column(Integer, default=0)
    # e.g. "imap://orders@host/INBOX;UIDVALIDITY=5;UID=17" or an API request id.
    source_ref: Mapped[str | None] = mapped_column(String(500))
    # SPF / DKIM / DMARC results and why the message is held, decided when it arrived.
    auth_results: Mapped[dict | None] = mapped_column(JSONType)
    hold_reasons: Mapped[list] = mapped_column(JSONType, default=list)

    state: Mapped[str] = mapped_column(String(16), default="received")
    state_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    parsed: Mapped[dict | None] = mapped_column(JSONType)  # extraction.parsed.ParsedMessage
    # Work bookkeeping: who holds it, until when, and when to try again.
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claim_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    llm_rounds: Mapped[int] = mapped_column(Integer, default=0)
    # When parked as failed: the state it failed in (replay resumes there) and the error.
    failed_state: Mapped[str | None] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)

    extractions: Mapped[list[Extraction]] = relationship(
        back_populates="message", order_by="Extraction.id"
    )


class Extraction(Base):
    """One run of the extractor over a message; the newest one is the one that counts."""

    __tablename__ = "extractions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inbound_message_id: Mapped[int] = mapped_column(
        ForeignKey("inbound_messages.id"), index=True
    )
    backend: Mapped[str] = mapped_column(String(32))
    result: Mapped[dict] = mapped_column(JSONType)  # extraction.schema.ExtractionResult
    kind: Mapped[str] = mapped_column(String(20))
    confidence: Mapped[float] = mapped_column(Float)
    route: Mapped[str | None] = mapped_column(String(10))  # set by the route step
    route_reasons: Mapped[list] = mapped_column(JSONType, default=list)
    llm_calls: Mapped[int] = mapped_column(Integer, default=0)
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    duration_ms: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    message: Mapped[InboundMessage] = relationship(back_populates="extractions")
