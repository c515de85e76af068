"""The ``intake`` command: one typer app, one module per group of commands.

Every command exits 0 on success; on bad input it prints one line to stderr and exits
non-zero, never a traceback (``run_cli`` below turns known errors into that line).
"""

from __future__ import annotations

import os
import sys

import typer

app = typer.Typer(
    name="intake",
    help="ChargeCars partner order intake.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


class CliError(Exception):
    """An expected failure: its message is the one line the operator sees."""


def _register_commands() -> None:
    # Imported for their side effect of adding commands to ``app``.
    from intake.cli import (  # noqa: F401
        db_cmd,
        extract_cmd,
        imap_cmd,
        messages_cmd,
        orders_cmd,
        partners_cmd,
        processes_cmd,
        purge_cmd,
        review_cmd,
        smtp_auth_cmd,
        users_cmd,
    )


def main() -> None:
    _register_commands()
    try:
        app()
    except CliError as exc:
        print(f"intake: {exc}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        if os.environ.get("INTAKE_DEBUG"):
            raise
        print(f"intake: unexpected {type(exc).__name__}: {exc} "
              "(set INTAKE_DEBUG=1 to see where)", file=sys.stderr)
        sys.exit(1)
