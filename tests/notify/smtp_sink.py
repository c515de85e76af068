"""A real SMTP server (aiosmtpd) that keeps what it receives, or refuses as a test says."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class SinkMessage:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=policy.default)


@dataclass
class SmtpSink:
    port: int
    # What to answer after DATA; e.g. "451 4.3.0 try again later" or "550 5.1.1 no such user".
    answer: str = "250 OK"
    credentials: tuple[str, str] | None = None  # require AUTH with these
    messages: list[SinkMessage] = field(default_factory=list)

    def __post_init__(self):
        self._changed = threading.Condition()
        self._controller: Controller | None = None

    async def handle_DATA(self, server, session, envelope):
        if self.answer.startswith("250"):
            with self._changed:
                self.messages.append(
                    SinkMessage(envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
                self._changed.notify_all()
        return self.answer

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and self.credentials is not None
              and (auth_data.login.decode(), auth_data.password.decode()) == self.credentials)
        return AuthResult(success=ok)

    def start(self) -> SmtpSink:
        kwargs = {}
        if self.credentials:
            kwargs = {"authenticator": self._authenticate, "auth_require_tls": False,
                          "auth_required": True}
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port, **kwargs)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def wait_for(self, count: int, timeout_s: float = 10.0) -> list[SinkMessage]:
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while len(self.messages) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{len(self.messages)} of {count} emails arrived")
                self._changed.wait(left)
            return list(self.messages)
