"""Finding or creating the contacts an order needs (the seed's "Contact Management")."""

from __future__ import annotations

import re

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from extraction.schema import Customer
from storage.models import Contact, Partner

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
    contact = Contact(
        contact_type=customer_contact_type(customer.name),
        name=customer.name or customer.email or customer.phone or "(unknown)",
        email=customer.email,
        phone=customer.phone,
        street=address.street,
        house_number=address.house_number,
        postal_code=address.postal_code,
        city=address.city,
    )
    session.add(contact)
    session.flush()
    return contact, True


def _find_by_email_or_phone(
    session: Session, email: str | None, phone: str | None
) -> Contact | None:
    conditions = []
    if email:
        conditions.append(Contact.email == email.lower())
    if phone:
        conditions.append(Contact.phone == phone)
    if not conditions:
        return None
    return session.scalars(
        select(Contact)
        .where(Contact.contact_type.in_(("person", "organization")), or_(*conditions))
        .where(Contact.id.not_in(select(Partner.contact_id)))
        .order_by(Contact.created_at)
    ).first()


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


def channel_chain(session: Session, partner: Partner) -> list[Contact]:
    """The partner's organization and its parents, master partner first."""
    chain: list[Contact] = []
    contact: Contact | None = partner.contact
    while contact is not None and contact not in chain:  # a cycle must not loop forever
        chain.append(contact)
        contact = session.get(Contact, contact.parent_organization_id) if (
            contact.parent_organization_id
        ) else None
    return list(reversed(chain))
