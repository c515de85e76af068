"""``intake partners …``: partner reference data and onboarding."""

from __future__ import annotations

from pathlib import Path

import typer

from intake.cli import CliError, app
from intake.cli.common import settings, unit_of_work
from intake.reference import ReferenceDataError, read_reference_file
from storage.partners import load_reference_data

partners_app = typer.Typer(help="Partners, their addresses, SKU mapping and keys.",
                           no_args_is_help=True)
app.add_typer(partners_app, name="partners")


@partners_app.command("load")
def load(file: Path = typer.Argument(None, help="Partner reference file (YAML); "
                                             "default: INTAKE_PARTNERS_FILE")) -> None:
    """Create or update partners, their intake addresses and SKU mapping from FILE."""
    path = file or settings().partners_file
    try:
        data = read_reference_file(path)
    except ReferenceDataError as exc:
        raise CliError(str(exc)) from None
    with unit_of_work() as session:
        summary = load_reference_data(session, data)
    typer.echo(
        f"partners: {len(summary.partners_created)} created, "
        f"{len(summary.partners_updated)} updated; {summary.mappings} SKU mappings"
    )
