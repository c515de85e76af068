"""A stand-in for an OAuth2 provider's token-info endpoint, which Dovecot's oauth2 passdb
asks whether a bearer token is valid and whose it is."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from tests.conftest import free_port


class TokenInfoServer:
    def __init__(self, tokens: dict[str, str]):
        self.tokens = tokens  # access token -> the user it belongs to
        self.port = free_port()
        self.asked: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                token = parse_qs(urlsplit(self.path).query).get("access_token", [""])[0]
                owner.asked.append(token)
                user = owner.tokens.get(token)
                body = json.dumps({"email": user, "active": True} if user
                                  else {"error": "invalid_token"}).encode()
                self.send_response(200 if user else 401)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/tokeninfo?access_token="

    def __enter__(self) -> TokenInfoServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
