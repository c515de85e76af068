"""Attachments for the holdout batch: a text PDF form, XLSX and CSV exports.

All of them come out byte-identical on every run: the PDF is written by hand (no
creation date), the XLSX zip gets fixed member timestamps and document properties.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

import openpyxl

FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- PDF


def _pdf_text(s: str) -> bytes:
    """A PDF literal string in WinAnsi (cp1252), with its delimiters escaped."""
    raw = s.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf_form(items, title="Formulier") -> bytes:
    """A one-page A4 PDF with text placed like a filled-in form.

    items: (x, y, bold, size, text) from the bottom-left corner, as a form designer
    positions a label and its value as separate text runs on the same baseline.
    """
    ops = []
    for x, y, bold, size, text in items:
        font = b"/F2" if bold else b"/F1"
        ops.append(b"BT %s %d Tf %d %d Td %s Tj ET" % (font, size, x, y, _pdf_text(text)))
    stream = b"\n".join(ops) + b"\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
        b"/Encoding /WinAnsiEncoding >>"),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Title %s /Producer (Formulierenserver 3.2) >>" % _pdf_text(title),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, len(objects), xref))
    return bytes(out)


# ---------------------------------------------------------------- XLSX


def xlsx_bytes(sheet_name, header, rows, widths=None) -> bytes:
    """An XLSX workbook with one sheet; dates stay real Excel dates."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet_name
    ws.append(header)
    for row in rows:
        ws.append(row)
    for cell in ws[1]:
        cell.font = openpyxl.styles.Font(bold=True)
    for col, width in (widths or {}).items():
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, (dt.date, dt.datetime)):
                cell.number_format = "DD-MM-YYYY"
    wb.properties.creator = "Microsoft Excel"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    return _repack(buf.getvalue())


def _repack(data: bytes) -> bytes:
    """Rewrite the zip with fixed member times and a fixed modified stamp."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _fixed_core(body)
            member = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, body)
    return out.getvalue()


def _fixed_core(body: bytes) -> bytes:
    """openpyxl stamps 'modified' with the clock on save; put the fixed time back."""
    import re

    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    return re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                  rb"\g<1>" + stamp + rb"\g<2>", body)


# ---------------------------------------------------------------- CSV


def csv_bytes(header, rows, delimiter=";", encoding="cp1252", bom=False) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    data = buf.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data
