"""INTAKE_IMAP_URLS: one URL per mailbox, parsed into a MailboxConfig.

    imap[s]://USER:PASSWORD@HOST:PORT/FOLDER?partner=ID[&option=value...]

Options (all optional):
    partner=ID            the partner whose mail lands here (InboundMessage.partner_id)
    auth=xoauth2          log in with an OAuth2 bearer token instead of the password
    token_command=CMD     with auth=xoauth2: a command whose stdout is the access token
    starttls=yes|no       imap:// only: upgrade with STARTTLS before login (default yes)
    tls_verify=yes|no     check the server's certificate (default yes)
    ca_file=PATH          trust this CA bundle (a self-signed test server, a private CA)
    idle=yes|no           use IDLE when the server offers it (default yes)

USER, PASSWORD, FOLDER and option values are percent-decoded (write "@" in a user name
as %40 or leave it; write "/", "?", "#", "%" and spaces in a password as %2F, %3F, %23,
%25 and %20). Error messages never repeat the password.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urlsplit

DEFAULT_PORTS = {"imap": 143, "imaps": 993}
KNOWN_OPTIONS = {"partner", "auth", "token_command", "starttls", "tls_verify", "ca_file", "idle"}
YES = {"1", "yes", "true", "on"}
NO = {"0", "no", "false", "off"}


class MailboxUrlError(ValueError):
    """A mailbox URL that cannot be used; the message is safe to show (no password)."""


@dataclass(frozen=True)
class MailboxConfig:
    scheme: str  # "imap" or "imaps"
    host: str
    port: int
    user: str
    folder: str
    password: str | None = field(default=None, repr=False)
    partner_id: str | None = None
    auth: str = "password"  # or "xoauth2"
    token_command: str | None = field(default=None, repr=False)
    starttls: bool = True
    tls_verify: bool = True
    ca_file: str | None = None
    idle: bool = True

    @property
    def name(self) -> str:
        """The mailbox without its secrets: the key of its bookkeeping row."""
        return f"{self.scheme}://{quote(self.user, safe='')}@{self.host}:{self.port}/{self.folder}"

    def source_ref(self, uidvalidity: int, uid: int) -> str:
        """Where a message came from, in the style of an RFC 5092 IMAP URL."""
        return (f"imap://{quote(self.user, safe='')}@{self.host}/{quote(self.folder)}"
                f";UIDVALIDITY={uidvalidity};UID={uid}")

    @property
    def uses_tls(self) -> bool:
        return self.scheme == "imaps" or self.starttls


def parse_imap_urls(text: str) -> list[MailboxConfig]:
    """Every mailbox of INTAKE_IMAP_URLS (space-separated); the same mailbox twice is an error."""
    configs = [parse_imap_url(url) for url in text.split()]
    names = [c.name for c in configs]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise MailboxUrlError(f"mailbox configured more than once: {', '.join(twice)}")
    return configs


def parse_imap_url(url: str) -> MailboxConfig:
    safe = redact(url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise MailboxUrlError(f"{safe}: the scheme must be imap:// or imaps://")
    if not parts.hostname:
        raise MailboxUrlError(f"{safe}: no host")
    if not parts.username:
        raise MailboxUrlError(f"{safe}: no user name (imap://USER:PASSWORD@HOST/FOLDER)")
    try:
        port = parts.port or DEFAULT_PORTS[scheme]
    except ValueError:
        raise MailboxUrlError(f"{safe}: the port is not a number") from None
    options = _options(parts.query, safe)
    config = MailboxConfig(
        scheme=scheme,
        host=parts.hostname,
        port=port,
        user=unquote(parts.username),
        folder=unquote(parts.path.lstrip("/")) or "INBOX",
        password=unquote(parts.password) if parts.password is not None else None,
        partner_id=options.get("partner") or None,
        auth=(options.get("auth") or "password").lower(),
        token_command=options.get("token_command") or None,
        starttls=_flag(options, "starttls", True, safe) if scheme == "imap" else False,
        tls_verify=_flag(options, "tls_verify", True, safe),
        ca_file=options.get("ca_file") or None,
        idle=_flag(options, "idle", True, safe),
    )
    _check_login(config, safe)
    return config


def _options(query: str, safe: str) -> dict[str, str]:
    options = dict(parse_qsl(query, keep_blank_values=True))
    unknown = sorted(set(options) - KNOWN_OPTIONS)
    if unknown:
        raise MailboxUrlError(f"{safe}: unknown option(s) {', '.join(unknown)}; "
                              f"known: {', '.join(sorted(KNOWN_OPTIONS))}")
    return options


def _flag(options: dict[str, str], name: str, default: bool, safe: str) -> bool:
    value = options.get(name)
    if value is None or value == "":
        return default
    if value.lower() in YES:
        return True
    if value.lower() in NO:
        return False
    raise MailboxUrlError(f"{safe}: {name} must be yes or no, not {value!r}")


def _check_login(config: MailboxConfig, safe: str) -> None:
    if config.auth == "xoauth2":
        if not config.token_command:
            raise MailboxUrlError(f"{safe}: auth=xoauth2 needs token_command=…")
    elif config.auth == "password":
        if config.password is None:
            raise MailboxUrlError(f"{safe}: no password (or use auth=xoauth2&token_command=…)")
    else:
        raise MailboxUrlError(f"{safe}: auth must be password or xoauth2, not {config.auth!r}")


def redact(url: str) -> str:
    """The URL with its password and token command replaced by ***, for messages and logs.

    Works on the text, not on a parse: a password with an unencoded "/" or "?" breaks
    the parse, and must not show up in the message that says so. Everything up to the
    last "@" after the user name counts as secret.
    """
    scheme, sep, rest = url.partition("://")
    if not sep:
        return "<unreadable mailbox URL>"
    at = rest.rfind("@")
    if at >= 0:
        user, colon, _secret = rest[:at].partition(":")
        rest = f"{user}{':***' if colon else ''}@{rest[at + 1:]}"
    return f"{scheme}://" + _TOKEN_COMMAND.sub(r"\1***", rest)


_TOKEN_COMMAND = re.compile(r"(token_command=)[^&]*")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
