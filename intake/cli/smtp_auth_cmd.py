"""``intake smtp-auth …``: SMTP AUTH logins for partners that relay through our listener."""

from __future__ import annotations

import typer

from intake.cli import CliError, app
from intake.cli.common import print_json_line, unit_of_work

smtp_auth_app = typer.Typer(help="SMTP AUTH logins for partners relaying through the "
                                 "listener (AUTH works over STARTTLS only).",
                            no_args_is_help=True)
app.add_typer(smtp_auth_app, name="smtp-auth")


@smtp_auth_app.command("add")
def add(
    partner: str = typer.Argument(..., help="Partner id"),
    username: str = typer.Option(None, "--username", help="Default: PARTNER-relay"),
) -> None:
    """Create a login; its password is printed once on stdout and stored only hashed."""
    from intake.smtp_login import hash_password, new_password
    from storage.partner_senders import partner_exists
    from storage.smtp_credentials import add_login, username_taken

    name = (username or f"{partner}-relay").strip().lower()
    if not name or len(name) > 320 or any(ch.isspace() or ord(ch) < 32 for ch in name):
        raise CliError("a username is 1 to 320 characters without spaces")
    password = new_password()
    with unit_of_work() as session:
        if not partner_exists(session, partner):
            raise CliError(f"no partner {partner!r}")
        if username_taken(session, name):
            raise CliError(f"username {name!r} exists already (revoked names stay taken)")
        add_login(session, partner, name, hash_password(password), actor="cli")
    typer.echo(f"username: {name}")
    typer.echo(f"password: {password}")


@smtp_auth_app.command("revoke")
def revoke(username: str = typer.Argument(..., help="The login to revoke")) -> None:
    """Revoke a login at once; sessions already logged in end with their connection."""
    from storage.smtp_credentials import revoke_login

    with unit_of_work() as session:
        if revoke_login(session, username, actor="cli") is None:
            raise CliError(f"no active login {username!r}")
    typer.echo(f"revoked {username.strip().lower()}")


@smtp_auth_app.command("list")
def list_command(
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line"),
) -> None:
    """Every login: partner, user name, created, last used, revoked."""
    from storage.smtp_credentials import list_logins

    with unit_of_work() as session:
        for login in list_logins(session):
            record = {"partner": login.partner_id, "username": login.username,
                      "created_at": login.created_at, "last_used_at": login.last_used_at,
                      "revoked_at": login.revoked_at}
            if as_json:
                print_json_line(record)
            else:
                typer.echo(f"{login.partner_id:<12} {login.username:<30} "
                           f"{'revoked' if login.revoked_at else 'active'}")
