"""At most ``INTAKE_API_LIMIT_CONCURRENCY`` requests in progress; beyond that ``503
server_busy`` with Retry-After, before the body is read or anything is stored.

What uvicorn's ``limit_concurrency`` would do, but answered like every other error of the
API (docs/errors.md: JSON, a code, Retry-After) instead of a bare "Service Unavailable".
Under a flood the store's queue, and with it every answer's wait, stays bounded.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Receive, Scope, Send

RETRY_AFTER_S = 5
# Monitoring must see a busy process as alive, not as failing.
EXEMPT = frozenset({"/healthz", "/readyz", "/metrics"})


class InFlightLimitMiddleware:
    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit
        self.in_flight = 0  # one event loop: no lock needed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in EXEMPT:
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.limit:
            await self._refuse(scope, send)
            return
        self.in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1

    async def _refuse(self, scope: Scope, send: Send) -> None:
        body = json.dumps({
            "error": "server_busy",
            "message": f"more than {self.limit} requests are in progress; nothing was "
                       f"stored. Send the same request again after {RETRY_AFTER_S} seconds",
            "request_id": scope.get("state", {}).get("request_id"),
        }).encode()
        await send({"type": "http.response.start", "status": 503, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
            (b"retry-after", str(RETRY_AFTER_S).encode())]})
        await send({"type": "http.response.body", "body": body})
