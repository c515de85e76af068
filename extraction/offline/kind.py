"""What a message is: an order, a cancellation, a status question, or something else.

Read from the newest text only (quoted history says what an earlier message was) and from
the headers that mark machine mail (Auto-Submitted: auto-replied, delivery reports, bulk).
A cancellation or status question also needs the order it refers to (``refers_to``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extraction.lines import Line
from extraction.normalize import normalize_identifier
from extraction.offline import labels as L
from extraction.offline.address import NL_POSTCODE_STRICT
from extraction.offline.draft import Draft
from extraction.offline.prose import EMAIL_PATTERN, phones_in
from extraction.parsed import ParsedMessage

_CANCEL = re.compile(
    r"\b(?:ge)?annul\w*|\bcancel\w*|\bafzeg\w*|\bafgezegd|\bwil(?:len)? (?:toch )?(?:geen|niet meer)\b|"
    r"\bniet (?:meer )?door(?:gaan)?\b|\bziet af van|\bzien af van|\bintrekk\w*|\bstorn\w*|"
    r"\bingetrokken\b|\btrekt\b.{0,30}\bin\b|\bvervalt\b|\b(?:laten|komt te) vervallen\b|"
    r"\bwithdr[ae]w\w*|\bcalled off\b|\bnot (?:to )?go(?:ing)? ahead\b|\bwon'?t go ahead\b|"
    r"\btake (?:this|the) (?:job|order|installation)\b.{0,20}\boff\b|"

    r"\bcall(?:ed)? off\b|\bno longer (?:wants?|needs?)\b",
    re.IGNORECASE,
)
_STATUS = re.compile(
    r"\bstatus\b|stand van zaken|hoe staat het|\bal ingepland|\bingepland\?|\bwanneer (?:komt|wordt|"
    r"kan|gaat|komen)|nog (?:geen|niets) (?:bevestiging|gehoord|reactie|bericht)|nog niets gehoord|"
    r"datum doorgeven|\bany update|\ban update|\bupdate on\b|\bwhen will\b|\bbeen scheduled\b|"
    r"\bscheduled yet\b|\bplanned yet\b|\bheard back\b|\bwhere (?:are we|do we stand)|"
    r"hoe het (?:er)?\s?(?:mee )?staat|nog niets\b[^.?!]{0,30}\bgehoord|"
    r"\bwanneer\b[^.?!]{0,40}\b(?:langs\s?komt|komt|komen|plaatsvindt|ingepland)\b[^.!]{0,40}\?|"
    r"\bwhen (?:is|will|are|does|do)\b.{0,40}\b(?:com\w*|install\w*|schedul\w*|plann\w*|visit\w*)|"
    # A missed appointment: the order exists, the partner asks what became of it.
    r"\bmissed (?:appointment|installation|visit)|\bno[- ]show\b|"
    r"\b(?:nobody|no one|no-one)\b.{0,20}\b(?:turned|showed|came|arrived)\b|"
    r"\bwhat (?:has )?happened\b|\bwat is er (?:gebeurd|misgegaan)|\bwaar blijft\b|"
    r"\bniemand\b.{0,20}\b(?:gekomen|verschenen|langs\s?geweest|opgedaagd)|"
    r"\bniet (?:komen )?opgedaagd|\bniet verschenen\b|"
    r"\bwhere is (?:the|our|your) (?:installer|engineer|technician|fitter)",
    re.IGNORECASE,
)
_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(?:automatisch antwoord|automatic reply|auto(?:matic)?[- ]?reply|out of (?:the )?office|"
    r"afwezig|niet aanwezig|abwesenheit|autoreply)\b",
    re.IGNORECASE,
)
_DSN_SUBJECT = re.compile(
    r"undeliver|delivery status notification|returned mail|mail delivery failed|"
    r"onbestelbaar|niet (?:bezorgd|afgeleverd)|failure notice",
    re.IGNORECASE,
)
# Mail that tells rather than orders: shipping notices, payment advice, newsletters. When it
# holds order-like details it is still "other", but a person looks (verify_kind.DOUBT).
_NOTICE = re.compile(
    r"verzendbevestiging|track\s?(?:&|and|en)\s?trace|trackingnummer|tracking number|"
    r"shipping confirmation|(?:has|have) been shipped|betaalspecificatie|remittance advice|"
    r"payment advice|nieuwsbrief|newsletter",
    re.IGNORECASE,
)
_ID_TOKEN = re.compile(r"(?<![\w-])([A-Z0-9]{2,8}(?:-[A-Z0-9]{1,10}){1,3})(?![\w-])")


@dataclass
class KindDecision:
    kind: str
    refers_to: str | None = None
    machine: str | None = None  # "auto-reply", "delivery report", "bulk"
    customer_data: bool = False  # the newest text holds customer-like values
    reasons: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # order ids the newest text names
    order_like: bool = False  # "other", yet the message holds an order's details
    notice: bool = False  # the subject says what it is: a payment advice, a newsletter


def header(parsed: ParsedMessage, name: str) -> str | None:
    lower = name.lower()
    return next((value for key, value in parsed.headers if key.lower() == lower), None)


def machine_mail(parsed: ParsedMessage) -> str | None:
    auto = (parsed.auto_submitted or header(parsed, "Auto-Submitted") or "").lower()
    sender = (parsed.from_address or "").lower()
    if "multipart/report" in parsed.content_type.lower() or _DSN_SUBJECT.search(parsed.subject):
        return "delivery report"
    if sender.startswith(("mailer-daemon@", "postmaster@")):
        return "delivery report"
    if auto.startswith("auto-replied") or _AUTO_REPLY_SUBJECT.search(parsed.subject):
        return "auto-reply"
    if header(parsed, "X-Autoreply") or header(parsed, "X-Autorespond"):
        return "auto-reply"
    precedence = (header(parsed, "Precedence") or "").lower()
    if header(parsed, "List-Unsubscribe") or header(parsed, "List-Id") or precedence in (
        "bulk", "list", "junk"
    ):
        return "bulk"
    return None


def newest_prose(lines: list[Line]) -> list[Line]:
    """Newest text of the main body that is not an order field's value or a signature."""
    first_source = lines[0].source_index if lines else 0
    return [
        line for line in lines
        if line.depth == 0 and not line.signature and line.source_index == first_source
        and (line.field is None or line.field == L.IGNORED)
    ]


def reference_candidates(parsed: ParsedMessage, prose: list[Line], labelled_ids: list[str],
                         skus: set[str]) -> list[str]:
    """Order ids the newest text and the subject name, in order of appearance."""
    found = list(labelled_ids)
    for text in [parsed.subject, *(line.text for line in prose)]:
        for match in _ID_TOKEN.finditer(text):
            token = match.group(1)
            if sum(c.isdigit() for c in token) >= 4 and re.search(r"[A-Z]", token) and (
                token not in skus
            ):
                found.append(token)
    return list(dict.fromkeys(found))


def has_customer_data(prose: list[Line], own_values: set[str], own_domains: set[str]) -> bool:
    for line in prose:
        if NL_POSTCODE_STRICT.search(line.text):
            return True
        if any(phone not in own_values for phone, _ in phones_in(line.text)):
            return True
        for email in EMAIL_PATTERN.findall(line.text):
            if email.lower() not in own_values and email.lower().split("@")[1] not in own_domains:
                return True
    return False


def decide_kind(parsed: ParsedMessage, lines: list[Line], drafts: list[Draft], *,
                own_values: set[str], own_domains: set[str], skus: set[str]) -> KindDecision:
    prose = newest_prose(lines)
    machine = machine_mail(parsed)
    signal_text = "\n".join([parsed.subject, *(line.text for line in prose)])
    orders = [d for d in drafts if d.is_substantial()]
    customer_data = has_customer_data(prose, own_values, own_domains)
    if machine in ("delivery report", "auto-reply"):
        return KindDecision("other", machine=machine, customer_data=customer_data)
    labelled_ids = [
        normalize_identifier(line.value) for line in lines
        if line.depth == 0 and line.field == "partner_order_id" and line.value
    ]
    refs = reference_candidates(parsed, prose, [i for i in labelled_ids if i], skus)
    for kind, pattern in (("cancellation", _CANCEL), ("status_question", _STATUS)):
        if pattern.search(signal_text) and (kind == "cancellation" or "?" in signal_text):
            return KindDecision(kind, refers_to=refs[0] if len(refs) == 1 else None,
                                customer_data=customer_data,
                                reasons=[] if len(refs) == 1 else [_ref_reason(refs)])
    if orders and (machine == "bulk" or _NOTICE.search(signal_text)):
        return KindDecision("other", machine=machine, customer_data=customer_data,
                            mentions=refs, order_like=True)
    if orders:
        return KindDecision("order", customer_data=customer_data)
    # A notice says so in its subject; one that asks something still waits for a person.
    notice = bool(_NOTICE.search(parsed.subject)) and "?" not in signal_text
    return KindDecision("other", machine=machine, customer_data=customer_data, mentions=refs,
                        notice=notice)


def _ref_reason(refs: list[str]) -> str:
    if not refs:
        return "refers_to: no order id in the message"
    return f"refers_to: several order ids in the message ({', '.join(refs[:4])})"
