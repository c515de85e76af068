"""``intake messages list`` and ``intake replay``: the inbound messages and their states."""

from __future__ import annotations

import typer
from sqlalchemy import select

from intake.cli import CliError, app
from intake.cli.common import print_json_line, unit_of_work
from storage.messages import replay_message
from storage.models import InboundMessage

messages_app = typer.Typer(help="Inbound messages.", no_args_is_help=True)
app.add_typer(messages_app, name="messages")


def message_record(message: InboundMessage) -> dict:
    return {
        "id": message.id,
        "channel": message.channel,
        "partner": message.partner_id,
        "message_id": message.message_id_header,
        "state": message.state,
        "received_at": message.received_at,
        "size": message.size,
        "sha256": message.sha256,
        "duplicates": message.duplicate_count,
        "error": message.error,
    }


@messages_app.command("list")
def list_command(
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line"),
    state: str = typer.Option(None, help="Only messages in this state"),
) -> None:
    """List stored inbound messages, oldest first."""
    with unit_of_work() as session:
        query = select(InboundMessage).order_by(InboundMessage.id)
        if state:
            query = query.where(InboundMessage.state == state)
        for message in session.scalars(query):
            if as_json:
                print_json_line(message_record(message))
            else:
                typer.echo(f"{message.id:>6}  {message.channel:<7} {message.partner_id or '-':<10}"
                           f" {message.state:<9} {message.error or ''}")


@app.command("replay")
def replay(message_ids: list[int] = typer.Argument(..., help="Failed message ids")) -> None:
    """Send failed messages through the pipeline again, from the step that failed."""
    with unit_of_work() as session:
        for message_id in message_ids:
            try:
                message = replay_message(session, message_id, actor="cli")
            except (LookupError, ValueError) as exc:
                raise CliError(str(exc)) from None
            typer.echo(f"message {message_id} queued again at {message.state}")
