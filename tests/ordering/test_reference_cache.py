"""Partner reference data in memory (intake.ordering.reference): trusted only while the
store's reference version stands, and that version moves with every change that matters
(the migration's triggers), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text, update

from intake.ordering.reference import api_key_record, partner_reference
from intake.partner_keys import revoke_key, split_key
from storage.db import session_scope
from storage.models import ApiKey, Contact, Partner, ProductMapping, ReferenceVersion, utcnow
from tests.api.conftest import new_key
from tests.ordering.test_create_order import create, order_data


def version(url: str) -> int:
    with session_scope(url) as session:
        return session.scalar(select(ReferenceVersion.version))


def changes_version(url: str, change) -> bool:
    before = version(url)
    with session_scope(url) as session:
        change(session)
    return version(url) != before


def test_every_change_of_reference_data_moves_the_version(settings):
    url = settings.database_url
    key = new_key(url, "groendus")
    contact_id = create(url, order_data())[0] and _groendus_contact(url)
    changes = {
        "partner": lambda s: setattr(s.get(Partner, "groendus"), "sandbox", True),
        "new sku": lambda s: s.add(ProductMapping(partner_id="groendus", partner_sku="N-1",
                                                  article="A-1")),
        "sku": lambda s: s.execute(update(ProductMapping).where(
            ProductMapping.partner_sku == "N-1").values(article="A-2")),
        "sku removed": lambda s: s.execute(text(
            "DELETE FROM product_mappings WHERE partner_sku = 'N-1'")),
        "key revoked": lambda s: revoke_key(s, split_key(key)[0]),
        "chain": lambda s: setattr(s.get(Contact, contact_id), "parent_organization_id",
                                   _other_contact(s)),
    }
    for what, change in changes.items():
        assert changes_version(url, change), what


def test_bookkeeping_and_customers_leave_the_version_alone(settings):
    url = settings.database_url
    new_key(url, "groendus")
    create(url, order_data())  # a customer contact, an order, its lines and events
    unchanged = {
        "key used": lambda s: s.execute(update(ApiKey).values(last_used_at=utcnow())),
        "order": lambda s: create(url, order_data(partner_order_id="GRD-2")),
        "customer": lambda s: s.execute(update(Contact).where(
            Contact.contact_type == "person").values(city="Zeist")),
    }
    for what, change in unchanged.items():
        assert not changes_version(url, change), what


def test_what_is_held_follows_the_store(settings):
    url = settings.database_url
    with session_scope(url) as session:
        first = partner_reference(session, "groendus")
        assert partner_reference(session, "groendus") is first  # held, not read again
        assert "GRO-NEW-1" not in first.skus
    with session_scope(url) as session:
        session.add(ProductMapping(partner_id="groendus", partner_sku="gro-new-1",
                                   article="ALF-NEW"))
    with session_scope(url) as session:
        assert partner_reference(session, "groendus").skus["GRO-NEW-1"] == ("ALF-NEW", None)


def test_a_change_in_the_same_transaction_counts_at_once(settings):
    url = settings.database_url
    with session_scope(url) as session:
        assert not partner_reference(session, "groendus").row["sandbox"]
        session.get(Partner, "groendus").sandbox = True  # not flushed yet
        assert partner_reference(session, "groendus").row["sandbox"]


def test_a_rolled_back_change_is_not_kept(settings):
    url = settings.database_url
    with pytest.raises(RuntimeError), session_scope(url) as session:
        session.get(Partner, "groendus").sandbox = True
        assert partner_reference(session, "groendus").row["sandbox"]
        raise RuntimeError("changed my mind")
    with session_scope(url) as session:
        assert not partner_reference(session, "groendus").row["sandbox"]


def test_keys_are_held_with_their_revocation(settings):
    url = settings.database_url
    key = new_key(url, "groendus")
    prefix = split_key(key)[0]
    with session_scope(url) as session:
        assert api_key_record(session, prefix).revoked_at is None
        assert api_key_record(session, "cci_live_nosuchky") is None
    with session_scope(url) as session:
        session.execute(update(ApiKey).where(ApiKey.prefix == prefix)
                        .values(revoked_at=utcnow() + timedelta(hours=1)))
    with session_scope(url) as session:
        assert api_key_record(session, prefix).revoked_at is not None


def _groendus_contact(url: str) -> str:
    with session_scope(url) as session:
        return session.get(Partner, "groendus").contact_id


def _other_contact(session) -> str:
    contact = Contact(contact_type="organization", name="Holding")
    session.add(contact)
    session.flush()
    return contact.id
