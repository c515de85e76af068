"""The review app's way to the store: the service's settings and one session per action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from intake.settings import Settings, get_settings
from storage.db import session_factory


def settings() -> Settings:
    return get_settings()


@contextmanager
def unit_of_work() -> Iterator[Session]:
    """One transaction: committed at the end, rolled back when the block raises."""
    with session_factory(settings().database_url).begin() as session:
        yield session


def sessions():
    return session_factory(settings().database_url)
