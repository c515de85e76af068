"""A newer correction wins over the quoted or forwarded order it corrects.

"Het juiste nummer is 06-98765432" above a quoted order, "de postcode moet 3532 HK zijn,
niet 3532 HJ", "de gewenste installatiedatum wordt 18 mei 2026 in plaats van 4 mei 2026".
Only typed values are taken (phone, email, postcode, date, house number), and only when the
newest text states exactly one of that kind that is not negated ("niet", "in plaats van").
Products too: a SKU the newest text names with a quantity ("graag dus 2x ESS-WALLBOX-22",
"ook de kabel erbij (1x ALVA-KABEL-10M)") sets that line's quantity or adds the line. And a
surname: "his surname is Verhoef (one f)" replaces the quoted name's last word when the two
differ by a typo only.
"""

from __future__ import annotations

import re

from extraction.dates import find_dates
from extraction.lines import Line
from extraction.normalize import normalize_house_number, normalize_postal_code
from extraction.offline.address import NL_POSTCODE_STRICT
from extraction.offline.draft import CORRECTION, Draft, FieldValue, ProductValue
from extraction.offline.products import parse_product_line
from extraction.offline.prose import ProseContext, find_email, find_phone

_NEGATED = re.compile(
    r"(?:\bniet|\bnot|\bin plaats van|\bi\.?p\.?v\.?|\binstead of|\bwas|\boude?|\bold|\bfout)"
    r"(?:\s+(?:meer\s+)?(?:op|on|om|at|per))?\s*:?\s*$",  # "kan niet op 27 oktober"
    re.IGNORECASE,
)
_HOUSE_NUMBER = re.compile(
    r"\b(?:huisnummer|house number|huisnr)\b[^.\d]{0,40}?\b(?:is|wordt|moet(?: zijn)?|should be|"
    r"=|:)\s*(\d{1,5}(?:\s*-\s*\d{1,4}|\s?[A-Za-z]{1,3}\b)?)",
    re.IGNORECASE,
)
_DATE_CONTEXT = re.compile(r"datum|date|install|planning|inplannen|afspraak|wordt|moet", re.IGNORECASE)


def _positive(text: str, start: int) -> bool:
    return not _NEGATED.search(text[max(0, start - 25):start])


def find_corrections(prose: list[Line], ctx: ProseContext) -> dict[str, FieldValue]:
    fields: dict[str, FieldValue] = {}
    for path, found in (
        ("customer.phone", find_phone(prose, ctx)),
        ("customer.email", find_email(prose, ctx)),
        ("customer.address.postal_code", _postcode(prose)),
        ("installation_preferences.preferred_date", _date(prose, ctx)),
        ("customer.address.house_number", _house_number(prose)),
    ):
        if found is not None:
            found.method = CORRECTION
            fields[path] = found
    return fields


def _unique(found: list[FieldValue]) -> FieldValue | None:
    return found[0] if len({str(f.value) for f in found}) == 1 else None


def _postcode(prose: list[Line]) -> FieldValue | None:
    found = [
        FieldValue(normalize_postal_code(m.group(0)), CORRECTION, line, m.group(0))
        for line in prose
        for m in NL_POSTCODE_STRICT.finditer(line.text)
        if _positive(line.text, m.start())
    ]
    return _unique([f for f in found if f.value])


def _date(prose: list[Line], ctx: ProseContext) -> FieldValue | None:
    found = []
    for line in prose:
        if not _DATE_CONTEXT.search(line.text):
            continue
        for mention in find_dates(line.text, ctx.reference_date):
            if _positive(line.text, mention.start):
                raw = line.text[mention.start:mention.end]
                found.append(FieldValue(mention.value, CORRECTION, line, raw))
    return _unique(found)


def _house_number(prose: list[Line]) -> FieldValue | None:
    found = []
    for lines in _paragraphs(prose):
        text, starts = _joined(lines)
        for match in _HOUSE_NUMBER.finditer(text):
            value = normalize_house_number(match.group(1))
            line = next(ln for ln, at in reversed(list(zip(lines, starts, strict=True)))
                        if at <= match.start(1))
            if value:
                found.append(FieldValue(value, CORRECTION, line, match.group(0)))
    return _unique(found)


def _paragraphs(prose: list[Line]) -> list[list[Line]]:
    """Runs of consecutive lines: "het huisnummer is fout, dat / moet 45 zijn" is wrapped."""
    groups: list[list[Line]] = []
    for line in prose:
        last = groups[-1][-1] if groups else None
        if last is not None and last.source_index == line.source_index and (
            line.number == last.number + 1 and line.text.strip()
        ):
            groups[-1].append(line)
        elif line.text.strip():
            groups.append([line])
    return groups


def _joined(lines: list[Line]) -> tuple[str, list[int]]:
    starts, parts, at = [], [], 0
    for line in lines:
        starts.append(at)
        parts.append(line.text.strip())
        at += len(parts[-1]) + 1
    return " ".join(parts), starts


def apply_corrections(draft: Draft, corrections: dict[str, FieldValue]) -> None:
    """Newer values replace older ones; the older value is kept to explain the change."""
    for path, found in corrections.items():
        old = draft.fields.get(path)
        if old is not None and str(old.value).lower() == str(found.value).lower():
            continue
        if old is not None:
            draft.replaced[path] = old
        draft.fields[path] = found


_SURNAME = re.compile(
    r"\b(?:achternaam|surname|last name|family name)\b[^.?!]{0,20}?\b(?:is|moet zijn|wordt|"
    r"should be|=)\s+([A-ZÀ-Ý][\w'’À-ÿ-]+)"
)


def surname_correction(prose: list[Line]) -> FieldValue | None:
    found = [FieldValue(m.group(1), CORRECTION, line, m.group(0))
             for line in prose for m in _SURNAME.finditer(line.text)
             if _positive(line.text, m.start(1))]
    return _unique(found)


def apply_surname_correction(draft: Draft, surname: FieldValue | None) -> None:
    """Only a typo's worth of difference: "Verhoeff" -> "Verhoef", never another person."""
    name = draft.fields.get("customer.name")
    if surname is None or name is None or not name.value:
        return
    *first, last = str(name.value).split()
    if not first or last == surname.value or _edits(last.lower(), surname.value.lower()) > 2:
        return
    draft.replaced["customer.name"] = name
    draft.fields["customer.name"] = FieldValue(" ".join([*first, surname.value]), CORRECTION,
                                               surname.line, surname.raw)


def _edits(a: str, b: str) -> int:
    """Levenshtein distance, for two short words."""
    row = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, other in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (char != other))
    return row[-1]


def product_corrections(prose: list[Line], ctx: ProseContext) -> list[ProductValue]:
    """Mapped SKUs the newest text names with a stated, not negated, quantity."""
    found = []
    for line in prose:
        for mention in parse_product_line(line.text, ctx.partner, exclude=ctx.exclude_ids,
                                          order_line=False):
            if mention.quantity_stated and _positive(line.text, mention.start):
                found.append(ProductValue(mention.sku, mention.quantity, True,
                                          mention.description, line, CORRECTION))
    return found


def apply_product_corrections(draft: Draft, corrections: list[ProductValue]) -> None:
    """A named SKU's quantity replaces the quoted one; a SKU the order lacks is added."""
    by_sku = {str(p.sku).upper(): i for i, p in enumerate(draft.products) if p.sku}
    for product in corrections:
        index = by_sku.get(str(product.sku).upper())
        if index is None:
            draft.products.append(product)
            by_sku[str(product.sku).upper()] = len(draft.products) - 1
        elif draft.products[index].quantity != product.quantity:
            draft.products[index] = product
