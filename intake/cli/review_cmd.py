"""``intake review list``: what waits for a validator."""

from __future__ import annotations

import typer
from sqlalchemy import select

from intake.cli import app
from intake.cli.common import print_json_line, settings, unit_of_work
from storage.models import InboundMessage, ReviewItem

review_app = typer.Typer(help="The validators' review app (no subcommand) and its queue.")
app.add_typer(review_app, name="review")


@review_app.callback(invoke_without_command=True)
def review(ctx: typer.Context) -> None:
    """Run the review web app; `intake review list` shows the queue instead."""
    if ctx.invoked_subcommand is None:
        from intake.processes import run_review_app

        run_review_app(settings())


def review_record(item: ReviewItem, message: InboundMessage) -> dict:
    return {
        "id": item.id,
        "message_id": item.inbound_message_id,
        "partner": item.partner_id,
        "state": item.state,
        "reasons": item.reasons,
        "weak_fields": item.weak_fields,
        "confidence": item.confidence,
        "kind": (item.proposal or {}).get("kind"),
        "orders": len((item.proposal or {}).get("orders") or []),
        "subject": (message.parsed or {}).get("subject"),
        "received_at": message.received_at,
        "created_at": item.created_at,
    }


@review_app.command("list")
def list_command(
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line"),
) -> None:
    """Messages waiting for review, oldest first."""
    with unit_of_work() as session:
        rows = session.execute(
            select(ReviewItem, InboundMessage)
            .join(InboundMessage, ReviewItem.inbound_message_id == InboundMessage.id)
            .where(ReviewItem.state == "open")
            .order_by(ReviewItem.created_at, ReviewItem.id)
        )
        for item, message in rows:
            if as_json:
                print_json_line(review_record(item, message))
            else:
                typer.echo(f"{item.id:>6}  {item.partner_id or '-':<10} "
                           f"{'; '.join(item.reasons)[:80]}")
