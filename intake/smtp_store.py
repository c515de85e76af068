"""Where the SMTP listener stores a message: in a writer process of its own, or in a thread.

The listener's event loop speaks SMTP for every session; storing a message (SQLAlchemy,
SQLite's insert and fsync) cost as much CPU again. In one process the two take turns on
Python's GIL, so each message waited for both: measured, the listener reached half the
messages per second of a bare aiosmtpd sink. ``StoreProcess`` moves the insert and the
commit (``storage.group_commit.write_batch``) into a child process: the loop only sends the
message over a socket and reads the answer back, both on the loop itself (no threads to
wake).
``StoreThread`` keeps the writer in a thread of the listener (INTAKE_SMTP_STORE_PROCESS=
false): fewer moving parts, half the throughput.

Either way the 250 waits for the commit. If the writer process dies, the messages it held
are answered 451 (the senders retry; a message it did commit is a duplicate then) and the
next message starts a new one.

The child is ``python -m intake.smtp_store FD``: it reads requests from the socket FD,
answers each after its commit, and on end of input writes what it holds and exits. It
runs in a session of its own and ignores SIGTERM and SIGINT: a process manager's signal
to the listener's process group, or a Ctrl-C, must not end it before the listener's last
DATA. It stops when the listener closes its end of the socket, or dies.
Frames are a 4-byte length and a pickle; both ends are this module, over a socketpair
nobody else holds.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import pickle
import signal
import socket
import struct
import subprocess
import sys

from intake.logging import get_logger
from intake.settings import Settings
from storage.group_commit import MAX_BATCH, MAX_BATCH_BYTES, message_request, write_batch
from storage.messages import StoredMessage

log = get_logger("intake.smtp_store")

_LENGTH = struct.Struct("!I")
_READ_BYTES = 1 << 20
READY = b"R"  # the child's first byte: connected to the database, taking requests
CHILD_START_TIMEOUT_S = 60.0  # Python, SQLAlchemy and a first connection
CHILD_STOP_TIMEOUT_S = 30.0  # to answer what it holds, once its input ended


class StoreUnavailable(RuntimeError):
    """The store could not take or commit the message: the sender gets 451."""


class StoreThread:
    """The group-commit writer as a thread of the listener."""

    def __init__(self, settings: Settings):
        from storage.db import session_factory
        from storage.group_commit import GroupCommitWriter

        self.writer = GroupCommitWriter(session_factory(settings.database_url),
                                        name="smtp-store", writers=_writers(settings))

    async def store(self, values: dict) -> StoredMessage:
        return await asyncio.wrap_future(self.writer.submit(values))

    async def close(self) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.writer.close)

    def shutdown(self) -> None:
        self.writer.close()  # idempotent: after close(), nothing is left

    @property
    def commits(self) -> int:
        return self.writer.commits


class StoreProcess:
    """The group-commit writer in a child process; ``store`` and ``close`` run on the
    listener's event loop (the child is started at once, connected at first use)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.commits = 0  # the child's transactions so far, as its answers report them
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future] = {}
        self._child: subprocess.Popen | None = None
        self._socket: socket.socket | None = None  # our end of the child's socket
        self._writer: asyncio.StreamWriter | None = None  # ... once connected on the loop
        self._reading: asyncio.Task | None = None
        self._connecting: asyncio.Lock | None = None
        self._closed = False
        self._spawn()

    async def store(self, values: dict) -> StoredMessage:
        if self._closed:
            raise StoreUnavailable("the store is shutting down")
        if self._writer is None:
            await self._connect()
        request_id = next(self._ids)
        answer = asyncio.get_running_loop().create_future()
        self._pending[request_id] = answer
        payload = pickle.dumps((request_id, values), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self._writer.write(_LENGTH.pack(len(payload)) + payload)
            await self._writer.drain()
        except (ConnectionError, RuntimeError) as exc:  # the child is gone (or going)
            self._pending.pop(request_id, None)
            raise StoreUnavailable(f"the store process ended ({type(exc).__name__})") from exc
        return await answer

    async def close(self) -> None:
        """Take no more; the child answers what it holds, then exits."""
        self._closed = True
        if self._writer is not None:
            try:
                self._writer.write_eof()  # the child's end of input
            except (ConnectionError, RuntimeError):
                pass  # the child is gone already; its reader ends on its own
            await asyncio.wait_for(asyncio.shield(self._reading), CHILD_STOP_TIMEOUT_S)
        await asyncio.get_running_loop().run_in_executor(None, self.shutdown)

    def shutdown(self) -> None:
        """End the child by end of input and wait for it; callable without the loop."""
        self._closed = True
        if self._socket is not None:
            try:
                self._socket.shutdown(socket.SHUT_WR)
            except OSError:
                pass  # already closed
        self._reap()

    def _spawn(self) -> None:
        ours, theirs = socket.socketpair()
        env = dict(os.environ, INTAKE_DATABASE_URL=self.settings.database_url,
                   INTAKE_LOG_LEVEL=self.settings.log_level)
        with theirs:
            child = subprocess.Popen(
                [sys.executable, "-m", "intake.smtp_store", str(theirs.fileno())],
                pass_fds=[theirs.fileno()], env=env, stdin=subprocess.DEVNULL,
                start_new_session=True)  # a signal to the listener's group is not ours
        ours.settimeout(CHILD_START_TIMEOUT_S)
        try:
            ready = ours.recv(len(READY))
        except OSError:
            ready = b""
        if ready != READY:
            ours.close()
            child.kill()
            child.wait()
            raise StoreUnavailable("the store process did not start; its log says why")
        ours.settimeout(None)
        self._child, self._socket = child, ours
        log.info("smtp_store_process_started", pid=child.pid)

    async def _connect(self) -> None:
        self._connecting = self._connecting or asyncio.Lock()
        async with self._connecting:
            if self._writer is not None:
                return
            if self._socket is None:  # the last child ended: a new one
                loop = asyncio.get_running_loop()
                await loop.run_in_executor(None, self._reap)
                await loop.run_in_executor(None, self._spawn)
            reader, self._writer = await asyncio.open_unix_connection(sock=self._socket)
            self._reading = asyncio.create_task(self._read_answers(reader))

    async def _read_answers(self, reader: asyncio.StreamReader) -> None:
        try:
            while True:
                length = _LENGTH.unpack(await reader.readexactly(_LENGTH.size))[0]
                self._answer_batch(pickle.loads(await reader.readexactly(length)))
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            self._lost(exc)

    def _answer_batch(self, answers: list[tuple]) -> None:
        for answer in answers:
            self._answer(*answer)

    def _answer(self, request_id: int, stored: StoredMessage | None, error: str | None,
                commits: int) -> None:
        self.commits = max(self.commits, commits)
        answer = self._pending.pop(request_id, None)
        if answer is None or answer.done():
            return
        if error is None:
            answer.set_result(stored)
        else:
            answer.set_exception(StoreUnavailable(error))

    def _lost(self, exc: BaseException) -> None:
        """The child ended: what it did not answer gets 451; the next store starts anew."""
        if self._pending:
            log.error("smtp_store_process_lost", unanswered=len(self._pending),
                      error=type(exc).__name__)
        for answer in self._pending.values():
            if not answer.done():
                answer.set_exception(StoreUnavailable("the store process ended"))
        self._pending.clear()
        self._writer.close()
        self._writer = self._socket = None

    def _reap(self) -> None:
        if self._child is None:
            return
        try:
            self._child.wait(CHILD_STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            log.error("smtp_store_process_killed", pid=self._child.pid)
            self._child.kill()
            self._child.wait()


def make_store(settings: Settings) -> StoreProcess | StoreThread:
    return StoreProcess(settings) if settings.smtp_store_process else StoreThread(settings)


def _writers(settings: Settings) -> int:
    # On PostgreSQL a second writer overlaps its batch with the first one's commit
    # (measured: +30 %); SQLite has one writer at a time.
    return 1 if settings.is_sqlite else 2


# --- the child ------------------------------------------------------------------------------

def serve_store(fd: int) -> None:
    """Read requests from ``fd`` until its end; store each batch in one transaction and
    answer it after the commit.

    One thread: while a batch commits, the next requests wait in the socket's buffer, and
    the next read takes them all as the next batch (group commit without a queue)."""
    from sqlalchemy import select
    from sqlalchemy.exc import SQLAlchemyError

    from intake.logging import configure_logging
    from storage.db import session_factory
    from storage.models import InboundMessage

    for stop_signal in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop_signal, signal.SIG_IGN)  # the listener decides when we stop
    settings = Settings()
    configure_logging(settings.log_level, settings.log_json)
    sessions = session_factory(settings.database_url)
    try:  # a database we cannot reach, or one without our tables, fails the start
        with sessions.begin() as session:
            session.execute(select(InboundMessage.id).limit(1))
    except SQLAlchemyError as exc:
        log.error("smtp_store_process_cannot_start", error=type(exc).__name__,
                  detail=str(getattr(exc, "orig", None) or exc)[:300])
        sys.exit(1)
    commits = written = 0
    with socket.socket(fileno=fd) as connection:
        connection.sendall(READY)
        for batch in _batches(connection):
            requests = [message_request(values) for _request_id, values in batch]
            batch_commits, batch_written = write_batch(sessions, requests)
            commits, written = commits + batch_commits, written + batch_written
            answers = [(request_id, *_outcome(request.future), commits)
                       for (request_id, _values), request in zip(batch, requests, strict=True)]
            payload = pickle.dumps(answers, protocol=pickle.HIGHEST_PROTOCOL)
            try:
                connection.sendall(_LENGTH.pack(len(payload)) + payload)
            except OSError:
                pass  # the listener is gone: its senders retry, and find duplicates
    log.info("smtp_store_process_stopped", stored=written, commits=commits)


def _batches(connection: socket.socket):
    """Lists of (request id, store values), each what has arrived complete, within the
    batch caps; ends when the listener closes its end (a request cut off is dropped:
    nobody was answered for it)."""
    buffer = bytearray()
    while True:
        batch = _take_batch(buffer)
        if batch:
            yield batch
            continue
        chunk = connection.recv(_READ_BYTES)  # everything that came while we committed
        if not chunk:
            return
        buffer += chunk


def _take_batch(buffer: bytearray) -> list[tuple[int, dict]]:
    """The complete requests at the front of ``buffer`` (removed from it), up to
    MAX_BATCH requests and MAX_BATCH_BYTES (one request always fits)."""
    batch, size, offset = [], 0, 0
    while len(batch) < MAX_BATCH and len(buffer) - offset >= _LENGTH.size:
        length = _LENGTH.unpack_from(buffer, offset)[0]
        end = offset + _LENGTH.size + length
        if end > len(buffer) or (batch and size + length > MAX_BATCH_BYTES):
            break
        batch.append(pickle.loads(buffer[offset + _LENGTH.size:end]))
        size, offset = size + length, end
    del buffer[:offset]
    return batch


def _outcome(future) -> tuple[StoredMessage | None, str | None]:
    error = future.exception()
    if error is None:
        stored = future.result()
        return StoredMessage(id=stored.id, duplicate=stored.duplicate), None  # not the row
    # The driver's message, not SQLAlchemy's: that one would add the values.
    log.error("store_failed", error=type(error).__name__,
              detail=str(getattr(error, "orig", None) or error)[:300])
    return None, type(error).__name__


if __name__ == "__main__":
    serve_store(int(sys.argv[1]))
