"""The audit log: who did what to which thing, and when. Append only."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, JSONType, UTCDateTime, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))  # "worker", "smtp", "validator:anna"
    action: Mapped[str] = mapped_column(String(64), index=True)  # "order_created", ...
    entity_type: Mapped[str] = mapped_column(String(32))  # "message", "order", ...
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    details: Mapped[dict] = mapped_column(JSONType, default=dict)
