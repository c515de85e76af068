"""``intake partners …``: partner reference data and onboarding."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import typer
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.cli import CliError, app
from intake.cli.common import print_json_line, settings, unit_of_work
from intake.partner_keys import UnknownKey, issue_key, revoke_key
from intake.partner_onboarding import (
    OnboardingError,
    add_partner,
    get_partner,
    import_skus,
    new_inbound_secret,
    parse_commission_rates,
    partner_record,
    set_callback,
    set_ip_allowlist,
    set_sandbox,
)
from intake.reference import ReferenceDataError, read_reference_file
from storage.models import Partner
from storage.partners import load_reference_data

partners_app = typer.Typer(help="Partners, their addresses, SKU mapping and keys.",
                           no_args_is_help=True)
app.add_typer(partners_app, name="partners")


def _note(text: str) -> None:
    """Operator hints go to stderr, so that stdout carries only the value asked for."""
    print(text, file=sys.stderr)


@partners_app.command("load")
def load(file: Path = typer.Argument(None, help="Partner reference file (YAML); "
                                             "default: INTAKE_PARTNERS_FILE")) -> None:
    """Create or update partners, their intake addresses and SKU mapping from FILE."""
    path = file or settings().partners_file
    try:
        data = read_reference_file(path)
    except ReferenceDataError as exc:
        raise CliError(str(exc)) from None
    with unit_of_work() as session:
        summary = load_reference_data(session, data)
    typer.echo(
        f"partners: {len(summary.partners_created)} created, "
        f"{len(summary.partners_updated)} updated; {summary.mappings} SKU mappings"
    )


@partners_app.command("add")
def add(
    partner_id: str = typer.Argument(..., help="Short id, e.g. groendus-utrecht"),
    name: str = typer.Option(..., "--name", help="The partner's name"),
    parent: str = typer.Option(None, "--parent", help="Parent partner in the channel"),
    sender_domain: list[str] = typer.Option([], "--sender-domain", help="Domain it mails from"),
    intake_address: list[str] = typer.Option([], "--intake-address",
                                             help="Our address that receives its mail"),
    sandbox: bool = typer.Option(False, "--sandbox", help="Orders never reach production"),
    threshold: float = typer.Option(None, "--threshold", help="Confidence for straight "
                                    "through (default INTAKE_CONFIDENCE_THRESHOLD)"),
    commission_rates: str = typer.Option(None, "--commission-rates",
                                         help="Percent per channel level, e.g. 5,3,2"),
) -> None:
    """Onboard a partner (an organization contact, under --parent if it has one)."""
    with _onboarding() as session:
        rates = parse_commission_rates(commission_rates) if commission_rates else None
        partner = add_partner(session, partner_id, name, parent=parent,
                              sender_domains=sender_domain, intake_addresses=intake_address,
                              sandbox=sandbox, threshold=threshold, commission_rates=rates)
        typer.echo(f"partner {partner.id} added{' (sandbox)' if sandbox else ''}")


@partners_app.command("key")
def key(
    partner_id: str = typer.Argument(...),
    rotate: bool = typer.Option(False, "--rotate", help="Revoke the partner's other keys"),
    grace_hours: float = typer.Option(0.0, "--grace-hours", help="With --rotate: the old "
                                      "keys keep working this long"),
) -> None:
    """Issue an API key: printed once on stdout, stored only as a hash."""
    if grace_hours < 0 or (grace_hours and not rotate):
        raise CliError("--grace-hours is a positive number of hours, with --rotate")
    with _onboarding() as session:
        issued = issue_key(session, get_partner(session, partner_id), rotate=rotate,
                           grace=timedelta(hours=grace_hours))
    typer.echo(issued.key)
    _note(f"API key {issued.prefix} for {partner_id}: it is shown only now; "
          "give it to the partner over a secure channel")


@partners_app.command("revoke")
def revoke(prefix: str = typer.Argument(..., help="The key's prefix, cci_live_xxxxxxxx")) -> None:
    """Revoke an API key at once."""
    with _onboarding() as session:
        try:
            revoked = revoke_key(session, prefix.strip())
        except UnknownKey as exc:
            raise CliError(str(exc)) from None
        typer.echo(f"key {revoked.prefix} of {revoked.partner_id} revoked")


@partners_app.command("webhook")
def webhook(
    partner_id: str = typer.Argument(...),
    url: str = typer.Option(..., "--url", help="Where status updates are POSTed"),
    secret: str = typer.Option(None, "--secret", help="Signing secret whsec_… (default: "
                               "keep the current one, or make one)"),
    new_secret: bool = typer.Option(False, "--new-secret", help="Make a new signing secret"),
) -> None:
    """Set the partner's status callback; prints the signing secret (whsec_…)."""
    with _onboarding() as session:
        signing = set_callback(session, get_partner(session, partner_id), url, secret,
                               new_secret)
    typer.echo(signing)
    _note(f"status webhooks for {partner_id} go to {url}, signed with the secret above")


@partners_app.command("inbound-secret")
def inbound_secret(partner_id: str = typer.Argument(...)) -> None:
    """A new secret the partner signs its webhooks to us with (the old one stops now)."""
    with _onboarding() as session:
        secret = new_inbound_secret(session, get_partner(session, partner_id))
    typer.echo(secret)
    _note(f"{partner_id} signs POST /webhooks/{partner_id}/orders with this secret")


@partners_app.command("ip-allowlist")
def ip_allowlist(
    partner_id: str = typer.Argument(...),
    networks: list[str] = typer.Argument(None, help="CIDRs or addresses; none: allow any"),
) -> None:
    """Accept the partner's webhooks only from these networks."""
    with _onboarding() as session:
        result = set_ip_allowlist(session, get_partner(session, partner_id), networks or [])
    typer.echo(f"{partner_id}: webhooks from {', '.join(result) if result else 'anywhere'}")


@partners_app.command("skus")
def skus(partner_id: str = typer.Argument(...),
         file: Path = typer.Argument(..., help="CSV: partner_sku,article,type")) -> None:
    """Import (create or update) the partner's SKU mapping from a CSV file."""
    with _onboarding() as session:
        count = import_skus(session, get_partner(session, partner_id), file)
    typer.echo(f"{partner_id}: {count} SKU mappings imported")


@partners_app.command("sandbox")
def sandbox(partner_id: str = typer.Argument(...),
            on: bool = typer.Option(..., "--on/--off", help="Sandbox mode")) -> None:
    """Sandbox mode: orders are marked sandbox and only cci_test_ keys work (and back)."""
    with _onboarding() as session:
        set_sandbox(session, get_partner(session, partner_id), on)
    typer.echo(f"{partner_id}: sandbox {'on' if on else 'off'}")
    _note("keys of the other mode stop working; issue one with `intake partners key`")


@partners_app.command("list")
def list_command(as_json: bool = typer.Option(False, "--json", help="One JSON object per line")
                 ) -> None:
    """Partners with their settings and key prefixes (never a secret)."""
    with unit_of_work() as session:
        for partner in session.scalars(select(Partner).order_by(Partner.id)):
            record = partner_record(session, partner)
            if as_json:
                print_json_line(record)
            else:
                live = sum(1 for k in record["api_keys"] if not k["revoked_at"])
                typer.echo(f"{partner.id:<16} {partner.name:<24} parent={record['parent'] or '-'}"
                           f" sandbox={'yes' if partner.sandbox else 'no'} keys={live}"
                           f" skus={record['skus']}")


@contextmanager
def _onboarding() -> Iterator[Session]:
    """A unit of work in which an OnboardingError becomes the operator's one-line error."""
    try:
        with unit_of_work() as session:
            yield session
    except OnboardingError as exc:
        raise CliError(str(exc)) from None
