#!/usr/bin/env python3
"""Build the holdout3 batch: 30 partner messages (emails/*.eml) and their answers (expected/*.json).

Standard library only, deterministic: fixed dates, Message-IDs, MIME boundaries, zip
timestamps and PDF ids, so a rebuild is byte-identical.

    python3 tests/extraction/holdout3/make_messages.py          # writes next to this file
    python3 tests/extraction/holdout3/make_messages.py --check  # rebuild in memory, compare

The answers follow /work/shared/corpus/README.md (normal forms: email lower case, phone
E.164, postcode "1234 AB" / Belgian "1000", house number with addition and no spaces,
ISO date or null, SKU as the partner sent it).
"""
from __future__ import annotations

import base64
import datetime as dt
import io
import json
import quopri
import sys
import zipfile
import zlib
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.policy import compat32
from email.utils import formataddr
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

HERE = Path(__file__).resolve().parent
POLICY = compat32.clone(linesep="\r\n")

INTAKE = {
    "groendus": "groendus@orders.chargecars.nl",
    "essent": "essent@orders.chargecars.nl",
    "50five": "50five@orders.chargecars.nl",
    "eneco": "eneco@orders.chargecars.nl",
    "alva": "alva@orders.chargecars.nl",
}

# --------------------------------------------------------------------------- MIME helpers


def addr(name: str, address: str) -> str:
    """Display name + address, RFC 2047-encoded when the name is not ASCII."""
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset="utf-8")


def hdr(text: str, name: str = "Subject") -> str:
    """A header value, RFC 2047-encoded (and folded) when not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8", header_name=name).encode()


def fold(name: str, value: str, limit: int = 78) -> str:
    """Fold a long ASCII header at spaces (RFC 5322 folding white space); values that are
    already folded or have no space to fold at (Message-ID) are left alone."""
    if "\n" in value or len(name) + 2 + len(value) <= limit:
        return value
    lines, cur = [], name + ":"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > limit and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = " " + word
        else:
            cur += " " + word
    lines.append(cur)
    return "\r\n".join(lines)[len(name) + 2:]


def text_part(text: str, subtype: str = "plain", charset: str = "utf-8",
              cte: str = "quoted-printable", extra_ct: str = "") -> Message:
    raw = text.replace("\r\n", "\n").encode(charset)
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra_ct}'
    part["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        raw.decode("ascii")  # must be pure ASCII
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    return part


def binary_part(data: bytes, ctype: str, filename: str, disposition: str = "attachment",
                charset: str | None = None) -> Message:
    part = Message()
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"'
    ct += f'; name="{filename}"'
    part["Content-Type"] = ct
    part["Content-Transfer-Encoding"] = "base64"
    part["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def multipart(subtype: str, boundary: str, parts: list[Message], extra: str = "") -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"{extra}'
    for p in parts:
        m.attach(p)
    return m


def envelope(headers: list[tuple[str, str]], body: Message) -> Message:
    """Top-level message: the given headers in order, then MIME-Version and the body's
    Content-* headers, then the body's payload."""
    m = Message()
    for k, v in headers:
        m[k] = fold(k, v)
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload  # raw (keeps 8bit surrogate-escaped bytes as they are)
    return m


def received(helo: str, ip: str, qid: str, rcpt: str, when: str) -> str:
    return (f"from {helo} ({helo} [{ip}]) by mx1.orders.chargecars.nl (Postfix) with ESMTPS id {qid}"
            f" for <{rcpt}>; {when}")


def to_bytes(m: Message) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=POLICY).flatten(m)
    return buf.getvalue()


def html_escape(s: str) -> str:
    out = (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
           .replace('"', "&quot;"))
    return out

# --------------------------------------------------------------------------- attachments


def make_xlsx(rows: list[list], sheet: str, bold_rows: set[int] = frozenset(),
              date_fmt: str = "dd-mm-yyyy", stamp=(2026, 9, 10, 11, 15, 0),
              col_widths: list[float] | None = None) -> bytes:
    """Minimal SpreadsheetML workbook (inline strings, numbers, real dates).

    Cell values: str -> inline string, int/float -> number, datetime.date -> date serial
    with a date number format. Fixed zip timestamps make the bytes reproducible."""
    def col(i: int) -> str:
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    sheet_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            if v is None or v == "":
                continue
            ref = f"{col(c)}{r}"
            style = ' s="2"' if r in bold_rows else ""
            if isinstance(v, dt.date):
                serial = (v - dt.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"{style}><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"{style}><is><t xml:space="preserve">'
                             f'{xml_escape(str(v))}</t></is></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    cols = ""
    if col_widths:
        cols = "<cols>" + "".join(
            f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
            for i, w in enumerate(col_widths, start=1)) + "</cols>"
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 f'{cols}<sheetData>{"".join(sheet_rows)}</sheetData></worksheet>')
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '</Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>'),
        "docProps/core.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>50five Installations</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%04d-%02d-%02dT%02d:%02d:%02dZ</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%04d-%02d-%02dT%02d:%02d:%02dZ</dcterms:modified>'
            '</cp:coreProperties>') % (stamp + stamp),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{xml_escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>'),
        "xl/styles.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<numFmts count="1"><numFmt numFmtId="164" formatCode="{xml_escape(date_fmt)}"/></numFmts>'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
            '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            '</styleSheet>'),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _pdf_str(s: str) -> bytes:
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(lines: list[tuple[float, float, str, float, str]], title: str, author: str,
             created: str, doc_id: str,
             fields: list[tuple[str, str, float, float, float, float]] = ()) -> bytes:
    """A one-page A4 PDF with Helvetica text (WinAnsiEncoding) and, optionally, filled
    AcroForm text fields (value in /V and drawn in the widget's appearance stream only).

    lines: (x, y, font 'F1' regular / 'F2' bold, size, text)
    fields: (name, value, x, y, width, height)"""
    objs: dict[int, bytes] = {}
    content = io.BytesIO()
    for x, y, font, size, text in lines:
        content.write(b"BT /%s %g Tf %g %g Td " % (font.encode(), size, x, y) + _pdf_str(text) + b" Tj ET\n")
    # field boxes are drawn on the page itself (as printed forms have them)
    for _n, _v, x, y, w, h in fields:
        content.write(b"0.6 G 0.5 w %g %g %g %g re S\n" % (x, y, w, h))
    stream = zlib.compress(content.getvalue(), 9)

    objs[1] = b"<< /Type /Catalog /Pages 2 0 R%s >>"
    objs[2] = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    page_annots = b""
    objs[4] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    objs[5] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[6] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[7] = (b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) + b" /Creator "
               + _pdf_str(author) + b" /Producer (PDF form service 3.1) /CreationDate (D:"
               + created.encode() + b") /ModDate (D:" + created.encode() + b") >>")
    acro = b""
    if fields:
        field_refs = []
        n = 8
        for name, value, x, y, w, h in fields:
            ap = b"/Tx BMC q BT /Helv 10 Tf 0 g 2 %g Td " % ((h - 10) / 2 + 2) + _pdf_str(value) + b" Tj ET Q EMC"
            objs[n + 1] = (b"<< /Type /XObject /Subtype /Form /BBox [0 0 %g %g] /Resources << /Font << /Helv 5 0 R >> >> /Length %d >>\nstream\n"
                           % (w, h, len(ap)) + ap + b"\nendstream")
            objs[n] = (b"<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /T " + _pdf_str(name) + b" /V "
                       + _pdf_str(value) + b" /Rect [%g %g %g %g] /P 3 0 R /DA (/Helv 10 Tf 0 g) /MK << /BC [0.6 0.6 0.6] >> /AP << /N %d 0 R >> >>"
                       % (x, y, x + w, y + h, n + 1))
            field_refs.append(b"%d 0 R" % n)
            n += 2
        page_annots = b" /Annots [" + b" ".join(field_refs) + b"]"
        acro = (b" /AcroForm << /Fields [" + b" ".join(field_refs)
                + b"] /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv 5 0 R >> >> /NeedAppearances false >>")
    objs[1] = objs[1] % acro
    objs[3] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> /ProcSet [/PDF /Text] >>" + page_annots + b" >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for num in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[num])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (size, doc_id.encode(), doc_id.encode(), xref))
    return out.getvalue()


def pdf_layout(blocks: list[tuple[str, float, str]], top: float = 800, left: float = 50,
               lead: float = 1.45, tab: float = 170) -> list[tuple[float, float, str, float, str]]:
    """Turn (font, size, text) lines into positioned lines; text '' is a blank line.
    A tab splits a line into a label column and a value column."""
    out = []
    y = top
    for font, size, text in blocks:
        if text:
            if "\t" in text:
                label, value = text.split("\t", 1)
                out.append((left, y, font, size, label))
                out.append((left + tab, y, "F1", size, value))
            else:
                out.append((left, y, font, size, text))
        y -= size * lead
    return out

# --------------------------------------------------------------------------- answers


def order(oid, name, email, phone, street, hn, pc, city, products, date=None, notes=None,
          dealer=None, po=None, account=None) -> dict:
    return {
        "partner_order_id": oid,
        "customer": {
            "name": name,
            "email": email,
            "phone": phone,
            "address": {"street": street, "house_number": hn, "postal_code": pc, "city": city},
        },
        "products": [{"partner_sku": s, "quantity": q, "description": d} for s, q, d in products],
        "installation_preferences": {"preferred_date": date, "notes": notes},
        "partner_references": {"dealer_group_id": dealer, "purchase_order": po,
                               "customer_account": account},
    }


def answer(kind: str, partner: str, orders: list[dict], refers_to, notes: str) -> dict:
    return {"kind": kind, "partner": partner, "orders": orders, "refers_to": refers_to,
            "notes": notes}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn

# =========================================================================== GROENDUS


@case
def c001():
    name = "001-groendus-fw-dealer-signature"
    text = """\
Hoi allemaal,

Onderstaande aanvraag kwam gisteren binnen via Autobedrijf Van Wijk in Wageningen, een van onze dealers (dealer-ID GRD-DLR-407).
Ik heb er in ons systeem order GRD-2026-08112 van gemaakt, klantnummer 7700231874.

Graag inplannen: 1x GRO-ALFEN-11 (Alfen Eve Single S-line 11 kW) en 1x GRO-INSTALL-3 (installatie 3-fase).
De klantgegevens staan in de mail van Dennis hieronder.

Groetjes,
Marieke

Marieke Jansen
Partnerdesk Groendus | dealerkanaal
T 088 - 765 43 21
marieke.jansen@groendus.nl

________________________________
Van: Dennis van Wijk <dennis@autobedrijfvanwijk.nl>
Verzonden: maandag 13 april 2026 16:52
Aan: Dealers Groendus <dealers@groendus.nl>
Onderwerp: laadpaal voor klant

Goedemiddag,

Klant van ons heeft een Skoda Elroq gekocht en wil er via jullie een laadpaal bij. Hij heeft 3-fase in de meterkast.

naam: Gert-Jan Hoekman
adres: Stationsstraat 12-A, 6701am Wageningen
tel: 06 - 41 52 63 74
mail: GJ.Hoekman@live.nl

De auto wordt 24 april afgeleverd, installatie graag op dinsdag 28 april 2026. Meterkast zit in de kelder, trapkast naast de voordeur.

Mvg,

Dennis van Wijk
Verkoop nieuw
Autobedrijf Van Wijk B.V. | Nudepark 40 | 6702 DZ Wageningen
T 0317 - 42 18 90 | M 06 - 22 33 81 90
dennis@autobedrijfvanwijk.nl | www.autobedrijfvanwijk.nl
"""
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" + \
        "".join(f"<p style=\"margin:0\">{html_escape(l) or '&nbsp;'}</p>" for l in text.split("\n")) + "</div></body></html>"
    body = multipart("alternative", "_000_AM9PR02MB7714C3D1E0A2F4B6_", [
        text_part(text, cte="quoted-printable"),
        text_part(html, "html", cte="quoted-printable"),
    ])
    msg = envelope([
        ("Return-Path", "<marieke.jansen@groendus.nl>"),
        ("Received", received("mail-am0eur02on2071.outbound.protection.outlook.com", "40.107.247.71",
                              "4Xk2L9pQmR3", INTAKE["groendus"], "Tue, 14 Apr 2026 09:41:18 +0200 (CEST)")),
        ("From", "Marieke Jansen <marieke.jansen@groendus.nl>"),
        ("To", '"groendus@orders.chargecars.nl" <groendus@orders.chargecars.nl>'),
        ("Subject", "FW: laadpaal voor klant"),
        ("Thread-Topic", "laadpaal voor klant"),
        ("Thread-Index", "AQHczE3Jb2lXrT9m0uC8WqTjx7e1Aw=="),
        ("Date", "Tue, 14 Apr 2026 07:41:02 +0000"),
        ("Message-ID", "<AM9PR02MB7714C3D1E0A2F4B6A9D2E1C84B22A@AM9PR02MB7714.eurprd02.prod.outlook.com>"),
        ("Accept-Language", "nl-NL, en-US"),
        ("Content-Language", "nl-NL"),
        ("X-MS-Has-Attach", ""),
    ], body)
    exp = answer("order", "groendus", [order(
        "GRD-2026-08112", "Gert-Jan Hoekman", "gj.hoekman@live.nl", "+31641526374",
        "Stationsstraat", "12A", "6701 AM", "Wageningen",
        [("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"), ("GRO-INSTALL-3", 1, "installatie 3-fase")],
        "2026-04-28", "Meterkast zit in de kelder, trapkast naast de voordeur.",
        dealer="GRD-DLR-407", account="7700231874")], None,
        "Outlook FW: Groendus top text gives order id, account, dealer id and SKUs; customer data only in the "
        "dealer's quoted mail. Dealer signature (0317/06 numbers, dealer e-mail, Nudepark address) is not the "
        "customer. '12-A' is house number 12 with letter A -> 12A; postcode '6701am' -> 6701 AM; 24 april is car "
        "delivery, install date is 28 april 2026.")
    return name, msg, exp


@case
def c002():
    name = "002-groendus-pdf-acroform-octet-stream"
    text = """\
Beste ChargeCars-planning,

Bijgaand het ingevulde aanvraagformulier voor een laadoplossing. De klant heeft het formulier zelf digitaal ingevuld; wij hebben het gecontroleerd en er een order van gemaakt.

Met vriendelijke groet,

Binnendienst Groendus Zakelijk
T 088 - 765 43 00 | binnendienst@groendus.nl
"""
    lines = pdf_layout([
        ("F2", 15, "Groendus  -  Aanvraagformulier laadoplossing"),
        ("F1", 9, "Invulbaar formulier, versie 2026.2. Vul alle velden in en stuur het formulier terug naar uw contactpersoon."),
        ("F1", 9, ""),
        ("F2", 11, "1. Order"),
        ("F1", 10, "Ordernummer Groendus"),
        ("F1", 10, "Klantnummer"),
        ("F1", 10, ""),
        ("F2", 11, "2. Uw gegevens"),
        ("F1", 10, "Naam"),
        ("F1", 10, "E-mailadres"),
        ("F1", 10, "Telefoonnummer"),
        ("F1", 10, "Straat"),
        ("F1", 10, "Huisnummer"),
        ("F1", 10, "Toevoeging"),
        ("F1", 10, "Postcode"),
        ("F1", 10, "Woonplaats"),
        ("F1", 10, ""),
        ("F2", 11, "3. Producten"),
        ("F1", 10, "Artikel 1 (code / omschrijving / aantal)"),
        ("F1", 10, "Artikel 2 (code / omschrijving / aantal)"),
        ("F1", 10, ""),
        ("F2", 11, "4. Installatie"),
        ("F1", 10, "Gewenste installatiedatum (dd-mm-jjjj)"),
        ("F1", 10, "Opmerkingen"),
        ("F1", 10, ""),
        ("F1", 8, "Groendus verwerkt uw gegevens volgens de privacyverklaring op groendus.nl. Vragen? Bel 088 - 765 43 00."),
    ], top=800, left=50, lead=1.9)
    # field positions: next to the label lines above (y of each label line)
    ys = {t: y for (x, y, f, s, t) in lines}
    def f(label, fname, value, x=260, w=285):
        return (fname, value, x, ys[label] - 4, w, 16)
    fields = [
        f("Ordernummer Groendus", "ordernummer", "GRD-2026-08260"),
        f("Klantnummer", "klantnummer", "7700233019"),
        f("Naam", "naam", "Hendrikje Wolters-ter Haar"),
        f("E-mailadres", "email", "HWolters@kpnmail.nl"),
        f("Telefoonnummer", "telefoon", "+31 (0)6-28 91 04 57"),
        f("Straat", "straat", "Veldweg"),
        f("Huisnummer", "huisnummer", "3"),
        f("Toevoeging", "toevoeging", "bis"),
        f("Postcode", "postcode", "7261bd"),
        f("Woonplaats", "woonplaats", "Ruurlo"),
        ("artikel1_code", "GRO-ALFEN-11", 260, ys["Artikel 1 (code / omschrijving / aantal)"] - 4, 80, 16),
        ("artikel1_omschrijving", "Alfen Eve Single S-line 11 kW", 345, ys["Artikel 1 (code / omschrijving / aantal)"] - 4, 165, 16),
        ("artikel1_aantal", "1", 515, ys["Artikel 1 (code / omschrijving / aantal)"] - 4, 30, 16),
        ("artikel2_code", "GRO-INSTALL-1", 260, ys["Artikel 2 (code / omschrijving / aantal)"] - 4, 80, 16),
        ("artikel2_omschrijving", "Installatie standaard 1-fase", 345, ys["Artikel 2 (code / omschrijving / aantal)"] - 4, 165, 16),
        ("artikel2_aantal", "1", 515, ys["Artikel 2 (code / omschrijving / aantal)"] - 4, 30, 16),
        f("Gewenste installatiedatum (dd-mm-jjjj)", "installatiedatum", "09-06-2026"),
        f("Opmerkingen", "opmerkingen", "Laadpaal aan de schuurwand, graafwerk door klant zelf."),
    ]
    pdf = make_pdf(lines, "Aanvraagformulier laadoplossing", "Groendus", "20260518135812+02'00'",
                   "6F1A0C2D9B3E4F5061728394A5B6C7D8", fields)
    body = multipart("mixed", "----=_NextPart_000_0017_01DCE6B2.4A1C3F90", [
        text_part(text, cte="quoted-printable"),
        binary_part(pdf, "application/octet-stream", "Aanvraagformulier_laadoplossing_GRD-2026-08260.pdf"),
    ])
    msg = envelope([
        ("Return-Path", "<binnendienst@groendus.nl>"),
        ("Received", received("mail-db5eur03on2101.outbound.protection.outlook.com", "40.107.199.101",
                              "4Rj7Hc2mWq8", INTAKE["groendus"], "Mon, 18 May 2026 14:06:41 +0200 (CEST)")),
        ("From", "Binnendienst Groendus Zakelijk <binnendienst@groendus.nl>"),
        ("To", INTAKE["groendus"]),
        ("Subject", "Aanvraagformulier laadoplossing - GRD-2026-08260"),
        ("Date", "Mon, 18 May 2026 14:06:37 +0200"),
        ("Message-ID", "<DB5PR03MB9921F04A7C1E2B3D8E6F@DB5PR03MB9921.eurprd03.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], body)
    exp = answer("order", "groendus", [order(
        "GRD-2026-08260", "Hendrikje Wolters-ter Haar", "hwolters@kpnmail.nl", "+31628910457",
        "Veldweg", "3bis", "7261 BD", "Ruurlo",
        [("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"), ("GRO-INSTALL-1", 1, "Installatie standaard 1-fase")],
        "2026-06-09", "Laadpaal aan de schuurwand, graafwerk door klant zelf.", account="7700233019")], None,
        "All order data is in filled AcroForm fields of the PDF (field values + widget appearance streams); the page "
        "text layer has only the labels. Attachment declared application/octet-stream. Huisnummer 3 + Toevoeging "
        "bis -> 3bis; phone '+31 (0)6-28 91 04 57'; postcode '7261bd'.")
    return name, msg, exp


@case
def c003():
    name = "003-groendus-zakelijk-company-customer"
    text = """\
GROENDUS ZAKELIJK - NIEUWE LAADOPDRACHT
----------------------------------------

Order:                 GRD-2026-08377
Aangemaakt op:         02-06-2026 17:31
Klantnummer:           7700240551
Inkoopordernr. klant:  KPS-PO-2026-044

KLANT (ZAKELIJK)
Bedrijfsnaam:          Transportbedrijf Kuipers & Zn. B.V.
KvK:                   09123456
Contactpersoon:        Ilona Kuipers
E-mail:                I.Kuipers@Kuipers-Transport.NL
Telefoon:              0544 - 37 12 00

LOCATIE
Adres:                 Industrieweg 14
Postcode / plaats:     7141DE  Groenlo

BESTELLING
3 x GRO-ALFEN-11     Alfen Eve Single S-line 11 kW
3 x GRO-INSTALL-3    Installatie standaard 3-fase

PLANNING
Voorkeursdatum:        07-07-2026
Toelichting:           Drie laadpunten aan de gevel van de loods, graafwerk (20 m) door klant. Melden bij de receptie.

--
Groendus partnerportaal (module Zakelijk) - automatisch bericht, niet beantwoorden.
Groendus | Partnerdesk 088 - 765 43 21 | partnerdesk@groendus.nl
"""
    body = text_part(text, cte="quoted-printable")
    msg = envelope([
        ("Return-Path", "<orderdesk@groendus.nl>"),
        ("Received", received("portal.groendus.nl", "185.102.4.17", "4Lw9Zq1TnB5", INTAKE["groendus"],
                              "Wed, 03 Jun 2026 07:55:14 +0200 (CEST)")),
        ("From", "Groendus Orderdesk <orderdesk@groendus.nl>"),
        ("To", INTAKE["groendus"]),
        ("Subject", "Zakelijke order GRD-2026-08377 - Transportbedrijf Kuipers & Zn. B.V."),
        ("Date", "Wed, 03 Jun 2026 07:55:12 +0200"),
        ("Message-ID", "<5d0c77e1a93f.0b2e4c81@portal.groendus.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Groendus Partnerportaal 5.2 (Zakelijk)"),
    ], body)
    exp = answer("order", "groendus", [order(
        "GRD-2026-08377", "Transportbedrijf Kuipers & Zn. B.V.", "i.kuipers@kuipers-transport.nl", "+31544371200",
        "Industrieweg", "14", "7141 DE", "Groenlo",
        [("GRO-ALFEN-11", 3, "Alfen Eve Single S-line 11 kW"), ("GRO-INSTALL-3", 3, "Installatie standaard 3-fase")],
        "2026-07-07", "Drie laadpunten aan de gevel van de loods, graafwerk (20 m) door klant. Melden bij de receptie.",
        po="KPS-PO-2026-044", account="7700240551")], None,
        "Organisation end customer: name is the company (Bedrijfsnaam); contact person Ilona Kuipers and KvK are "
        "not the name. Contact e-mail is mixed case; '7141DE  Groenlo' combined; quantities 3; Inkoopordernr. klant "
        "is the purchase order.")
    return name, msg, exp


@case
def c004():
    name = "004-groendus-regio-noord-typos-slash-date"
    text = """\
Hallo ChargeCars,

Nieuwe opdracht uit regio Noord, aangeleverd door onze regiopartner Installatietechniek Noord (dealer-ID GRD-REG-N03).

Order-nr:     GRD-2026-08301
Klantnr:      7700238412
Klantnaam:    Sjoerd Dijkstra
Adres:        Hoofdweg 88 B
Postocde:     9617 ab
Woonplaats:   Harkstede
Tel:          050 - 577 12 34
Emial:        sjoerd.dijkstra@hotmail.nl
Producten:    1 x GRO-ALFEN-11 / 1 x GRO-INSTALL-1
Datum:        3/6/2026 (klant is die dag de hele dag thuis)
Opm.:         Oude woonboerderij, meterkast in de bijkeuken.

Groet,
Sietske Bosma
Regiocoördinator Noord | Groendus
06 - 51 72 93 04
"""
    body = text_part(text, cte="8bit", extra_ct="; format=flowed")
    msg = envelope([
        ("Return-Path", "<sietske.bosma@groendus.nl>"),
        ("Received", received("smtp-out3.groendus.nl", "185.102.4.23", "4Ng5Vb8KpX2", INTAKE["groendus"],
                              "Thu, 21 May 2026 16:20:49 +0200 (CEST)")),
        ("Message-ID", "<3b7e9f20-5c1d-4a8e-9f02-7d61c4e8a1b3@groendus.nl>"),
        ("Date", "Thu, 21 May 2026 16:20:44 +0200"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "nl"),
        ("To", INTAKE["groendus"]),
        ("From", "Sietske Bosma <sietske.bosma@groendus.nl>"),
        ("Subject", "order regio noord - Dijkstra, Harkstede"),
    ], body)
    exp = answer("order", "groendus", [order(
        "GRD-2026-08301", "Sjoerd Dijkstra", "sjoerd.dijkstra@hotmail.nl", "+31505771234",
        "Hoofdweg", "88B", "9617 AB", "Harkstede",
        [("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"), ("GRO-INSTALL-1", 1, "Installatie 1-fase")],
        "2026-06-03", "Oude woonboerderij, meterkast in de bijkeuken.", dealer="GRD-REG-N03", account="7700238412")], None,
        "Regional partner order via a Groendus staff mail (Thunderbird, 8bit UTF-8). Misspelt labels 'Postocde', "
        "'Emial'; date '3/6/2026' is Dutch day-first -> 2026-06-03; '88 B' -> 88B; signature mobile is the staff "
        "member's. Products listed by SKU only (descriptions free text).")
    return name, msg, exp


@case
def c005():
    name = "005-groendus-remittance-advice"
    rows = [
        ("CC-F-26-0871", "GRD-2026-07730", "1.789,00"),
        ("CC-F-26-0904", "GRD-2026-08112", "2.113,50"),
        ("CC-F-26-0912", "GRD-2026-08260", "1.665,00"),
        ("CC-F-26-0930", "GRD-2026-08301", "2.167,00"),
    ]
    table = "\n".join(f"{a:<15}{b:<18}€ {c:>8}" for a, b, c in rows)
    text = f"""\
Geachte relatie,

Wij hebben vandaag onderstaande facturen aan u overgemaakt. De specificatie vindt u ook in de bijlage (CSV).

Betaaldatum:       12-06-2026
Crediteurnummer:   40118
Totaalbedrag:      € 7.734,50
IBAN begunstigde:  NL12 RABO 0123 4567 89

Factuur        Ordernummer       Bedrag
{table}

Vragen over deze betaling? Mail crediteuren@groendus.nl onder vermelding van het crediteurnummer.

Met vriendelijke groet,

Crediteurenadministratie Groendus
Dit is een automatisch gegenereerd betaaladvies.
"""
    csv = "betaaldatum;crediteur;factuurnummer;ordernummer;bedrag\r\n" + "".join(
        f"12-06-2026;40118;{a};{b};{c}\r\n" for a, b, c in rows)
    body = multipart("mixed", "=_b4f2a9c1e07d3a58_=", [
        text_part(text, cte="quoted-printable"),
        binary_part(csv.encode("utf-8"), "text/csv", "betaaladvies_20260612_40118.csv", charset="utf-8"),
    ])
    msg = envelope([
        ("Return-Path", "<crediteuren@groendus.nl>"),
        ("Received", received("erp-mail.groendus.nl", "185.102.4.40", "4Ts3Kd6WmY1", INTAKE["groendus"],
                              "Fri, 12 Jun 2026 06:30:05 +0200 (CEST)")),
        ("From", "Groendus Crediteurenadministratie <crediteuren@groendus.nl>"),
        ("To", INTAKE["groendus"]),
        ("Subject", "Betaaladvies 12-06-2026 / ChargeCars B.V. (crediteur 40118)"),
        ("Date", "Fri, 12 Jun 2026 06:30:01 +0200"),
        ("Message-ID", "<betaaladvies.40118.20260612063001@erp-mail.groendus.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "SAP Business One Mailer"),
    ], body)
    exp = answer("other", "groendus", [], None,
                 "Remittance advice (betaaladvies) listing paid invoices against four Groendus order numbers, with a "
                 "CSV specification: money, not an order, cancellation or status question.")
    return name, msg, exp


@case
def c006():
    name = "006-groendus-thanks-received"
    text = """\
Top, dank je wel! Ontvangen en doorgezet naar de klant.

Groet,
Youssef

Youssef Amrani
Partnerdesk Groendus Zakelijk
088 - 765 43 00

-----Original Message-----
From: ChargeCars Orderintake <noreply@orders.chargecars.nl>
Sent: woensdag 3 juni 2026 08:02
To: Partnerdesk Groendus <partnerdesk@groendus.nl>
Subject: Orderbevestiging ChargeCars CC-2026-01842 (uw ref. GRD-2026-08377)

Beste partner,

Wij hebben uw order goed ontvangen en verwerkt.

ChargeCars ordernummer: CC-2026-01842
Uw referentie:          GRD-2026-08377
Eindklant:              Transportbedrijf Kuipers & Zn. B.V., Industrieweg 14, 7141 DE Groenlo
Producten:              3x ALF-EVE-S-11KW, 3x INST-BASIC-3P
Gewenste datum:         07-07-2026
Status:                 received

Onze planning neemt binnen twee werkdagen contact op met de eindklant.

Met vriendelijke groet,
ChargeCars Orderintake
"""
    body = text_part(text, charset="iso-8859-1", cte="quoted-printable")
    msg = envelope([
        ("Return-Path", "<youssef.amrani@groendus.nl>"),
        ("Received", received("mail-vi1eur04on2118.outbound.protection.outlook.com", "40.107.8.118",
                              "4Pd2Qw7RzC9", INTAKE["groendus"], "Wed, 03 Jun 2026 09:17:26 +0200 (CEST)")),
        ("From", "Youssef Amrani <youssef.amrani@groendus.nl>"),
        ("To", "ChargeCars Orderintake <groendus@orders.chargecars.nl>"),
        ("Subject", "RE: Orderbevestiging ChargeCars CC-2026-01842 (uw ref. GRD-2026-08377)"),
        ("Date", "Wed, 03 Jun 2026 07:17:20 +0000"),
        ("Message-ID", "<VI1PR04MB5118A0E3C9D74B2F1A66@VI1PR04MB5118.eurprd04.prod.outlook.com>"),
        ("In-Reply-To", "<cc-2026-01842.confirm.1@orders.chargecars.nl>"),
        ("References", "<cc-2026-01842.confirm.1@orders.chargecars.nl>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], body)
    exp = answer("other", "groendus", [], None,
                 "'Thanks, received' reply to our own order confirmation; the quoted confirmation repeats order id, "
                 "customer and products but this is no new order, no cancellation, no status question.")
    return name, msg, exp

# =========================================================================== ESSENT

ESSENT_FOOTER_HTML = ("<p style=\"font-size:10px;color:#888\">Essent Retail Energie B.V. &middot; Willemsplein 4 "
                      "&middot; 5211 AK &#39;s-Hertogenbosch &middot; KvK 17122214</p>")


@case
def c007():
    name = "007-essent-werkorder-dotted-labels"
    rows = [
        ("Werkordernummer", "ESS-59104477"),
        ("Relatienummer Essent", "2005218830"),
        ("Aangemaakt", "21-09-2026"),
        None, "Klant",
        ("Aanhef / naam", "De heer Koen van Aalst"),
        ("Mobiel", "+31 6 3141 5927"),
        ("E-mailadres", "koen.vanaalst@gmail.com"),
        None, "Installatieadres",
        ("Straat", "Beukenlaan"),
        ("Huisnummer + toevoeging", "7 c"),
        ("Postcode", "5616VD"),
        ("Plaats", "Eindhoven"),
        None, "Artikelen",
        ("ESS-WALLBOX-22", "1 st.  Alfen Eve Double Pro-line 22 kW"),
        ("ESS-INSTALL-STD", "1 st.  Standaard installatie 3-fase"),
        None, "Planning",
        ("Voorkeursdatum", "woensdag 14 oktober 2026"),
        ("Dagdeel", "ochtend"),
        ("Toelichting klant", "Laadpaal op de oprit, links naast de garage. Graag vooraf bellen."),
    ]
    tl = ["Essent Laadoplossingen - Werkorder", ""]
    hl = []
    for r in rows:
        if r is None:
            tl.append("")
        elif isinstance(r, str):
            tl.append(f"== {r} ==")
            hl.append(f"<tr><td colspan=\"2\" style=\"background:#e4003a;color:#fff;font-weight:bold;padding:4px 8px\">{r}</td></tr>")
        else:
            k, v = r
            tl.append(f"{k} {'.' * max(3, 26 - len(k))} {v}")
            hl.append(f"<tr><td style=\"color:#555;padding:3px 8px;width:200px\">{html_escape(k)}</td>"
                      f"<td style=\"padding:3px 8px\">{html_escape(v)}</td></tr>")
    tl += ["", "Neem binnen 2 werkdagen contact op met de klant. Bevestig de afspraak via het partnerplatform.", "",
           "Essent Laadoplossingen", "Essent Retail Energie B.V. - Willemsplein 4 - 5211 AK 's-Hertogenbosch"]
    text = "\n".join(tl) + "\n"
    html = ("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Werkorder ESS-59104477</title></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:13px\"><h2 style=\"color:#e4003a\">Werkorder laadpaal</h2>"
            "<table cellspacing=\"0\" style=\"border:1px solid #ddd;width:620px\">" + "\n".join(hl) + "</table>"
            "<p>Neem binnen 2 werkdagen contact op met de klant. Bevestig de afspraak via het partnerplatform.</p>"
            + ESSENT_FOOTER_HTML + "</body></html>")
    body = multipart("alternative", "----=_Part_88213_1904471.1790410360000", [
        text_part(text, cte="quoted-printable"),
        text_part(html, "html", cte="quoted-printable"),
    ])
    msg = envelope([
        ("Return-Path", "<laadoplossingen@essent.nl>"),
        ("Received", received("mailer02.essent.nl", "193.172.81.45", "4Vb6Xn2PcJ4", INTAKE["essent"],
                              "Mon, 21 Sep 2026 10:12:44 +0200 (CEST)")),
        ("From", "Essent Laadoplossingen <laadoplossingen@essent.nl>"),
        ("To", "ChargeCars Orders <essent@orders.chargecars.nl>"),
        ("Subject", "Werkorder laadpaal ESS-59104477 | Koen van Aalst | Eindhoven"),
        ("Date", "Mon, 21 Sep 2026 10:12:40 +0200"),
        ("Message-ID", "<wo.ESS-59104477.1790410360@mailer02.essent.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ], body)
    exp = answer("order", "essent", [order(
        "ESS-59104477", "Koen van Aalst", "koen.vanaalst@gmail.com", "+31631415927",
        "Beukenlaan", "7C", "5616 VD", "Eindhoven",
        [("ESS-WALLBOX-22", 1, "Alfen Eve Double Pro-line 22 kW"), ("ESS-INSTALL-STD", 1, "Standaard installatie 3-fase")],
        "2026-10-14", "Dagdeel: ochtend. Laadpaal op de oprit, links naast de garage. Graag vooraf bellen.",
        account="2005218830")], None,
        "New Essent 'werkorder' layout with dotted leaders and SKU as label; salutation 'De heer' is not part of the "
        "name; '7 c' -> 7C; written Dutch date with weekday; Aangemaakt date is not the install date.")
    return name, msg, exp


@case
def c008():
    name = "008-essent-html-two-orders-employer"
    def block(n, oid, rows, products):
        trs = "".join(f"<tr><th align=\"left\" style=\"background:#f4f4f4;padding:4px 10px;width:190px\">{k}</th>"
                      f"<td style=\"padding:4px 10px\">{v}</td></tr>" for k, v in rows)
        prs = "".join(f"<tr><td style=\"padding:3px 8px\">{s}</td><td style=\"padding:3px 8px\">{d}</td>"
                      f"<td align=\"center\">{q}</td></tr>" for s, d, q in products)
        return (f"<h3 style=\"font-size:15px;color:#e4003a;margin:22px 0 6px\">Opdracht {n} van 2 &ndash; {oid}</h3>"
                f"<table border=\"1\" cellspacing=\"0\" style=\"border-collapse:collapse;border-color:#ddd;width:640px\">{trs}</table>"
                f"<table border=\"1\" cellspacing=\"0\" style=\"border-collapse:collapse;border-color:#ddd;width:640px;margin-top:6px\">"
                f"<tr style=\"background:#f4f4f4\"><th align=\"left\">Artikel</th><th align=\"left\">Omschrijving</th><th>Aantal</th></tr>{prs}</table>")
    prods = [("ESS-WALLBOX-22", "Alfen Eve Double Pro-line 22 kW", 1), ("ESS-INSTALL-STD", "Standaard installatie 3-fase", 1)]
    html = ("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Thuislaadopdrachten</title></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222\">\n"
            "<p>Beste installatiepartner,</p>\n"
            "<p>Namens onze zakelijke klant <b>Van Rooij Installatietechniek B.V.</b> (werkgever) ontvangt u hieronder twee "
            "opdrachten voor thuislaadpunten van medewerkers. Het inkoopordernummer van de werkgever is <b>4500771203</b> "
            "en geldt voor beide opdrachten; de factuur gaat naar de werkgever, niet naar de medewerker.</p>\n"
            + block(1, "ESS-59120031", [
                ("Opdrachtnummer", "ESS-59120031"), ("Klantnummer Essent", "2005230417"),
                ("Medewerker", "Linda Hoogendoorn"), ("Adres", "Graaf Florislaan 19a"),
                ("Postcode", "2101 ER"), ("Woonplaats", "Heemstede"), ("Telefoon", "+31 6 1357 9246"),
                ("E-mail", "l.hoogendoorn@ziggo.nl"), ("Voorkeursdatum", "ma 26 okt 2026"),
                ("Opmerking", "Parkeerplaats op eigen terrein aan de achterkant van de woning.")], prods) + "\n"
            + block(2, "ESS-59120032", [
                ("Opdrachtnummer", "ESS-59120032"), ("Klantnummer Essent", "2005230418"),
                ("Medewerker", "Rachid Bouzid"), ("Adres", "Kleverparkweg 33"),
                ("Postcode", "2023 CD"), ("Woonplaats", "Haarlem"), ("Telefoon", "023 - 531 44 09"),
                ("E-mail", "R.Bouzid@outlook.com"), ("Voorkeursdatum", "di 27 okt 2026"),
                ("Opmerking", "&ndash;")], prods) + "\n"
            "<p>Vragen? Bel Essent Zakelijk Laden op 088 - 851 12 00.</p>\n"
            "<p>Met vriendelijke groet,<br>Team Zakelijk Laden<br>Essent</p>\n" + ESSENT_FOOTER_HTML + "\n</body></html>\n")
    body = text_part(html, "html", cte="quoted-printable")
    msg = envelope([
        ("Return-Path", "<zakelijk.laden@essent.nl>"),
        ("Received", received("mailer01.essent.nl", "193.172.81.44", "4Hc8Mz3QsF6", INTAKE["essent"],
                              "Tue, 06 Oct 2026 15:30:13 +0200 (CEST)")),
        ("From", "Essent Zakelijk Laden <zakelijk.laden@essent.nl>"),
        ("To", "ChargeCars Orders <essent@orders.chargecars.nl>"),
        ("Subject", "2 nieuwe thuislaadopdrachten - werkgever Van Rooij Installatietechniek (PO 4500771203)"),
        ("Date", "Tue, 06 Oct 2026 15:30:09 +0200"),
        ("Message-ID", "<batch.20261006153009.2@mailer01.essent.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ], body)
    exp = answer("order", "essent", [
        order("ESS-59120031", "Linda Hoogendoorn", "l.hoogendoorn@ziggo.nl", "+31613579246",
              "Graaf Florislaan", "19A", "2101 ER", "Heemstede",
              [("ESS-WALLBOX-22", 1, "Alfen Eve Double Pro-line 22 kW"), ("ESS-INSTALL-STD", 1, "Standaard installatie 3-fase")],
              "2026-10-26", "Parkeerplaats op eigen terrein aan de achterkant van de woning.",
              po="4500771203", account="2005230417"),
        order("ESS-59120032", "Rachid Bouzid", "r.bouzid@outlook.com", "+31235314409",
              "Kleverparkweg", "33", "2023 CD", "Haarlem",
              [("ESS-WALLBOX-22", 1, "Alfen Eve Double Pro-line 22 kW"), ("ESS-INSTALL-STD", 1, "Standaard installatie 3-fase")],
              "2026-10-27", None, po="4500771203", account="2005230418"),
    ], None,
        "HTML-only, two orders in one mail, one table block each; the employer's PO 4500771203 stated once in the "
        "intro applies to both; employer company is not the end customer (the employees are). Abbreviated Dutch "
        "dates 'ma 26 okt 2026'; Opmerking '&ndash;' -> null; '19a' -> 19A.")
    return name, msg, exp


@case
def c009():
    name = "009-essent-fw-quantity-correction"
    text = """\
Goedemorgen,

Correctie op onderstaande opdracht: de klant heeft gisteren gebeld en wil toch twee laadpalen (er komt een tweede elektrische auto). Graag dus 2x ESS-WALLBOX-22 in plaats van 1x.
De installatie blijft 1x ESS-INSTALL-STD: beide palen komen naast elkaar op dezelfde nieuwe groep.
Verder is alles ongewijzigd.

Met vriendelijke groet,

Bram Schouten
Backoffice Laadoplossingen | Essent
M 06 - 83 27 11 45

________________________________
Van: Essent Laadoplossingen <laadoplossingen@essent.nl>
Verzonden: dinsdag 6 oktober 2026 09:02
Aan: Backoffice Laadoplossingen <backoffice.laden@essent.nl>
Onderwerp: Essent installatieopdracht ESS-59133870

Opdracht ESS-59133870 is aangemaakt en klaar voor verzending naar de installatiepartner.

Opdrachtnummer:        ESS-59133870
Klantnummer:           2005241196
Naam klant:            Femke Lammers
Adres:                 Ambachtsstraat 4
Postcode en plaats:    3861 CM Nijkerk
Telefoon:              033 245 67 89
E-mail:                femke.lammers@gmail.com
Gewenste datum:        16-11-2026
Opmerking:             Garage met elektrische deur, laadpaal binnen aan de achterwand.

Producten:
  ESS-WALLBOX-22     Alfen Eve Double Pro-line 22 kW    1
  ESS-INSTALL-STD    Standaard installatie 3-fase       1
"""
    body = text_part(text, cte="quoted-printable")
    msg = envelope([
        ("Return-Path", "<bram.schouten@essent.nl>"),
        ("Received", received("mail-am7eur03on2093.outbound.protection.outlook.com", "40.107.105.93",
                              "4Qf1Wy5LdN7", INTAKE["essent"], "Thu, 08 Oct 2026 11:47:26 +0200 (CEST)")),
        ("From", "Bram Schouten <bram.schouten@essent.nl>"),
        ("To", INTAKE["essent"]),
        ("Subject", "FW: Essent installatieopdracht ESS-59133870"),
        ("Thread-Topic", "Essent installatieopdracht ESS-59133870"),
        ("Date", "Thu, 08 Oct 2026 09:47:21 +0000"),
        ("Message-ID", "<AM7PR03MB6593E2C8B1F04D7A9C35@AM7PR03MB6593.eurprd03.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], body)
    exp = answer("order", "essent", [order(
        "ESS-59133870", "Femke Lammers", "femke.lammers@gmail.com", "+31332456789",
        "Ambachtsstraat", "4", "3861 CM", "Nijkerk",
        [("ESS-WALLBOX-22", 2, "Alfen Eve Double Pro-line 22 kW"), ("ESS-INSTALL-STD", 1, "Standaard installatie 3-fase")],
        "2026-11-16", "Garage met elektrische deur, laadpaal binnen aan de achterwand.", account="2005241196")], None,
        "Inline Outlook forward; the newest text changes the wallbox quantity 1 -> 2 and keeps installation at 1. "
        "Staff mobile in signature is not the customer's.")
    return name, msg, exp


@case
def c010():
    name = "010-essent-pdf-opdrachtbon"
    text = """\
Beste installatiepartner,

In de bijlage vindt u opdrachtbon ESS-59150206. Wij verzoeken u binnen 2 werkdagen contact op te nemen met de klant.

Dit is een automatisch bericht van het Essent Partnerplatform; antwoorden op deze e-mail worden niet gelezen.

Essent Retail Energie B.V. - Willemsplein 4 - 5211 AK 's-Hertogenbosch
"""
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\"><p>Beste installatiepartner,</p>"
            "<p>In de bijlage vindt u opdrachtbon <b>ESS-59150206</b>. Wij verzoeken u binnen 2 werkdagen contact op te nemen met de klant.</p>"
            "<p style=\"color:#888\">Dit is een automatisch bericht van het Essent Partnerplatform; antwoorden op deze e-mail worden niet gelezen.</p>"
            + ESSENT_FOOTER_HTML + "</body></html>")
    lines = pdf_layout([
        ("F2", 16, "ESSENT  |  OPDRACHTBON INSTALLATIE"),
        ("F1", 10, ""),
        ("F1", 10, "Opdrachtbon nr.\tESS-59150206"),
        ("F1", 10, "Datum opdrachtbon\t10-11-2026"),
        ("F1", 10, "Klantnummer Essent\t2005266730"),
        ("F1", 10, ""),
        ("F2", 12, "Gegevens eindklant"),
        ("F1", 10, "Naam\tAnnemarie Ouwehand"),
        ("F1", 10, "Adres\tLange Nieuwstraat 230"),
        ("F1", 10, "Postcode / Plaats\t3512 PK  Utrecht"),
        ("F1", 10, "Telefoon\t(030) 231 77 65"),
        ("F1", 10, "E-mail\tannemarie.ouwehand@xs4all.nl"),
        ("F1", 10, ""),
        ("F2", 12, "Bestelde artikelen"),
        ("F2", 10, "Artikelcode\tOmschrijving                                              Aantal"),
        ("F1", 10, "ESS-WALLBOX-22\tAlfen Eve Double Pro-line 22 kW                       1"),
        ("F1", 10, "ESS-INSTALL-STD\tStandaard installatie 3-fase                            1"),
        ("F1", 10, ""),
        ("F2", 12, "Planning"),
        ("F1", 10, "Gewenste uitvoeringsdatum\t01/12/2026"),
        ("F1", 10, "Opmerking\tLaadpaal in de binnentuin; doorgang via de gang (80 cm breed)."),
        ("F1", 10, ""),
        ("F1", 10, ""),
        ("F1", 8, "Essent Retail Energie B.V. - Postbus 1484 - 5200 BM 's-Hertogenbosch - Partnerlijn 088 - 851 10 00"),
    ])
    pdf = make_pdf(lines, "Opdrachtbon ESS-59150206", "Essent Partnerplatform", "20261111081458+01'00'",
                   "A1B2C3D4E5F60718293A4B5C6D7E8F90")
    body = multipart("mixed", "----=_Part_90441_7731.1794301503000", [
        multipart("alternative", "----=_Part_90442_7732.1794301503000", [
            text_part(text, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")]),
        binary_part(pdf, "application/pdf", "Opdrachtbon_ESS-59150206.pdf"),
    ])
    msg = envelope([
        ("Return-Path", "<noreply-partners@essent.nl>"),
        ("Received", received("mailer01.essent.nl", "193.172.81.44", "4Zc4Bn9HwT3", INTAKE["essent"],
                              "Wed, 11 Nov 2026 08:15:07 +0100 (CET)")),
        ("From", "Essent Partnerplatform <noreply-partners@essent.nl>"),
        ("To", "ChargeCars Orders <essent@orders.chargecars.nl>"),
        ("Subject", "Opdrachtbon ESS-59150206 (PDF)"),
        ("Date", "Wed, 11 Nov 2026 08:15:03 +0100"),
        ("Message-ID", "<ob.ESS-59150206.1794301503000@mailer01.essent.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ], body)
    exp = answer("order", "essent", [order(
        "ESS-59150206", "Annemarie Ouwehand", "annemarie.ouwehand@xs4all.nl", "+31302317765",
        "Lange Nieuwstraat", "230", "3512 PK", "Utrecht",
        [("ESS-WALLBOX-22", 1, "Alfen Eve Double Pro-line 22 kW"), ("ESS-INSTALL-STD", 1, "Standaard installatie 3-fase")],
        "2026-12-01", "Laadpaal in de binnentuin; doorgang via de gang (80 cm breed).", account="2005266730")], None,
        "Order data only in the PDF text layer (label and value columns); date '01/12/2026' is Dutch day-first -> "
        "1 December; phone '(030) 231 77 65'; PDF footer has Essent's Postbus and phone, the opdrachtbon date is not "
        "the install date.")
    return name, msg, exp


@case
def c011():
    name = "011-essent-cancellation-reply-to-planning"
    text = """\
Beste planning,

Helaas moet deze opdracht komen te vervallen. De heer Van Aalst heeft zijn woning verkocht en verhuist eind oktober; hij ziet af van de laadpaal op het huidige adres.
Willen jullie de afspraak van woensdag 14 oktober annuleren en de opdracht sluiten? Mogelijk meldt hij zich later opnieuw aan voor zijn nieuwe adres.

Met vriendelijke groet,

Nadia Haddou
Klantenservice Laadoplossingen | Essent

-----Oorspronkelijk bericht-----
Van: ChargeCars Planning <planning@chargecars.nl>
Verzonden: maandag 28 september 2026 15:04
Aan: Essent Laadoplossingen <laadoplossingen@essent.nl>
Onderwerp: Installatiedatum bevestigd - ESS-59104477

Beste Essent,

De installatie voor uw opdracht ESS-59104477 is ingepland:

Klant:    Koen van Aalst
Adres:    Beukenlaan 7c, 5616 VD Eindhoven
Datum:    woensdag 14 oktober 2026, 08:00-12:00
Monteur:  Team Eindhoven Zuid

Met vriendelijke groet,
Planning ChargeCars
"""
    body = text_part(text, charset="windows-1252", cte="quoted-printable")
    msg = envelope([
        ("Return-Path", "<nadia.haddou@essent.nl>"),
        ("Received", received("mail-db9eur02on2064.outbound.protection.outlook.com", "40.107.249.64",
                              "4Kx5Rt1GvM8", INTAKE["essent"], "Fri, 09 Oct 2026 13:22:55 +0200 (CEST)")),
        ("From", "Nadia Haddou <nadia.haddou@essent.nl>"),
        ("To", "ChargeCars Orders <essent@orders.chargecars.nl>"),
        ("Cc", "ChargeCars Planning <planning@chargecars.nl>"),
        ("Subject", "RE: Installatiedatum bevestigd - ESS-59104477"),
        ("Date", "Fri, 09 Oct 2026 11:22:50 +0000"),
        ("Message-ID", "<DB9PR02MB7210C4A1E8F35B7D0C92@DB9PR02MB7210.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", "<plan.ESS-59104477.20260928150400@chargecars.nl>"),
        ("References", "<plan.ESS-59104477.20260928150400@chargecars.nl>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], body)
    exp = answer("cancellation", "essent", [], "ESS-59104477",
                 "Cancellation written as a reply to our planning confirmation (quoted); the word 'annuleren' appears "
                 "only mid-sentence; mention of a possible future order for a new address is not an order.")
    return name, msg, exp


@case
def c012():
    name = "012-essent-partner-newsletter-sample-order"
    text = """\
Essent Partnernieuws - november 2026

Beste installatiepartner,

1. Nieuwe werkorder vanaf 1 december
Vanaf 1 december ontvangt u onze opdrachten in een nieuwe opmaak. Zo ziet een werkorder er straks uit (voorbeeld, geen echte opdracht):

   Werkordernummer ........ ESS-00000000
   Naam klant ............. J. Voorbeeld
   Adres .................. Voorbeeldstraat 1, 1234 AB Ergenshuizen
   Telefoon ............... 06-00000000
   Artikel ................ 1 st. ESS-WALLBOX-22
   Voorkeursdatum ......... 15-12-2026

2. Winterplanning
Tussen 21 december en 4 januari plannen wij geen installaties in. Opdrachten die in die periode binnenkomen, worden vanaf 5 januari ingepland.

3. Levertijden
De ESS-WALLBOX-22 (Alfen Eve Double Pro-line 22 kW) is weer op voorraad; levertijd 5 werkdagen.

Met vriendelijke groet,
Team Partnermanagement Essent

U ontvangt deze nieuwsbrief omdat u installatiepartner van Essent bent. Afmelden: https://partners.essent.nl/nieuwsbrief/afmelden
"""
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Essent Partnernieuws</title></head>"
            "<body style=\"margin:0;background:#f6f6f6\"><table width=\"600\" align=\"center\" cellpadding=\"18\" style=\"background:#fff;font-family:Arial,sans-serif;font-size:14px\">"
            "<tr><td style=\"background:#e4003a;color:#fff;font-size:20px\">Essent Partnernieuws &ndash; november 2026</td></tr>"
            "<tr><td><p>Beste installatiepartner,</p>"
            "<h3>1. Nieuwe werkorder vanaf 1 december</h3><p>Vanaf 1 december ontvangt u onze opdrachten in een nieuwe opmaak. "
            "Zo ziet een werkorder er straks uit (voorbeeld, geen echte opdracht):</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse;font-size:12px\">"
            "<tr><td>Werkordernummer</td><td>ESS-00000000</td></tr><tr><td>Naam klant</td><td>J. Voorbeeld</td></tr>"
            "<tr><td>Adres</td><td>Voorbeeldstraat 1, 1234 AB Ergenshuizen</td></tr><tr><td>Telefoon</td><td>06-00000000</td></tr>"
            "<tr><td>Artikel</td><td>1 st. ESS-WALLBOX-22</td></tr><tr><td>Voorkeursdatum</td><td>15-12-2026</td></tr></table>"
            "<h3>2. Winterplanning</h3><p>Tussen 21 december en 4 januari plannen wij geen installaties in. Opdrachten die in die "
            "periode binnenkomen, worden vanaf 5 januari ingepland.</p>"
            "<h3>3. Levertijden</h3><p>De ESS-WALLBOX-22 (Alfen Eve Double Pro-line 22 kW) is weer op voorraad; levertijd 5 werkdagen.</p>"
            "<p>Met vriendelijke groet,<br>Team Partnermanagement Essent</p></td></tr>"
            "<tr><td style=\"font-size:11px;color:#999\">U ontvangt deze nieuwsbrief omdat u installatiepartner van Essent bent. "
            "<a href=\"https://partners.essent.nl/nieuwsbrief/afmelden\">Afmelden</a></td></tr></table>"
            "<img src=\"https://partners.essent.nl/t/o/cc-essent.gif\" width=\"1\" height=\"1\" alt=\"\"></body></html>")
    body = multipart("alternative", "=_nl_essent_2026_11_7f3a", [
        text_part(text, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")])
    msg = envelope([
        ("Return-Path", "<bounce-nl-20261117@partnernieuws.essent.nl>"),
        ("Received", received("mta7.partnernieuws.essent.nl", "193.172.81.90", "4Gm2Tp6YaR5", INTAKE["essent"],
                              "Tue, 17 Nov 2026 10:00:22 +0100 (CET)")),
        ("From", "Essent Partnernieuws <partnernieuws@essent.nl>"),
        ("To", INTAKE["essent"]),
        ("Subject", "Partnernieuws november: nieuwe werkorder, winterplanning en levertijden"),
        ("Date", "Tue, 17 Nov 2026 10:00:00 +0100"),
        ("Message-ID", "<nl-2026-11.cc-essent.0001@partnernieuws.essent.nl>"),
        ("List-Id", "Essent Partnernieuws <partnernieuws.essent.nl>"),
        ("List-Unsubscribe", "<https://partners.essent.nl/nieuwsbrief/afmelden?u=cc-essent>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], body)
    exp = answer("other", "essent", [], None,
                 "Bulk partner newsletter (List-Unsubscribe, Precedence: bulk) that contains a sample work order with "
                 "placeholder id ESS-00000000, name, address, phone, SKU and date: a template example, not an order.")
    return name, msg, exp

# =========================================================================== ENECO


@case
def c013():
    name = "013-eneco-belgium-gsm-no-country-code"
    text = """\
Dag collega's,

Hierbij een nieuwe opdracht voor een Belgische klant van Eneco. Gelieve contact op te nemen met de klant om de plaatsing in te plannen.

Klantreferentie Eneco : ENE-BE-2026-00871
Klantnummer           : 5100234987
Naam                  : Lien Vandenbroucke
Straat + nr           : Koningin Astridlaan 45
Postnummer            : 8200
Gemeente              : Brugge
GSM                   : 0476 12 34 56
E-post                : lien.vandenbroucke@telenet.be

Te plaatsen:
 - 1 x ENE-EVBOX-11 (EVBox Livo 11 kW)
 - 1 x ENE-INST-1F (installatie 1-fase)

Gewenste plaatsingsdatum : 19/10/2026
Opmerking                : Laadpaal aan de voorgevel; oprit gedeeld met de buren, gelieve eerst aan te bellen.

Met vriendelijke groeten,

Wim Claes
Eneco België – Laadoplossingen
T +32 3 201 44 00 | wim.claes@eneco.nl
"""
    body = text_part(text, charset="windows-1252", cte="quoted-printable")
    msg = envelope([
        ("Return-Path", "<wim.claes@eneco.nl>"),
        ("Received", received("mail-db3eur04on2130.outbound.protection.outlook.com", "40.107.6.130",
                              "4Bq8Cv3NjW6", INTAKE["eneco"], "Mon, 28 Sep 2026 10:03:16 +0200 (CEST)")),
        ("From", "Wim Claes <wim.claes@eneco.nl>"),
        ("To", INTAKE["eneco"]),
        ("Subject", "Nieuwe plaatsing laadpaal - ENE-BE-2026-00871 - Brugge"),
        ("Date", "Mon, 28 Sep 2026 08:03:11 +0000"),
        ("Message-ID", "<DB3PR04MB8842B9F1C07A3E6D2B15@DB3PR04MB8842.eurprd04.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "nl-BE"),
    ], body)
    exp = answer("order", "eneco", [order(
        "ENE-BE-2026-00871", "Lien Vandenbroucke", "lien.vandenbroucke@telenet.be", "+32476123456",
        "Koningin Astridlaan", "45", "8200", "Brugge",
        [("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), ("ENE-INST-1F", 1, "installatie 1-fase")],
        "2026-10-19", "Laadpaal aan de voorgevel; oprit gedeeld met de buren, gelieve eerst aan te bellen.",
        account="5100234987")], None,
        "Belgian customer (Flemish labels: Postnummer, Gemeente, GSM, E-post); GSM '0476 12 34 56' has no country "
        "code but is a Belgian mobile at a Belgian address -> +32476123456; 4-digit postcode; date '19/10/2026' "
        "day-first; signature +32 number is Eneco's; windows-1252 QP with en dash.")
    return name, msg, exp


@case
def c014():
    name = "014-eneco-fillout-form-unmapped-sku"
    qa = [
        ("Eneco-ordernummer", "ENE-2026-131207"),
        ("Contractnummer klant", "1030098812"),
        ("Voornaam klant", "Olga"),
        ("Achternaam klant", "Petrović"),
        ("E-mailadres klant", "olga.petrovic@gmail.com"),
        ("Telefoonnummer klant", "+31 6 22 44 66 88"),
        ("Straat", "Zamenhofstraat"),
        ("Huisnummer (incl. toevoeging)", "27-1"),
        ("Postcode", "1022 ad"),
        ("Plaats", "Amsterdam"),
        ("Welke producten?", "ENE-EVBOX-11 – EVBox Livo 11 kW\nENE-INST-3F – Installatie 3-fase (nieuw)"),
        ("Aantal laadpalen", "1"),
        ("Gewenste installatiedatum", "September 21, 2026"),
        ("Opmerkingen", "Bestaande 3x25A aansluiting. Laadpaal op eigen parkeerplaats achter het gebouw (nr. 14)."),
        ("Ingevuld door", "Sander Kok (Eneco binnendienst)"),
    ]
    text = ("Er is een nieuwe inzending voor het formulier \"Aanvraag installatie laadpaal (ChargeCars)\".\n\n"
            + "\n\n".join(f"{q}\n{a}" for q, a in qa)
            + "\n\nBekijk alle inzendingen: https://forms.eneco.nl/t/aanvraag-laadpaal-cc/results\n\n"
              "Je ontvangt deze e-mail omdat meldingen voor dit formulier aan staan.\n")
    html = ("<html><body style=\"font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#111\">"
            "<div style=\"max-width:560px;margin:0 auto\"><p>Er is een nieuwe inzending voor het formulier "
            "<b>&quot;Aanvraag installatie laadpaal (ChargeCars)&quot;</b>.</p>"
            + "".join(f"<p style=\"margin:14px 0 2px;color:#6b7280;font-size:12px\">{html_escape(q)}</p>"
                      f"<p style=\"margin:0\">{html_escape(a).replace(chr(10), '<br>')}</p>" for q, a in qa)
            + "<p style=\"margin-top:24px\"><a href=\"https://forms.eneco.nl/t/aanvraag-laadpaal-cc/results\">Bekijk alle inzendingen</a></p>"
              "<p style=\"font-size:11px;color:#9ca3af\">Je ontvangt deze e-mail omdat meldingen voor dit formulier aan staan.</p></div></body></html>")
    body = multipart("alternative", "--_fillout_b7c2e91d4a03f6", [
        text_part(text, cte="base64"), text_part(html, "html", cte="base64")])
    msg = envelope([
        ("Return-Path", "<bounces+4412@em.eneco.nl>"),
        ("Received", received("o12.em.eneco.nl", "167.89.14.12", "4Dn3Fs8KcP1", INTAKE["eneco"],
                              "Tue, 01 Sep 2026 17:44:31 +0200 (CEST)")),
        ("From", '"Eneco Laadoplossingen (formulier)" <formulieren@eneco.nl>'),
        ("Reply-To", "laadoplossingen@eneco.nl"),
        ("To", INTAKE["eneco"]),
        ("Subject", "Nieuwe inzending: Aanvraag installatie laadpaal (ChargeCars)"),
        ("Date", "Tue, 01 Sep 2026 15:44:28 +0000"),
        ("Message-ID", "<flt.sub_8Kd2mQ4xV7.1788277468@em.eneco.nl>"),
        ("X-Mailer", "Fillout Notifications"),
        ("Auto-Submitted", "auto-generated"),
    ], body)
    exp = answer("order", "eneco", [order(
        "ENE-2026-131207", "Olga Petrović", "olga.petrovic@gmail.com", "+31622446688",
        "Zamenhofstraat", "27-1", "1022 AD", "Amsterdam",
        [("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), ("ENE-INST-3F", 1, "Installatie 3-fase")],
        "2026-09-21", "Bestaande 3x25A aansluiting. Laadpaal op eigen parkeerplaats achter het gebouw (nr. 14).",
        account="1030098812")], None,
        "Form-builder notification (question line, answer line), text+HTML base64. ENE-INST-3F is not in the "
        "product mapping: keep as sent, do not drop or swap for ENE-INST-1F. First + last name fields combine; "
        "English date 'September 21, 2026' in a Dutch form; 'nr. 14' in the remark is a parking spot; the person "
        "who filled in the form is Eneco staff, not the customer.")
    return name, msg, exp


@case
def c015():
    name = "015-eneco-html-only-outlook-pasted-table"
    rows = [
        ("Eneco referentie", "ENE-2026-132590"),
        ("Contractnummer", "1030112658"),
        ("Klant", "Emre Aydın"),
        ("Straat", "Oranjesingel"),
        ("Nr.", "52"),
        ("Postcode", "6511NV"),
        ("Woonplaats", "Nijmegen"),
        ("Telefoon", "+31 (0)24-3601122"),
        ("E-mail", "emre.aydin@upcmail.nl"),
        ("Artikel", "ENE-EVBOX-11 – EVBox Livo 11 kW (1 st.)"),
        ("Artikel", "ENE-INST-1F – Installatie 1-fase (1 st.)"),
        ("Gewenste datum", "12.10.2026"),
        ("Opmerking", "Klant werkt in ploegendienst; bellen na 14:00 uur."),
    ]
    def cell(v, w):
        return (f"<td width=\"{w}\" valign=\"top\" style=\"width:{w*0.75:.1f}pt;border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt 0cm 5.4pt\">"
                f"<p class=\"MsoNormal\">{html_escape(v).replace('ı', '&#305;')}<o:p></o:p></p></td>")
    trs = "\n".join(f"<tr>{cell(k, 180)}{cell(v, 360)}</tr>" for k, v in rows)
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}}
--></style></head>
<body lang="NL" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hallo ChargeCars,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Zie hieronder een nieuwe opdracht. Ons API-koppelvlak geeft sinds vanochtend een foutmelding, vandaar per mail.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
{trs}
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Met vriendelijke groet,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Lieke Verhagen</b><o:p></o:p></p>
<p class="MsoNormal">Orderverwerking Laadoplossingen | Eneco<o:p></o:p></p>
<p class="MsoNormal">T 010 - 457 57 57 | M +31 6 5100 2288<o:p></o:p></p>
<p class="MsoNormal"><a href="mailto:lieke.verhagen@eneco.nl">lieke.verhagen@eneco.nl</a><o:p></o:p></p>
</div>
</body>
</html>
"""
    body = text_part(html, "html", cte="quoted-printable")
    msg = envelope([
        ("Return-Path", "<lieke.verhagen@eneco.nl>"),
        ("Received", received("mail-he1eur01on2122.outbound.protection.outlook.com", "40.107.13.122",
                              "4Wr7Jm2XdL9", INTAKE["eneco"], "Fri, 25 Sep 2026 14:58:05 +0200 (CEST)")),
        ("From", "Lieke Verhagen <lieke.verhagen@eneco.nl>"),
        ("To", "ChargeCars Eneco-orders <eneco@orders.chargecars.nl>"),
        ("Subject", "Opdracht ENE-2026-132590"),
        ("Date", "Fri, 25 Sep 2026 12:58:00 +0000"),
        ("Message-ID", "<HE1PR01MB4407D8A2F6C91E3B7A40@HE1PR01MB4407.eurprd01.prod.outlook.com>"),
        ("Content-Language", "nl-NL"),
        ("X-MS-Has-Attach", ""),
    ], body)
    exp = answer("order", "eneco", [order(
        "ENE-2026-132590", "Emre Aydın", "emre.aydin@upcmail.nl", "+31243601122",
        "Oranjesingel", "52", "6511 NV", "Nijmegen",
        [("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), ("ENE-INST-1F", 1, "Installatie 1-fase")],
        "2026-10-12", "Klant werkt in ploegendienst; bellen na 14:00 uur.", account="1030112658")], None,
        "HTML-only Outlook/Word mail (MsoNormal, <o:p>), two-column table pasted from Excel; name with dotless ı as "
        "an HTML entity; dotted date '12.10.2026'; phone '+31 (0)24-3601122'; signature M number is staff's.")
    return name, msg, exp


@case
def c016():
    name = "016-eneco-fw-dealer-en-phone-correction"
    text = """\
Hi ChargeCars team,

Forwarding the request below from Broekhuis Volvo Utrecht (dealer group ID BRK-UT-07). I've registered it on our side as ENE-2026-133018; Mr Dubois has an Eneco energy contract, account 1030145077.
Products: 1x ENE-EVBOX-11 (EVBox Livo 11 kW) and 1x ENE-INST-1F (single-phase installation).

One correction: the phone number in Paul's mail is the showroom's switchboard. Mr Dubois' own mobile is 06-44332211, please use that one.

Kind regards,

Chloé Jacobs
Partner Sales E-mobility | Eneco
T +31 10 457 57 57

From: Paul Verstegen <p.verstegen@broekhuis.nl>
Sent: Monday, November 9, 2026 4:31 PM
To: Chloé Jacobs <chloe.jacobs@eneco.nl>
Subject: Home charger request - Mr Dubois

Hi Chloé,

As discussed, one of our customers would like a home charger with his new Volvo EX30.

Customer: Julien Dubois
Address: Amsterdamsestraatweg 311A, 3551CE Utrecht
Phone: 030 - 244 80 00
Email: julien.dubois@orange.fr

Car delivery is planned for 27 November; he'd like the charger installed on Thursday 3 December 2026. Please mount it on the wall of the carport, right-hand side.

Our purchase order number is BRK-PO-88213.

Best regards,

Paul Verstegen
Sales Advisor | Broekhuis Volvo Utrecht
T 030 - 244 80 00 | M 06 - 10 29 38 47
p.verstegen@broekhuis.nl
"""
    body = text_part(text, cte="quoted-printable")
    msg = envelope([
        ("Return-Path", "<chloe.jacobs@eneco.nl>"),
        ("Received", received("mail-am6eur05on2107.outbound.protection.outlook.com", "40.107.22.107",
                              "4Sy9Lq4BfH2", INTAKE["eneco"], "Tue, 10 Nov 2026 09:05:38 +0100 (CET)")),
        ("From", addr("Chloé Jacobs", "chloe.jacobs@eneco.nl")),
        ("To", INTAKE["eneco"]),
        ("Subject", "FW: Home charger request - Mr Dubois"),
        ("Thread-Topic", "Home charger request - Mr Dubois"),
        ("Date", "Tue, 10 Nov 2026 08:05:33 +0000"),
        ("Message-ID", "<AM6PR05MB7321A9C0D4E82F15B6E3@AM6PR05MB7321.eurprd05.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], body)
    exp = answer("order", "eneco", [order(
        "ENE-2026-133018", "Julien Dubois", "julien.dubois@orange.fr", "+31644332211",
        "Amsterdamsestraatweg", "311A", "3551 CE", "Utrecht",
        [("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), ("ENE-INST-1F", 1, "single-phase installation")],
        "2026-12-03", "Please mount it on the wall of the carport, right-hand side.",
        dealer="BRK-UT-07", po="BRK-PO-88213", account="1030145077")], None,
        "English Outlook forward of a dealer mail; the newest text overrides the quoted 'Phone' (dealer switchboard "
        "030 - 244 80 00, same as in the dealer signature) with the customer's mobile 06-44332211. 27 November is "
        "car delivery; install 'Thursday 3 December 2026'. Dealer's mobile/e-mail in signature are not the customer's.")
    return name, msg, exp


@case
def c017():
    name = "017-eneco-api-fallback-json-attachment"
    payload = {
        "eventType": "order.created",
        "eventId": "evt_01JCX8Q4T6V9W2Z5",
        "createdAt": "2026-11-16T01:58:41Z",
        "partner": "eneco",
        "order": {
            "orderReference": "ENE-2026-133541",
            "contractNumber": "1030150239",
            "channel": {"dealerGroupId": None, "purchaseOrder": None},
            "customer": {
                "type": "person",
                "firstName": "Bastiaan",
                "lastName": "van 't Hof",
                "email": "Bastiaan.vantHof@KPNMail.nl",
                "phone": "0031 6 55 12 90 34",
                "address": {"street": "Pieter Calandlaan", "houseNumber": 190, "houseNumberAddition": "H",
                            "postalCode": "1069kl", "city": "Amsterdam", "country": "NL"},
            },
            "lines": [
                {"lineNo": 1, "sku": "ENE-EVBOX-11", "description": "EVBox Livo 11 kW", "quantity": 1},
                {"lineNo": 2, "sku": "ENE-INST-1F", "description": "Installatie 1-fase", "quantity": 1},
            ],
            "installation": {"preferredDate": "2026-12-07T00:00:00+01:00", "remarks": None},
        },
    }
    data = (json.dumps(payload, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    text = """\
Automatische melding Eneco Orderplatform

De webhook-aflevering van order ENE-2026-133541 aan ChargeCars is mislukt.

Endpoint:  https://api.chargecars.nl/partners/eneco/orders
Pogingen:  3 (laatste: 16-11-2026 03:11:58, HTTP 503 Service Unavailable)

Volgens de afspraak met ChargeCars sturen wij de order daarom per e-mail. De volledige order staat in de bijlage (JSON, zelfde formaat als de webhook).

Dit bericht is automatisch verzonden. Vragen: integraties@eneco.nl
"""
    body = multipart("mixed", "=_eneco_op_3f7d0a61c2b9", [
        text_part(text, charset="us-ascii", cte="7bit"),
        binary_part(data, "application/json", "ENE-2026-133541.json", charset="utf-8"),
    ])
    msg = envelope([
        ("Return-Path", "<no-reply-orderplatform@eneco.nl>"),
        ("Received", received("op-mail01.eneco.nl", "194.151.228.30", "4Jt5Nw1ZsQ3", INTAKE["eneco"],
                              "Mon, 16 Nov 2026 03:12:09 +0100 (CET)")),
        ("From", "Eneco Orderplatform <no-reply-orderplatform@eneco.nl>"),
        ("To", INTAKE["eneco"]),
        ("Subject", "[FALLBACK] Order ENE-2026-133541 kon niet via API worden afgeleverd"),
        ("Date", "Mon, 16 Nov 2026 03:12:07 +0100"),
        ("Message-ID", "<fallback.evt_01JCX8Q4T6V9W2Z5@op-mail01.eneco.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Eneco-Event-Id", "evt_01JCX8Q4T6V9W2Z5"),
    ], body)
    exp = answer("order", "eneco", [order(
        "ENE-2026-133541", "Bastiaan van 't Hof", "bastiaan.vanthof@kpnmail.nl", "+31655129034",
        "Pieter Calandlaan", "190H", "1069 KL", "Amsterdam",
        [("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), ("ENE-INST-1F", 1, "Installatie 1-fase")],
        "2026-12-07", None, account="1030150239")], None,
        "Webhook fallback: order only in a JSON attachment; firstName+lastName combine; houseNumber (number) + "
        "houseNumberAddition -> 190H; postcode '1069kl'; "
        "phone 0031...; preferredDate is a datetime -> date; remarks null; the body's timestamps are delivery "
        "attempts, not dates of the order.")
    return name, msg, exp


@case
def c018():
    name = "018-eneco-shipping-notification"
    text = """\
Verzendbevestiging

Beste ChargeCars,

Uw zending is vandaag bij de vervoerder afgegeven.

Zendingnummer:      0087612
Vervoerder:         DHL Parcel
Track & trace:      JVGL06041234567890
Verwachte levering: donderdag 19-11-2026, tussen 09:00 en 13:00
Afleveradres:       ChargeCars Magazijn, Nijverheidsweg 21, 3433 NP Nieuwegein

Inhoud:
  4 x ENE-EVBOX-11   EVBox Livo 11 kW
  4 x               Montageset wandbevestiging

Bestemd voor de opdrachten: ENE-2026-133018, ENE-2026-133541, ENE-2026-133602, ENE-2026-133655

Controleer de zending bij ontvangst op schade en meld afwijkingen binnen 48 uur via logistiek@eneco.nl.

Met vriendelijke groet,
Eneco Logistiek
"""
    body = text_part(text, cte="quoted-printable")
    msg = envelope([
        ("Return-Path", "<logistiek@eneco.nl>"),
        ("Received", received("wms-mail.eneco.nl", "194.151.228.41", "4Cp1Hx7VtK5", INTAKE["eneco"],
                              "Tue, 17 Nov 2026 16:45:04 +0100 (CET)")),
        ("From", "Eneco Logistiek <logistiek@eneco.nl>"),
        ("To", INTAKE["eneco"]),
        ("Subject", "Verzendbevestiging zending 0087612 - 4 laadpalen onderweg"),
        ("Date", "Tue, 17 Nov 2026 16:45:01 +0100"),
        ("Message-ID", "<shipment.0087612.20261117164501@wms-mail.eneco.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ], body)
    exp = answer("other", "eneco", [], None,
                 "Shipping notification for hardware sent to the ChargeCars warehouse; lists SKU, quantities, a "
                 "delivery date, an address (our warehouse) and four order ids: no new order, no cancellation, no "
                 "status question.")
    return name, msg, exp

# =========================================================================== 50FIVE


@case
def c019():
    name = "019-50five-xlsx-vertical-form"
    text = """\
Hi team,

Attached the installation form for a new customer in Haarlem. She filled it in yesterday together with our sales rep, everything should be in there.

Cheers,
Marco

--
Marco Rinaldi | Installations Planner | 50five
+31 85 208 1250 | marco.rinaldi@50five.com
"""
    html = ("<div dir=\"ltr\"><div>Hi team,</div><div><br></div><div>Attached the installation form for a new customer in "
            "Haarlem. She filled it in yesterday together with our sales rep, everything should be in there.</div><div><br></div>"
            "<div>Cheers,</div><div>Marco</div><div><br></div><div>--<br>Marco Rinaldi | Installations Planner | 50five<br>"
            "+31 85 208 1250 | marco.rinaldi@50five.com</div></div>")
    rows = [
        ["50five – Installation request form"],
        [],
        ["Field", "Value"],
        ["Order reference", "50F-NL-240118"],
        ["Customer account", "C-0114672"],
        ["Sales rep", "Jesse Vos (50five)"],
        [],
        ["CUSTOMER"],
        ["Name", "Noor van der Linde"],
        ["Email", "Noor.vanderLinde@gmail.com"],
        ["Phone", "06 24 68 10 12"],
        ["Street", "Kleverlaan"],
        ["House number", 45],
        ["Addition", "c"],
        ["Postcode", "2023JK"],
        ["City", "Haarlem"],
        [],
        ["PRODUCTS"],
        ["SKU", "Description", "Qty"],
        ["50F-ZAPPI-7", "myenergi zappi 7 kW, tethered 6.5 m, white", 1],
        [],
        ["INSTALLATION"],
        ["Preferred date", dt.date(2026, 10, 5)],
        ["Notes", "Fuse box in the hallway cupboard; charger on the front facade."],
        [],
        ["Form version 3.2 – printed 09-09-2026"],
    ]
    xlsx = make_xlsx(rows, "Installation form", bold_rows={1, 3, 8, 18, 19, 22}, stamp=(2026, 9, 9, 17, 42, 10),
                     col_widths=[22, 46, 8])
    body = multipart("mixed", "000000000000a1b2c3d4e5f60718", [
        multipart("alternative", "000000000000a1b2c3d4e5f60716", [
            text_part(text, charset="UTF-8", cte="quoted-printable"),
            text_part(html, "html", charset="UTF-8", cte="quoted-printable")]),
        binary_part(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "Installation_request_50F-NL-240118.xlsx"),
    ])
    msg = envelope([
        ("Return-Path", "<marco.rinaldi@50five.com>"),
        ("Received", received("mail-wm1-f52.google.com", "209.85.128.52", "4Fv2Kc9RyD4", INTAKE["50five"],
                              "Thu, 10 Sep 2026 11:22:13 +0200 (CEST)")),
        ("From", "Marco Rinaldi <marco.rinaldi@50five.com>"),
        ("Date", "Thu, 10 Sep 2026 11:22:09 +0200"),
        ("Message-ID", "<CAH7rN0x4pQ2vW9sT1kLm8Zb3Yd6Fj5Gh0Rc7Ua2Xe@mail.gmail.com>"),
        ("Subject", "Installation request 50F-NL-240118 (form attached)"),
        ("To", INTAKE["50five"]),
    ], body)
    exp = answer("order", "50five", [order(
        "50F-NL-240118", "Noor van der Linde", "noor.vanderlinde@gmail.com", "+31624681012",
        "Kleverlaan", "45C", "2023 JK", "Haarlem",
        [("50F-ZAPPI-7", 1, "myenergi zappi 7 kW, tethered 6.5 m, white")],
        "2026-10-05", "Fuse box in the hallway cupboard; charger on the front facade.", account="C-0114672")], None,
        "XLSX attachment laid out as a vertical field/value form with section headings (not one row per order); "
        "house number is a numeric cell + separate addition 'c' -> 45C; preferred date is a real Excel date cell; "
        "the 'printed' date and the sales rep are not order data.")
    return name, msg, exp


@case
def c020():
    name = "020-50five-reply-name-correction"
    text = """\
Hi Daan,

Checked with the customer: his surname is Verhoef (one f), so the form had a typo. The house number is right as it was, 9 bis.
Everything else stays the same, so you can go ahead and schedule it.

Best,
Laura

Laura Bennett
Customer Operations | 50five
+31 85 208 1234

On Tue, 22 Sept 2026 at 16:40, ChargeCars Planning <planning@chargecars.nl> wrote:
> Hi Laura,
>
> Quick check on the order below before we schedule it: the e-mail address says "verhoef" but the name on the form is "Verhoeff". Which spelling is right? And can you confirm the house number "9 bis"?
>
> Kind regards,
> Daan Kramer
> Planning ChargeCars | 030 - 200 12 34
>
> On Mon, 21 Sept 2026 at 09:12, 50five Forms <forms@50five.nl> wrote:
>> 50five Forms - installation request (NL)
>>
>> Reference ........ 50F-NL-240305
>> Account .......... C-0115930
>> Customer name .... Maarten Verhoeff
>> E-mail ........... maarten.verhoef@ziggo.nl
>> Mobile ........... +31 (0)6 - 19 87 65 43
>> Address line ..... Burgemeester Weertsstraat 9 bis
>> ZIP / Town ....... 6114 ab  Susteren
>> Charger .......... 1 x 50F-ZAPPI-7 (myenergi zappi 7 kW)
>> Install on ....... 13-10-2026
>> Remarks .......... Driveway on the left of the house.
>>
>> --
>> Sent automatically by 50five Forms.
"""
    body = text_part(text, charset="UTF-8", cte="quoted-printable")
    msg = envelope([
        ("Return-Path", "<laura.bennett@50five.com>"),
        ("Received", received("mail-ed1-f47.google.com", "209.85.208.47", "4Mh8Pz3WcS7", INTAKE["50five"],
                              "Wed, 23 Sep 2026 10:18:49 +0200 (CEST)")),
        ("From", "Laura Bennett <laura.bennett@50five.com>"),
        ("Date", "Wed, 23 Sep 2026 10:18:45 +0200"),
        ("Message-ID", "<CAB9sK2q7Wm4Lx0Pd3Nf6Tg1Rh8Yc5Vj2Ze9Ua7Qo@mail.gmail.com>"),
        ("In-Reply-To", "<q.50F-NL-240305.20260922164000@chargecars.nl>"),
        ("References", "<forms.50F-NL-240305.1@50five.nl> <q.50F-NL-240305.20260922164000@chargecars.nl>"),
        ("Subject", "Re: Question about 50F-NL-240305 - surname / house number"),
        ("To", "ChargeCars Planning <planning@chargecars.nl>"),
        ("Cc", INTAKE["50five"]),
    ], body)
    exp = answer("order", "50five", [order(
        "50F-NL-240305", "Maarten Verhoef", "maarten.verhoef@ziggo.nl", "+31619876543",
        "Burgemeester Weertsstraat", "9bis", "6114 AB", "Susteren",
        [("50F-ZAPPI-7", 1, "myenergi zappi 7 kW")],
        "2026-10-13", "Driveway on the left of the house.", account="C-0115930")], None,
        "Gmail reply chain, order quoted two levels deep; the newest text corrects the surname Verhoeff -> Verhoef "
        "and confirms '9 bis' -> 9bis. Intake address only in Cc. ChargeCars planner's name/phone in the chain are "
        "not customer data.")
    return name, msg, exp


@case
def c021():
    name = "021-50five-webshop-html-billing-vs-install-address"
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Order confirmation</title></head>
<body style="margin:0;background:#f3f5f5;font-family:Helvetica,Arial,sans-serif;color:#1d2b2b">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#00a19a;color:#fff;padding:18px 24px;font-size:20px">50five &middot; Order confirmation</td></tr>
<tr><td style="padding:20px 24px">
<p>Hi Iris,</p>
<p>Thank you for your order! Your charger will be installed by our installation partner <b>ChargeCars</b>, who will contact you to confirm the appointment.</p>
<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td style="color:#6b7b7b">Order number</td><td><b>#50F-NL-240377</b></td></tr>
<tr><td style="color:#6b7b7b">Order date</td><td>Sep 26, 2026</td></tr>
<tr><td style="color:#6b7b7b">Customer no.</td><td>C-0116204</td></tr>
</table>
<h3 style="font-size:15px;margin:20px 0 8px">Your order</h3>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;border-top:1px solid #dde3e3">
<tr style="color:#6b7b7b"><th align="left">Item</th><th align="left">SKU</th><th align="center">Qty</th><th align="right">Price</th></tr>
<tr style="border-top:1px solid #dde3e3"><td>myenergi zappi 7 kW, untethered, white<br><span style="color:#6b7b7b;font-size:12px">incl. standard installation</span></td><td>50F-ZAPPI-7</td><td align="center">&times;1</td><td align="right">&euro;&nbsp;1,549.00</td></tr>
<tr><td colspan="3" align="right" style="color:#6b7b7b">Shipping</td><td align="right">Free</td></tr>
<tr><td colspan="3" align="right"><b>Total (incl. VAT)</b></td><td align="right"><b>&euro;&nbsp;1,549.00</b></td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" style="margin-top:20px;font-size:14px"><tr>
<td valign="top" width="50%"><h3 style="font-size:15px;margin:0 0 6px">Billing address</h3>
Iris Pranoto<br>Laan van Vollenhove 3021<br>3706 AR Zeist<br>Netherlands</td>
<td valign="top" width="50%"><h3 style="font-size:15px;margin:0 0 6px">Installation address</h3>
Iris Pranoto<br>Slotlaan 140 A<br>3701 GM Zeist<br>Netherlands</td>
</tr></table>
<table width="100%" cellpadding="4" cellspacing="0" style="margin-top:20px;font-size:14px">
<tr><td style="color:#6b7b7b;width:190px">Email</td><td>iris.pranoto@gmail.com</td></tr>
<tr><td style="color:#6b7b7b">Phone</td><td>+31 6 41 00 75 32</td></tr>
<tr><td style="color:#6b7b7b">Preferred installation date</td><td>Oct 19, 2026</td></tr>
<tr><td style="color:#6b7b7b">Note to installer</td><td>We are moving in on Oct 10; the new house is empty until then. Please call before arriving.</td></tr>
</table>
<p style="margin-top:24px">Questions about your order? Reply to this email or call us on +31 85 208 1200.</p>
<p>The 50five team</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8a9a9a">50five B.V. &middot; Wattstraat 2 &middot; 1059 AA Amsterdam &middot; You receive this email because you placed an order at 50five.nl. A copy was sent to our installation partner.</td></tr>
</table></td></tr></table></body></html>
"""
    body = text_part(html, "html", cte="quoted-printable")
    msg = envelope([
        ("Return-Path", "<bounce+b1c4e9@orders.50five.nl>"),
        ("Delivered-To", INTAKE["50five"]),
        ("Received", received("o7.email.50five.nl", "149.72.160.41", "4Yb5Dq2MhV8", INTAKE["50five"],
                              "Sat, 26 Sep 2026 21:14:57 +0200 (CEST)")),
        ("From", "50five <orders@50five.nl>"),
        ("To", "Iris Pranoto <iris.pranoto@gmail.com>"),
        ("Subject", "Order confirmation #50F-NL-240377"),
        ("Date", "Sat, 26 Sep 2026 19:14:52 +0000"),
        ("Message-ID", "<shop.order.50F-NL-240377.confirm@orders.50five.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ], body)
    exp = answer("order", "50five", [order(
        "50F-NL-240377", "Iris Pranoto", "iris.pranoto@gmail.com", "+31641007532",
        "Slotlaan", "140A", "3701 GM", "Zeist",
        [("50F-ZAPPI-7", 1, "myenergi zappi 7 kW, untethered, white")],
        "2026-10-19", "We are moving in on Oct 10; the new house is empty until then. Please call before arriving.",
        account="C-0116204")], None,
        "HTML-only webshop confirmation addressed to the customer; our intake address was a blind copy (only in "
        "Received/Delivered-To); billing address "
        "differs from the installation address: the installation address is the one to take. Order id shown as "
        "'#50F-NL-240377' (the # is not part of it); English dates 'Oct 19, 2026'; 'Oct 10' is the move-in, "
        "not the install date.")
    return name, msg, exp


@case
def c022():
    name = "022-50five-conflicting-dates"
    text = """\
Goedemorgen ChargeCars,

Hierbij een nieuwe opdracht voor een zappi-installatie.

Referentie:      50F-NL-240512
Klantaccount:    C-0117388
Klant:           Anouk Meijer-Brink
Adres:           Ooievaarslaan 61
Postcode/plaats: 7443 SE Nijverdal
Telefoon:        06 28 37 46 55
E-mail:          anouk.meijerbrink@gmail.com
Product:         1x 50F-ZAPPI-7 myenergi zappi 7 kW
Gewenste installatiedatum: 12-10-2026
Opmerking:       Meterkast in de garage, wifi reikt tot daar.

Zoals ik de klant vrijdag aan de telefoon heb toegezegd, komt de installatie op maandag 19 oktober. Kunnen jullie dat zo inplannen?

Groeten,
Jesse Vos
Sales Consultant | 50five
06 - 38 12 77 04
"""
    body = text_part(text, charset="UTF-8", cte="quoted-printable")
    msg = envelope([
        ("Return-Path", "<jesse.vos@50five.nl>"),
        ("Received", received("mail-wr1-f70.google.com", "209.85.221.70", "4Nq6Zt1XkB3", INTAKE["50five"],
                              "Mon, 05 Oct 2026 09:31:21 +0200 (CEST)")),
        ("From", "Jesse Vos <jesse.vos@50five.nl>"),
        ("Date", "Mon, 05 Oct 2026 09:31:17 +0200"),
        ("Message-ID", "<CAJm4Pq8Ld2Wz6Xs0Bn3Kf7Tg9Rc1Yh5Ve8Ua4Qi@mail.gmail.com>"),
        ("Subject", "Installatie zappi 50F-NL-240512"),
        ("To", INTAKE["50five"]),
    ], body)
    exp = answer("order", "50five", [order(
        "50F-NL-240512", "Anouk Meijer-Brink", "anouk.meijerbrink@gmail.com", "+31628374655",
        "Ooievaarslaan", "61", "7443 SE", "Nijverdal",
        [("50F-ZAPPI-7", 1, "myenergi zappi 7 kW")],
        None, "Meterkast in de garage, wifi reikt tot daar.", account="C-0117388")], None,
        "Conflicting install dates in the same message: the field says 12-10-2026, the prose below says the "
        "customer was promised Monday 19 October; neither is marked as a correction of the other -> "
        "preferred_date null (ambiguous), to be resolved by a human. Sender mobile in signature is not the customer's.")
    return name, msg, exp


@case
def c023():
    name = "023-50five-out-of-office-bilingual"
    text = """\
Thank you for your email. I am out of the office until Monday 2 November 2026 and have limited access to my email.
For urgent installation matters, please contact installations@50five.com or call +31 85 208 1200.

Bedankt voor je bericht. Ik ben afwezig tot en met vrijdag 30 oktober 2026. Voor dringende zaken over installaties kun je terecht bij installations@50five.com of +31 85 208 1200.

Sophie Laurent
Partner Manager Benelux | 50five
"""
    body = text_part(text, charset="UTF-8", cte="quoted-printable")
    msg = envelope([
        ("Return-Path", "<sophie.laurent@50five.com>"),
        ("Received", received("mail-ej1-f41.google.com", "209.85.218.41", "4Rc3Wm8JpT6", INTAKE["50five"],
                              "Tue, 20 Oct 2026 14:02:10 +0200 (CEST)")),
        ("From", "Sophie Laurent <sophie.laurent@50five.com>"),
        ("To", "50five@orders.chargecars.nl"),
        ("Subject", "Automatic reply: Planning update 50F-NL-240377"),
        ("Date", "Tue, 20 Oct 2026 14:02:07 +0200"),
        ("Message-ID", "<CAOoo7Lq2Xw9Ks4Pd1Nf5Tg8Rh3Yc6Vj0Ze2Ua9Wm@mail.gmail.com>"),
        ("In-Reply-To", "<upd.50F-NL-240377.20261020140000@orders.chargecars.nl>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
    ], body)
    exp = answer("other", "50five", [], None,
                 "Bilingual out-of-office auto-reply (Auto-Submitted: auto-replied) to our planning update; the order "
                 "id in the subject does not make it a status question.")
    return name, msg, exp


@case
def c024():
    name = "024-50five-status-question-missed-date"
    text = """\
Hi ChargeCars,

Our customer Ms Pranoto in Zeist (order 50F-NL-240377) contacted us today. Her installation was planned for 19 October, but nobody turned up and she hasn't heard from anyone since.

Could you let us know what happened and when the installer can come instead? She would like to hear from you this week.

Thanks,
Marco

--
Marco Rinaldi | Installations Planner | 50five
+31 85 208 1250 | marco.rinaldi@50five.com
"""
    body = text_part(text, charset="UTF-8", cte="7bit")
    msg = envelope([
        ("Return-Path", "<marco.rinaldi@50five.com>"),
        ("Received", received("mail-wm1-f49.google.com", "209.85.128.49", "4Tg7Bx4LnR2", INTAKE["50five"],
                              "Wed, 28 Oct 2026 16:05:44 +0100 (CET)")),
        ("From", "Marco Rinaldi <marco.rinaldi@50five.com>"),
        ("Date", "Wed, 28 Oct 2026 16:05:40 +0100"),
        ("Message-ID", "<CAH7rN0yB3kT8wQ1vZ6sLm2Xd9Fj4Gh7Rc0Ua5Pe@mail.gmail.com>"),
        ("Subject", "Missed appointment 50F-NL-240377 - what happened?"),
        ("To", INTAKE["50five"]),
    ], body)
    exp = answer("status_question", "50five", [], "50F-NL-240377",
                 "English status question about a missed appointment for order 021; repeats a date and town but "
                 "asks for information only, no new order or cancellation.")
    return name, msg, exp

# =========================================================================== ALVA

ALVA_SIG_NIELS = """\
Niels Bakker
Projectleider | Alva Charging
M 06 - 40 11 72 86
niels.bakker@alva-charging.nl | www.alva-charging.nl"""


@case
def c025():
    name = "025-alva-csv-crm-export"
    text = f"""\
Hoi ChargeCars,

Ons nieuwe CRM stuurt opdrachten voortaan als CSV-bestand mee. Dit is de eerste, laat maar weten of het zo werkt voor jullie planning.

Groet,
Niels

{ALVA_SIG_NIELS}
"""
    header = ("deal_id,deal_name,contact_firstname,contact_lastname,contact_email,contact_mobile,install_street,"
              "install_housenumber,install_zip,install_city,line_sku,line_name,line_qty,install_date,install_notes,owner")
    common = ('ALVA-0926-014,"Pulsar 22 + installatie, Almere",Ruud,Hermans,ruud.hermans@planet.nl,'
              '"+31 (0)6 10 20 30 40",Spoorlaan,104a,1312 KE,Almere')
    tail = ',14/09/2026,"Laadpaal op de oprit; kabel via de kruipruimte.",niels.bakker@alva-charging.nl'
    lines = [header,
             common + ",ALVA-PULSAR-22,Wallbox Pulsar Plus 22 kW,1" + tail,
             common + ",ALVA-INST-3F,Installatie 3-fase,1" + tail,
             common + ',ALVA-KABEL-10M,"Kabel 5x6 mm², 10 m",1' + tail]
    csv = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    body = multipart("mixed", "000000000000f0e1d2c3b4a59687", [
        text_part(text, charset="UTF-8", cte="quoted-printable"),
        binary_part(csv, "text/csv", "alva_deal_ALVA-0926-014.csv", charset="UTF-8"),
    ])
    msg = envelope([
        ("Return-Path", "<niels.bakker@alva-charging.nl>"),
        ("Received", received("mail-wr1-f44.google.com", "209.85.221.44", "4Pk2Vx6NcW9", INTAKE["alva"],
                              "Tue, 01 Sep 2026 15:02:37 +0200 (CEST)")),
        ("From", "Niels Bakker <niels.bakker@alva-charging.nl>"),
        ("Date", "Tue, 01 Sep 2026 15:02:33 +0200"),
        ("Message-ID", "<CAL4kXw2Pq9Nb7Tz1Ms5Rd3Yf8Gh0Vc6Ue2Jo4Lw@mail.gmail.com>"),
        ("Subject", "Opdracht ALVA-0926-014 (export uit CRM)"),
        ("To", INTAKE["alva"]),
    ], body)
    exp = answer("order", "alva", [order(
        "ALVA-0926-014", "Ruud Hermans", "ruud.hermans@planet.nl", "+31610203040",
        "Spoorlaan", "104A", "1312 KE", "Almere",
        [("ALVA-PULSAR-22", 1, "Wallbox Pulsar Plus 22 kW"), ("ALVA-INST-3F", 1, "Installatie 3-fase"),
         ("ALVA-KABEL-10M", 1, "Kabel 5x6 mm², 10 m")],
        "2026-09-14", "Laadpaal op de oprit; kabel via de kruipruimte.")], None,
        "CRM CSV export (comma, UTF-8 without BOM, English column names): one order over three lines, one per "
        "product; first/last name columns; date '14/09/2026' day-first; owner column is the Alva staff e-mail, "
        "not the customer's; deal_name is not a product.")
    return name, msg, exp


@case
def c026():
    name = "026-alva-belgian-mobile-dutch-address"
    text = """\
Hoi team,

Weer eentje voor jullie:

Opdrachtnummer - ALVA-0926-027
Eindklant - Jef Van Gorp
Locatie - Chaamseweg 41, 5111 hj Baarle-Nassau
GSM - +32 (0)475 98 76 54
E-mail - jef.vangorp@skynet.be
Product(en) - Pulsar Plus 11 kW (ALVA-PULSAR-11) + 3-fase installatie (ALVA-INST-3F)
Planning - donderdag 8 oktober
Opmerking - Klant woont in Nederland maar heeft een Belgisch nummer, gewoon bellen kan.

Dank!

Fleur Jongeneel
Accountmanager Zuid | Alva Charging
T +31 (0)20 820 4411
fleur.jongeneel@alva-charging.nl
"""
    body = text_part(text, charset="UTF-8", cte="base64")
    msg = envelope([
        ("Return-Path", "<fleur.jongeneel@alva-charging.nl>"),
        ("Received", received("mail-ed1-f53.google.com", "209.85.208.53", "4Vd9Qs4HxM1", INTAKE["alva"],
                              "Thu, 24 Sep 2026 12:40:04 +0200 (CEST)")),
        ("From", "Fleur Jongeneel <fleur.jongeneel@alva-charging.nl>"),
        ("Date", "Thu, 24 Sep 2026 12:40:00 +0200"),
        ("Message-ID", "<CAMf3Rj7Wx1Pq5Nz9Lb2Td6Ys0Gh8Vc4Ue3Ko7Jm@mail.gmail.com>"),
        ("Subject", "nieuwe opdracht: ALVA-0926-027 (Baarle-Nassau)"),
        ("To", INTAKE["alva"]),
    ], body)
    exp = answer("order", "alva", [order(
        "ALVA-0926-027", "Jef Van Gorp", "jef.vangorp@skynet.be", "+32475987654",
        "Chaamseweg", "41", "5111 HJ", "Baarle-Nassau",
        [("ALVA-PULSAR-11", 1, "Pulsar Plus 11 kW"), ("ALVA-INST-3F", 1, "3-fase installatie")],
        "2026-10-08", "Klant woont in Nederland maar heeft een Belgisch nummer, gewoon bellen kan.")], None,
        "Labels separated by ' - '; Dutch address (postcode '5111 hj' -> 5111 HJ) with a Belgian mobile "
        "'+32 (0)475 98 76 54' -> +32475987654 (drop the (0)); 'donderdag 8 oktober' without year -> 2026 from the "
        "Date header (8 Oct 2026 is a Thursday); SKUs in parentheses after descriptions.")
    return name, msg, exp


@case
def c027():
    name = "027-alva-self-reply-date-and-cable-correction"
    text = """\
Aanvulling/correctie op mijn mail van gisteren:
- de klant wil toch ook de kabel van 10 meter erbij (1x ALVA-KABEL-10M);
- de installatie kan niet op 27 oktober, dat wordt dinsdag 3 november 2026.

Rest blijft zoals hieronder.

Groet,
Niels

Op di 20 okt 2026 om 16:31 schreef Niels Bakker <niels.bakker@alva-charging.nl>:
> Hoi ChargeCars,
>
> Nieuwe opdracht:
>
> Opdrachtnr: ALVA-1026-031
> Naam: Merel Koster
> Adres: Oude Haagweg 212, 2552ES Den Haag
> Telefoon: 070 - 391 22 84
> E-mail: merel.koster@live.nl
> Product: 1x ALVA-PULSAR-11 (Pulsar Plus 11 kW), 1x ALVA-INST-3F (installatie 3-fase)
> Datum: dinsdag 27 oktober
> Opmerking: Laadpaal aan de muur van de garage, achterom via het hek.
>
> Groet,
>
""" + "\n".join("> " + l for l in ALVA_SIG_NIELS.split("\n")) + "\n"
    body = text_part(text, charset="UTF-8", cte="quoted-printable")
    msg = envelope([
        ("Return-Path", "<niels.bakker@alva-charging.nl>"),
        ("Received", received("mail-wr1-f58.google.com", "209.85.221.58", "4Bz5Lp8RqT4", INTAKE["alva"],
                              "Wed, 21 Oct 2026 08:52:14 +0200 (CEST)")),
        ("From", "Niels Bakker <niels.bakker@alva-charging.nl>"),
        ("Date", "Wed, 21 Oct 2026 08:52:10 +0200"),
        ("Message-ID", "<CAL4kXw9Tz3Mb1Pq7Nd5Rs2Yf6Gh4Vc0Ue8Jo1Lx@mail.gmail.com>"),
        ("In-Reply-To", "<CAL4kXw5Nd8Pq2Tz6Mb0Rs4Yf1Gh9Vc3Ue7Jo5Lk@mail.gmail.com>"),
        ("References", "<CAL4kXw5Nd8Pq2Tz6Mb0Rs4Yf1Gh9Vc3Ue7Jo5Lk@mail.gmail.com>"),
        ("Subject", "Re: Nieuwe opdracht ALVA-1026-031"),
        ("To", INTAKE["alva"]),
    ], body)
    exp = answer("order", "alva", [order(
        "ALVA-1026-031", "Merel Koster", "merel.koster@live.nl", "+31703912284",
        "Oude Haagweg", "212", "2552 ES", "Den Haag",
        [("ALVA-PULSAR-11", 1, "Pulsar Plus 11 kW"), ("ALVA-INST-3F", 1, "installatie 3-fase"),
         ("ALVA-KABEL-10M", 1, "kabel 10 meter")],
        "2026-11-03", "Laadpaal aan de muur van de garage, achterom via het hek.")], None,
        "Sender replies to his own earlier order mail (quoted with '>'); the new text adds a product line "
        "(ALVA-KABEL-10M) and moves the date from 'dinsdag 27 oktober' to 3 November 2026. Postcode '2552ES'.")
    return name, msg, exp


@case
def c028():
    name = "028-alva-fwd-dealer-pdf-werkbon-vague-week"
    text = """\
Hoi ChargeCars,

Doorgestuurd van onze partner E-Drive Laadoplossingen uit Zwolle (Alva dealer-ID ALVA-DLR-ZW1). Ik heb er bij ons opdracht ALVA-1126-002 van gemaakt. De werkbon met alle klantgegevens zit in de bijlage.

Groet,
Fleur

---------- Forwarded message ---------
Van: Rik Brouwer <rik@edrive-laadoplossingen.nl>
Date: vr 30 okt 2026 om 17:05
Subject: Werkbon laadpaal - fam. Brinkman
To: <partners@alva-charging.nl>


Hoi Alva,

Bijgaand de werkbon voor de familie Brinkman in Hattem. Zij willen graag de Pulsar Plus 22 kW met 3-fase installatie.

Met vriendelijke groet,

Rik Brouwer
E-Drive Laadoplossingen
Mob: 06 - 12 90 45 67
rik@edrive-laadoplossingen.nl
Nieuwe Deventerweg 100, 8014 AH Zwolle
"""
    lines = pdf_layout([
        ("F2", 16, "E-Drive Laadoplossingen"),
        ("F1", 9, "Nieuwe Deventerweg 100  -  8014 AH Zwolle  -  T 038 - 760 01 20  -  info@edrive-laadoplossingen.nl"),
        ("F1", 9, ""),
        ("F2", 14, "WERKBON 2026-118"),
        ("F1", 10, "Datum werkbon\t30-10-2026"),
        ("F1", 10, "Inkooporder\tEDR-PO-2026-118"),
        ("F1", 10, "Via\tAlva Charging"),
        ("F1", 10, ""),
        ("F2", 12, "Klant"),
        ("F1", 10, "Naam\tWouter Brinkman"),
        ("F1", 10, "Adres\tKerkstraat 27"),
        ("F1", 10, "Postcode en plaats\t8051 GJ Hattem"),
        ("F1", 10, "Telefoon\t038 - 444 81 20"),
        ("F1", 10, "E-mail\tw.brinkman@solcon.nl"),
        ("F1", 10, ""),
        ("F2", 12, "Werkzaamheden / materiaal"),
        ("F1", 10, "1 x ALVA-PULSAR-22\tWallbox Pulsar Plus 22 kW"),
        ("F1", 10, "1 x ALVA-INST-3F\tInstallatie 3-fase"),
        ("F1", 10, ""),
        ("F2", 12, "Planning"),
        ("F1", 10, "Uitvoering\tweek 46, liefst maandag of dinsdag"),
        ("F1", 10, "Bijzonderheden\tHond aanwezig. Meterkast in de garage."),
        ("F1", 10, ""),
        ("F1", 10, "Handtekening klant: ______________________"),
    ])
    pdf = make_pdf(lines, "Werkbon 2026-118", "E-Drive Laadoplossingen", "20261030170112+01'00'",
                   "0F1E2D3C4B5A69788796A5B4C3D2E1F0")
    body = multipart("mixed", "0000000000009c8b7a6f5e4d3c2b", [
        text_part(text, charset="UTF-8", cte="quoted-printable"),
        binary_part(pdf, "application/pdf", "Werkbon 2026-118 Brinkman.pdf"),
    ])
    msg = envelope([
        ("Return-Path", "<fleur.jongeneel@alva-charging.nl>"),
        ("Received", received("mail-ej1-f66.google.com", "209.85.218.66", "4Hw1Nc5TyK7", INTAKE["alva"],
                              "Mon, 02 Nov 2026 10:10:14 +0100 (CET)")),
        ("From", "Fleur Jongeneel <fleur.jongeneel@alva-charging.nl>"),
        ("Date", "Mon, 02 Nov 2026 10:10:10 +0100"),
        ("Message-ID", "<CAMf3Rj2Pq8Wx4Nz1Lb7Td3Ys5Gh0Vc9Ue6Ko2Jn@mail.gmail.com>"),
        ("Subject", "Fwd: Werkbon laadpaal - fam. Brinkman"),
        ("To", INTAKE["alva"]),
    ], body)
    exp = answer("order", "alva", [order(
        "ALVA-1126-002", "Wouter Brinkman", "w.brinkman@solcon.nl", "+31384448120",
        "Kerkstraat", "27", "8051 GJ", "Hattem",
        [("ALVA-PULSAR-22", 1, "Wallbox Pulsar Plus 22 kW"), ("ALVA-INST-3F", 1, "Installatie 3-fase")],
        None, "Week 46, liefst maandag of dinsdag. Hond aanwezig. Meterkast in de garage.",
        dealer="ALVA-DLR-ZW1", po="EDR-PO-2026-118")], None,
        "Gmail forward of a dealer mail plus the dealer's PDF work order; order id from the Alva top text, customer "
        "data only in the PDF. 'week 46' is a vague wish -> preferred_date null (kept in notes). Dealer's own "
        "mobile, e-mail, address and the PDF letterhead phone are not the customer's; werkbon date is not an "
        "install date.")
    return name, msg, exp


@case
def c029():
    name = "029-alva-status-question-en-no-show"
    text = """\
Hi ChargeCars,

Quick one: our customer Mr Van Gorp in Baarle-Nassau (ALVA-0926-027) was expecting your installer on Thursday 8 October, but nobody showed up and he hasn't been contacted since.

Can you tell me what happened and when the new appointment will be? I'd like to call him back today.

Thanks!

Priya Raghunathan
Customer Success | Alva Charging
T +31 (0)20 820 4411
priya.r@alva-charging.nl
"""
    body = text_part(text, charset="UTF-8", cte="7bit")
    msg = envelope([
        ("Return-Path", "<priya.r@alva-charging.nl>"),
        ("Received", received("mail-wm1-f61.google.com", "209.85.128.61", "4Kq8Dx2WmP5", INTAKE["alva"],
                              "Fri, 09 Oct 2026 09:14:26 +0200 (CEST)")),
        ("From", "Priya Raghunathan <priya.r@alva-charging.nl>"),
        ("Date", "Fri, 09 Oct 2026 09:14:22 +0200"),
        ("Message-ID", "<CAPr9Gh4Lx7Wq2Nz5Tb1Md8Ys3Kc6Vf0Ue9Jo4Rp@mail.gmail.com>"),
        ("Subject", "Where is the installer? (ALVA-0926-027)"),
        ("To", INTAKE["alva"]),
    ], body)
    exp = answer("status_question", "alva", [], "ALVA-0926-027",
                 "English status question about a missed appointment for order 026; no order data beyond a name, "
                 "town and date.")
    return name, msg, exp


@case
def c030():
    name = "030-alva-commission-invoice-pdf"
    text = """\
Beste relatie,

In de bijlage vindt u factuur 2026-1187 voor de partnerprovisie over het derde kwartaal van 2026.

Factuurnummer:  2026-1187
Factuurdatum:   05-10-2026
Vervaldatum:    04-11-2026
Bedrag:         € 1.128,62 (incl. 21% btw)

Wij verzoeken u het bedrag binnen 30 dagen over te maken op NL44 INGB 0007 1234 56 t.n.v. Alva Charging B.V., onder vermelding van het factuurnummer.

Met vriendelijke groet,

Financiële administratie
Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam
finance@alva-charging.nl
"""
    lines = pdf_layout([
        ("F2", 18, "FACTUUR"),
        ("F1", 10, "Alva Charging B.V.  -  Keizersgracht 62  -  1015 CS Amsterdam  -  KvK 81234567  -  btw NL862345678B01"),
        ("F1", 10, ""),
        ("F1", 10, "Aan\tChargeCars B.V., t.a.v. crediteurenadministratie"),
        ("F1", 10, "Factuurnummer\t2026-1187"),
        ("F1", 10, "Factuurdatum\t05-10-2026"),
        ("F1", 10, "Vervaldatum\t04-11-2026"),
        ("F1", 10, ""),
        ("F2", 11, "Omschrijving: partnerprovisie Q3 2026 (juli t/m september)"),
        ("F1", 10, "ALVA-0726-008  Pulsar Plus 11 kW + installatie\tEUR 186,00"),
        ("F1", 10, "ALVA-0826-011  Pulsar Plus 22 kW + installatie + kabel\tEUR 247,00"),
        ("F1", 10, "ALVA-0926-014  Pulsar Plus 22 kW + installatie + kabel\tEUR 247,00"),
        ("F1", 10, "ALVA-0826-019  Pulsar Plus 11 kW + installatie\tEUR 252,74"),
        ("F1", 10, ""),
        ("F1", 10, "Subtotaal\tEUR 932,74"),
        ("F1", 10, "Btw 21%\tEUR 195,88"),
        ("F2", 10, "Totaal\tEUR 1.128,62"),
        ("F1", 10, ""),
        ("F1", 9, "Betaling binnen 30 dagen op NL44 INGB 0007 1234 56 o.v.v. factuurnummer."),
    ], tab=380)
    pdf = make_pdf(lines, "Factuur 2026-1187", "Alva Charging B.V.", "20261005091530+02'00'",
                   "11223344556677889900AABBCCDDEEFF")
    body = multipart("mixed", "----=_Part_5521_1187.1791187330000", [
        text_part(text, charset="UTF-8", cte="quoted-printable"),
        binary_part(pdf, "application/pdf", "Factuur_2026-1187_Alva_Charging.pdf"),
    ])
    msg = envelope([
        ("Return-Path", "<finance@alva-charging.nl>"),
        ("Received", received("mail-wr1-f79.google.com", "209.85.221.79", "4Ls6Fv3ZnQ8", INTAKE["alva"],
                              "Mon, 05 Oct 2026 09:15:35 +0200 (CEST)")),
        ("From", "Alva Charging Finance <finance@alva-charging.nl>"),
        ("Date", "Mon, 05 Oct 2026 09:15:30 +0200"),
        ("Message-ID", "<inv.2026-1187.1791187330@alva-charging.nl>"),
        ("Subject", "Factuur 2026-1187 - partnerprovisie Q3 2026"),
        ("To", INTAKE["alva"]),
    ], body)
    exp = answer("other", "alva", [], None,
                 "Commission invoice with a PDF listing four Alva order ids, products and amounts: an invoice, not "
                 "an order, cancellation or status question.")
    return name, msg, exp

# --------------------------------------------------------------------------- main


def build() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for fn in CASES:
        name, msg, exp = fn()
        files[f"emails/{name}.eml"] = to_bytes(msg)
        files[f"expected/{name}.json"] = (json.dumps(exp, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return files


def main(argv: list[str]) -> int:
    files = build()
    names = sorted(k for k in files if k.startswith("emails/"))
    assert len(names) == len(CASES) == len({n.split("/")[1][:3] for n in names}), "duplicate numbers"
    if "--check" in argv:
        bad = [k for k, v in files.items() if not (HERE / k).exists() or (HERE / k).read_bytes() != v]
        for k in bad:
            print("differs:", k)
        print(f"{len(files) - len(bad)}/{len(files)} files identical")
        return 1 if bad else 0
    for sub in ("emails", "expected"):
        (HERE / sub).mkdir(exist_ok=True)
        for old in (HERE / sub).iterdir():
            if f"{sub}/{old.name}" not in files:
                old.unlink()
    for k, v in files.items():
        (HERE / k).write_bytes(v)
    print(f"wrote {len(names)} messages and {len(names)} answers under {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
