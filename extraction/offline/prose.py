"""Values in running text: "mevrouw Verhoeven in Heeze, Kastanjelaan 9, 5591 CJ ...".

Only what a pattern pins down: one email that is not the sender's, one phone that is not in
a signature, an address block, "ons ordernummer is ...". When a kind of value occurs twice
with different values the field stays empty: a null is better than a wrong value. Values
found here are marked ``PROSE`` and verification gives them less confidence than labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extraction.dates import NEGATED, VAGUE, find_dates
from extraction.lines import Line
from extraction.normalize import (
    normalize_city,
    normalize_email,
    normalize_identifier,
    normalize_name,
    normalize_phone,
    normalize_postal_code,
)
from extraction.offline.address import NL_POSTCODE_STRICT, split_street_number
from extraction.offline.draft import PROSE, FieldValue, ProductValue
from extraction.offline.products import parse_product_line
from extraction.partners import PartnerProfile

# Anchored at the start of a token and bounded, so a long run without "@" stays linear.
EMAIL_PATTERN = re.compile(
    r"(?<![A-Za-z0-9._%+'\-])[A-Za-z0-9._%+'\-]{1,64}@[A-Za-z0-9.\-]{1,253}\.[A-Za-z]{2,24}"
)
_IBAN_BEFORE = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}\s?$")
# "02-06-2026 17:31", "2026-06-02": a date (and time), whose digits also look like a phone.
_DATE_START = re.compile(
    r"^(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2})(?!\d)"
)
# Up to 20 characters between the first and last digit: "+31 (0)6 - 19 87 65 43".
PHONE_PATTERN = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d\s().\-/]{7,20}\d(?![\w])")
_ID = r"([A-Z0-9][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)"
_ORDER_ID = re.compile(
    r"(?<!purchase )(?<!dealer's )\b(?:ordernummer|order\s?number|order\s?reference|order\s?ref\.?|order\s?nr\.?|order\s?id|"
    r"opdrachtnummer|opdrachtreferentie|referentie|reference)\s*(?:is|:|=|nummer)?\s*" + _ID,
    re.IGNORECASE,
)
# "Ik heb er order GRD-2026-08112 van gemaakt": an order word right before an id in capitals.
# "I've registered it on our side as ENE-2026-133018": the partner names its own new id.
_ORDER_MENTION = re.compile(
    r"(?:\b(?:[Oo]rder|[Oo]pdracht|[Bb]estelling)|\b(?:registered|created|entered|geregistreerd|"
    r"aangemaakt|ingevoerd|vastgelegd)\b[^.?!]{0,30}?\b(?:as|als|onder))"
    r"\s+([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)(?![\w-])"
)
_DEALER = re.compile(
    r"\bdealer(?:[\s-]*(?:group|groep))?[\s-]*id\s*:?\s*" + _ID + "|"
    r"\bdealer\s*(?:group|groep)\s*\(\s*id\s*:?\s*" + _ID,
    re.IGNORECASE,
)
_PO = re.compile(
    r"(?:\binkoopordernummer|\binkooporder(?:nummer)?|\bpurchase order(?: number)?|"
    r"\bPO(?:[\s-]?(?:number|nummer|nr\.?))?)\b(?:\s+(?:van|of|from)\s+[\w'’ -]{1,30}?)?"
    r"\s*(?:is|:)?\s*" + _ID,
)
_ACCOUNT = re.compile(
    r"\b(?:klantnummer|klantnr\.?|customer (?:account|number)|account(?:nummer| number)?|"
    r"contractnummer)(?:\s+[A-Z][a-z]+)?\s*[:(]?\s*(\d[\w-]{3,})",
    re.IGNORECASE,
)
_NAME_WORD = r"(?:[A-ZÀ-Ý][\w'’À-ÿ-]+|van|de|der|den|ter|te|het|la|le|du|da|von|'t)"
_NAME = rf"([A-ZÀ-Ý][\w'’À-ÿ-]+(?:\s+{_NAME_WORD}){{1,4}})"
_TITLE = r"(?:[Dd]e heer|[Mm]evrouw|[Mm]evr\.?|[Dd]hr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss)"
_NAME_AFTER_TITLE = re.compile(
    rf"(?:\b{_TITLE}|\b(?:[Mm]ijn |[Oo]nze |[Oo]ur |[Mm]y )?(?:[Kk]lant|[Cc]ustomer|[Cc]lient|"
    rf"zakelijke klant),?\s+{_TITLE}?)\s*" + _NAME
)
_STREET_WORD = r"(?:[A-ZÀ-Ý'][\w'’À-ÿ.-]*|\d{1,2}e|van|de|der|den|het|'s|op|aan|te|ter|bij)"
_STREET_FIRST = r"(?:[A-ZÀ-Ý][\w'’À-ÿ.-]*|'s-[\w'’À-ÿ.-]+|\d{1,2}e)"
_PROSE_STREET = re.compile(
    rf"({_STREET_FIRST}(?:\s+{_STREET_WORD})*)\s+(\d{{1,5}}\S*)\s*,?\s*$"
)
_CITY_WORD = r"(?:[A-ZÀ-Ý'][\w'’À-ÿ-]*|aan|den|op|de|bij|in)"
_PROSE_CITY = re.compile(rf"^\s*,?\s*([A-ZÀ-Ý'][\w'’À-ÿ-]*(?:\s+{_CITY_WORD})*)")
_INSTALL_WORDS = re.compile(
    r"install|plaats|montage|monter|inplannen|ingepland|planning|afspraak|appointment|visit|"
    r"bezoek|aanleg|aansluiten", re.IGNORECASE,
)
_DELIVERY_WORDS = re.compile(r"geleverd|afgeleverd|levering|delivered|delivery|bezorg", re.IGNORECASE)
_NEGATION = re.compile(r"(?:niet|not|in plaats van|i\.?p\.?v\.?|instead of|was|oude?|old)\s*:?\s*$", re.IGNORECASE)


@dataclass
class ProseContext:
    partner: PartnerProfile | None
    own_values: set[str]  # the sender's and our own emails and phones (normal forms)
    own_domains: set[str]
    exclude_ids: set[str]
    reference_date: date | None


def _unique(found: list[FieldValue]) -> FieldValue | None:
    values = {str(f.value).lower() for f in found}
    return found[0] if len(values) == 1 else None


def find_email(lines: list[Line], ctx: ProseContext) -> FieldValue | None:
    found = []
    for line in lines:
        for match in EMAIL_PATTERN.finditer(line.text):
            email = normalize_email(match.group(0))
            if email and email not in ctx.own_values and email.split("@")[1] not in ctx.own_domains:
                found.append(FieldValue(email, PROSE, line, match.group(0)))
    return _unique(found)


def phones_in(text: str, *, both_regions: bool = False) -> list[tuple[str, str]]:
    """(E.164, as written) for every phone number in the text.

    A national number ("0470 12 34 56") reads as Dutch; with ``both_regions`` its Belgian
    reading is listed as well (for finding a value, not for choosing one).
    """
    result = []
    for match in PHONE_PATTERN.finditer(text):
        if _IBAN_BEFORE.search(text[max(0, match.start() - 16):match.start()]):
            continue  # "NL91 ABNA 0417 1643 00": an account number, not a phone
        if _DATE_START.match(match.group(0)):
            continue
        written = match.group(0)
        readings = [normalize_phone(written, "NL"), normalize_phone(written, "BE")]
        readings = [r for r in dict.fromkeys(readings) if r]
        for phone in readings if both_regions else readings[:1]:
            result.append((phone, written))
    return result


def find_phone(lines: list[Line], ctx: ProseContext) -> FieldValue | None:
    found = [
        FieldValue(phone, PROSE, line, written)
        for line in lines
        for phone, written in phones_in(line.text)
        if phone not in ctx.own_values
    ]
    return _unique(found)


def find_address(lines: list[Line]) -> dict[str, FieldValue]:
    """An address line or block around the one Dutch postcode in the text."""
    hits = [(i, m) for i, line in enumerate(lines) for m in NL_POSTCODE_STRICT.finditer(line.text)]
    if len({m.group(0).replace(" ", "") for _, m in hits}) != 1:
        return {}
    i, match = hits[0]
    line = lines[i]
    parts = _address_around(line.text, match)
    found = {
        f"customer.address.{key}": FieldValue(value, PROSE, line, line.text)
        for key, value in parts.items()
        if value
    }
    above = _line_above(lines, line)
    if parts.get("street") is None and above is not None:
        street, number = split_street_number(above.text.strip())
        if street and number:  # a written address block: street line, then postcode line
            found["customer.address.street"] = FieldValue(street, PROSE, above, above.text)
            found["customer.address.house_number"] = FieldValue(number, PROSE, above, above.text)
    return found


def _address_around(text: str, match: re.Match) -> dict[str, str | None]:
    """Street and number just before the postcode, the city just after: running text
    around them ("Haar adres is Soesterweg 310, 3812 BL Amersfoort. Ze ...") is left out."""
    parts: dict[str, str | None] = {"postal_code": normalize_postal_code(match.group(0))}
    city = _PROSE_CITY.match(text[match.end():])
    parts["city"] = normalize_city(city.group(1)) if city else None
    street = _PROSE_STREET.search(text[: match.start()])
    if street:
        parts["street"], parts["house_number"] = split_street_number(
            f"{street.group(1)} {street.group(2)}")
    return parts


def find_name(lines: list[Line], address: dict[str, FieldValue]) -> FieldValue | None:
    """The line above an address block, else a name after "de heer", "mevrouw", "klant"."""
    street = address.get("customer.address.street")
    if street and street.line is not None and street.line.text.strip() == street.raw.strip():
        above = _line_above(lines, street.line)
        if above is not None and _looks_like_name(above.text):
            return FieldValue(normalize_name(above.text), PROSE, above, above.text)
    found = []
    for line in lines:
        for match in _NAME_AFTER_TITLE.finditer(line.text):
            name = normalize_name(match.group(1))
            if name:
                found.append(FieldValue(name, PROSE, line, match.group(0)))
    return _unique(found)


def _line_above(lines: list[Line], line: Line) -> Line | None:
    index = next((i for i, item in enumerate(lines) if item is line), None)
    if not index:
        return None
    above = lines[index - 1]
    same_part = above.source_index == line.source_index and above.number == line.number - 1
    return above if same_part else None


def _looks_like_name(text: str) -> bool:
    text = text.strip()
    return bool(re.fullmatch(rf"{_NAME}", text)) and not re.search(r"\d|@|:", text)


def find_pattern(lines: list[Line], pattern: re.Pattern, ctx: ProseContext) -> FieldValue | None:
    found = []
    for line in lines:
        for match in pattern.finditer(line.text):
            raw = next(g for g in match.groups() if g)
            value = normalize_identifier(raw)
            if value and value.upper() not in ctx.exclude_ids:
                found.append(FieldValue(value, PROSE, line, match.group(0)))
    return _unique(found)


def order_ids_in(text: str) -> set[str]:
    """Every order id the text names after an order word ("ordernummer", "order ...")."""
    found = set()
    for pattern in (_ORDER_ID, _ORDER_MENTION):
        for match in pattern.finditer(text):
            value = normalize_identifier(next(g for g in match.groups() if g))
            if value:
                found.add(value)
    return found


def find_preferred_date(lines: list[Line], ctx: ProseContext) -> FieldValue | None:
    """A date in a clause about installing, not about delivery, and not a vague wish."""
    found = []
    for line in lines:
        # A comma ends a clause too ("De auto wordt 24 april afgeleverd, installatie graag op
        # 28 april"), but not inside a date ("Oct 19, 2026").
        for clause in re.split(r"(?<=[.!?;])\s+|,\s+(?=\D)", line.text):
            mentions = find_dates(clause, ctx.reference_date)
            if len(mentions) != 1 or not _INSTALL_WORDS.search(clause):
                continue
            if _DELIVERY_WORDS.search(clause) or VAGUE.search(clause) or NEGATED.search(clause):
                continue
            found.append(FieldValue(mentions[0].value, PROSE, line, clause.strip()))
    return _unique(found)


def find_products(lines: list[Line], ctx: ProseContext) -> list[ProductValue]:
    """Mapped SKUs named in the text ("Please book 2 x 50F-ZAPPI-7")."""
    products = []
    for line in lines:
        for m in parse_product_line(line.text, ctx.partner, exclude=ctx.exclude_ids,
                                    order_line=False):
            products.append(ProductValue(m.sku, m.quantity, m.quantity_stated, m.description,
                                         line, PROSE))
    return products


def prose_fields(lines: list[Line], ctx: ProseContext) -> dict[str, FieldValue]:
    """Every field the running text pins down."""
    address = find_address(lines)
    fields: dict[str, FieldValue | None] = {
        "customer.email": find_email(lines, ctx),
        "customer.phone": find_phone(lines, ctx),
        "customer.name": find_name(lines, address),
        "partner_order_id": (find_pattern(lines, _ORDER_ID, ctx)
                             or find_pattern(lines, _ORDER_MENTION, ctx)),
        "partner_references.dealer_group_id": find_pattern(lines, _DEALER, ctx),
        "partner_references.purchase_order": find_pattern(lines, _PO, ctx),
        "partner_references.customer_account": find_pattern(lines, _ACCOUNT, ctx),
        "installation_preferences.preferred_date": find_preferred_date(lines, ctx),
        **address,
    }
    return {path: value for path, value in fields.items() if value is not None}
