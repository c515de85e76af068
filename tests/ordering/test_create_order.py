"""The seed's business rules for creating an order, on both databases."""

from __future__ import annotations

from sqlalchemy import func, select

from extraction.schema import Order as OrderData
from intake.ordering import OrderSource, create_order
from storage.db import session_scope
from storage.models import AuditEntry, Commission, Contact, Order, Partner, StatusEvent


def order_data(**overrides) -> OrderData:
    data = {
        "partner_order_id": "GRD-2025-04817",
        "customer": {
            "name": "Sanne de Vries", "email": "sanne.devries@gmail.com", "phone": "+31612345678",
            "address": {"street": "Biltstraat", "house_number": "14A",
                        "postal_code": "3572 AB", "city": "Utrecht"},
        },
        "products": [
            {"partner_sku": "GRO-ALFEN-11", "quantity": 1, "description": "Alfen Eve"},
            {"partner_sku": "GRO-INSTALL-3", "quantity": 1, "description": "Installatie"},
        ],
        "installation_preferences": {"preferred_date": "2025-07-21", "notes": "Meterkast"},
        "partner_references": {"customer_account": "7700123456"},
    }
    data.update(overrides)
    return OrderData.model_validate(data)


def create(url, data, partner="groendus", message_id=None, index=0):
    with session_scope(url) as session:
        outcome = create_order(
            session, session.get(Partner, partner), data,
            OrderSource(channel="smtp", actor="worker", message_id=message_id, index=index),
        )
        return outcome.order.id, outcome.created


def test_order_gets_contacts_channel_number_lines_and_metadata(settings):
    url = settings.database_url
    order_id, created = create(url, order_data())
    assert created
    with session_scope(url) as session:
        order = session.get(Order, order_id)
        partner = session.get(Partner, "groendus")
        customer = session.get(Contact, order.end_customer_contact_id)
        assert order.order_number.startswith("CC-") and order.status == "received"
        assert order.account_contact_id == partner.contact_id
        assert partner.contact.contact_type == "organization"
        assert order.channel_contact_ids == [partner.contact_id]
        assert customer.contact_type == "person" and customer.email == "sanne.devries@gmail.com"
        assert order.partner_metadata["partner_order_id"] == "GRD-2025-04817"
        assert order.partner_metadata["partner_references"]["customer_account"] == "7700123456"
        assert [(l.partner_sku, l.article, l.unmapped) for l in order.lines] == [
            ("GRO-ALFEN-11", "ALF-EVE-S-11KW", False), ("GRO-INSTALL-3", "INST-BASIC-3P", False)]
        assert not order.needs_manual_intervention and order.flags == []
        assert session.scalar(select(func.count(StatusEvent.id))) == 1
        commission = session.scalars(select(Commission)).one()
        assert (commission.commission_level, commission.commission_rate) == (1, 5.0)


def test_same_partner_order_id_returns_the_existing_order_and_logs_it(settings):
    url = settings.database_url
    first_id, _ = create(url, order_data())
    again_id, created = create(url, order_data(customer={"name": "Someone Else"}))
    assert (again_id, created) == (first_id, False)
    with session_scope(url) as session:
        assert session.scalar(select(func.count(Order.id))) == 1
        assert session.scalars(
            select(AuditEntry).where(AuditEntry.action == "order_duplicate")).one()


def test_same_order_id_at_another_partner_is_another_order(settings):
    url = settings.database_url
    first_id, _ = create(url, order_data())
    other_id, created = create(url, order_data(products=[]), partner="essent")
    assert created and other_id != first_id


def test_same_email_or_phone_means_the_same_customer(settings):
    url = settings.database_url
    first_id, _ = create(url, order_data())
    by_phone = order_data(partner_order_id="GRD-2", customer={
        "name": "S. de Vries", "email": "other@example.nl", "phone": "+31612345678",
        "address": {"postal_code": "3572 AB"}})
    second_id, _ = create(url, by_phone)
    with session_scope(url) as session:
        first, second = session.get(Order, first_id), session.get(Order, second_id)
        assert first.end_customer_contact_id == second.end_customer_contact_id
        assert session.scalar(select(func.count(Contact.id)).where(
            Contact.contact_type == "person")) == 1


def test_company_customer_is_an_organization(settings):
    data = order_data(customer={"name": "Bakkerij Jansen B.V.", "email": "info@jansen.nl",
                                "address": {"postal_code": "1011 AB"}})
    order_id, _ = create(settings.database_url, data)
    with session_scope(settings.database_url) as session:
        contact = session.get(Contact, session.get(Order, order_id).end_customer_contact_id)
        assert contact.contact_type == "organization"


def test_unmapped_sku_still_makes_the_order_with_note_and_flag(settings):
    data = order_data(products=[{"partner_sku": "GRO-UNKNOWN-9", "quantity": 2}])
    order_id, created = create(settings.database_url, data)
    assert created
    with session_scope(settings.database_url) as session:
        order = session.get(Order, order_id)
        assert order.lines[0].unmapped and order.lines[0].article is None
        assert "unmapped_sku" in order.flags and order.needs_manual_intervention
        assert any("GRO-UNKNOWN-9" in note for note in order.notes)


def test_invalid_postcode_keeps_the_original_address_and_flags_it(settings):
    data = order_data(customer={"name": "X", "email": "x@example.nl",
                                "address": {"street": "Dorpsstraat", "postal_code": "35721"}})
    order_id, _ = create(settings.database_url, data)
    with session_scope(settings.database_url) as session:
        order = session.get(Order, order_id)
        assert order.original_address["postal_code"] == "35721"
        assert "invalid_address" in order.flags and order.needs_manual_intervention


def test_channel_hierarchy_and_commissions_per_level(settings):
    url = settings.database_url
    with session_scope(url) as session:
        master = session.get(Partner, "groendus")
        regional = Partner(id="groendus-zuid", name="Groendus Zuid",
                           contact=Contact(contact_type="organization", name="Groendus Zuid",
                                           parent_organization_id=master.contact_id))
        dealer = Partner(id="dealer-eindhoven", name="Dealer Eindhoven",
                         contact=Contact(contact_type="organization", name="Dealer Eindhoven"))
        session.add_all([regional, dealer])
        session.flush()
        dealer.contact.parent_organization_id = regional.contact_id
        chain = [master.contact_id, regional.contact_id, dealer.contact_id]
    order_id, _ = create(url, order_data(), partner="dealer-eindhoven")
    with session_scope(url) as session:
        order = session.get(Order, order_id)
        assert order.channel_contact_ids == chain
        commissions = session.scalars(
            select(Commission).where(Commission.order_id == order_id)
            .order_by(Commission.commission_level)).all()
        assert [(c.beneficiary_contact_id, c.commission_level, c.commission_rate)
                for c in commissions] == [(chain[0], 1, 5.0), (chain[1], 2, 3.0), (chain[2], 3, 2.0)]


def test_one_message_makes_each_of_its_orders_once_even_without_order_ids(settings):
    url = settings.database_url
    from storage.messages import store_raw_message
    with session_scope(url) as session:
        message_id = store_raw_message(session, raw=b"x", channel="smtp", partner_id="alva",
                                       envelope_from="a@alva-charging.nl", envelope_to=[],
                                       message_id="<m@x>").id
    data = order_data(partner_order_id=None)
    first, created = create(url, data, partner="alva", message_id=message_id, index=0)
    again, created_again = create(url, data, partner="alva", message_id=message_id, index=0)
    assert created and not created_again and again == first
