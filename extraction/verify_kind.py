"""Confidence for what a message is, and for things that hold the whole message back.

"Not an order" may be archived without a person only when nothing in the newest text looks
like customer data; a cancellation or status question only when the order it refers to is
written in the newest text (not only in quoted history), or kept in the reply's subject of a
thread about that one order, and no new order hides in it.
"""

from __future__ import annotations

import re

from extraction.evidence import Locator
from extraction.offline.draft import Draft
from extraction.offline.kind import KindDecision
from extraction.offline.products import find_skus
from extraction.parsed import ParsedMessage
from extraction.partners import PartnerProfile

_ID_TOKEN = re.compile(r"(?<![\w-])([A-Za-z0-9]+(?:-[A-Za-z0-9]+)+)(?![\w-])")

MACHINE_MAIL = 0.95  # auto-reply, delivery report: they answer; they do not order
NOTHING_TO_DO = 0.92  # a question or announcement with no customer data in it
REFERENCE_FOUND = 0.95
REFERENCE_IN_SUBJECT = 0.92  # the id only in the reply's subject, and the thread holds no other
DOUBT = 0.50
NO_REFERENCE = 0.30
UNREADABLE = 0.50

# "Order GRD-... hoeft NIET geannuleerd te worden": the cancel word is there, the wish is
# the opposite. Only where the negation stands right before the word (or the annulment is
# itself withdrawn), so "wil toch niet meer: graag ... annuleren" still reads as it is.
_NEGATED_CANCEL = re.compile(
    r"\b(?:niet|geen|not|never|nooit)\s+(?:meer\s+)?(?:te\s+|to\s+)?(?:worden\s+|be\s+)?"
    r"(?:ge)?(?:annul|cancel|afzeg|afgezegd|intrek|ingetrokken|storn)"
    # "geen annuleringskosten", "no cancellation fee": a charge that is waived, no wish.
    r"(?![a-z]{0,12}(?:kosten|voorwaarde|fee|charge|cost|polic|termijn))"
    r"|\bhoe(?:ft|ven)\s+(?:toch\s+)?(?:niet|geen)\b[^.!?\n]{0,30}?(?:annul|cancel|afgezegd)"
    r"|\b(?:no\s+need|don'?t|do\s+not|does\s+not|doesn'?t|need\s+not|needn'?t)\s+"
    r"(?:to\s+)?(?:be\s+)?cancel"
    r"|\bannulering\w{0,10}\s+(?:\w{1,20}\s+){0,3}?(?:ingetrokken|teruggedraaid|ongedaan|vervalt)"
    r"|\bcancel\w{0,10}\s+(?:\w{1,20}\s+){0,3}?(?:withdrawn|reversed|undone)"
    r"|\btoch\s+(?:gewoon\s+)?door\b|\bgoes\s+ahead\s+after\s+all\b",
    re.IGNORECASE,
)
# "de afspraak van 21-03 graag annuleren ... nieuwe datum volgt", "cancel the appointment;
# the customer will call to reschedule": the visit moves, the order stays.
_RESCHEDULE = re.compile(
    r"\bverzet\w{0,6}|\bverplaats\w{0,6}|\bnieuwe\s+(?:datum|afspraak)|\bandere\s+(?:datum|dag)"
    r"|\blater\s+(?:moment|datum|tijdstip)|\buitstel\w{0,4}|\buitgesteld|\bopnieuw\s+in\s?plannen"
    r"|\breschedul\w{0,5}|\bre-schedul\w{0,5}|\bnew\s+(?:date|appointment|slot)"
    r"|\banother\s+(?:date|day|slot)|\bpostpon\w{0,4}|\bon\s+hold\b|\bin\s+de\s+wacht\b",
    re.IGNORECASE,
)
# "Wat is de status van ENE-...? Hij wil de installatie nu op 3 maart": a status question
# that also changes the order; answering it is not enough.
_CHANGE = re.compile(
    r"\bgewijzigd|\bwijzig\w{0,6}|\baanpass\w{0,4}|\baangepast|\bin\s+plaats\s+van\b"
    r"|\bverzet\w{0,6}|\bverplaats\w{0,6}|\bnieuwe?\s+(?:datum|nummer|telefoonnummer|adres|e-?mail)"
    r"|\bandere?\s+(?:datum|nummer|telefoonnummer|adres|e-?mail)\b|\bklopt\s+niet\b"
    r"|\bnu\s+(?:toch\s+)?(?:liever\s+)?op\b|\bliever\s+op\b|\bcorrectie\b"
    r"|\bchanged?\b|\binstead\s+of\b|\bmoved?\s+to\b|\breschedul\w{0,5}"
    r"|\bnew\s+(?:date|number|phone|address|e-?mail)\b|\bupdated?\s+(?:phone|number|address|e-?mail)",
    re.IGNORECASE,
)
# An order whose newest text also cancels or replaces something: "vervangt opdracht
# ALVA-1126-004 (die mag vervallen)". Going through as a plain order would lose that.
_ORDER_ALSO_CANCELS = re.compile(
    r"\b(?:ge)?annul\w{0,10}|\bcancel\w{0,6}|\bvervalt\b|\bvervallen\b|\bvervangt\b"
    r"|\bter\s+vervanging\b|\bintrekk\w{0,4}|\bingetrokken\b|\breplac(?:es|ing)\b"
    r"|\bwithdr[ae]w\w{0,4}",
    re.IGNORECASE,
)

_DOCUMENT_TYPES = ("pdf", "sheet", "excel", "word", "document", "csv", "json", "msword", "rtf")


def kind_confidence(decision: KindDecision, refers_to: str | None, locator: Locator,
                    drafts: list[Draft], subject: str = "",
                    partner: PartnerProfile | None = None) -> tuple[float, list[str]]:
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
    found = REFERENCE_FOUND
    if not newest:
        if not _subject_speaks_for(refers_to, subject, locator, drafts, partner):
            return NO_REFERENCE, [*reasons, "refers_to: not written in the newest text"]
        found = REFERENCE_IN_SUBJECT
    if _new_order_inside(drafts):
        what = decision.kind.replace("_", " ")
        return DOUBT, [*reasons, f"kind: reads as a {what} but also holds a new order's details"]
    newest = " ".join(_newest_texts(locator))
    if decision.kind == "cancellation" and _NEGATED_CANCEL.search(newest):
        return DOUBT, [*reasons, ("kind: the cancel word stands in a negation (\"hoeft niet "
                                  "geannuleerd\"): cancelled, or going ahead?")]
    if decision.kind == "cancellation" and _RESCHEDULE.search(newest):
        return DOUBT, [*reasons, ("kind: a cancellation that speaks of another date: the "
                                  "order, or only the appointment?")]
    if decision.kind == "status_question" and _CHANGE.search(newest):
        return DOUBT, [*reasons, "kind: a status question that also asks for a change"]
    if decision.kind == "cancellation" and _names_articles(locator, partner):
        # "ALVA-KABEL-10M van ALVA-0127-011 vervalt" drops one line; cancelling the whole
        # order on it would be the costliest mistake a cancellation can make.
        return DOUBT, [*reasons, ("kind: a cancellation that names the partner's articles: "
                                  "the whole order, or one line of it?")]
    return found, reasons


def _subject_speaks_for(refers_to: str, subject: str, locator: Locator, drafts: list[Draft],
                        partner: PartnerProfile | None) -> bool:
    """"RE: Opdracht ENE-2026-136010" above "deze opdracht mag geannuleerd worden": the sender
    kept the order's id in the subject of the reply, so "deze opdracht" is that order, as a
    validator reads it too. Only when the thread names no other id of the same form (which
    order would "deze" be?) and the newest text names none of the partner's articles: "de
    kabel (ALVA-KABEL-10M) vervalt" drops one line of the order, it does not cancel it."""
    wanted = refers_to.casefold()
    if wanted not in {token.casefold() for token in _ID_TOKEN.findall(subject or "")}:
        return False
    ids = {str(d.get("partner_order_id")).casefold() for d in drafts if d.get("partner_order_id")}
    ids |= _ids_like(refers_to, [line.text for line in locator.lines if not line.signature])
    if ids - {wanted}:
        return False
    return not _names_articles(locator, partner)


def _newest_texts(locator: Locator) -> list[str]:
    return [line.text for line in locator.lines if line.depth == 0 and not line.signature]


def order_also_cancels(locator: Locator) -> bool:
    """The newest text of an order speaks of cancelling or replacing (an earlier order, a
    line): an order that also undoes something is for a person."""
    return any(_ORDER_ALSO_CANCELS.search(text) for text in _newest_texts(locator))


def _names_articles(locator: Locator, partner: PartnerProfile | None) -> bool:
    return any(find_skus(text, partner, exclude=set(), order_line=True)
               for text in _newest_texts(locator))


def _ids_like(order_id: str, texts: list[str]) -> set[str]:
    """Ids shaped like this one: its prefix ("ENE-") and at least four digits."""
    prefix = order_id.split("-")[0].casefold() + "-"
    return {token.casefold() for text in texts for token in _ID_TOKEN.findall(text)
            if token.casefold().startswith(prefix) and sum(c.isdigit() for c in token) >= 4}


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
