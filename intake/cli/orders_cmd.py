"""``intake orders …``: what the store holds."""

from __future__ import annotations

import typer

from intake.cli import app
from intake.cli.common import print_json_line, unit_of_work
from storage.models import Contact, Order
from storage.orders import list_orders

orders_app = typer.Typer(help="Orders in the store.", no_args_is_help=True)
app.add_typer(orders_app, name="orders")


def order_record(order: Order, customer: Contact | None) -> dict:
    return {
        "order_number": order.order_number,
        "id": order.id,
        "partner": order.partner_id,
        "partner_order_id": order.partner_order_id,
        "status": order.status,
        "channel": order.channel,
        "account_contact_id": order.account_contact_id,
        "end_customer_contact_id": order.end_customer_contact_id,
        "channel_contact_ids": order.channel_contact_ids,
        "customer": None if customer is None else {
            "name": customer.name, "email": customer.email, "phone": customer.phone,
            "address": {"street": customer.street, "house_number": customer.house_number,
                        "postal_code": customer.postal_code, "city": customer.city},
        },
        "lines": [
            {"partner_sku": line.partner_sku, "article": line.article,
             "quantity": line.quantity, "description": line.description,
             "unmapped": line.unmapped}
            for line in order.lines
        ],
        "preferred_date": order.preferred_date,
        "partner_metadata": order.partner_metadata,
        "flags": order.flags,
        "notes": order.notes,
        "needs_manual_intervention": order.needs_manual_intervention,
        "sandbox": order.sandbox,
        "source_message_id": order.source_message_id,
        "created_by": order.created_by,
        "created_at": order.created_at,
    }


@orders_app.command("list")
def list_command(
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line"),
    limit: int = typer.Option(0, help="At most this many (0: all)"),
) -> None:
    """List orders, oldest first."""
    with unit_of_work() as session:
        for order in list_orders(session, limit or None):
            customer = session.get(Contact, order.end_customer_contact_id)
            if as_json:
                print_json_line(order_record(order, customer))
            else:
                typer.echo(f"{order.order_number}  {order.partner_id:<10} "
                           f"{order.partner_order_id or '-':<18} {order.status}")


@orders_app.command("set-status")
def set_status_command(
    order: str = typer.Argument(..., help="CC order number (or partner order id, --partner)"),
    status: str = typer.Argument(..., help="received, quote_sent, customer_approved, "
                                 "installation_scheduled (scheduled), installation_completed "
                                 "(completed), on_hold, cancelled"),
    partner: str = typer.Option(None, "--partner", help="ORDER is this partner's own order id"),
    date: str = typer.Option(None, "--date", help="Installation date, YYYY-MM-DD"),
    installer: str = typer.Option(None, "--installer", help="Installer team"),
    note: str = typer.Option(None, "--note", help="Internal note (not sent to the partner)"),
    actor: str = typer.Option("cli", "--actor", help="Who makes the change, for the audit"),
    as_json: bool = typer.Option(False, "--json", help="One JSON object"),
) -> None:
    """Record a status change; the partner hears of it by webhook and/or email."""
    from intake.cli.status_change import set_status

    set_status(order, status, partner=partner, date_text=date, installer=installer, note=note,
               actor=actor, as_json=as_json)
