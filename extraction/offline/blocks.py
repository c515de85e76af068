"""Labelled lines of one part of a message -> order drafts, one per order block.

A new block starts where a field that the current block already has is labelled again
("Ordernummer:" a second time) or at a block marker ("--- Order 2 van 2 ---", "2)"), so
the fields of one order never bleed into the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extraction.dates import preferred_date
from extraction.fields import SCALAR_FIELDS, normalize_field
from extraction.lines import Line
from extraction.normalize import (
    normalize_identifier,
    normalize_labelled_phone,
    normalize_phone,
    normalize_quantity,
)
from extraction.offline import labels as L
from extraction.offline.address import parse_full_address, split_postcode_city
from extraction.offline.bare_date import read_bare_date
from extraction.offline.block_heading import Heading, read_heading
from extraction.offline.draft import LABELLED, LEARNED, PROSE, Draft, FieldValue, ProductValue
from extraction.offline.notes import add_note_part, join_note_parts
from extraction.offline.products import find_skus, parse_product_line, product_from_row
from extraction.partners import PartnerProfile

_BLOCK_MARKER = re.compile(
    r"^\s*(?:[-=*#]{2,}\s*)?(?:(?:order|opdracht|bestelling|klant|customer)\s*(?:nr\.?\s*)?\d{1,2}"
    r"(?:\s*(?:van|of|/)\s*\d{1,2})?|\d{1,2}\s*[).])\s*(?:[-=*#]{2,})?\s*:?\s*$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+")
_SECTION_FRAME = " \t-–—=*#~_:"  # stripped, not matched: a long run of dashes stays linear
# "1 x GRO-ALFEN-11   Alfen Eve Single S-line 11 kW": a count, then the article code.
_COUNTED_ITEM = re.compile(r"^\s*\d{1,3}\s*[x×]\s*(?=[A-Za-z0-9])", re.IGNORECASE)


@dataclass
class Context:
    partner: PartnerProfile | None
    exclude_ids: set[str]  # order ids and other references: never SKUs
    reference_date: date | None


def drafts_from_lines(lines: list[Line], ctx: Context) -> list[Draft]:
    if not lines:
        return []
    first = lines[0]
    drafts = [Draft(first.source_index, first.depth)]
    consumed: set[int] = set()
    table_columns: list[str | None] | None = None
    in_products = False
    notes_open = False
    for line in lines:
        current = drafts[-1]
        text = line.text.strip()
        if line.signature or line.number in consumed:
            continue
        if not text:
            table_columns, notes_open = None, False
            continue
        heading = _heading(text, current)
        if _BLOCK_MARKER.match(text) or heading:
            if _has_content(current):
                current = Draft(line.source_index, line.depth)
                drafts.append(current)
                in_products = False
            if heading:
                _assign_heading(current, heading, line, text)
            continue
        if line.field and line.field != L.IGNORED:
            if _repeats(current, line.field):
                current = Draft(line.source_index, line.depth)
                drafts.append(current)
            assign_labelled(current, line, ctx)
            in_products = line.field == L.PRODUCTS_HEADER
            notes_open = line.field == "installation_preferences.notes" and line.layout == "colon"
            if line.layout == "next":
                consumed.add(_next_number(lines, line))
            continue
        if line.field == L.IGNORED:
            read_bare_date(current, line, line.label, line.value, ctx.reference_date)
            continue
        if L.field_for_label(_section_title(text)) == L.PRODUCTS_HEADER:  # "PRODUCTS" alone
            in_products = True
            continue
        header = _product_header(line)
        if header is not None:
            table_columns, in_products = header, True
            continue
        if _add_products(current, line, ctx, table_columns, in_products):
            notes_open = False
            continue
        if notes_open and not line.label:
            _continue_notes(current, line)
    for draft in drafts:
        finish_draft(draft)
    return [d for d in drafts if _has_content(d)]


def _heading(text: str, current: Draft) -> Heading | None:
    """A block heading; an id alone on its line only where an order id is due: before the
    first block's fields, or after a block that already has a different id."""
    heading = read_heading(text)
    if heading is None or heading.framed:
        return heading
    if not re.search(r"[A-Za-z]", heading.order_id):
        return None  # "06-33445566" alone on a line is a phone number
    current_id = current.get("partner_order_id")
    due = not _has_content(current) or (current_id and current_id != heading.order_id)
    return heading if due else None


def _assign_heading(draft: Draft, heading: Heading, line: Line, text: str) -> None:
    # Not behind a label: verification treats both as running text.
    draft.set("partner_order_id", FieldValue(heading.order_id, PROSE, line, text))
    if heading.reference:
        path, raw = heading.reference
        draft.set(path, FieldValue(normalize_field(path, raw), PROSE, line, text))


def _has_content(draft: Draft) -> bool:
    return bool(draft.fields or draft.products)


def _next_number(lines: list[Line], line: Line) -> int:
    return next(n.number for n in lines if n.number > line.number and n.text.strip())


_NAME_PARTS = (L.FIRST_NAME, L.NAME_INFIX, L.LAST_NAME)


def _targets(path: str) -> set[str]:
    if path == L.ADDRESS_FULL:
        return {"customer.address.street"}
    if path == L.POSTCODE_CITY:
        return {"customer.address.postal_code"}
    return {path} if path in SCALAR_FIELDS or path in (*_NAME_PARTS, L.ADDITION) else set()


def _repeats(draft: Draft, path: str) -> bool:
    return bool(_targets(path) & draft.seen_labels)


def _method(line: Line, ctx: Context) -> str:
    learned = ctx.partner.learned_labels if ctx.partner else {}
    return LEARNED if line.label in learned else LABELLED


def assign_labelled(draft: Draft, line: Line, ctx: Context) -> None:
    path, raw, method = line.field, line.value or "", _method(line, ctx)
    draft.seen_labels |= _targets(path)
    draft.sources.add(line.source_index)
    if path == L.ADDRESS_FULL:
        _assign_address(draft, parse_full_address(raw), line, method, raw)
    elif path == L.POSTCODE_CITY:
        postcode, city = split_postcode_city(raw)
        _assign_address(draft, {"postal_code": postcode, "city": city}, line, method, raw)
    elif path == L.ADDITION:
        draft.addition = FieldValue(raw.strip(), method, line, raw) if raw.strip() else None
    elif path in _NAME_PARTS:
        if raw.strip():
            draft.name_parts[path] = FieldValue(raw.strip(), method, line, raw)
    elif path in (L.PRODUCT_LINE, L.PRODUCTS_HEADER):
        _assign_product_text(draft, line, ctx, labelled_line=path == L.PRODUCT_LINE)
    elif path in (L.PRODUCT_SKU, L.PRODUCT_DESCRIPTION, L.PRODUCT_QUANTITY):
        _assign_product_part(draft, path, raw, line, ctx)
    elif path == L.TIME_OF_DAY:
        add_note_part(draft, line, method)
    elif path == L.COMPANY_NAME:
        company = normalize_field("customer.name", raw)
        draft.company = FieldValue(company, method, line, raw) if company else None
    elif path in SCALAR_FIELDS:
        draft.set(path, FieldValue(_scalar(path, raw, ctx), method, line, raw))


def _scalar(path: str, raw: str, ctx: Context):
    if path == "installation_preferences.preferred_date":
        return preferred_date(raw, ctx.reference_date)
    if path == "customer.phone":
        return normalize_labelled_phone(raw)
    if path.startswith("partner_references."):
        return normalize_field(path, raw) or _one_reference_in(raw, ctx)
    return normalize_field(path, raw)


def _one_reference_in(raw: str, ctx: Context) -> str | None:
    """"Autohaus Steenbergen B.V. (dealer group ID DG-2217)": the label names the reference
    and the value holds a name beside exactly one code. A code mixes letters and digits or
    is a long number, and is no article code; with two candidates, or none, the field stays
    empty (and coverage marks it). Not for the order id, which is required and decides the
    order's identity: there a name beside a code waits for a person.
    """
    tokens = {normalize_identifier(t) for t in re.split(r"[\s,;()\[\]]+", raw)}
    codes = {t for t in tokens if t and (re.search(r"[A-Za-z]", t) or len(t) >= 5)}
    codes = {t for t in codes if not parse_product_line(t, ctx.partner, exclude=set())}
    return codes.pop() if len(codes) == 1 else None


def _assign_address(draft: Draft, parts: dict, line: Line, method: str, raw: str) -> None:
    for key, value in parts.items():
        path = f"customer.address.{key}"
        if value is not None and draft.get(path) is None:
            draft.set(path, FieldValue(value, method, line, raw))


def _assign_product_text(draft: Draft, line: Line, ctx: Context, labelled_line: bool) -> None:
    raw = line.value or ""
    mentions = parse_product_line(raw, ctx.partner, exclude=ctx.exclude_ids, order_line=True)
    for m in mentions:
        draft.products.append(
            ProductValue(m.sku, m.quantity, m.quantity_stated, m.description, line)
        )
    if not mentions and labelled_line and raw.strip():
        # "Artikel: Laadpaal 11 kW": a product without a SKU still is a product.
        qty = re.match(r"^\s*(\d{1,3})\s*[x×]\s*", raw)
        description = raw[qty.end():] if qty else raw
        draft.products.append(
            ProductValue(None, int(qty.group(1)) if qty else 1, bool(qty), description.strip(), line)
        )


def _assign_product_part(draft: Draft, path: str, raw: str, line: Line, ctx: Context) -> None:
    if path == L.PRODUCT_SKU or not draft.products:
        draft.products.append(ProductValue(None, 1, False, None, line))
    product = draft.products[-1]
    if path == L.PRODUCT_SKU:
        mentions = parse_product_line(raw, ctx.partner, exclude=ctx.exclude_ids)
        product.sku = mentions[0].sku if mentions else (raw.strip().upper() or None)
    elif path == L.PRODUCT_DESCRIPTION:
        product.description = raw.strip() or None
    else:
        quantity = normalize_quantity(raw)
        if quantity:
            product.quantity, product.quantity_stated = quantity, True


_PRODUCT_COLUMNS = {L.PRODUCT_SKU, L.PRODUCT_DESCRIPTION, L.PRODUCT_QUANTITY, L.PRODUCT_LINE}


def _product_header(line: Line) -> list[str | None] | None:
    """"Artikelcode | Omschrijving | Aantal": the columns of an order-line table.

    Column names set apart by two spaces ("Aantal  Artikel      Omschrijving") are one
    word each: when every word is a product column, the words are the columns.
    """
    if line.cells:
        fields = _product_columns(line.cells)
        if fields is not None:
            return fields
    words = line.text.split()
    fields = _product_columns(words)
    if fields is None:
        return None
    return fields if all(fields) else []


def _product_columns(cells: list[str]) -> list[str | None] | None:
    if len(cells) > 12:
        return None  # a sentence, not a row of column names
    fields = [L.field_for_label(cell) for cell in cells]
    known = [f for f in fields if f]
    if len(known) >= 2 and len(set(known) & _PRODUCT_COLUMNS) >= 2 and len(known) >= len(fields) - 1:
        return fields
    return None


def _add_products(draft: Draft, line: Line, ctx: Context, columns, in_products: bool) -> bool:
    text = line.text
    order_line = (in_products or columns is not None or bool(_LIST_ITEM.match(text))
                  or _counted_item(line, ctx))
    if columns and line.cells and len(line.cells) == len(columns):
        return _add_table_row(draft, line, ctx, columns)
    mentions = parse_product_line(
        text, ctx.partner, exclude=ctx.exclude_ids, order_line=order_line,
        trailing_quantity=columns is not None,
    )
    method = LABELLED if order_line else PROSE  # a SKU named in running text
    for m in mentions:
        draft.products.append(
            ProductValue(m.sku, m.quantity, m.quantity_stated, m.description, line, method)
        )
    return bool(mentions)


def _section_title(text: str) -> str:
    """"— Producten —", "=== PRODUCTS ===": a heading framed by rules is the words inside."""
    return text.strip(_SECTION_FRAME)


def _counted_item(line: Line, ctx: Context) -> bool:
    """A line that opens with a count and the partner's article code is an order line by its
    form, whatever heading it stands under ("PAKKET", "Werkzaamheden / materiaal"): running
    text does not begin "1 x GRO-ALFEN-11", nor does a value behind a label nobody knows
    ("Kit: 1 x ALVA-PULSAR-11"). Only a mapped SKU counts here: a look-alike is read as one
    only on lines already known to be order lines."""
    text = line.value if line.label and line.value else line.text  # "Kit: 1 x ALVA-..."
    count = _COUNTED_ITEM.match(text)
    if not count:
        return False
    skus = find_skus(text, ctx.partner, exclude=ctx.exclude_ids, order_line=False)
    return bool(skus) and skus[0][1] == count.end()


def _add_table_row(draft: Draft, line: Line, ctx: Context, columns) -> bool:
    row = product_from_row(columns, line.cells, ctx.partner, exclude=ctx.exclude_ids)
    if row is None:
        return False
    draft.products.append(
        ProductValue(row.sku, row.quantity or 1, row.quantity is not None, row.description, line)
    )
    return True


def _continue_notes(draft: Draft, line: Line) -> None:
    notes = draft.fields.get("installation_preferences.notes")
    if notes is None or notes.value is None:
        return
    notes.value = f"{notes.value} {line.text.strip()}"


def finish_draft(draft: Draft) -> None:
    """Join what was written in parts: "14" + "A" -> "14A"; Voornaam + Achternaam -> name."""
    number = draft.fields.get("customer.address.house_number")
    if draft.addition and number and number.value:
        joined = normalize_field(
            "customer.address.house_number", f"{number.raw} {draft.addition.value}"
        )
        if joined:
            number.value = joined
    join_note_parts(draft)
    parts = [draft.name_parts[p] for p in _NAME_PARTS if p in draft.name_parts]
    if parts and draft.get("customer.name") is None and L.LAST_NAME in draft.name_parts:
        name = normalize_field("customer.name", " ".join(p.value for p in parts))
        last = draft.name_parts[L.LAST_NAME]
        draft.set("customer.name", FieldValue(name, last.method, last.line, name or ""))
    _company_name(draft)
    _belgian_phone(draft)


def _company_name(draft: Draft) -> None:
    """A business customer is named by its company; a person's name beside it (the contact)
    makes the name wait for a person to confirm."""
    if draft.company is None:
        return
    person = draft.fields.get("customer.name")
    draft.fields["customer.name"] = draft.company
    if person is not None and str(person.value).casefold() != str(draft.company.value).casefold():
        draft.conflicts.setdefault("customer.name", []).append(person)


def _belgian_phone(draft: Draft) -> None:
    """A national number ("0470 12 34 56") with a Belgian postcode is a Belgian number."""
    phone, postcode = draft.fields.get("customer.phone"), draft.get("customer.address.postal_code")
    if phone and postcode and " " not in postcode and phone.raw.strip().startswith("0") \
            and not phone.raw.strip().startswith("00"):
        phone.value = normalize_phone(phone.raw, "BE") or phone.value
