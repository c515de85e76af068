"""``intake db upgrade``: apply the store's migrations."""

from __future__ import annotations

import typer

from intake.cli import CliError, app
from intake.cli.common import settings
from storage.migrate import current_revision, upgrade_database

db_app = typer.Typer(help="The order-and-contact store.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade(revision: str = typer.Argument("head", help="Target revision")) -> None:
    """Apply migrations up to REVISION (default: the newest)."""
    url = settings().database_url
    try:
        upgrade_database(url, revision)
    except Exception as exc:  # noqa: BLE001 - one line for the operator
        raise CliError(f"migration failed: {type(exc).__name__}: {exc}") from None
    typer.echo(f"store at revision {current_revision(url)}")
