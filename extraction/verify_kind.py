"""Confidence for what a message is, and for things that hold the whole message back.

"Not an order" may be archived without a person only when nothing in the newest text looks
like customer data; a cancellation or status question only when the order it refers to is
written in the newest text (not only in quoted history) and no new order hides in it.
"""

from __future__ import annotations

from extraction.evidence import Locator
from extraction.offline.draft import Draft
from extraction.offline.kind import KindDecision
from extraction.parsed import ParsedMessage

MACHINE_MAIL = 0.95  # auto-reply, delivery report: they answer; they do not order
NOTHING_TO_DO = 0.92  # a question or announcement with no customer data in it
REFERENCE_FOUND = 0.95
DOUBT = 0.50
NO_REFERENCE = 0.30
UNREADABLE = 0.50

_DOCUMENT_TYPES = ("pdf", "sheet", "excel", "word", "document", "csv", "json", "msword", "rtf")


def kind_confidence(decision: KindDecision, refers_to: str | None, locator: Locator,
                    drafts: list[Draft]) -> tuple[float, list[str]]:
    reasons = list(decision.reasons)
    if decision.kind == "other":
        if decision.machine in ("auto-reply", "delivery report"):
            return MACHINE_MAIL, reasons
        if decision.order_like:
            return DOUBT, [*reasons, ("kind: a notice or bulk mail, not an order, but it holds "
                                      "an order's details")]
        if decision.customer_data:
            return DOUBT, [*reasons, ("kind: not read as an order, but the newest text holds "
                                      "customer details (postcode, phone or email)")]
        if decision.mentions and decision.machine is None and not decision.notice:
            named = ", ".join(decision.mentions[:3])
            return DOUBT, [*reasons, (f"kind: not read as an order, cancellation or status "
                           f"question, but it names {named}: it may need an answer")]
        return (MACHINE_MAIL if decision.machine else NOTHING_TO_DO), reasons
    if not refers_to:
        return NO_REFERENCE, reasons or ["refers_to: no order id found"]
    newest = [line for line in locator.find("partner_order_id", refers_to) if line.depth == 0]
    if not newest:
        return NO_REFERENCE, [*reasons, "refers_to: not written in the newest text"]
    if _new_order_inside(drafts):
        what = decision.kind.replace("_", " ")
        return DOUBT, [*reasons, f"kind: reads as a {what} but also holds a new order's details"]
    return REFERENCE_FOUND, reasons


def _new_order_inside(drafts: list[Draft]) -> bool:
    """Products, or both email and phone, in the newest text: more than a reference."""
    for draft in drafts:
        if draft.depth != 0 or not draft.is_substantial():
            continue
        if draft.products or (draft.get("customer.email") and draft.get("customer.phone")):
            return True
    return False


def message_holds(parsed: ParsedMessage, kind: str,
                  truncated: list[str] = ()) -> tuple[float, list[str]]:
    """Parser problems and unreadable documents: an order may be in what we could not read."""
    reasons = [f"parsing: {problem}" for problem in parsed.problems]
    reasons += [f"text of {name!r} too long to read in full" for name in truncated]
    for attachment in parsed.attachments:
        if attachment.text_extracted:
            continue
        ctype = attachment.content_type.lower()
        is_document = any(t in ctype for t in _DOCUMENT_TYPES)
        is_image = ctype.startswith("image/")
        # A small image in an order we could read is a logo; anywhere else it may be a scan.
        if is_document or (is_image and (kind != "order" or attachment.size > 200_000)):
            note = f" ({attachment.note})" if attachment.note else ""
            reasons.append(f"attachment {attachment.name!r} could not be read{note}")
    return (UNREADABLE if reasons else 1.0), reasons
