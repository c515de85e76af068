"""``intake purge``: the GDPR retention purge of raw messages and attachments."""

from __future__ import annotations

import typer

from intake.cli import app
from intake.cli.common import settings, unit_of_work
from intake.retention import carry_out_purge, plan_purge


@app.command("purge")
def purge(
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would go; change nothing"),
    days: int = typer.Option(None, "--days", help="Override INTAKE_RETENTION_DAYS"),
) -> None:
    """Purge raw messages and attachments older than the retention time; orders stay."""
    retention = days if days is not None else settings().retention_days
    with unit_of_work() as session:
        plan = plan_purge(session, retention)
        verb = "would purge" if dry_run else "purged"
        typer.echo(
            f"{verb} {len(plan.message_ids)} messages ({plan.raw_bytes / 1e6:.1f} MB raw) and "
            f"{len(plan.outbox_ids)} partner email bodies received before "
            f"{plan.cutoff:%Y-%m-%d %H:%M} UTC ({retention} days)"
        )
        if plan.webhook_receipts:
            typer.echo(f"{verb} {plan.webhook_receipts} inbound webhook ids older than a day "
                       "(their replays are refused by timestamp)")
        if plan.kept_unfinished:
            typer.echo(f"kept {plan.kept_unfinished} older messages that still wait for a "
                       "validator or a replay")
        if dry_run:
            for message_id in plan.message_ids[:50]:
                typer.echo(f"  message {message_id}")
            if len(plan.message_ids) > 50:
                typer.echo(f"  … and {len(plan.message_ids) - 50} more")
            return  # plan_purge only reads: nothing to undo
        carry_out_purge(session, plan, actor="cli")
