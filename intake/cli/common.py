"""What the command modules share: settings, a unit of work, JSON lines out."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from intake.cli import CliError
from intake.settings import Settings, get_settings
from storage.db import session_scope


def settings() -> Settings:
    return get_settings()


@contextmanager
def unit_of_work() -> Iterator[Session]:
    """A session committed once at the end; database errors become one readable line."""
    url = settings().database_url
    try:
        with session_scope(url) as session:
            yield session
    except (OperationalError, ProgrammingError) as exc:
        message = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        if "no such table" in message or "does not exist" in message:
            raise CliError(f"the store at {_safe(url)} is not set up: run `intake db upgrade`")
        raise CliError(f"cannot use the store at {_safe(url)}: {message}") from None


def print_json_line(record: dict) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def _safe(url: str) -> str:
    """The URL without its password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
