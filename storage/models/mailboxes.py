"""IMAP bookkeeping: which mailbox generation we read, up to which UID, and when."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, UTCDateTime


class MailboxState(Base):
    __tablename__ = "mailbox_states"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The mailbox URL without its secrets: "imaps://orders@mail.example.com:993/INBOX".
    mailbox: Mapped[str] = mapped_column(String(500), unique=True)
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A refreshed OAuth2 token that the provider rotated (stored so it is never lost).
    oauth_refresh_token: Mapped[str | None] = mapped_column(Text)
