"""How request handlers reach the store: one unit of work per request, in a worker thread.

On SQLite every transaction takes the database's single write lock (``BEGIN IMMEDIATE``),
so requests run one at a time on one thread: they queue in order instead of sleeping in
SQLite's busy handler, which would cost tens of milliseconds each. PostgreSQL gets a pool
of threads. When the store cannot be reached or written, the partner gets 503 with
Retry-After and nothing was acknowledged.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from intake.api.errors import ApiError
from intake.logging import get_logger
from intake.settings import Settings
from storage.db import session_factory

log = get_logger("intake.api.store")
T = TypeVar("T")
RETRY_AFTER_S = 30


class StoreAccess:
    def __init__(self, settings: Settings):
        self.sessions = session_factory(settings.database_url)
        self.threads = 1 if settings.is_sqlite else 16
        self.executor: ThreadPoolExecutor | None = None

    async def run(self, work: Callable[[Session], T]) -> T:
        """Run ``work(session)`` in one transaction, committed when it returns."""
        if self.executor is None:  # made on first use, so the app can start and stop again
            self.executor = ThreadPoolExecutor(self.threads, thread_name_prefix="store")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, self._unit_of_work, work)

    def _unit_of_work(self, work: Callable[[Session], T]) -> T:
        try:
            with self.sessions.begin() as session:
                return work(session)
        except (OperationalError, DBAPIError) as exc:
            log.error("store_unavailable", error=type(exc.orig or exc).__name__)
            raise ApiError(
                "store_unavailable", "the order store cannot be written right now; nothing "
                "was stored. Send the same request again after Retry-After seconds",
                headers={"Retry-After": str(RETRY_AFTER_S)}) from None

    def close(self) -> None:
        executor, self.executor = self.executor, None
        if executor is not None:
            executor.shutdown(wait=True)
