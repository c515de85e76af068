"""Review items for the tests: a message stored as the SMTP listener stores it, parsed,
and waiting for a validator with the extractor's proposal, as the store step leaves it."""

from __future__ import annotations

import hashlib
import uuid
from email.message import EmailMessage

from extraction.parsed import AttachmentInfo, ParsedMessage, TextSource
from extraction.schema import ExtractionResult
from intake.review.users import add_user
from storage.db import session_scope
from storage.messages import store_raw_message
from storage.models import InboundMessage, ReviewItem

PASSWORD = "correct horse battery"
PDF = b"%PDF-1.4\n% werkbon\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"

BODY = """Beste ChargeCars,

Graag een laadpaal voor onderstaande klant.

Ordernummer: GRD-2025-04817
Naam: Sanne de Vries
E-mail: sanne.devries@gmail.com
Mobiel nr.: 06-1234 5678
Adres: Biltstraat 14A, 3572 AB Utrecht
Product: GRO-ALFEN-11 (1x), GRO-INSTALL-3 (1x)

Met vriendelijke groet,
Groendus Orders
"""


def order_dict(**overrides) -> dict:
    order = {
        "partner_order_id": "GRD-2025-04817",
        "customer": {
            "name": "Sanne de Vries", "email": "sanne.devries@gmail.com", "phone": "+31612345678",
            "address": {"street": "Biltstraat", "house_number": "14A",
                        "postal_code": "3572 AB", "city": "Utrecht"},
        },
        "products": [{"partner_sku": "GRO-ALFEN-11", "quantity": 1, "description": "Alfen Eve"},
                     {"partner_sku": "GRO-INSTALL-3", "quantity": 1, "description": "Installatie"}],
        "installation_preferences": {"preferred_date": None, "notes": None},
        "partner_references": {},
        "confidence": 0.72,
        "field_confidence": {"partner_order_id": 0.97, "customer.name": 0.95,
                             "customer.email": 0.96, "customer.phone": 0.55,
                             "customer.address.postal_code": 0.93},
        "evidence": {"customer.phone": {"source": "body", "position": 0,
                                        "snippet": "Mobiel nr.: 06-1234 5678"},
                     "customer.name": {"source": "body", "position": 0,
                                       "snippet": "Naam: Sanne de Vries"}},
    }
    order.update(overrides)
    return order


def proposal(kind="order", orders=None, partner="groendus", **extra) -> dict:
    orders = [order_dict()] if orders is None and kind == "order" else (orders or [])
    return ExtractionResult(kind=kind, partner=partner, orders=orders, confidence=0.72,
                            route="review", **extra).model_dump(mode="json")


def raw_email(subject: str, body: str = BODY, html: str | None = None,
              sender: str = "orders@groendus.nl", attach_pdf: bool = True) -> bytes:
    message = EmailMessage()
    message["From"] = f"Groendus Orders <{sender}>"
    message["To"] = "groendus@orders.chargecars.nl"
    message["Subject"] = subject
    message["Message-ID"] = f"<{uuid.uuid4().hex}@groendus.nl>"
    message["Date"] = "Tue, 24 Nov 2026 09:15:00 +0100"
    message.set_content(body)
    if html:
        message.add_alternative(html, subtype="html")
    if attach_pdf:
        message.add_attachment(PDF, maintype="application", subtype="pdf",
                               filename="werkbon.pdf")
    return message.as_bytes()


def parsed_for(raw: bytes, subject: str, body: str = BODY, html: str | None = None) -> dict:
    """What the parser makes of ``raw_email`` (written out here, so these tests do not
    depend on the parser's details)."""
    attachments = [AttachmentInfo(
        name="werkbon.pdf", content_type="application/pdf", declared_type="application/pdf",
        size=len(PDF), sha256=hashlib.sha256(PDF).hexdigest(), position=2, text_extracted=True)]
    sources = [TextSource(kind="body_text", name="body", position=1, text=body),
               TextSource(kind="attachment", name="werkbon.pdf", position=2,
                          content_type="application/pdf", text="Werkbon GRD-2025-04817")]
    return ParsedMessage(
        message_id="<x@groendus.nl>", subject=subject, from_address="orders@groendus.nl",
        from_name="Groendus Orders", to_addresses=["groendus@orders.chargecars.nl"],
        date="2026-11-24T09:15:00+01:00", content_type="multipart/mixed",
        headers=[("From", "Groendus Orders <orders@groendus.nl>"), ("Subject", subject)],
        sources=sources, attachments=attachments, display_html=html,
    ).model_dump(mode="json")


def add_review_item(
    url: str, subject: str = "Nieuwe order GRD-2025-04817", *, partner: str | None = "groendus",
    proposal_json: dict | None = None, reasons: list[str] | None = None,
    weak_fields: list[str] | None = None, html: str | None = None,
) -> int:
    """A message waiting for review, as ``open_review_item`` leaves it; returns the item id."""
    raw = raw_email(subject, html=html)
    with session_scope(url) as session:
        stored = store_raw_message(
            session, raw=raw, channel="smtp", partner_id=partner,
            envelope_from="orders@groendus.nl", envelope_to=["groendus@orders.chargecars.nl"],
            message_id=None)
        message = session.get(InboundMessage, stored.id)
        message.parsed = parsed_for(raw, subject, html=html)
        message.state = "review"
        result = proposal_json or proposal(partner=partner)
        item = ReviewItem(
            inbound_message_id=message.id, partner_id=partner, proposal=result,
            reasons=reasons or ["low_confidence: customer.phone 0.55"],
            weak_fields=weak_fields if weak_fields is not None else ["orders[0].customer.phone"],
            confidence=result.get("confidence"), state="open",
        )
        session.add(item)
        session.flush()
        return item.id


def add_users(url: str) -> None:
    with session_scope(url) as session:
        add_user(session, "anna", PASSWORD, "validator")
        add_user(session, "bram", PASSWORD, "validator")
        add_user(session, "root", PASSWORD, "admin")
