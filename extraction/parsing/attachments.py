"""Which reader reads a file, by the type its content shows (``filetypes.sniff``)."""

from __future__ import annotations

from extraction.parsing import filetypes
from extraction.parsing.charsets import decode_bytes
from extraction.parsing.documents import DocumentText
from extraction.parsing.documents.docx import read_docx
from extraction.parsing.documents.json_doc import read_json
from extraction.parsing.documents.outlook import read_msg, read_tnef
from extraction.parsing.documents.pdf import read_pdf
from extraction.parsing.documents.spreadsheet import read_csv, read_xlsx
from extraction.parsing.documents.xml_doc import read_xml
from extraction.parsing.html_text import html_to_text
from extraction.parsing.limits import Budget


def read_document(
    data: bytes, kind: str, name: str, charset: str | None, budget: Budget
) -> DocumentText | None:
    """The file's text, or None for files that hold no text we read (images, archives)."""
    if kind == filetypes.PDF:
        return read_pdf(data, name, budget)
    if kind == filetypes.XLSX:
        return read_xlsx(data, name, budget)
    if kind == filetypes.DOCX:
        return read_docx(data, name, budget)
    if kind == filetypes.CSV:
        return read_csv(data, name, charset, budget)
    if kind == filetypes.JSON:
        return read_json(data, name, charset)
    if kind == filetypes.XML:
        return read_xml(data, name)
    if kind == filetypes.TNEF:
        return read_tnef(data, name)
    if kind == filetypes.OUTLOOK_MSG:
        return read_msg(data, name)
    if kind == filetypes.HTML:
        return DocumentText(text=html_to_text(decode_bytes(data, charset)))
    if kind == filetypes.TEXT:
        return DocumentText(text=decode_bytes(data, charset))
    return None
