"""A raw SMTP client for hostile-input tests: exact bytes out, replies read one by one."""

from __future__ import annotations

import socket
import ssl


class RawSmtp:
    def __init__(self, port: int, host: str = "127.0.0.1", timeout: float = 10.0):
        self.sock: socket.socket = socket.create_connection((host, port), timeout=timeout)
        self.buffer = b""
        self.greeting = self.reply()

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def command(self, line: bytes | str) -> tuple[int, bytes]:
        self.send((line.encode() if isinstance(line, str) else line) + b"\r\n")
        return self.reply()

    def reply(self) -> tuple[int, bytes]:
        """One reply, multi-line replies joined; (0, b"") when the server closed."""
        lines = []
        while True:
            line = self._line()
            if line is None:
                return 0, b""
            lines.append(line[4:])
            if len(line) < 4 or line[3:4] != b"-":
                return int(line[:3]), b"\n".join(lines)

    def _line(self) -> bytes | None:
        while b"\r\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\r\n")
        return line

    def starttls(self, context: ssl.SSLContext | None = None) -> tuple[int, bytes]:
        code, text = self.command("STARTTLS")
        if code == 220:
            context = context or _trusting_context()
            self.sock = context.wrap_socket(self.sock, server_hostname="localhost")
        return code, text

    def envelope(self, sender: str = "orderdesk@groendus.nl",
                 recipient: str = "groendus@orders.chargecars.nl") -> None:
        assert self.command(f"MAIL FROM:<{sender}>")[0] == 250
        assert self.command(f"RCPT TO:<{recipient}>")[0] == 250

    def data(self, content: bytes) -> tuple[int, bytes]:
        """DATA with ``content`` sent exactly as given, then the proper end of data."""
        code, text = self.command("DATA")
        assert code == 354, (code, text)
        self.send(content + (b".\r\n" if content.endswith(b"\r\n") else b"\r\n.\r\n"))
        return self.reply()

    def closed(self) -> bool:
        try:
            return self.sock.recv(1) == b""
        except OSError:
            return True

    def close(self) -> None:
        self.sock.close()


def _trusting_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context
