"""parse_message in a child process, killed once it runs past max_seconds_per_message.

``parse_message`` checks the clock between parts, but one call into a library (a PDF content
stream, a huge HTML table) can run far longer, and only another process can stop that. The
child is long-lived, so a message costs one round trip over a pipe, not a process start; it
is killed and replaced only when it overruns or dies.

The child is started with "forkserver" (or "spawn" where that does not exist): never plain
fork, which copies the caller's threads and locks (database pools, log handlers) half-held.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable

from extraction.parsed import ParsedMessage
from extraction.parsing.limits import limit_problem
from extraction.parsing.message import as_bytes, headers_only, parse_error, parse_message
from intake.settings import Settings, get_settings

_log = logging.getLogger(__name__)

# The child checks the clock itself at max_seconds; the kill comes this much later, so that
# a child that stops on its own still returns what it had read.
KILL_GRACE_S = 1.0
# Starting the child means importing pypdf, openpyxl, lxml...: about a second, more when busy.
STARTUP_TIMEOUT_S = 60.0
_READY = "ready"


def parse_message_bounded(raw: bytes, settings: Settings | None = None) -> ParsedMessage:
    """parse_message(raw) in the child; past the time limit, the header fields only. Never raises."""
    settings = settings or get_settings()
    try:
        return _default_worker().parse(raw, settings)
    except WorkerUnavailable as exc:
        # No child possible here (e.g. we run inside a daemonic process): parse in-process,
        # with parse_message's own clock checks as the only time limit.
        _log.warning("parsing in-process, no child process: %s", exc)
        return parse_message(raw, settings)
    except Exception as exc:  # noqa: BLE001 - the promise is: never raises
        return headers_only(as_bytes(raw), [parse_error("worker", exc)])


class WorkerUnavailable(RuntimeError):
    """The child process could not be started."""


class ParseWorker:
    """One child process that parses messages one at a time; thread-safe, restarted on need."""

    def __init__(self, target: Callable[[bytes, Settings], ParsedMessage] = parse_message):
        self._target = target
        self._lock = threading.Lock()
        self._process = None
        self._conn = None
        self._owner_pid = os.getpid()

    def parse(self, raw: bytes, settings: Settings) -> ParsedMessage:
        raw = as_bytes(raw)
        with self._lock:
            self._ensure_started()
            try:
                self._conn.send((raw, settings))
                if self._conn.poll(settings.max_seconds_per_message + KILL_GRACE_S):
                    return self._conn.recv()
            except (EOFError, OSError):
                # The child died (a crash in a C library, the OOM killer): this message only.
                self.stop()
                return headers_only(raw, ["parse_error: worker: the parsing process died"])
            self.stop()  # overran: the only way to stop it is to kill it
        problem = limit_problem("time", f"{settings.max_seconds_per_message:g} s")
        return headers_only(raw, [problem])

    def _ensure_started(self) -> None:
        if self._owner_pid != os.getpid():  # we are a fork of the owner: its pipe is not ours
            self._process, self._conn, self._owner_pid = None, None, os.getpid()
        if self._process is not None and self._process.is_alive():
            return
        self.stop()
        context = multiprocessing.get_context(_start_method())
        parent_end, child_end = context.Pipe()
        process = context.Process(
            target=_serve, args=(child_end, self._target), name="intake-parse", daemon=True
        )
        try:
            process.start()
        except (AssertionError, OSError, ValueError) as exc:  # daemonic parent, no resources
            parent_end.close()
            child_end.close()
            raise WorkerUnavailable(f"{type(exc).__name__}: {exc}") from exc
        child_end.close()
        self._process, self._conn = process, parent_end
        # The clock of a message starts once the child is ready, not while it imports.
        try:
            ready = parent_end.poll(STARTUP_TIMEOUT_S) and parent_end.recv() == _READY
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.stop()
            raise WorkerUnavailable(f"the parsing process was not ready in {STARTUP_TIMEOUT_S} s")

    def stop(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join(timeout=5)

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None


def _serve(conn, target) -> None:
    """The child's loop: a message in, a ParsedMessage out, until the parent goes away."""
    conn.send(_READY)
    while True:
        try:
            raw, settings = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(target(raw, settings))


def _start_method() -> str:
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


_WORKER: ParseWorker | None = None
_WORKER_LOCK = threading.Lock()


def _default_worker() -> ParseWorker:
    global _WORKER
    with _WORKER_LOCK:
        if _WORKER is None:
            _WORKER = ParseWorker()
        return _WORKER


def warm_up() -> None:
    """Start the parsing child now (about a second), not when the first message waits."""
    try:
        with _WORKER_LOCK:
            worker = _WORKER or ParseWorker()
            globals()["_WORKER"] = worker
        with worker._lock:
            worker._ensure_started()
    except WorkerUnavailable as exc:
        _log.warning("parsing child not started ahead: %s", exc)
