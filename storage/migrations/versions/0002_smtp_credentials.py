"""smtp credentials: SMTP AUTH logins for partners relaying through the listener

Revision ID: 0002_smtp_credentials
Revises: 0001
Create Date: 2026-11-25 12:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.models.base

revision = "0002_smtp_credentials"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "smtp_credentials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=320), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", storage.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", storage.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", storage.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"],
                                name=op.f("fk_smtp_credentials_partner_id_partners")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_smtp_credentials")),
        sa.UniqueConstraint("username", name=op.f("uq_smtp_credentials_username")),
    )
    with op.batch_alter_table("smtp_credentials", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_smtp_credentials_partner_id"), ["partner_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("smtp_credentials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_smtp_credentials_partner_id"))
    op.drop_table("smtp_credentials")
