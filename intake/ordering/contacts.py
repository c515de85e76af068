"""Finding or creating the contacts an order needs (the seed's "Contact Management")."""

from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from extraction.schema import Customer
from storage.loaded import attach_loaded
from storage.models import Contact, Partner
from storage.rows import autoflush, insert_new

# Words that make an end customer an organization rather than a person.
_ORGANIZATION_WORDS = re.compile(
    r"\b(b\.?v\.?|n\.?v\.?|v\.?o\.?f\.?|vve|stichting|vereniging|gemeente|holding|bedrijf|"
    r"ltd|gmbh|inc|bvba|srl|coöperatie|cooperatie|transport|logistiek)\b",
    re.IGNORECASE,
)


def customer_contact_type(name: str | None) -> str:
    return "organization" if name and _ORGANIZATION_WORDS.search(name) else "person"


def find_or_create_customer(session: Session, customer: Customer) -> tuple[Contact, bool]:
    """The end customer's contact: the same email or phone means the same contact.

    An existing contact keeps what it has; blanks are filled from the new order.
    Returns the contact and whether it was created.
    """
    existing = _find_by_email_or_phone(session, customer.email, customer.phone)
    if existing is not None:
        _fill_blanks(existing, customer)
        return existing, False
    address = customer.address
    return insert_new(session, Contact, {
        "contact_type": customer_contact_type(customer.name),
        "name": customer.name or customer.email or customer.phone or "(unknown)",
        "email": customer.email,
        "phone": customer.phone,
        "street": address.street,
        "house_number": address.house_number,
        "postal_code": address.postal_code,
        "city": address.city,
    }), True


def _find_by_email_or_phone(
    session: Session, email: str | None, phone: str | None
) -> Contact | None:
    if not email and not phone:
        return None
    autoflush(session)
    values = {"email": email.lower() if email else None, "phone": phone}
    row = session.execute(_lookup(bool(email), bool(phone)), values).mappings().first()
    return attach_loaded(session, Contact, dict(row)) if row is not None else None


@lru_cache(maxsize=4)
def _lookup(by_email: bool, by_phone: bool):
    """The oldest contact with this email or phone that is not a partner's own; one
    statement per combination, so SQLAlchemy compiles each once. (Every contact is a
    person or an organization: the table's CHECK constraint.)"""
    contacts = Contact.__table__
    conditions = []
    if by_email:
        conditions.append(contacts.c.email == bindparam("email"))
    if by_phone:
        conditions.append(contacts.c.phone == bindparam("phone"))
    return (
        select(contacts)
        .where(or_(*conditions))
        .where(contacts.c.id.not_in(select(Partner.__table__.c.contact_id)))
        .order_by(contacts.c.created_at)
        .limit(1)
    )


def _fill_blanks(contact: Contact, customer: Customer) -> None:
    values = {
        "email": customer.email,
        "phone": customer.phone,
        "street": customer.address.street,
        "house_number": customer.address.house_number,
        "postal_code": customer.address.postal_code,
        "city": customer.address.city,
    }
    for name, value in values.items():
        if value and not getattr(contact, name):
            setattr(contact, name, value)
