"""One number that changes whenever the partner reference data changes.

Database triggers (migration 0003) add one to ``version`` on every insert, update or
delete of partners, product mappings and API keys (not their ``last_used_at``), and on
every change of a contact's parent organization (the channel chain). A process that
keeps partner data in memory reads this one row per transaction to know whether what it
holds is still what the store says; the first value is random, so two databases (or one
made again) never share a version by chance.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, CheckConstraint, Integer
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class ReferenceVersion(Base):
    __tablename__ = "reference_version"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
