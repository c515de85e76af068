"""``intake imap``: the IMAP poller (no subcommand) and ``intake imap status``."""

from __future__ import annotations

import typer

from intake.cli import CliError, app
from intake.cli.common import print_json_line, settings, unit_of_work

imap_app = typer.Typer(help="The IMAP poller (no subcommand) and its mailboxes' status.")
app.add_typer(imap_app, name="imap")


@imap_app.callback(invoke_without_command=True)
def imap(ctx: typer.Context) -> None:
    """Read the mailboxes of INTAKE_IMAP_URLS; `intake imap status` shows how that goes."""
    if ctx.invoked_subcommand is None:
        from intake.imap.after_store import AfterStoreError
        from intake.imap.mailbox_url import MailboxUrlError
        from intake.processes import run_imap

        try:
            run_imap(settings())
        except (MailboxUrlError, AfterStoreError) as exc:
            raise CliError(str(exc)) from None


@imap_app.command("status")
def status(
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line"),
    check: bool = typer.Option(False, "--check",
                               help="Exit 1 when a mailbox is stale (for monitoring)"),
) -> None:
    """Each mailbox: ok, failing, stale or never_read, with its last success and error."""
    from intake.imap.mailbox_url import MailboxUrlError, parse_imap_urls
    from intake.imap.status import ALERT_STATUSES, status_record
    from storage.mailboxes import mailbox_states
    from storage.models import utcnow

    current = settings()
    try:
        configured = {c.name: c for c in parse_imap_urls(current.imap_urls)}
    except MailboxUrlError as exc:
        raise CliError(str(exc)) from None
    with unit_of_work() as session:
        states = {s.mailbox: s for s in mailbox_states(session)}
        now = utcnow()
        records = [
            status_record(name, states.get(name), now, current.imap_stale_after_s,
                          configured=name in configured,
                          partner=configured[name].partner_id if name in configured else None)
            for name in sorted(set(configured) | set(states))
        ]
    for record in records:
        if as_json:
            print_json_line(record)
        else:
            typer.echo(f"{record['status']:<10} {record['mailbox']}"
                       f"{'' if record['configured'] else ' (not configured)'}  "
                       f"last read {record['last_success_at'] or 'never'}"
                       + (f"  error: {record['last_error']}" if record["status"] != "ok"
                          and record["last_error"] else ""))
    if check and any(r["status"] in ALERT_STATUSES for r in records if r["configured"]):
        raise typer.Exit(1)
