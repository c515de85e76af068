"""Opening a mailbox: TCP, TLS (imaps:// or STARTTLS), then password or XOAUTH2 login."""

from __future__ import annotations

import ssl
from collections.abc import Callable

from imapclient import IMAPClient
from imapclient.imapclient import SocketTimeout

from intake.imap.mailbox_url import MailboxConfig, is_loopback
from intake.imap.oauth_token import Token
from intake.logging import get_logger

log = get_logger("intake.imap")

CONNECT_TIMEOUT_S = 30.0
# Per socket read: long enough for a slow server's big FETCH, short enough that a
# half-open connection is noticed and reopened.
READ_TIMEOUT_S = 120.0


def tls_context(config: MailboxConfig) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=config.ca_file)
    if not config.tls_verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def open_mailbox(config: MailboxConfig, get_token: Callable[[], Token],
                 timeout: SocketTimeout | None = None) -> IMAPClient:
    """A logged-in client (no folder selected yet); closed again if login fails."""
    context = tls_context(config) if config.uses_tls else None
    client = IMAPClient(
        config.host, config.port,
        ssl=config.scheme == "imaps",
        ssl_context=context,
        timeout=timeout or SocketTimeout(connect=CONNECT_TIMEOUT_S, read=READ_TIMEOUT_S),
    )
    try:
        if config.scheme == "imap" and config.starttls:
            client.starttls(context)
        _login(client, config, get_token)
    except BaseException:
        close_quietly(client)
        raise
    return client


def _login(client: IMAPClient, config: MailboxConfig, get_token: Callable[[], Token]) -> None:
    if config.auth == "xoauth2":
        client.oauth2_login(config.user, get_token().access_token)
        return
    if not config.uses_tls and not is_loopback(config.host):
        log.warning("imap_plaintext_login", mailbox=config.name,
                    note="password sent without TLS (starttls=no)")
    client.login(config.user, config.password or "")


def close_quietly(client: IMAPClient) -> None:
    """LOGOUT if the connection still works; otherwise just drop the socket."""
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - the connection may be gone already
        try:
            client.shutdown()
        except Exception:  # noqa: BLE001
            pass
