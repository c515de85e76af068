"""DOCX attachments: paragraphs and tables in document order (python-docx)."""

from __future__ import annotations

import io

import docx
from docx.table import Table

from extraction.parsing.documents import DocumentText
from extraction.parsing.limits import Budget, zip_declared_size


def read_docx(data: bytes, name: str, budget: Budget) -> DocumentText:
    if not budget.take_decompressed(zip_declared_size(data), name):
        return DocumentText(note="over limit")
    document = docx.Document(io.BytesIO(data))
    lines = []
    for block in document.iter_inner_content():
        if budget.out_of_time():
            break
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            lines.append(block.text)
    return DocumentText(text="\n".join(lines).strip())


def _table_lines(table: Table) -> list[str]:
    """One line per row, cells apart; a merged cell (repeated by python-docx) counted once."""
    lines = []
    for row in table.rows:
        cells, previous = [], None
        for cell in row.cells:
            if cell._tc is previous:
                continue
            previous = cell._tc
            text = " ".join(cell.text.split())
            if text:
                cells.append(text)
        if cells:
            lines.append(" | ".join(cells))
    return lines
