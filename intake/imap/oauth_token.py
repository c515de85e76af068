"""OAuth2 for IMAP: an operator-supplied command prints the bearer token.

We run the command every time we log in, so it decides about caching and refreshing; we
only keep what providers rotate. The command gets the refresh token we stored last
(if any) in the environment variable INTAKE_IMAP_REFRESH_TOKEN and prints either

    the access token alone (its first non-empty line), or
    a JSON object like a token endpoint's answer: {"access_token": "…", "refresh_token": "…"}

A refresh_token in that JSON is stored (MailboxState.oauth_refresh_token) before the
access token is used: Microsoft rotates refresh tokens, and the old one may stop working.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from dataclasses import dataclass, field

TOKEN_COMMAND_TIMEOUT_S = 60.0
REFRESH_TOKEN_ENV = "INTAKE_IMAP_REFRESH_TOKEN"


class TokenCommandError(RuntimeError):
    """The token command failed; the message names the command's program, not its args."""


@dataclass(frozen=True)
class Token:
    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)


def run_token_command(command: str, refresh_token: str | None,
                      timeout: float = TOKEN_COMMAND_TIMEOUT_S) -> Token:
    argv = shlex.split(command)
    if not argv:
        raise TokenCommandError("token_command is empty")
    program = os.path.basename(argv[0])
    env = dict(os.environ)
    env.pop(REFRESH_TOKEN_ENV, None)
    if refresh_token:
        env[REFRESH_TOKEN_ENV] = refresh_token
    try:
        done = subprocess.run(argv, capture_output=True, timeout=timeout, env=env,
                              stdin=subprocess.DEVNULL, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise TokenCommandError(f"token command {program}: {type(exc).__name__}") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[:1]
        raise TokenCommandError(
            f"token command {program} exited {done.returncode}"
            + (f": {reason[0][:200]}" if reason else "")
        )
    return parse_token_output(done.stdout.decode("utf-8", "replace"), program)


def parse_token_output(output: str, program: str = "token command") -> Token:
    text = output.strip()
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            raise TokenCommandError(f"{program} printed JSON that does not parse") from None
        access = str(data.get("access_token") or "").strip()
        refresh = str(data.get("refresh_token") or "").strip() or None
    else:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        access, refresh = (lines[0] if lines else ""), None
    if not access:
        raise TokenCommandError(f"{program} printed no access token")
    return Token(access_token=access, refresh_token=refresh)
