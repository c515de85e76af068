"""DOCX attachments: paragraphs and tables in document order (python-docx)."""

from __future__ import annotations

import io

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

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
            lines.append(_visible_text(block))
    return DocumentText(text="\n".join(lines).strip())


def _visible_text(paragraph: Paragraph) -> str:
    """The paragraph without runs formatted as hidden text (Word's "vanish"), as in HTML."""
    runs = [item for item in paragraph.iter_inner_content()]
    if not any(isinstance(run, Run) and run.font.hidden for run in runs):
        return paragraph.text
    parts = []
    for item in runs:
        if isinstance(item, Run):
            if not item.font.hidden:
                parts.append(item.text)
        else:  # a hyperlink: its own runs
            parts.extend(run.text for run in item.runs if not run.font.hidden)
    return "".join(parts)


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
