"""Contacts: partners' organizations and end customers, one table (the seed's "new structure")."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models.base import Base, UTCDateTime, new_uuid, utcnow


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint("contact_type IN ('person', 'organization')", name="contact_type"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    contact_type: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    street: Mapped[str | None] = mapped_column(String(200))
    house_number: Mapped[str | None] = mapped_column(String(20))
    postal_code: Mapped[str | None] = mapped_column(String(16))
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    # Channel hierarchy: master partner -> regional partner -> dealer -> sales agent.
    parent_organization_id: Mapped[str | None] = mapped_column(
        ForeignKey("contacts.id"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    parent: Mapped[Contact | None] = relationship(remote_side=[id])
