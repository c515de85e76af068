"""Spreadsheet and CSV attachments (rows, header first) and PDF form fields -> order drafts.

An order export has one row per order line; rows with the same order id (or, without one,
the same customer) are one order. A value that differs between the rows of one order is a
conflict, recorded on the draft.
"""

from __future__ import annotations

import csv
import io
import re

from extraction.lines import Line
from extraction.offline import labels as L
from extraction.offline.bare_date import read_bare_date
from extraction.offline.blocks import Context, assign_labelled, finish_draft
from extraction.offline.draft import Draft, ProductValue
from extraction.offline.products import product_from_row
from extraction.parsed import TextSource

_PRODUCT_COLUMNS = (L.PRODUCT_SKU, L.PRODUCT_LINE, L.PRODUCT_DESCRIPTION, L.PRODUCT_QUANTITY)


def table_rows(source: TextSource) -> list[list[str]] | None:
    """The source's rows; a CSV attachment without parsed rows is read from its text."""
    if source.rows:
        return [[_cell(c) for c in row] for row in source.rows]
    if source.kind == "attachment" and (
        "csv" in source.content_type or source.name.lower().endswith(".csv")
    ):
        sample = source.text[:2000]
        delimiter = max(";,\t", key=sample.count)
        return [row for row in csv.reader(io.StringIO(source.text), delimiter=delimiter) if row]
    return None


def _cell(value) -> str:
    text = "" if value is None else str(value).strip()
    return text[:-2] if re.fullmatch(r"\d+\.0", text) else text  # 140.0 -> 140


def drafts_from_rows(index: int, source: TextSource, ctx: Context, learned, names) -> list[Draft]:
    rows = table_rows(source)
    if not rows or len(rows) < 2:
        return []
    lines = [_row_line(index, source, number, row) for number, row in enumerate(rows)]
    return drafts_from_table(lines, rows, ctx, learned, names)


def text_tables(lines: list[Line], learned, names) -> list[tuple[list[Line], list[list[str]]]]:
    """Tables written in a text ("Ordernr | Naam | Adres | ..." and rows below it)."""
    tables, i = [], 0
    while i < len(lines):
        header = lines[i]
        if len(header.cells) >= 3 and _order_header(header.cells, learned, names):
            members = [header]
            while i + len(members) < len(lines) and (
                len(lines[i + len(members)].cells) == len(header.cells)
            ):
                members.append(lines[i + len(members)])
            if len(members) >= 2:
                tables.append((members, [m.cells for m in members]))
            i += len(members)
            continue
        i += 1
    return tables


def _order_header(cells: list[str], learned, names) -> bool:
    fields = [L.field_for_label(cell, learned, names) for cell in cells]
    order_fields = [f for f in fields if f and f != L.IGNORED and f not in _PRODUCT_COLUMNS]
    return len(order_fields) >= 3


def drafts_from_table(lines: list[Line], rows: list[list[str]], ctx: Context, learned,
                      names) -> list[Draft]:
    """Rows under a header of field labels; ``lines`` are the rows' lines, header first."""
    header = [L.field_for_label(h, learned, names) for h in rows[0]]
    if sum(1 for f in header if f and f != L.IGNORED) < 3:
        return []
    index = lines[0].source_index
    groups: dict[str, Draft] = {}
    for line in lines:
        line.layout, line.header_fields = "table", header
        line.header_labels = [L.normalize_label(h) for h in rows[0]]
    for line, row in zip(lines[1:], rows[1:], strict=False):
        if not any(cell.strip() for cell in row):
            continue
        draft = _draft_for_row(groups, header, row, index)
        for column, cell, name in zip(header, row, rows[0], strict=False):
            if column and column not in _PRODUCT_COLUMNS and column != L.IGNORED:
                _assign_cell(draft, column, cell, line, ctx, rows[0][header.index(column)])
            elif column == L.IGNORED:
                read_bare_date(draft, line, L.normalize_label(name), cell, ctx.reference_date)
        _row_product(draft, header, row, line, ctx)
    for draft in groups.values():
        finish_draft(draft)
    return list(groups.values())


def _row_line(index: int, source: TextSource, number: int, row: list[str]) -> Line:
    text = " | ".join(row)
    return Line(index, source.name, source.position, number, text, 0,
                layout="table", cells=list(row), is_attachment=True)


def _draft_for_row(groups: dict[str, Draft], header, row, index: int) -> Draft:
    key_columns = ("partner_order_id", "customer.email", "customer.name")
    key = next(
        (row[header.index(c)].strip().lower() for c in key_columns
         if c in header and header.index(c) < len(row) and row[header.index(c)].strip()),
        f"row-{len(groups)}",
    )
    if key not in groups:
        groups[key] = Draft(index, 0)
    return groups[key]


def _assign_cell(draft: Draft, column: str, cell: str, line: Line, ctx: Context, label: str):
    """Like a labelled line; a second row that disagrees is a conflict, not an overwrite."""
    probe = Line(line.source_index, line.source_name, line.position, line.number, line.text,
                 line.depth,
                 label=L.normalize_label(label), field=column, value=cell, layout="cells",
                 is_attachment=True)
    trial = Draft(draft.source_index, 0)
    assign_labelled(trial, probe, ctx)
    for path, found in trial.fields.items():
        existing = draft.fields.get(path)
        if existing is None:
            draft.fields[path] = found
        elif str(existing.value).lower() != str(found.value).lower():
            draft.conflicts.setdefault(path, []).append(found)
    if trial.addition and draft.addition is None:
        draft.addition = trial.addition
    for part, found in trial.name_parts.items():  # "contact_firstname", "contact_lastname"
        draft.name_parts.setdefault(part, found)
    if trial.company is not None and draft.company is None:
        draft.company = trial.company
    draft.sources.add(line.source_index)


def _row_product(draft: Draft, header, row, line: Line, ctx: Context) -> None:
    found = product_from_row(header, row, ctx.partner, exclude=ctx.exclude_ids)
    if found is not None:
        draft.products.append(ProductValue(found.sku, found.quantity or 1,
                                           found.quantity is not None, found.description, line))


def drafts_from_form(index: int, source: TextSource, ctx: Context, learned, names) -> list[Draft]:
    """AcroForm fields ("Klant_Naam": "..."): each field is a labelled line."""
    if not source.form_fields:
        return []
    draft = Draft(index, 0)
    numbered: dict[str, list[tuple[str, str, Line]]] = {}
    for number, (name, value) in enumerate(source.form_fields.items()):
        line = Line(index, source.name, source.position, number, f"{name}: {value}", 0,
                    label=L.normalize_label(name), value=str(value), layout="form",
                    is_attachment=True)
        part = _numbered_product_part(name, learned, names)
        if part is not None and str(value).strip():
            numbered.setdefault(part[0], []).append((part[1], str(value), line))
            continue
        line.field = L.field_for_label(name, learned, names)
        if not line.field or line.field == L.IGNORED or not str(value).strip():
            continue
        assign_labelled(draft, line, ctx)
    for parts in numbered.values():
        _numbered_product(draft, parts, ctx)
    finish_draft(draft)
    return [draft] if draft.fields or draft.products else []


_NUMBERED = re.compile(r"^(\D+?)\s*(\d{1,2})\s+(\D+)$")


def _numbered_product_part(name: str, learned, names) -> tuple[str, str] | None:
    """"artikel1_code" -> ("1", SKU column): one order line split over numbered fields."""
    match = _NUMBERED.match(L.normalize_label(name))
    if not match or L.field_for_label(match[1], learned, names) not in _PRODUCT_COLUMNS:
        return None
    column = L.field_for_label(match[3], learned, names)
    return (match[2], column) if column in _PRODUCT_COLUMNS else None


def _numbered_product(draft: Draft, parts: list[tuple[str, str, Line]], ctx: Context) -> None:
    columns, cells = [c for c, _, _ in parts], [v for _, v, _ in parts]
    found = product_from_row(columns, cells, ctx.partner, exclude=ctx.exclude_ids)
    if found is None:
        return
    line = next((ln for c, _, ln in parts if c in (L.PRODUCT_SKU, L.PRODUCT_LINE)), parts[0][2])
    draft.products.append(ProductValue(found.sku, found.quantity or 1, found.quantity is not None,
                                       found.description, line))
