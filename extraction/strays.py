"""Values in the newest text that no field accounts for: a second date, phone, email, order
id or postcode (not a company's own address in a footer or letterhead).

"Gewenste installatiedatum: 12-10-2026" and, below it, "zoals toegezegd komt de installatie
op maandag 19 oktober" (holdout3 022); "Telefoon: 06-…" and "de klant is beter bereikbaar op
06-…". The second value may be the real one, so the field waits for a person, read or not.

Words without a value count as well (``extraction.doubts``): talk of moving the date ("een
week later"), a sentence calling a field wrong or changed ("het telefoonnummer klopt niet").

Only the newest text and the subject count (not quoted, not a signature: older text is what
newer text corrects, a signature is the sender's). A value behind a label naming another field
("Orderdatum", "Telefoon dealer" is unknown and so still counts) is accounted for, and so is
every order's own value and a value newer text replaced ("18 mei in plaats van 4 mei").
"""

from __future__ import annotations

import re
from datetime import date

from extraction.dates import find_dates
from extraction.doubts import doubts_in
from extraction.evidence import Locator
from extraction.lines import Line
from extraction.normalize import normalize_email, normalize_postal_code
from extraction.offline.address import NL_POSTCODE_STRICT
from extraction.offline.prose import EMAIL_PATTERN, order_ids_in, phones_in
from extraction.schema import ExtractedOrder

UNREAD = 0.40  # nothing read, but the newest text names a value of the field's kind
STRAY = 0.50  # a value read, but the newest text names another one

DATE = "installation_preferences.preferred_date"
PHONE = "customer.phone"
EMAIL = "customer.email"
ORDER_ID = "partner_order_id"
POSTCODE = "customer.address.postal_code"
NAME = "customer.name"
_PATHS = (DATE, PHONE, EMAIL, ORDER_ID, POSTCODE)
Strays = dict[str, dict[object, tuple[str, frozenset]]]  # path -> value -> (where, readings)


def stray_values(locator: Locator, own_values: set[str], own_domains: set[str],
                 partner_names=(), subject: str = "") -> Strays:
    """path -> each value the newest text (and the subject) names for it outside other
    fields' labels."""
    found: Strays = {path: {} for path in (*_PATHS, NAME)}
    newest = [line for line in locator.lines if not line.depth and not line.signature]
    for token in _ID_TOKEN.findall(subject or ""):
        if sum(c.isdigit() for c in token) >= 4 and re.search(r"[A-Z]", token):
            found[ORDER_ID].setdefault(token, (SUBJECT_ID, frozenset({token.upper()})))
    for line in [_subject_line(subject), *newest]:
        for path, words in ([] if line.field else doubts_in(line.text)):
            found[path].setdefault(words, ("running text", frozenset()))  # no value to compare
        for path, where, text in _unaccounted_text(line):
            if _names_another_party(where, partner_names):
                continue
            if path == POSTCODE and _letterhead(text, partner_names):
                continue
            for value, readings in _values_in(path, text, locator.reference):
                if readings & own_values or _not_a_customers(path, value, own_domains):
                    continue
                if path == ORDER_ID and str(value).casefold() in partner_names:
                    continue  # "Ordernummer 50five ..... 50F-NL-238655": whose number, not one
                found[path].setdefault(value, (where, readings))
    return found


# A label naming someone other than the customer ("Dealer contact", "Contactpersoon Essent",
# "Telefoon monteur"): its values are that party's, whatever else the message says.
_OTHER_PARTIES = {
    "dealer", "dealers", "verkoper", "adviseur", "monteur", "installateur", "accountmanager",
    "sales", "medewerker", "behandelaar", "salesman", "advisor", "installer", "consultant",
}


# An id in the subject counts without an order word, when it has the read id's shape: the
# same prefix ("Fwd: GRD-2026-09999 - nieuwe installatie" above "Ordernummer: GRD-2026-01234").
_ID_TOKEN = re.compile(r"(?<![\w-])([A-Z0-9]{2,8}(?:-[A-Z0-9]{1,10}){1,3})(?![\w-])")
SUBJECT_ID = "an id in the subject"


def _same_shape(token: str, read) -> bool:
    return bool(read) and token.split("-")[0].upper() == str(read).split("-")[0].upper()


def _subject_line(subject: str) -> Line:
    """The subject is the newest text too: "Installatie 19 oktober" above a labelled 12-10."""
    return Line(-1, "subject", 0, 0, subject or "", 0)


def _names_another_party(label: str, partner_names) -> bool:
    words = set(re.findall(r"[^\W\d_]+", label.lower()))
    names = {word for name in partner_names for word in re.findall(r"[^\W_]+", name.lower())}
    return bool(words & (_OTHER_PARTIES | names))


# "Essent Retail Energie B.V. - Willemsplein 4 - 5211 AK ...", "Postbus 1484": a company's
# address in a footer or letterhead, which also holds its phone or email.
_COMPANY = re.compile(r"\b(?:b\.?v\.?|n\.?v\.?|v\.o\.f\.?|kvk|postbus|p\.?o\.? box)(?!\w)",
                      re.IGNORECASE)


def _letterhead(text: str, partner_names) -> bool:
    if _COMPANY.search(text) or _names_another_party(text, partner_names):
        return True
    return bool(phones_in(text) or EMAIL_PATTERN.search(text))


# Dutch business-only numbers (088 company lines, 0800/090x service lines): never a
# customer's own phone, so a partner's "bel 088-…" line leaves the customer's alone.
_BUSINESS_PHONE = re.compile(r"^\+31(?:88|800|90[0-9])")


def _not_a_customers(path: str, value, own_domains: set[str]) -> bool:
    if path == EMAIL:
        return str(value).split("@")[-1] in own_domains
    return path == PHONE and bool(_BUSINESS_PHONE.match(str(value)))


def _values_in(path: str, text: str, reference: date | None):
    """(value, every reading of it) of the field's kind in the text."""
    if path == DATE:
        return [(m.value, frozenset({m.value})) for m in find_dates(text, reference)
                if reference is None or m.value > reference]  # a past date is history
    if path == ORDER_ID:
        return [(i, frozenset({i.upper()})) for i in order_ids_in(text)]
    if path == POSTCODE:
        codes = {normalize_postal_code(m.group(0)) for m in NL_POSTCODE_STRICT.finditer(text)}
        return [(c, frozenset({c})) for c in codes if c]
    if path == PHONE:
        readings: dict[str, set[str]] = {}
        for phone, written in phones_in(text, both_regions=True):
            readings.setdefault(written, set()).add(phone)
        return [(min(r), frozenset(r)) for r in readings.values()]
    emails = (normalize_email(m.group(0)) for m in EMAIL_PATTERN.finditer(text))
    return [(e, frozenset({e})) for e in emails if e]


def _unaccounted_text(line) -> list[tuple[str, str, str]]:
    """(path, where, text) for the parts of a line no other field's label accounts for."""
    if line.header_fields and line.cells:
        names = line.header_labels or [f"column {i + 1}" for i in range(len(line.cells))]
        parts = [(column, name, cell) for name, column, cell
                 in zip(names, line.header_fields, line.cells, strict=False)]
    elif line.label:
        parts = [(line.field, repr(line.label), line.text)]
    elif len(line.cells) == 2:  # "Contactpersoon Essent | Ilse, 06-…": an unknown label
        parts = [(None, repr(line.cells[0].lower()), line.cells[1])]
    else:
        parts = [(None, "the subject" if line.source_index < 0 else "running text", line.text)]
    return [(path, where, text) for column, where, text in parts for path in _PATHS
            if column in (None, path)]


def accounted_values(orders) -> dict[str, set]:
    """Every order's value of each field, and the values newer text replaced."""
    accounted: dict[str, set] = {path: set() for path in _PATHS}
    for candidate in orders:
        for path in accounted:
            accounted[path] |= {_get(candidate.order, path), candidate.replaced.get(path)}
    accounted[ORDER_ID] = {str(i).upper() for i in accounted[ORDER_ID] if i}
    return {path: values - {None} for path, values in accounted.items()}


def mark_strays(order: ExtractedOrder, strays: Strays, accounted: dict[str, set]) -> None:
    """Another value the newest text names may be the real one: the field waits."""
    for path, values in strays.items():
        read = _get(order, path)
        read = read.upper() if path == ORDER_ID and read else read
        others = [(str(value), where, bool(readings)) for value, (where, readings)
                  in values.items()
                  if read not in readings and not readings & accounted.get(path, set())
                  and (where != SUBJECT_ID or _same_shape(str(value), read))]
        if not others:
            continue
        value, where, is_value = min(others)
        cap = UNREAD if read is None else STRAY
        order.field_confidence[path] = min(order.field_confidence.get(path, cap), cap)
        shown = "another value" if path in (PHONE, EMAIL) else value
        order.reasons.append(
            f"{path}: the newest text also names {shown} ({where}), which no field accounts for"
            if is_value else f"{path}: the newest text speaks of {value}")


def _get(order, path: str):
    value = order
    for part in path.split("."):
        value = getattr(value, part, None)
    return value
