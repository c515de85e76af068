"""``intake orders set-status``: record a status change and say what the partner will hear."""

from __future__ import annotations

from datetime import date

import typer

from intake.cli import CliError
from intake.cli.common import print_json_line, unit_of_work
from intake.lifecycle import InvalidStatusChange, UnknownStatus, change_status, find_order


def set_status(
    reference: str, status: str, *, partner: str | None, date_text: str | None,
    installer: str | None, note: str | None, actor: str, as_json: bool,
) -> None:
    scheduled = _parse_date(date_text)
    with unit_of_work() as session:
        order = find_order(session, reference, partner)
        if order is None:
            where = f" of partner {partner}" if partner else ""
            raise CliError(f"no order {reference!r}{where}")
        try:
            change = change_status(session, order, status, actor=actor, scheduled_date=scheduled,
                                   installer=installer, note=note)
        except (UnknownStatus, InvalidStatusChange) as exc:
            raise CliError(str(exc)) from None
        record = change.as_record()
    if as_json:
        print_json_line(record)
    elif record["recorded"]:
        told = "; ".join(_describe(n) for n in record["notifications"]) or "nobody to tell"
        typer.echo(f"{record['order_number']} {record['status']} (event {record['event_id']}): "
                   f"{told}")
    else:
        typer.echo(f"{record['order_number']} is already {record['status']} with these "
                   "details; nothing recorded")


def _describe(notification: dict) -> str:
    what = notification["kind"] + (f" {notification['template']}" if notification["template"]
                                   else "")
    if notification["state"] == "skipped":
        return f"{what} skipped ({notification['reason']})"
    return f"{what} queued"


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"--date {text!r} is not a date (YYYY-MM-DD)") from None
