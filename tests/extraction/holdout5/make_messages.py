#!/usr/bin/env python3
"""Build the holdout5 blind batch: 30 partner e-mails with their expected answers.

    python3 make_messages.py          write emails/ and expected/
    python3 make_messages.py --check  rebuild in memory and compare byte for byte

Standard library only. MIME is written by hand (quopri, base64, email.header), the XLSX
with zipfile, the PDF with the small writer below. Every date, Message-ID, boundary, zip
timestamp and PDF id is fixed, so the output is the same on every run.
"""
import base64
import email.header
import html as htmlmod
import json
import os
import quopri
import sys
import zipfile
import zlib
from io import BytesIO

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = b"\r\n"


# --------------------------------------------------------------------------- MIME

def _fold(name, value):
    """Header line(s) as str without final CRLF; value must be ASCII, already folded if long."""
    return f"{name}: {value}"


def enc_words(text, charset="utf-8", header_name="Subject"):
    """RFC 2047 encoded header text (folded with CRLF + space). ASCII text is returned as is."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    h = email.header.Header(text, charset, header_name=header_name)
    return h.encode(linesep="\r\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{email.header.Header(name, charset).encode()} <{address}>"
    if any(c in name for c in ',.;:"()<>@[]'):
        return f'"{name}" <{address}>'
    return f"{name} <{address}>"


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of str (may contain CRLF folds)
        self.body = body        # bytes with CRLF

    def serialize(self):
        head = "\r\n".join(self.headers).encode("ascii")
        return head + CRLF + CRLF + self.body


def _lines_crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(raw, cte, is_text):
    """raw: bytes with LF line ends for text; returns CRLF bytes in the given transfer encoding."""
    if cte == "quoted-printable":
        out = quopri.encodestring(raw, quotetabs=False)
        return out.replace(b"\n", b"\r\n")
    if cte == "base64":
        if is_text:
            raw = raw.replace(b"\n", b"\r\n")
        return base64.encodebytes(raw).replace(b"\n", b"\r\n")
    # 7bit / 8bit
    data = raw.replace(b"\n", b"\r\n")
    for line in data.split(b"\r\n"):
        assert len(line) <= 998, "line too long for 7bit/8bit"
    if cte == "7bit":
        data.decode("ascii")
    return data


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", ct_extra="",
              headers=(), ct_fold=False):
    raw = text.replace("\r\n", "\n").encode(charset)
    sep = ";\r\n\t" if ct_fold else "; "
    ct = f"text/{subtype}{sep}charset=\"{charset}\"{ct_extra}"
    hdrs = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"] + list(headers)
    return Part(hdrs, encode_body(raw, cte, True))


def file_part(data, ctype, filename, disposition="attachment", headers=(), charset=None):
    cs = f'; charset="{charset}"' if charset else ""
    hdrs = [f'Content-Type: {ctype}{cs};\r\n name="{filename}"',
            f'Content-Disposition: {disposition};\r\n filename="{filename}"',
            "Content-Transfer-Encoding: base64"] + list(headers)
    return Part(hdrs, encode_body(data, "base64", False))


def multipart(subtype, boundary, parts, preamble=None, ct_extra=""):
    b = boundary.encode("ascii")
    body = b""
    if preamble:
        body += preamble.encode("ascii") + CRLF + CRLF
    for p in parts:
        body += b"--" + b + CRLF + p.serialize() + CRLF
    body += b"--" + b + b"--" + CRLF
    hdrs = [f'Content-Type: multipart/{subtype};{ct_extra}\r\n boundary="{boundary}"']
    return Part(hdrs, body)


def message(headers, root):
    """headers: list of (name, value) in order; root: Part. MIME-Version is added before Content-Type."""
    lines = [_fold(n, v) for n, v in headers]
    if not any(n.lower() == "mime-version" for n, _ in headers):
        lines.append("MIME-Version: 1.0")
    lines += root.headers
    return "\r\n".join(lines).encode("ascii") + CRLF + CRLF + root.body


def received(frm, helo_ip, mxid, stamp, to):
    first = f"from {frm} ({frm} [{helo_ip}]) by"
    if len("Received: " + first) > 78:
        first = f"from {frm}\r\n ({frm} [{helo_ip}]) by"
    return ("Received",
            f"{first}\r\n mx1.orders.chargecars.nl (Postfix) with ESMTPS id {mxid} for\r\n"
            f" <{to}>; {stamp}")


# --------------------------------------------------------------------------- PDF

def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def make_pdf(pages, title, doc_id):
    """pages: list of list of (x, y, size, bold, text). Helvetica, WinAnsiEncoding, Flate text layer."""
    objs = []  # index 0 -> obj 1

    def add(data):
        objs.append(data)
        return len(objs)

    font_r = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    font_b = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id = len(objs) + 1 + 2 * len(pages)  # placeholder computed below
    page_ids = []
    content_ids = []
    for lines in pages:
        ops = []
        for x, y, size, bold, text in lines:
            if text is None:  # horizontal rule: (x, y, width, None, None)
                ops.append(b"0.6 G 0.5 w %d %d m %d %d l S" % (x, y, x + size, y))
                continue
            f = b"/F2" if bold else b"/F1"
            ops.append(b"BT " + f + b" %d Tf %d %d Td " % (size, x, y) + _pdf_str(text) + b" Tj ET")
        stream = zlib.compress(b"\n".join(ops) + b"\n", 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_ids.append(cid)
        page_ids.append(add(None))  # filled later
    pages_id = add(None)
    for cid, pid in zip(content_ids, page_ids):
        objs[pid - 1] = (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] " % pages_id
                         + b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                         % (font_r, font_b, cid))
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(page_ids)
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Title " + _pdf_str(title) + b" /Producer (holdout5 pdf writer)"
               b" /CreationDate (D:20270118101500+01'00') >>")
    out = BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, data in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + data + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, catalog, info, doc_id.encode(), doc_id.encode(), xref))
    return out.getvalue()


# --------------------------------------------------------------------------- XLSX

def _xml_esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets):
    """sheets: list of (name, rows); a cell is str, int, float, None, or ('date', serial).
    Strings go to sharedStrings; dates use style 1 (numFmtId 14)."""
    shared = []
    index = {}

    def si(s):
        if s not in index:
            index[s] = len(shared)
            shared.append(s)
        return index[s]

    sheet_xml = []
    for name, rows in sheets:
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               '<sheetData>']
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{_col(c)}{r}"
                if v is None:
                    continue
                if isinstance(v, tuple) and v[0] == "date":
                    cells.append(f'<c r="{ref}" s="1"><v>{v[1]}</v></c>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="s"><v>{si(v)}</v></c>')
            out.append(f'<row r="{r}">' + "".join(cells) + "</row>")
        out.append("</sheetData></worksheet>")
        sheet_xml.append("".join(out))

    n = len(sheets)
    files = []
    files.append(("[Content_Types].xml",
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>'
                  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                  + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                            for i in range(1, n + 1))
                  + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                  '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                  '</Types>'))
    files.append(("_rels/.rels",
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                  '</Relationships>'))
    files.append(("docProps/core.xml",
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                  '<dc:creator>Eneco Campagnes</dc:creator>'
                  '<dcterms:created xsi:type="dcterms:W3CDTF">2027-01-12T08:31:00Z</dcterms:created>'
                  '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-01-12T08:31:00Z</dcterms:modified>'
                  '</cp:coreProperties>'))
    files.append(("xl/workbook.xml",
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                  + "".join(f'<sheet name="{_xml_esc(nm)}" sheetId="{i}" r:id="rId{i}"/>'
                            for i, (nm, _) in enumerate(sheets, 1))
                  + "</sheets></workbook>"))
    files.append(("xl/_rels/workbook.xml.rels",
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                            for i in range(1, n + 1))
                  + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                  + f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                  + "</Relationships>"))
    files.append(("xl/styles.xml",
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
                  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
                  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
                  '</styleSheet>'))
    for i, xml in enumerate(sheet_xml, 1):
        files.append((f"xl/worksheets/sheet{i}.xml", xml))
    files.append(("xl/sharedStrings.xml",
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">'
                  + "".join(f'<si><t xml:space="preserve">{_xml_esc(s)}</t></si>' for s in shared)
                  + "</sst>"))
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2027, 1, 12, 9, 31, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


# --------------------------------------------------------------------------- answers

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


MESSAGES = []


def msg(fn):
    MESSAGES.append(fn)
    return fn


# --------------------------------------------------------------------------- Groendus

@msg
def m001():
    slug = "001-groendus-portal6-ready-for-planning"
    text = """\
Beste installatiepartner,

Onderstaande opdracht is door Groendus goedgekeurd en staat klaar om ingepland te worden.

  Opdrachtnummer      GRD-2026-08214
  Aangemaakt          04-12-2026
  Contractnummer      7700224518

  KLANT
  Naam                Femke Zwanenburg
  E-mailadres         femke.zwanenburg@ziggo.nl
  Mobiel              06 24 17 88 30

  INSTALLATIEADRES
  Adres               Kerkewijk 118
  Postcode            3904 JG
  Woonplaats          Veenendaal

  BESTELLING
  1 st.  GRO-ALFEN-11   Alfen Eve Single S-line 11 kW
  1 st.  GRO-INSTALL-1  Installatie standaard 1-fase

  PLANNING
  Voorkeursdatum      ma 18 jan. 2027
  Toelichting klant   Omvormer van de zonnepanelen hangt naast de meterkast, beperkte ruimte.

Plan de opdracht binnen 3 werkdagen in via het partnerportaal of beantwoord deze e-mail.

Groendus Partnerportaal 6 \u00b7 automatisch bericht
Partnerdesk: 088-7654321 \u00b7 partnerdesk@groendus.nl
"""
    html = """\
<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Opdracht GRD-2026-08214</title></head>
<body style="margin:0;padding:0;background:#eef3ee;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1d2b1f">
<div style="max-width:620px;margin:0 auto;background:#ffffff">
<div style="background:#2e7d32;color:#ffffff;padding:16px 20px;font-size:18px">Groendus Partnerportaal &middot; Opdracht klaar voor planning</div>
<div style="padding:18px 20px">
<p>Beste installatiepartner,</p>
<p>Onderstaande opdracht is door Groendus goedgekeurd en staat klaar om ingepland te worden.</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td style="color:#5b6b5d;width:170px">Opdrachtnummer</td><td><strong>GRD-2026-08214</strong></td></tr>
<tr><td style="color:#5b6b5d">Aangemaakt</td><td>04-12-2026</td></tr>
<tr><td style="color:#5b6b5d">Contractnummer</td><td>7700224518</td></tr>
</table>
<h3 style="font-size:13px;letter-spacing:1px;color:#2e7d32;margin:18px 0 6px">KLANT</h3>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td style="color:#5b6b5d;width:170px">Naam</td><td>Femke Zwanenburg</td></tr>
<tr><td style="color:#5b6b5d">E-mailadres</td><td><a href="mailto:femke.zwanenburg@ziggo.nl">femke.zwanenburg@ziggo.nl</a></td></tr>
<tr><td style="color:#5b6b5d">Mobiel</td><td>06 24 17 88 30</td></tr>
</table>
<h3 style="font-size:13px;letter-spacing:1px;color:#2e7d32;margin:18px 0 6px">INSTALLATIEADRES</h3>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td style="color:#5b6b5d;width:170px">Adres</td><td>Kerkewijk 118</td></tr>
<tr><td style="color:#5b6b5d">Postcode</td><td>3904 JG</td></tr>
<tr><td style="color:#5b6b5d">Woonplaats</td><td>Veenendaal</td></tr>
</table>
<h3 style="font-size:13px;letter-spacing:1px;color:#2e7d32;margin:18px 0 6px">BESTELLING</h3>
<table cellpadding="4" cellspacing="0" style="font-size:14px;border-top:1px solid #cfd8cf">
<tr><td>1 st.</td><td>GRO-ALFEN-11</td><td>Alfen Eve Single S-line 11 kW</td></tr>
<tr><td>1 st.</td><td>GRO-INSTALL-1</td><td>Installatie standaard 1-fase</td></tr>
</table>
<h3 style="font-size:13px;letter-spacing:1px;color:#2e7d32;margin:18px 0 6px">PLANNING</h3>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td style="color:#5b6b5d;width:170px">Voorkeursdatum</td><td>ma 18 jan. 2027</td></tr>
<tr><td style="color:#5b6b5d">Toelichting klant</td><td>Omvormer van de zonnepanelen hangt naast de meterkast, beperkte ruimte.</td></tr>
</table>
<p style="margin-top:20px">Plan de opdracht binnen 3 werkdagen in via het partnerportaal of beantwoord deze e-mail.</p>
</div>
<div style="padding:12px 20px;font-size:11px;color:#7a877b;border-top:1px solid #e0e6e0">Groendus Partnerportaal 6 &middot; automatisch bericht<br>Partnerdesk: 088-7654321 &middot; partnerdesk@groendus.nl</div>
</div></body></html>
"""
    root = multipart("alternative", "b1_h5001_7d2c4e9a0f1b3c5d", [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ])
    headers = [
        ("Return-Path", "<portaal@groendus.nl>"),
        received("portal.groendus.nl", "185.102.4.17", "4dK9Tq1ZxPm", "Mon, 07 Dec 2026 08:02:44 +0100 (CET)",
                 "groendus@orders.chargecars.nl"),
        ("From", addr("Groendus Partnerportaal", "portaal@groendus.nl")),
        ("To", addr("ChargeCars Orderintake", "groendus@orders.chargecars.nl")),
        ("Subject", "[Groendus] Opdracht GRD-2026-08214 klaar voor planning"),
        ("Date", "Mon, 07 Dec 2026 08:02:41 +0100"),
        ("Message-ID", "<pp6.20261207070241.8214.3f6a@groendus.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Groendus Partnerportaal 6.0.3"),
    ]
    ans = answer("order", "groendus", [order(
        "GRD-2026-08214", "Femke Zwanenburg", "femke.zwanenburg@ziggo.nl", "+31624178830",
        "Kerkewijk", "118", "3904 JG", "Veenendaal",
        [product("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
         product("GRO-INSTALL-1", 1, "Installatie standaard 1-fase")],
        "2027-01-18", "Omvormer van de zonnepanelen hangt naast de meterkast, beperkte ruimte.",
        account="7700224518")], None,
        "Clean: new Groendus portal 6 layout (text+HTML, QP) with upper-case section heads and aligned "
        "labels; 'Contractnummer' is the customer account; 'ma 18 jan. 2027'; partnerdesk contact in the footer.")
    return slug, message(headers, root), ans


@msg
def m002():
    slug = "002-groendus-api-fallback-xml"
    text = """\
Automatisch bericht van Groendus Integraties

De aanroep POST /partners/groendus/orders naar ChargeCars is na 3 pogingen
niet gelukt (laatste antwoord: HTTP 503 Service Unavailable, 09-12-2026 14:29).

Volgens het fallbackprotocol sturen we de opdracht als XML-bestand in de bijlage.
Verwerk de bijlage handmatig. De opdracht wordt NIET opnieuw via de API aangeboden.

Aantal opdrachten in bijlage: 1
Correlatie-id: 7f3c2a90-41d8-4b6e-9a55-0c2d81e4b7a3

--
Groendus Integraties | integraties@groendus.nl
Storingen buiten kantoortijd: 088-7654399
"""
    xml = """\
<?xml version="1.0" encoding="UTF-8"?>
<opdracht xmlns="urn:groendus:partnerportaal:opdracht:2" versie="2.3">
  <ordernummer>GRD-2026-08301</ordernummer>
  <orderdatum>2026-12-09T14:22:05+01:00</orderdatum>
  <klantnummer>7700226011</klantnummer>
  <kanaal>webshop</kanaal>
  <klant>
    <voornaam>Jurre</voornaam>
    <tussenvoegsel>van der</tussenvoegsel>
    <achternaam>Heijden</achternaam>
    <email>Jurre.vanderHeijden@Gmail.com</email>
    <telefoon>+31654327789</telefoon>
  </klant>
  <installatieadres>
    <straat>Burgemeester Visserpark</straat>
    <huisnummer>31</huisnummer>
    <huisnummertoevoeging>b</huisnummertoevoeging>
    <postcode>3705LX</postcode>
    <plaats>Zeist</plaats>
    <land>NL</land>
  </installatieadres>
  <regels>
    <regel nr="1">
      <artikel>GRO-ALFEN-11</artikel>
      <omschrijving>Alfen Eve Single S-line 11 kW</omschrijving>
      <aantal>1</aantal>
    </regel>
    <regel nr="2">
      <artikel>GRO-INSTALL-3</artikel>
      <omschrijving>Installatie standaard 3-fase</omschrijving>
      <aantal>1</aantal>
    </regel>
  </regels>
  <planning>
    <voorkeursdatum>2027-01-12</voorkeursdatum>
    <opmerking>Laadpaal onder de carport, voeding vanuit de berging (ca. 12 m).</opmerking>
  </planning>
</opdracht>
"""
    root = multipart("mixed", "b1_h5002_c08e51a7b2d94f60", [
        text_part(text, "plain", "us-ascii", "7bit"),
        file_part(xml.encode("utf-8"), "application/xml", "GRD-2026-08301.xml", charset="utf-8"),
    ])
    headers = [
        ("Return-Path", "<integraties@groendus.nl>"),
        received("api-gw02.groendus.nl", "185.102.4.31", "4dKq7Wb3sHc", "Wed, 09 Dec 2026 14:31:09 +0100 (CET)",
                 "groendus@orders.chargecars.nl"),
        ("From", addr("Groendus Integraties", "integraties@groendus.nl")),
        ("To", "groendus@orders.chargecars.nl"),
        ("Subject", "API-storing: opdracht GRD-2026-08301 als XML-bestand"),
        ("Date", "Wed, 09 Dec 2026 14:31:06 +0100"),
        ("Message-ID", "<fallback.7f3c2a90-41d8-4b6e-9a55-0c2d81e4b7a3@groendus.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Groendus-Fallback", "api-to-mail; attempts=3"),
    ]
    ans = answer("order", "groendus", [order(
        "GRD-2026-08301", "Jurre van der Heijden", "jurre.vanderheijden@gmail.com", "+31654327789",
        "Burgemeester Visserpark", "31B", "3705 LX", "Zeist",
        [product("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
         product("GRO-INSTALL-3", 1, "Installatie standaard 3-fase")],
        "2027-01-12", "Laadpaal onder de carport, voeding vanuit de berging (ca. 12 m).",
        account="7700226011")], None,
        "Difficulty: attachment-only order as an XML file (API fallback); the body has only the id and "
        "Groendus' own helpdesk number. Name split over voornaam/tussenvoegsel/achternaam; mixed-case "
        "e-mail; 31 + 'b' -> 31B; postcode without space; orderdatum is not the install date.")
    return slug, message(headers, root), ans


@msg
def m003():
    slug = "003-groendus-daily-digest-two-orders"
    text = """\
Groendus | Dagoverzicht nieuwe opdrachten
Datum: maandag 14 december 2026 | Aantal: 2

Onderstaande opdrachten zijn gisteren in het partnerportaal aangemaakt en aan
ChargeCars toegewezen.

[1/2] GRD-2026-08377 (klantnr. 7700227140)
      Klant:      Ilse Brinkman
      Adres:      Wilhelminalaan 9c, 7415 BM Deventer
      Contact:    06-48213377 / ilse.brinkman@kpnmail.nl
      Producten:  1x GRO-ALFEN-11 (Alfen Eve Single S-line 11 kW)
                  1x GRO-INSTALL-1 (Installatie standaard 1-fase)
      Voorkeur:   11-01-2027
      Opmerking:  geen

[2/2] GRD-2026-08379 (klantnr. 7700227265)
      Klant:      \u00d6mer Kaya
      Adres:      Weverstraat 140 B, 6862 DM Oosterbeek
      Contact:    +31 (0)26 334 1290 / omer.kaya@hotmail.com
      Producten:  1x GRO-ALFEN-11 (Alfen Eve Single S-line 11 kW)
                  1x GRO-INSTALL-3 (Installatie standaard 3-fase)
      Voorkeur:   13-01-2027
      Opmerking:  Laadpaal op de oprit, kabel onder de tegels door.

--
Dit overzicht wordt elke werkdag om 06:30 verstuurd door het Groendus partnerportaal.
"""
    html = """\
<html><head><meta charset="utf-8"><title>Dagoverzicht 14-12-2026</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<h2 style="color:#2e7d32;font-weight:normal;margin-bottom:2px">Groendus | Dagoverzicht nieuwe opdrachten</h2>
<div style="color:#666;margin-bottom:12px">Datum: maandag 14 december 2026 | Aantal: 2</div>
<p>Onderstaande opdrachten zijn gisteren in het partnerportaal aangemaakt en aan ChargeCars toegewezen.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#c8d3c8;font-size:12px">
<tr style="background:#e8f0e8"><th>#</th><th>Opdracht</th><th>Klant</th><th>Adres</th><th>Contact</th><th>Producten</th><th>Voorkeur</th><th>Opmerking</th></tr>
<tr valign="top"><td>1</td><td>GRD-2026-08377<br><span style="color:#777">klantnr. 7700227140</span></td><td>Ilse Brinkman</td><td>Wilhelminalaan 9c<br>7415 BM Deventer</td><td>06-48213377<br>ilse.brinkman@kpnmail.nl</td><td>1x GRO-ALFEN-11 (Alfen Eve Single S-line 11 kW)<br>1x GRO-INSTALL-1 (Installatie standaard 1-fase)</td><td>11-01-2027</td><td>geen</td></tr>
<tr valign="top"><td>2</td><td>GRD-2026-08379<br><span style="color:#777">klantnr. 7700227265</span></td><td>&Ouml;mer Kaya</td><td>Weverstraat 140 B<br>6862 DM Oosterbeek</td><td>+31 (0)26 334 1290<br>omer.kaya@hotmail.com</td><td>1x GRO-ALFEN-11 (Alfen Eve Single S-line 11 kW)<br>1x GRO-INSTALL-3 (Installatie standaard 3-fase)</td><td>13-01-2027</td><td>Laadpaal op de oprit, kabel onder de tegels door.</td></tr>
</table>
<p style="font-size:11px;color:#888;margin-top:16px">Dit overzicht wordt elke werkdag om 06:30 verstuurd door het Groendus partnerportaal.</p>
</body></html>
"""
    root = multipart("alternative", "b1_h5003_5a7e0c3d9b214f88", [
        text_part(text, "plain", "utf-8", "base64"),
        text_part(html, "html", "utf-8", "base64"),
    ])
    headers = [
        ("Return-Path", "<orderdesk@groendus.nl>"),
        received("portal.groendus.nl", "185.102.4.17", "4dLb2Rr8kVn", "Mon, 14 Dec 2026 06:30:03 +0100 (CET)",
                 "groendus@orders.chargecars.nl"),
        ("From", addr("Groendus Orderdesk", "orderdesk@groendus.nl")),
        ("To", "groendus@orders.chargecars.nl"),
        ("Subject", "Dagoverzicht 14-12-2026: 2 nieuwe opdrachten"),
        ("Date", "Mon, 14 Dec 2026 06:30:01 +0100"),
        ("Message-ID", "<digest.20261214.0630.b81f2c@groendus.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Groendus Partnerportaal 6.0.3"),
    ]
    ans = answer("order", "groendus", [
        order("GRD-2026-08377", "Ilse Brinkman", "ilse.brinkman@kpnmail.nl", "+31648213377",
              "Wilhelminalaan", "9C", "7415 BM", "Deventer",
              [product("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
               product("GRO-INSTALL-1", 1, "Installatie standaard 1-fase")],
              "2027-01-11", None, account="7700227140"),
        order("GRD-2026-08379", "\u00d6mer Kaya", "omer.kaya@hotmail.com", "+31263341290",
              "Weverstraat", "140B", "6862 DM", "Oosterbeek",
              [product("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
               product("GRO-INSTALL-3", 1, "Installatie standaard 3-fase")],
              "2027-01-13", "Laadpaal op de oprit, kabel onder de tegels door.", account="7700227265"),
    ], None,
        "Two orders in one daily digest (text blocks + one HTML table row per order, both base64); fields must "
        "not bleed between orders. 'Opmerking: geen' -> null; '9c' -> 9C, '140 B' -> 140B; landline '+31 (0)26'.")
    return slug, message(headers, root), ans


@msg
def m004():
    slug = "004-groendus-iphone-sales-advisor"
    text = """\
Hoi,

Vandaag bij de klant thuis getekend, kunnen jullie deze inplannen?

Ordernr: GRD-2026-08412
Klantnr: 7700228093
Naam: Lieke Dijkstra
Adres: Hoofdweg 212, 9617 AJ Harkstede
Tel: +31 6-39 02 11 47
Mail: lieke.dijkstra@live.nl
Pakket: 1x GRO-ALFEN-11 + 1x GRO-INSTALL-3 (3-fase is aanwezig)
Datum: do 21-01-2027
Bijz: graag na 10 uur, klant brengt eerst de kinderen naar school.

Dank!
Joris

Joris Verbruggen
Adviseur Thuisladen | Groendus
06-11 40 27 93

Verstuurd vanaf mijn iPhone
"""
    root = text_part(text, "plain", "utf-8", "quoted-printable", ct_fold=True)
    headers = [
        ("Return-Path", "<joris.verbruggen@groendus.nl>"),
        received("mail-am0eur02on2072.outbound.protection.outlook.com", "40.107.247.72", "4dLx0Hd5nQw",
                 "Wed, 16 Dec 2026 17:48:39 +0100 (CET)", "groendus@orders.chargecars.nl"),
        ("From", addr("Joris Verbruggen", "joris.verbruggen@groendus.nl")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", "Wed, 16 Dec 2026 17:48:31 +0100"),
        ("Subject", "Nieuwe klant Harkstede GRD-2026-08412"),
        ("Message-Id", "<6C0E2B8A-93F1-4D57-8A2E-1F4B7C9D0E35@groendus.nl>"),
        ("To", "groendus@orders.chargecars.nl"),
        ("X-Mailer", "iPhone Mail (22C152)"),
    ]
    ans = answer("order", "groendus", [order(
        "GRD-2026-08412", "Lieke Dijkstra", "lieke.dijkstra@live.nl", "+31639021147",
        "Hoofdweg", "212", "9617 AJ", "Harkstede",
        [product("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
         product("GRO-INSTALL-3", 1, "Installatie standaard 3-fase")],
        "2027-01-21", "graag na 10 uur, klant brengt eerst de kinderen naar school.",
        account="7700228093")], None,
        "Clean: short iPhone Mail order from a Groendus sales advisor with tidy labels; both SKUs on one "
        "'Pakket' line; phone '+31 6-39 02 11 47'; 'do 21-01-2027'; the advisor's own mobile in the signature "
        "is not the customer's.")
    return slug, message(headers, root), ans


@msg
def m005():
    slug = "005-groendus-partnerdesk-cp1252-tabs"
    text = """\
Goedemiddag,

Onderstaande opdracht konden we niet via het portaal invoeren (de klant heeft nog geen portaalaccount). Willen jullie hem handmatig aanmaken?

Ordernummer:\t\tGRD-2027-00118
Klantnummer Groendus:\t7700231877
Klantnaam:\t\tGeert-Jan Kloosterman
Installatieadres:\tErmerweg 44a
\t\t\t7812 BG  Emmen
Telefoon:\t\t0591 \u2013 61 44 07
E-mail:\t\t\tgj.kloosterman@planet.nl

Artikelen:
1 \u00d7 GRO-ALFEN-11 (Alfen Eve Single S-line 11 kW)
1 \u00d7 GRO-INSTALL-1 (Installatie standaard 1-fase)

Gewenste installatiedatum: woensdag 3 februari 2027
Opmerking klant: Meterkast wordt half januari door Enexis vervangen; pas daarna installeren.

Alvast bedankt!

Met vriendelijke groet,

Annemiek Post
Partnerdesk Groendus
088-7654321 | annemiek.post@groendus.nl
"""
    root = text_part(text, "plain", "windows-1252", "quoted-printable")
    headers = [
        ("Return-Path", "<annemiek.post@groendus.nl>"),
        received("mail-db8eur05on2063.outbound.protection.outlook.com", "40.107.20.63", "4dR2kLc9pTz",
                 "Mon, 11 Jan 2027 13:05:22 +0100 (CET)", "groendus@orders.chargecars.nl"),
        ("From", addr("Annemiek Post", "annemiek.post@groendus.nl")),
        ("To", addr("ChargeCars Orders", "groendus@orders.chargecars.nl")),
        ("Subject", enc_words("Handmatige opdracht GRD-2027-00118 \u2013 Kloosterman, Emmen", "windows-1252")),
        ("Date", "Mon, 11 Jan 2027 13:05:17 +0100"),
        ("Message-ID", "<AM9PR02MB71246C3F0B8E5D2A9A41F07EDC3A2@AM9PR02MB7124.eurprd02.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "nl-NL"),
    ]
    ans = answer("order", "groendus", [order(
        "GRD-2027-00118", "Geert-Jan Kloosterman", "gj.kloosterman@planet.nl", "+31591614407",
        "Ermerweg", "44A", "7812 BG", "Emmen",
        [product("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
         product("GRO-INSTALL-1", 1, "Installatie standaard 1-fase")],
        "2027-02-03", "Meterkast wordt half januari door Enexis vervangen; pas daarna installeren.",
        account="7700231877")], None,
        "Clean: partnerdesk Outlook mail, windows-1252 QP, tab-aligned labels with the postcode/city on a "
        "continuation line; en dash in the phone; multiplication sign in quantities; 'woensdag 3 februari 2027'; "
        "'half januari' in the remark is not the install date.")
    return slug, message(headers, root), ans


@msg
def m006():
    slug = "006-groendus-complaint-facade-damage"
    text = """\
Hallo ChargeCars,

Wij kregen gisteren een klacht binnen over een installatie die jullie in
oktober voor ons hebben uitgevoerd (order GRD-2026-07730).

Mevrouw Ruiter-Kramer ('s-Gravelandseweg 52, Hilversum) meldt dat er bij
het boren naast de kabeldoorvoer een stuk van de gevelsteen is afgebroken,
en dat de kabelgoot langs de muur inmiddels loszit. Ze is verder tevreden
over de laadpaal zelf.

Ze wil graag dat er iemand langskomt om het te herstellen. Kunnen jullie
rechtstreeks contact met haar opnemen (06-22334455) en ons laten weten
wanneer dat gebeurt? Foto's heeft ze naar ons gestuurd; die kan ik
doorsturen als jullie ze nodig hebben.

Groet,
Sevda Arslan
Klantcontact Groendus
088-7654321
"""
    root = text_part(text, "plain", "utf-8", "8bit", ct_extra="; format=flowed")
    headers = [
        ("Return-Path", "<sevda.arslan@groendus.nl>"),
        received("smtp-out3.groendus.nl", "185.102.4.40", "4dQ8vXf2mJa", "Tue, 05 Jan 2027 10:26:51 +0100 (CET)",
                 "groendus@orders.chargecars.nl"),
        ("Message-ID", "<9b1f4c7e-2d3a-4e8b-b6c5-71a0d2e9f348@groendus.nl>"),
        ("Date", "Tue, 5 Jan 2027 10:26:48 +0100"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "nl"),
        ("To", "groendus@orders.chargecars.nl"),
        ("From", addr("Sevda Arslan", "sevda.arslan@groendus.nl")),
        ("Subject", enc_words("Klacht na installatie GRD-2026-07730 \u2013 schade aan gevel")),
    ]
    ans = answer("other", "groendus", [], None,
                 "Complaint about damage after an earlier installation (corpus order 025); asks for a repair visit. "
                 "Repeats name, address and phone but is neither a new order, a cancellation nor a status question. "
                 "Thunderbird 8bit UTF-8, format=flowed.")
    return slug, message(headers, root), ans


# --------------------------------------------------------------------------- Essent

@msg
def m007():
    slug = "007-essent-thuisladen-caps-labels"
    text = """\
ESSENT THUISLADEN \u2014 NIEUWE OPDRACHT

Beste partner,

Er is een nieuwe opdracht voor u aangemaakt. Neem binnen 2 werkdagen contact op met de klant.

OPDRACHTNUMMER     ESS-59244107
KLANTNUMMER        2005418820
DATUM AANVRAAG     30-11-2026

KLANTNAAM          Roos Timmermans
STRAAT             Van Karnebeeklaan
HUISNUMMER         22 A
POSTCODE           2585 bg
WOONPLAATS         Den Haag
TELEFOON           06 1010 2929
E-MAIL             roos.timmermans@xs4all.nl

PRODUCTEN
ESS-WALLBOX-22  \u00b7 Alfen Eve Double Pro-line 22 kW \u00b7 1 st.
ESS-INSTALL-STD \u00b7 Standaard installatie 3-fase    \u00b7 1 st.

INSTALLATIE
VOORKEURSDATUM     di 12-01-2027
OPMERKING          Laadpaal naast de voordeur, parkeren op eigen terrein.

Essent Thuisladen | thuisladen@essent.nl
Essent Retail Energie B.V. \u00b7 Willemsplein 4 \u00b7 5211 AK 's-Hertogenbosch
"""
    html = """\
<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Nieuwe opdracht ESS-59244107</title>
<style>td.l{font-size:11px;letter-spacing:1px;color:#888;text-transform:uppercase;width:170px}td.v{font-size:14px;color:#222}</style></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#fafafa">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#e4003a;color:#fff;padding:14px 18px;font-size:17px;font-weight:bold">ESSENT THUISLADEN &mdash; NIEUWE OPDRACHT</td></tr>
<tr><td style="padding:16px 18px">
<p>Beste partner,</p><p>Er is een nieuwe opdracht voor u aangemaakt. Neem binnen 2 werkdagen contact op met de klant.</p>
<table cellpadding="5" cellspacing="0">
<tr><td class="l">Opdrachtnummer</td><td class="v">ESS-59244107</td></tr>
<tr><td class="l">Klantnummer</td><td class="v">2005418820</td></tr>
<tr><td class="l">Datum aanvraag</td><td class="v">30-11-2026</td></tr>
<tr><td colspan="2" style="border-top:1px solid #eee;padding:0"></td></tr>
<tr><td class="l">Klantnaam</td><td class="v">Roos Timmermans</td></tr>
<tr><td class="l">Straat</td><td class="v">Van Karnebeeklaan</td></tr>
<tr><td class="l">Huisnummer</td><td class="v">22 A</td></tr>
<tr><td class="l">Postcode</td><td class="v">2585 bg</td></tr>
<tr><td class="l">Woonplaats</td><td class="v">Den Haag</td></tr>
<tr><td class="l">Telefoon</td><td class="v">06 1010 2929</td></tr>
<tr><td class="l">E-mail</td><td class="v">roos.timmermans@xs4all.nl</td></tr>
</table>
<h4 style="font-size:12px;letter-spacing:1px;color:#e4003a">PRODUCTEN</h4>
<table cellpadding="5" cellspacing="0" style="font-size:14px">
<tr><td>ESS-WALLBOX-22</td><td>Alfen Eve Double Pro-line 22 kW</td><td>1 st.</td></tr>
<tr><td>ESS-INSTALL-STD</td><td>Standaard installatie 3-fase</td><td>1 st.</td></tr>
</table>
<h4 style="font-size:12px;letter-spacing:1px;color:#e4003a">INSTALLATIE</h4>
<table cellpadding="5" cellspacing="0">
<tr><td class="l">Voorkeursdatum</td><td class="v">di 12-01-2027</td></tr>
<tr><td class="l">Opmerking</td><td class="v">Laadpaal naast de voordeur, parkeren op eigen terrein.</td></tr>
</table>
</td></tr>
<tr><td style="padding:10px 18px;font-size:11px;color:#999;border-top:1px solid #eee">Essent Thuisladen | thuisladen@essent.nl<br>Essent Retail Energie B.V. &middot; Willemsplein 4 &middot; 5211 AK &#39;s-Hertogenbosch</td></tr>
</table></body></html>
"""
    root = multipart("alternative", "=_essent_thl_59244107_b64", [
        text_part(text, "plain", "utf-8", "base64"),
        text_part(html, "html", "utf-8", "base64"),
    ])
    headers = [
        ("Return-Path", "<thuisladen@essent.nl>"),
        received("mailer02.essent.nl", "193.172.81.45", "4dJ3sPa7yRc", "Wed, 02 Dec 2026 10:41:27 +0100 (CET)",
                 "essent@orders.chargecars.nl"),
        ("From", addr("Essent Thuisladen", "thuisladen@essent.nl")),
        ("To", addr("ChargeCars", "essent@orders.chargecars.nl")),
        ("Subject", enc_words("Nieuwe opdracht Essent Thuisladen \u2013 ESS-59244107")),
        ("Date", "Wed, 02 Dec 2026 10:41:19 +0100"),
        ("Message-ID", "<thl.59244107.20261202094119@mailer02.essent.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Essent-Template", "thuisladen-opdracht-v3"),
    ]
    ans = answer("order", "essent", [order(
        "ESS-59244107", "Roos Timmermans", "roos.timmermans@xs4all.nl", "+31610102929",
        "Van Karnebeeklaan", "22A", "2585 BG", "Den Haag",
        [product("ESS-WALLBOX-22", 1, "Alfen Eve Double Pro-line 22 kW"),
         product("ESS-INSTALL-STD", 1, "Standaard installatie 3-fase")],
        "2027-01-12", "Laadpaal naast de voordeur, parkeren op eigen terrein.",
        account="2005418820")], None,
        "Clean: new Essent Thuisladen template with upper-case labels (text+HTML, both base64); '22 A' -> 22A; "
        "lower-case postcode; 'Datum aanvraag' is not the install date; Essent's own address in the footer.")
    return slug, message(headers, root), ans


@msg
def m008():
    slug = "008-essent-applemail-latin1-slash-date"
    text = """\
Goedemorgen ChargeCars,

Via onze klantenservice kwam onderstaande aanvraag binnen. De klant heeft
de offerte gisteren digitaal getekend.

Opdrachtnr.:  ESS-59260533
Klantnr.:     2005420964
Klant:        H\u00e9l\u00e8ne Bosch-Verhagen
Adres:        Amersfoortseweg 40, 3712 BC Huis ter Heide
Tel.:         (06) 41 27 55 90
E-mail:       helene.bosch@gmail.com

Producten: 1x ESS-WALLBOX-22 (Alfen Eve Double Pro-line 22 kW) en
1x ESS-INSTALL-STD (standaard installatie).

Gewenste datum: 08/02/2027
Opmerking: Klant heeft een warmtepomp; graag aansluiten op de vrije groep
in de bestaande groepenkast.

Met vriendelijke groet,

Dirk Schoonhoven
Klantenservice Thuisladen | Essent
T 088-851 10 00
"""
    root = text_part(text, "plain", "iso-8859-1", "quoted-printable", ct_fold=True)
    headers = [
        ("Return-Path", "<dirk.schoonhoven@essent.nl>"),
        received("mail-ve1eur03on2049.outbound.protection.outlook.com", "40.107.5.49", "4dJm1Fq6vBt",
                 "Tue, 08 Dec 2026 09:17:44 +0100 (CET)", "essent@orders.chargecars.nl"),
        ("From", addr("Dirk Schoonhoven", "dirk.schoonhoven@essent.nl")),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0)"),
        ("Subject", enc_words("Aanvraag mevr. Bosch-Verhagen (ESS-59260533)", "iso-8859-1")),
        ("Message-Id", "<A7F3D9E2-4C1B-4B8A-9E05-6D2C1F8B3A70@essent.nl>"),
        ("Date", "Tue, 8 Dec 2026 09:17:36 +0100"),
        ("To", "essent@orders.chargecars.nl"),
        ("X-Mailer", "Apple Mail (2.3826.300.87)"),
    ]
    ans = answer("order", "essent", [order(
        "ESS-59260533", "H\u00e9l\u00e8ne Bosch-Verhagen", "helene.bosch@gmail.com", "+31641275590",
        "Amersfoortseweg", "40", "3712 BC", "Huis ter Heide",
        [product("ESS-WALLBOX-22", 1, "Alfen Eve Double Pro-line 22 kW"),
         product("ESS-INSTALL-STD", 1, "Standaard installatie")],
        "2027-02-08", "Klant heeft een warmtepomp; graag aansluiten op de vrije groep in de bestaande groepenkast.",
        account="2005420964")], None,
        "Clean: Apple Mail plain text in ISO-8859-1 QP; city of three words; phone '(06) 41 27 55 90'; "
        "day-first '08/02/2027'; products in a sentence over two lines; staff phone in the signature.")
    return slug, message(headers, root), ans


@msg
def m009():
    slug = "009-essent-company-customer-two-points"
    text = """\
Beste ChargeCars,

Voor onze zakelijke klant hieronder graag twee laadpunten op het bedrijfsterrein inplannen. De offerte is akkoord; de klant heeft een eigen inkoopnummer meegegeven.

Opdrachtnummer Essent:\tESS-59301876
Klantnummer (zakelijk):\t2005433109
Bedrijf:\t\tHoveniersbedrijf Groenrijk B.V.
KvK:\t\t\t68123457
Contactpersoon:\t\tdhr. Sander Brouwers
Installatieadres:\tIndustrieweg 14, 4761 RB Zevenbergen
Telefoon contactpersoon:\t06 \u2013 53 88 12 40
E-mail contactpersoon:\ts.brouwers@groenrijk.nl
Inkoopnummer klant:\tGR-2027-004

Producten:
2x ESS-WALLBOX-22 \u2013 Alfen Eve Double Pro-line 22 kW
2x ESS-INSTALL-STD \u2013 Standaard installatie 3-fase

Gewenste installatiedatum: 25-01-2027
Opmerking: Beide laadpunten bij de loods; graafwerk ca. 12 meter, de sleuf wordt door de klant gegraven.

Met vriendelijke groet,

Marieke de Lange
Accountmanager Zakelijke Markt | Essent
M 06-2011 4455 | marieke.delange@essent.nl
"""
    html = """\
<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style>p.MsoNormal{margin:0;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>
<body lang="NL"><div class="WordSection1">
<p class="MsoNormal">Beste ChargeCars,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Voor onze zakelijke klant hieronder graag twee laadpunten op het bedrijfsterrein inplannen. De offerte is akkoord; de klant heeft een eigen inkoopnummer meegegeven.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Opdrachtnummer Essent: ESS-59301876<br>Klantnummer (zakelijk): 2005433109<br>Bedrijf: Hoveniersbedrijf Groenrijk B.V.<br>KvK: 68123457<br>Contactpersoon: dhr. Sander Brouwers<br>Installatieadres: Industrieweg 14, 4761 RB Zevenbergen<br>Telefoon contactpersoon: 06 &#8211; 53 88 12 40<br>E-mail contactpersoon: <a href="mailto:s.brouwers@groenrijk.nl">s.brouwers@groenrijk.nl</a><br>Inkoopnummer klant: GR-2027-004</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Producten:<br>2x ESS-WALLBOX-22 &#8211; Alfen Eve Double Pro-line 22 kW<br>2x ESS-INSTALL-STD &#8211; Standaard installatie 3-fase</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Gewenste installatiedatum: 25-01-2027<br>Opmerking: Beide laadpunten bij de loods; graafwerk ca. 12 meter, de sleuf wordt door de klant gegraven.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Met vriendelijke groet,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Marieke de Lange</b><br>Accountmanager Zakelijke Markt | Essent<br>M 06-2011 4455 | marieke.delange@essent.nl</p>
</div></body></html>
"""
    root = multipart("alternative", "_000_AM6PR05MB48115E2D7C0A9B3F41A2AM6PR05MB4811eurp_", [
        text_part(text, "plain", "windows-1252", "quoted-printable"),
        text_part(html, "html", "windows-1252", "quoted-printable"),
    ])
    headers = [
        ("Return-Path", "<marieke.delange@essent.nl>"),
        received("mail-he1eur04on2081.outbound.protection.outlook.com", "40.107.7.81", "4dKv5Ng1wLs",
                 "Thu, 10 Dec 2026 15:22:12 +0100 (CET)", "essent@orders.chargecars.nl"),
        ("From", addr("Marieke de Lange", "marieke.delange@essent.nl")),
        ("To", addr("ChargeCars Orders", "essent@orders.chargecars.nl")),
        ("Subject", enc_words("Opdracht ESS-59301876 \u2013 Hoveniersbedrijf Groenrijk B.V. (2 laadpunten)",
                              "windows-1252")),
        ("Date", "Thu, 10 Dec 2026 14:22:05 +0000"),
        ("Message-ID", "<AM6PR05MB48115E2D7C0A9B3F41A2B8D06E17C@AM6PR05MB4811.eurprd05.prod.outlook.com>"),
        ("Accept-Language", "nl-NL, en-US"),
        ("Content-Language", "nl-NL"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    ans = answer("order", "essent", [order(
        "ESS-59301876", "Hoveniersbedrijf Groenrijk B.V.", "s.brouwers@groenrijk.nl", "+31653881240",
        "Industrieweg", "14", "4761 RB", "Zevenbergen",
        [product("ESS-WALLBOX-22", 2, "Alfen Eve Double Pro-line 22 kW"),
         product("ESS-INSTALL-STD", 2, "Standaard installatie 3-fase")],
        "2027-01-25", "Beide laadpunten bij de loods; graafwerk ca. 12 meter, de sleuf wordt door de klant gegraven.",
        po="GR-2027-004", account="2005433109")], None,
        "Difficulty: company end customer. name = the company (Bedrijf), as in holdout3; the contact person and "
        "KvK are not fields. Phone and e-mail are the contact person's (the only ones given for the customer); the "
        "account manager's mobile and e-mail are not. Customer's own PO -> purchase_order; quantity 2 on both "
        "lines; windows-1252 QP text+HTML; Date header in UTC.")
    return slug, message(headers, root), ans


@msg
def m010():
    slug = "010-essent-html-only-div-layout"
    html = """\
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Opdracht ESS-59388410</title>
<style>
.card{border:1px solid #e6e6e6;border-radius:6px;padding:14px 18px;margin:0 0 14px}
.row{display:flex;padding:4px 0}
.lbl{flex:0 0 180px;color:#7a7a7a;font-size:13px}
.val{flex:1;font-size:14px;color:#1a1a1a}
h2{font-size:15px;color:#e4003a;margin:0 0 8px}
</style>
</head>
<body style="font-family:Arial,Helvetica,sans-serif;margin:0;padding:20px;background:#ffffff">
<div style="max-width:640px;margin:0 auto">
<div style="font-size:20px;font-weight:bold;color:#e4003a;margin-bottom:4px">essent</div>
<div style="font-size:13px;color:#555;margin-bottom:18px">Partnerplatform &middot; Opdracht toegewezen aan ChargeCars</div>

<div class="card">
<h2>Opdracht</h2>
<div class="row"><span class="lbl">Referentie</span><span class="val">ESS-59388410</span></div>
<div class="row"><span class="lbl">Klantnummer</span><span class="val">2005447731</span></div>
<div class="row"><span class="lbl">Toegewezen op</span><span class="val">18 december 2026</span></div>
</div>

<div class="card">
<h2>Klant</h2>
<div class="row"><span class="lbl">Naam</span><span class="val">Aylin Demir</span></div>
<div class="row"><span class="lbl">Adres</span><span class="val">Kleine Houtweg 57<br>2012 CH&nbsp;&nbsp;Haarlem</span></div>
<div class="row"><span class="lbl">Telefoon</span><span class="val">+31 6 2899 0134</span></div>
<div class="row"><span class="lbl">E-mail</span><span class="val"><a href="mailto:aylin.demir@outlook.com" style="color:#1a1a1a">aylin.demir@outlook.com</a></span></div>
</div>

<div class="card">
<h2>Producten</h2>
<div class="row"><span class="lbl">ESS-WALLBOX-22</span><span class="val">Alfen Eve Double Pro-line 22 kW &times; 1</span></div>
<div class="row"><span class="lbl">ESS-INSTALL-STD</span><span class="val">Standaard installatie 3-fase &times; 1</span></div>
</div>

<div class="card">
<h2>Installatie</h2>
<div class="row"><span class="lbl">Voorkeursdatum</span><span class="val">vrijdag 22 januari 2027</span></div>
<div class="row"><span class="lbl">Opmerking van de klant</span><span class="val">Graag vooraf bellen; klant werkt in ploegendienst.</span></div>
</div>

<div style="margin:18px 0"><a href="https://partners.essent.nl/opdrachten/ESS-59388410" style="background:#e4003a;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Bekijk in het partnerplatform</a></div>
<div style="font-size:11px;color:#999">Vragen? Partnerondersteuning Essent, 088-851 12 34, partners@essent.nl.<br>Deze e-mail is automatisch verstuurd; u kunt niet op dit bericht reageren.</div>
</div>
</body>
</html>
"""
    root = text_part(html, "html", "utf-8", "base64")
    headers = [
        ("Return-Path", "<no-reply@essent.nl>"),
        received("mailer01.essent.nl", "193.172.81.44", "4dMf6Ct0rYh", "Fri, 18 Dec 2026 11:03:38 +0100 (CET)",
                 "essent@orders.chargecars.nl"),
        ("From", addr("Essent Partnerplatform", "no-reply@essent.nl")),
        ("To", "essent@orders.chargecars.nl"),
        ("Subject", "Opdracht ESS-59388410 toegewezen"),
        ("Date", "Fri, 18 Dec 2026 11:03:31 +0100"),
        ("Message-ID", "<pp4-59388410-1766052211@mailer01.essent.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    ans = answer("order", "essent", [order(
        "ESS-59388410", "Aylin Demir", "aylin.demir@outlook.com", "+31628990134",
        "Kleine Houtweg", "57", "2012 CH", "Haarlem",
        [product("ESS-WALLBOX-22", 1, "Alfen Eve Double Pro-line 22 kW"),
         product("ESS-INSTALL-STD", 1, "Standaard installatie 3-fase")],
        "2027-01-22", "Graag vooraf bellen; klant werkt in ploegendienst.",
        account="2005447731")], None,
        "Difficulty: HTML-only (base64), laid out with <div>/<span> rows and CSS flex, no table and no text part; "
        "street+number and postcode+city split by <br> inside one value; SKU as the label and the quantity as "
        "'&times; 1'; 'Toegewezen op' is not the install date; Essent support phone/e-mail in the footer.")
    return slug, message(headers, root), ans


@msg
def m011():
    slug = "011-essent-urgent-status-question"
    text = """\
Goedemorgen,

Mevrouw Timmermans (Van Karnebeeklaan, Den Haag) heeft ons gisteren twee keer gebeld. Zij heeft voor opdracht ESS-59244107 nog niets van jullie gehoord, terwijl haar voorkeursdatum dinsdag 12 januari is.

Kunnen jullie vandaag laten weten of die datum doorgaat, en zo niet, wanneer de monteur wel kan komen? Dan bellen wij haar terug.

Alvast dank!

Met vriendelijke groet,

Marieke de Lange
Accountmanager Zakelijke Markt | Essent
M 06-2011 4455
"""
    html = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Goedemorgen,</p>
<p>Mevrouw Timmermans (Van Karnebeeklaan, Den Haag) heeft ons gisteren twee keer gebeld. Zij heeft voor opdracht ESS-59244107 nog niets van jullie gehoord, terwijl haar voorkeursdatum dinsdag 12 januari is.</p>
<p>Kunnen jullie <b>vandaag</b> laten weten of die datum doorgaat, en zo niet, wanneer de monteur wel kan komen? Dan bellen wij haar terug.</p>
<p>Alvast dank!</p>
<p>Met vriendelijke groet,</p>
<p>Marieke de Lange<br>Accountmanager Zakelijke Markt | Essent<br>M 06-2011 4455</p>
</div></body></html>
"""
    root = multipart("alternative", "_000_AM6PR05MB4811A9C3E07F2D5B16E4AM6PR05MB4811eurp_", [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ])
    headers = [
        ("Return-Path", "<marieke.delange@essent.nl>"),
        received("mail-he1eur04on2055.outbound.protection.outlook.com", "40.107.7.55", "4dQ9wTn3kDe",
                 "Wed, 06 Jan 2027 08:52:40 +0100 (CET)", "essent@orders.chargecars.nl"),
        ("From", addr("Marieke de Lange", "marieke.delange@essent.nl")),
        ("To", addr("ChargeCars Orders", "essent@orders.chargecars.nl")),
        ("Subject", "SPOED: planning ESS-59244107 (mevr. Timmermans)?"),
        ("Date", "Wed, 6 Jan 2027 07:52:33 +0000"),
        ("Message-ID", "<AM6PR05MB4811A9C3E07F2D5B16E40C2F7A918@AM6PR05MB4811.eurprd05.prod.outlook.com>"),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Content-Language", "nl-NL"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    ans = answer("status_question", "essent", [], "ESS-59244107",
                 "Urgent status question (Importance: high) about order 007 of this batch; repeats name, street and "
                 "the preferred date but is not an order.")
    return slug, message(headers, root), ans


@msg
def m012():
    slug = "012-essent-partner-survey"
    text = """\
Essent Partneronderzoek 2026

Beste installatiepartner,

Dit jaar voerde ChargeCars 143 opdrachten voor Essent Thuisladen uit. Wij horen graag hoe u de samenwerking ervaart: van de opdrachtgegevens (zoals in ESS-59244107) tot de betaling van uw facturen.

Het onderzoek duurt ongeveer 7 minuten en staat open tot en met vrijdag 29 januari 2027.

Start het onderzoek: https://onderzoek.essent.nl/s/partner2026?p=cc-4471

Onder de deelnemers verloten we drie keer een dagdeel training "Laden met dynamische tarieven".

Met vriendelijke groet,
Team Partnermanagement Essent

Essent Retail Energie B.V. | Willemsplein 4 | 5211 AK 's-Hertogenbosch
Geen uitnodigingen meer ontvangen? https://onderzoek.essent.nl/afmelden?p=cc-4471
"""
    html = """\
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Essent Partneronderzoek 2026</title></head>
<body style="margin:0;background:#f5f5f5;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="18" cellspacing="0" style="background:#fff">
<tr><td style="background:#e4003a;color:#fff;font-size:20px">Essent Partneronderzoek 2026</td></tr>
<tr><td style="font-size:14px;color:#333">
<p>Beste installatiepartner,</p>
<p>Dit jaar voerde ChargeCars <b>143 opdrachten</b> voor Essent Thuisladen uit. Wij horen graag hoe u de samenwerking ervaart: van de opdrachtgegevens (zoals in ESS-59244107) tot de betaling van uw facturen.</p>
<p>Het onderzoek duurt ongeveer 7 minuten en staat open tot en met vrijdag 29 januari 2027.</p>
<p style="text-align:center"><a href="https://onderzoek.essent.nl/s/partner2026?p=cc-4471" style="background:#e4003a;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Start het onderzoek</a></p>
<p>Onder de deelnemers verloten we drie keer een dagdeel training &ldquo;Laden met dynamische tarieven&rdquo;.</p>
<p>Met vriendelijke groet,<br>Team Partnermanagement Essent</p>
</td></tr>
<tr><td style="font-size:11px;color:#999">Essent Retail Energie B.V. | Willemsplein 4 | 5211 AK &#39;s-Hertogenbosch<br>
<a href="https://onderzoek.essent.nl/afmelden?p=cc-4471" style="color:#999">Geen uitnodigingen meer ontvangen?</a></td></tr>
</table></td></tr></table></body></html>
"""
    root = multipart("alternative", "----=_Part_h5012_0a9e6c1d2b7f", [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ])
    headers = [
        ("Return-Path", "<bounce-4471@onderzoek.essent.nl>"),
        received("mta7.onderzoek.essent.nl", "193.172.81.120", "4dR0pZe6sMk", "Thu, 07 Jan 2027 10:00:12 +0100 (CET)",
                 "essent@orders.chargecars.nl"),
        ("From", addr("Essent Partneronderzoek", "partneronderzoek@essent.nl")),
        ("To", "essent@orders.chargecars.nl"),
        ("Subject", "Hoe tevreden bent u over de samenwerking met Essent in 2026?"),
        ("Date", "Thu, 07 Jan 2027 10:00:00 +0100"),
        ("Message-ID", "<survey.partner2026.cc-4471@onderzoek.essent.nl>"),
        ("Precedence", "bulk"),
        ("List-Unsubscribe", "<https://onderzoek.essent.nl/afmelden?p=cc-4471>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Auto-Submitted", "auto-generated"),
    ]
    ans = answer("other", "essent", [], None,
                 "Partner satisfaction survey invitation (bulk, List-Unsubscribe); mentions an order id as an example, "
                 "a count of orders and a closing date, but contains no order and asks nothing about one.")
    return slug, message(headers, root), ans


# --------------------------------------------------------------------------- Eneco

@msg
def m013():
    slug = "013-eneco-webshop-order-numeric-addition"
    text = """\
Nieuwe bestelling met installatie \u2013 Eneco Webshop

Er is een bestelling geplaatst waarvoor ChargeCars de installatie verzorgt.

Bestelnummer:            ENE-2026-131270
Klantnummer Eneco:       1030118842
Besteld op:              07-12-2026 21:09

JE KLANT
Voor- en achternaam:     Bram de Wit
E-mailadres:             bram.dewit@icloud.com
Mobiel nummer:           06 87 65 01 23

INSTALLATIEADRES
Straatnaam:              Rijnlaan
Huisnummer:              17
Toevoeging:              2
Postcode:                3522 BN
Woonplaats:              Utrecht

BESTELLING
EVBox Livo 11 kW                      ENE-EVBOX-11   1 stuk
Installatie 1-fase                    ENE-INST-1F    1 stuk

INSTALLATIE
Gewenste installatiedatum:  19 januari 2027
Toelichting van de klant:   Kabel via de kruipruimte naar de voorgevel.

Eneco Webshop \u00b7 dit bericht is automatisch verstuurd
"""
    html = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Eneco Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b;background:#f6f3ee">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:0 0 16px">
<div style="background:linear-gradient(90deg,#e5384c,#ea714f);color:#fff;padding:16px 20px;font-size:18px">Nieuwe bestelling met installatie &ndash; Eneco Webshop</div>
<div style="padding:6px 20px">
<p>Er is een bestelling geplaatst waarvoor ChargeCars de installatie verzorgt.</p>
<p><b>Bestelnummer:</b> ENE-2026-131270<br><b>Klantnummer Eneco:</b> 1030118842<br><b>Besteld op:</b> 07-12-2026 21:09</p>
<h4 style="margin-bottom:4px">Je klant</h4>
<p style="margin-top:0"><b>Voor- en achternaam:</b> Bram de Wit<br><b>E-mailadres:</b> bram.dewit@icloud.com<br><b>Mobiel nummer:</b> 06 87 65 01 23</p>
<h4 style="margin-bottom:4px">Installatieadres</h4>
<p style="margin-top:0"><b>Straatnaam:</b> Rijnlaan<br><b>Huisnummer:</b> 17<br><b>Toevoeging:</b> 2<br><b>Postcode:</b> 3522 BN<br><b>Woonplaats:</b> Utrecht</p>
<h4 style="margin-bottom:4px">Bestelling</h4>
<table cellpadding="4" cellspacing="0" style="font-size:14px"><tr><td>EVBox Livo 11 kW</td><td>ENE-EVBOX-11</td><td>1 stuk</td></tr>
<tr><td>Installatie 1-fase</td><td>ENE-INST-1F</td><td>1 stuk</td></tr></table>
<h4 style="margin-bottom:4px">Installatie</h4>
<p style="margin-top:0"><b>Gewenste installatiedatum:</b> 19 januari 2027<br><b>Toelichting van de klant:</b> Kabel via de kruipruimte naar de voorgevel.</p>
</div>
<div style="padding:0 20px;font-size:11px;color:#8a8a8a">Eneco Webshop &middot; dit bericht is automatisch verstuurd</div>
</div></body></html>
"""
    root = multipart("alternative", "==eneco-webshop-131270-alt==", [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ])
    headers = [
        ("Return-Path", "<webshop@eneco.nl>"),
        received("smtp-shop.eneco.nl", "145.131.9.22", "4dJq8Rk2xFw", "Mon, 07 Dec 2026 21:14:09 +0100 (CET)",
                 "eneco@orders.chargecars.nl"),
        ("From", addr("Eneco Webshop", "webshop@eneco.nl")),
        ("To", "eneco@orders.chargecars.nl"),
        ("Subject", enc_words("Bestelling laadpaal met installatie \u2013 ENE-2026-131270")),
        ("Date", "Mon, 07 Dec 2026 21:14:02 +0100"),
        ("Message-ID", "<order-131270.1765138442@webshop.eneco.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    ans = answer("order", "eneco", [order(
        "ENE-2026-131270", "Bram de Wit", "bram.dewit@icloud.com", "+31687650123",
        "Rijnlaan", "17-2", "3522 BN", "Utrecht",
        [product("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"),
         product("ENE-INST-1F", 1, "Installatie 1-fase")],
        "2027-01-19", "Kabel via de kruipruimte naar de voorgevel.",
        account="1030118842")], None,
        "Clean: Eneco webshop notification (text+HTML QP) with new label wordings; numeric Toevoeging '2' -> 17-2 "
        "(as holdout4 did); description before SKU in the product lines; 'Besteld op' is not the install date.")
    return slug, message(headers, root), ans


@msg
def m014():
    slug = "014-eneco-unmapped-load-balancer"
    text = """\
Hallo,

Hierbij een nieuwe opdracht, dit keer met de load-balancingmodule die we sinds december in het pakket aanbieden.

Referentie:       ENE-2026-131544
Contractnummer:   1030120377
Naam:             Thea van Wijngaarden
Adres:            Tolhuisweg 3
Postcode/plaats:  7241 HX Lochem
Telefoon:         0573-25 14 80
E-mail:           thea.vanwijngaarden@hetnet.nl

Producten:
- ENE-EVBOX-11  EVBox Livo 11 kW                 1 st.
- ENE-INST-1F   Installatie 1-fase               1 st.
- ENE-LB-P1     Load balancing module (P1-poort) 1 st.

Gewenste installatiedatum: vrijdag 15 januari 2027
Bijzonderheden: Hoofdaansluiting 1x35A, daarom de load balancer.

Met vriendelijke groet,

Ruben Koster
Orderverwerking Laadoplossingen
Eneco | Marconistraat 13 | 3029 AK Rotterdam
"""
    root = text_part(text, "plain", "windows-1252", "quoted-printable")
    headers = [
        ("Return-Path", "<ruben.koster@eneco.nl>"),
        received("mail-am7eur03on2086.outbound.protection.outlook.com", "40.107.105.86", "4dPw3Lm7qZb",
                 "Wed, 30 Dec 2026 10:20:31 +0100 (CET)", "eneco@orders.chargecars.nl"),
        ("From", addr("Ruben Koster", "ruben.koster@eneco.nl")),
        ("To", "eneco@orders.chargecars.nl"),
        ("Subject", "Opdracht ENE-2026-131544 incl. load balancer"),
        ("Date", "Wed, 30 Dec 2026 10:20:24 +0100"),
        ("Message-ID", "<AM4PR07MB35093D1C8E2F4A07B9C5E61A2D4F8@AM4PR07MB3509.eurprd07.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    ans = answer("order", "eneco", [order(
        "ENE-2026-131544", "Thea van Wijngaarden", "thea.vanwijngaarden@hetnet.nl", "+31573251480",
        "Tolhuisweg", "3", "7241 HX", "Lochem",
        [product("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"),
         product("ENE-INST-1F", 1, "Installatie 1-fase"),
         product("ENE-LB-P1", 1, "Load balancing module (P1-poort)")],
        "2027-01-15", "Hoofdaansluiting 1x35A, daarom de load balancer.",
        account="1030120377")], None,
        "Difficulty: ENE-LB-P1 is not in the product mapping: keep it as written with its quantity (flag, do not "
        "drop), like corpus 006. windows-1252 QP (only ASCII used); 'vrijdag 15 januari 2027'. Cancelled later by 017.")
    return slug, message(headers, root), ans


@msg
def m015():
    slug = "015-eneco-english-plain-ascii"
    text = """\
Hi team,

Please schedule the job below. Contract and address were checked by our
back office this morning.

Job reference:      ENE-2027-131802
Customer contract:  1030124561
Customer:           Lucas Moreau
Address line:       Parklaan 61
Postcode / town:    5613 BD Eindhoven
Mobile:             06 44 33 22 11
Email:              lucas.moreau@gmail.com
Items:              ENE-EVBOX-11 (EVBox Livo 11 kW) x1
                    ENE-INST-1F (single-phase installation) x1
Install date:       09/02/2027
Notes:              Access through the back garden gate; the meter cupboard
                    is in the hallway.

Thanks and kind regards,

Olivia Grant
Partner Operations | Eneco
T +31 10 457 57 57
"""
    root = text_part(text, "plain", "us-ascii", "7bit")
    headers = [
        ("Return-Path", "<olivia.grant@eneco.nl>"),
        received("mail-db5eur01on2058.outbound.protection.outlook.com", "40.107.15.58", "4dQ6tBv0hXe",
                 "Mon, 04 Jan 2027 14:07:51 +0100 (CET)", "eneco@orders.chargecars.nl"),
        ("From", addr("Olivia Grant", "olivia.grant@eneco.nl")),
        ("To", addr("eneco@orders.chargecars.nl", "eneco@orders.chargecars.nl")),
        ("Subject", "New job ENE-2027-131802 - Moreau, Eindhoven"),
        ("Date", "Mon, 4 Jan 2027 13:07:44 +0000"),
        ("Message-ID", "<DB9PR01MB86242F0E7A1C93D5B8E42C17A0B6E@DB9PR01MB8624.eurprd01.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    ans = answer("order", "eneco", [order(
        "ENE-2027-131802", "Lucas Moreau", "lucas.moreau@gmail.com", "+31644332211",
        "Parklaan", "61", "5613 BD", "Eindhoven",
        [product("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"),
         product("ENE-INST-1F", 1, "Single-phase installation")],
        "2027-02-09", "Access through the back garden gate; the meter cupboard is in the hallway.",
        account="1030124561")], None,
        "Clean: English label mail, 7bit us-ascii; '09/02/2027' read day-first (9 February); items and notes "
        "wrap onto continuation lines.")
    return slug, message(headers, root), ans


@msg
def m016():
    slug = "016-eneco-xlsx-campaign-two-sheets"
    text = """\
Hallo ChargeCars,

Deze klant kwam binnen via onze actie "Laadpaal bij je warmtepomp". Aanmeldingen uit die actie lopen nog niet via de API, daarom de opdracht als Excel-bestand in de bijlage.

Let op: het eerste tabblad is alleen onze toelichting, de opdracht zelf staat op het tabblad "Opdracht".

Met vriendelijke groet,

Ruben Koster
Orderverwerking Laadoplossingen
Eneco
"""
    html = """\
<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Hallo ChargeCars,</p><p>Deze klant kwam binnen via onze actie &quot;Laadpaal bij je warmtepomp&quot;. Aanmeldingen uit die actie lopen nog niet via de API, daarom de opdracht als Excel-bestand in de bijlage.</p><p>Let op: het eerste tabblad is alleen onze toelichting, de opdracht zelf staat op het tabblad &quot;Opdracht&quot;.</p><p>Met vriendelijke groet,</p><p>Ruben Koster<br>Orderverwerking Laadoplossingen<br>Eneco</p></div></body></html>
"""
    header_row = ["Actiecode", "Referentie", "Contractnummer", "Naam", "Straat", "Huisnr", "Toev", "Postcode",
                  "Plaats", "Telefoon", "E-mail", "Artikelcode", "Omschrijving", "Aantal", "Gewenste datum",
                  "Opmerking"]
    common = ["WP-LAAD-2027", "ENE-2027-132055", 1030127790, "Karim Benali", "Laan van Meerdervoort", 7, "C",
              "2517AB", "Den Haag", "070 - 356 12 88", "K.Benali@gmail.com"]
    tail = [1, ("date", 46435), "Laadpaal in de voortuin; graafwerk wordt door de klant gedaan."]
    sheets = [
        ("Toelichting", [
            ["Eneco | Opdrachtexport actie-aanmeldingen"],
            [None],
            ["Dit bestand bevat 1 opdracht op het tabblad 'Opdracht' (een regel per artikel)."],
            ["Datumkolommen zijn Excel-datums. Contractnummer = klantnummer bij Eneco."],
            ["Vragen: orderverwerking@eneco.nl of 010-457 57 57"],
            [None],
            ["Aangemaakt", ("date", 46399)],
        ]),
        ("Opdracht", [
            header_row,
            common + ["ENE-EVBOX-11", "EVBox Livo 11 kW"] + tail,
            common + ["ENE-INST-1F", "Installatie 1-fase"] + tail,
        ]),
    ]
    xlsx = make_xlsx(sheets)
    root = multipart("mixed", "_005_AM4PR07MB3509E1F2A3B4C5D6AM4PR07MB3509eurp_", [
        multipart("alternative", "_000_AM4PR07MB3509E1F2A3B4C5D6AM4PR07MB3509eurp_", [
            text_part(text, "plain", "utf-8", "quoted-printable"),
            text_part(html, "html", "utf-8", "quoted-printable"),
        ]),
        file_part(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "Actie_WP-LAAD_ENE-2027-132055.xlsx"),
    ])
    headers = [
        ("Return-Path", "<ruben.koster@eneco.nl>"),
        received("mail-am7eur03on2091.outbound.protection.outlook.com", "40.107.105.91", "4dR5mQx1cVa",
                 "Tue, 12 Jan 2027 09:40:26 +0100 (CET)", "eneco@orders.chargecars.nl"),
        ("From", addr("Ruben Koster", "ruben.koster@eneco.nl")),
        ("To", "eneco@orders.chargecars.nl"),
        ("Subject", "Actie-aanmelding warmtepomp: opdracht in Excel"),
        ("Date", "Tue, 12 Jan 2027 09:40:19 +0100"),
        ("Message-ID", "<AM4PR07MB3509E1F2A3B4C5D60718293A4B5C6@AM4PR07MB3509.eurprd07.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("X-MS-Has-Attach", "yes"),
    ]
    ans = answer("order", "eneco", [order(
        "ENE-2027-132055", "Karim Benali", "k.benali@gmail.com", "+31703561288",
        "Laan van Meerdervoort", "7C", "2517 AB", "Den Haag",
        [product("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"),
         product("ENE-INST-1F", 1, "Installatie 1-fase")],
        "2027-02-17", "Laadpaal in de voortuin; graafwerk wordt door de klant gedaan.",
        account="1030127790")], None,
        "Difficulty: attachment-only order in an XLSX with two sheets; the first sheet is an explanation "
        "(with Eneco's own phone/e-mail and a creation date), the order is on sheet 2 over two rows (one per "
        "article). Numeric contract and house-number cells; Toev 'C' -> 7C; postcode without space; install "
        "date is an Excel date cell; 'Actiecode' is a campaign code, not a reference field.")
    return slug, message(headers, root), ans


@msg
def m017():
    slug = "017-eneco-status-change-cancelled"
    text = """\
STATUSWIJZIGING OPDRACHT

Referentie:           ENE-2026-131544
Klant:                T. van Wijngaarden, Lochem
Vorige status:        Doorgezet naar installatiepartner
Nieuwe status:        GEANNULEERD
Reden:                Klant ziet af van de aankoop (financiering afgewezen)
Gewijzigd door:       R. Koster
Tijdstip wijziging:   08-01-2027 10:14

Actie voor de installatiepartner:
Plan deze opdracht niet in en verwijder een eventueel geplande afspraak
(gewenste datum was 15-01-2027). Er worden geen kosten vergoed voor
werkzaamheden na dit bericht.

--
Eneco Orderbeheer - automatisch bericht, niet beantwoorden.
"""
    root = text_part(text, "plain", "us-ascii", "7bit")
    headers = [
        ("Return-Path", "<orderbeheer@eneco.nl>"),
        received("smtp-oms.eneco.nl", "145.131.9.30", "4dR1vKp8nGd", "Fri, 08 Jan 2027 10:14:37 +0100 (CET)",
                 "eneco@orders.chargecars.nl"),
        ("From", addr("Eneco Orderbeheer", "orderbeheer@eneco.nl")),
        ("To", "eneco@orders.chargecars.nl"),
        ("Subject", "[Status] ENE-2026-131544 -> GEANNULEERD"),
        ("Date", "Fri, 08 Jan 2027 10:14:33 +0100"),
        ("Message-ID", "<oms.status.131544.20270108091433@eneco.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    ans = answer("cancellation", "eneco", [], "ENE-2026-131544",
                 "Machine status-change notice: new status GEANNULEERD for order 014 of this batch; repeats the "
                 "customer and the former date but is not an order.")
    return slug, message(headers, root), ans


@msg
def m018():
    slug = "018-eneco-e-invoicing-pdf"
    text = """\
Geachte leverancier,

Vanaf 1 februari 2027 ontvangt Eneco facturen uitsluitend als e-factuur via het Peppol-netwerk. PDF-facturen per e-mail worden vanaf die datum niet meer in behandeling genomen.

Wat verandert er voor u?
- Stuur uw facturen naar ons Peppol-ID 0106:24364465.
- Vermeld op elke factuur de Eneco-opdrachtreferentie (ENE-JJJJ-NNNNNN) en, indien bekend, het inkoopordernummer.
- Eén factuur per opdracht; verzamelfacturen worden afgewezen.

In de bijlage vindt u de volledige factuurinstructies. Heeft u vragen, neem dan contact op met de crediteurenadministratie via crediteuren@eneco.nl of 010-457 58 00.

Met vriendelijke groet,

Crediteurenadministratie
Eneco Services B.V.
"""
    pdf = make_pdf([[
        (56, 780, 16, True, "Factuurinstructies leveranciers Eneco 2027"),
        (56, 760, 10, False, "Versie 1.0 - geldig vanaf 1 februari 2027"),
        (56, 748, 483, None, None),
        (56, 725, 11, True, "1. Aanleveren"),
        (56, 708, 10, False, "Uitsluitend e-facturen via Peppol, ontvanger-ID 0106:24364465 (Eneco Services B.V.)."),
        (56, 694, 10, False, "PDF-facturen per e-mail worden vanaf 1 februari 2027 teruggestuurd."),
        (56, 668, 11, True, "2. Verplichte gegevens"),
        (56, 651, 10, False, "- Eneco-opdrachtreferentie, formaat ENE-JJJJ-NNNNNN (een referentie per factuur)"),
        (56, 637, 10, False, "- Inkoopordernummer, indien op de opdracht vermeld"),
        (56, 623, 10, False, "- Uw KvK-nummer, btw-nummer en IBAN"),
        (56, 597, 11, True, "3. Factuuradres"),
        (56, 580, 10, False, "Eneco Services B.V., Crediteurenadministratie"),
        (56, 566, 10, False, "Postbus 1000, 3000 BA Rotterdam"),
        (56, 540, 11, True, "4. Betaaltermijn"),
        (56, 523, 10, False, "30 dagen na ontvangst van een correcte e-factuur."),
        (56, 497, 11, True, "5. Contact"),
        (56, 480, 10, False, "crediteuren@eneco.nl | 010-457 58 00 | werkdagen 9:00-16:00"),
        (56, 60, 8, False, "Eneco Services B.V. | Marconistraat 13 | 3029 AK Rotterdam | KvK 24364465"),
    ]], "Factuurinstructies leveranciers Eneco 2027", "5a1c9e3f7b2d4608a1c3e5f7092b4d6f")
    root = multipart("mixed", "----=_Part_h5018_e1f2a3b4c5d6", [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        file_part(pdf, "application/pdf", "Factuurinstructies_leveranciers_2027.pdf"),
    ])
    headers = [
        ("Return-Path", "<crediteuren@eneco.nl>"),
        received("smtp-fin.eneco.nl", "145.131.9.41", "4dS2qHy7bRk", "Mon, 18 Jan 2027 11:30:08 +0100 (CET)",
                 "eneco@orders.chargecars.nl"),
        ("From", addr("Crediteurenadministratie Eneco", "crediteuren@eneco.nl")),
        ("To", addr("ChargeCars B.V.", "eneco@orders.chargecars.nl")),
        ("Subject", "Wijziging factuuraanlevering per 1 februari 2027 (Peppol)"),
        ("Date", "Mon, 18 Jan 2027 11:30:02 +0100"),
        ("Message-ID", "<fin-ap-20270118-0042@eneco.nl>"),
    ]
    ans = answer("other", "eneco", [], None,
                 "Accounts-payable notice about e-invoicing with a PDF of invoicing instructions; contains Eneco's "
                 "postal address, reference format and dates but no order.")
    return slug, message(headers, root), ans


# --------------------------------------------------------------------------- 50five

@msg
def m019():
    slug = "019-50five-booking-v4-english"
    text = """\
INSTALLATION BOOKING \u2014 50F-NL-238114

A customer has booked a home charger installation with ChargeCars as installer.

Booking reference    50F-NL-238114
Account number       C-0140522
Booked on            15 Dec 2026, 16:18

Customer details
  Name               Sophie Wijnands
  E-mail             S.Wijnands@Gmail.com
  Telephone          +31 (0)6 1357 9086

Installation address
  Hertogstraat 9
  6511 RV Nijmegen
  Netherlands

Products
  1 \u00d7 50F-ZAPPI-7 \u2014 myenergi zappi 7 kW, tethered 6.5 m, white

Installation window
  Preferred day      Tuesday 19 January 2027
  Notes for installer  Fuse box is in the basement; the stairs are steep and narrow.

Manage this booking: https://partners.50five.com/bookings/50F-NL-238114
50five Installations \u00b7 bookings@50five.com
"""
    html = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f2d3d">
<div style="max-width:600px;margin:0 auto">
<div style="border-bottom:3px solid #00a19a;padding:12px 0;font-size:18px">INSTALLATION BOOKING &mdash; 50F-NL-238114</div>
<p>A customer has booked a home charger installation with ChargeCars as installer.</p>
<table cellpadding="3" cellspacing="0">
<tr><td style="color:#6b7785;width:170px">Booking reference</td><td>50F-NL-238114</td></tr>
<tr><td style="color:#6b7785">Account number</td><td>C-0140522</td></tr>
<tr><td style="color:#6b7785">Booked on</td><td>15 Dec 2026, 16:18</td></tr>
</table>
<h3 style="font-size:15px;color:#00a19a">Customer details</h3>
<table cellpadding="3" cellspacing="0">
<tr><td style="color:#6b7785;width:170px">Name</td><td>Sophie Wijnands</td></tr>
<tr><td style="color:#6b7785">E-mail</td><td>S.Wijnands@Gmail.com</td></tr>
<tr><td style="color:#6b7785">Telephone</td><td>+31 (0)6 1357 9086</td></tr>
</table>
<h3 style="font-size:15px;color:#00a19a">Installation address</h3>
<p>Hertogstraat 9<br>6511 RV Nijmegen<br>Netherlands</p>
<h3 style="font-size:15px;color:#00a19a">Products</h3>
<p>1 &times; 50F-ZAPPI-7 &mdash; myenergi zappi 7 kW, tethered 6.5 m, white</p>
<h3 style="font-size:15px;color:#00a19a">Installation window</h3>
<table cellpadding="3" cellspacing="0">
<tr><td style="color:#6b7785;width:170px">Preferred day</td><td>Tuesday 19 January 2027</td></tr>
<tr><td style="color:#6b7785">Notes for installer</td><td>Fuse box is in the basement; the stairs are steep and narrow.</td></tr>
</table>
<p style="font-size:12px;color:#6b7785;margin-top:24px"><a href="https://partners.50five.com/bookings/50F-NL-238114">Manage this booking</a><br>50five Installations &middot; bookings@50five.com</p>
</div></body></html>
"""
    root = multipart("alternative", "0000000000004f3e2a05f1c9b7d8", [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ])
    headers = [
        ("Return-Path", "<bounces+4471-cc@em.50five.com>"),
        received("o7.email.50five.com", "149.72.160.37", "4dLq5Zr9vNb", "Tue, 15 Dec 2026 16:20:14 +0100 (CET)",
                 "50five@orders.chargecars.nl"),
        ("From", addr("50five Installations", "bookings@50five.com")),
        ("To", "50five@orders.chargecars.nl"),
        ("Subject", enc_words("Installation booking confirmed \u2013 50F-NL-238114")),
        ("Date", "Tue, 15 Dec 2026 15:20:09 +0000"),
        ("Message-ID", "<bk.50F-NL-238114.v4@geopod-ismtpd-11.50five.com>"),
        ("Reply-To", "installations@50five.com"),
        ("Auto-Submitted", "auto-generated"),
    ]
    ans = answer("order", "50five", [order(
        "50F-NL-238114", "Sophie Wijnands", "s.wijnands@gmail.com", "+31613579086",
        "Hertogstraat", "9", "6511 RV", "Nijmegen",
        [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW, tethered 6.5 m, white")],
        "2027-01-19", "Fuse box is in the basement; the stairs are steep and narrow.",
        account="C-0140522")], None,
        "Clean: new 50five booking layout v4 (text+HTML QP); the address is an unlabelled block under its heading; "
        "mixed-case e-mail; '+31 (0)6'; 'Tuesday 19 January 2027'; 'Booked on' is not the install date.")
    return slug, message(headers, root), ans


@msg
def m020():
    slug = "020-50five-daily-digest-nl-be"
    text = """\
50five | Daily digest: 2 new installation requests
Monday 11 January 2027

==================== 50F-NL-238290 ====================
Customer account : C-0140871
Customer         : Daan Koopmans
E-mail           : daan.koopmans@hotmail.com
Phone            : 06-21098765
Address          : Lindelaan 4, 6042 EP Roermond (NL)
Product          : 1x 50F-ZAPPI-7 myenergi zappi 7 kW
Preferred date   : Mon 01 Feb 2027
Notes            : \u2014

==================== 50F-BE-042310 ====================
Customer account : C-0140902
Customer         : Lotte Claes
E-mail           : lotte.claes@skynet.be
Phone            : +32 485 11 22 33
Address          : Kerkstraat 27, 9000 Gent (BE)
Product          : 1x 50F-ZAPPI-7 myenergi zappi 7 kW
Preferred date   : Wed 03 Feb 2027
Notes            : Parking in front of the house is allowed on weekdays.

You receive this digest because ChargeCars is an installation partner of 50five.
50five Operations \u00b7 operations@50five.nl
"""
    html = """\
<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#222">
<h2 style="color:#00a19a;font-weight:normal;margin:0">50five | Daily digest: 2 new installation requests</h2>
<div style="color:#777;margin-bottom:14px">Monday 11 January 2027</div>
<div style="border:1px solid #d9e6e5;margin-bottom:14px">
<div style="background:#e6f4f3;padding:6px 10px;font-weight:bold">50F-NL-238290</div>
<table cellpadding="3" cellspacing="0" style="margin:6px 10px">
<tr><td style="color:#777;width:140px">Customer account</td><td>C-0140871</td></tr>
<tr><td style="color:#777">Customer</td><td>Daan Koopmans</td></tr>
<tr><td style="color:#777">E-mail</td><td>daan.koopmans@hotmail.com</td></tr>
<tr><td style="color:#777">Phone</td><td>06-21098765</td></tr>
<tr><td style="color:#777">Address</td><td>Lindelaan 4, 6042 EP Roermond (NL)</td></tr>
<tr><td style="color:#777">Product</td><td>1x 50F-ZAPPI-7 myenergi zappi 7 kW</td></tr>
<tr><td style="color:#777">Preferred date</td><td>Mon 01 Feb 2027</td></tr>
<tr><td style="color:#777">Notes</td><td>&mdash;</td></tr>
</table></div>
<div style="border:1px solid #d9e6e5;margin-bottom:14px">
<div style="background:#e6f4f3;padding:6px 10px;font-weight:bold">50F-BE-042310</div>
<table cellpadding="3" cellspacing="0" style="margin:6px 10px">
<tr><td style="color:#777;width:140px">Customer account</td><td>C-0140902</td></tr>
<tr><td style="color:#777">Customer</td><td>Lotte Claes</td></tr>
<tr><td style="color:#777">E-mail</td><td>lotte.claes@skynet.be</td></tr>
<tr><td style="color:#777">Phone</td><td>+32 485 11 22 33</td></tr>
<tr><td style="color:#777">Address</td><td>Kerkstraat 27, 9000 Gent (BE)</td></tr>
<tr><td style="color:#777">Product</td><td>1x 50F-ZAPPI-7 myenergi zappi 7 kW</td></tr>
<tr><td style="color:#777">Preferred date</td><td>Wed 03 Feb 2027</td></tr>
<tr><td style="color:#777">Notes</td><td>Parking in front of the house is allowed on weekdays.</td></tr>
</table></div>
<p style="font-size:11px;color:#999">You receive this digest because ChargeCars is an installation partner of 50five.<br>50five Operations &middot; operations@50five.nl</p>
</body></html>
"""
    root = multipart("alternative", "----=_Part_88112_1530207615.1799647200000", [
        text_part(text, "plain", "utf-8", "base64"),
        text_part(html, "html", "utf-8", "base64"),
    ])
    headers = [
        ("Return-Path", "<operations@50five.nl>"),
        received("o3.email.50five.com", "149.72.160.33", "4dR3nWs5tLc", "Mon, 11 Jan 2027 07:00:06 +0100 (CET)",
                 "50five@orders.chargecars.nl"),
        ("From", addr("50five Operations", "operations@50five.nl")),
        ("To", "50five@orders.chargecars.nl"),
        ("Subject", "Daily digest: 2 new installation requests (11 Jan 2027)"),
        ("Date", "Mon, 11 Jan 2027 07:00:00 +0100"),
        ("Message-ID", "<digest.20270111.cc-installer@ops.50five.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    ans = answer("order", "50five", [
        order("50F-NL-238290", "Daan Koopmans", "daan.koopmans@hotmail.com", "+31621098765",
              "Lindelaan", "4", "6042 EP", "Roermond",
              [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW")],
              "2027-02-01", None, account="C-0140871"),
        order("50F-BE-042310", "Lotte Claes", "lotte.claes@skynet.be", "+32485112233",
              "Kerkstraat", "27", "9000", "Gent",
              [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW")],
              "2027-02-03", "Parking in front of the house is allowed on weekdays.", account="C-0140902"),
    ], None,
        "Two orders in one digest (text+HTML base64), one Dutch and one Belgian (4-digit postcode, +32); "
        "Notes '\u2014' -> null; '(NL)'/'(BE)' country tags are not part of the city.")
    return slug, message(headers, root), ans


@msg
def m021():
    slug = "021-50five-dealer-block-first"
    text = """\
Installatieaanvraag via 50five Dealerportaal

Ingediend door dealer op 07-01-2027 13:31

DEALERGEGEVENS
Dealer:                 Van den Udenhout Tilburg
Dealer-ID:              UDH-TBG-07
Verkoper:               Mark Hagens
Telefoon verkoper:      013-583 44 00
E-mail verkoper:        m.hagens@vdudenhout.nl
Inkoopordernummer:      VDU-45821

EINDKLANT (INSTALLATIEADRES)
Naam:                   Rianne Smulders
Straat en huisnummer:   Goirleseweg 88
Postcode:               5026 PC
Plaats:                 Tilburg
Telefoon:               06 55 03 20 18
E-mail:                 rianne.smulders@home.nl
50five-klantnummer:     (nog niet aangemaakt)

BESTELLING
50five-ordernummer:     50F-NL-238501
Product:                50F-ZAPPI-7 myenergi zappi 7 kW, aantal 1
Gewenste datum:         27-01-2027
Opmerking eindklant:    Klant is doordeweeks vanaf 14:00 thuis.

--
50five Dealerportaal \u00b7 dealerdesk@50five.nl
"""
    html = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<h3 style="color:#00a19a;font-weight:normal">Installatieaanvraag via 50five Dealerportaal</h3>
<p style="color:#777">Ingediend door dealer op 07-01-2027 13:31</p>
<table cellpadding="4" cellspacing="0" style="border:1px solid #ddd;width:560px">
<tr><th colspan="2" align="left" style="background:#f0f0f0">DEALERGEGEVENS</th></tr>
<tr><td style="width:200px">Dealer</td><td>Van den Udenhout Tilburg</td></tr>
<tr><td>Dealer-ID</td><td>UDH-TBG-07</td></tr>
<tr><td>Verkoper</td><td>Mark Hagens</td></tr>
<tr><td>Telefoon verkoper</td><td>013-583 44 00</td></tr>
<tr><td>E-mail verkoper</td><td>m.hagens@vdudenhout.nl</td></tr>
<tr><td>Inkoopordernummer</td><td>VDU-45821</td></tr>
<tr><th colspan="2" align="left" style="background:#f0f0f0">EINDKLANT (INSTALLATIEADRES)</th></tr>
<tr><td>Naam</td><td>Rianne Smulders</td></tr>
<tr><td>Straat en huisnummer</td><td>Goirleseweg 88</td></tr>
<tr><td>Postcode</td><td>5026 PC</td></tr>
<tr><td>Plaats</td><td>Tilburg</td></tr>
<tr><td>Telefoon</td><td>06 55 03 20 18</td></tr>
<tr><td>E-mail</td><td>rianne.smulders@home.nl</td></tr>
<tr><td>50five-klantnummer</td><td>(nog niet aangemaakt)</td></tr>
<tr><th colspan="2" align="left" style="background:#f0f0f0">BESTELLING</th></tr>
<tr><td>50five-ordernummer</td><td>50F-NL-238501</td></tr>
<tr><td>Product</td><td>50F-ZAPPI-7 myenergi zappi 7 kW, aantal 1</td></tr>
<tr><td>Gewenste datum</td><td>27-01-2027</td></tr>
<tr><td>Opmerking eindklant</td><td>Klant is doordeweeks vanaf 14:00 thuis.</td></tr>
</table>
<p style="font-size:11px;color:#999">50five Dealerportaal &middot; dealerdesk@50five.nl</p>
</body></html>
"""
    root = multipart("alternative", "----=_Part_21_50five_dealer_238501", [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ])
    headers = [
        ("Return-Path", "<dealerdesk@50five.nl>"),
        received("o3.email.50five.com", "149.72.160.33", "4dQ7xCj4wPe", "Thu, 07 Jan 2027 13:33:21 +0100 (CET)",
                 "50five@orders.chargecars.nl"),
        ("From", addr("50five Dealerportaal", "dealerdesk@50five.nl")),
        ("To", "50five@orders.chargecars.nl"),
        ("Cc", addr("Mark Hagens", "m.hagens@vdudenhout.nl")),
        ("Reply-To", addr("Mark Hagens", "m.hagens@vdudenhout.nl")),
        ("Subject", "Installatieaanvraag 50F-NL-238501 (dealer UDH-TBG-07)"),
        ("Date", "Thu, 07 Jan 2027 13:33:15 +0100"),
        ("Message-ID", "<dp.238501.1799325195@dealers.50five.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    ans = answer("order", "50five", [order(
        "50F-NL-238501", "Rianne Smulders", "rianne.smulders@home.nl", "+31655032018",
        "Goirleseweg", "88", "5026 PC", "Tilburg",
        [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW")],
        "2027-01-27", "Klant is doordeweeks vanaf 14:00 thuis.",
        dealer="UDH-TBG-07", po="VDU-45821", account=None)], None,
        "Difficulty: the dealer block (salesman's name, phone and e-mail, also in Cc and Reply-To) comes before "
        "the end-customer block; only the end customer's data are the customer. Dealer-ID and the dealer's PO "
        "are references; '50five-klantnummer: (nog niet aangemaakt)' -> customer_account null.")
    return slug, message(headers, root), ans


@msg
def m022():
    slug = "022-50five-dutch-form-lowercase-postcode"
    text = """\
Nieuwe installatieaanvraag (NL)

Formulier: Thuislaadpunt laten installeren
Verzonden: 20-01-2027 12:08

Ordernummer 50five ........ 50F-NL-238655
Klantnummer ............... C-0141260
Naam ...................... Yvonne van Schaik
E-mail .................... yvonne.vanschaik@ziggo.nl
Telefoon .................. 0612345098
Straat .................... Kennemerstraatweg
Huisnummer ................ 301
Postcode .................. 1814gs
Plaats .................... Alkmaar
Product ................... 50F-ZAPPI-7 (myenergi zappi 7 kW, ongekabeld), 1 stuk
Voorkeursdatum ............ 15-02-2027
Opmerking ................. Parkeren kan op het eigen erf achter het huis.

--
Dit bericht is automatisch gegenereerd door 50five Formulieren.
"""
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    headers = [
        ("Return-Path", "<formulieren@50five.nl>"),
        received("o3.email.50five.com", "149.72.160.33", "4dS0hMt2qXa", "Wed, 20 Jan 2027 12:10:44 +0100 (CET)",
                 "50five@orders.chargecars.nl"),
        ("From", addr("50five Formulieren", "formulieren@50five.nl")),
        ("To", "50five@orders.chargecars.nl"),
        ("Subject", "Nieuwe installatieaanvraag (NL) - 50F-NL-238655"),
        ("Date", "Wed, 20 Jan 2027 12:10:38 +0100"),
        ("Message-ID", "<frm.nl.238655.1800443438@geopod-ismtpd-5.50five.nl>"),
        ("Reply-To", "installaties@50five.nl"),
        ("Auto-Submitted", "auto-generated"),
    ]
    ans = answer("order", "50five", [order(
        "50F-NL-238655", "Yvonne van Schaik", "yvonne.vanschaik@ziggo.nl", "+31612345098",
        "Kennemerstraatweg", "301", "1814 GS", "Alkmaar",
        [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW, ongekabeld")],
        "2027-02-15", "Parkeren kan op het eigen erf achter het huis.",
        account="C-0141260")], None,
        "Clean: Dutch 50five form with dotted leaders; phone without separators '0612345098'; postcode '1814gs' "
        "lower case without space; 'Verzonden' is not the install date.")
    return slug, message(headers, root), ans


@msg
def m023():
    slug = "023-50five-status-question-french"
    text = """\
Bonjour,

Pourriez-vous nous indiquer o\u00f9 en est la commande 50F-BE-042310 (Mme Claes, Gent) ?
La cliente n'a toujours pas re\u00e7u de date d'intervention, alors que la date souhait\u00e9e est le 3 f\u00e9vrier.

Merci d'avance pour votre retour.

Bien cordialement,

Camille Dubois
Service client Belgique | 50five
+32 2 808 41 20
"""
    root = text_part(text, "plain", "iso-8859-1", "base64")
    headers = [
        ("Return-Path", "<camille.dubois@50five.com>"),
        received("mail-wm1-f45.google.com", "209.85.128.45", "4dS6kTb8mZr", "Tue, 26 Jan 2027 09:05:31 +0100 (CET)",
                 "50five@orders.chargecars.nl"),
        ("From", addr("Camille Dubois", "camille.dubois@50five.com")),
        ("Date", "Tue, 26 Jan 2027 09:05:22 +0100"),
        ("Message-ID", "<CAHf3r9x7kQ2mVb0eLw5pTz8yNcJ4dRa1uG6sXo2iBv@mail.gmail.com>"),
        ("Subject", enc_words("O\u00f9 en est la commande 50F-BE-042310 ?", "iso-8859-1")),
        ("To", "50five@orders.chargecars.nl"),
    ]
    ans = answer("status_question", "50five", [], "50F-BE-042310",
                 "Status question in French about the Belgian order of 020; ISO-8859-1 base64; repeats name, city "
                 "and the wished date but is not an order.")
    return slug, message(headers, root), ans


@msg
def m024():
    slug = "024-50five-gdpr-erasure-request"
    text = """\
Dear ChargeCars team,

Under Article 17 GDPR, a former customer, Mr Thomas van Leeuwen
(t.vanleeuwen@outlook.com), has asked 50five to erase his personal data.
His installation request 50F-NL-230981 was cancelled in August 2025 and
no installation took place.

As our processor for installation requests, we ask you to:
  1. delete or anonymise all personal data you hold for 50F-NL-230981;
  2. confirm the erasure to privacy@50five.com within 30 days
     (before 26 February 2027).

Please do not contact the customer about this request.

Kind regards,

50five Privacy Office
privacy@50five.com
Reference: DSR-2027-0117
"""
    root = text_part(text, "plain", "us-ascii", "7bit")
    headers = [
        ("Return-Path", "<privacy@50five.com>"),
        received("mail-ed1-f52.google.com", "209.85.208.52", "4dS7pGr1vYs", "Wed, 27 Jan 2027 16:45:19 +0100 (CET)",
                 "50five@orders.chargecars.nl"),
        ("From", addr("50five Privacy Office", "privacy@50five.com")),
        ("To", "50five@orders.chargecars.nl"),
        ("Subject", "GDPR erasure request DSR-2027-0117 (order 50F-NL-230981)"),
        ("Date", "Wed, 27 Jan 2027 16:45:11 +0100"),
        ("Message-ID", "<CAJp8wN2vX4sLq0dRt7mKe1yBz9cFh3aUo5gPi6nWx@mail.gmail.com>"),
    ]
    ans = answer("other", "50five", [], None,
                 "GDPR erasure request for a cancelled order (corpus 010/033); names the customer, his e-mail and "
                 "the order id, but is not an order, a cancellation or a status question.")
    return slug, message(headers, root), ans


# --------------------------------------------------------------------------- Alva

ALVA_SIG_MILA = """\
Mila Jansen
Planner | Alva Charging
T +31 (0)20 820 4411
mila.jansen@alva-charging.nl | www.alva-charging.nl
Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam
"""


@msg
def m025():
    slug = "025-alva-outlook-planner-labels"
    text = """\
Goedemorgen ChargeCars,

De eerste opdracht van het nieuwe jaar:

Opdrachtnummer:        ALVA-0127-003
Naam klant:            Tess Hoogland
Straat en huisnummer:  Duinweg 8
Postcode en woonplaats: 1901 NA Castricum
Telefoonnummer:        06-12 87 43 09
E-mailadres:           tess.hoogland@gmail.com
Producten:             ALVA-PULSAR-11 (1x), ALVA-INST-3F (1x)
Installatiedatum:      26-01-2027
Opmerking:             Graag de laadpaal op de zijgevel bij de oprit.

Fijne dag!

""" + ALVA_SIG_MILA
    html = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Goedemorgen ChargeCars,</p>
<p>De eerste opdracht van het nieuwe jaar:</p>
<table cellpadding="2" cellspacing="0" style="font-size:11pt">
<tr><td>Opdrachtnummer:</td><td>ALVA-0127-003</td></tr>
<tr><td>Naam klant:</td><td>Tess Hoogland</td></tr>
<tr><td>Straat en huisnummer:</td><td>Duinweg 8</td></tr>
<tr><td>Postcode en woonplaats:</td><td>1901 NA Castricum</td></tr>
<tr><td>Telefoonnummer:</td><td>06-12 87 43 09</td></tr>
<tr><td>E-mailadres:</td><td>tess.hoogland@gmail.com</td></tr>
<tr><td>Producten:</td><td>ALVA-PULSAR-11 (1x), ALVA-INST-3F (1x)</td></tr>
<tr><td>Installatiedatum:</td><td>26-01-2027</td></tr>
<tr><td>Opmerking:</td><td>Graag de laadpaal op de zijgevel bij de oprit.</td></tr>
</table>
<p>Fijne dag!</p>
<p>Mila Jansen<br>Planner | Alva Charging<br>T +31 (0)20 820 4411<br>mila.jansen@alva-charging.nl | www.alva-charging.nl<br>Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam</p>
</div></body></html>
"""
    root = multipart("alternative", "_000_DB8PR09MB3961B2A7C4E05F9D8C31DB8PR09MB3961eurp_", [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ])
    headers = [
        ("Return-Path", "<mila.jansen@alva-charging.nl>"),
        received("mail-db8eur05on2044.outbound.protection.outlook.com", "40.107.20.44", "4dQ6pLw2eTn",
                 "Mon, 04 Jan 2027 10:12:38 +0100 (CET)", "alva@orders.chargecars.nl"),
        ("From", addr("Mila Jansen", "mila.jansen@alva-charging.nl")),
        ("To", addr("ChargeCars Orders Alva", "alva@orders.chargecars.nl")),
        ("Subject", "Opdracht ALVA-0127-003 - Hoogland, Castricum"),
        ("Date", "Mon, 4 Jan 2027 09:12:30 +0000"),
        ("Message-ID", "<DB8PR09MB3961B2A7C4E05F9D8C3120A7F1E4B@DB8PR09MB3961.eurprd09.prod.outlook.com>"),
        ("Content-Language", "nl-NL"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    ans = answer("order", "alva", [order(
        "ALVA-0127-003", "Tess Hoogland", "tess.hoogland@gmail.com", "+31612874309",
        "Duinweg", "8", "1901 NA", "Castricum",
        [product("ALVA-PULSAR-11", 1, "Pulsar Plus 11 kW"),
         product("ALVA-INST-3F", 1, "installatie 3-fase")],
        "2027-01-26", "Graag de laadpaal op de zijgevel bij de oprit.")], None,
        "Clean: new Alva planner writing from Outlook (text+HTML table) with long label wordings; quantities "
        "after the SKU '(1x)'; planner's phone/e-mail/address in the signature. Cancelled later by 029.")
    return slug, message(headers, root), ans


@msg
def m026():
    slug = "026-alva-fwd-cable-removed"
    orig = """\
Hoi ChargeCars-team,

Hierbij weer een nieuwe opdracht:

Ordernr: ALVA-0127-011
Klant: Noor Vermeer
Adres: Beukenlaan 45, 3881 EH Putten
Tel: 0341 - 35 22 19
Mail: noor.vermeer@kpnmail.nl
Wat: 1x ALVA-PULSAR-22 (Pulsar Plus 22 kW), 1x ALVA-INST-3F (installatie 3-fase), 1x ALVA-KABEL-10M (kabel 5x6 mm\u00b2, 10 m)
Wanneer: 02-02-2027
Bijz.: Laadpaal aan de achterzijde van de garage.

Groet,

Sophie de Graaf
Planner | Alva Charging
T +31 (0)20 820 4411
s.degraaf@alva-charging.nl | www.alva-charging.nl
Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam
"""
    text = """\
Hoi ChargeCars,

Ik stuur deze door ter correctie van de opdracht die Sophie gisteren stuurde: de kabel van 10 meter (ALVA-KABEL-10M) vervalt. De klant laat eerst de meterkast naar de garage verplaatsen, dan is de standaardkabel lang genoeg.
Wallbox, installatie en datum blijven hetzelfde.

Groet,
Tom

Tom Hendriks
Sales | Alva Charging
M +31 6 4100 2299

---------- Doorgestuurd bericht ---------
Van: Sophie de Graaf <s.degraaf@alva-charging.nl>
Date: wo 13 jan 2027 om 16:02
Subject: Nieuwe opdracht ALVA-0127-011
To: <alva@orders.chargecars.nl>
Cc: Tom Hendriks <tom.hendriks@alva-charging.nl>


""" + orig
    orig_html = "<br>".join(htmlmod.escape(line) for line in orig.rstrip("\n").split("\n"))
    html = ("""\
<div dir="ltr"><div>Hoi ChargeCars,</div><div><br></div><div>Ik stuur deze door ter correctie van de opdracht die Sophie gisteren stuurde: de kabel van 10 meter (ALVA-KABEL-10M) vervalt. De klant laat eerst de meterkast naar de garage verplaatsen, dan is de standaardkabel lang genoeg.</div><div>Wallbox, installatie en datum blijven hetzelfde.</div><div><br></div><div>Groet,</div><div>Tom</div><div><br></div><div>Tom Hendriks<br>Sales | Alva Charging<br>M +31 6 4100 2299</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Doorgestuurd bericht ---------<br>Van: <strong class="gmail_sendername" dir="auto">Sophie de Graaf</strong> <span dir="auto">&lt;<a href="mailto:s.degraaf@alva-charging.nl">s.degraaf@alva-charging.nl</a>&gt;</span><br>Date: wo 13 jan 2027 om 16:02<br>Subject: Nieuwe opdracht ALVA-0127-011<br>To: &lt;<a href="mailto:alva@orders.chargecars.nl">alva@orders.chargecars.nl</a>&gt;<br>Cc: Tom Hendriks &lt;<a href="mailto:tom.hendriks@alva-charging.nl">tom.hendriks@alva-charging.nl</a>&gt;<br></div><br><br><div dir="ltr">"""
            + orig_html + "</div></div></div>\n")
    root = multipart("alternative", "000000000000a1b2c3d4e5f60718", [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ])
    headers = [
        ("Return-Path", "<tom.hendriks@alva-charging.nl>"),
        received("mail-ej1-f41.google.com", "209.85.218.41", "4dR6sFk0nWq", "Thu, 14 Jan 2027 09:30:27 +0100 (CET)",
                 "alva@orders.chargecars.nl"),
        ("From", addr("Tom Hendriks", "tom.hendriks@alva-charging.nl")),
        ("Date", "Thu, 14 Jan 2027 09:30:18 +0100"),
        ("Message-ID", "<CAEw7kV3pR9tXm2Lb5dQz0sYc8nHj4fUa1gTo6iKv3@mail.gmail.com>"),
        ("Subject", "Fwd: Nieuwe opdracht ALVA-0127-011"),
        ("To", "alva@orders.chargecars.nl"),
    ]
    ans = answer("order", "alva", [order(
        "ALVA-0127-011", "Noor Vermeer", "noor.vermeer@kpnmail.nl", "+31341352219",
        "Beukenlaan", "45", "3881 EH", "Putten",
        [product("ALVA-PULSAR-22", 1, "Pulsar Plus 22 kW"),
         product("ALVA-INST-3F", 1, "installatie 3-fase")],
        "2027-02-02", "Laadpaal aan de achterzijde van de garage.")], None,
        "Difficulty: Gmail forward (Dutch UI) of yesterday's order; the newest text removes the ALVA-KABEL-10M line, "
        "so only wallbox and installation remain (products are compared as a multiset). Customer data only in the "
        "quoted part; two Alva signatures with staff phones.")
    return slug, message(headers, root), ans


@msg
def m027():
    slug = "027-alva-thunderbird-latin1-8bit"
    text = """\
Beste collega's van ChargeCars,

Graag de volgende installatie inplannen.

Opdracht:   ALVA-0127-019
Klantnaam:  Mathijs G\u00f6rtz
Adres:      Kloosterstraat 2 B
Postcode:   5911 CJ
Plaats:     Venlo
Telefoon:   06 - 45 12 78 90
E-mail:     m.gortz@upcmail.nl

Materiaal:
  ALVA-PULSAR-11   Pulsar Plus 11 kW    1 stuk
  ALVA-INST-3F     installatie 3-fase   1 stuk

Datum:      24 februari 2027
Opm.:       Klant wil de laadpaal kunnen vergrendelen met een RFID-pas.

Met vriendelijke groet,

Ruud Kampen
Werkvoorbereiding | Alva Charging
T +31 (0)20 820 4411
"""
    root = text_part(text, "plain", "iso-8859-1", "8bit", ct_extra="; format=flowed")
    headers = [
        ("Return-Path", "<r.kampen@alva-charging.nl>"),
        received("mail-wr1-f53.google.com", "209.85.221.53", "4dS5bHv3mKx", "Mon, 25 Jan 2027 15:55:48 +0100 (CET)",
                 "alva@orders.chargecars.nl"),
        ("Message-ID", "<e4c7a1f0-3b92-4d6e-8f15-2a9c0d7b6e43@alva-charging.nl>"),
        ("Date", "Mon, 25 Jan 2027 15:55:41 +0100"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "nl"),
        ("To", "alva@orders.chargecars.nl"),
        ("From", addr("Ruud Kampen", "r.kampen@alva-charging.nl")),
        ("Subject", "Installatie Venlo - ALVA-0127-019"),
    ]
    ans = answer("order", "alva", [order(
        "ALVA-0127-019", "Mathijs G\u00f6rtz", "m.gortz@upcmail.nl", "+31645127890",
        "Kloosterstraat", "2B", "5911 CJ", "Venlo",
        [product("ALVA-PULSAR-11", 1, "Pulsar Plus 11 kW"),
         product("ALVA-INST-3F", 1, "installatie 3-fase")],
        "2027-02-24", "Klant wil de laadpaal kunnen vergrendelen met een RFID-pas.")], None,
        "Clean: Thunderbird plain text, ISO-8859-1 sent as 8bit (no transfer encoding), format=flowed; "
        "'2 B' -> 2B; phone '06 - 45 12 78 90'; products as an aligned list.")
    return slug, message(headers, root), ans


@msg
def m028():
    slug = "028-alva-english-job-sheet"
    text = """\
Hi ChargeCars,

New job for you, details below.

Job:            ALVA-0127-024
Customer name:  Ruben Okonkwo
Street / no.:   Admiraal de Ruijterweg 312-3
Postcode:       1055 MS
City:           Amsterdam
Phone:          +31 20 612 7744
Email:          ruben.okonkwo@outlook.com
Kit:            1 x ALVA-PULSAR-11 (Pulsar Plus 11 kW)
                1 x ALVA-INST-3F (3-phase installation)
Install on:     Thu 11 Feb 2027
Good to know:   The customer works from home on Thursdays.

Cheers,
Hannah

--
Hannah Mitchell
Operations | Alva Charging
M +31 6 1477 3082
hannah.mitchell@alva-charging.nl | www.alva-charging.nl
"""
    html = """\
<div dir="ltr"><div>Hi ChargeCars,</div><div><br></div><div>New job for you, details below.</div><div><br></div><div>Job: ALVA-0127-024<br>Customer name: Ruben Okonkwo<br>Street / no.: Admiraal de Ruijterweg 312-3<br>Postcode: 1055 MS<br>City: Amsterdam<br>Phone: +31 20 612 7744<br>Email: <a href="mailto:ruben.okonkwo@outlook.com">ruben.okonkwo@outlook.com</a><br>Kit: 1 x ALVA-PULSAR-11 (Pulsar Plus 11 kW)<br>1 x ALVA-INST-3F (3-phase installation)<br>Install on: Thu 11 Feb 2027<br>Good to know: The customer works from home on Thursdays.</div><div><br></div><div>Cheers,</div><div>Hannah</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"><div dir="ltr">Hannah Mitchell<br>Operations | Alva Charging<br>M +31 6 1477 3082<br><a href="mailto:hannah.mitchell@alva-charging.nl">hannah.mitchell@alva-charging.nl</a> | <a href="http://www.alva-charging.nl">www.alva-charging.nl</a></div></div></div>
"""
    root = multipart("alternative", "000000000000f0e1d2c3b4a59687", [
        text_part(text, "plain", "utf-8", "base64"),
        text_part(html, "html", "utf-8", "base64"),
    ])
    headers = [
        ("Return-Path", "<hannah.mitchell@alva-charging.nl>"),
        received("mail-ed1-f44.google.com", "209.85.208.44", "4dS8tNc6rQv", "Thu, 28 Jan 2027 11:20:37 +0100 (CET)",
                 "alva@orders.chargecars.nl"),
        ("From", addr("Hannah Mitchell", "hannah.mitchell@alva-charging.nl")),
        ("Date", "Thu, 28 Jan 2027 11:20:29 +0100"),
        ("Message-ID", "<CAGk2pT8wM5rXv1Nb7eQy3sLd0zHc6jUo9fRa4iWt2@mail.gmail.com>"),
        ("Subject", "New job ALVA-0127-024 (Amsterdam West)"),
        ("To", "alva@orders.chargecars.nl"),
    ]
    ans = answer("order", "alva", [order(
        "ALVA-0127-024", "Ruben Okonkwo", "ruben.okonkwo@outlook.com", "+31206127744",
        "Admiraal de Ruijterweg", "312-3", "1055 MS", "Amsterdam",
        [product("ALVA-PULSAR-11", 1, "Pulsar Plus 11 kW"),
         product("ALVA-INST-3F", 1, "3-phase installation")],
        "2027-02-11", "The customer works from home on Thursdays.")], None,
        "Clean: English Gmail job sheet (text+HTML base64); numeric floor addition 312-3; Amsterdam landline; "
        "'Thu 11 Feb 2027'; Kit over two lines; staff mobile in the signature.")
    return slug, message(headers, root), ans


@msg
def m029():
    slug = "029-alva-cancellation-iphone"
    text = """\
Hoi,

ALVA-0127-003 (Hoogland, Castricum) gaat helaas niet door. Klant heeft zich bedacht en regelt de laadpaal toch via haar leasemaatschappij. Willen jullie hem uit de planning halen?

Sorry voor de moeite!
Tom

Verstuurd vanaf mijn iPhone
"""
    root = text_part(text, "plain", "utf-8", "quoted-printable", ct_fold=True)
    headers = [
        ("Return-Path", "<tom.hendriks@alva-charging.nl>"),
        received("mail-pj1-f47.google.com", "209.85.216.47", "4dR5zJq9xMb", "Wed, 13 Jan 2027 19:02:20 +0100 (CET)",
                 "alva@orders.chargecars.nl"),
        ("From", addr("Tom Hendriks", "tom.hendriks@alva-charging.nl")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", "Wed, 13 Jan 2027 19:02:11 +0100"),
        ("Subject", "ALVA-0127-003 gaat niet door"),
        ("Message-Id", "<3D9B61F4-0E2A-4C87-B5D3-9A7E1C4F2B08@alva-charging.nl>"),
        ("To", "alva@orders.chargecars.nl"),
        ("X-Mailer", "iPhone Mail (22C152)"),
    ]
    ans = answer("cancellation", "alva", [], "ALVA-0127-003",
                 "Short iPhone cancellation of order 025 of this batch, worded 'gaat niet door' / 'uit de planning "
                 "halen'; no cancellation keyword.")
    return slug, message(headers, root), ans


@msg
def m030():
    slug = "030-alva-new-planner-announcement"
    text = """\
Hoi allemaal,

Even een praktische mededeling vanuit Alva.

Per 1 maart 2027 ga ik binnen Alva naar Sales; Mila Jansen, die sinds januari met mij meedraait, neemt de planning dan volledig over. Vanaf die datum krijgen jullie nieuwe opdrachten van ons nieuwe systeem, afzender orderflow@alva-charging.nl, in plaats van van ons persoonlijke adressen. Het format blijft hetzelfde (Ordernr / Klant / Adres / Tel / Mail / Wat / Wanneer / Bijz.).

Lopende opdrachten die ik zelf heb doorgestuurd, zoals ALVA-0127-011, blijven tot de oplevering bij mij.

Hartelijk dank voor de fijne samenwerking!

Groet,

Sophie de Graaf
Planner | Alva Charging
T +31 (0)20 820 4411
s.degraaf@alva-charging.nl | www.alva-charging.nl
Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam
"""
    root = text_part(text, "plain", "utf-8", "base64")
    headers = [
        ("Return-Path", "<s.degraaf@alva-charging.nl>"),
        received("mail-ej1-f49.google.com", "209.85.218.49", "4dT0cWm4pRz", "Mon, 01 Feb 2027 09:00:41 +0100 (CET)",
                 "alva@orders.chargecars.nl"),
        ("From", addr("Sophie de Graaf", "s.degraaf@alva-charging.nl")),
        ("Date", "Mon, 1 Feb 2027 09:00:33 +0100"),
        ("Message-ID", "<CAMq5sR1tN8vYw3Kc0eLz6pXb9dGf2jHa7uTo4iQx1@mail.gmail.com>"),
        ("Subject", "Wijziging planner en afzenderadres per 1 maart"),
        ("To", "alva@orders.chargecars.nl"),
        ("Cc", addr("Mila Jansen", "mila.jansen@alva-charging.nl")),
    ]
    ans = answer("other", "alva", [], None,
                 "Process announcement (new planner, new sender address); mentions a running order id and the "
                 "order template's labels, but carries no order and asks nothing about one.")
    return slug, message(headers, root), ans


def build_all():
    out = {}
    for fn in MESSAGES:
        slug, eml, ans = fn()
        out[f"emails/{slug}.eml"] = eml
        out[f"expected/{slug}.json"] = (json.dumps(ans, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return out


def main(argv):
    files = build_all()
    if "--check" in argv:
        bad = 0
        for rel, data in sorted(files.items()):
            path = os.path.join(HERE, rel)
            if not os.path.exists(path):
                print("MISSING", rel)
                bad += 1
            elif open(path, "rb").read() != data:
                print("DIFFERS", rel)
                bad += 1
        on_disk = set()
        for d in ("emails", "expected"):
            if os.path.isdir(os.path.join(HERE, d)):
                on_disk |= {f"{d}/{f}" for f in os.listdir(os.path.join(HERE, d))}
        for extra in sorted(on_disk - set(files)):
            print("EXTRA", extra)
            bad += 1
        print(f"{len(files) - bad}/{len(files)} identical" if not bad else f"{bad} problem(s)")
        return 1 if bad else 0
    for d in ("emails", "expected"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
    for rel, data in sorted(files.items()):
        with open(os.path.join(HERE, rel), "wb") as f:
            f.write(data)
    print(f"wrote {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
