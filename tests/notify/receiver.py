"""A real HTTP server on a free port that records webhooks and answers as a test scripts.

``receiver.script(Reply(500), Reply(200))`` sets the answers to the next requests, in
order; after the script it answers ``default``. ``Reply(delay_s=…)`` holds the answer
(a slow receiver). Used by the tests and by bench/status_webhook_latency.py.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Reply:
    status: int = 200
    delay_s: float = 0.0


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float  # time.time() when the request had been read
    answered: int | None = None  # the status sent, None while held or if the client left


@dataclass
class WebhookReceiver:
    default: Reply = field(default_factory=Reply)
    requests: list[Received] = field(default_factory=list)

    def __post_init__(self):
        self._script: deque[Reply] = deque()
        self._changed = threading.Condition()
        self._server: ThreadingHTTPServer | None = None

    # --- scripting and reading -----------------------------------------------------------
    def script(self, *replies: Reply) -> None:
        with self._changed:
            self._script.extend(replies)

    def wait_for(self, count: int, timeout_s: float = 10.0) -> list[Received]:
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while len(self.requests) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{len(self.requests)} of {count} webhooks arrived "
                                         f"within {timeout_s} s")
                self._changed.wait(left)
            return list(self.requests)

    # --- the server ----------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/hooks/status"

    def start(self) -> WebhookReceiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("content-length") or 0)
                record = Received(self.path, {k.lower(): v for k, v in self.headers.items()},
                                  self.rfile.read(length), time.time())
                reply = receiver._take(record)
                if reply.delay_s:
                    time.sleep(reply.delay_s)
                try:
                    self.send_response(reply.status)
                    self.send_header("content-length", "2")
                    self.end_headers()
                    self.wfile.write(b"ok")
                    record.answered = reply.status
                except OSError:
                    pass  # the client gave up waiting (a timeout test)

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def _take(self, record: Received) -> Reply:
        with self._changed:
            self.requests.append(record)
            self._changed.notify_all()
            return self._script.popleft() if self._script else self.default
