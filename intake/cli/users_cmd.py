"""``intake users …``: who may log in to the review app, and as what."""

from __future__ import annotations

import getpass
import sys

import typer

from intake.cli import CliError, app
from intake.cli.common import print_json_line, unit_of_work
from intake.review.users import ROLES, UserError, add_user, list_users, set_active, set_password

users_app = typer.Typer(help="Review-app users (validators and admins).", no_args_is_help=True)
app.add_typer(users_app, name="users")


def read_password() -> str:
    """The first line of standard input; asked for twice when a person types it."""
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != first:
            raise CliError("the two passwords differ")
        return first
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise CliError("no password on standard input (echo PASSWORD | intake users add …)")
    return line


@users_app.command("add")
def add(
    name: str = typer.Argument(..., help="Username (case-insensitive; the e-mail address for "
                                         "OpenID Connect users)"),
    role: str = typer.Option("validator", "--role", help=" | ".join(ROLES)),
    no_password: bool = typer.Option(False, "--no-password",
                                     help="Log in only through OpenID Connect"),
) -> None:
    """Add a user; the password is read from standard input."""
    password = None if no_password else read_password()
    try:
        with unit_of_work() as session:
            user = add_user(session, name, password, role, actor="cli")
            typer.echo(f"user {user.username} added as {user.role}")
    except UserError as exc:
        raise CliError(str(exc)) from None


@users_app.command("passwd")
def passwd(name: str = typer.Argument(..., help="Username")) -> None:
    """Set a user's password, read from standard input."""
    password = read_password()
    try:
        with unit_of_work() as session:
            set_password(session, name, password, actor="cli")
    except UserError as exc:
        raise CliError(str(exc)) from None
    typer.echo("password set")


@users_app.command("disable")
def disable(name: str = typer.Argument(..., help="Username")) -> None:
    """Stop a user from logging in (the user and their decisions stay on record)."""
    try:
        with unit_of_work() as session:
            set_active(session, name, False, actor="cli")
    except UserError as exc:
        raise CliError(str(exc)) from None
    typer.echo("user disabled")


@users_app.command("list")
def list_command(as_json: bool = typer.Option(False, "--json", help="One JSON object per line")):
    """Users, their roles and whether they may log in."""
    with unit_of_work() as session:
        for user in list_users(session):
            record = {"username": user.username, "role": user.role, "active": user.active,
                      "created_at": user.created_at}
            if as_json:
                print_json_line(record)
            else:
                typer.echo(f"{user.username:<30} {user.role:<10} "
                           f"{'active' if user.active else 'disabled'}")
