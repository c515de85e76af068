"""TLS (imaps://, STARTTLS, a self-signed certificate) and login (password, XOAUTH2)."""

from __future__ import annotations

import json
import sys
from urllib.parse import quote

import pytest

from tests.imap.conftest import (
    USER,
    PollerThread,
    mailbox_row,
    order_mail,
    stored,
    wait_until,
)
from tests.imap.tokeninfo_server import TokenInfoServer


@pytest.fixture
def tls_dovecot(dovecot_factory):
    return dovecot_factory(tls=True)


@pytest.mark.parametrize("tls", ["imaps", "starttls"])
def test_tls_with_the_servers_certificate_as_ca_file(tls_dovecot, sqlite_settings, tls):
    tls_dovecot.deliver(USER, order_mail(1))
    url = tls_dovecot.url(USER, tls=tls, partner="groendus", ca_file=tls_dovecot.ca_file)
    with PollerThread(url, sqlite_settings):
        wait_until(lambda: len(stored(sqlite_settings.database_url)) == 1)


def test_tls_verify_no_accepts_the_self_signed_certificate(tls_dovecot, sqlite_settings):
    tls_dovecot.deliver(USER, order_mail(1))
    url = tls_dovecot.url(USER, tls="imaps", partner="groendus", tls_verify="no")
    with PollerThread(url, sqlite_settings):
        wait_until(lambda: len(stored(sqlite_settings.database_url)) == 1)


def test_an_unverifiable_certificate_is_refused_and_recorded(tls_dovecot, sqlite_settings):
    tls_dovecot.deliver(USER, order_mail(1))
    url = tls_dovecot.url(USER, tls="imaps", partner="groendus")
    with PollerThread(url, sqlite_settings) as running:
        state = wait_until(lambda: mailbox_row(sqlite_settings.database_url, running.config.name))
        wait_until(lambda: mailbox_row(sqlite_settings.database_url,
                                       running.config.name).last_error)
    state = mailbox_row(sqlite_settings.database_url, running.config.name)
    assert "CERTIFICATE_VERIFY_FAILED" in state.last_error
    assert state.last_success_at is None and stored(sqlite_settings.database_url) == []


def test_a_wrong_password_is_recorded_without_the_password(dovecot, sqlite_settings):
    url = dovecot.url(USER, partner="groendus", password="wrong-horse")
    with PollerThread(url, sqlite_settings) as running:
        wait_until(lambda: (mailbox_row(sqlite_settings.database_url, running.config.name)
                            or None) is not None
                   and mailbox_row(sqlite_settings.database_url, running.config.name).last_error)
    error = mailbox_row(sqlite_settings.database_url, running.config.name).last_error
    assert "LoginError" in error and "wrong-horse" not in error


def _token_script(tmp_path, access_token: str):
    """A token command that logs the refresh token it was given and rotates it."""
    script = tmp_path / "token.py"
    calls = tmp_path / "token-calls.txt"
    script.write_text(
        "import json, os, sys\n"
        f"calls = {str(calls)!r}\n"
        "with open(calls, 'a') as f:\n"
        "    f.write((os.environ.get('INTAKE_IMAP_REFRESH_TOKEN') or '-') + '\\n')\n"
        "n = len(open(calls).read().splitlines())\n"
        f"print(json.dumps({{'access_token': {access_token!r}, 'refresh_token': f'rt-{{n}}'}}))\n")
    return f"{sys.executable} {script}", calls


def test_xoauth2_with_a_token_command_and_a_rotated_refresh_token(dovecot_factory,
                                                                  sqlite_settings, tmp_path):
    with TokenInfoServer({"good-token": USER}) as provider:
        server = dovecot_factory(tokeninfo_url=provider.url)
        server.deliver(USER, order_mail(1))
        command, calls = _token_script(tmp_path, "good-token")
        url = server.url(USER, partner="groendus", auth="xoauth2",
                         token_command=quote(command, safe=""))
        with PollerThread(url, sqlite_settings) as running:
            wait_until(lambda: len(stored(sqlite_settings.database_url)) == 1)
            server.kick(USER)  # the next login runs the command again
            server.deliver(USER, order_mail(2))
            wait_until(lambda: len(stored(sqlite_settings.database_url)) == 2)
        assert "good-token" in provider.asked
    assert calls.read_text().splitlines()[:2] == ["-", "rt-1"]
    state = mailbox_row(sqlite_settings.database_url, running.config.name)
    assert state.oauth_refresh_token == f"rt-{len(calls.read_text().splitlines())}"


def test_xoauth2_with_a_refused_token_is_an_error(dovecot_factory, sqlite_settings, tmp_path):
    with TokenInfoServer({"good-token": USER}) as provider:
        server = dovecot_factory(tokeninfo_url=provider.url)
        command, _calls = _token_script(tmp_path, "expired-token")
        url = server.url(USER, partner="groendus", auth="xoauth2",
                         token_command=quote(command, safe=""))
        with PollerThread(url, sqlite_settings) as running:
            wait_until(lambda: (mailbox_row(sqlite_settings.database_url, running.config.name)
                                or None) is not None
                       and mailbox_row(sqlite_settings.database_url,
                                       running.config.name).last_error)
    error = mailbox_row(sqlite_settings.database_url, running.config.name).last_error
    assert "LoginError" in error and "expired-token" not in error
    assert json.dumps(error)  # a plain string, fit for `intake imap status --json`
