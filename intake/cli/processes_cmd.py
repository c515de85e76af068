"""The long-running processes: ``intake up`` and one command per Procfile role."""

from __future__ import annotations

import typer

from intake.cli import CliError, app
from intake.cli.common import settings


@app.command("up")
def up() -> None:
    """Everything on the current settings: migrate, load partners, then every process."""
    from intake.processes import run_everything

    run_everything(settings())


@app.command("smtp")
def smtp() -> None:
    """The SMTP listener (INTAKE_SMTP_HOST:INTAKE_SMTP_PORT)."""
    from intake.processes import run_smtp
    from intake.smtp import SmtpSettingsError
    from intake.smtp_store import StoreUnavailable

    try:
        run_smtp(settings())
    except SmtpSettingsError as exc:  # TLS or AUTH settings that cannot work
        raise CliError(str(exc)) from None
    except StoreUnavailable as exc:  # the store process could not reach the database
        raise CliError(f"{exc}: check INTAKE_DATABASE_URL, and run `intake db upgrade` "
                       "if the database is new") from None


@app.command("worker")
def worker(once: bool = typer.Option(False, "--once", help="Process what is ready, then exit")) -> None:
    """The worker: moves stored messages through parse, extract, route and store."""
    from intake.processes import run_worker
    from intake.worker import SecondSqliteWorker

    try:
        run_worker(settings(), once=once)
    except SecondSqliteWorker as exc:
        raise CliError(str(exc)) from None


@app.command("api")
def api() -> None:
    """The partner REST API (INTAKE_API_PORT)."""
    from intake.processes import run_api

    run_api(settings())


# `intake imap` (the IMAP poller) lives in imap_cmd.py, with `intake imap status`.
