#!/usr/bin/env python3
"""Build the holdout7 blind batch: 30 partner e-mails with their expected answers.

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


def make_pdf(pages, title, doc_id, author="", created="D:20261203142100+01'00'"):
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
    info = add(b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author)
               + b" /Producer (holdout7 pdf writer) /CreationDate (" + created.encode("ascii") + b") >>")
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


def make_xlsx(sheets, creator="", stamp=(2026, 12, 3, 9, 31, 0)):
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
    iso = "%04d-%02d-%02dT%02d:%02d:%02dZ" % stamp
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
                  f'<dc:creator>{_xml_esc(creator)}</dc:creator>'
                  f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
                  f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified>'
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
            zi = zipfile.ZipInfo(name, date_time=stamp)
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

# --------------------------------------------------------------------------- helpers (holdout7)

import datetime as _dt
import email.utils as _eu
import hashlib as _hl


def headers_for(slug, frm_name, frm_addr, to, subject, date, msgid, host, ip, extra=(), cc=None,
                delay=7, charset="utf-8", to_name=None):
    """Return-Path, Received (a few seconds after Date), From, To, [Cc], Subject, Date, Message-ID, extra."""
    dt = _eu.parsedate_to_datetime(date)
    stamp = _eu.format_datetime(dt + _dt.timedelta(seconds=delay)) + " (CET)"
    mxid = "4" + base64.b32encode(_hl.sha1(slug.encode()).digest()).decode()[:10].lower()
    hs = [("Return-Path", f"<{frm_addr}>"),
          received(host, ip, mxid, stamp, to),
          ("From", addr(frm_name, frm_addr, charset)),
          ("To", addr(to_name, to) if to_name else to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", enc_words(subject, charset)), ("Date", date), ("Message-ID", msgid)]
    hs += list(extra)
    return hs


def boundary(slug, n=1):
    return "----=_Part_%d_%s" % (n, _hl.sha1((slug + str(n)).encode()).hexdigest()[:24])


def outlook_id(slug):
    h = _hl.sha1(slug.encode()).hexdigest().upper()
    return f"<AM{h[0:1].replace('A','7')}PR0{int(h[1],16)%9+1}MB{int(h[2:5],16)%9000+1000}{h[5:33]}@AM{h[0:1].replace('A','7')}PR0{int(h[1],16)%9+1}MB{int(h[2:5],16)%9000+1000}.eurprd0{int(h[1],16)%9+1}.prod.outlook.com>"


def gmail_id(slug):
    h = base64.urlsafe_b64encode(_hl.sha1(slug.encode()).digest() + _hl.md5(slug.encode()).digest()).decode()
    return f"<CA+{h[:42].replace('=', 'x')}@mail.gmail.com>"


def E(s):
    return htmlmod.escape(s, quote=False)


GRO, ESS, ENE, FIV, ALV = ("groendus@orders.chargecars.nl", "essent@orders.chargecars.nl",
                           "eneco@orders.chargecars.nl", "50five@orders.chargecars.nl",
                           "alva@orders.chargecars.nl")
OUTLOOK_HOST = ("mail-db8eur05on2118.outbound.protection.outlook.com", "40.107.20.118")
GMAIL_HOST = ("mail-wm1-f53.google.com", "209.85.128.53")

GRO_DESC = {"GRO-ALFEN-11": "Alfen Eve Single S-line 11 kW",
            "GRO-INSTALL-1": "Installatie standaard 1-fase",
            "GRO-INSTALL-3": "Installatie standaard 3-fase"}
ESS_DESC = {"ESS-WALLBOX-22": "Alfen Eve Double Pro-line 22 kW",
            "ESS-INSTALL-STD": "Standaard installatie 3-fase",
            "ESS-KABEL-T2-5M": "Laadkabel type 2, 5 meter"}
ESS_PRICE = {"ESS-WALLBOX-22": "€ 1.349,00", "ESS-INSTALL-STD": "€ 695,00", "ESS-KABEL-T2-5M": "€ 189,00"}
ENE_DESC = {"ENE-EVBOX-11": "EVBox Livo 11 kW, vaste kabel 5 m",
            "ENE-INST-1F": "Installatie 1-fase (tot 10 m kabel)"}
ALV_DESC = {"ALVA-PULSAR-11": "Pulsar Plus 11 kW", "ALVA-PULSAR-22": "Pulsar Plus 22 kW",
            "ALVA-INST-3F": "installatie 3-fase", "ALVA-KABEL-10M": "kabel 5x6 mm², 10 m"}

OUTLOOK_HOST2 = ("mail-am0eur02on2071.outbound.protection.outlook.com", "40.107.247.71")
GMAIL_HOST2 = ("mail-ej1-f45.google.com", "209.85.218.45")


def _wd_check(iso, weekday):
    """Guard: a written weekday must match its date."""
    assert _dt.date.fromisoformat(iso).strftime("%A") == weekday, (iso, weekday)


# --------------------------------------------------------------------------- Groendus

GRO_PORTAL_HEAD = ("Groendus partnerportaal | opdracht voor installatiepartner\n"
                   "==========================================================\n\n")
GRO_PORTAL_FOOT = """\
--
Dit is een automatisch bericht van het Groendus partnerportaal; antwoorden op dit adres worden niet gelezen.
Partnerdesk Groendus: 088-7654321 | partnerdesk@groendus.nl
"""


def gro_block(o):
    """o: dict with the portal fields, as the portal writes them."""
    lines = [f"Ordernummer: {o['id']}", f"Orderdatum: {o['odate']}", f"Klantnummer: {o['acct']}", "",
             f"Naam: {o['name']}", f"E-mail: {o['mail']}", f"Telefoon: {o['tel']}",
             f"Straat: {o['street']}", f"Huisnummer: {o['hn']}", f"Toevoeging: {o['add']}".rstrip(),
             f"Postcode: {o['pc']}", f"Plaats: {o['city']}", ""]
    for i, (sku, q) in enumerate(o["items"], 1):
        lines.append(f"Artikel {i}: {sku} | {GRO_DESC[sku]} | aantal: {q}")
    lines += ["", f"Gewenste installatiedatum: {o['date']}", f"Opmerkingen: {o['rem']}".rstrip()]
    return "\n".join(lines) + "\n"


def gro_products(items):
    return [product(sku, q, GRO_DESC[sku]) for sku, q in items]


def gro_portal_headers(slug, subject, date, msgid):
    return headers_for(slug, "Groendus Orderdesk", "orderdesk@groendus.nl", GRO, subject, date, msgid,
                       "portal.groendus.nl", "185.102.4.17",
                       extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Groendus Partnerportaal 4.25")])


G001 = dict(id="GRD-2026-08531", odate="22-11-2026", acct="7700231548", name="Femke Oosterhof",
            mail="femke.oosterhof@gmail.com", tel="+31 (0)6 2874 1093", street="Soestdijkseweg Zuid", hn="212",
            add="", pc="3723 HG", city="Bilthoven", items=[("GRO-ALFEN-11", 1), ("GRO-INSTALL-1", 1)],
            date="08-01-2027", rem="Laadpaal op de oprit naast de garage; de meterkast zit in de hal.")


@msg
def m001():
    slug = "001-groendus-portal-order"
    text = (GRO_PORTAL_HEAD + "U heeft een nieuwe installatieopdracht ontvangen.\n\n" + gro_block(G001) + "\n"
            + GRO_PORTAL_FOOT)
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = gro_portal_headers(slug, "Nieuwe order GRD-2026-08531", "Mon, 23 Nov 2026 07:45:12 +0100",
                            "<2b94e17c0a3d.8f61c2e0@portal.groendus.nl>")
    ans = answer("order", "groendus", [order(
        "GRD-2026-08531", "Femke Oosterhof", "femke.oosterhof@gmail.com", "+31628741093",
        "Soestdijkseweg Zuid", "212", "3723 HG", "Bilthoven", gro_products(G001["items"]),
        "2027-01-08", "Laadpaal op de oprit naast de garage; de meterkast zit in de hal.",
        account="7700231548")], None,
        "Clean Groendus portal order; phone '+31 (0)6 2874 1093'; two-word street name; empty Toevoeging; "
        "Orderdatum is not the install date. Asked about in 006.")
    return slug, message(hs, root), ans


@msg
def m002():
    slug = "002-groendus-portal-company-customer"
    o = dict(id="GRD-2026-08539", odate="24-11-2026", acct="7700231733", name="Autoschadebedrijf Kroes B.V.",
             mail="Planning@Kroes-Autoschade.nl", tel="0297-281 540", street="Industrieweg", hn="14", add="",
             pc="1422 ah", city="Uithoorn", items=[("GRO-ALFEN-11", 2), ("GRO-INSTALL-3", 2)],
             date="02-02-2027",
             rem="Twee laadpunten op het eigen parkeerterrein achter de werkplaats. Contactpersoon: Arno Kroes.")
    text = (GRO_PORTAL_HEAD + "U heeft een nieuwe installatieopdracht ontvangen.\n\n" + gro_block(o) + "\n"
            + GRO_PORTAL_FOOT)
    root = text_part(text, "plain", "iso-8859-1", "quoted-printable")
    hs = gro_portal_headers(slug, "Nieuwe order GRD-2026-08539", "Tue, 24 Nov 2026 13:02:44 +0100",
                            "<91c0d5e83f27.4a0b6e19@portal.groendus.nl>")
    ans = answer("order", "groendus", [order(
        "GRD-2026-08539", "Autoschadebedrijf Kroes B.V.", "planning@kroes-autoschade.nl", "+31297281540",
        "Industrieweg", "14", "1422 AH", "Uithoorn", gro_products(o["items"]),
        "2027-02-02", "Twee laadpunten op het eigen parkeerterrein achter de werkplaats. Contactpersoon: Arno Kroes.",
        account="7700231733")], None,
        "Portal order for a company customer: name is the company as written in Naam; the contact person is only "
        "in the remark, which is copied verbatim; quantity 2 on both lines; mixed-case e-mail, lower-case "
        "postcode, landline '0297-281 540'.")
    return slug, message(hs, root), ans


@msg
def m003():
    slug = "003-groendus-csv-two-orders"
    cols = ("ordernummer,orderdatum,klantnummer,naam,email,telefoon,straat,huisnummer,toevoeging,postcode,"
            "plaats,artikel,omschrijving,aantal,gewenste_datum,opmerkingen")
    a = ("GRD-2026-08544,25-11-2026,7700231902,Ilse Brouwer,ilse.brouwer@live.nl,0652814309,"
         "Westersingel,86,,8913 CL,Leeuwarden")
    b = ("GRD-2026-08545,25-11-2026,7700231977,Wouter Dijkstra,w.dijkstra@hetnet.nl,+31 6 1840 5527,"
         "Stationsweg,3,a,9201 GN,Drachten")
    rem_b = '"Oprit ca. 25 m lang, kabel onder de bestrating door"'
    rows = [cols,
            f"{a},GRO-ALFEN-11,Alfen Eve Single S-line 11 kW,1,2026-12-17,",
            f"{a},GRO-INSTALL-1,Installatie standaard 1-fase,1,2026-12-17,",
            f"{b},GRO-ALFEN-11,Alfen Eve Single S-line 11 kW,1,2027-01-06,{rem_b}",
            f"{b},GRO-INSTALL-3,Installatie standaard 3-fase,1,2027-01-06,{rem_b}"]
    csv = ("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8")
    text = """\
Orderexport Groendus partnerportaal

Export aangemaakt: 26-11-2026 06:00
Orders in dit bestand: 2
Bijlage: groendus_orders_20261126.csv

--
Automatisch verzonden door het Groendus partnerportaal.
"""
    root = multipart("mixed", boundary(slug), [
        text_part(text, "plain", "utf-8", "7bit"),
        file_part(csv, "text/csv", "groendus_orders_20261126.csv", charset="utf-8"),
    ])
    hs = gro_portal_headers(slug, "Orderexport 26-11-2026 (2 orders)", "Thu, 26 Nov 2026 06:00:04 +0100",
                            "<d4a7f0b21c98.0e3b5a76@portal.groendus.nl>")
    ans = answer("order", "groendus", [
        order("GRD-2026-08544", "Ilse Brouwer", "ilse.brouwer@live.nl", "+31652814309",
              "Westersingel", "86", "8913 CL", "Leeuwarden",
              gro_products([("GRO-ALFEN-11", 1), ("GRO-INSTALL-1", 1)]), "2026-12-17", None,
              account="7700231902"),
        order("GRD-2026-08545", "Wouter Dijkstra", "w.dijkstra@hetnet.nl", "+31618405527",
              "Stationsweg", "3A", "9201 GN", "Drachten",
              gro_products([("GRO-ALFEN-11", 1), ("GRO-INSTALL-3", 1)]), "2027-01-06",
              "Oprit ca. 25 m lang, kabel onder de bestrating door", account="7700231977")], None,
        "CSV export (UTF-8 with BOM, comma separated) with two orders over four lines, two lines per order; "
        "rows must be grouped by ordernummer and must not bleed; empty opmerkingen -> null for the first order; "
        "toevoeging 'a' -> 3A; quoted remark with a comma; the export date is not an install date.")
    return slug, message(hs, root), ans


@msg
def m004():
    slug = "004-groendus-prose-dealer-slash-date"
    text = """\
Goedemiddag,

Via Autohaus Kamps in Venlo heeft de heer Sjoerd Claassen een Volkswagen ID.7 gekocht. De dealer heeft hem bij ons aangemeld voor een thuislaadpunt: 1x GRO-ALFEN-11 met de 3-fase installatie (GRO-INSTALL-3).

Gegevens van de klant:
Sjoerd Claassen
Kaldenkerkerweg 129
5913 AE Venlo
077 - 351 46 20
sjoerd.claassen@kpnmail.nl
Klantnummer: 7700232216

De koop is op 20/11/2026 bij de dealer getekend en de auto komt half januari. Meneer Claassen wil de laadpaal graag op 12/01/2027 laten plaatsen, dan heeft hij vrij genomen.

De laadpaal komt aan de achtergevel, bij de carport.

Administratief: Autohaus Kamps heeft bij Groendus dealer-ID GRD-DLR-263 en inkoopnummer KMP-VL-26-0418. Ons ordernummer is GRD-2026-08561.

Met vriendelijke groet,

Jorien Lammers
Accountmanager Dealers Zuid | Groendus
06 19 47 22 81
"""
    root = text_part(text, "plain", "utf-8", "base64")
    hs = headers_for(slug, "Jorien Lammers", "jorien.lammers@groendus.nl", GRO,
                     "Thuislader voor klant Autohaus Kamps Venlo", "Fri, 27 Nov 2026 14:18:36 +0100",
                     outlook_id(slug), *OUTLOOK_HOST2, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "groendus", [order(
        "GRD-2026-08561", "Sjoerd Claassen", "sjoerd.claassen@kpnmail.nl", "+31773514620",
        "Kaldenkerkerweg", "129", "5913 AE", "Venlo",
        gro_products([("GRO-ALFEN-11", 1), ("GRO-INSTALL-3", 1)]),
        "2027-01-12", "De laadpaal komt aan de achtergevel, bij de carport.",
        dealer="GRD-DLR-263", po="KMP-VL-26-0418", account="7700232216")], None,
        "Dealer prose (UTF-8 base64); slash date 12/01/2027 read day-first -> 2027-01-12; the signing date "
        "20/11/2026 and 'half januari' (car) are distractors; the account manager's mobile in the signature "
        "is not the customer's.")
    return slug, message(hs, root), ans


G005 = dict(id="GRD-2026-08577", odate="30-11-2026", acct="7700232540", name="Annemiek van Wijk",
            mail="annemiek.vanwijk@ziggo.nl", tel="06-50 27 91 36", street="Rijksstraatweg", hn="311", add="",
            pc="2022 DH", city="Haarlem", items=[("GRO-ALFEN-11", 1), ("GRO-INSTALL-1", 1)],
            date="21-01-2027", rem="Meterkast in de berging achter het huis.")


@msg
def m005():
    slug = "005-groendus-doorst-sku-correction"
    text = ("""\
Hallo,

Hieronder een order van gisteren, met één correctie: mevrouw Van Wijk heeft een 3-fase aansluiting, dus het moet de 3-fase installatie GRO-INSTALL-3 zijn in plaats van GRO-INSTALL-1. De laadpaal en alle andere gegevens blijven hetzelfde.

Groet,
Mirjam Verheul
Partnerdesk Groendus
088-7654321

-----Oorspronkelijk bericht-----
Van: Groendus Orderdesk <orderdesk@groendus.nl>
Verzonden: maandag 30 november 2026 16:52
Aan: Partnerdesk Groendus <partnerdesk@groendus.nl>
Onderwerp: Nieuwe order GRD-2026-08577

""" + GRO_PORTAL_HEAD + "U heeft een nieuwe installatieopdracht ontvangen.\n\n" + gro_block(G005) + "\n"
            + GRO_PORTAL_FOOT)
    root = text_part(text, "plain", "iso-8859-1", "base64")
    hs = headers_for(slug, "Mirjam Verheul", "mirjam.verheul@groendus.nl", GRO,
                     "Doorst: Nieuwe order GRD-2026-08577", "Tue, 01 Dec 2026 09:37:50 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0"),
                                                            ("Thread-Topic", "Nieuwe order GRD-2026-08577")])
    ans = answer("order", "groendus", [order(
        "GRD-2026-08577", "Annemiek van Wijk", "annemiek.vanwijk@ziggo.nl", "+31650279136",
        "Rijksstraatweg", "311", "2022 DH", "Haarlem",
        gro_products([("GRO-ALFEN-11", 1), ("GRO-INSTALL-3", 1)]),
        "2027-01-21", "Meterkast in de berging achter het huis.", account="7700232540")], None,
        "Outlook inline forward ('Doorst:', ISO-8859-1 base64); the order is in the quoted portal mail; the "
        "newest text replaces the installation SKU GRO-INSTALL-1 -> GRO-INSTALL-3, everything else from the "
        "quoted order; the partnerdesk phone is not the customer's.")
    return slug, message(hs, root), ans


@msg
def m006():
    slug = "006-groendus-status-question"
    text = """\
Goedemorgen,

Mevrouw Oosterhof uit Bilthoven (order GRD-2026-08531) belde ons gisteren. Ze heeft 8 januari als voorkeursdatum opgegeven, maar nog niets van jullie gehoord. Ze wil weten of die datum doorgaat, want dan vraagt ze die dag vrij aan.

Kunnen jullie laten weten of de installatie al gepland is?

Met vriendelijke groet,
Mirjam Verheul
Partnerdesk Groendus
088-7654321
"""
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Mirjam Verheul", "mirjam.verheul@groendus.nl", GRO,
                     "Vraag over planning GRD-2026-08531", "Fri, 04 Dec 2026 10:26:03 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("status_question", "groendus", [], "GRD-2026-08531",
                 "Status question about order 001; repeats name, town and the wished date but is no order.")
    return slug, message(hs, root), ans


# --------------------------------------------------------------------------- Essent

def ess_fields(o):
    return [("Opdrachtnummer", o["id"]), ("Klantnummer Essent", o["acct"]), ("Naam klant", o["name"]),
            ("Adres", o["adres"]), ("Postcode en plaats", o["pcplaats"]), ("Telefoon", o["tel"]),
            ("E-mail", o["mail"]), ("Gewenste installatiedatum", o["date"]), ("Opmerking", o["rem"])]


ESS_INTRO = ("Via het Essent partnerplatform is de volgende opdracht aan u toegewezen. Wilt u binnen twee "
             "werkdagen met de klant een installatieafspraak maken?")
ESS_FOOT = "Essent Retail Energie B.V. - Willemsplein 4 - 5211 AK 's-Hertogenbosch - KvK 17122214"


def ess_text(o):
    out = ["ESSENT | INSTALLATIEOPDRACHT", "", "Beste installatiepartner,", "", ESS_INTRO, ""]
    out += [f"{k}: {v}" for k, v in ess_fields(o)]
    out += ["", "Producten:"]
    out += [f"- {sku}  {ESS_DESC[sku]}  aantal {q}  {ESS_PRICE[sku]}" for sku, q in o["items"]]
    out += ["", "Met vriendelijke groet,", "Team Laadoplossingen", "Essent", "", ESS_FOOT, ""]
    return "\n".join(out)


def ess_html(o, charset="utf-8"):
    th = 'style="background:#f2f2f2;font-weight:bold;width:220px"'
    rows = "\n".join(f"<tr><td {th}>{E(k)}</td><td>{E(v)}</td></tr>" for k, v in ess_fields(o))
    prods = "\n".join(f'<tr><td>{sku}</td><td>{E(ESS_DESC[sku])}</td><td align="center">{q}</td>'
                      f'<td align="right">{E(ESS_PRICE[sku])}</td></tr>' for sku, q in o["items"])
    return f"""\
<!DOCTYPE html>
<html lang="nl"><head><meta charset="{charset}"><title>Installatieopdracht {o['id']}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#e4003a;color:#fff;padding:10px 14px;font-size:18px">essent &nbsp;|&nbsp; Installatieopdracht</td></tr></table>
<p>Beste installatiepartner,</p>
<p>{E(ESS_INTRO)}</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;border-color:#ccc" width="640">
{rows}
</table>
<h3 style="font-size:14px;margin-top:18px">Producten</h3>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;border-color:#ccc" width="640">
<tr style="background:#f2f2f2"><th align="left">Artikelcode</th><th align="left">Omschrijving</th><th>Aantal</th><th align="right">Prijs incl. btw</th></tr>
{prods}
</table>
<p>Met vriendelijke groet,<br>Team Laadoplossingen<br>Essent</p>
<p style="font-size:10px;color:#888">Essent Retail Energie B.V. &middot; Willemsplein 4 &middot; 5211 AK &#39;s-Hertogenbosch &middot; KvK 17122214<br>
Verzonden vanuit het Essent partnerplatform; dit adres wordt niet gelezen.</p>
</body></html>
"""


def ess_headers(slug, subject, date, msgid, extra=(), charset="utf-8"):
    return headers_for(slug, "Essent Laadoplossingen", "laadoplossingen@essent.nl", ESS, subject, date, msgid,
                       "mailer01.essent.nl", "193.172.81.44", to_name="ChargeCars Orders", charset=charset,
                       extra=[("Auto-Submitted", "auto-generated")] + list(extra))


def ess_products(items, desc=None):
    desc = desc or {}
    return [product(sku, q, desc.get(sku, ESS_DESC[sku])) for sku, q in items]


E007 = dict(id="ESS-59342108", acct="2005247731", name="Lieke Mulders", adres="Oranjesingel 58-1",
            pcplaats="6511 NW Nijmegen", tel="024-3228147", mail="lieke.mulders@gmail.com", date="2027-01-18",
            rem="Bovenwoning; laadpaal komt in de gedeelde binnentuin, de VvE heeft ingestemd.",
            items=[("ESS-WALLBOX-22", 1), ("ESS-INSTALL-STD", 1)])


@msg
def m007():
    slug = "007-essent-platform-order-alternative"
    o = E007
    root = multipart("alternative", boundary(slug), [
        text_part(ess_text(o), "plain", "utf-8", "quoted-printable"),
        text_part(ess_html(o), "html", "utf-8", "quoted-printable"),
    ])
    hs = ess_headers(slug, "Essent installatieopdracht ESS-59342108", "Tue, 24 Nov 2026 10:31:27 +0100",
                     "<5e02a9c4d7b1.c3f8e640@mailer01.essent.nl>")
    ans = answer("order", "essent", [order(
        "ESS-59342108", "Lieke Mulders", "lieke.mulders@gmail.com", "+31243228147",
        "Oranjesingel", "58-1", "6511 NW", "Nijmegen", ess_products(o["items"]),
        "2027-01-18", "Bovenwoning; laadpaal komt in de gedeelde binnentuin, de VvE heeft ingestemd.",
        account="2005247731")], None,
        "Clean Essent platform order, text+HTML QP; numeric addition in 'Oranjesingel 58-1'; postcode and city "
        "in one field; Essent's own address in the footer. Cancelled by 011.")
    return slug, message(hs, root), ans


@msg
def m008():
    slug = "008-essent-platform-cp1252-two-wallboxes"
    o = dict(id="ESS-59351670", acct="2005250418", name="Gaëlle Dubois-Vermaat", adres="Wilhelminapark 22",
             pcplaats="5041 EC Tilburg", tel="013-5448027", mail="gaelle.dubois@outlook.com", date="2027-02-03",
             rem="Twee laadpunten naast elkaar aan de garagemuur, één aansluiting vanuit de meterkast.",
             items=[("ESS-WALLBOX-22", 2), ("ESS-INSTALL-STD", 1)])
    root = multipart("alternative", boundary(slug), [
        text_part(ess_text(o), "plain", "windows-1252", "base64"),
        text_part(ess_html(o, "windows-1252"), "html", "windows-1252", "base64"),
    ])
    hs = ess_headers(slug, "Essent installatieopdracht ESS-59351670", "Mon, 30 Nov 2026 11:08:19 +0100",
                     "<0a6cf3e81b54.97d2e03b@mailer01.essent.nl>")
    ans = answer("order", "essent", [order(
        "ESS-59351670", "Gaëlle Dubois-Vermaat", "gaelle.dubois@outlook.com", "+31135448027",
        "Wilhelminapark", "22", "5041 EC", "Tilburg", ess_products(o["items"]),
        "2027-02-03", "Twee laadpunten naast elkaar aan de garagemuur, één aansluiting vanuit de meterkast.",
        account="2005250418")], None,
        "Essent platform order in windows-1252 base64 (text+HTML, ë, é, €); quantity 2 for the wallbox and 1 for "
        "the installation: the quantities differ per line and must be kept as written.")
    return slug, message(hs, root), ans


@msg
def m009():
    slug = "009-essent-prose-dotted-date"
    text = """\
Goedemiddag,

Namens onze zakelijke klant, mevrouw Esra Aydemir (klantnummer 2005253396), vraag ik een laadpaal aan bij haar woning. Haar nieuwe leaseauto loopt via dealergroep Stam Mobility, dealer-ID STM-058; de auto wordt op 04.01.2027 geleverd.

Zij heeft gekozen voor de ESS-WALLBOX-22 met de standaard installatie ESS-INSTALL-STD.

Adres: Laan van Nieuw Oost-Indië 190, 2593 BS Den Haag
Telefoon: 070 - 383 91 54
E-mail: e.aydemir@casema.nl

Mevrouw Aydemir heeft het liefst dat de installatie op 14.01.2027 plaatsvindt, dat is een donderdag en dan werkt ze thuis.
De laadpaal komt op de parkeerplaats achter het huis, bereikbaar via de brandgang.

Onze referentie is ESS-59357214, het inkoopordernummer van Stam Mobility is 4500147720.

Met vriendelijke groet,

Marco Hesselink
Accountmanager Zakelijk | Essent
06-23 58 90 14
"""
    root = text_part(text, "plain", "iso-8859-1", "quoted-printable")
    hs = headers_for(slug, "Marco Hesselink", "marco.hesselink@essent.nl", ESS,
                     "Laadpaalaanvraag mevr. Aydemir (Den Haag)", "Wed, 02 Dec 2026 14:47:05 +0100",
                     outlook_id(slug), *OUTLOOK_HOST2, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "essent", [order(
        "ESS-59357214", "Esra Aydemir", "e.aydemir@casema.nl", "+31703839154",
        "Laan van Nieuw Oost-Indië", "190", "2593 BS", "Den Haag",
        ess_products([("ESS-WALLBOX-22", 1), ("ESS-INSTALL-STD", 1)], {"ESS-INSTALL-STD": "Standaard installatie"}),
        "2027-01-14", "De laadpaal komt op de parkeerplaats achter het huis, bereikbaar via de brandgang.",
        dealer="STM-058", po="4500147720", account="2005253396")], None,
        "Account-manager prose (ISO-8859-1 QP, ë in the street); dotted dates: 14.01.2027 is the install wish, "
        "04.01.2027 is the car delivery; SKUs inline; dealer id, PO and account inline; her colleague's mobile "
        "in the signature is not the customer's.")
    return slug, message(hs, root), ans


@msg
def m010():
    slug = "010-essent-fw-inline-name-correction"
    o = dict(id="ESS-59338842", acct="2005246109", name="Jeroen Bruggeman", adres="Dorpsweg 117 A",
             pcplaats="1676 GE Twisk", tel="0227-581 320", mail="j.brugman@quicknet.nl", date="2026-12-21",
             rem="Graag na 10.00 uur, klant brengt eerst de kinderen naar school.",
             items=[("ESS-WALLBOX-22", 1), ("ESS-INSTALL-STD", 1)])
    text = ("""\
Hallo ChargeCars,

Ik stuur deze opdracht even door met een correctie. De achternaam van de klant is in ons platform verkeerd overgenomen: het is Jeroen Brugman (zoals in zijn e-mailadres), niet Bruggeman. Alle andere gegevens kloppen.

Met vriendelijke groet,

Marco Hesselink
Accountmanager Zakelijk | Essent
06-23 58 90 14

________________________________
Van: Essent Laadoplossingen <laadoplossingen@essent.nl>
Verzonden: maandag 23 november 2026 15:40
Aan: Marco Hesselink <marco.hesselink@essent.nl>
Onderwerp: Essent installatieopdracht ESS-59338842

""" + ess_text(o))
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Marco Hesselink", "marco.hesselink@essent.nl", ESS,
                     "FW: Essent installatieopdracht ESS-59338842", "Thu, 03 Dec 2026 08:55:41 +0100",
                     outlook_id(slug), *OUTLOOK_HOST2, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "essent", [order(
        "ESS-59338842", "Jeroen Brugman", "j.brugman@quicknet.nl", "+31227581320",
        "Dorpsweg", "117A", "1676 GE", "Twisk", ess_products(o["items"]),
        "2026-12-21", "Graag na 10.00 uur, klant brengt eerst de kinderen naar school.", account="2005246109")],
        None,
        "Outlook inline forward (text only) of the platform mail; the newest text corrects the surname "
        "Bruggeman -> Brugman, everything else from the quoted order; '117 A' -> 117A; landline with a space.")
    return slug, message(hs, root), ans


@msg
def m011():
    slug = "011-essent-cancellation-prose"
    text = """\
Goedemiddag,

Wilt u opdracht ESS-59342108 van mevrouw Mulders (Oranjesingel, Nijmegen) annuleren? De netbeheerder kan haar aansluiting pas in het voorjaar verzwaren en de klant ziet daarom af van de laadpaal. De installatie die voor 18 januari op de planning stond, kan dus vervallen.

Mocht ze later opnieuw willen, dan sturen we een nieuwe opdracht.

Met vriendelijke groet,

Marco Hesselink
Accountmanager Zakelijk | Essent
06-23 58 90 14
"""
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Marco Hesselink", "marco.hesselink@essent.nl", ESS,
                     "Annuleren ESS-59342108", "Fri, 04 Dec 2026 15:12:58 +0100",
                     outlook_id(slug), *OUTLOOK_HOST2, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("cancellation", "essent", [], "ESS-59342108",
                 "Cancellation of order 007 written by an account manager (not the platform template); a "
                 "possible later re-order is not an order.")
    return slug, message(hs, root), ans


@msg
def m012():
    slug = "012-essent-completion-acknowledgement"
    text = """\
Hoi,

Dank voor het opleverrapport, dat ziet er goed uit. We hebben de opdracht in ons platform op 'afgerond' gezet; de factuur mag naar facturatie-laadoplossingen@essent.nl.

Groet,
Team Laadoplossingen
Essent

-----Oorspronkelijk bericht-----
Van: ChargeCars Orderintake <intake@chargecars.nl>
Verzonden: vrijdag 4 december 2026 16:02
Aan: Essent Laadoplossingen <laadoplossingen@essent.nl>
Onderwerp: Installatie uitgevoerd ESS-59318820

Beste Essent,

De installatie voor opdracht ESS-59318820 (dhr. Pijnenburg, Oss) is op vrijdag 4 december 2026 uitgevoerd. Het opleverrapport met foto's zit in de bijlage.

Met vriendelijke groet,
ChargeCars Orderintake
"""
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Essent Laadoplossingen", "laadoplossingen@essent.nl", ESS,
                     "RE: Installatie uitgevoerd ESS-59318820", "Mon, 07 Dec 2026 09:14:30 +0100",
                     outlook_id(slug), *OUTLOOK_HOST2,
                     extra=[("In-Reply-To", "<20261204150207.59318820@orders.chargecars.nl>"),
                            ("References", "<20261204150207.59318820@orders.chargecars.nl>"),
                            ("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("other", "essent", [], None,
                 "Acknowledgement of our completion report for an earlier order; it asks nothing and changes no "
                 "order, so it is other with refers_to null (as corpus 037), although an order id is named.")
    return slug, message(hs, root), ans


# --------------------------------------------------------------------------- Eneco

ENE_SIG_JOOST = """\
Met vriendelijke groet,

Joost Hermans
Orderverwerking Laadoplossingen
Eneco | Marconistraat 13 | 3029 AK Rotterdam
T 010 - 457 57 57 | laadoplossingen@eneco.nl
"""


def ene_block(o, dash="-"):
    lines = [f"Referentie Eneco:      {o['id']}", f"Contractnummer klant:  {o['acct']}", "",
             f"Klant:      {o['name']}", f"Adres:      {o['adres']}", f"Telefoon:   {o['tel']}",
             f"E-mail:     {o['mail']}", "", "Bestelde producten:"]
    for i, (sku, q) in enumerate(o["items"], 1):
        lines.append(f"  {i}. {sku:<14} {ENE_DESC[sku]:<38} {dash} {q} st.")
    lines += ["", f"Gewenste installatiedatum: {o['date']}", f"Bijzonderheden: {o['rem']}"]
    return "\n".join(lines) + "\n"


def ene_products(items):
    return [product(sku, q, ENE_DESC[sku]) for sku, q in items]


ENE_ITEMS = [("ENE-EVBOX-11", 1), ("ENE-INST-1F", 1)]


@msg
def m013():
    slug = "013-eneco-opdracht-clean"
    o = dict(id="ENE-2026-129062", acct="1029963318", name="Maud Teunissen",
             adres="Graaf Ottostraat 15, 7001 HL  Doetinchem", tel="0314-36 28 55",
             mail="maud.teunissen@gmail.com", items=ENE_ITEMS, date="15 januari 2027",
             rem="Laadpaal aan de voorzijde naast de voordeur; de meterkast zit in de kelder.")
    text = ("Goedemorgen,\n\nHierbij een nieuwe installatieopdracht van Eneco.\n\n" + ene_block(o)
            + "\nWil je de geplande datum binnen twee werkdagen aan ons terugkoppelen?\n\n" + ENE_SIG_JOOST)
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Joost Hermans", "joost.hermans@eneco.nl", ENE,
                     "Opdracht ENE-2026-129062 - laadpaal + installatie", "Tue, 24 Nov 2026 09:03:17 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "eneco", [order(
        "ENE-2026-129062", "Maud Teunissen", "maud.teunissen@gmail.com", "+31314362855",
        "Graaf Ottostraat", "15", "7001 HL", "Doetinchem", ene_products(ENE_ITEMS),
        "2027-01-15", "Laadpaal aan de voorzijde naast de voordeur; de meterkast zit in de kelder.",
        account="1029963318")], None,
        "Clean Eneco staff order (UTF-8 QP); '15 januari 2027'; 'Straat nr, postcode  plaats' on one line; "
        "Eneco's own address and phone in the signature. Cancelled by 018.")
    return slug, message(hs, root), ans


@msg
def m014():
    slug = "014-eneco-two-orders"
    a = dict(id="ENE-2026-129110", acct="1029964402", name="Hasan Yıldız",
             adres="Burgemeester Roelenweg 41, 8021 EV  Zwolle", tel="06 41 09 82 37",
             mail="hasan.yildiz@outlook.com", items=ENE_ITEMS, date="11 januari 2027", rem="geen")
    b = dict(id="ENE-2026-129111", acct="1029964415", name="Carolien Meijerink",
             adres="Sportlaan 7 c, 7711 GS  Nieuwleusen", tel="0529-48 15 33",
             mail="c.meijerink@hetnet.nl", items=ENE_ITEMS, date="13 januari 2027",
             rem="Kabel moet onder de oprit door; de klant legt de bestrating zelf open.")
    text = ("Goedemiddag,\n\nVandaag twee opdrachten uit de regio Zwolle. Als het past, graag door dezelfde "
            "monteur in dezelfde week.\n\nOpdracht 1 van 2\n----------------\n" + ene_block(a)
            + "\nOpdracht 2 van 2\n----------------\n" + ene_block(b)
            + "\nGraag per opdracht de bevestigde datum terug.\n\n" + ENE_SIG_JOOST)
    root = text_part(text, "plain", "utf-8", "base64")
    hs = headers_for(slug, "Joost Hermans", "joost.hermans@eneco.nl", ENE,
                     "Opdrachten ENE-2026-129110 en ENE-2026-129111", "Thu, 26 Nov 2026 13:44:09 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "eneco", [
        order("ENE-2026-129110", "Hasan Yıldız", "hasan.yildiz@outlook.com", "+31641098237",
              "Burgemeester Roelenweg", "41", "8021 EV", "Zwolle", ene_products(ENE_ITEMS),
              "2027-01-11", None, account="1029964402"),
        order("ENE-2026-129111", "Carolien Meijerink", "c.meijerink@hetnet.nl", "+31529481533",
              "Sportlaan", "7C", "7711 GS", "Nieuwleusen", ene_products(ENE_ITEMS),
              "2027-01-13", "Kabel moet onder de oprit door; de klant legt de bestrating zelf open.",
              account="1029964415")], None,
        "Two Eneco orders in one staff mail (UTF-8 base64, dotless ı in 'Yıldız'); fields must not bleed between "
        "the blocks; 'Bijzonderheden: geen' -> null in the first; '7 c' -> 7C in the second; 'dezelfde week' "
        "in the intro is a wish, not a date.")
    return slug, message(hs, root), ans


@msg
def m015():
    slug = "015-eneco-csv-semicolon-cp1252"
    head = ("Referentie;Contractnummer;Naam;Adres;Postcode;Plaats;Telefoon;E-mail;Artikelcode;Omschrijving;"
            "Aantal;Gewenste datum;Opmerking")
    common = ("ENE-2026-129187;1029966020;Frédérique Lambrechts;Hoflaan 88;3062 JM;Rotterdam;010-4526390;"
              "f.lambrechts@upcmail.nl")
    rem = '"Laadpaal in de garage onder het huis; de code van de garagedeur geeft de klant telefonisch door."'
    rows = [head,
            f"{common};ENE-EVBOX-11;EVBox Livo 11 kW;1;20-01-2027;{rem}",
            f"{common};ENE-INST-1F;Installatie 1-fase;1;20-01-2027;{rem}"]
    csv = ("\r\n".join(rows) + "\r\n").encode("windows-1252")
    text = """\
Hallo,

Onze API-koppeling is nog niet hersteld, daarom komt ook deze opdracht als CSV-bestand uit ons ordersysteem.

Met vriendelijke groet,

Ruben Koster
Orderverwerking Laadoplossingen
Eneco
"""
    root = multipart("mixed", boundary(slug), [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        file_part(csv, "text/csv", "ENE-2026-129187.csv", charset="windows-1252"),
    ])
    hs = headers_for(slug, "Ruben Koster", "ruben.koster@eneco.nl", ENE,
                     "Opdracht ENE-2026-129187 (CSV)", "Mon, 30 Nov 2026 11:52:40 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "eneco", [order(
        "ENE-2026-129187", "Frédérique Lambrechts", "f.lambrechts@upcmail.nl", "+31104526390",
        "Hoflaan", "88", "3062 JM", "Rotterdam",
        [product("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), product("ENE-INST-1F", 1, "Installatie 1-fase")],
        "2027-01-20",
        "Laadpaal in de garage onder het huis; de code van de garagedeur geeft de klant telefonisch door.",
        account="1029966020")], None,
        "Semicolon CSV in windows-1252 (é): one order over two lines, one per product; street and number in one "
        "column; quoted remark containing a semicolon; the body has no order data.")
    return slug, message(hs, root), ans


@msg
def m016():
    slug = "016-eneco-prose-en-dealer"
    _wd_check("2027-02-09", "Tuesday")
    text = """\
Hello ChargeCars team,

I'm writing on behalf of a new Eneco customer, Mr Lukas Hoffmann, who recently moved here from Germany. He signed an energy contract with us (contract number 1029967741) that includes home charging, and he bought his car through the Wittebrug dealer group (dealer group ID WTB-0117). Their purchase order number is WB-PO-77412.

He would like the EVBox Livo 11 kW (ENE-EVBOX-11) with a single-phase installation (ENE-INST-1F).

Address: Koningslaan 27, 3583 GB Utrecht
Mobile: +31 6 3902 7714
E-mail: Lukas.Hoffmann@web.de

His car arrives on 25 January, and he would like the installation on Tuesday 9 February 2027. There is no parking at the front, so the charger has to go on the back wall of the garden shed.

Our order number is ENE-2026-129240.

Kind regards,

Olivia Brennan
Business Development E-mobility | Eneco
+31 6 2710 4458
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
            + "".join(f"<p>{E(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n"))
            + "</div></body></html>\n")
    root = multipart("alternative", boundary(slug), [
        text_part(text, "plain", "utf-8", "base64"),
        text_part(html, "html", "utf-8", "base64"),
    ])
    hs = headers_for(slug, "Olivia Brennan", "olivia.brennan@eneco.nl", ENE,
                     "Home charger for Mr Hoffmann (Utrecht)", "Tue, 01 Dec 2026 16:09:22 +0100",
                     outlook_id(slug), *OUTLOOK_HOST2, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "eneco", [order(
        "ENE-2026-129240", "Lukas Hoffmann", "lukas.hoffmann@web.de", "+31639027714",
        "Koningslaan", "27", "3583 GB", "Utrecht",
        [product("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), product("ENE-INST-1F", 1, "Single-phase installation")],
        "2027-02-09",
        "There is no parking at the front, so the charger has to go on the back wall of the garden shed.",
        dealer="WTB-0117", po="WB-PO-77412", account="1029967741")], None,
        "English account-manager prose, text+HTML both base64; 'Tuesday 9 February 2027' is the install date, "
        "'25 January' is the car; contract number, dealer id and PO inline; mixed-case e-mail; the sender's "
        "mobile in the signature is not the customer's.")
    return slug, message(hs, root), ans


@msg
def m017():
    slug = "017-eneco-opdracht-date-in-overleg"
    o = dict(id="ENE-2026-129301", acct="1029969002", name="Gert-Jan Roelofs",
             adres="Zutphensestraat 201-3, 7325 TP  Apeldoorn", tel="055-5213870",
             mail="gj.roelofs@solcon.nl", items=ENE_ITEMS, date="in overleg met de klant",
             rem="Klant is in januari drie weken in het buitenland, graag ruim van tevoren bellen.")
    text = ("Goedemiddag,\n\nHierbij een nieuwe installatieopdracht. De klant heeft nog geen datum; "
            "stemmen jullie die rechtstreeks met hem af?\n\n" + ene_block(o)
            + "\nWil je de geplande datum binnen twee werkdagen aan ons terugkoppelen?\n\n" + ENE_SIG_JOOST)
    root = text_part(text, "plain", "iso-8859-1", "quoted-printable")
    hs = headers_for(slug, "Joost Hermans", "joost.hermans@eneco.nl", ENE,
                     "Opdracht ENE-2026-129301 - laadpaal + installatie", "Wed, 02 Dec 2026 13:21:55 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "eneco", [order(
        "ENE-2026-129301", "Gert-Jan Roelofs", "gj.roelofs@solcon.nl", "+31555213870",
        "Zutphensestraat", "201-3", "7325 TP", "Apeldoorn", ene_products(ENE_ITEMS),
        None, "Klant is in januari drie weken in het buitenland, graag ruim van tevoren bellen.",
        account="1029969002")], None,
        "Eneco staff order (ISO-8859-1 QP) whose date field says 'in overleg met de klant': no date -> "
        "preferred_date null; 'in januari' in the remark is not a date; numeric addition 201-3.")
    return slug, message(hs, root), ans


@msg
def m018():
    slug = "018-eneco-cancellation"
    text = """\
Goedemorgen,

Opdracht ENE-2026-129062 (mevrouw Teunissen, Doetinchem) komt te vervallen. De klant heeft haar energiecontract met het laadpakket binnen de bedenktijd opgezegd. Jullie hoeven dus geen afspraak meer met haar te maken; de datum van 15 januari kan uit de planning.

Wil je de annulering even bevestigen?

""" + ENE_SIG_JOOST
    root = text_part(text, "plain", "utf-8", "8bit")
    hs = headers_for(slug, "Joost Hermans", "joost.hermans@eneco.nl", ENE,
                     "Vervallen: opdracht ENE-2026-129062", "Mon, 07 Dec 2026 08:41:36 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("cancellation", "eneco", [], "ENE-2026-129062",
                 "Cancels order 013 ('komt te vervallen', UTF-8 8bit); repeats name, town and date but is no order.")
    return slug, message(hs, root), ans


# --------------------------------------------------------------------------- 50five

FIV_FOOT = ("Automatic notification from 50five Forms - please do not reply to this address.\n"
            "Questions about this request: installations@50five.com")
ZAPPI = "myenergi zappi 7 kW, untethered, black"


def fiv_sections(o):
    return [("ORDER", [("Order reference", o["id"]), ("Customer account", o["acct"])]),
            ("CUSTOMER", [("Full name", o["name"]), ("Email address", o["mail"]), ("Phone number", o["tel"]),
                          ("Street", o["street"]), ("House number", o["hn"]), ("Postal code", o["pc"]),
                          ("City", o["city"]), ("Country", o["country"])]),
            ("INSTALLATION", [("Preferred date", o["date"]), ("Comments", o["rem"])])]


def fiv_text(o):
    secs = fiv_sections(o)
    out = [f"New form submission: Installation request ({o['cc']})", "", f"Submitted: {o['submitted']}", ""]
    for title, rows in secs[:2]:
        out.append(title)
        out += [f"{(k + ':'):<18}{v}" for k, v in rows]
        out.append("")
    out.append("PRODUCTS")
    out += [f"- SKU {sku} | {desc} | qty {q}" for sku, desc, q in o["items"]]
    out.append("")
    title, rows = secs[2]
    out.append(title)
    out += [f"{(k + ':'):<18}{v}" for k, v in rows]
    out += ["", "--", FIV_FOOT, ""]
    return "\n".join(out)


def fiv_html(o):
    secs = fiv_sections(o)
    td = 'style="color:#666;padding:3px 12px 3px 0"'

    def tab(rows):
        return "<table>" + "\n".join(f'<tr><td {td}>{E(k)}</td><td style="padding:3px 0"><b>{E(v)}</b></td></tr>'
                                     for k, v in rows) + "\n</table>\n"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
         '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n<div style="max-width:600px;margin:0 auto">\n'
         f'<h2 style="color:#00a19a;font-weight:normal">New form submission: Installation request ({o["cc"]})</h2>\n'
         f'<p style="color:#666">Submitted: {o["submitted"]}</p>\n')
    for title, rows in secs[:2]:
        h += f"<h4>{title}</h4>" + tab(rows)
    h += ('<h4>PRODUCTS</h4><table><tr><th align="left">SKU</th><th align="left">Description</th><th>Qty</th></tr>\n'
          + "\n".join(f'<tr><td style="padding:3px 12px 3px 0">{sku}</td><td>{E(d)}</td><td align="center">{q}</td></tr>'
                      for sku, d, q in o["items"]) + "\n</table>\n")
    h += "<h4>INSTALLATION</h4>" + tab(secs[2][1])
    h += ('<hr><p style="font-size:11px;color:#999">' + E(FIV_FOOT).replace("\n", "<br>") + "</p>\n</div></body></html>\n")
    return h


def fiv_headers(slug, frm, host, ip, subject, date, msgid):
    return headers_for(slug, "50five Forms", frm, FIV, subject, date, msgid, host, ip,
                       extra=[("Reply-To", "installations@50five.com"), ("Auto-Submitted", "auto-generated")])


@msg
def m019():
    slug = "019-50five-form-nl-alternative"
    o = dict(id="50F-NL-236711", acct="C-0120418", name="Thomas Wiegman", mail="thomas.wiegman@gmail.com",
             tel="+31 6 2219 4486", street="Haagweg", hn="302", pc="4814 GD", city="Breda",
             country="Netherlands", cc="NL", submitted="23-11-2026 11:04 CET", items=[("50F-ZAPPI-7", ZAPPI, 1)],
             date="2027-01-07", rem="Driveway at the side of the house; please park on the street, not on the lawn.")
    root = multipart("alternative", boundary(slug), [
        text_part(fiv_text(o), "plain", "utf-8", "quoted-printable"),
        text_part(fiv_html(o), "html", "utf-8", "quoted-printable"),
    ])
    hs = fiv_headers(slug, "forms@50five.nl", "geopod-ismtpd-6.50five.nl", "149.72.160.36",
                     "[50five] New installation request – 50F-NL-236711", "Mon, 23 Nov 2026 11:05:02 +0100",
                     "<c81f2e09a4d7.3b6e91f0@geopod-ismtpd-6.50five.nl>")
    ans = answer("order", "50five", [order(
        "50F-NL-236711", "Thomas Wiegman", "thomas.wiegman@gmail.com", "+31622194486",
        "Haagweg", "302", "4814 GD", "Breda", [product("50F-ZAPPI-7", 1, ZAPPI)],
        "2027-01-07", "Driveway at the side of the house; please park on the street, not on the lawn.",
        account="C-0120418")], None,
        "Clean 50five form notification (English, text+HTML QP, en dash in the subject); 'Submitted' is not the "
        "install date. Asked about in 023.")
    return slug, message(hs, root), ans


@msg
def m020():
    slug = "020-50five-form-belgium-addition"
    o = dict(id="50F-BE-043015", acct="C-0120733", name="Pieter-Jan Claes", mail="pieterjan.claes@telenet.be",
             tel="+32 495 27 81 40", street="Naamsesteenweg", hn="143 b", pc="3001", city="Heverlee",
             country="Belgium", cc="BE", submitted="25-11-2026 20:16 CET", items=[("50F-ZAPPI-7", ZAPPI, 1)],
             date="2027-02-15", rem="3-phase supply already in the garage; charger next to the garage door.")
    root = text_part(fiv_text(o), "plain", "us-ascii", "7bit")
    hs = fiv_headers(slug, "no-reply@50five.com", "geopod-ismtpd-1.50five.com", "149.72.160.31",
                     "[50five] New installation request - 50F-BE-043015", "Wed, 25 Nov 2026 20:16:48 +0100",
                     "<7d3a0f51e2c6.a9b04d28@geopod-ismtpd-1.50five.com>")
    ans = answer("order", "50five", [order(
        "50F-BE-043015", "Pieter-Jan Claes", "pieterjan.claes@telenet.be", "+32495278140",
        "Naamsesteenweg", "143B", "3001", "Heverlee", [product("50F-ZAPPI-7", 1, ZAPPI)],
        "2027-02-15", "3-phase supply already in the garage; charger next to the garage door.",
        account="C-0120733")], None,
        "Belgian 50five form, us-ascii 7bit: 4-digit postcode 3001, +32 mobile; 'House number: 143 b' -> 143B; "
        "'3-phase' in the comment is not a product.")
    return slug, message(hs, root), ans


@msg
def m021():
    slug = "021-50five-xlsx-quantity-two"
    head = ["Order reference", "Customer account", "Customer name", "Email", "Phone", "Street", "House no.",
            "Addition", "Postcode", "City", "Country", "SKU", "Description", "Qty", "Preferred date", "Comments"]
    serial = (_dt.date(2027, 3, 3) - _dt.date(1899, 12, 30)).days
    rows = [head, ["50F-NL-236790", "C-0120905", "Charlotte Verbruggen", "charlotte.verbruggen@icloud.com",
                   "06-18 33 70 52", "Catharijnesingel", 51, "2", "3511 GC", "Utrecht", "NL", "50F-ZAPPI-7",
                   "myenergi zappi 7 kW", 2, ("date", serial),
                   "Two chargers in the private parking garage under the building, bays 12 and 13."]]
    xlsx = make_xlsx([("Orders", rows)], creator="50five Customer Operations", stamp=(2026, 12, 2, 10, 12, 0))
    text = """\
Hi ChargeCars,

Here is today's installation order export. One order, but note it is for two chargers.

Kind regards,
Tessa Goossens
Customer Operations | 50five
"""
    html = ('<div dir="ltr">Hi ChargeCars,<br><br>Here is today\'s installation order export. One order, but note '
            'it is for two chargers.<br><br>Kind regards,<br>Tessa Goossens<br>Customer Operations | 50five<br></div>\n')
    root = multipart("mixed", boundary(slug), [
        multipart("alternative", boundary(slug, 2), [
            text_part(text, "plain", "utf-8", "7bit"), text_part(html, "html", "utf-8", "7bit")]),
        file_part(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "50five_installation_orders_2026-12-02.xlsx"),
    ])
    hs = headers_for(slug, "Tessa Goossens", "tessa.goossens@50five.com", FIV,
                     "Installation order export 02-12-2026", "Wed, 02 Dec 2026 10:17:33 +0100",
                     gmail_id(slug), *GMAIL_HOST)
    ans = answer("order", "50five", [order(
        "50F-NL-236790", "Charlotte Verbruggen", "charlotte.verbruggen@icloud.com", "+31618337052",
        "Catharijnesingel", "51-2", "3511 GC", "Utrecht", [product("50F-ZAPPI-7", 2, "myenergi zappi 7 kW")],
        "2027-03-03", "Two chargers in the private parking garage under the building, bays 12 and 13.",
        account="C-0120905")], None,
        "XLSX export: Qty 2 in a numeric cell; numeric house number 51 + text Addition '2' -> 51-2; Excel date "
        "cell in March 2027; the bay numbers in the comment are not house numbers; the export date is not "
        "the install date.")
    return slug, message(hs, root), ans


@msg
def m022():
    slug = "022-50five-reply-quantity-correction"
    _wd_check("2027-01-18", "Monday")
    orig = """\
Hi ChargeCars team,

New order for a customer in Soesterberg, please plan him in.

Customer: Rutger Dekker
Address: Amersfoortsestraat 96, 3769 AL Soesterberg
Phone: 0346 - 35 21 08
Email: rutger.dekker@ziggo.nl
Customer account: C-0120811
Order reference: 50F-NL-236748

Product: 1 x 50F-ZAPPI-7 (myenergi zappi 7 kW)
Preferred date: Monday 18 January 2027
Note: The charger goes on the front of the garage, the cable can run through the attic.

Thanks!
Mark
"""
    quoted = "".join("> " + l + "\n" if l else ">\n" for l in orig.splitlines())
    text = ("""\
Hi again,

Small correction to the order below: Mr Dekker wants two chargers, one for each car. So please book 2 x 50F-ZAPPI-7 instead of 1, side by side on the garage front. Everything else stays the same.

Thanks,
Mark

--
Mark Huisman | B2B Sales Netherlands | 50five
+31 85 208 1340 | mark.huisman@50five.com

On Mon, 30 Nov 2026 at 14:05, Mark Huisman <mark.huisman@50five.com> wrote:
""" + quoted)
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Mark Huisman", "mark.huisman@50five.com", FIV,
                     "Re: New order Soesterberg - 50F-NL-236748", "Tue, 01 Dec 2026 09:12:27 +0100",
                     gmail_id(slug), *GMAIL_HOST2,
                     extra=[("In-Reply-To", gmail_id(slug + "-orig")), ("References", gmail_id(slug + "-orig"))])
    ans = answer("order", "50five", [order(
        "50F-NL-236748", "Rutger Dekker", "rutger.dekker@ziggo.nl", "+31346352108",
        "Amersfoortsestraat", "96", "3769 AL", "Soesterberg", [product("50F-ZAPPI-7", 2, "myenergi zappi 7 kW")],
        "2027-01-18", "The charger goes on the front of the garage, the cable can run through the attic.",
        account="C-0120811")], None,
        "Sender replies to his own order (Gmail quote '> '); the newest text changes the quantity of "
        "50F-ZAPPI-7 from 1 to 2, everything else from the quoted order; the note is the quoted 'Note:' line "
        "verbatim; the sender's phone in the signature is not the customer's.")
    return slug, message(hs, root), ans


@msg
def m023():
    slug = "023-50five-status-question-en"
    text = """\
Hi ChargeCars,

Could you give us an update on order 50F-NL-236711 (Thomas Wiegman, Haagweg, Breda)? He asked for 7 January and hasn't heard from an installer yet. He wants to know whether that date is confirmed before he books his leave.

Thanks in advance,
Tessa Goossens
Customer Operations | 50five
"""
    root = text_part(text, "plain", "us-ascii", "7bit")
    hs = headers_for(slug, "Tessa Goossens", "tessa.goossens@50five.com", FIV,
                     "Status update? 50F-NL-236711", "Thu, 03 Dec 2026 16:48:10 +0100",
                     gmail_id(slug), *GMAIL_HOST)
    ans = answer("status_question", "50five", [], "50F-NL-236711",
                 "English status question about order 019; repeats name, street, town and date but is no order.")
    return slug, message(hs, root), ans


@msg
def m024():
    slug = "024-50five-payment-advice"
    text = """\
PAYMENT ADVICE

From:       50five B.V., Wattstraat 2, 1059 AA Amsterdam
To:         ChargeCars B.V.
Payment:    PAY-2026-11-0387
Value date: 27-11-2026
Amount:     EUR 2.716,00

Invoices paid with this payment:

  Invoice        Order reference    Installed     Amount
  CC-F-26-4410   50F-NL-235902      04-11-2026    EUR   679,00
  CC-F-26-4432   50F-NL-235977      06-11-2026    EUR   679,00
  CC-F-26-4457   50F-BE-042611      10-11-2026    EUR   679,00
  CC-F-26-4463   50F-NL-236034      12-11-2026    EUR   679,00

This is an automated message from 50five Finance. Questions about this payment: finance@50five.com
"""
    root = text_part(text, "plain", "us-ascii", "7bit")
    hs = headers_for(slug, "50five Finance", "finance@50five.com", FIV,
                     "Payment advice PAY-2026-11-0387", "Fri, 27 Nov 2026 07:30:00 +0100",
                     "<5a91c07e3d2b.e6f4a810@mailer.50five.com>", "o3.email.50five.com", "149.72.160.33",
                     extra=[("Auto-Submitted", "auto-generated")])
    ans = answer("other", "50five", [], None,
                 "Automated payment advice listing paid invoices with order ids and installation dates; no order, "
                 "cancellation or question -> other, refers_to null.")
    return slug, message(hs, root), ans


# --------------------------------------------------------------------------- Alva

ALVA_SIG_JEROEN = """\
Jeroen Smit
Projectcoördinator | Alva Charging
T +31 (0)20 820 4411 | M 06 4321 8765
jeroen.smit@alva-charging.nl | www.alva-charging.nl
Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam
"""
ALVA_SIG_SOPHIE = """\
Sophie de Graaf
Planner | Alva Charging
T +31 (0)20 820 4411
s.degraaf@alva-charging.nl | www.alva-charging.nl
Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam
"""
ALVA_SIG_TOM = """\
Tom Hendriks
Sales | Alva Charging
M +31 6 4100 2299
tom.hendriks@alva-charging.nl | www.alva-charging.nl
Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam
"""


def alva_wat(items):
    return ", ".join(f"{q}x {sku} ({ALV_DESC[sku]})" for sku, q in items)


def alva_products(items):
    return [product(sku, q, ALV_DESC[sku]) for sku, q in items]


@msg
def m025():
    slug = "025-alva-opdracht-jeroen"
    items = [("ALVA-PULSAR-11", 1), ("ALVA-INST-3F", 1)]
    text = f"""\
Hoi ChargeCars-team,

Weer een nieuwe opdracht voor jullie:

Ordernr: ALVA-1126-046
Klant: Iris Smeets
Adres: Heerderweg 88, 6224 LJ Maastricht
Tel: 043-3627419
Mail: iris.smeets@home.nl
Wat: {alva_wat(items)}
Wanneer: 16-12-2026
Bijz.: De oprit loopt schuin af, laadpaal graag op een staander bij de poort.

Groet,

""" + ALVA_SIG_JEROEN
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Jeroen Smit", "jeroen.smit@alva-charging.nl", ALV,
                     "Nieuwe opdracht ALVA-1126-046", "Mon, 23 Nov 2026 15:27:44 +0100", gmail_id(slug), *GMAIL_HOST)
    ans = answer("order", "alva", [order(
        "ALVA-1126-046", "Iris Smeets", "iris.smeets@home.nl", "+31433627419",
        "Heerderweg", "88", "6224 LJ", "Maastricht", alva_products(items),
        "2026-12-16", "De oprit loopt schuin af, laadpaal graag op een staander bij de poort.")], None,
        "Clean Alva order in the short label style; no customer account (Alva gives none); Alva office phone "
        "and the sender's mobile in the signature. Cancelled by 030.")
    return slug, message(hs, root), ans


@msg
def m026():
    slug = "026-alva-prose-en-dealer"
    _wd_check("2027-02-10", "Wednesday")
    text = """\
Dear ChargeCars,

Hedin Automotive Den Haag (dealer group ID HED-DH-05) has sold an electric Volvo EX30 to Ms Amira Haddad, and she would like a home charger. Could you plan 1x ALVA-PULSAR-22 with 1x ALVA-INST-3F for her? Our order number is ALVA-1226-004; the dealer's PO number is HED-PO-2026-1182.

Her details:
Amira Haddad
Parkweg 14
2271 AJ Voorburg
06 45 27 18 93
amira.haddad@gmail.com

She collects the car on 21 December and would like the installation on Wednesday 10 February 2027, when she is working from home. The meter cupboard is in the hallway and the charger goes on the front wall, next to the bay window.

Best regards,

""" + ALVA_SIG_TOM
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">'
            + "".join(f"<div>{E(p).replace(chr(10), '<br>')}</div><div><br></div>" for p in text.strip().split("\n\n"))
            + "</div></body></html>\n")
    root = multipart("alternative", boundary(slug), [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ])
    hs = headers_for(slug, "Tom Hendriks", "tom.hendriks@alva-charging.nl", ALV,
                     "New customer Hedin Den Haag - Pulsar Plus 22 kW", "Thu, 03 Dec 2026 11:56:08 +0100",
                     gmail_id(slug), *GMAIL_HOST2)
    ans = answer("order", "alva", [order(
        "ALVA-1226-004", "Amira Haddad", "amira.haddad@gmail.com", "+31645271893",
        "Parkweg", "14", "2271 AJ", "Voorburg",
        alva_products([("ALVA-PULSAR-22", 1), ("ALVA-INST-3F", 1)]),
        "2027-02-10", "The meter cupboard is in the hallway and the charger goes on the front wall, next to the bay window.",
        dealer="HED-DH-05", po="HED-PO-2026-1182")], None,
        "English sales prose (text+HTML QP) with SKUs, order number, dealer id and PO inline; 'Wednesday 10 "
        "February 2027' is the install date, '21 December' is the car collection; no customer account; the "
        "sales rep's mobile in the signature is not the customer's.")
    return slug, message(hs, root), ans


@msg
def m027():
    slug = "027-alva-pdf-werkopdracht-split-address"
    items = [("ALVA-PULSAR-22", 1), ("ALVA-INST-3F", 1), ("ALVA-KABEL-10M", 2)]
    L = []
    y = 800
    L.append((50, y, 16, True, "Alva Charging - WERKOPDRACHT")); y -= 18
    L.append((50, y, 9, False, "Opdracht voor installatiepartner ChargeCars | ordernummer ALVA-1126-052")); y -= 26

    def sec(t):
        nonlocal y
        L.append((50, y, 12, True, t)); y -= 4
        L.append((50, y, 495, None, None)); y -= 16

    def row(k, v):
        nonlocal y
        L.append((50, y, 10, False, k)); L.append((200, y, 10, False, v)); y -= 16
    sec("Gegevens klant")
    row("Klantnaam", "Ruben Hoogland")
    row("Straat + nr.", "Karnemelksloot 64 a")
    row("Postcode", "2806 BL")
    row("Woonplaats", "Gouda")
    row("Mobiel", "+31 6 1209 4471")
    row("E-mailadres", "ruben.hoogland@ziggo.nl")
    y -= 10
    sec("Te leveren")
    L.append((50, y, 10, True, "Aantal")); L.append((110, y, 10, True, "Artikel"))
    L.append((270, y, 10, True, "Omschrijving")); y -= 16
    for sku, q in items:
        L.append((50, y, 10, False, str(q))); L.append((110, y, 10, False, sku))
        L.append((270, y, 10, False, ALV_DESC[sku])); y -= 16
    y -= 10
    sec("Planning")
    row("Voorkeursdatum", "25-01-2027")
    row("Bijzonderheden", "Kabel (ca. 18 m) via de kruipruimte naar de voorgevel.")
    L.append((50, 60, 8, False, "Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam | T +31 (0)20 820 4411 | planning@alva-charging.nl"))
    pdf = make_pdf([L], "Werkopdracht ALVA-1126-052", "4f1e9a2c7b30d58e6a0c2f91b7d4e3a6",
                   "Alva Charging", "D:20261127104500+01'00'")
    text = """\
Hoi ChargeCars-team,

Bijgaand de werkopdracht voor meneer Hoogland in Gouda. Let op: twee kabels, de laadpaal komt ver van de meterkast.

Groet,

""" + ALVA_SIG_SOPHIE
    root = multipart("mixed", boundary(slug), [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        file_part(pdf, "application/pdf", "Werkopdracht_ALVA-1126-052.pdf"),
    ])
    hs = headers_for(slug, "Sophie de Graaf", "s.degraaf@alva-charging.nl", ALV,
                     "Werkopdracht ALVA-1126-052 (Gouda)", "Fri, 27 Nov 2026 10:49:15 +0100", gmail_id(slug), *GMAIL_HOST)
    ans = answer("order", "alva", [order(
        "ALVA-1126-052", "Ruben Hoogland", "ruben.hoogland@ziggo.nl", "+31612094471",
        "Karnemelksloot", "64A", "2806 BL", "Gouda", alva_products(items),
        "2027-01-25", "Kabel (ca. 18 m) via de kruipruimte naar de voorgevel.")], None,
        "Order only in the PDF werkopdracht, in a new layout: quantity column first, postcode and town in "
        "separate rows, 'Straat + nr.' with '64 a' -> 64A; two cables (quantity 2); the Alva footer and the "
        "body signature carry Alva contact data.")
    return slug, message(hs, root), ans


@msg
def m028():
    slug = "028-alva-opdracht-vague-month"
    items = [("ALVA-PULSAR-11", 1), ("ALVA-INST-3F", 1)]
    text = f"""\
Hoi ChargeCars-team,

Hier een nieuwe opdracht, graag inplannen:

Ordernr: ALVA-1226-014
Klant: Tim Verstegen
Adres: Beukenlaan 19, 5271 PK Sint-Michielsgestel
Tel: 073-5513984
Mail: tim.verstegen@gmail.com
Wat: {alva_wat(items)}
Wanneer: ergens in februari – klant is flexibel
Bijz.: De oude laadpaal van de vorige bewoners hangt er nog; graag demonteren en meenemen.

Groet,

""" + ALVA_SIG_SOPHIE
    root = text_part(text, "plain", "windows-1252", "quoted-printable")
    hs = headers_for(slug, "Sophie de Graaf", "s.degraaf@alva-charging.nl", ALV,
                     "Nieuwe opdracht ALVA-1226-014", "Tue, 01 Dec 2026 12:33:51 +0100", gmail_id(slug), *GMAIL_HOST)
    ans = answer("order", "alva", [order(
        "ALVA-1226-014", "Tim Verstegen", "tim.verstegen@gmail.com", "+31735513984",
        "Beukenlaan", "19", "5271 PK", "Sint-Michielsgestel", alva_products(items),
        None, "De oude laadpaal van de vorige bewoners hangt er nog; graag demonteren en meenemen.")], None,
        "Alva order (windows-1252 QP, en dash); 'ergens in februari' is a vague wish -> preferred_date null "
        "(as corpus 012/023); notes are the Bijz. field verbatim; hyphenated town name.")
    return slug, message(hs, root), ans


A029_ORIG = """\
Hoi ChargeCars-team,

Nieuwe opdracht, zie hieronder:

Ordernr: ALVA-1226-011
Klant: Noor van Dongen
Adres: Lindenlaan 27 c, 4702 BH Roosendaal
Tel: 0165 - 54 32 19
Mail: noor.vandongen@outlook.com
Wat: 1x ALVA-PULSAR-11 (Pulsar Plus 11 kW), 1x ALVA-INST-3F (installatie 3-fase)
Wanneer: 11-01-2027
Bijz.: Klant werkt thuis en is elke werkdag bereikbaar.

Groet,

Jeroen Smit
Projectcoördinator | Alva Charging
"""


@msg
def m029():
    slug = "029-alva-self-reply-cable-added"
    quoted = "".join("> " + l + "\n" if l else ">\n" for l in A029_ORIG.splitlines())
    text = ("""\
Hoi,

Aanvulling op de opdracht hieronder: de klant wil de laadpaal toch bij de schuur achterin de tuin, dus er moet ook 1x ALVA-KABEL-10M (kabel 5x6 mm², 10 m) bij. Verder blijft alles hetzelfde.

Groet,

""" + ALVA_SIG_JEROEN + """
Op wo 2 dec 2026 om 10:12 schreef Jeroen Smit <jeroen.smit@alva-charging.nl>:
""" + quoted)
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Jeroen Smit", "jeroen.smit@alva-charging.nl", ALV,
                     "Re: Nieuwe opdracht ALVA-1226-011", "Wed, 02 Dec 2026 15:40:22 +0100", gmail_id(slug), *GMAIL_HOST,
                     extra=[("In-Reply-To", gmail_id(slug + "-orig")), ("References", gmail_id(slug + "-orig"))])
    ans = answer("order", "alva", [order(
        "ALVA-1226-011", "Noor van Dongen", "noor.vandongen@outlook.com", "+31165543219",
        "Lindenlaan", "27C", "4702 BH", "Roosendaal",
        alva_products([("ALVA-PULSAR-11", 1), ("ALVA-INST-3F", 1), ("ALVA-KABEL-10M", 1)]),
        "2027-01-11", "Klant werkt thuis en is elke werkdag bereikbaar.")], None,
        "Sender replies to his own order (Gmail quote '> '); the newest text adds a product (1x ALVA-KABEL-10M), "
        "everything else from the quoted order; '27 c' -> 27C; the new cable location is not a note because "
        "Bijz. is the remark field.")
    return slug, message(hs, root), ans


@msg
def m030():
    slug = "030-alva-cancellation-cp1252"
    text = """\
Hoi,

Opdracht ALVA-1126-046 (mevrouw Smeets, Maastricht) gaat helaas niet door – ze heeft de auto uiteindelijk niet gekocht. Willen jullie de afspraak van 16 december uit de planning halen?

Sorry voor de moeite, en bedankt!

Groet,

""" + ALVA_SIG_JEROEN
    root = text_part(text, "plain", "windows-1252", "base64")
    hs = headers_for(slug, "Jeroen Smit", "jeroen.smit@alva-charging.nl", ALV,
                     "Annulering ALVA-1126-046", "Fri, 04 Dec 2026 09:02:37 +0100", gmail_id(slug), *GMAIL_HOST,
                     charset="windows-1252")
    ans = answer("cancellation", "alva", [], "ALVA-1126-046",
                 "Cancels order 025 ('gaat niet door ... uit de planning halen', windows-1252 base64 with an en "
                 "dash); repeats name, town and date but is no order.")
    return slug, message(hs, root), ans


# --------------------------------------------------------------------------- build

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
