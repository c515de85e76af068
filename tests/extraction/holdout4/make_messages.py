#!/usr/bin/env python3
"""Build the holdout4 blind batch: 30 partner e-mails (emails/*.eml) and their answers
(expected/*.json).

Standard library only. Nothing varies between runs: dates, Message-IDs, MIME boundaries,
zip timestamps and PDF ids are fixed.

    python3 make_messages.py          write emails/ and expected/
    python3 make_messages.py --check  rebuild in memory and compare byte for byte
"""
import base64
import datetime as dt
import email.header
import html
import io
import json
import quopri
import struct
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRLF = "\r\n"

# --------------------------------------------------------------------------------------
# MIME building blocks (hand-made so that every byte is under control)
# --------------------------------------------------------------------------------------


def crlf(text):
    """Normalise any line ending to CRLF."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", CRLF)


def enc_header(value, name="Subject"):
    """RFC 2047 encode a header value when it is not pure ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return email.header.Header(value, "utf-8", header_name=name).encode(linesep=CRLF)


def addr(name, address):
    if not name:
        return address
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{email.header.Header(name, 'utf-8').encode()} <{address}>"
    if any(c in name for c in '()<>[]:;@\\,."'):
        return f'"{name}" <{address}>'
    return f"{name} <{address}>"


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body  # bytes, CRLF line endings, ending with CRLF

    def serialize(self):
        out = "".join(f"{k}: {v}{CRLF}" for k, v in self.headers).encode("ascii")
        return out + CRLF.encode() + self.body


def _encode_body(data, cte):
    """data: bytes with LF line endings (text) or raw bytes (binary)."""
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        enc = enc.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if not enc.endswith(b"\r\n"):
            enc += b"\r\n"
        return enc
    if cte == "base64":
        enc = base64.encodebytes(data).replace(b"\n", b"\r\n")
        return enc
    if cte in ("7bit", "8bit"):
        enc = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if not enc.endswith(b"\r\n"):
            enc += b"\r\n"
        return enc
    raise ValueError(cte)


def text(content, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=()):
    content = content.replace("\r\n", "\n")
    if not content.endswith("\n"):
        content += "\n"
    if cte == "base64":
        data = content.replace("\n", "\r\n").encode(charset)
    else:
        data = content.encode(charset)
    headers = [("Content-Type", f'text/{subtype}; charset="{charset}"{params}'),
               ("Content-Transfer-Encoding", cte)]
    headers.extend(extra)
    return Part(headers, _encode_body(data, cte))


def attachment(data, ctype, filename, cte="base64", disposition="attachment", extra=()):
    headers = [("Content-Type", f'{ctype}; name="{filename}"'),
               ("Content-Disposition", f'{disposition}; filename="{filename}"'),
               ("Content-Transfer-Encoding", cte)]
    headers.extend(extra)
    return Part(headers, _encode_body(data, cte))


def multipart(subtype, parts, boundary, params="", preamble=None):
    body = b""
    if preamble:
        body += crlf(preamble + "\n").encode("ascii")
    for p in parts:
        body += f"--{boundary}{CRLF}".encode() + p.serialize()
    body += f"--{boundary}--{CRLF}".encode()
    ct = f'multipart/{subtype};{CRLF} boundary="{boundary}"{params}'
    return Part([("Content-Type", ct)], body)


def message(headers, root):
    """headers: list of (name, value); root: Part. Returns bytes."""
    lines = "".join(f"{k}: {v}{CRLF}" for k, v in headers)
    lines += f"MIME-Version: 1.0{CRLF}"
    lines += "".join(f"{k}: {v}{CRLF}" for k, v in root.headers)
    return lines.encode("ascii") + CRLF.encode() + root.body


def fold(value, first=10, width=76):
    """Fold a long structured header value at spaces (first: length of 'Name: ')."""
    lines, cur, limit = [], "", width - first
    for word in value.split(" "):
        if cur and len(cur) + 1 + len(word) > limit:
            lines.append(cur)
            cur, limit = word, width - 1
        else:
            cur = f"{cur} {word}" if cur else word
    lines.append(cur)
    return f"{CRLF} ".join(lines)


def received(host, ip, qid, intake, date):
    tz = "(CEST)" if date.endswith("+0200") else "(CET)"
    return fold(f"from {host} ({host} [{ip}]) by mx1.orders.chargecars.nl (Postfix) with ESMTPS "
                f"id {qid} for <{intake}>; {date} {tz}")


# --------------------------------------------------------------------------------------
# Small HTML helpers for people's mail clients
# --------------------------------------------------------------------------------------


def esc(s):
    return html.escape(s, quote=False)


def paras_html(txt, p_open="<p class=MsoNormal>", p_close="</p>"):
    """Blank-line separated paragraphs -> <p> with <br> for inner line breaks."""
    out = []
    for block in txt.strip("\n").split("\n\n"):
        lines = [esc(line) for line in block.split("\n")]
        out.append(p_open + "<br>\n".join(lines) + p_close)
    return "\n".join(out)


def outlook_html(inner):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;} '
            '--></style></head>\n<body lang="NL" link="#467886" vlink="#96607D">\n'
            '<div class="WordSection1">\n' + inner + '\n</div>\n</body></html>\n')


def outlook_header_block(rows):
    cells = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in rows)
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class=MsoNormal>{cells}</p>\n</div>\n<p class=MsoNormal>&nbsp;</p>')


def gmail_html(txt):
    out = []
    for line in txt.strip("\n").split("\n"):
        out.append(f"<div>{esc(line)}</div>" if line else "<div><br></div>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


# --------------------------------------------------------------------------------------
# Attachments: PDF (text layer), XLSX, PNG, CSV
# --------------------------------------------------------------------------------------


def _pdf_str(s):
    raw = s.encode("cp1252")
    out = bytearray(b"(")
    for b in raw:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    out += b")"
    return bytes(out)


def make_pdf(pages, title, author, created, file_id):
    """pages: list of lists of (x, y, font, size, text); font in F1 (regular), F2 (bold).
    created: 'D:20260907111500+02'00''. Returns bytes."""
    objs = {}
    n_pages = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    page_ids = []
    next_id = 6
    for items in pages:
        pid, cid = next_id, next_id + 1
        next_id += 2
        page_ids.append(pid)
        stream = bytearray()
        for x, y, font, size, s in items:
            stream += b"BT /%s %d Tf 1 0 0 1 %.2f %.2f Tm " % (font.encode(), size, x, y)
            stream += _pdf_str(s) + b" Tj ET\n"
        comp = zlib.compress(bytes(stream), 9)
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> /ProcSet [/PDF /Text] >> "
                     b"/Contents %d 0 R >>" % cid)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
               b" /Producer (ReportLite 1.4) /CreationDate " + _pdf_str(created) + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid in sorted(objs):
        offsets[oid] = len(out)
        out += b"%d 0 obj\n" % oid + objs[oid] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for oid in range(1, size):
        out += b"%010d 00000 n \n" % offsets[oid]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, file_id.encode(), file_id.encode(), xref))
    return bytes(out)


class PdfPage:
    """Top-down layout helper for simple forms."""

    def __init__(self, top=800, left=50):
        self.items = []
        self.y = top
        self.left = left

    def line(self, s, font="F1", size=10, x=None, gap=15):
        self.items.append((x if x is not None else self.left, self.y, font, size, s))
        self.y -= gap

    def kv(self, label, value, x2=200, size=10, gap=15):
        if label:
            self.items.append((self.left, self.y, "F2", size, label))
        if value:
            self.items.append((x2, self.y, "F1", size, value))
        self.y -= gap

    def row(self, cols, xs, font="F1", size=10, gap=15):
        for c, x in zip(cols, xs):
            if c:
                self.items.append((x, self.y, font, size, c))
        self.y -= gap

    def space(self, h=10):
        self.y -= h


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, stamp, creator="Microsoft Excel"):
    """sheets: list of (name, rows, widths). Cells: str, int, float, dt.date or None.
    Row 0 is a bold header row. Dates use the dd-mm-yyyy number format."""
    def cell_xml(ref, v, header):
        style = ' s="2"' if header else ""
        if v is None:
            return ""
        if isinstance(v, dt.date):
            serial = (v - dt.date(1899, 12, 30)).days
            return f'<c r="{ref}" s="1"><v>{serial}</v></c>'
        if isinstance(v, (int, float)):
            return f'<c r="{ref}"{style}><v>{v}</v></c>'
        return (f'<c r="{ref}" t="inlineStr"{style}><is><t xml:space="preserve">'
                f'{html.escape(v, quote=False)}</t></is></c>')

    sheet_xml = []
    for name, rows, widths in sheets:
        cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w}" customWidth="1"/>'
                       for i, w in enumerate(widths))
        body = []
        for r, row in enumerate(rows):
            cells = "".join(cell_xml(f"{_col(c)}{r + 1}", v, r == 0) for c, v in enumerate(row))
            body.append(f'<row r="{r + 1}">{cells}</row>')
        last = f"{_col(max(len(r) for r in rows) - 1)}{len(rows)}"
        sheet_xml.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<dimension ref="A1:{last}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols>'
            f'<sheetData>{"".join(body)}</sheetData></worksheet>')
    files = {}
    files["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                  for i in range(len(sheets))) +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '</Types>')
    files["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '</Relationships>')
    files["docProps/core.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<dc:creator>{html.escape(creator)}</dc:creator>'
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp.strftime("%Y-%m-%dT%H:%M:%SZ")}</dcterms:created>'
        '</cp:coreProperties>')
    files["xl/workbook.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        + "".join(f'<sheet name="{html.escape(s[0])}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                  for i, s in enumerate(sheets)) + '</sheets></workbook>')
    files["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                  for i in range(len(sheets))) +
        f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '</Relationships>')
    files["xl/styles.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts>'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        '</styleSheet>')
    for i, x in enumerate(sheet_xml):
        files[f"xl/worksheets/sheet{i + 1}.xml"] = x
    buf = io.BytesIO()
    order = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "xl/workbook.xml",
             "xl/_rels/workbook.xml.rels", "xl/styles.xml"] + \
            [f"xl/worksheets/sheet{i + 1}.xml" for i in range(len(sheets))]
    with zipfile.ZipFile(buf, "w") as z:
        for name in order:
            zi = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, files[name].encode("utf-8"))
    return buf.getvalue()


def make_png(w, h, seed):
    """A small deterministic RGB picture (grey boxes, a bit like a photo of a meter cupboard)."""
    rows = bytearray()
    for y in range(h):
        rows.append(0)
        for x in range(w):
            v = 90 + ((x * 7 + y * 3 + seed * 11) % 60)
            if 10 < x < w - 10 and 12 < y < h // 2:
                v = 200 - (y % 9) * 4
            rows += bytes((v, v, min(255, v + 10)))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def ics_fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


# --------------------------------------------------------------------------------------
# Expected answers
# --------------------------------------------------------------------------------------


def product(sku, qty, desc):
    return {"partner_sku": sku, "quantity": qty, "description": desc}


def order(oid, name, mail, phone, street, hn, pc, city, products, date, notes,
          dealer=None, po=None, account=None):
    return {
        "partner_order_id": oid,
        "customer": {
            "name": name, "email": mail, "phone": phone,
            "address": {"street": street, "house_number": hn, "postal_code": pc, "city": city},
        },
        "products": products,
        "installation_preferences": {"preferred_date": date, "notes": notes},
        "partner_references": {"dealer_group_id": dealer, "purchase_order": po, "customer_account": account},
    }


def answer(kind, partner, orders, refers_to, notes):
    return {"kind": kind, "partner": partner, "orders": orders, "refers_to": refers_to, "notes": notes}


MESSAGES = []  # (slug, eml bytes, expected dict)


def add(slug, eml, expected):
    MESSAGES.append((slug, eml, expected))


INTAKE = {p: f"{p}@orders.chargecars.nl" for p in ("groendus", "essent", "eneco", "50five", "alva")}


# ======================================================================================
# GROENDUS
# ======================================================================================

def m001():
    date = "Tue, 14 Apr 2026 08:32:11 +0200"
    txt = """Beste installatiepartner,

Via het Groendus Partnerportaal is een nieuwe installatieopdracht voor u aangemaakt.

OPDRACHT
Referentie:          GRD-2026-06618
Groendus klant-ID:   7700224861
Aangemaakt:          14 april 2026, 08:31

INSTALLATIEADRES EN CONTACT
Lotte Brüggemann
Oudegracht 171
3511 AJ  Utrecht
Mobiel: 06 4172 8390
E-mail: lotte.bruggemann@ziggo.nl

PAKKET
1 x GRO-ALFEN-11     Alfen Eve Single S-line 11 kW
1 x GRO-INSTALL-1    Installatie standaard 1-fase

PLANNING
Voorkeursdatum:      di 5 mei 2026
Toelichting klant:   Graag na 10:00 uur, parkeren kan op de kade.

Plan de installatie binnen 5 werkdagen in via het portaal.

--
Groendus Partnerportaal 5.0 · partnerdesk@groendus.nl · 088-7654321
"""
    th = 'style="text-align:left;color:#4a7a2c;font-size:12px;padding:10px 0 4px 0;border-bottom:1px solid #cfe3c0"'
    td = 'style="padding:3px 14px 3px 0;color:#555"'
    htm = f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Installatieopdracht GRD-2026-06618</title></head>
<body style="margin:0;background:#f3f6f1;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1d2b16">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:16px 0">
<tr><td style="background:#5b9a2f;color:#fff;padding:14px 20px;font-size:20px">groendus <span style="font-size:13px">Partnerportaal</span></td></tr>
<tr><td style="padding:18px 20px">
<p>Beste installatiepartner,</p>
<p>Via het Groendus Partnerportaal is een nieuwe installatieopdracht voor u aangemaakt.</p>
<table role="presentation" cellpadding="0" cellspacing="0" width="100%">
<tr><th colspan="2" {th}>OPDRACHT</th></tr>
<tr><td {td}>Referentie</td><td><strong>GRD-2026-06618</strong></td></tr>
<tr><td {td}>Groendus klant-ID</td><td>7700224861</td></tr>
<tr><td {td}>Aangemaakt</td><td>14 april 2026, 08:31</td></tr>
<tr><th colspan="2" {th}>INSTALLATIEADRES EN CONTACT</th></tr>
<tr><td colspan="2" style="padding:4px 0">Lotte Br&uuml;ggemann<br>Oudegracht 171<br>3511 AJ&nbsp; Utrecht<br>
Mobiel: 06 4172 8390<br>E-mail: <a href="mailto:lotte.bruggemann@ziggo.nl">lotte.bruggemann@ziggo.nl</a></td></tr>
<tr><th colspan="2" {th}>PAKKET</th></tr>
<tr><td {td}>1 x GRO-ALFEN-11</td><td>Alfen Eve Single S-line 11 kW</td></tr>
<tr><td {td}>1 x GRO-INSTALL-1</td><td>Installatie standaard 1-fase</td></tr>
<tr><th colspan="2" {th}>PLANNING</th></tr>
<tr><td {td}>Voorkeursdatum</td><td>di 5 mei 2026</td></tr>
<tr><td {td}>Toelichting klant</td><td>Graag na 10:00 uur, parkeren kan op de kade.</td></tr>
</table>
<p style="margin-top:18px">Plan de installatie binnen 5 werkdagen in via het portaal.</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#888;border-top:1px solid #eee">Groendus Partnerportaal 5.0 &middot; partnerdesk@groendus.nl &middot; 088-7654321</td></tr>
</table></td></tr></table>
</body></html>
"""
    root = multipart("alternative", [text(txt), text(htm, "html")], "b1_9f2c41d07a3e5b68c0d1e2f3a4b5c6d7")
    eml = message([
        ("Return-Path", "<no-reply@groendus.nl>"),
        ("Received", received("portal.groendus.nl", "185.102.4.21", "4T7nqK1Bx9z", INTAKE["groendus"], date)),
        ("From", addr("Groendus Partnerportaal", "no-reply@groendus.nl")),
        ("To", INTAKE["groendus"]),
        ("Subject", enc_header("[Groendus] Installatieopdracht GRD-2026-06618 – Brüggemann")),
        ("Date", date),
        ("Message-ID", "<p5.20260414063211.6618.a81f@portal.groendus.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Groendus Partnerportaal 5.0"),
    ], root)
    exp = answer("order", "groendus", [order(
        "GRD-2026-06618", "Lotte Brüggemann", "lotte.bruggemann@ziggo.nl", "+31641728390",
        "Oudegracht", "171", "3511 AJ", "Utrecht",
        [product("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
         product("GRO-INSTALL-1", 1, "Installatie standaard 1-fase")],
        "2026-05-05", "Graag na 10:00 uur, parkeren kan op de kade.", account="7700224861")], None,
        "Clean order in the new Groendus portal 5.0 layout (text+HTML, QP): customer block is an "
        "unlabelled address block; quantity written before the SKU ('1 x'); 'di 5 mei 2026'; "
        "footer has the partnerdesk phone/e-mail.")
    add("001-groendus-portal5-address-block", eml, exp)


def m002():
    date = "Thu, 22 Jan 2026 14:07:33 +0100"
    top = """Hoi ChargeCars,

Onderstaande aanvraag kwam binnen via een van onze dealers in de regio. In het portaal aangemaakt als GRD-2026-05971, klantnummer 7700219034. Het gaat om 1x GRO-ALFEN-11 en 1x GRO-INSTALL-3 (de klant heeft 3-fase).

Het dealergroep-ID van Van der Heijden bij ons is GRD-DLR-318. Hun inkoopnummer staat hieronder in de mail.

Groet,
Frank Aerts
Accountmanager Regio Zuid | Groendus
T 088-7654390 | M 06-2290 1144
f.aerts@groendus.nl
"""
    hdr = [("From:", "Ruud van der Heijden <ruud@vdheijden-auto.nl>"),
           ("Sent:", "Wednesday, January 21, 2026 4:52 PM"),
           ("To:", "Frank Aerts <f.aerts@groendus.nl>"),
           ("Subject:", "Laadpaal klant mevrouw Çelik")]
    quoted = """Hallo Frank,

Vandaag een Skoda Elroq verkocht aan mevrouw Çelik. Ze wil graag thuis kunnen laden, kunnen jullie dat regelen?

Naam: Elif Çelik
Adres: Tongelresestraat 302, 5613 DL Eindhoven
Telefoon: 06 38 55 12 09
Email: elif.celik@hotmail.nl

De auto wordt op 12 februari afgeleverd. Ze wil de installatie graag op maandag 9 februari, dan is ze thuis.
Ons inkoopordernummer: VDH-2026-0117

Met vriendelijke groet,

Ruud van der Heijden
Verkoopadviseur
Autobedrijf Van der Heijden B.V.
Geldropseweg 120 | 5611 SK Eindhoven
T 040-211 4455 | M 06-5123 8877
ruud@vdheijden-auto.nl
"""
    txt = top + "\n" + "\n".join(f"{k} {v}" for k, v in hdr) + "\n\n" + quoted
    htm = outlook_html(paras_html(top) + "\n<p class=MsoNormal>&nbsp;</p>\n" +
                       outlook_header_block(hdr) + "\n" + paras_html(quoted))
    root = multipart("alternative", [text(txt), text(htm, "html")],
                     "_000_AM0PR02MB5521E3B7C0A94F1D8E2A7B44C1A9AM0PR02MB5521eurp_")
    eml = message([
        ("Return-Path", "<f.aerts@groendus.nl>"),
        ("Received", received("EUR05-AM6-obe.outbound.protection.outlook.com", "52.101.67.88",
                              "4W2kPq0sYtRz", INTAKE["groendus"], date)),
        ("From", addr("Frank Aerts", "f.aerts@groendus.nl")),
        ("To", addr("ChargeCars Orders Groendus", INTAKE["groendus"])),
        ("Subject", enc_header("FW: Laadpaal klant mevrouw Çelik")),
        ("Thread-Topic", enc_header("Laadpaal klant mevrouw Çelik", "Thread-Topic")),
        ("Date", date),
        ("Message-ID", "<AM0PR02MB5521E3B7C0A94F1D8E2A7B44C1A9@AM0PR02MB5521.eurprd02.prod.outlook.com>"),
        ("Content-Language", "nl-NL"),
        ("X-MS-Has-Attach", ""),
    ], root)
    exp = answer("order", "groendus", [order(
        "GRD-2026-05971", "Elif Çelik", "elif.celik@hotmail.nl", "+31638551209",
        "Tongelresestraat", "302", "5613 DL", "Eindhoven",
        [product("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
         product("GRO-INSTALL-3", 1, "Installatie standaard 3-fase")],
        "2026-02-09", None, dealer="GRD-DLR-318", po="VDH-2026-0117", account="7700219034")], None,
        "Outlook forward (English client headers From:/Sent:) from a Groendus regional account manager. "
        "Order id, account, dealer id and SKUs are in the top text; the customer is in the quoted dealer mail. "
        "Two signatures (Groendus and dealer) carry phones/e-mails that are not the customer's. "
        "'maandag 9 februari' without year -> 2026 from Date; 12 februari is the car delivery.")
    add("002-groendus-regio-fw-dealer-outlook-en", eml, exp)


def m003():
    date = "Mon, 07 Sep 2026 11:20:48 +0200"
    body = """Goedemorgen,

Door een storing in de koppeling hebben we vanochtend twee orders handmatig ingevoerd. Beide staan in de bijlage, één order per pagina.

Willen jullie de ontvangst bevestigen aan partnerdesk@groendus.nl?

Met vriendelijke groet,

Yvonne Schouten
Partnerdesk Groendus
088-7654321
"""
    def page(n, oid, odate, acct, name, mail, phone, addr_line, pc, city, lines, want, remark):
        p = PdfPage()
        p.line("GROENDUS - Orderoverzicht (handmatige invoer)", "F2", 15, gap=18)
        p.line(f"Partnerdesk | pagina {n} van 2", "F1", 9, gap=26)
        p.line("Order", "F2", 12, gap=18)
        p.kv("Ordernummer", oid)
        p.kv("Orderdatum", odate)
        p.kv("Klantnummer", acct)
        p.space()
        p.line("Klant", "F2", 12, gap=18)
        p.kv("Naam", name)
        p.kv("Adres", addr_line)
        p.kv("Postcode", pc)
        p.kv("Woonplaats", city)
        p.kv("Telefoon", phone)
        p.kv("E-mail", mail)
        p.space()
        p.line("Artikelen", "F2", 12, gap=18)
        xs = [50, 170, 420]
        p.row(["Artikelcode", "Omschrijving", "Aantal"], xs, "F2")
        for sku, desc, q in lines:
            p.row([sku, desc, str(q)], xs)
        p.space()
        p.line("Installatie", "F2", 12, gap=18)
        p.kv("Gewenste datum", want)
        p.kv("Opmerkingen", remark)
        p.y = 60
        p.line("Groendus B.V. | Partnerdesk | partnerdesk@groendus.nl | 088-7654321", "F1", 8)
        return p.items

    pdf = make_pdf([
        page(1, "GRD-2026-07561", "07-09-2026", "7700231187", "Wessel Oosterhuis",
             "wessel.oosterhuis@gmail.com", "+31 6 1987 2244", "Paterswoldseweg 88a", "9727 BJ", "Groningen",
             [("GRO-ALFEN-11", "Alfen Eve Single S-line 11 kW", 1),
              ("GRO-INSTALL-1", "Installatie standaard 1-fase", 1)],
             "28-09-2026", "Oprit met grind; kabel onder de oprit door is met de klant besproken."),
        page(2, "GRD-2026-07562", "07-09-2026", "7700231452", "Marieke Sørensen-Blom",
             "m.sorensen@live.nl", "0592-341 876", "Javastraat 41", "9401 KX", "Assen",
             [("GRO-ALFEN-11", "Alfen Eve Single S-line 11 kW", 1),
              ("GRO-INSTALL-3", "Installatie standaard 3-fase", 1)],
             "01-10-2026", "-"),
    ], "Groendus orderoverzicht", "Groendus Partnerdesk", "D:20260907111512+02'00'",
        "5C1E0F3A9B7D42E68A0B1C2D3E4F5061")
    root = multipart("mixed", [text(body),
                               attachment(pdf, "application/pdf", "Groendus_handmatige_orders_20260907.pdf")],
                     "----=_NextPart_000_0031_01DD3E7A.5F1C2B90",
                     preamble="This is a multipart message in MIME format.")
    eml = message([
        ("Return-Path", "<y.schouten@groendus.nl>"),
        ("Received", received("EUR02-VI1-obe.outbound.protection.outlook.com", "52.101.66.41",
                              "4Hs8ZxLm2Qpd", INTAKE["groendus"], date)),
        ("From", addr("Yvonne Schouten", "y.schouten@groendus.nl")),
        ("To", INTAKE["groendus"]),
        ("Subject", "2 handmatige orders (PDF): GRD-2026-07561 en GRD-2026-07562"),
        ("Date", date),
        ("Message-ID", "<VI1PR03MB6650B2D4F1E07A3C9D5E8F21A6B3@VI1PR03MB6650.eurprd03.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], root)
    exp = answer("order", "groendus", [
        order("GRD-2026-07561", "Wessel Oosterhuis", "wessel.oosterhuis@gmail.com", "+31619872244",
              "Paterswoldseweg", "88A", "9727 BJ", "Groningen",
              [product("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
               product("GRO-INSTALL-1", 1, "Installatie standaard 1-fase")],
              "2026-09-28", "Oprit met grind; kabel onder de oprit door is met de klant besproken.",
              account="7700231187"),
        order("GRD-2026-07562", "Marieke Sørensen-Blom", "m.sorensen@live.nl", "+31592341876",
              "Javastraat", "41", "9401 KX", "Assen",
              [product("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
               product("GRO-INSTALL-3", 1, "Installatie standaard 3-fase")],
              "2026-10-01", None, account="7700231452"),
    ], None,
        "Two orders in one two-page PDF (one per page, text layer, WinAnsi ø); the body has no order data "
        "and only the partnerdesk phone/e-mail. '88a' -> 88A; landline 0592-341 876; remark '-' -> null. "
        "Values must not bleed between the pages.")
    add("003-groendus-pdf-two-orders-one-per-page", eml, exp)


def m004():
    date = "Wed, 03 Jun 2026 10:41:26 +0200"
    txt = """Hallo,

Correctie op onderstaande order: de klant heeft toch een 3-fase aansluiting (3x25A). De installatie moet dus GRO-INSTALL-3 zijn in plaats van GRO-INSTALL-1. De laadpaal blijft hetzelfde (GRO-ALFEN-11).

Verder klopt alles.

Met vriendelijke groet,

Hidde Kramer
Partnerdesk Groendus
088-7654321

________________________________
Van: Groendus Orderdesk <orderdesk@groendus.nl>
Verzonden: dinsdag 2 juni 2026 16:05
Aan: groendus@orders.chargecars.nl
CC: Partnerdesk Groendus <partnerdesk@groendus.nl>
Onderwerp: Nieuwe order GRD-2026-06952

Nieuwe installatieopdracht via Groendus
=======================================

Ordernummer: GRD-2026-06952
Orderdatum: 02-06-2026
Klantnummer: 7700228840

Naam: Gerrit-Jan Hofstede
E-mail: gj.hofstede@planet.nl
Telefoon: 0548-612 430
Straat: Haarstraat
Huisnummer: 17
Toevoeging:
Postcode: 7462 AK
Plaats: Rijssen

Artikel 1: GRO-ALFEN-11 | Alfen Eve Single S-line 11 kW | aantal: 1
Artikel 2: GRO-INSTALL-1 | Installatie standaard 1-fase | aantal: 1

Gewenste installatiedatum: 22-06-2026
Opmerkingen: Laadpaal naast de voordeur, meterkast in de hal.

--
Dit bericht is automatisch verzonden door het Groendus partnerportaal.
Vragen over deze order? Partnerdesk Groendus: 088-7654321 of partnerdesk@groendus.nl
"""
    root = text(txt, charset="windows-1252")
    eml = message([
        ("Return-Path", "<hidde.kramer@groendus.nl>"),
        ("Received", received("EUR03-DB5-obe.outbound.protection.outlook.com", "52.101.64.12",
                              "4LrQ2vNx8Tmk", INTAKE["groendus"], date)),
        ("From", addr("Hidde Kramer", "hidde.kramer@groendus.nl")),
        ("To", INTAKE["groendus"]),
        ("Subject", "RE: Nieuwe order GRD-2026-06952"),
        ("Thread-Topic", "Nieuwe order GRD-2026-06952"),
        ("Date", date),
        ("Message-ID", "<DB9PR01MB8823C41A7E6F3B2D09A8C5E7F1D4@DB9PR01MB8823.eurprd01.prod.outlook.com>"),
        ("In-Reply-To", "<7c2e91a04f3b.5d8e0a61@portal.groendus.nl>"),
        ("References", "<7c2e91a04f3b.5d8e0a61@portal.groendus.nl>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], root)
    exp = answer("order", "groendus", [order(
        "GRD-2026-06952", "Gerrit-Jan Hofstede", "gj.hofstede@planet.nl", "+31548612430",
        "Haarstraat", "17", "7462 AK", "Rijssen",
        [product("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
         product("GRO-INSTALL-3", 1, "Installatie standaard 3-fase")],
        "2026-06-22", "Laadpaal naast de voordeur, meterkast in de hal.", account="7700228840")], None,
        "Outlook reply (windows-1252 QP) above the quoted portal order; the newest text swaps the "
        "installation SKU GRO-INSTALL-1 -> GRO-INSTALL-3. Partnerdesk phone in the signature is not "
        "the customer's.")
    add("004-groendus-re-install-sku-correction", eml, exp)


def m005():
    date = "Wed, 18 Mar 2026 07:42:19 +0100"
    txt = """*** FALLBACK NOTIFICATIE - API niet bereikbaar ***
Deze opdracht kon niet via de API worden afgeleverd en wordt daarom per e-mail verzonden.
Verwerk de opdracht zoals een API-opdracht; een bevestiging is niet nodig.

order.id            = GRD-2026-06322
order.created       = 2026-03-18T07:42:10+01:00
order.channel       = partnerportaal
customer.number     = 7700214409
customer.name       = Søren Østergaard
customer.email      = SOREN.OSTERGAARD@GMAIL.COM
customer.phone      = +31 (0)6 20 44 81 73
address.street      = Händelstraat
address.number      = 40
address.suffix      = 2
address.zip         = 1077lw
address.city        = Amsterdam
line[1].sku         = GRO-ALFEN-11
line[1].description = Alfen Eve Single S-line 11 kW
line[1].qty         = 1
line[2].sku         = GRO-INSTALL-3
line[2].description = Installatie standaard 3-fase
line[2].qty         = 1
install.preferred   = 2026-04-07
install.remarks     =

-- Groendus OMS 2.7 / retry 3 van 3
"""
    root = text(txt, cte="base64")
    eml = message([
        ("Return-Path", "<orderdesk@groendus.nl>"),
        ("Received", received("oms.groendus.nl", "185.102.4.30", "4Bd3Yw9vKcQe", INTAKE["groendus"], date)),
        ("From", addr("Groendus Orderdesk", "orderdesk@groendus.nl")),
        ("To", INTAKE["groendus"]),
        ("Subject", "GRD-2026-06322 / nieuwe opdracht (fallback)"),
        ("Date", date),
        ("Message-ID", "<oms-fallback-GRD-2026-06322-r3@oms.groendus.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Groendus OMS 2.7"),
    ], root)
    exp = answer("order", "groendus", [order(
        "GRD-2026-06322", "Søren Østergaard", "soren.ostergaard@gmail.com", "+31620448173",
        "Händelstraat", "40-2", "1077 LW", "Amsterdam",
        [product("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
         product("GRO-INSTALL-3", 1, "Installatie standaard 3-fase")],
        "2026-04-07", None, account="7700214409")], None,
        "Machine 'key = value' fallback dump, base64 UTF-8 (ø, ä); upper-case e-mail; number 40 + "
        "numeric suffix 2 -> 40-2; postcode '1077lw'; empty remarks -> null; order.created is not the "
        "install date.")
    add("005-groendus-oms-fallback-key-value", eml, exp)


def m006():
    date = "Tue, 21 Apr 2026 07:00:04 +0200"
    txt = """Herinnering: installatiedatum ontbreekt

Beste installatiepartner,

Voor onderstaande opdracht is 5 werkdagen na toewijzing nog geen installatiedatum vastgelegd in het portaal.
Wilt u de geplande datum zo snel mogelijk doorgeven, of laten weten waarom plannen nog niet lukt?

Opdracht:        GRD-2026-06618
Klant:           L. Brüggemann, Utrecht
Toegewezen op:   14-04-2026
Status:          Toegewezen - niet gepland

U kunt de datum invullen via Partnerportaal > Opdrachten > GRD-2026-06618 of antwoorden op deze e-mail.

--
Groendus Partnerportaal 5.0 · partnerdesk@groendus.nl · 088-7654321
"""
    htm = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Herinnering GRD-2026-06618</title></head>
<body style="margin:0;background:#f3f6f1;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1d2b16">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" align="center" style="background:#ffffff;margin:16px auto">
<tr><td style="background:#5b9a2f;color:#fff;padding:14px 20px;font-size:20px">groendus <span style="font-size:13px">Partnerportaal</span></td></tr>
<tr><td style="padding:18px 20px">
<h2 style="font-size:17px;color:#b35c00;margin:0 0 10px 0">Herinnering: installatiedatum ontbreekt</h2>
<p>Beste installatiepartner,</p>
<p>Voor onderstaande opdracht is 5 werkdagen na toewijzing nog geen installatiedatum vastgelegd in het portaal.
Wilt u de geplande datum zo snel mogelijk doorgeven, of laten weten waarom plannen nog niet lukt?</p>
<table role="presentation" cellpadding="0" cellspacing="0">
<tr><td style="padding:3px 14px 3px 0;color:#555">Opdracht</td><td><strong>GRD-2026-06618</strong></td></tr>
<tr><td style="padding:3px 14px 3px 0;color:#555">Klant</td><td>L. Br&uuml;ggemann, Utrecht</td></tr>
<tr><td style="padding:3px 14px 3px 0;color:#555">Toegewezen op</td><td>14-04-2026</td></tr>
<tr><td style="padding:3px 14px 3px 0;color:#555">Status</td><td><span style="color:#b35c00">Toegewezen &ndash; niet gepland</span></td></tr>
</table>
<p>U kunt de datum invullen via Partnerportaal &gt; Opdrachten &gt; GRD-2026-06618 of antwoorden op deze e-mail.</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#888;border-top:1px solid #eee">Groendus Partnerportaal 5.0 &middot; partnerdesk@groendus.nl &middot; 088-7654321</td></tr>
</table>
</body></html>
"""
    root = multipart("alternative", [text(txt), text(htm, "html")], "b1_3aa0e6c2f94d17b85e6f0a1b2c3d4e5f")
    eml = message([
        ("Return-Path", "<no-reply@groendus.nl>"),
        ("Received", received("portal.groendus.nl", "185.102.4.21", "4Q0cVb7mN3sx", INTAKE["groendus"], date)),
        ("From", addr("Groendus Partnerportaal", "no-reply@groendus.nl")),
        ("Reply-To", "partnerdesk@groendus.nl"),
        ("To", INTAKE["groendus"]),
        ("Subject", "Herinnering: nog geen installatiedatum voor GRD-2026-06618"),
        ("Date", date),
        ("Message-ID", "<p5.20260421050004.reminder.6618.c3d0@portal.groendus.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Groendus Partnerportaal 5.0"),
    ], root)
    exp = answer("status_question", "groendus", [], "GRD-2026-06618",
                 "Automated portal reminder asking for the planned installation date of order 001 "
                 "(GRD-2026-06618): a status question, not a new order; repeats customer initial and city.")
    add("006-groendus-portal-reminder-no-date", eml, exp)


for _f in (m001, m002, m003, m004, m005, m006):
    _f()


# ======================================================================================
# ESSENT
# ======================================================================================

ESSENT_FOOT_TXT = ("Essent Retail Energie B.V. - Willemsplein 4 - 5211 AK 's-Hertogenbosch - KvK 17122214\n"
                   "Deze e-mail is automatisch verstuurd vanuit het Essent partnerplatform.")


def m007():
    date = "Mon, 09 Mar 2026 10:14:52 +0100"
    txt = """Essent Laadoplossingen – nieuwe installatieopdracht

Goedemorgen,

U heeft een nieuwe opdracht ontvangen. Neem binnen 48 uur contact op met de klant om een afspraak te maken.

— Opdracht —
Opdrachtnummer Essent        ESS-58611473
Essent-klantnummer           2005217730
Datum opdracht               09-03-2026

— Klantgegevens —
Voornaam                     Noémie
Tussenvoegsel                van der
Achternaam                   Laan
Telefoonnummer               06 12 90 48 37
E-mailadres                  noemie.vdlaan@gmail.com

— Installatieadres —
Straat                       Burgemeester Reigerstraat
Huisnummer                   61
Toevoeging
Postcode                     3581 KP
Woonplaats                   Utrecht

— Producten —
ESS-WALLBOX-22     Alfen Eve Double Pro-line 22 kW     1 st.
ESS-INSTALL-STD    Standaard installatie 3-fase        1 st.

— Planning —
Voorkeursdatum installatie   30-03-2026
Opmerking klant              Er staat een boom voor de gevel; montage liefst rechts van de voordeur.

Met vriendelijke groet,
Team Laadoplossingen
Essent

""" + ESSENT_FOOT_TXT + "\n"

    def sec(title):
        return (f'<tr><td colspan="2" style="padding:14px 0 4px 0;font-weight:bold;color:#e4003a;'
                f'border-bottom:2px solid #e4003a">{title}</td></tr>\n')

    def row(k, v):
        return (f'<tr><td style="padding:4px 16px 4px 0;width:210px;color:#555">{k}</td>'
                f'<td style="padding:4px 0">{v}</td></tr>\n')

    htm = ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
           '<title>Nieuwe installatieopdracht ESS-58611473</title></head>\n'
           '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">\n'
           '<div style="max-width:640px">\n'
           '<div style="background:#e4003a;color:#fff;padding:12px 16px;font-size:18px">essent &nbsp;'
           '<span style="font-size:13px">Laadoplossingen &ndash; nieuwe installatieopdracht</span></div>\n'
           '<p>Goedemorgen,</p>\n<p>U heeft een nieuwe opdracht ontvangen. Neem binnen 48 uur contact op met de '
           'klant om een afspraak te maken.</p>\n<table cellpadding="0" cellspacing="0" width="100%">\n'
           + sec("Opdracht") + row("Opdrachtnummer Essent", "<b>ESS-58611473</b>")
           + row("Essent-klantnummer", "2005217730") + row("Datum opdracht", "09-03-2026")
           + sec("Klantgegevens") + row("Voornaam", "No&eacute;mie") + row("Tussenvoegsel", "van der")
           + row("Achternaam", "Laan") + row("Telefoonnummer", "06 12 90 48 37")
           + row("E-mailadres", '<a href="mailto:noemie.vdlaan@gmail.com">noemie.vdlaan@gmail.com</a>')
           + sec("Installatieadres") + row("Straat", "Burgemeester Reigerstraat") + row("Huisnummer", "61")
           + row("Toevoeging", "") + row("Postcode", "3581 KP") + row("Woonplaats", "Utrecht")
           + sec("Producten")
           + '<tr><td colspan="2"><table cellpadding="4" cellspacing="0" width="100%" style="border-collapse:collapse">\n'
             '<tr style="background:#f2f2f2"><th align="left">Artikelnummer</th><th align="left">Omschrijving</th><th>Aantal</th></tr>\n'
             '<tr><td>ESS-WALLBOX-22</td><td>Alfen Eve Double Pro-line 22 kW</td><td align="center">1</td></tr>\n'
             '<tr><td>ESS-INSTALL-STD</td><td>Standaard installatie 3-fase</td><td align="center">1</td></tr>\n'
             '</table></td></tr>\n'
           + sec("Planning") + row("Voorkeursdatum installatie", "30-03-2026")
           + row("Opmerking klant", "Er staat een boom voor de gevel; montage liefst rechts van de voordeur.")
           + '</table>\n<p>Met vriendelijke groet,<br>Team Laadoplossingen<br>Essent</p>\n'
             '<p style="font-size:10px;color:#888">Essent Retail Energie B.V. &middot; Willemsplein 4 &middot; '
             '5211 AK &#39;s-Hertogenbosch &middot; KvK 17122214<br>Deze e-mail is automatisch verstuurd vanuit '
             'het Essent partnerplatform.</p>\n</div>\n</body></html>\n')
    root = multipart("alternative", [text(txt), text(htm, "html")], "----=_Part_77120_1405581733.1773047692513")
    eml = message([
        ("Return-Path", "<laadoplossingen@essent.nl>"),
        ("Received", received("mailer02.essent.nl", "193.172.81.45", "4Kc1Rz6pWn0v", INTAKE["essent"], date)),
        ("From", addr("Essent Laadoplossingen", "laadoplossingen@essent.nl")),
        ("To", addr("ChargeCars Orders", INTAKE["essent"])),
        ("Subject", "Nieuwe installatieopdracht ESS-58611473 | Essent Laadoplossingen"),
        ("Date", date),
        ("Message-ID", "<20260309091452.77120.ESS-58611473@mailer02.essent.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Essent Partnerplatform 2.3"),
    ], root)
    exp = answer("order", "essent", [order(
        "ESS-58611473", "Noémie van der Laan", "noemie.vdlaan@gmail.com", "+31612904837",
        "Burgemeester Reigerstraat", "61", "3581 KP", "Utrecht",
        [product("ESS-WALLBOX-22", 1, "Alfen Eve Double Pro-line 22 kW"),
         product("ESS-INSTALL-STD", 1, "Standaard installatie 3-fase")],
        "2026-03-30", "Er staat een boom voor de gevel; montage liefst rechts van de voordeur.",
        account="2005217730")], None,
        "Clean order in a new Essent platform layout (text+HTML, QP): name split over Voornaam/"
        "Tussenvoegsel/Achternaam; empty Toevoeging; 'Datum opdracht' is not the install date.")
    add("007-essent-platform-v2-split-name", eml, exp)


def m008():
    date = "Thu, 02 Apr 2026 13:48:05 +0200"
    htm = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Installatieopdracht ESS-58640922</title>
<style>th{background:#f6f6f6;text-align:left;font-weight:normal;color:#666;padding:6px 12px;width:200px;vertical-align:top}
td{padding:6px 12px;vertical-align:top}</style></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<div style="background:#e4003a;color:#fff;padding:10px 14px;font-size:18px;max-width:620px">essent &nbsp;|&nbsp; Installatieopdracht</div>
<p>Beste installatiepartner,</p>
<p>Hieronder vindt u een nieuwe opdracht. Graag binnen 2 werkdagen contact opnemen met de klant.</p>
<table cellspacing="0" style="border:1px solid #ddd;border-collapse:collapse;max-width:620px">
<tr><th scope="row">Opdracht</th><td><b>ESS-58640922</b><br><span style="color:#888">Klantnummer Essent 2005301198</span></td></tr>
<tr><th scope="row">Klant</th><td>Zo&euml; Huisman</td></tr>
<tr><th scope="row">Installatieadres</th><td>Kinkerstraat 112-III<br>1053 ED&nbsp;&nbsp;Amsterdam</td></tr>
<tr><th scope="row">Bereikbaar op</th><td>020-6123457<br><a href="mailto:zoe.huisman@xs4all.nl">zoe.huisman@xs4all.nl</a></td></tr>
<tr><th scope="row">Gewenste datum</th><td>donderdag 16 april 2026</td></tr>
<tr><th scope="row">Opmerking</th><td>Laadpaal op de eigen parkeerplaats in de binnentuin (nr. 4), toegang via de poort naast nr. 110.</td></tr>
</table>
<h3 style="font-size:14px;margin:18px 0 6px 0">Producten</h3>
<table cellspacing="0" style="border:1px solid #ddd;border-collapse:collapse;max-width:620px">
<tr><th>Aantal</th><th>Artikelcode</th><th>Omschrijving</th></tr>
<tr><td align="center">1</td><td>ESS-WALLBOX-22</td><td>Alfen Eve Double Pro-line 22 kW</td></tr>
<tr><td align="center">1</td><td>ESS-INSTALL-STD</td><td>Standaard installatie 3-fase</td></tr>
</table>
<p>Met vriendelijke groet,<br>Team Laadoplossingen<br>Essent</p>
<p style="font-size:10px;color:#888">Essent Retail Energie B.V. &middot; Willemsplein 4 &middot; 5211 AK &#39;s-Hertogenbosch &middot; KvK 17122214<br>
Klantenservice Essent: 088-8511000</p>
</body></html>
"""
    root = text(htm, "html", cte="base64")
    eml = message([
        ("Return-Path", "<laadoplossingen@essent.nl>"),
        ("Received", received("mailer01.essent.nl", "193.172.81.44", "4Mv8Ej2xTq5c", INTAKE["essent"], date)),
        ("From", addr("Essent Laadoplossingen", "laadoplossingen@essent.nl")),
        ("To", addr("ChargeCars Orders", INTAKE["essent"])),
        ("Subject", "Installatieopdracht ESS-58640922"),
        ("Date", date),
        ("Message-ID", "<8f04b2e1c7a9.3d6e5f10@mailer01.essent.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ], root)
    exp = answer("order", "essent", [order(
        "ESS-58640922", "Zoë Huisman", "zoe.huisman@xs4all.nl", "+31206123457",
        "Kinkerstraat", "112-III", "1053 ED", "Amsterdam",
        [product("ESS-WALLBOX-22", 1, "Alfen Eve Double Pro-line 22 kW"),
         product("ESS-INSTALL-STD", 1, "Standaard installatie 3-fase")],
        "2026-04-16",
        "Laadpaal op de eigen parkeerplaats in de binnentuin (nr. 4), toegang via de poort naast nr. 110.",
        account="2005301198")], None,
        "HTML-only (base64) with <th> labels in rows; account number under the order id in the same cell; "
        "Amsterdam floor addition 112-III kept as written; 'nr. 4' and 'nr. 110' in the remark are not "
        "house numbers; Essent's customer-service phone in the footer.")
    add("008-essent-html-only-th-rows-roman-floor", eml, exp)


def m009():
    date = "Tue, 28 Apr 2026 09:03:41 +0200"
    top = """Hoi ChargeCars,

Onderstaande klant heeft zich bij onze klantenservice gemeld. Ik heb er opdracht ESS-58668105 van gemaakt (Essent-klantnummer 2005340021): 1x ESS-WALLBOX-22 met 1x ESS-INSTALL-STD.

Let op: meneer mailt vanaf zijn werkadres, maar wil dat jullie zijn privéadres en mobiele nummer gebruiken (zie zijn mail).

Met vriendelijke groet,

Joost Hermans
Accountmanager Particulier | Essent
T 073 200 51 14 | joost.hermans@essent.nl
"""
    hdr = [("Van:", "Pieter-Bas Okkerse <p.okkerse@okkerse-advies.nl>"),
           ("Verzonden:", "maandag 27 april 2026 21:14"),
           ("Aan:", "Klantenservice Essent <klantenservice@essent.nl>"),
           ("Onderwerp:", "Laadpaal bestelling + installatie")]
    quoted = """Goedenavond,

Vorige week heb ik via jullie website de laadpaalbundel met de 22 kW-paal besteld. Graag wil ik een afspraak voor de installatie.

Adres: Van de Spiegelstraat 14, 4461LG Goes
Het liefst op maandag 11 mei, dan ben ik de hele dag thuis. De laadpaal moet aan de zijgevel bij de carport komen.

Voor de planning ben ik het best bereikbaar op 06 48 11 20 93 en per mail op pb.okkerse@gmail.com (niet op dit werkadres, dat lees ik in mei nauwelijks).

Met vriendelijke groet,

Pieter-Bas Okkerse
Okkerse Advies – fiscaal & financieel
T 0113 22 89 10
p.okkerse@okkerse-advies.nl
"""
    htm = outlook_html(paras_html(top) + "\n<p class=MsoNormal>&nbsp;</p>\n" +
                       outlook_header_block(hdr) + "\n" + paras_html(quoted))
    root = text(htm, "html", cte="quoted-printable")
    eml = message([
        ("Return-Path", "<joost.hermans@essent.nl>"),
        ("Received", received("EUR01-HE1-obe.outbound.protection.outlook.com", "52.101.65.70",
                              "4Pn5Gd8rJz2w", INTAKE["essent"], date)),
        ("From", addr("Joost Hermans", "joost.hermans@essent.nl")),
        ("To", INTAKE["essent"]),
        ("Subject", "FW: Laadpaal bestelling + installatie"),
        ("Thread-Topic", "Laadpaal bestelling + installatie"),
        ("Date", date),
        ("Message-ID", "<HE1PR05MB4417A9D3E2C1F0B7864A5D3C2E1F@HE1PR05MB4417.eurprd05.prod.outlook.com>"),
        ("Content-Language", "nl-NL"),
        ("X-MS-Has-Attach", ""),
    ], root)
    exp = answer("order", "essent", [order(
        "ESS-58668105", "Pieter-Bas Okkerse", "pb.okkerse@gmail.com", "+31648112093",
        "Van de Spiegelstraat", "14", "4461 LG", "Goes",
        [product("ESS-WALLBOX-22", 1, "Alfen Eve Double Pro-line 22 kW"),
         product("ESS-INSTALL-STD", 1, "Standaard installatie")],
        "2026-05-11", "De laadpaal moet aan de zijgevel bij de carport komen.",
        account="2005340021")], None,
        "HTML-only Outlook forward of the customer's own mail. Customer writes from his work address and "
        "has an office phone in his signature, but asks to use his private e-mail and mobile; the Essent "
        "employee's signature is not the customer's either. Order id, account and SKUs only in the top "
        "text. 'maandag 11 mei' without year -> 2026; postcode '4461LG'.")
    add("009-essent-fw-customer-mail-private-contact", eml, exp)


def m010():
    date = "Thu, 21 May 2026 15:30:12 +0200"
    txt = """Goedemiddag,

Namens Essent Zakelijk de volgende opdracht voor een particuliere klant met twee elektrische auto's.

Opdrachtnr.      : ESS-58731460
Klantnr.         : 2005388164
Klant            : Rob Verstappen
Adres            : Heuvelstraat 14 c
Postcode/plaats  : 5801 JL Venray
Mobiel           : 06-21 43 65 87
E-mail           : rob@verstappen-venray.nl

| Artikel         | Omschrijving                     | Aantal |
|-----------------|----------------------------------|--------|
| ESS-WALLBOX-22  | Alfen Eve Double Pro-line 22 kW  |   2    |
| ESS-INSTALL-STD | Standaard installatie 3-fase     |   1    |

Gewenste datum   : 8 jun. 2026
Bijzonderheden   : Twee laadpunten naast elkaar aan de garagemuur, één installatie; meerwerk tot € 300 akkoord.

Met vriendelijke groet,

Essent Zakelijk – Team Laadoplossingen
T 088-8510 700
zakelijk.laadoplossingen@essent.nl
"""
    root = text(txt, charset="windows-1252")
    eml = message([
        ("Return-Path", "<zakelijk.laadoplossingen@essent.nl>"),
        ("Received", received("EUR04-DB3-obe.outbound.protection.outlook.com", "52.101.63.19",
                              "4Sx2Nc7kLb4y", INTAKE["essent"], date)),
        ("From", addr("Essent Zakelijk Laadoplossingen", "zakelijk.laadoplossingen@essent.nl")),
        ("To", INTAKE["essent"]),
        ("Subject", enc_header("Opdracht ESS-58731460 – 2 laadpunten")),
        ("Date", date),
        ("Message-ID", "<DB3PR08MB9012F6A1C3E5D7B9A2C4E6F8A0B1@DB3PR08MB9012.eurprd08.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], root)
    exp = answer("order", "essent", [order(
        "ESS-58731460", "Rob Verstappen", "rob@verstappen-venray.nl", "+31621436587",
        "Heuvelstraat", "14C", "5801 JL", "Venray",
        [product("ESS-WALLBOX-22", 2, "Alfen Eve Double Pro-line 22 kW"),
         product("ESS-INSTALL-STD", 1, "Standaard installatie 3-fase")],
        "2026-06-08",
        "Twee laadpunten naast elkaar aan de garagemuur, één installatie; meerwerk tot € 300 akkoord.",
        account="2005388164")], None,
        "Plain text windows-1252 QP with a pipe table; quantity 2 wallboxes but 1 installation; "
        "'14 c' -> 14C; '8 jun. 2026'; team phone in the signature.")
    add("010-essent-zakelijk-pipe-table-two-wallboxes", eml, exp)


def m011():
    date = "Fri, 27 Mar 2026 11:52:30 +0100"
    txt = """Hoi,

Mevrouw Van der Laan (Burgemeester Reigerstraat, Utrecht) belde ons vanochtend over opdracht ESS-58611473. Bij de schouw is afgesproken dat de monteur een offerte voor het meerwerk (extra groep in de meterkast) zou sturen, maar ze heeft nog niets ontvangen.

Kunnen jullie laten weten of die offerte al verstuurd is, en of de installatie van maandag 30 maart gewoon doorgaat?

Dank je!

Ilse Verbeek
Accountmanager Zakelijk | Essent
06-20406080
"""
    htm = outlook_html(paras_html(txt))
    root = multipart("alternative", [text(txt), text(htm, "html")],
                     "_000_AM6PR03MB4166C0D2E4F6A8B0C1D3E5F7A9B2AM6PR03MB4166eurp_")
    eml = message([
        ("Return-Path", "<ilse.verbeek@essent.nl>"),
        ("Received", received("EUR03-AM6-obe.outbound.protection.outlook.com", "52.101.64.80",
                              "4Ly7Fh3cQm9d", INTAKE["essent"], date)),
        ("From", addr("Ilse Verbeek", "ilse.verbeek@essent.nl")),
        ("To", INTAKE["essent"]),
        ("Subject", "Offerte meerwerk ESS-58611473 al verstuurd?"),
        ("Thread-Topic", "Offerte meerwerk ESS-58611473 al verstuurd?"),
        ("Date", date),
        ("Message-ID", "<AM6PR03MB4166C0D2E4F6A8B0C1D3E5F7A9B2@AM6PR03MB4166.eurprd03.prod.outlook.com>"),
        ("Content-Language", "nl-NL"),
    ], root)
    exp = answer("status_question", "essent", [], "ESS-58611473",
                 "Asks whether the quote for extra work was sent and whether the planned installation of "
                 "order 007 still goes ahead; repeats street/city/date but is not an order.")
    add("011-essent-status-question-quote-extra-work", eml, exp)


def m012():
    date = "Mon, 15 Jun 2026 09:00:00 +0200"
    txt = """Beste installatiepartner,

Per 1 juli 2026 wijzigen enkele artikelcodes en tarieven in het Essent partnerplatform. In de bijlage vindt u het volledige overzicht.

De belangrijkste wijzigingen:
- ESS-WALLBOX-22 en ESS-INSTALL-STD blijven bestaan; het installatietarief wordt geïndexeerd.
- Nieuw: ESS-WALLBOX-11 (Alfen Eve Single Pro-line 11 kW) en ESS-INSTALL-PLUS (installatie tot 25 m kabel).
- ESS-KABEL-T2-5M vervalt per 1 juli 2026.

Opdrachten die vóór 1 juli zijn verstuurd, worden niet aangepast. U hoeft niets te doen; wij passen de mapping in het platform zelf aan.

Met vriendelijke groet,

Partnerbeheer Essent Laadoplossingen
partnerbeheer@essent.nl
"""
    htm = outlook_html(paras_html(txt))
    rows = [["Artikelcode", "Omschrijving", "Type", "Tarief excl. btw", "Geldig vanaf", "Status"],
            ["ESS-WALLBOX-22", "Alfen Eve Double Pro-line 22 kW", "Laadpaal", 1114.88, dt.date(2026, 7, 1), "Ongewijzigd"],
            ["ESS-WALLBOX-11", "Alfen Eve Single Pro-line 11 kW", "Laadpaal", 949.59, dt.date(2026, 7, 1), "Nieuw"],
            ["ESS-INSTALL-STD", "Standaard installatie 3-fase (tot 10 m)", "Installatie", 589.26, dt.date(2026, 7, 1), "Tarief gewijzigd"],
            ["ESS-INSTALL-PLUS", "Installatie 3-fase tot 25 m kabel", "Installatie", 739.67, dt.date(2026, 7, 1), "Nieuw"],
            ["ESS-KABEL-T2-5M", "Laadkabel type 2, 5 meter", "Accessoire", 156.2, dt.date(2026, 7, 1), "Vervalt"]]
    xlsx = make_xlsx([("Artikelen per 1-7-2026", rows, [20, 42, 14, 16, 14, 18])],
                     dt.datetime(2026, 6, 12, 14, 5, 0), creator="Essent Partnerbeheer")
    root = multipart("mixed", [
        multipart("alternative", [text(txt), text(htm, "html")], "_001_DB8PR02MB5930_alt_"),
        attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   "Essent_artikeloverzicht_2026-07.xlsx"),
    ], "_002_DB8PR02MB5930_mix_")
    eml = message([
        ("Return-Path", "<partnerbeheer@essent.nl>"),
        ("Received", received("EUR02-DB8-obe.outbound.protection.outlook.com", "52.101.66.93",
                              "4Gm0Tw5sRv1b", INTAKE["essent"], date)),
        ("From", addr("Partnerbeheer Essent", "partnerbeheer@essent.nl")),
        ("To", addr("ChargeCars Orders", INTAKE["essent"])),
        ("Subject", "Gewijzigde artikelcodes en tarieven per 1 juli 2026"),
        ("Date", date),
        ("Message-ID", "<DB8PR02MB5930A1B3C5D7E9F0A2B4C6D8E0F1@DB8PR02MB5930.eurprd02.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], root)
    exp = answer("other", "essent", [], None,
                 "Article-code and price-list announcement with an XLSX full of SKUs, prices and dates, "
                 "but no customer and no order.")
    add("012-essent-article-list-xlsx", eml, exp)


for _f in (m007, m008, m009, m010, m011, m012):
    _f()


# ======================================================================================
# ENECO
# ======================================================================================

def m013():
    date = "Mon, 09 Feb 2026 08:47:15 +0100"
    txt = """Goedemorgen,

Onze API-koppeling staat deze week opnieuw in onderhoud. De opdrachten van afgelopen weekend staan daarom in de bijlage: drie klanten, één regel per artikel.

Wil je laten weten als er iets niet klopt?

Met vriendelijke groet,

Ruben Koster
Orderverwerking Laadoplossingen
Eneco
"""
    htm = outlook_html(paras_html(txt))
    head = ["Referentie", "Contractnr", "Klantnaam", "Straat", "Nr", "Toev", "Postcode", "Plaats",
            "Mobiel", "E-mail", "Artikel", "Omschrijving", "Aantal", "Gewenste datum", "Opmerking"]
    c1 = ["ENE-2026-120512", 1029701344, "Kübra Aksoy", "Nieuwe Binnenweg", 233, "B", "3021GK", "Rotterdam",
          "06-41118822", "kubra.aksoy@outlook.com"]
    c2 = ["ENE-2026-120537", 1029702210, "Hendrik Zwart", "Dorpsweg", 7, None, "1697 KJ", "Schellinkhout",
          "0229-501733", "h.zwart@quicknet.nl"]
    c3 = ["ENE-2026-120549", 1029698870, "Anouk de Bruijn", "Slotlaan", 40, "a", "3701 GH", "Zeist",
          "+31 6 55 10 20 30", "anouk.debruijn@gmail.com"]
    n1 = "Bovenwoning; kabel langs de achtergevel naar de parkeerplaats."
    n3 = "Graag 's ochtends, na 12:00 uur is de klant niet thuis."
    rows = [head,
            c1 + ["ENE-EVBOX-11", "EVBox Livo 11 kW", 1, dt.date(2026, 2, 23), n1],
            c1 + ["ENE-INST-1F", "Installatie 1-fase", 1, dt.date(2026, 2, 23), n1],
            c2 + ["ENE-EVBOX-11", "EVBox Livo 11 kW", 1, dt.date(2026, 2, 25), None],
            c2 + ["ENE-INST-1F", "Installatie 1-fase", 1, dt.date(2026, 2, 25), None],
            c3 + ["ENE-EVBOX-11", "EVBox Livo 11 kW", 1, dt.date(2026, 3, 2), n3],
            c3 + ["ENE-INST-1F", "Installatie 1-fase", 1, dt.date(2026, 3, 2), n3]]
    xlsx = make_xlsx([("Opdrachten wk07", rows, [17, 12, 18, 18, 6, 6, 10, 14, 17, 26, 14, 18, 8, 15, 45])],
                     dt.datetime(2026, 2, 9, 8, 40, 0), creator="Ruben Koster")
    root = multipart("mixed", [
        multipart("alternative", [text(txt), text(htm, "html")], "_001_AM4PR07MB3509wk07_alt_"),
        attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   "Eneco_opdrachten_wk07_2026.xlsx"),
    ], "_002_AM4PR07MB3509wk07_mix_")
    eml = message([
        ("Return-Path", "<ruben.koster@eneco.nl>"),
        ("Received", received("EUR05-AM4-obe.outbound.protection.outlook.com", "52.101.73.40",
                              "4Vb6Jk1nXs8p", INTAKE["eneco"], date)),
        ("From", addr("Ruben Koster", "ruben.koster@eneco.nl")),
        ("To", INTAKE["eneco"]),
        ("Subject", enc_header("Opdrachten week 7 (3 stuks) – Excel")),
        ("Date", date),
        ("Message-ID", "<AM4PR07MB3509D2F4A6C8E0B1C3D5E7F9A0B2@AM4PR07MB3509.eurprd07.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], root)
    prods = [product("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), product("ENE-INST-1F", 1, "Installatie 1-fase")]
    exp = answer("order", "eneco", [
        order("ENE-2026-120512", "Kübra Aksoy", "kubra.aksoy@outlook.com", "+31641118822",
              "Nieuwe Binnenweg", "233B", "3021 GK", "Rotterdam", prods, "2026-02-23", n1,
              account="1029701344"),
        order("ENE-2026-120537", "Hendrik Zwart", "h.zwart@quicknet.nl", "+31229501733",
              "Dorpsweg", "7", "1697 KJ", "Schellinkhout", prods, "2026-02-25", None,
              account="1029702210"),
        order("ENE-2026-120549", "Anouk de Bruijn", "anouk.debruijn@gmail.com", "+31655102030",
              "Slotlaan", "40A", "3701 GH", "Zeist", prods, "2026-03-02", n3,
              account="1029698870"),
    ], None,
        "XLSX with three orders over six rows (one row per article) to be grouped by Referentie; "
        "contract numbers and house numbers are numeric cells, Toev separate (B, empty, a); dates are "
        "Excel date cells; postcode '3021GK'.")
    add("013-eneco-xlsx-three-orders", eml, exp)


def m014():
    date = "Wed, 13 May 2026 14:22:37 +0200"
    txt = """Hallo ChargeCars,

Graag jullie aandacht voor de volgende opdracht.

Ordernummer Eneco: ENE-2026-122960
Klantcontract: 1029790451
Klantnaam: Şükrü Yıldırım
Straat + nr: Rijnkade 18
Postcode + plaats: 6811 HA Arnhem
Mobiel: 06-14253647
Mailadres: s.yildirim@kpnmail.nl
Producten: 1x ENE-EVBOX-11 (EVBox Livo 11 kW) + 1x ENE-INST-1F (installatie 1-fase)
Gewenste datum: 2-6-2026
Opmerkingen: Klant is alleen na 16:00 uur telefonisch bereikbaar.

Bij vragen hoor ik het graag.

Met vriendelijke groet,

Fleur Timmermans
Orderverwerking Laadoplossingen
Eneco | Marconistraat 13 | 3029 AK Rotterdam
T 010 - 457 57 57
"""
    root = text(txt)
    eml = message([
        ("Return-Path", "<fleur.timmermans@eneco.nl>"),
        ("Received", received("EUR01-VE1-obe.outbound.protection.outlook.com", "52.101.69.15",
                              "4Dq9Wr4tHy6m", INTAKE["eneco"], date)),
        ("From", addr("Fleur Timmermans", "fleur.timmermans@eneco.nl")),
        ("To", INTAKE["eneco"]),
        ("Subject", enc_header("Nieuwe opdracht laadpaal – ENE-2026-122960")),
        ("Date", date),
        ("Message-ID", "<VE1PR04MB7390E1A3C5B7D9F2A4C6E8B0D1F3@VE1PR04MB7390.eurprd04.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], root)
    exp = answer("order", "eneco", [order(
        "ENE-2026-122960", "Şükrü Yıldırım", "s.yildirim@kpnmail.nl", "+31614253647",
        "Rijnkade", "18", "6811 HA", "Arnhem",
        [product("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), product("ENE-INST-1F", 1, "installatie 1-fase")],
        "2026-06-02", "Klant is alleen na 16:00 uur telefonisch bereikbaar.", account="1029790451")], None,
        "Clean label/value mail with new label wordings (Klantcontract, Straat + nr, Postcode + plaats, "
        "Mailadres); Turkish name with Ş/ü/ı (UTF-8 QP); both products on one line; date '2-6-2026' "
        "day-first without leading zeros; Eneco office phone in the signature.")
    add("014-eneco-plain-new-labels-turkish-name", eml, exp)


def m015():
    date = "Tue, 24 Feb 2026 16:10:02 +0100"
    txt = """Beste ChargeCars,

Graag een installatie inplannen voor onze klant, de heer Ruben Haverkamp. Hij heeft via zijn Eneco-energiecontract (contractnummer 1029744120) gekozen voor een EVBox Livo 11 kW, ENE-EVBOX-11, met de 1-fase installatie ENE-INST-1F.

Adresgegevens: Brinkgreverweg 112A, 7413 AE Deventer
Telefonisch bereikbaar via 0570 62 84 19, per mail via r.haverkamp@home.nl

Planning: de klant is de hele week van 9 maart vrij, bij voorkeur op dinsdag 10 maart. Goed om te weten: de meterkast is vorig jaar vernieuwd.

Ons ordernummer is ENE-2026-120788.

Met vriendelijke groet,

Sanne Wijnands
Accountmanager E-mobility | Eneco
06 - 83 29 41 70
"""
    htm = outlook_html(paras_html(txt))
    root = multipart("alternative", [text(txt), text(htm, "html")],
                     "_000_AM9PR06MB7721B0D2F4A6C8E1A3B5C7D9E0F2AM9PR06MB7721eurp_")
    eml = message([
        ("Return-Path", "<sanne.wijnands@eneco.nl>"),
        ("Received", received("EUR06-AM9-obe.outbound.protection.outlook.com", "52.101.74.22",
                              "4Fh2Lp8vCw3z", INTAKE["eneco"], date)),
        ("From", addr("Sanne Wijnands", "sanne.wijnands@eneco.nl")),
        ("To", INTAKE["eneco"]),
        ("Subject", "Laadpaal + installatie voor dhr. Haverkamp (ENE-2026-120788)"),
        ("Thread-Topic", "Laadpaal + installatie voor dhr. Haverkamp (ENE-2026-120788)"),
        ("Date", date),
        ("Message-ID", "<AM9PR06MB7721B0D2F4A6C8E1A3B5C7D9E0F2@AM9PR06MB7721.eurprd06.prod.outlook.com>"),
        ("Content-Language", "nl-NL"),
    ], root)
    exp = answer("order", "eneco", [order(
        "ENE-2026-120788", "Ruben Haverkamp", "r.haverkamp@home.nl", "+31570628419",
        "Brinkgreverweg", "112A", "7413 AE", "Deventer",
        [product("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), product("ENE-INST-1F", 1, "1-fase installatie")],
        "2026-03-10", "Klant is de hele week van 9 maart vrij. De meterkast is vorig jaar vernieuwd.",
        account="1029744120")], None,
        "Prose (text+HTML) with SKUs inline; a free week plus an explicit preferred day 'dinsdag 10 maart' "
        "(no year -> 2026 from Date) -> 2026-03-10; account manager's mobile in the signature.")
    add("015-eneco-prose-free-week-preferred-day", eml, exp)


def m016():
    date = "Fri, 31 Jul 2026 17:55:41 +0200"
    htm = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Opdracht ENE-2026-125340</title>
<style>dl{margin:0}dt{float:left;clear:left;width:190px;color:#5f6b7a;padding:3px 0}dd{margin-left:200px;padding:3px 0}</style></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#1b1b1b">
<div style="border-left:6px solid #2a9d3f;padding-left:14px;max-width:640px">
<p style="font-size:17px;color:#2a9d3f;margin:4px 0 12px 0">Eneco &middot; opdracht voor installatiepartner</p>
<p>Deze opdracht kon niet via de API worden afgeleverd en wordt daarom per e-mail verstuurd.</p>
<h4 style="margin:14px 0 4px 0">Opdracht</h4>
<dl>
<dt>Referentie</dt><dd>ENE-2026-125340</dd>
<dt>Contractnummer</dt><dd>1029812277</dd>
</dl>
<h4 style="margin:14px 0 4px 0">Klant</h4>
<dl>
<dt>Naam</dt><dd>Fr&eacute;d&eacute;rique Bos</dd>
<dt>Adres</dt><dd>Zwanenveld 91-12</dd>
<dt>Postcode</dt><dd>6538 SV</dd>
<dt>Woonplaats</dt><dd>Nijmegen</dd>
<dt>Telefoon</dt><dd>+31 (0)6-33221100</dd>
<dt>E-mail</dt><dd>frederique.bos@gmail.com</dd>
</dl>
<h4 style="margin:14px 0 4px 0">Artikelen</h4>
<dl>
<dt>ENE-EVBOX-11</dt><dd>EVBox Livo 11 kW &times; 1</dd>
<dt>ENE-INST-1F</dt><dd>Installatie 1-fase (tot 10 m kabel) &times; 1</dd>
</dl>
<h4 style="margin:14px 0 4px 0">Installatie</h4>
<dl>
<dt>Gewenste datum</dt><dd>17-08-2026</dd>
<dt>Opmerking</dt><dd>Parkeerplaats in de parkeerkelder, plek 37; VvE-toestemming staat in het portaal.</dd>
</dl>
<p style="font-size:11px;color:#888;margin-top:20px">Eneco Orderservice &middot; Marconistraat 13, 3029 AK Rotterdam &middot; orderservice@eneco.nl</p>
</div>
</body></html>
"""
    root = text(htm, "html")
    eml = message([
        ("Return-Path", "<orderservice@eneco.nl>"),
        ("Received", received("smtp-out2.eneco.nl", "145.7.88.12", "4Yc4Ms0qBd7k", INTAKE["eneco"], date)),
        ("From", addr("Eneco Orderservice", "orderservice@eneco.nl")),
        ("To", INTAKE["eneco"]),
        ("Subject", "[Eneco] Opdracht ENE-2026-125340 (fallback e-mail)"),
        ("Date", date),
        ("Message-ID", "<fallback.ENE-2026-125340.1785513341@smtp-out2.eneco.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ], root)
    exp = answer("order", "eneco", [order(
        "ENE-2026-125340", "Frédérique Bos", "frederique.bos@gmail.com", "+31633221100",
        "Zwanenveld", "91-12", "6538 SV", "Nijmegen",
        [product("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"),
         product("ENE-INST-1F", 1, "Installatie 1-fase (tot 10 m kabel)")],
        "2026-08-17", "Parkeerplaats in de parkeerkelder, plek 37; VvE-toestemming staat in het portaal.",
        account="1029812277")], None,
        "HTML-only API fallback laid out as <dl>/<dt>/<dd> (no table); SKU in <dt> and quantity as "
        "'× 1' inside the description; house number 91-12; phone '+31 (0)6-...'.")
    add("016-eneco-api-fallback-html-definition-list", eml, exp)


def m017():
    date = "Tue, 17 Feb 2026 09:15:27 +0100"
    txt = """ENECO | OPDRACHT VERVALT

Geachte installatiepartner,

De klant heeft de opdracht binnen de bedenktijd herroepen. Onderstaande opdracht komt daarmee te vervallen.

Referentie:        ENE-2026-120537
Klant:             H. Zwart, Dorpsweg 7, Schellinkhout
Gewenste datum:    25-02-2026

Een eventueel geplande afspraak kunt u laten vervallen. Er worden geen kosten in rekening gebracht bij de klant; eventueel al gemaakte kosten kunt u via het partnerportaal declareren.

Met vriendelijke groet,
Eneco Orderservice
"""
    htm = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Opdracht vervalt ENE-2026-120537</title></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#1b1b1b">
<div style="border-left:6px solid #c0392b;padding-left:14px;max-width:640px">
<p style="font-size:17px;color:#c0392b;margin:4px 0 12px 0">Eneco &middot; opdracht vervalt</p>
<p>Geachte installatiepartner,</p>
<p>De klant heeft de opdracht binnen de bedenktijd herroepen. Onderstaande opdracht komt daarmee te vervallen.</p>
<table cellpadding="3" cellspacing="0">
<tr><td style="color:#5f6b7a;width:160px">Referentie</td><td><b>ENE-2026-120537</b></td></tr>
<tr><td style="color:#5f6b7a">Klant</td><td>H. Zwart, Dorpsweg 7, Schellinkhout</td></tr>
<tr><td style="color:#5f6b7a">Gewenste datum</td><td>25-02-2026</td></tr>
</table>
<p>Een eventueel geplande afspraak kunt u laten vervallen. Er worden geen kosten in rekening gebracht bij de klant; eventueel al gemaakte kosten kunt u via het partnerportaal declareren.</p>
<p>Met vriendelijke groet,<br>Eneco Orderservice</p>
</div>
</body></html>
"""
    root = multipart("alternative", [text(txt, cte="base64"), text(htm, "html", cte="base64")],
                     "=_eneco_os_5e1d7a90b3c24f68")
    eml = message([
        ("Return-Path", "<orderservice@eneco.nl>"),
        ("Received", received("smtp-out1.eneco.nl", "145.7.88.11", "4Rk7Xn2wGp5t", INTAKE["eneco"], date)),
        ("From", addr("Eneco Orderservice", "orderservice@eneco.nl")),
        ("To", INTAKE["eneco"]),
        ("Subject", "Opdracht ENE-2026-120537 vervalt"),
        ("Date", date),
        ("Message-ID", "<status.ENE-2026-120537.vervalt.1771316127@smtp-out1.eneco.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ], root)
    exp = answer("cancellation", "eneco", [], "ENE-2026-120537",
                 "Eneco system message 'opdracht vervalt' (customer withdrew within the cooling-off period) "
                 "for the second order of 013; wording without 'annuleren'; repeats name, address and date.")
    add("017-eneco-opdracht-vervalt-bedenktijd", eml, exp)


def m018():
    date = "Thu, 28 May 2026 11:31:09 +0200"
    agenda = """Hoi allemaal,

Zoals besproken plannen we weer ons kwartaaloverleg. Voorstel voor de agenda:

1. Doorlooptijden Q1: van opdracht tot installatie
2. Openstaande opdrachten, o.a. ENE-2026-120788 en ENE-2026-122960
3. Nieuwe artikelcode voor 3-fase installaties (ENE-INST-3F) en de mapping aan jullie kant
4. Rondvraag

Locatie: Microsoft Teams (link hieronder) of bij ons op de Marconistraat in Rotterdam.

Groet,
Sanne Wijnands
Accountmanager E-mobility | Eneco
"""
    teams = ("________________________________________________________________________________\n"
             "Microsoft Teams-vergadering\n"
             "Deelnemen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ0ZWFjOTAtY2E1Zi00@thread.v2/0\n"
             "Vergadering-id: 374 118 920 55  Wachtwoord: q7Kd2M\n"
             "________________________________________________________________________________\n")
    txt = agenda + "\n" + teams
    htm = outlook_html(paras_html(agenda) + "\n<p class=MsoNormal>&nbsp;</p>\n" + paras_html(teams))
    desc = txt.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics_lines = [
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Sanne Wijnands:mailto:sanne.wijnands@eneco.nl",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Planning ChargeCars:mailto:planning@chargecars.nl",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=eneco@orders.chargecars.nl:mailto:eneco@orders.chargecars.nl",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ruben Koster:mailto:ruben.koster@eneco.nl",
        "DESCRIPTION;LANGUAGE=nl-NL:" + desc,
        "UID:040000008200E00074C5B7101A82E00800000000F0A4C2D9B7EEDC010000000000000000100000006C1E2A9D4B7F3E45A8C0D2E4F6A8B0C2",
        "SUMMARY;LANGUAGE=nl-NL:Kwartaaloverleg Eneco – ChargeCars (Q2)",
        "DTSTART;TZID=W. Europe Standard Time:20260610T100000",
        "DTEND;TZID=W. Europe Standard Time:20260610T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260528T093109Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    ics = "\n".join(ics_fold(x) for x in ics_lines).replace("\r\n ", "\n ") + "\n"
    root = multipart("alternative", [text(txt), text(htm, "html"),
                                     text(ics, "calendar", cte="base64", params="; method=REQUEST")],
                     "_000_AM9PR06MB7721invite_")
    eml = message([
        ("Return-Path", "<sanne.wijnands@eneco.nl>"),
        ("Received", received("EUR06-AM9-obe.outbound.protection.outlook.com", "52.101.74.23",
                              "4Nw3Cz9yDf0h", INTAKE["eneco"], date)),
        ("From", addr("Sanne Wijnands", "sanne.wijnands@eneco.nl")),
        ("To", f"{addr('Planning ChargeCars', 'planning@chargecars.nl')},{CRLF} {addr('Ruben Koster', 'ruben.koster@eneco.nl')}"),
        ("Cc", INTAKE["eneco"]),
        ("Subject", enc_header("Kwartaaloverleg Eneco – ChargeCars (Q2)")),
        ("Thread-Topic", enc_header("Kwartaaloverleg Eneco – ChargeCars (Q2)", "Thread-Topic")),
        ("Date", date),
        ("Message-ID", "<AM9PR06MB7721C4E6A8B0D2F3A5C7E9B1D3F5@AM9PR06MB7721.eurprd06.prod.outlook.com>"),
        ("Content-Language", "nl-NL"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], root)
    exp = answer("other", "eneco", [], None,
                 "Outlook meeting request (text/calendar METHOD:REQUEST) for a quarterly meeting; the agenda "
                 "names two open orders and an SKU, but it is neither an order nor a question about them. "
                 "The intake address is only in Cc.")
    add("018-eneco-meeting-invite-ics", eml, exp)


for _f in (m013, m014, m015, m016, m017, m018):
    _f()


# ======================================================================================
# 50FIVE
# ======================================================================================

def m019():
    date = "Wed, 04 Mar 2026 13:22:40 +0100"
    txt = """Nouvelle demande d'installation (BE-FR)

Soumis le : 04/03/2026 13:21

COMMANDE
Référence commande : 50F-BE-041906
N° client :          C-0117352

CLIENT
Nom complet :        Amélie Dubois-Lambert
Adresse e-mail :     Amelie.Dubois@skynet.be
Téléphone :          +32 475 31 62 90
Rue :                Chaussée de Bruxelles
Numéro :             212
Code postal :        1410
Localité :           Waterloo
Pays :               Belgique

PRODUITS
- 50F-ZAPPI-7 | myenergi zappi 7 kW, câble non fixe, blanc | qté 1

INSTALLATION
Date souhaitée :     23/03/2026
Remarques :          Garage séparé au fond du jardin, tranchée d'environ 12 m à prévoir.

--
Cette notification a été générée automatiquement par 50five Forms. Merci de ne pas répondre à cette adresse.
Questions ? installations@50five.com
"""
    def row(k, v):
        return (f'<tr><td style="color:#666;padding:3px 12px 3px 0">{k}</td>'
                f'<td style="padding:3px 0"><b>{v}</b></td></tr>\n')
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
           '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
           '<div style="max-width:600px;margin:0 auto">\n'
           '<h2 style="color:#00a19a;font-weight:normal">Nouvelle demande d&#39;installation (BE-FR)</h2>\n'
           '<p style="color:#666">Soumis le : 04/03/2026 13:21</p>\n<h4>COMMANDE</h4><table>\n'
           + row("R&eacute;f&eacute;rence commande", "50F-BE-041906") + row("N&deg; client", "C-0117352")
           + '</table>\n<h4>CLIENT</h4><table>\n' + row("Nom complet", "Am&eacute;lie Dubois-Lambert")
           + row("Adresse e-mail", "Amelie.Dubois@skynet.be") + row("T&eacute;l&eacute;phone", "+32 475 31 62 90")
           + row("Rue", "Chauss&eacute;e de Bruxelles") + row("Num&eacute;ro", "212") + row("Code postal", "1410")
           + row("Localit&eacute;", "Waterloo") + row("Pays", "Belgique")
           + '</table>\n<h4>PRODUITS</h4><table><tr><th align="left">SKU</th><th align="left">Description</th>'
             '<th>Qt&eacute;</th></tr>\n<tr><td style="padding:3px 12px 3px 0">50F-ZAPPI-7</td>'
             '<td>myenergi zappi 7 kW, c&acirc;ble non fixe, blanc</td><td align="center">1</td></tr>\n'
             '</table>\n<h4>INSTALLATION</h4><table>\n' + row("Date souhait&eacute;e", "23/03/2026")
           + row("Remarques", "Garage s&eacute;par&eacute; au fond du jardin, tranch&eacute;e d&#39;environ 12 m &agrave; pr&eacute;voir.")
           + '</table>\n<hr><p style="font-size:11px;color:#999">Cette notification a &eacute;t&eacute; g&eacute;n&eacute;r&eacute;e '
             'automatiquement par 50five Forms. Merci de ne pas r&eacute;pondre &agrave; cette adresse.<br>'
             'Questions ? installations@50five.com</p>\n</div></body></html>\n')
    root = multipart("alternative", [text(txt), text(htm, "html")], "----=_Part_4410_1019948532.1772626960113")
    eml = message([
        ("Return-Path", "<no-reply@50five.com>"),
        ("Received", received("o3.email.50five.com", "149.72.160.33", "4Zk5Hs3bTm8q", INTAKE["50five"], date)),
        ("From", addr("50five Forms", "no-reply@50five.com")),
        ("To", INTAKE["50five"]),
        ("Reply-To", "installations@50five.com"),
        ("Subject", enc_header("[50five] Nouvelle demande d'installation – 50F-BE-041906")),
        ("Date", date),
        ("Message-ID", "<5f1b8c2e90d4.77a3e6b1@geopod-ismtpd-2.50five.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], root)
    exp = answer("order", "50five", [order(
        "50F-BE-041906", "Amélie Dubois-Lambert", "amelie.dubois@skynet.be", "+32475316290",
        "Chaussée de Bruxelles", "212", "1410", "Waterloo",
        [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW, câble non fixe, blanc")],
        "2026-03-23", "Garage séparé au fond du jardin, tranchée d'environ 12 m à prévoir.",
        account="C-0117352")], None,
        "50five form in French for Wallonia (text+HTML): all labels French (Référence commande, N° client, "
        "Rue, Numéro, Localité, Date souhaitée, Remarques); Belgian 4-digit postcode and +32 mobile; "
        "mixed-case e-mail; date 23/03/2026.")
    add("019-50five-form-french-wallonia", eml, exp)


def m020():
    date = "Thu, 18 Jun 2026 16:44:03 +0200"
    body = """Hi team,

Attached is today's export: one order. The customer also bought a floor-standing pole (50F-POLE-ZAPPI), so please mount the zappi on the pole instead of on the wall.

Cheers,
Femke

Femke Jansen
Installations Desk | 50five
+31 85 208 1260
"""
    csv_txt = (
        "order_ref,account_no,first_name,last_name,email,phone,street,house_no,house_no_suffix,postcode,city,"
        "country,sku,item,qty,install_date,remarks\n"
        "50F-NL-235871,C-0124410,Björn,Jacobsen,bjorn.jacobsen@gmail.com,31650123987,Kleverparkweg,19,,"
        "2023 CE,Haarlem,NL,50F-ZAPPI-7,\"myenergi zappi 7 kW, tethered, black\",1,2026-07-06,"
        "\"Pole next to the driveway, about 4 m from the meter cupboard\"\n"
        "50F-NL-235871,C-0124410,Björn,Jacobsen,bjorn.jacobsen@gmail.com,31650123987,Kleverparkweg,19,,"
        "2023 CE,Haarlem,NL,50F-POLE-ZAPPI,\"Mounting pole for zappi, galvanised\",1,2026-07-06,"
        "\"Pole next to the driveway, about 4 m from the meter cupboard\"\n")
    csv_bytes = csv_txt.replace("\n", "\r\n").encode("utf-8")
    root = multipart("mixed", [
        text(body, charset="us-ascii", cte="7bit"),
        attachment(csv_bytes, 'text/csv; charset="utf-8"', "50five_export_20260618.csv"),
    ], "000000000000a1f3c40625b0e7d2")
    eml = message([
        ("Return-Path", "<femke.jansen@50five.nl>"),
        ("Received", received("mail-ej1-f54.google.com", "209.85.218.54", "4Jt8Pv1mSx6r", INTAKE["50five"], date)),
        ("From", addr("Femke Jansen", "femke.jansen@50five.nl")),
        ("To", INTAKE["50five"]),
        ("Subject", "Installation orders export 2026-06-18 (1)"),
        ("Date", date),
        ("Message-ID", "<CAJ7x3mP0qR8sT2uV4wX6yZ8aB0cD2eF4gH6iJ8k@mail.gmail.com>"),
    ], root)
    exp = answer("order", "50five", [order(
        "50F-NL-235871", "Björn Jacobsen", "bjorn.jacobsen@gmail.com", "+31650123987",
        "Kleverparkweg", "19", "2023 CE", "Haarlem",
        [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW, tethered, black"),
         product("50F-POLE-ZAPPI", 1, "Mounting pole for zappi, galvanised")],
        "2026-07-06", "Pole next to the driveway, about 4 m from the meter cupboard", account="C-0124410")], None,
        "CSV export (UTF-8, comma, quoted fields with commas), one order on two lines; first/last name in "
        "separate columns; phone '31650123987' without '+'; 50F-POLE-ZAPPI is not in the product mapping "
        "(keep as written); the body's desk phone is not the customer's.")
    add("020-50five-csv-split-name-unmapped-pole", eml, exp)


def m021():
    date = "Mon, 13 Apr 2026 09:58:52 +0200"
    txt = """Installation request – Netherlands
Form: Home charging (v3) · Submitted 13 Apr 2026, 09:58

Customer
  Name:               Jasmijn van 't Hoff
  Mobile:             06 1357 2468
  E-mail:             jasmijn.vanthoff@icloud.com

Installation address
  Street and number:  Bergweg 57B
  Postcode:           3036 BC
  City:               Rotterdam

Order
  Reference:          50F-NL-234512
  Account:            C-0120934
  Items:              1 × 50F-ZAPPI-7 — myenergi zappi 7 kW, untethered, white

Appointment
  Preferred date:     Tuesday, 28 April 2026
  Notes:              none

This notification was generated automatically by 50five Forms.
"""
    def sec(t):
        return f'<tr><td colspan="2" style="padding:14px 0 4px 0;font-size:15px;color:#00a19a">{t}</td></tr>\n'

    def row(k, v):
        return f'<tr><td style="color:#666;padding:2px 16px 2px 12px">{k}</td><td>{v}</td></tr>\n'
    htm = ('<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
           '<div style="max-width:600px;margin:0 auto"><h2 style="font-weight:normal">Installation request &ndash; Netherlands</h2>\n'
           '<p style="color:#666">Form: Home charging (v3) &middot; Submitted 13 Apr 2026, 09:58</p>\n<table>\n'
           + sec("Customer") + row("Name", "Jasmijn van &#39;t Hoff") + row("Mobile", "06 1357 2468")
           + row("E-mail", "jasmijn.vanthoff@icloud.com")
           + sec("Installation address") + row("Street and number", "Bergweg 57B") + row("Postcode", "3036 BC")
           + row("City", "Rotterdam")
           + sec("Order") + row("Reference", "50F-NL-234512") + row("Account", "C-0120934")
           + row("Items", "1 &times; 50F-ZAPPI-7 &mdash; myenergi zappi 7 kW, untethered, white")
           + sec("Appointment") + row("Preferred date", "Tuesday, 28 April 2026") + row("Notes", "none")
           + '</table>\n<p style="font-size:11px;color:#999">This notification was generated automatically by 50five Forms.</p>\n'
             '</div></body></html>\n')
    root = multipart("alternative", [text(txt, cte="base64"), text(htm, "html", cte="base64")],
                     "----=_Part_5521_803355120.1776067132418")
    eml = message([
        ("Return-Path", "<forms@50five.nl>"),
        ("Received", received("o7.email.50five.nl", "149.72.161.7", "4Cg1Wm6zNq2v", INTAKE["50five"], date)),
        ("From", addr("50five Forms", "forms@50five.nl")),
        ("To", INTAKE["50five"]),
        ("Reply-To", "installations@50five.com"),
        ("Subject", "[50five] Installation request 50F-NL-234512 received"),
        ("Date", date),
        ("Message-ID", "<0c7e3a5b1d92.4f6a8e20@geopod-ismtpd-5.50five.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ], root)
    exp = answer("order", "50five", [order(
        "50F-NL-234512", "Jasmijn van 't Hoff", "jasmijn.vanthoff@icloud.com", "+31613572468",
        "Bergweg", "57B", "3036 BC", "Rotterdam",
        [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW, untethered, white")],
        "2026-04-28", None, account="C-0120934")], None,
        "Clean 50five form v3 (text+HTML, base64): customer block first, order block later; 'Street and "
        "number' in one field; '1 × SKU — description'; 'Tuesday, 28 April 2026'; Notes 'none' -> null.")
    add("021-50five-form-v3-customer-first", eml, exp)


def m022():
    date = "Tue, 05 May 2026 10:26:14 +0200"
    body = """Hi ChargeCars,

Please find attached work order WO-26-03318 for order 50F-NL-235140.

Best regards,
Operations | 50five
"""
    p = PdfPage()
    p.line("50five", "F2", 20, gap=24)
    p.line("WORK ORDER - Home charger installation", "F2", 13, gap=26)
    p.kv("Work order no.", "WO-26-03318", x2=190)
    p.kv("Order reference", "50F-NL-235140", x2=190)
    p.kv("Customer account", "C-0126688", x2=190)
    p.kv("Issued", "05/05/2026", x2=190)
    p.space(12)
    p.line("Customer and site", "F2", 12, gap=18)
    p.kv("Name", "Sven Ødegård", x2=190)
    p.kv("Site address", "Laan van Meerdervoort 1034", x2=190)
    p.kv("", "2564 AV  Den Haag", x2=190)
    p.kv("Mobile", "+31 (0)6 2468 1357", x2=190)
    p.kv("E-mail", "sven.odegard@outlook.com", x2=190)
    p.space(12)
    p.line("Scope", "F2", 12, gap=18)
    xs = [50, 160, 470]
    p.row(["SKU", "Description", "Qty"], xs, "F2")
    p.row(["50F-ZAPPI-7", "myenergi zappi 7 kW, untethered, grey", "1"], xs)
    p.space(12)
    p.line("Scheduling", "F2", 12, gap=18)
    p.kv("Requested date", "11/05/2026", x2=190)
    p.kv("Site notes", "Existing 3x25A connection; charger on the front facade.", x2=190)
    p.y = 70
    p.line("50five B.V. | Wattstraat 2 | 1059 AA Amsterdam | operations@50five.com | +31 85 208 1200", "F1", 8)
    pdf = make_pdf([p.items], "Work order WO-26-03318", "50five Operations", "D:20260505102600+02'00'",
                   "9A2B4C6D8E0F11223344556677889900")
    root = multipart("mixed", [
        text(body, charset="us-ascii", cte="7bit"),
        attachment(pdf, "application/pdf", "WO-26-03318.pdf"),
    ], "000000000000f2c8b10626a3d9e4")
    eml = message([
        ("Return-Path", "<operations@50five.com>"),
        ("Received", received("mail-wm1-f49.google.com", "209.85.128.49", "4Hp0Lt7cVw3n", INTAKE["50five"], date)),
        ("From", addr("50five Operations", "operations@50five.com")),
        ("To", INTAKE["50five"]),
        ("Subject", "Work order WO-26-03318 / 50F-NL-235140"),
        ("Date", date),
        ("Message-ID", "<CAHb2x9nQ4rS6tU8vW0xY2zA4bC6dE8fG0hI2jK4@mail.gmail.com>"),
    ], root)
    exp = answer("order", "50five", [order(
        "50F-NL-235140", "Sven Ødegård", "sven.odegard@outlook.com", "+31624681357",
        "Laan van Meerdervoort", "1034", "2564 AV", "Den Haag",
        [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW, untethered, grey")],
        "2026-05-11", "Existing 3x25A connection; charger on the front facade.", account="C-0126688")], None,
        "Order only in an English PDF work order (text layer, WinAnsi Ø/å); the work-order number "
        "WO-26-03318 is not the partner order id (50F-NL-...); 'Issued' is not the install date; "
        "slash dates read day-first (11/05/2026 -> 11 May); company phone in the PDF footer.")
    add("022-50five-pdf-work-order-en", eml, exp)


def m023():
    date = "Thu, 23 Apr 2026 11:07:45 +0200"
    txt = """Hi ChargeCars,

Jasmijn van 't Hoff (order 50F-NL-234512) has withdrawn from her purchase within the 14-day cooling-off period (herroepingsrecht). Could you please take the installation off your schedule?

The charger has not been shipped yet, so nothing needs to be collected from her address.

Kind regards,

Femke Jansen
Installations Desk | 50five
+31 85 208 1260
"""
    root = multipart("alternative", [text(txt), text(gmail_html(txt), "html")], "000000000000c7a1e90625d4b3f8")
    eml = message([
        ("Return-Path", "<femke.jansen@50five.nl>"),
        ("Received", received("mail-ej1-f41.google.com", "209.85.218.41", "4Mb3Qs8xRk1w", INTAKE["50five"], date)),
        ("From", addr("Femke Jansen", "femke.jansen@50five.nl")),
        ("To", INTAKE["50five"]),
        ("Subject", "Withdrawal - 50F-NL-234512"),
        ("Date", date),
        ("Message-ID", "<CAJ7x3mQ5sT1uV3wX5yZ7aB9cD1eF3gH5iJ7kL9m@mail.gmail.com>"),
    ], root)
    exp = answer("cancellation", "50five", [], "50F-NL-234512",
                 "Cancellation worded as a withdrawal within the cooling-off period ('take the installation "
                 "off your schedule'); no 'cancel' in the text; refers to order 021.")
    add("023-50five-withdrawal-cooling-off", eml, exp)


def m024():
    date = "Fri, 03 Jul 2026 14:12:08 +0200"
    txt = """##- Typ je antwoord boven deze regel -##

Hallo ChargeCars Orderintake,

Bedankt voor je bericht. Je verzoek (#58213) is ontvangen en wordt zo snel mogelijk behandeld door het 50five Partner Support-team. De gemiddelde reactietijd is 2 werkdagen.

Je kunt op deze e-mail antwoorden om informatie aan je verzoek toe te voegen.

Met vriendelijke groet,
50five Partner Support

----------------------------------------------
Je bericht van 3 jul. 2026, 14:11:

Installatie ingepland: 50F-NL-235871

Beste 50five,

De installatie voor order 50F-NL-235871 (B. Jacobsen, Haarlem) is op 6 juli 2026 ingepland en wordt door ons bevestigd aan de klant.

Met vriendelijke groet,
ChargeCars Orderintake

[Q8WZ2K-5R1M]
"""
    htm = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#2f3941">\n'
           '<div style="color:#b5b5b5">##- Typ je antwoord boven deze regel -##</div>\n'
           '<p>Hallo ChargeCars Orderintake,</p>\n'
           '<p>Bedankt voor je bericht. Je verzoek (#58213) is ontvangen en wordt zo snel mogelijk behandeld door het '
           '50five Partner Support-team. De gemiddelde reactietijd is 2 werkdagen.</p>\n'
           '<p>Je kunt op deze e-mail antwoorden om informatie aan je verzoek toe te voegen.</p>\n'
           '<p>Met vriendelijke groet,<br>50five Partner Support</p>\n'
           '<hr style="border:none;border-top:1px solid #ddd">\n'
           '<p style="color:#68737d">Je bericht van 3 jul. 2026, 14:11:</p>\n'
           '<div style="color:#68737d;border-left:3px solid #ddd;padding-left:10px">'
           '<p><b>Installatie ingepland: 50F-NL-235871</b></p><p>Beste 50five,</p>'
           '<p>De installatie voor order 50F-NL-235871 (B. Jacobsen, Haarlem) is op 6 juli 2026 ingepland en '
           'wordt door ons bevestigd aan de klant.</p><p>Met vriendelijke groet,<br>ChargeCars Orderintake</p></div>\n'
           '<div style="color:#ffffff;font-size:1px">[Q8WZ2K-5R1M]</div>\n</body></html>\n')
    root = multipart("alternative", [text(txt), text(htm, "html")], "--==_mimepart_6a4f2e1b3c5d7_9e1f2a3b4c")
    eml = message([
        ("Return-Path", "<support@50five.com>"),
        ("Received", received("outbyip12.pod18.use1.zdsys.com", "192.161.151.12", "4Tq6Bn2vHm9s", INTAKE["50five"], date)),
        ("From", addr("50five Partner Support", "support@50five.com")),
        ("Reply-To", addr("50five Partner Support", "support+id58213@50five.com")),
        ("To", addr("ChargeCars Orderintake", INTAKE["50five"])),
        ("Subject", "[50five] Re: Installatie ingepland: 50F-NL-235871"),
        ("Date", date),
        ("Message-ID", "<Q8WZ2K5R1M_6a4f2e1b_58213@zendesk.com>"),
        ("In-Reply-To", "<cc-status-50F-NL-235871-1@orders.chargecars.nl>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Mailer", "Zendesk Mailer"),
    ], root)
    exp = answer("other", "50five", [], None,
                 "Helpdesk auto-acknowledgement (Auto-Submitted: auto-replied) of a ChargeCars status message; "
                 "quotes our own text with an order id, customer initial and date, but 50five asks nothing.")
    add("024-50five-helpdesk-ticket-autoack", eml, exp)


for _f in (m019, m020, m021, m022, m023, m024):
    _f()


# ======================================================================================
# ALVA
# ======================================================================================

ALVA_SIG = """Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam"""


def m025():
    date = "Tue, 10 Mar 2026 10:05:31 +0100"
    txt = """Hoi ChargeCars-team,

Nieuwe opdracht voor jullie:

*Ordernr:* ALVA-0326-021
*Klant:* Bjørn Halvorsen
*Adres:* Gasthuisstraat 6, 4201 CA Gorinchem
*Tel:* 06 22 81 40 53
*Mail:* bjorn.halvorsen@online.no
*Wat:* 1x ALVA-PULSAR-11 (Pulsar Plus 11 kW), 1x ALVA-INST-3F (installatie 3-fase)
*Wanneer:* 25-03-2026
*Bijz.:* —

Groetjes,

Noor Bakker
Planner | Alva Charging
T +31 (0)20 820 4411
noor.bakker@alva-charging.nl | www.alva-charging.nl
""" + ALVA_SIG + "\n"
    htm = ('<div dir="ltr"><div>Hoi ChargeCars-team,</div><div><br></div><div>Nieuwe opdracht voor jullie:</div><div><br></div>\n'
           '<div><b>Ordernr:</b> ALVA-0326-021<br><b>Klant:</b> Bj&oslash;rn Halvorsen<br>'
           '<b>Adres:</b> Gasthuisstraat 6, 4201 CA Gorinchem<br><b>Tel:</b> 06 22 81 40 53<br>'
           '<b>Mail:</b> <a href="mailto:bjorn.halvorsen@online.no">bjorn.halvorsen@online.no</a><br>'
           '<b>Wat:</b> 1x ALVA-PULSAR-11 (Pulsar Plus 11 kW), 1x ALVA-INST-3F (installatie 3-fase)<br>'
           '<b>Wanneer:</b> 25-03-2026<br><b>Bijz.:</b> &mdash;</div><div><br></div>\n'
           '<div>Groetjes,</div><div><br></div>\n'
           '<div dir="ltr" class="gmail_signature"><div>Noor Bakker</div><div>Planner | Alva Charging</div>'
           '<div>T +31 (0)20 820 4411</div><div><a href="mailto:noor.bakker@alva-charging.nl">noor.bakker@alva-charging.nl</a>'
           ' | <a href="http://www.alva-charging.nl">www.alva-charging.nl</a></div>'
           '<div>Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam</div></div></div>\n')
    root = multipart("alternative", [text(txt, cte="base64"), text(htm, "html", cte="base64")],
                     "000000000000b3d5f70624e8a1c6")
    eml = message([
        ("Return-Path", "<noor.bakker@alva-charging.nl>"),
        ("Received", received("mail-wr1-f52.google.com", "209.85.221.52", "4Ws1Dk5nPq7x", INTAKE["alva"], date)),
        ("From", addr("Noor Bakker", "noor.bakker@alva-charging.nl")),
        ("To", INTAKE["alva"]),
        ("Subject", "Nieuwe opdracht ALVA-0326-021"),
        ("Date", date),
        ("Message-ID", "<CAF3nB8kR2mT6vX0yZ4aC8eG2iK6mO0qS4uW8y@mail.gmail.com>"),
    ], root)
    exp = answer("order", "alva", [order(
        "ALVA-0326-021", "Bjørn Halvorsen", "bjorn.halvorsen@online.no", "+31622814053",
        "Gasthuisstraat", "6", "4201 CA", "Gorinchem",
        [product("ALVA-PULSAR-11", 1, "Pulsar Plus 11 kW"), product("ALVA-INST-3F", 1, "installatie 3-fase")],
        "2026-03-25", None)], None,
        "Alva order from a new planner, Gmail text+HTML (base64): Gmail's plain-text rendering of bold "
        "labels ('*Ordernr:*'); ø in the name; Bijz. '—' -> null; Alva office phone in the signature.")
    add("025-alva-gmail-bold-labels", eml, exp)


def m026():
    date = "Tue, 12 May 2026 11:37:20 +0200"
    top = """Hoi ChargeCars,

Zie de aanvraag van Van den Broek EV hieronder. Ik heb er opdracht ALVA-0526-008 van gemaakt: 1x ALVA-PULSAR-22, 1x ALVA-INST-3F en 1x ALVA-KABEL-10M. De paal komt bij de schuur achterin, ruim 10 m van de meterkast.

Het dealer-ID van Van den Broek bij ons is ALVA-DLR-027.

Groet,
Tom

Verstuurd vanaf mijn iPhone
"""
    intro = "Op 12 mei 2026 om 10:14 heeft Lars van den Broek <lars@vandenbroek-ev.nl> het volgende geschreven:"
    quoted = """Hoi Tom,

Nieuwe klant voor jullie. Mevrouw heeft vandaag bij ons een Tesla Model Y gekocht en wil thuis laden.

Naam: Ingeborg Hoogland
Adres: Kerkweg 31, 3603 CL Maarssen
Tel.: 06-27 19 55 03
Mail: i.hoogland@casema.nl

Ze zou het fijn vinden als het op vrijdag 29 mei kan.
Onze PO: VDB-PO-4471

Met vriendelijke groet,
Lars van den Broek
Van den Broek EV | Amersfoortseweg 14 | 3712 BB Huis ter Heide
030-693 21 40 | 06-51 62 73 84
lars@vandenbroek-ev.nl
"""
    txt = top + "\n" + intro + "\n\n" + "\n".join(("> " + line) if line else ">" for line in quoted.rstrip("\n").split("\n")) + "\n"
    qhtml = "<br>\n".join(esc(line) for line in quoted.rstrip("\n").split("\n"))
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body dir="auto">' + "<br>\n".join(esc(line) for line in top.rstrip("\n").split("\n")) +
           f'<div dir="ltr"><br><blockquote type="cite">{esc(intro)}<br><br></blockquote></div>'
           f'<blockquote type="cite"><div dir="ltr">{qhtml}</div></blockquote></body></html>\n')
    root = multipart("alternative", [text(txt), text(htm, "html")], "Apple-Mail-5B2E9C41-7D3A-4F10-8E6B-0A1C2D3E4F50")
    eml = message([
        ("Return-Path", "<tom.hendriks@alva-charging.nl>"),
        ("Received", received("mail-ed1-f45.google.com", "209.85.208.45", "4Bx7Km2qWt5r", INTAKE["alva"], date)),
        ("From", addr("Tom Hendriks", "tom.hendriks@alva-charging.nl")),
        ("To", INTAKE["alva"]),
        ("Cc", addr("Lars van den Broek", "lars@vandenbroek-ev.nl")),
        ("Subject", "Re: Aanvraag laadpaal klant Hoogland"),
        ("Date", date),
        ("Message-ID", "<7E1A9C3B-52D4-4F86-9A0B-C1D2E3F4A5B6@alva-charging.nl>"),
        ("In-Reply-To", "<b3f1c8e2-4d7a-4e59-a0b6-8c9d0e1f2a3b@vandenbroek-ev.nl>"),
        ("References", "<b3f1c8e2-4d7a-4e59-a0b6-8c9d0e1f2a3b@vandenbroek-ev.nl>"),
        ("X-Mailer", "iPhone Mail (22E252)"),
    ], root)
    exp = answer("order", "alva", [order(
        "ALVA-0526-008", "Ingeborg Hoogland", "i.hoogland@casema.nl", "+31627195503",
        "Kerkweg", "31", "3603 CL", "Maarssen",
        [product("ALVA-PULSAR-22", 1, "Pulsar Plus 22 kW"), product("ALVA-INST-3F", 1, "installatie 3-fase"),
         product("ALVA-KABEL-10M", 1, "kabel 10 m")],
        "2026-05-29", "De paal komt bij de schuur achterin, ruim 10 m van de meterkast.",
        dealer="ALVA-DLR-027", po="VDB-PO-4471")], None,
        "iPhone Mail reply with Apple's Dutch quote header ('Op ... heeft ... het volgende geschreven:') and "
        "'> ' quoting; order id, SKUs and dealer id in the top text, customer and dealer PO in the quoted "
        "dealer mail; the dealer (also in Cc) has two phones and an e-mail in his signature; "
        "'vrijdag 29 mei' without year -> 2026.")
    add("026-alva-iphone-reply-dealer-request", eml, exp)


def m027():
    date = "Wed, 03 Jun 2026 15:48:02 +0200"
    txt = """Hi ChargeCars team,

Please schedule the following installation:

Order number      ALVA-0626-013
Customer          Aurélien Moreau
Address           Burgemeester Feithplein 8, 2273 BN Voorburg
Phone             +31 6 1029 3847
E-mail            a.moreau@proton.me
Products          1 x ALVA-PULSAR-22 (Pulsar Plus 22 kW)
                  1 x ALVA-INST-3F (three-phase installation)
Preferred date    Monday 22nd June 2026
Remarks           Customer is abroad until 19 June; his partner Claire will be home on the day.

Thanks a lot!

Priya Nair
International Desk | Alva Charging
T +31 (0)20 820 4419
priya.nair@alva-charging.nl | www.alva-charging.nl
""" + ALVA_SIG + "\n"
    htm = gmail_html(txt)
    root = multipart("alternative", [text(txt), text(htm, "html")], "0000000000004e8c2a0626c1f7b3")
    eml = message([
        ("Return-Path", "<priya.nair@alva-charging.nl>"),
        ("Received", received("mail-wr1-f68.google.com", "209.85.221.68", "4Qe9Hb3sLn6m", INTAKE["alva"], date)),
        ("From", addr("Priya Nair", "priya.nair@alva-charging.nl")),
        ("To", INTAKE["alva"]),
        ("Subject", enc_header("New order ALVA-0626-013 – Pulsar Plus 22 kW")),
        ("Date", date),
        ("Message-ID", "<CAK9pL2mN4oP6qR8sT0uV2wX4yZ6aB8cD0eF2g@mail.gmail.com>"),
    ], root)
    exp = answer("order", "alva", [order(
        "ALVA-0626-013", "Aurélien Moreau", "a.moreau@proton.me", "+31610293847",
        "Burgemeester Feithplein", "8", "2273 BN", "Voorburg",
        [product("ALVA-PULSAR-22", 1, "Pulsar Plus 22 kW"),
         product("ALVA-INST-3F", 1, "three-phase installation")],
        "2026-06-22", "Customer is abroad until 19 June; his partner Claire will be home on the day.")], None,
        "English label/value order with column alignment and products over two lines; ordinal date "
        "'Monday 22nd June 2026'; the remark has another date (19 June) that is not the install date.")
    add("027-alva-english-ordinal-date", eml, exp)


def m028():
    date = "Wed, 08 Jul 2026 09:12:55 +0200"
    body = """Hoi,

De klant heeft de offerte getekend (zie bijlage). Hiermee wordt het opdracht ALVA-0726-004. Alle gegevens staan in de PDF; de voorkeursdatum die de klant daarin noemt is bij ons akkoord.

Groet,

Sophie de Graaf
Planner | Alva Charging
T +31 (0)20 820 4411
s.degraaf@alva-charging.nl | www.alva-charging.nl
""" + ALVA_SIG + "\n"
    p = PdfPage()
    p.line("Alva Charging B.V.", "F2", 16, gap=18)
    p.line("Keizersgracht 62 | 1015 CS Amsterdam | T +31 (0)20 820 4411 | offerte@alva-charging.nl", "F1", 8, gap=30)
    p.line("OFFERTE OFF-2026-0412", "F2", 14, gap=18)
    p.kv("Offertedatum", "24-06-2026", x2=170)
    p.kv("Geldig tot", "24-07-2026", x2=170)
    p.space(10)
    p.line("Aan", "F2", 11, gap=16)
    p.line("Willem Ploeg")
    p.line("Heerenweg 47")
    p.line("1851 KR  Heiloo")
    p.line("Telefoon: 072-533 18 60")
    p.line("E-mail: willem.ploeg@quicknet.nl")
    p.space(12)
    xs = [50, 160, 400, 470]
    p.row(["Artikel", "Omschrijving", "Aantal", "Bedrag"], xs, "F2")
    p.row(["ALVA-PULSAR-11", "Wallbox Pulsar Plus 11 kW", "1", "€ 849,00"], xs)
    p.row(["ALVA-INST-3F", "Installatie 3-fase", "1", "€ 595,00"], xs)
    p.row(["ALVA-KABEL-10M", "Kabel 5x6 mm², 10 m", "1", "€ 129,00"], xs)
    p.row(["", "Totaal incl. 21% btw", "", "€ 1.573,00"], xs, "F2")
    p.space(12)
    p.kv("Voorkeur klant", "maandag 3 augustus 2026", x2=170)
    p.kv("Bijzonderheden", "Laadpaal op de oprit naast de carport; graafwerk door de klant.", x2=170)
    p.space(20)
    p.line("Voor akkoord", "F2", 11, gap=16)
    p.line("Naam: W. Ploeg        Plaats: Heiloo        Datum: 06-07-2026")
    p.line("Handtekening: W. Ploeg", "F1", 10)
    pdf = make_pdf([p.items], "Offerte OFF-2026-0412", "Alva Charging", "D:20260624140210+02'00'",
                   "0F1E2D3C4B5A69788796A5B4C3D2E1F0")
    root = multipart("mixed", [
        text(body),
        attachment(pdf, "application/pdf", "Offerte OFF-2026-0412 getekend.pdf"),
    ], "000000000000e9a7c30627f1b2d5")
    eml = message([
        ("Return-Path", "<s.degraaf@alva-charging.nl>"),
        ("Received", received("mail-wr1-f71.google.com", "209.85.221.71", "4Lf2Vc8mBr4t", INTAKE["alva"], date)),
        ("From", addr("Sophie de Graaf", "s.degraaf@alva-charging.nl")),
        ("To", INTAKE["alva"]),
        ("Subject", "Getekende offerte + opdracht ALVA-0726-004"),
        ("Date", date),
        ("Message-ID", "<CA+Zq3rT5uV7wX9yA1bC3dE5fG7hI9jK1lM3nO@mail.gmail.com>"),
    ], root)
    exp = answer("order", "alva", [order(
        "ALVA-0726-004", "Willem Ploeg", "willem.ploeg@quicknet.nl", "+31725331860",
        "Heerenweg", "47", "1851 KR", "Heiloo",
        [product("ALVA-PULSAR-11", 1, "Wallbox Pulsar Plus 11 kW"), product("ALVA-INST-3F", 1, "Installatie 3-fase"),
         product("ALVA-KABEL-10M", 1, "Kabel 5x6 mm², 10 m")],
        "2026-08-03", "Laadpaal op de oprit naast de carport; graafwerk door de klant.")], None,
        "Order id only in the body; everything else in a signed quote PDF. The quote number OFF-2026-0412 "
        "is neither the order id nor a purchase order; quote date, validity date and signing date are not "
        "the install date ('maandag 3 augustus 2026'); Alva's own address/phone in the PDF header.")
    add("028-alva-signed-quote-pdf", eml, exp)


def m029():
    date = "Wed, 18 Mar 2026 08:51:10 +0100"
    txt = """Hoi Lisa,

Hierbij de foto's van de meterkast bij dhr. Halvorsen. De hoofdschakelaar is 3x25A, er is nog één groep vrij.

Groet,
Noor

Op di 17 mrt 2026 om 14:02 schreef ChargeCars Planning <planning@chargecars.nl>:

> Hoi Noor,
>
> Voor opdracht ALVA-0326-021 (Halvorsen, Gorinchem) wil onze monteur vooraf
> graag twee foto's van de meterkast: één van de hele kast en één van de
> hoofdschakelaar. Kun je die bij de klant opvragen?
>
> Met vriendelijke groet,
> Lisa van Dijk
> Planning ChargeCars | 030-2001234
>
"""
    htm = ('<div dir="ltr"><div>Hoi Lisa,</div><div><br></div><div>Hierbij de foto&#39;s van de meterkast bij dhr. '
           'Halvorsen. De hoofdschakelaar is 3x25A, er is nog &eacute;&eacute;n groep vrij.</div><div><br></div>'
           '<div>Groet,</div><div>Noor</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
           'Op di 17 mrt 2026 om 14:02 schreef ChargeCars Planning &lt;<a href="mailto:planning@chargecars.nl">'
           'planning@chargecars.nl</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
           '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hoi Noor,<br><br>Voor opdracht '
           'ALVA-0326-021 (Halvorsen, Gorinchem) wil onze monteur vooraf graag twee foto&#39;s van de meterkast: '
           '&eacute;&eacute;n van de hele kast en &eacute;&eacute;n van de hoofdschakelaar. Kun je die bij de klant '
           'opvragen?<br><br>Met vriendelijke groet,<br>Lisa van Dijk<br>Planning ChargeCars | 030-2001234<br>'
           '</blockquote></div>\n')
    img1 = make_png(64, 48, 1)
    img2 = make_png(48, 64, 2)
    root = multipart("mixed", [
        multipart("alternative", [text(txt), text(htm, "html")], "0000000000008d1f5b0624f3e6a1"),
        attachment(img1, "image/png", "IMG_4821.png", extra=[("Content-ID", "<f_mm7q1x2a0>"), ("X-Attachment-Id", "f_mm7q1x2a0")]),
        attachment(img2, "image/png", "IMG_4822.png", extra=[("Content-ID", "<f_mm7q1x2b1>"), ("X-Attachment-Id", "f_mm7q1x2b1")]),
    ], "0000000000008d1f5d0624f3e6a3")
    eml = message([
        ("Return-Path", "<noor.bakker@alva-charging.nl>"),
        ("Received", received("mail-wr1-f53.google.com", "209.85.221.53", "4Jd8Sz1kXc3v", INTAKE["alva"], date)),
        ("From", addr("Noor Bakker", "noor.bakker@alva-charging.nl")),
        ("To", addr("ChargeCars Planning", "planning@chargecars.nl")),
        ("Cc", INTAKE["alva"]),
        ("Subject", "Re: Foto's meterkast ALVA-0326-021"),
        ("Date", date),
        ("Message-ID", "<CAF3nB8kT4oV8xZ2bD6fH0jL4nP8rT2vX6zA0c@mail.gmail.com>"),
        ("In-Reply-To", "<cc-planning-ALVA-0326-021-foto@chargecars.nl>"),
        ("References", "<cc-planning-ALVA-0326-021-foto@chargecars.nl>"),
    ], root)
    exp = answer("other", "alva", [], None,
                 "Gmail reply with two photos (PNG) of the meter cupboard for existing order 025; supplies "
                 "requested information, asks nothing and orders nothing. Intake address only in Cc.")
    add("029-alva-meter-cupboard-photos-reply", eml, exp)


def m030():
    date = "Mon, 12 Jan 2026 10:30:00 +0100"
    txt = """Beste ChargeCars,

Zoals elk jaar actualiseren we in januari ons leveranciersdossier. Willen jullie ons vóór 31 januari 2026 de volgende documenten sturen?

1. Geldig VCA-certificaat (VCA** of VCA-Petrochemie)
2. Polis en bewijs van premiebetaling van de bedrijfsaansprakelijkheidsverzekering 2026
3. Overzicht van de gecertificeerde installateurs (NEN 1010 / NEN 3140) die voor ons werken

In 2025 hebben jullie 412 opdrachten voor ons uitgevoerd; dank daarvoor! Een overzicht per maand sturen we apart mee met de kwartaalrapportage.

Documenten kunnen naar inkoop@alva-charging.nl.

Met vriendelijke groet,

Marieke Dijkstra
Inkoop & Leveranciersbeheer | Alva Charging
T +31 (0)20 820 4400
""" + ALVA_SIG + "\n"
    htm = outlook_html(paras_html(txt)).replace("charset=utf-8", "charset=windows-1252")
    root = multipart("alternative", [text(txt, charset="windows-1252"), text(htm, "html", charset="windows-1252")],
                     "_000_alva_inkoop_2026_01_")
    eml = message([
        ("Return-Path", "<inkoop@alva-charging.nl>"),
        ("Received", received("mail-wm1-f66.google.com", "209.85.128.66", "4Ar5Tn0pYw2k", INTAKE["alva"], date)),
        ("From", addr("Alva Inkoop", "inkoop@alva-charging.nl")),
        ("To", INTAKE["alva"]),
        ("Subject", fold("Jaarlijkse leveranciersaudit: VCA-certificaat en polis graag voor 31 januari", 9)),
        ("Date", date),
        ("Message-ID", "<CAG8mW1nS3pU5rW7tY9vA1xC3zE5bG7dI9fK1h@mail.gmail.com>"),
    ], root)
    exp = answer("other", "alva", [], None,
                 "Supplier-audit request for certificates and insurance papers (windows-1252 text+HTML); "
                 "a number of orders and a deadline are mentioned, but there is no order or order question.")
    add("030-alva-supplier-audit-documents", eml, exp)


for _f in (m025, m026, m027, m028, m029, m030):
    _f()


# ======================================================================================
# Driver
# ======================================================================================

def build():
    files = {}
    for slug, eml, exp in MESSAGES:
        files[f"emails/{slug}.eml"] = eml
        files[f"expected/{slug}.json"] = (json.dumps(exp, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return files


def main(argv):
    files = build()
    if "--check" in argv:
        bad = 0
        for rel, data in sorted(files.items()):
            path = HERE / rel
            if not path.exists():
                print(f"MISSING  {rel}")
                bad += 1
            elif path.read_bytes() != data:
                print(f"DIFFERS  {rel}")
                bad += 1
        for sub in ("emails", "expected"):
            for path in sorted((HERE / sub).glob("*")):
                if f"{sub}/{path.name}" not in files:
                    print(f"EXTRA    {sub}/{path.name}")
                    bad += 1
        print(f"{len(files) - bad}/{len(files)} identical" if not bad else f"{bad} problem(s)")
        return 1 if bad else 0
    for sub in ("emails", "expected"):
        (HERE / sub).mkdir(exist_ok=True)
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {len(files)} files ({len(MESSAGES)} messages)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
