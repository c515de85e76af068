"""reference version: one number the partner reference data's triggers move on

Revision ID: 0003_reference_version
Revises: 0002_smtp_credentials
Create Date: 2026-11-25 13:40:00

The API keeps partners, their channel chain, SKU mapping and API keys in memory and
reads ``reference_version.version`` once per transaction to know that they are current
(``intake.ordering.reference``). The triggers below move it on every change that matters:
partners, product mappings and API keys (not ``last_used_at``), and a contact's parent
organization. A later migration that rebuilds one of these tables on SQLite (batch mode
copies the table) drops its triggers: create them again there
(``tests/ordering/test_reference_cache.py`` notices when they are missing).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_reference_version"
down_revision = "0002_smtp_credentials"
branch_labels = None
depends_on = None

# (table, what changes it: the SQL event, with the columns for UPDATE OF)
TRIGGERS = {
    "partners": ("INSERT", "UPDATE", "DELETE"),
    "product_mappings": ("INSERT", "UPDATE", "DELETE"),
    "api_keys": ("INSERT", "DELETE", "UPDATE OF partner_id, prefix, key_hash, revoked_at"),
    "contacts": ("DELETE", "UPDATE OF parent_organization_id"),
}
BUMP = "UPDATE reference_version SET version = version + 1"


def trigger_name(table: str, event: str) -> str:
    return f"trg_{table}_{event.split()[0].lower()}_reference_version"


def upgrade() -> None:
    op.create_table(
        "reference_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_reference_version_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_version")),
    )
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers()
    else:
        _sqlite_triggers()


def _sqlite_triggers() -> None:
    op.execute("INSERT INTO reference_version (id, version) "
               "VALUES (1, abs(random() % 1000000000000))")
    for table, events in TRIGGERS.items():
        for event in events:
            op.execute(f"CREATE TRIGGER {trigger_name(table, event)} AFTER {event} ON {table} "
                       f"BEGIN {BUMP}; END")


def _postgresql_triggers() -> None:
    op.execute("INSERT INTO reference_version (id, version) "
               "VALUES (1, floor(random() * 1000000000000)::bigint)")
    op.execute("CREATE FUNCTION bump_reference_version() RETURNS trigger LANGUAGE plpgsql "
               f"AS $$ BEGIN {BUMP}; RETURN NULL; END $$")
    for table, events in TRIGGERS.items():
        # One trigger per table, per statement: a bulk change moves the version once.
        when = " OR ".join((*events, "TRUNCATE") if "INSERT" in events else events)
        op.execute(f"CREATE TRIGGER {trigger_name(table, 'any')} AFTER {when} ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_version()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger_name(table, 'any')} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS bump_reference_version()")
    else:
        for table, events in TRIGGERS.items():
            for event in events:
                op.execute(f"DROP TRIGGER IF EXISTS {trigger_name(table, event)}")
    op.drop_table("reference_version")
