"""XLSX and CSV attachments: rows of cell strings, and a text a label/value extractor can read.

A one-order-per-row export becomes one block of "Header: value" lines per row, blocks
separated by a blank line; a two-column form sheet becomes "Label: value" lines. The rows
themselves (header first) go along for extractors that prefer the grid.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter

import openpyxl

from extraction.parsing.charsets import decode_bytes
from extraction.parsing.documents import DocumentText
from extraction.parsing.limits import Budget, limit_problem, zip_declared_size

MAX_TABLE_ROWS = 10_000  # per sheet; an order export is a few hundred rows at most
_CSV_DELIMITERS = (";", ",", "\t", "|")


def read_xlsx(data: bytes, name: str, budget: Budget) -> DocumentText:
    if not budget.take_decompressed(zip_declared_size(data), name):
        return DocumentText(note="over limit")
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheets = []
        for sheet in workbook.worksheets:
            if budget.out_of_time():
                break
            if sheet.sheet_state != "visible":  # as with hidden HTML: read what a person sees
                continue
            sheet.reset_dimensions()  # a declared A1:XFD1048576 must not make us pad cells
            rows = _sheet_rows(sheet, name, budget)
            if rows:
                sheets.append((sheet.title, rows))
    finally:
        workbook.close()
    return _tables_document(sheets)


def _sheet_rows(sheet, name: str, budget: Budget) -> list[list[str]]:
    rows = []
    for index, values in enumerate(sheet.iter_rows(values_only=True)):
        if index % 500 == 0 and budget.out_of_time():
            break
        if len(rows) >= MAX_TABLE_ROWS:
            budget.note(limit_problem("rows", MAX_TABLE_ROWS, name))
            break
        row = _trim([cell_text(value) for value in values])
        if row:
            rows.append(row)
    return rows


def cell_text(value) -> str:
    """A cell as Excel shows it by default: ISO dates, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}"  # 0.1 + 0.2 shows as 0.3, as in Excel
    return str(value)


def _trim(row: list[str]) -> list[str]:
    while row and not row[-1].strip():
        row.pop()
    return row


def read_csv(data: bytes, name: str, charset: str | None, budget: Budget) -> DocumentText:
    """CSV with ";" or "," (Dutch exports use ";" because "," is the decimal mark)."""
    text = decode_bytes(data, charset)
    delimiter = sniff_delimiter(text)
    rows = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            if len(rows) >= MAX_TABLE_ROWS:
                budget.note(limit_problem("rows", MAX_TABLE_ROWS, name))
                break
            row = _trim([cell for cell in row])
            if row:
                rows.append(row)
    except csv.Error:
        # A field past csv's size limit or a NUL byte: the text is still readable as text.
        return DocumentText(text=text)
    return _tables_document([("", rows)]) if rows else DocumentText(text=text)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent number of columns."""
    sample = text[:20_000].splitlines()[:30]
    best, best_score = ",", (0.0, 0)
    for delimiter in _CSV_DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(sample, delimiter=delimiter) if row]
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = (count / len(widths), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _tables_document(sheets: list[tuple[str, list[list[str]]]]) -> DocumentText:
    if not sheets:
        return DocumentText(text="")
    blocks = []
    for title, rows in sheets:
        text = render_rows(rows)
        blocks.append(f"[{title}]\n{text}" if len(sheets) > 1 and title else text)
    # TextSource.rows holds one grid: the first sheet's, which is where orders are.
    return DocumentText(text="\n\n".join(blocks), rows=sheets[0][1])


def render_rows(rows: list[list[str]]) -> str:
    if _is_form(rows):
        return "\n".join(_label_line(row) for row in rows)
    if len(rows) >= 2 and _is_header(rows[0]):
        return "\n\n".join(_record(rows[0], row) for row in rows[1:])
    return "\n".join(" | ".join(cell for cell in row if cell.strip()) for row in rows)


def _filled(row: list[str]) -> list[str]:
    return [cell for cell in row if cell.strip()]


def _is_form(rows: list[list[str]]) -> bool:
    """A form sheet (label in one column, value beside it), not a two-column table."""
    filled = [_filled(row) for row in rows]
    if any(len(cells) > 2 for cells in filled):
        return False
    labels = [cells[0] for cells in filled if len(cells) == 2]
    if not labels:
        return False
    if sum(label.rstrip().endswith(":") for label in labels) * 2 >= len(labels):
        return True
    first_value = filled[0][1] if len(filled[0]) == 2 else ""
    return (
        len(rows) >= 3
        and all(_label_like(label) for label in labels)
        and len(set(labels)) == len(labels)
        and not _label_like(first_value)  # a header row would hold a label here too
    )


def _label_like(cell: str) -> bool:
    return bool(cell.strip()) and len(cell) <= 40 and not re.search(r"[\d@]", cell)


def _label_line(row: list[str]) -> str:
    cells = _filled(row)
    if len(cells) == 2:
        label = cells[0].rstrip()
        return f"{label} {cells[1]}" if label.endswith(":") else f"{label}: {cells[1]}"
    return cells[0] if cells else ""


def _is_header(row: list[str]) -> bool:
    filled = [cell for cell in row if cell.strip()]
    return (
        len(filled) >= 2
        and len(filled) == len(row)
        and not any(
            cell.strip().replace(".", "").replace(",", "").replace("-", "").isdigit()
            for cell in filled
        )
    )


def _record(header: list[str], row: list[str]) -> str:
    lines = []
    for index, value in enumerate(row):
        if not value.strip():
            continue
        label = header[index].strip() if index < len(header) else f"column {index + 1}"
        lines.append(f"{label}: {value}")
    return "\n".join(lines)
