"""SMTP AUTH for partners that relay through us: PLAIN and LOGIN, over TLS only.

aiosmtpd checks an ``authenticator`` synchronously, on the event loop; an argon2 check
costs tens of milliseconds of CPU and a database read. So the handler takes AUTH over
itself (``handle_AUTH``): the dialog runs on the loop, the check in a thread.
"""

from __future__ import annotations

import binascii
import secrets
from base64 import b64decode

from aiosmtpd.smtp import MISSING, SMTP
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session, sessionmaker

from storage.models import utcnow
from storage.smtp_credentials import find_login

MECHANISMS = ("PLAIN", "LOGIN")
_hasher = PasswordHasher()
# Checked when the user name is unknown, so that a miss costs as much as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def new_password() -> str:
    return secrets.token_urlsafe(24)


def check_login(sessions: sessionmaker[Session], username: str, password: str) -> str | None:
    """The partner whose login this is, or None. Runs in a worker thread."""
    with sessions.begin() as session:
        login = find_login(session, username)
        stored_hash = login.password_hash if login else _DUMMY_HASH
        try:
            _hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        if login is None:
            return None
        login.last_used_at = utcnow()
        if _hasher.check_needs_rehash(login.password_hash):
            login.password_hash = _hasher.hash(password)
        return login.partner_id


async def read_credentials(server: SMTP, args: list[str]) -> tuple[str, str] | str | None:
    """(user, password) from AUTH PLAIN or LOGIN; a reply when malformed; None if the
    client aborted (aiosmtpd has answered that already)."""
    mechanism = args[0].upper()
    if mechanism == "PLAIN":
        blob = await _initial_or_challenge(server, args, "")
        if blob is None or isinstance(blob, str):
            return blob
        parts = blob.split(b"\x00")
        if len(parts) != 3:
            return "501 5.5.2 Can't split auth value"
        return _text(parts[1]), _text(parts[2])
    user = await _initial_or_challenge(server, args, SMTP.AuthLoginUsernameChallenge)
    if user is None or isinstance(user, str):
        return user
    password = await server.challenge_auth(SMTP.AuthLoginPasswordChallenge)
    if password is MISSING:
        return None
    return _text(user), _text(password)


async def _initial_or_challenge(server: SMTP, args: list[str], challenge: str):
    if len(args) == 1:
        blob = await server.challenge_auth(challenge)
        return None if blob is MISSING else blob
    try:
        return b64decode(args[1].encode(), validate=True)
    except (binascii.Error, ValueError):
        return "501 5.5.2 Can't decode base64"


def _text(value: bytes) -> str:
    return value.decode("utf-8", "replace")
