"""PDF order forms: the text layer, and the values typed into AcroForm fields.

Filled-in form values live in the field dictionaries, not (reliably) in the page text, so
they are read separately and added to the text as "Field: value" lines. A PDF with neither
text nor form values is a scan: it is kept, marked "needs OCR", and the message goes to review.
"""

from __future__ import annotations

import contextlib
import io
import logging

import pypdf
from pypdf.errors import PyPdfError

from extraction.parsing.documents import DocumentText
from extraction.parsing.limits import Budget, limit_problem

# pypdf warns about every quirk of every file (and may quote its content): errors only.
logging.getLogger("pypdf").setLevel(logging.ERROR)

# The largest single stream pypdf may inflate (its own default): a bomb inside one stream.
_PYPDF_STREAM_CAP = 75_000_000


def read_pdf(data: bytes, name: str, budget: Budget) -> DocumentText:
    with _pypdf_limits(budget):
        try:
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
            return _unreadable(data, name, budget, exc)
        if reader.is_encrypted and not _decrypt(reader):
            return DocumentText(note="encrypted", problems=[f"encrypted: {name}"])
        fields = _form_fields(reader)
        pages_text = _pages_text(reader, name, budget)
    return _document(pages_text, fields, name)


def _document(pages_text: list[str], fields: dict[str, str], name: str) -> DocumentText:
    text = "\n\n".join(page for page in pages_text if page.strip())
    if fields:
        field_lines = "\n".join(f"{key}: {value}" for key, value in fields.items())
        text = f"{text}\n\n{field_lines}" if text else field_lines
    if not text.strip():
        return DocumentText(note="needs OCR", problems=[f"needs_ocr: {name}"])
    return DocumentText(text=text, form_fields=fields or None)


def _pages_text(reader: pypdf.PdfReader, name: str, budget: Budget) -> list[str]:
    limit = budget.settings.max_pdf_pages
    count = len(reader.pages)
    if count > limit:
        budget.note(limit_problem("pdf_pages", limit, name))
    texts = []
    for index in range(min(count, limit)):
        if budget.out_of_time():
            break
        try:
            texts.append(reader.pages[index].extract_text() or "")
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError):
            # One broken page (bad font, bad content stream) does not cost the others.
            texts.append("")
    return texts


def _decrypt(reader: pypdf.PdfReader) -> bool:
    # Many generated PDFs are "encrypted" with an empty user password only.
    try:
        return bool(reader.decrypt(""))
    except (PyPdfError, NotImplementedError, ValueError, KeyError, TypeError):
        return False


def _form_fields(reader: pypdf.PdfReader) -> dict[str, str]:
    try:
        fields = reader.get_fields() or {}
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return {}
    values = {}
    for key, spec in fields.items():
        value = _field_value(spec.get("/V") if hasattr(spec, "get") else None)
        if value:
            values[str(key)] = value
    return values


def _field_value(value) -> str:
    """A field's value as the form shows it; unchecked boxes ("/Off") and empties are left out."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(filter(None, (_field_value(item) for item in value)))
    if isinstance(value, pypdf.generic.NameObject):
        return "" if value == "/Off" else str(value)[1:]
    if isinstance(value, bytes):
        return value.decode("latin-1").strip()
    return str(value).strip()


def _unreadable(data: bytes, name: str, budget: Budget, exc: Exception) -> DocumentText:
    """pypdf cannot open it: pdfminer (through pdfplumber) is a second, independent parser."""
    try:
        pages_text = _pdfplumber_pages(data, name, budget)
    except Exception:  # noqa: BLE001 - pdfminer raises its own zoo of exceptions on junk
        reason = f"{type(exc).__name__}: {exc}"[:200]
        return DocumentText(note="unreadable", problems=[f"parse_error: {name}: {reason}"])
    return _document(pages_text, {}, name)


def _pdfplumber_pages(data: bytes, name: str, budget: Budget) -> list[str]:
    import pdfplumber  # imported here: only broken PDFs need it

    limit = budget.settings.max_pdf_pages
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        if len(pdf.pages) > limit:
            budget.note(limit_problem("pdf_pages", limit, name))
        texts = []
        for page in pdf.pages[:limit]:
            if budget.out_of_time():
                break
            texts.append(page.extract_text() or "")
    return texts


@contextlib.contextmanager
def _pypdf_limits(budget: Budget):
    """pypdf's own decompression caps, lowered to what the message may still inflate.

    Also: never run the external jbig2dec binary on a hostile file.
    """
    apply = getattr(pypdf, "apply_configuration", None)
    if apply is None:  # pypdf < 7 has only the module constants
        yield
        return
    cap = max(min(_PYPDF_STREAM_CAP, budget.decompressed_left), 1)
    with apply(
        zlib_maximum_output_length=cap,
        lzw_maximum_output_length=cap,
        run_length_maximum_output_length=cap,
        brotli_maximum_output_length=cap,
        jbig2_maximum_output_length=cap,
        array_based_stream_maximum_output_length=cap,
        jbig2dec_binary=None,
    ):
        yield
