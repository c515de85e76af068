"""Group commit: many concurrent store requests, one transaction and one fsync.

A durable commit costs an fsync (milliseconds); a message's insert costs a fraction of
that. So one writer thread takes every store request waiting when it gets to them (up
to a cap), inserts them with ``store_raw_messages`` (one INSERT) in one transaction,
commits once, and then resolves each request's future with its ``StoredMessage``.
Nothing is resolved before its commit, so a caller that acknowledges on the result
(SMTP 250) never acknowledges an uncommitted message.

If the batch's transaction fails, each request is retried alone in its own transaction:
one bad message gets its error, the others are stored. Requests queue up while the
writer is in a commit, so the batches grow with the load by themselves; there is no
waiting for company.

Any unit of work can be queued as well (``submit_work``: the partner API's requests): it
runs in a savepoint of its own, so one that raises (a refused API key, a failed order)
rolls back alone and gets its error while the rest of the batch commits.

On PostgreSQL several writers (``writers``) may take batches side by side: while one
waits for its commit's round trips and WAL flush, the next batch goes in (the server
flushes concurrent commits together). On SQLite only one transaction writes at a time,
so one writer.

``close()`` stops taking requests, writes what the queue holds, and ends the threads.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from intake.logging import get_logger
from storage.messages import StoredMessage, store_raw_message, store_raw_messages

log = get_logger("storage.group_commit")

MAX_BATCH = 64
MAX_BATCH_BYTES = 32 * 1024 * 1024  # raw bytes per transaction (one message always fits)


class WriterClosed(RuntimeError):
    """The writer is shutting down and takes no more requests."""


@dataclass
class Request:
    """One store request (``message``) or unit of work, and the future of its outcome."""

    future: Future
    size: int  # raw bytes, for the batch's cap
    message: dict | None = None  # a store request: ``store_raw_message``'s keywords
    work: Callable[[Session], Any] | None = None  # or any unit of work

    def run_isolated(self, session: Session) -> tuple[Any, BaseException | None]:
        """The unit of work in a savepoint of its own: (result, None) or (None, error)."""
        try:
            with session.begin_nested():
                return self.work(session), None
        except Exception as exc:  # noqa: BLE001 - this request's answer, not the batch's
            return None, exc

    def run_alone(self, session: Session) -> Any:
        if self.message is not None:
            return store_raw_message(session, **self.message)
        return self.work(session)


def run_batch(session: Session, batch: list[Request]) -> list[tuple[Any, BaseException | None]]:
    """Every request of the batch in ``session``: the messages with one INSERT, then each
    unit of work in its savepoint. Outcomes in the batch's order."""
    messages = [request.message for request in batch if request.message is not None]
    stored = iter(store_raw_messages(session, messages) if messages else [])
    return [(next(stored), None) if request.message is not None
            else request.run_isolated(session) for request in batch]


_STOP = object()


class GroupCommitWriter:
    def __init__(self, sessions: sessionmaker[Session], *, max_batch: int = MAX_BATCH,
                 max_batch_bytes: int = MAX_BATCH_BYTES, name: str = "group-commit",
                 start: bool = True, writers: int = 1):
        self.sessions = sessions
        self.max_batch = max_batch
        self.max_batch_bytes = max_batch_bytes
        self.commits = 0  # transactions committed (batches and retries alone)
        self.written = 0  # requests stored
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._closed = False
        # Daemons, so a process that forgets close() still exits; close() is what
        # guarantees that every request taken is written.
        self._threads = [threading.Thread(target=self._run, name=f"{name}-{n}", daemon=True)
                         for n in range(writers)]
        if start:
            self.start()

    def start(self) -> None:
        """Begin writing (``start=False`` lets a test queue a batch first)."""
        for thread in self._threads:
            thread.start()

    def submit(self, values: dict) -> Future[StoredMessage]:
        """Queue a store; the future is resolved after the commit (or with the error)."""
        return self._queue_request(message_request(values))

    def submit_work(self, work: Callable[[Session], Any], size: int = 0) -> Future:
        """Queue ``work(session)``; resolved with what it returns after the commit, or
        with what it raised (then nothing it wrote is kept)."""
        return self._queue_request(Request(Future(), size, work=work))

    def _queue_request(self, request: Request) -> Future:
        with self._lock:
            if self._closed:
                raise WriterClosed("the store writer is shutting down")
            self._queue.put(request)
        return request.future

    def close(self, timeout: float | None = None) -> None:
        """Take no more requests; write those queued; wait for the threads to end."""
        with self._lock:
            if not self._closed:
                self._closed = True
                for _thread in self._threads:  # behind every request: each writer takes one
                    self._queue.put(_STOP)
        for thread in self._threads:
            if thread.is_alive():
                thread.join(timeout)

    def _run(self) -> None:
        stopping, carry = False, None
        while not stopping:
            batch, stopping, carry = self._next_batch(carry)
            # A caller that gave up (cancelled) before we began is not written.
            batch = [r for r in batch if r.future.set_running_or_notify_cancel()]
            if batch:
                self._write(batch)

    def _next_batch(self, carry: Request | None) -> tuple[list[Request], bool, Request | None]:
        """Block for one request, then take whatever else waits, up to the caps.

        Returns the batch, whether a stop came, and a request taken that did not fit (it
        leads the next batch)."""
        first = carry or self._queue.get()
        if first is _STOP:
            return [], True, None
        batch, size = [first], first.size
        while len(batch) < self.max_batch:
            try:
                request = self._queue.get_nowait()
            except queue.Empty:
                break
            if request is _STOP:
                return batch, True, None
            if size + request.size > self.max_batch_bytes:
                return batch, False, request
            batch.append(request)
            size += request.size
        return batch, False, None

    def _write(self, batch: list[Request]) -> None:
        commits, written = write_batch(self.sessions, batch)
        with self._lock:  # several writers
            self.commits += commits
            self.written += written


def message_request(values: dict) -> Request:
    """A store request for ``store_raw_message``'s keywords."""
    return Request(Future(), len(values.get("raw") or b""), message=values)


def write_batch(sessions: sessionmaker[Session], batch: list[Request]) -> tuple[int, int]:
    """The batch in one transaction, or, if that fails, each request alone; every
    request's future resolved after its commit. Returns (commits, requests written)."""
    try:
        with sessions.begin() as session:
            outcomes = run_batch(session, batch)
    except Exception as exc:  # noqa: BLE001 - one bad request must not fail the rest
        if len(batch) == 1:
            batch[0].future.set_exception(exc)
            return 0, 0
        log.warning("group_commit_batch_failed", size=len(batch),
                    error=f"{type(exc).__name__}: {exc}"[:300])
        alone = [_write_alone(sessions, request) for request in batch]
        return sum(alone), sum(alone)
    for request, (result, error) in zip(batch, outcomes, strict=True):
        if error is not None:
            request.future.set_exception(error)
        else:
            request.future.set_result(result)
    return 1, sum(error is None for _result, error in outcomes)


def _write_alone(sessions: sessionmaker[Session], request: Request) -> bool:
    try:
        with sessions.begin() as session:
            result = request.run_alone(session)
    except Exception as exc:  # noqa: BLE001 - handed to the caller (451)
        request.future.set_exception(exc)
        return False
    request.future.set_result(result)
    return True
