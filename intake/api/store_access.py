"""How request handlers reach the store: one unit of work per request, off the event loop.

On SQLite every transaction takes the database's single write lock and every commit an
fsync, so requests go to one group-commit writer (``storage.group_commit``, shared with
the SMTP listener's design): the requests waiting when it is free run one after another,
each in a savepoint of its own, and are committed together: one lock, one fsync for all
of them, and no answer before its commit. PostgreSQL takes concurrent writers and
groups commits itself: a pool of threads, one transaction per request. When the store
cannot be reached or written, the partner gets 503 with Retry-After and nothing was
acknowledged.
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
from storage.group_commit import GroupCommitWriter, WriterClosed

log = get_logger("intake.api.store")
T = TypeVar("T")
RETRY_AFTER_S = 30
# Requests per SQLite transaction: enough to share the fsync under load, few enough that
# the first of them is not kept waiting long for the last.
MAX_BATCH = 32
POSTGRES_THREADS = 16


class StoreAccess:
    def __init__(self, settings: Settings):
        self.sessions = session_factory(settings.database_url)
        self.group_commit = settings.is_sqlite
        self.writer: GroupCommitWriter | None = None
        self.executor: ThreadPoolExecutor | None = None

    async def run(self, work: Callable[[Session], T], size: int = 0) -> T:
        """Run ``work(session)`` in a transaction; returns once that is committed.
        ``size``: the bytes it stores, so that one batch does not hold too many."""
        try:
            if self.group_commit:
                return await asyncio.wrap_future(self._writer().submit_work(work, size))
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._executor(), self._unit_of_work, work)
        except (OperationalError, DBAPIError, WriterClosed) as exc:
            log.error("store_unavailable", error=type(getattr(exc, "orig", None) or exc).__name__)
            raise ApiError(
                "store_unavailable", "the order store cannot be written right now; nothing "
                "was stored. Send the same request again after Retry-After seconds",
                headers={"Retry-After": str(RETRY_AFTER_S)}) from None

    def _unit_of_work(self, work: Callable[[Session], T]) -> T:
        with self.sessions.begin() as session:
            return work(session)

    # Made on first use, so that the app can start and stop again (tests do).
    def _writer(self) -> GroupCommitWriter:
        if self.writer is None:
            self.writer = GroupCommitWriter(self.sessions, max_batch=MAX_BATCH,
                                            name="api-store")
        return self.writer

    def _executor(self) -> ThreadPoolExecutor:
        if self.executor is None:
            self.executor = ThreadPoolExecutor(POSTGRES_THREADS, thread_name_prefix="store")
        return self.executor

    def close(self) -> None:
        writer, self.writer = self.writer, None
        if writer is not None:
            writer.close()
        executor, self.executor = self.executor, None
        if executor is not None:
            executor.shutdown(wait=True)
