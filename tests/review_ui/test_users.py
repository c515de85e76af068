"""Review-app users: `intake users add` (password from stdin), argon2 hashes, logins."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from intake.cli import (
    CliError,
    app,
    users_cmd,  # noqa: F401 - registers the commands on ``app``
)
from intake.review.users import authenticate, find_user, set_active
from intake.settings import get_settings
from storage.db import session_scope


@pytest.fixture
def cli(settings, monkeypatch):
    monkeypatch.setenv("INTAKE_DATABASE_URL", settings.database_url)
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def invoke(runner, args, stdin=""):
    try:
        return runner.invoke(app, args, input=stdin, catch_exceptions=False)
    except CliError as exc:  # what ``intake.cli.main`` prints as one line
        return exc


def test_users_add_reads_the_password_from_stdin_and_stores_an_argon2_hash(cli, settings):
    result = invoke(cli, ["users", "add", "Anna", "--role", "admin"], "a long passphrase\n")
    assert result.exit_code == 0 and "anna added as admin" in result.output
    with session_scope(settings.database_url) as session:
        user = find_user(session, "anna")
        assert user.role == "admin" and user.password_hash.startswith("$argon2id$")
        assert "a long passphrase" not in user.password_hash
        assert authenticate(session, "ANNA", "a long passphrase").username == "anna"
        assert authenticate(session, "anna", "a wrong passphrase") is None
        assert authenticate(session, "nobody", "a long passphrase") is None
        set_active(session, "anna", False, actor="test")
    with session_scope(settings.database_url) as session:
        assert authenticate(session, "anna", "a long passphrase") is None


def test_users_add_refuses_bad_input_with_one_line(cli):
    assert "role must be one of" in str(invoke(cli, ["users", "add", "x", "--role", "boss"],
                                               "a long passphrase\n"))
    assert "at least 10" in str(invoke(cli, ["users", "add", "x"], "short\n"))
    assert "no password" in str(invoke(cli, ["users", "add", "x"], ""))
    invoke(cli, ["users", "add", "x"], "a long passphrase\n")
    assert "exists already" in str(invoke(cli, ["users", "add", "X"], "a long passphrase\n"))


def test_oidc_only_users_have_no_password_and_users_list(cli, settings):
    invoke(cli, ["users", "add", "sam@chargecars.nl", "--no-password"])
    with session_scope(settings.database_url) as session:
        assert authenticate(session, "sam@chargecars.nl", "!oidc-only") is None
    lines = invoke(cli, ["users", "list", "--json"]).output.splitlines()
    assert json.loads(lines[0])["username"] == "sam@chargecars.nl"
