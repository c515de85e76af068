#!/usr/bin/env python3
"""Build the holdout8 blind batch: 30 partner e-mails with their expected answers.

    python3 make_messages.py          write emails/ and expected/
    python3 make_messages.py --check  rebuild in memory and compare byte for byte

Standard library only. MIME is written by hand (quopri, base64, email.header), the XLSX
with zipfile, the PDF with the small writer below (both copied from holdout7's generator).
Every date, Message-ID, boundary, zip timestamp and PDF id is fixed, so the output is the
same on every run. All message functions are new for holdout8.
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
               + b" /Producer (holdout8 pdf writer) /CreationDate (" + created.encode("ascii") + b") >>")
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

# --------------------------------------------------------------------------- helpers (holdout8)

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


# --------------------------------------------------------------------------- holdout8 hosts

OUT_HOST_A = ("mail-vi1eur04on2089.outbound.protection.outlook.com", "40.107.8.89")
OUT_HOST_B = ("mail-he1eur01on2103.outbound.protection.outlook.com", "40.107.13.103")
GM_HOST_A = ("mail-wr1-f41.google.com", "209.85.221.41")
GM_HOST_B = ("mail-lf1-f54.google.com", "209.85.167.54")


def quote_gt(text):
    return "".join("> " + l + "\n" if l else ">\n" for l in text.splitlines())


def html_paras(text, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<div style="{style}">'
            + "".join(f"<p>{E(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n"))
            + "</div></body></html>\n")


# --------------------------------------------------------------------------- Groendus

GRO_HEAD = ("Groendus partnerportaal - nieuwe opdracht voor uw planning\n"
            "-----------------------------------------------------------\n\n")
GRO_FOOT = """\
--
Verstuurd door het Groendus partnerportaal. Op dit adres wordt niet gereageerd.
Contact: Partnerdesk Groendus, 088-7654321, partnerdesk@groendus.nl
"""


def gro_block(o):
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
                       extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Groendus Partnerportaal 4.27")])


def gro_portal_text(o):
    return GRO_HEAD + "Er staat een nieuwe installatieopdracht voor u klaar.\n\n" + gro_block(o) + "\n" + GRO_FOOT


G001 = dict(id="GRD-2026-08614", odate="23-11-2026", acct="7700233105", name="Bram Veenstra",
            mail="bram.veenstra@ziggo.nl", tel="06-41 73 29 58", street="Assendorperstraat", hn="57", add="",
            pc="8012 DG", city="Zwolle", items=[("GRO-ALFEN-11", 1), ("GRO-INSTALL-1", 1)],
            date="12-01-2027", rem="Laadpaal aan de voorgevel; het parkeervak voor het huis is eigen terrein.")


@msg
def m001():
    slug = "001-groendus-portal-order"
    root = text_part(gro_portal_text(G001), "plain", "utf-8", "quoted-printable")
    hs = gro_portal_headers(slug, "Nieuwe order GRD-2026-08614", "Tue, 24 Nov 2026 08:12:40 +0100",
                            "<7c31e08a55f2.1d94b7c3@portal.groendus.nl>")
    ans = answer("order", "groendus", [order(
        "GRD-2026-08614", "Bram Veenstra", "bram.veenstra@ziggo.nl", "+31641732958",
        "Assendorperstraat", "57", "8012 DG", "Zwolle", gro_products(G001["items"]),
        "2027-01-12", "Laadpaal aan de voorgevel; het parkeervak voor het huis is eigen terrein.",
        account="7700233105")], None,
        "Clean Groendus portal order (UTF-8 QP); empty Toevoeging; phone '06-41 73 29 58'; Orderdatum is not "
        "the install date. Cancelled by 006.")
    return slug, message(hs, root), ans


@msg
def m002():
    slug = "002-groendus-portal-remark-second-phone"
    o = dict(id="GRD-2026-08631", odate="25-11-2026", acct="7700233290", name="Anouk Schröder",
             mail="Anouk.Schroder@kpnmail.nl", tel="033-4612875", street="Hogeweg", hn="143", add="b",
             pc="3814CE", city="Amersfoort", items=[("GRO-ALFEN-11", 1), ("GRO-INSTALL-3", 1)],
             date="03-02-2027",
             rem="Mevrouw is overdag slecht bereikbaar op het vaste nummer; bel dan haar zoon Tim: 06-2931 8846.")
    root = text_part(gro_portal_text(o), "plain", "iso-8859-1", "quoted-printable")
    hs = gro_portal_headers(slug, "Nieuwe order GRD-2026-08631", "Wed, 25 Nov 2026 13:47:05 +0100",
                            "<e20b4f7913ac.6a08d25e@portal.groendus.nl>")
    ans = answer("order", "groendus", [order(
        "GRD-2026-08631", "Anouk Schröder", "anouk.schroder@kpnmail.nl", "+31334612875",
        "Hogeweg", "143B", "3814 CE", "Amersfoort", gro_products(o["items"]),
        "2027-02-03", "Mevrouw is overdag slecht bereikbaar op het vaste nummer; bel dan haar zoon Tim: 06-2931 8846.",
        account="7700233290")], None,
        "Portal order (ISO-8859-1 QP, ö); the remark holds a second phone number (the son's), which stays in the "
        "note and is not the customer phone (the Telefoon field, a landline); Toevoeging 'b' -> 143B; postcode "
        "without space; mixed-case e-mail.")
    return slug, message(hs, root), ans


@msg
def m003():
    slug = "003-groendus-pdf-orderformulier"
    L = []
    y = 800
    L.append((50, y, 16, True, "GROENDUS - Orderformulier laadoplossing")); y -= 18
    L.append((50, y, 9, False, "Handmatige invoer partnerdesk | formulierversie 2026.4")); y -= 26

    def sec(t):
        nonlocal y
        L.append((50, y, 12, True, t)); y -= 4
        L.append((50, y, 495, None, None)); y -= 16

    def row(k, v):
        nonlocal y
        L.append((50, y, 10, False, k)); L.append((210, y, 10, False, v)); y -= 16
    sec("Ordergegevens")
    row("Ordernummer", "GRD-2026-08648")
    row("Orderdatum", "26-11-2026")
    row("Klantnummer", "7700233417")
    row("Kanaal", "Partnerdesk (fout in portaalveld toevoeging)")
    y -= 8
    sec("Klantgegevens")
    row("Naam", "Koen Willemsen")
    row("E-mail", "koen.willemsen@outlook.com")
    row("Telefoon", "+31 6 5208 3391")
    row("Straat en huisnummer", "Wilhelminastraat 41-3")
    row("Postcode", "2011 VM")
    row("Plaats", "Haarlem")
    y -= 8
    sec("Producten")
    L.append((50, y, 10, True, "Artikelcode")); L.append((170, y, 10, True, "Omschrijving"))
    L.append((450, y, 10, True, "Aantal")); y -= 16
    for sku in ("GRO-ALFEN-11", "GRO-INSTALL-1"):
        L.append((50, y, 10, False, sku)); L.append((170, y, 10, False, GRO_DESC[sku]))
        L.append((450, y, 10, False, "1")); y -= 16
    y -= 8
    sec("Installatie")
    row("Gewenste datum", "27-01-2027")
    row("Opmerkingen", "Laadpunt bij het gezamenlijke fietsenhok; het VvE-besluit staat in het portaal.")
    L.append((50, 70, 8, False, "Groendus | Partnerdesk | partnerdesk@groendus.nl | 088-7654321"))
    L.append((50, 58, 8, False, "Ingevuld door de partnerdesk van Groendus; dit formulier is de opdracht."))
    pdf = make_pdf([L], "Orderformulier GRD-2026-08648", "8a1d2c0e5f7b493a6c2e1d0f9b8a7c61",
                   "Groendus Partnerdesk", "D:20261126111502+01'00'")
    text = """\
Beste ChargeCars,

Het portaal weigert bij deze order het huisnummer met toevoeging, dus we sturen hem als formulier. Alle gegevens staan in de PDF in de bijlage.

Met vriendelijke groet,

Dewi Janssen
Partnerdesk Groendus
088-7654321
"""
    root = multipart("mixed", boundary(slug), [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        file_part(pdf, "application/pdf", "Orderformulier_GRD-2026-08648.pdf"),
    ])
    hs = headers_for(slug, "Dewi Janssen", "dewi.janssen@groendus.nl", GRO,
                     "Orderformulier GRD-2026-08648 (PDF)", "Thu, 26 Nov 2026 11:20:31 +0100",
                     outlook_id(slug), *OUT_HOST_A, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "groendus", [order(
        "GRD-2026-08648", "Koen Willemsen", "koen.willemsen@outlook.com", "+31652083391",
        "Wilhelminastraat", "41-3", "2011 VM", "Haarlem",
        gro_products([("GRO-ALFEN-11", 1), ("GRO-INSTALL-1", 1)]),
        "2027-01-27", "Laadpunt bij het gezamenlijke fietsenhok; het VvE-besluit staat in het portaal.",
        account="7700233417")], None,
        "Order only in the PDF order form (corpus 015 layout); numeric addition inside 'Straat en huisnummer' "
        "(41-3); the body and the PDF footer carry only the partnerdesk phone; Orderdatum is not the install date.")
    return slug, message(hs, root), ans


@msg
def m004():
    slug = "004-groendus-prose-two-possible-dates"
    _wd_check("2027-01-19", "Tuesday")
    _wd_check("2027-01-21", "Thursday")
    text = """\
Goedemorgen,

Autobedrijf Van Hooff in Eindhoven heeft een Peugeot e-3008 verkocht aan de heer Hans Lemmens. Hij wil thuis laden en heeft gekozen voor 1x GRO-ALFEN-11 met de 3-fase installatie (GRO-INSTALL-3). De auto wordt rond 8 januari afgeleverd.

Klantgegevens:
Hans Lemmens
Tongelresestraat 312
5613 DJ Eindhoven
040 - 244 81 67
h.lemmens@onsbrabantnet.nl
Klantnummer Groendus: 7700233561

Meneer Lemmens kan op dinsdag 19 januari 2027 of op donderdag 21 januari 2027; hij heeft geen voorkeur tussen die twee dagen. De laadpaal komt op de oprit en de meterkast zit vlak achter de voordeur.

Voor jullie administratie: dealer-ID van Van Hooff is GRD-DLR-274, hun inkooporder is VHF-EHV-26-1127 en bij ons staat de order onder GRD-2026-08662.

Groet,
Bart Willems
Accountmanager Dealers | Groendus
"""
    root = text_part(text, "plain", "windows-1252", "quoted-printable")
    hs = headers_for(slug, "Bart Willems", "bart.willems@groendus.nl", GRO,
                     "Laadpaal voor klant Van Hooff Eindhoven", "Mon, 30 Nov 2026 10:05:48 +0100",
                     outlook_id(slug), *OUT_HOST_B, charset="windows-1252",
                     extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "groendus", [order(
        "GRD-2026-08662", "Hans Lemmens", "h.lemmens@onsbrabantnet.nl", "+31402448167",
        "Tongelresestraat", "312", "5613 DJ", "Eindhoven",
        gro_products([("GRO-ALFEN-11", 1), ("GRO-INSTALL-3", 1)]), None,
        "Meneer Lemmens kan op dinsdag 19 januari 2027 of op donderdag 21 januari 2027; hij heeft geen voorkeur "
        "tussen die twee dagen. De laadpaal komt op de oprit en de meterkast zit vlak achter de voordeur.",
        dealer="GRD-DLR-274", po="VHF-EHV-26-1127", account="7700233561")], None,
        "Dealer prose (windows-1252 QP); two equal install dates are offered (19 or 21 January 2027) with no "
        "preference: the date is stated ambiguously -> preferred_date null, both days kept in the note "
        "(verbatim paragraph, as corpus 021/023 keep the date wish in prose notes); '8 januari' is the car "
        "delivery; dealer id, PO and account inline.")
    return slug, message(hs, root), ans


G005 = dict(id="GRD-2026-08655", odate="27-11-2026", acct="7700233488", name="Ruud Bosman",
            mail="ruud.bosman@hetnet.nl", tel="0031 6 1927 4450", street="Kerkweg", hn="22", add="",
            pc="9751 NL", city="Haren", items=[("GRO-ALFEN-11", 1), ("GRO-INSTALL-1", 1)],
            date="08-02-2027", rem="")


@msg
def m005():
    slug = "005-groendus-doorst-street-correction"
    text = ("""\
Hallo ChargeCars,

Bij deze order is de straatnaam in het portaal verkeerd ingevuld. Het adres is Kerklaan 22, niet Kerkweg 22. Huisnummer, postcode, plaats en de rest van de order kloppen wel.

Groet,
Dewi Janssen
Partnerdesk Groendus
088-7654321

-----Oorspronkelijk bericht-----
Van: Groendus Orderdesk <orderdesk@groendus.nl>
Verzonden: vrijdag 27 november 2026 17:03
Aan: Partnerdesk Groendus <partnerdesk@groendus.nl>
Onderwerp: Nieuwe order GRD-2026-08655

""" + gro_portal_text(G005))
    root = text_part(text, "plain", "utf-8", "base64")
    hs = headers_for(slug, "Dewi Janssen", "dewi.janssen@groendus.nl", GRO,
                     "Doorst: Nieuwe order GRD-2026-08655", "Tue, 01 Dec 2026 09:48:12 +0100",
                     outlook_id(slug), *OUT_HOST_A, extra=[("X-Mailer", "Microsoft Outlook 16.0"),
                                                          ("Thread-Topic", "Nieuwe order GRD-2026-08655")])
    ans = answer("order", "groendus", [order(
        "GRD-2026-08655", "Ruud Bosman", "ruud.bosman@hetnet.nl", "+31619274450",
        "Kerklaan", "22", "9751 NL", "Haren", gro_products(G005["items"]),
        "2027-02-08", None, account="7700233488")], None,
        "Outlook inline forward ('Doorst:', UTF-8 base64) of a portal order; the newest text corrects the street "
        "Kerkweg -> Kerklaan, everything else from the quoted order; phone '0031 6 ...'; empty Opmerkingen -> "
        "null; the partnerdesk phone is not the customer's.")
    return slug, message(hs, root), ans


@msg
def m006():
    slug = "006-groendus-portal-cancellation"
    text = """\
Groendus partnerportaal - annulering van een opdracht
-----------------------------------------------------

De onderstaande order is in het partnerportaal geannuleerd. Wilt u deze niet (meer) inplannen?

Ordernummer: GRD-2026-08614
Naam: Bram Veenstra
Plaats: Zwolle
Geannuleerd op: 03-12-2026
Reden: klant ziet binnen de bedenktijd af van de laadpaal

""" + GRO_FOOT
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = gro_portal_headers(slug, "Order geannuleerd: GRD-2026-08614", "Fri, 04 Dec 2026 07:31:09 +0100",
                            "<3f9d02b6c1e4.58a7e0d3@portal.groendus.nl>")
    ans = answer("cancellation", "groendus", [], "GRD-2026-08614",
                 "Automated portal cancellation of order 001; repeats name and town but is no order.")
    return slug, message(hs, root), ans


# --------------------------------------------------------------------------- Essent

def ess_fields(o):
    return [("Opdrachtnummer", o["id"]), ("Klantnummer Essent", o["acct"]), ("Naam klant", o["name"]),
            ("Adres", o["adres"]), ("Postcode en plaats", o["pcplaats"]), ("Telefoon", o["tel"]),
            ("E-mail", o["mail"]), ("Gewenste installatiedatum", o["date"]), ("Opmerking", o["rem"])]


ESS_INTRO = ("Onderstaande opdracht is via het Essent partnerplatform aan uw bedrijf toegewezen. Neem binnen "
             "twee werkdagen contact op met de klant voor een afspraak.")
ESS_FOOT = "Essent Retail Energie B.V. - Willemsplein 4 - 5211 AK 's-Hertogenbosch - KvK 17122214"


def ess_text(o):
    out = ["ESSENT | INSTALLATIEOPDRACHT", "", "Beste installatiepartner,", "", ESS_INTRO, ""]
    out += [f"{k}: {v}" for k, v in ess_fields(o)]
    out += ["", "Producten:"]
    out += [f"- {sku}  {ESS_DESC[sku]}  aantal {q}  {ESS_PRICE[sku]}" for sku, q in o["items"]]
    out += ["", "Met vriendelijke groet,", "Team Laadoplossingen", "Essent", "", ESS_FOOT, ""]
    return "\n".join(out)


def ess_html(o, charset="utf-8"):
    th = 'style="background:#f4f4f4;font-weight:bold;width:230px"'
    rows = "\n".join(f"<tr><td {th}>{E(k)}</td><td>{E(v)}</td></tr>" for k, v in ess_fields(o))
    prods = "\n".join(f'<tr><td>{sku}</td><td>{E(ESS_DESC[sku])}</td><td align="center">{q}</td>'
                      f'<td align="right">{E(ESS_PRICE[sku])}</td></tr>' for sku, q in o["items"])
    return f"""\
<!DOCTYPE html>
<html lang="nl"><head><meta charset="{charset}"><title>Installatieopdracht {o['id']}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<div style="background:#e4003a;color:#fff;padding:10px 14px;font-size:18px;width:620px">essent | Installatieopdracht</div>
<p>Beste installatiepartner,</p>
<p>{E(ESS_INTRO)}</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;border-color:#ccc" width="648">
{rows}
</table>
<h3 style="font-size:14px;margin-top:18px">Producten</h3>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;border-color:#ccc" width="648">
<tr style="background:#f4f4f4"><th align="left">Artikelcode</th><th align="left">Omschrijving</th><th>Aantal</th><th align="right">Prijs incl. btw</th></tr>
{prods}
</table>
<p>Met vriendelijke groet,<br>Team Laadoplossingen<br>Essent</p>
<p style="font-size:10px;color:#888">Essent Retail Energie B.V. &middot; Willemsplein 4 &middot; 5211 AK &#39;s-Hertogenbosch &middot; KvK 17122214</p>
</body></html>
"""


def ess_headers(slug, subject, date, msgid, extra=(), charset="utf-8"):
    return headers_for(slug, "Essent Laadoplossingen", "laadoplossingen@essent.nl", ESS, subject, date, msgid,
                       "mailer02.essent.nl", "193.172.81.46", to_name="ChargeCars Orders", charset=charset,
                       extra=[("Auto-Submitted", "auto-generated")] + list(extra))


def ess_products(items, desc=None):
    desc = desc or {}
    return [product(sku, q, desc.get(sku, ESS_DESC[sku])) for sku, q in items]


ESS_ITEMS = [("ESS-WALLBOX-22", 1), ("ESS-INSTALL-STD", 1)]


@msg
def m007():
    slug = "007-essent-platform-order"
    o = dict(id="ESS-59402716", acct="2005261184", name="Thijmen de Ruiter", adres="Wilhelminalaan 64",
             pcplaats="1815 JK Alkmaar", tel="072-5118290", mail="thijmen.deruiter@gmail.com", date="2027-01-14",
             rem="Oprit naast het huis; laadpaal op een staander aan het eind van de oprit.", items=ESS_ITEMS)
    root = multipart("alternative", boundary(slug), [
        text_part(ess_text(o), "plain", "utf-8", "quoted-printable"),
        text_part(ess_html(o), "html", "utf-8", "quoted-printable"),
    ])
    hs = ess_headers(slug, "Essent installatieopdracht ESS-59402716", "Tue, 24 Nov 2026 14:22:51 +0100",
                     "<91ad3e5c07b2.e4f81c96@mailer02.essent.nl>")
    ans = answer("order", "essent", [order(
        "ESS-59402716", "Thijmen de Ruiter", "thijmen.deruiter@gmail.com", "+31725118290",
        "Wilhelminalaan", "64", "1815 JK", "Alkmaar", ess_products(ESS_ITEMS),
        "2027-01-14", "Oprit naast het huis; laadpaal op een staander aan het eind van de oprit.",
        account="2005261184")], None,
        "Clean Essent platform order, text+HTML QP; postcode and city in one field; Essent's own address in the "
        "footer. Asked about in 011.")
    return slug, message(hs, root), ans


@msg
def m008():
    slug = "008-essent-platform-apostrophe-names"
    o = dict(id="ESS-59409953", acct="2005262470", name="Wendy van 't Hof", adres="'s-Gravenweg 212 C",
             pcplaats="3062 ZE Rotterdam", tel="010 - 452 18 97", mail="wendy.vanthof@upcmail.nl",
             date="2027-01-19",
             rem="Klant is t/m 8 januari op vakantie; daarna elke werkdag vanaf 9.00 uur thuis. Meerwerk tot € 200 akkoord.",
             items=ESS_ITEMS)
    root = multipart("alternative", boundary(slug), [
        text_part(ess_text(o), "plain", "windows-1252", "quoted-printable"),
        text_part(ess_html(o, "windows-1252"), "html", "windows-1252", "quoted-printable"),
    ])
    hs = ess_headers(slug, "Essent installatieopdracht ESS-59409953", "Thu, 26 Nov 2026 09:14:33 +0100",
                     "<2c7f90e14a3d.b58e6f07@mailer02.essent.nl>")
    ans = answer("order", "essent", [order(
        "ESS-59409953", "Wendy van 't Hof", "wendy.vanthof@upcmail.nl", "+31104521897",
        "'s-Gravenweg", "212C", "3062 ZE", "Rotterdam", ess_products(ESS_ITEMS),
        "2027-01-19",
        "Klant is t/m 8 januari op vakantie; daarna elke werkdag vanaf 9.00 uur thuis. Meerwerk tot € 200 akkoord.",
        account="2005262470")], None,
        "Essent platform order in windows-1252 QP (text+HTML, €); apostrophes in the name ('van 't Hof') and the "
        "street (''s-Gravenweg'); '212 C' -> 212C; '8 januari' in the remark is a holiday end, not the date.")
    return slug, message(hs, root), ans


@msg
def m009():
    slug = "009-essent-prose-en-no-account"
    _wd_check("2027-02-01", "Monday")
    _wd_check("2027-02-08", "Monday")
    text = """\
Hello ChargeCars team,

I'd like to request a home charger for Mr Daan Hofstede. He is starting a new lease through Athlon (dealer group ID ATH-112), and Athlon's purchase order for the charger is 4500151986. He is not an Essent energy customer yet, so there is no Essent customer number.

Products: ESS-WALLBOX-22 and the standard installation ESS-INSTALL-STD.

Customer details:
Daan Hofstede
Brinklaan 73
1404 GM Bussum
Mobile: 06 4871 2093
Email: daan.hofstede@planet.nl

His lease car is delivered on Monday 1 February 2027, and he would like the charger installed a week later, on Monday 8 February 2027.
The house has solar panels and a home battery in the garage, so please bring a load-balancing kit.

Our reference for this job is ESS-59421307.

Best regards,

Priya Raghunath
Key Account Manager Business | Essent
+31 6 1460 3378
"""
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Priya Raghunath", "priya.raghunath@essent.nl", ESS,
                     "Home charger request - Mr Hofstede, Bussum", "Tue, 01 Dec 2026 15:37:20 +0100",
                     outlook_id(slug), *OUT_HOST_B, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "essent", [order(
        "ESS-59421307", "Daan Hofstede", "daan.hofstede@planet.nl", "+31648712093",
        "Brinklaan", "73", "1404 GM", "Bussum",
        ess_products(ESS_ITEMS, {"ESS-INSTALL-STD": "Standard installation"}),
        "2027-02-08", "The house has solar panels and a home battery in the garage, so please bring a load-balancing kit.",
        dealer="ATH-112", po="4500151986")], None,
        "English account-manager prose (UTF-8 QP); the message says there is no Essent customer number -> "
        "customer_account null; 'Monday 1 February 2027' is the car delivery, 'Monday 8 February 2027' the install "
        "date; dealer id and PO inline; the sender's mobile in the signature is not the customer's.")
    return slug, message(hs, root), ans


@msg
def m010():
    slug = "010-essent-fw-customer-name-replaced"
    o = dict(id="ESS-59417730", acct="2005263815", name="Pieter Grootveld", adres="Burgemeester Roosstraat 17",
             pcplaats="6715 GM Ede", tel="0318-614372", mail="m.grootveld@kpnplanet.nl", date="2027-02-16",
             rem="Garage met kanteldeur, laadpaal aan de binnenmuur rechts.", items=ESS_ITEMS)
    text = ("""\
Goedemorgen,

Een correctie op de opdracht hieronder. In ons platform staat de opdracht op naam van Pieter Grootveld, maar het energiecontract en de laadpaal zijn van zijn vrouw: de klant is Marloes Grootveld. Het e-mailadres en het telefoonnummer in de opdracht zijn van haar en kloppen. De rest blijft zoals het is.

Met vriendelijke groet,

Ilse Verbeek
Accountmanager Zakelijk | Essent

________________________________
Van: Essent Laadoplossingen <laadoplossingen@essent.nl>
Verzonden: maandag 30 november 2026 13:26
Aan: Ilse Verbeek <ilse.verbeek@essent.nl>
Onderwerp: Essent installatieopdracht ESS-59417730

""" + ess_text(o))
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Ilse Verbeek", "ilse.verbeek@essent.nl", ESS,
                     "FW: Essent installatieopdracht ESS-59417730", "Wed, 02 Dec 2026 10:41:15 +0100",
                     outlook_id(slug), *OUT_HOST_B, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "essent", [order(
        "ESS-59417730", "Marloes Grootveld", "m.grootveld@kpnplanet.nl", "+31318614372",
        "Burgemeester Roosstraat", "17", "6715 GM", "Ede", ess_products(ESS_ITEMS),
        "2027-02-16", "Garage met kanteldeur, laadpaal aan de binnenmuur rechts.", account="2005263815")], None,
        "Outlook inline forward of the platform mail; the newest text replaces the customer: the order stood in "
        "the husband's name, the customer is Marloes Grootveld; e-mail and phone stay (they are hers); "
        "everything else from the quoted order.")
    return slug, message(hs, root), ans


@msg
def m011():
    slug = "011-essent-status-question"
    text = """\
Goedemiddag,

Kunnen jullie de stand van zaken doorgeven voor opdracht ESS-59402716 (dhr. De Ruiter, Alkmaar)? De klant heeft 14 januari als wens opgegeven en vraagt of er al een monteur voor hem is ingepland. Hij heeft nog geen bericht van jullie ontvangen.

Alvast bedankt.

Met vriendelijke groet,

Priya Raghunath
Key Account Manager Business | Essent
+31 6 1460 3378
"""
    root = text_part(text, "plain", "us-ascii", "7bit")
    hs = headers_for(slug, "Priya Raghunath", "priya.raghunath@essent.nl", ESS,
                     "Status ESS-59402716?", "Fri, 04 Dec 2026 11:03:44 +0100",
                     outlook_id(slug), *OUT_HOST_B, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("status_question", "essent", [], "ESS-59402716",
                 "Status question about order 007 (us-ascii 7bit); repeats name, town and wished date but is no order.")
    return slug, message(hs, root), ans


@msg
def m012():
    slug = "012-essent-holiday-availability-notice"
    _wd_check("2026-12-11", "Friday")
    text = """\
ESSENT | PARTNERBERICHT

Beste installatiepartner,

Rond de feestdagen plannen wij opdrachten alleen in bij partners die hun beschikbaarheid hebben doorgegeven. Wilt u vóór vrijdag 11 december 2026 in het partnerplatform aangeven op welke dagen tussen 21 december 2026 en 1 januari 2027 uw monteurs kunnen werken?

Opdrachten met een gewenste installatiedatum in die periode waarvoor geen monteur beschikbaar is, zetten wij in overleg met de klant door naar januari.

Met vriendelijke groet,
Team Laadoplossingen
Essent

""" + ESS_FOOT + "\n"
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = ess_headers(slug, "Beschikbaarheid feestdagen doorgeven", "Mon, 30 Nov 2026 08:00:00 +0100",
                     "<f04a6b2d9c81.73e5d0a2@mailer02.essent.nl>",
                     extra=[("Precedence", "bulk")])
    ans = answer("other", "essent", [], None,
                 "Platform notice to all partners asking for holiday availability; it has dates and talks about "
                 "orders but contains no order, cancellation or question about one -> other.")
    return slug, message(hs, root), ans


# --------------------------------------------------------------------------- Eneco

ENE_SIG_FLEUR = """\
Met vriendelijke groet,

Fleur Dekkers
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
ENE_ASK = "\nGraag ontvangen we de ingeplande datum binnen twee werkdagen van jullie terug.\n\n"


@msg
def m013():
    slug = "013-eneco-opdracht-clean"
    o = dict(id="ENE-2026-129415", acct="1029971536", name="Jasper Vos",
             adres="Enschedesestraat 98, 7552 CP  Hengelo", tel="074-2915538",
             mail="jasper.vos@home.nl", items=ENE_ITEMS, date="18 januari 2027",
             rem="Laadpaal op de oprit aan de zijkant van het huis, naast de schuur.")
    text = ("Goedemorgen,\n\nHierbij een nieuwe opdracht voor een laadpaal met installatie.\n\n" + ene_block(o)
            + ENE_ASK + ENE_SIG_FLEUR)
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Fleur Dekkers", "fleur.dekkers@eneco.nl", ENE,
                     "Opdracht ENE-2026-129415 - laadpaal + installatie", "Wed, 25 Nov 2026 09:26:18 +0100",
                     outlook_id(slug), *OUT_HOST_A, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "eneco", [order(
        "ENE-2026-129415", "Jasper Vos", "jasper.vos@home.nl", "+31742915538",
        "Enschedesestraat", "98", "7552 CP", "Hengelo", ene_products(ENE_ITEMS),
        "2027-01-18", "Laadpaal op de oprit aan de zijkant van het huis, naast de schuur.",
        account="1029971536")], None,
        "Clean Eneco staff order (UTF-8 QP), new sender; '18 januari 2027'; Eneco's own address and phone in "
        "the signature. Cancelled by 017.")
    return slug, message(hs, root), ans


@msg
def m014():
    slug = "014-eneco-xlsx-text-date"
    head = ["Referentie", "Contractnummer", "Naam", "Straat", "Huisnr", "Toev", "Postcode", "Plaats", "Telefoon",
            "E-mail", "Artikelcode", "Omschrijving", "Aantal", "Gewenste datum", "Opmerking"]
    common = ["ENE-2026-129433", 1029972048, "Ingrid Bosch-Meulenbelt", "Utrechtseweg", 48, "B", "3704hd", "Zeist",
              "030-6914527", "ingrid.bosch@xs4all.nl"]
    rem = "Stroom via de garage; klant is alleen op donderdag en vrijdag thuis."
    rows = [head,
            common + ["ENE-EVBOX-11", "EVBox Livo 11 kW", 1, "18-02-2027", rem],
            common + ["ENE-INST-1F", "Installatie 1-fase", 1, "18-02-2027", rem]]
    xlsx = make_xlsx([("Opdracht", rows)], creator="Eneco Orderverwerking", stamp=(2026, 11, 27, 10, 31, 0))
    text = """\
Goedemorgen,

Ook deze opdracht komt nog als Excel-bestand, omdat de koppeling met jullie planningssysteem nog niet terug is. Zie de bijlage.

Met vriendelijke groet,

Ruben Koster
Orderverwerking Laadoplossingen
Eneco
"""
    root = multipart("mixed", boundary(slug), [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        file_part(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "Eneco_opdracht_ENE-2026-129433.xlsx"),
    ])
    hs = headers_for(slug, "Ruben Koster", "ruben.koster@eneco.nl", ENE,
                     "Opdracht ENE-2026-129433 (Excel)", "Fri, 27 Nov 2026 10:38:02 +0100",
                     outlook_id(slug), *OUT_HOST_A, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "eneco", [order(
        "ENE-2026-129433", "Ingrid Bosch-Meulenbelt", "ingrid.bosch@xs4all.nl", "+31306914527",
        "Utrechtseweg", "48B", "3704 HD", "Zeist",
        [product("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), product("ENE-INST-1F", 1, "Installatie 1-fase")],
        "2027-02-18", "Stroom via de garage; klant is alleen op donderdag en vrijdag thuis.",
        account="1029972048")], None,
        "XLSX only (corpus 017 columns), one order over two rows; the date is a text cell '18-02-2027' "
        "instead of an Excel date; numeric Huisnr 48 + Toev 'B' -> 48B; postcode '3704hd' lower case without "
        "space; numeric contract number cell; the weekdays in the remark are no date.")
    return slug, message(hs, root), ans


@msg
def m015():
    slug = "015-eneco-prose-company-customer"
    _wd_check("2027-03-01", "Monday")
    text = """\
Goedemiddag,

Een van mijn zakelijke klanten, Bloemsierkunst De Lelie V.O.F. in Veghel, wil een laadpaal voor de elektrische bestelbus. Zij hebben bij ons een EVBox Livo 11 kW (ENE-EVBOX-11) met een 1-fase installatie (ENE-INST-1F) afgenomen, onder contractnummer 1029972611.

Adres: Markt 14, 5461 JK Veghel
Telefoon winkel: 0413-352841
E-mail: info@delelie-veghel.nl
Contactpersoon: mevrouw Ria Smulders (eigenaar)

De winkel is op maandag gesloten, daarom willen ze de installatie graag op maandag 1 maart 2027. De laadpaal komt op de laad- en losplaats achter de winkel, waar de bestelbus 's nachts staat.

Ons ordernummer is ENE-2026-129468. De Lelie gebruikt een eigen inkoopnummer voor de factuur: DL-2026-031.

Met vriendelijke groet,

Stefan de Wit
Accountmanager MKB | Eneco
06 - 38 27 41 95
"""
    root = text_part(text, "plain", "iso-8859-1", "base64")
    hs = headers_for(slug, "Stefan de Wit", "stefan.dewit@eneco.nl", ENE,
                     "Laadpaal voor Bloemsierkunst De Lelie (Veghel)", "Mon, 30 Nov 2026 16:12:27 +0100",
                     outlook_id(slug), *OUT_HOST_B, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "eneco", [order(
        "ENE-2026-129468", "Bloemsierkunst De Lelie V.O.F.", "info@delelie-veghel.nl", "+31413352841",
        "Markt", "14", "5461 JK", "Veghel",
        [product("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), product("ENE-INST-1F", 1, "1-fase installatie")],
        "2027-03-01",
        "De laadpaal komt op de laad- en losplaats achter de winkel, waar de bestelbus 's nachts staat.",
        po="DL-2026-031", account="1029972611")], None,
        "Account-manager prose (ISO-8859-1 base64) for a company customer: name is the company (the contact "
        "person is named separately); the customer's own inkoopnummer is the purchase_order; no dealer; "
        "'maandag 1 maart 2027'; the sender's mobile in the signature is not the customer's.")
    return slug, message(hs, root), ans


E016 = dict(id="ENE-2026-129487", acct="1029973029", name="Yvonne Lamers",
            adres="Kloosterstraat 5, 5961 AB  Horst", tel="077-3984026",
            mail="y.lamers@ziggo.nl", items=ENE_ITEMS, date="9 februari 2027", rem="geen")


@msg
def m016():
    slug = "016-eneco-reply-contract-correction"
    text = ("""\
Hoi,

Excuus, in de opdracht hieronder heb ik een verkeerd contractnummer gezet. Het juiste contractnummer van mevrouw Lamers is 1029973092 (niet 1029973029). Verder is alles correct.

""" + ENE_SIG_FLEUR + """
________________________________
Van: Fleur Dekkers <fleur.dekkers@eneco.nl>
Verzonden: donderdag 3 december 2026 11:05
Aan: eneco@orders.chargecars.nl
Onderwerp: Opdracht ENE-2026-129487 - laadpaal + installatie

Goedemorgen,

Hierbij een nieuwe opdracht voor een laadpaal met installatie.

""" + ene_block(E016) + ENE_ASK + ENE_SIG_FLEUR)
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Fleur Dekkers", "fleur.dekkers@eneco.nl", ENE,
                     "RE: Opdracht ENE-2026-129487 - laadpaal + installatie", "Thu, 03 Dec 2026 14:27:39 +0100",
                     outlook_id(slug), *OUT_HOST_A, extra=[("X-Mailer", "Microsoft Outlook 16.0"),
                                                          ("Thread-Topic", "Opdracht ENE-2026-129487 - laadpaal + installatie")])
    ans = answer("order", "eneco", [order(
        "ENE-2026-129487", "Yvonne Lamers", "y.lamers@ziggo.nl", "+31773984026",
        "Kloosterstraat", "5", "5961 AB", "Horst", ene_products(ENE_ITEMS),
        "2027-02-09", None, account="1029973092")], None,
        "The sender replies to her own order (Outlook, the order quoted below); the newest text corrects the "
        "contract number 1029973029 -> 1029973092 (customer_account), everything else from the quoted order; "
        "'Bijzonderheden: geen' -> null.")
    return slug, message(hs, root), ans


@msg
def m017():
    slug = "017-eneco-cancellation-on-confirmation"
    text = """\
Goedemorgen,

Dank voor de bevestiging, maar helaas: meneer Vos heeft ons vrijdag laten weten dat hij gaat verhuizen en ziet af van de laadpaal. Willen jullie de afspraak van 18 januari schrappen en opdracht ENE-2026-129415 intrekken?

""" + ENE_SIG_FLEUR + """
________________________________
Van: ChargeCars Planning <planning@chargecars.nl>
Verzonden: woensdag 2 december 2026 15:18
Aan: Fleur Dekkers <fleur.dekkers@eneco.nl>
Onderwerp: Bevestiging installatiedatum ENE-2026-129415

Beste Fleur,

De installatie voor opdracht ENE-2026-129415 (dhr. Vos, Hengelo) staat gepland op maandag 18 januari 2027 tussen 8.00 en 12.00 uur. De monteur belt de klant een dag van tevoren.

Met vriendelijke groet,
Planning ChargeCars
"""
    root = text_part(text, "plain", "windows-1252", "quoted-printable")
    hs = headers_for(slug, "Fleur Dekkers", "fleur.dekkers@eneco.nl", ENE,
                     "RE: Bevestiging installatiedatum ENE-2026-129415", "Mon, 07 Dec 2026 08:52:14 +0100",
                     outlook_id(slug), *OUT_HOST_A, charset="windows-1252",
                     extra=[("X-Mailer", "Microsoft Outlook 16.0"),
                            ("In-Reply-To", "<20261202141812.129415@orders.chargecars.nl>"),
                            ("References", "<20261202141812.129415@orders.chargecars.nl>")])
    ans = answer("cancellation", "eneco", [], "ENE-2026-129415",
                 "Reply on our planning confirmation that cancels order 013 ('schrappen ... intrekken', "
                 "windows-1252 QP); the quoted confirmation with date and town is ours, not a new order.")
    return slug, message(hs, root), ans


@msg
def m018():
    slug = "018-eneco-read-receipt"
    _wd_check("2026-12-03", "Thursday")
    _wd_check("2026-12-04", "Friday")
    human = """\
Uw bericht

  Aan: Fleur Dekkers
  Onderwerp: Bevestiging installatiedatum ENE-2026-129487
  Verzonden: donderdag 3 december 2026 16:40:12 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

is gelezen op vrijdag 4 december 2026 08:05:51 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
"""
    mdn = ("Reporting-UA: AM9PR04MB8211.eurprd04.prod.outlook.com; Microsoft Outlook 16.0\n"
           "Final-Recipient: rfc822;fleur.dekkers@eneco.nl\n"
           "Original-Message-ID: <20261203154012.129487@orders.chargecars.nl>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    mdn_part = Part(["Content-Type: message/disposition-notification", "Content-Transfer-Encoding: 7bit"],
                    mdn.replace("\n", "\r\n").encode("ascii"))
    root = multipart("report", boundary(slug), [
        text_part(human, "plain", "utf-8", "quoted-printable"),
        mdn_part,
    ], ct_extra=" report-type=disposition-notification;")
    hs = headers_for(slug, "Fleur Dekkers", "fleur.dekkers@eneco.nl", ENE,
                     "Gelezen: Bevestiging installatiedatum ENE-2026-129487", "Fri, 04 Dec 2026 08:05:53 +0100",
                     outlook_id(slug), *OUT_HOST_A,
                     extra=[("In-Reply-To", "<20261203154012.129487@orders.chargecars.nl>"),
                            ("References", "<20261203154012.129487@orders.chargecars.nl>")])
    ans = answer("other", "eneco", [], None,
                 "Outlook read receipt (multipart/report, disposition-notification) for our planning confirmation "
                 "of order 016; it names an order id but is no order, cancellation or status question.")
    return slug, message(hs, root), ans


# --------------------------------------------------------------------------- 50five

FIV_FOOT = ("This message was sent automatically by 50five Forms; replies to this address are not read.\n"
            "Questions about a request: installations@50five.com")
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
    td = 'style="color:#555;padding:3px 14px 3px 0"'

    def tab(rows):
        return "<table>" + "\n".join(f'<tr><td {td}>{E(k)}</td><td style="padding:3px 0"><b>{E(v)}</b></td></tr>'
                                     for k, v in rows) + "\n</table>\n"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
         '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n<div style="max-width:620px;margin:0 auto">\n'
         f'<h2 style="color:#00a19a;font-weight:normal">New form submission: Installation request ({o["cc"]})</h2>\n'
         f'<p style="color:#555">Submitted: {o["submitted"]}</p>\n')
    for title, rows in secs[:2]:
        h += f"<h4>{title}</h4>" + tab(rows)
    h += ('<h4>PRODUCTS</h4><table><tr><th align="left">SKU</th><th align="left">Description</th><th>Qty</th></tr>\n'
          + "\n".join(f'<tr><td style="padding:3px 14px 3px 0">{sku}</td><td>{E(d)}</td><td align="center">{q}</td></tr>'
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
    o = dict(id="50F-NL-237026", acct="C-0121147", name="Sophie Brinkman", mail="sophie.brinkman@outlook.com",
             tel="06 3071 5582", street="Ruysdaellaan", hn="19", pc="2182 CC", city="Hillegom",
             country="Netherlands", cc="NL", submitted="24-11-2026 19:40 CET", items=[("50F-ZAPPI-7", ZAPPI, 1)],
             date="2027-01-21", rem="Charger on the wall of the carport; the fuse box is in the kitchen.")
    root = multipart("alternative", boundary(slug), [
        text_part(fiv_text(o), "plain", "utf-8", "quoted-printable"),
        text_part(fiv_html(o), "html", "utf-8", "quoted-printable"),
    ])
    hs = fiv_headers(slug, "forms@50five.nl", "geopod-ismtpd-3.50five.nl", "149.72.160.38",
                     "[50five] New installation request - 50F-NL-237026", "Tue, 24 Nov 2026 19:42:10 +0100",
                     "<6e0b1d94f3a2.c57a08e1@geopod-ismtpd-3.50five.nl>")
    ans = answer("order", "50five", [order(
        "50F-NL-237026", "Sophie Brinkman", "sophie.brinkman@outlook.com", "+31630715582",
        "Ruysdaellaan", "19", "2182 CC", "Hillegom", [product("50F-ZAPPI-7", 1, ZAPPI)],
        "2027-01-21", "Charger on the wall of the carport; the fuse box is in the kitchen.",
        account="C-0121147")], None,
        "Clean 50five form notification (English, text+HTML QP); 'Submitted' is not the install date. "
        "Cancelled by 023.")
    return slug, message(hs, root), ans


@msg
def m020():
    slug = "020-50five-form-be-national-phone"
    o = dict(id="50F-BE-043102", acct="C-0121290", name="Lotte Vermeiren", mail="lotte.vermeiren@telenet.be",
             tel="0478 31 52 09", street="Battelsesteenweg", hn="211", pc="2800", city="Mechelen",
             country="Belgium", cc="BE", submitted="27-11-2026 21:02 CET", items=[("50F-ZAPPI-7", ZAPPI, 1)],
             date="2027-02-22", rem="Graag eerst bellen, de oprit wordt gedeeld met de buren.")
    root = text_part(fiv_text(o), "plain", "us-ascii", "7bit")
    hs = fiv_headers(slug, "no-reply@50five.com", "geopod-ismtpd-2.50five.com", "149.72.160.32",
                     "[50five] New installation request - 50F-BE-043102", "Fri, 27 Nov 2026 21:03:37 +0100",
                     "<b93e2f70d1c5.08a4e6b9@geopod-ismtpd-2.50five.com>")
    ans = answer("order", "50five", [order(
        "50F-BE-043102", "Lotte Vermeiren", "lotte.vermeiren@telenet.be", "+32478315209",
        "Battelsesteenweg", "211", "2800", "Mechelen", [product("50F-ZAPPI-7", 1, ZAPPI)],
        "2027-02-22", "Graag eerst bellen, de oprit wordt gedeeld met de buren.",
        account="C-0121290")], None,
        "Belgian 50five form (us-ascii 7bit); the phone is written in Belgian national form '0478 31 52 09' "
        "-> +32478315209 (not +31); 4-digit postcode; the comment is in Dutch in an English form.")
    return slug, message(hs, root), ans


@msg
def m021():
    slug = "021-50five-xlsx-two-orders"
    head = ["Order reference", "Customer account", "Customer name", "Email", "Phone", "Street", "House no.",
            "Addition", "Postcode", "City", "Country", "SKU", "Description", "Qty", "Preferred date", "Comments"]

    def serial(y, m, d):
        return ("date", (_dt.date(y, m, d) - _dt.date(1899, 12, 30)).days)
    rows = [head,
            ["50F-NL-237088", "C-0121402", "Mehmet Aksoy", "mehmet.aksoy@gmail.com", "0031 6 2947 1830",
             "Vondellaan", 7, None, "2332AH", "Leiden", "NL", "50F-ZAPPI-7", "myenergi zappi 7 kW", 1,
             serial(2027, 1, 26), "Charger on the front wall, cable through the meter cupboard."],
            ["50F-BE-043140", "C-0121415", "Hanne Wuyts", "hanne.wuyts@skynet.be", "+32 3 485 27 61",
             "Antwerpsesteenweg", 402, "b", "2500", "Lier", "BE", "50F-ZAPPI-7", "myenergi zappi 7 kW", 1,
             serial(2027, 2, 10), None]]
    xlsx = make_xlsx([("Orders", rows)], creator="50five Customer Operations", stamp=(2026, 12, 2, 9, 51, 0))
    text = """\
Hi ChargeCars,

Attached is the installation order export for today. There are two orders in it, one in the Netherlands and one in Belgium.

Kind regards,
Laura Bennett
Customer Operations | 50five
"""
    html = ('<div dir="ltr">Hi ChargeCars,<br><br>Attached is the installation order export for today. There are two '
            'orders in it, one in the Netherlands and one in Belgium.<br><br>Kind regards,<br>Laura Bennett<br>'
            'Customer Operations | 50five<br></div>\n')
    root = multipart("mixed", boundary(slug), [
        multipart("alternative", boundary(slug, 2), [
            text_part(text, "plain", "utf-8", "7bit"), text_part(html, "html", "utf-8", "7bit")]),
        file_part(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "50five_installation_orders_2026-12-02.xlsx"),
    ])
    hs = headers_for(slug, "Laura Bennett", "laura.bennett@50five.com", FIV,
                     "Installation order export 02-12-2026 (2 orders)", "Wed, 02 Dec 2026 09:58:20 +0100",
                     gmail_id(slug), *GM_HOST_A)
    ans = answer("order", "50five", [
        order("50F-NL-237088", "Mehmet Aksoy", "mehmet.aksoy@gmail.com", "+31629471830",
              "Vondellaan", "7", "2332 AH", "Leiden", [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW")],
              "2027-01-26", "Charger on the front wall, cable through the meter cupboard.", account="C-0121402"),
        order("50F-BE-043140", "Hanne Wuyts", "hanne.wuyts@skynet.be", "+3234852761",
              "Antwerpsesteenweg", "402B", "2500", "Lier", [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW")],
              "2027-02-10", None, account="C-0121415")], None,
        "XLSX export with two orders (one row each, NL and BE); fields must not bleed between rows; '0031 6 ...' "
        "and a Belgian landline '+32 3 ...'; postcode '2332AH' without space; numeric House no. 402 + Addition "
        "'b' -> 402B; Excel date cells; empty Comments -> null for the second order.")
    return slug, message(hs, root), ans


@msg
def m022():
    slug = "022-50five-prose-en-ordinal-date"
    _wd_check("2027-01-28", "Thursday")
    text = """\
Hi ChargeCars team,

Broekhuis Gorinchem (dealer group ID BRH-NL-031) has sold a Kia EV3 to Ms Anne-Fleur Hartman, and she'd like a zappi at home. Please book one 50F-ZAPPI-7 for her. Broekhuis' purchase order is BRH-4471-26, our order reference is 50F-NL-237115 and her 50five customer account is C-0121466.

Anne-Fleur Hartman
Arkelsedijk 46
4206 AD Gorinchem
+31 (0)6-1583 6624
af.hartman@gmail.com

She'd like it installed on Thursday the 28th of January 2027; the car is delivered on the 22nd. She parks in the back garden, so the charger needs to go on the rear wall of the house.

Many thanks,
Femke Jorritsma

--
Femke Jorritsma | Dealer Partnerships | 50five
+31 85 208 1377 | femke.jorritsma@50five.com
"""
    html = html_paras(text)
    root = multipart("alternative", boundary(slug), [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ])
    hs = headers_for(slug, "Femke Jorritsma", "femke.jorritsma@50five.com", FIV,
                     "New order via Broekhuis Gorinchem - 50F-NL-237115", "Thu, 03 Dec 2026 13:44:51 +0100",
                     gmail_id(slug), *GM_HOST_B)
    ans = answer("order", "50five", [order(
        "50F-NL-237115", "Anne-Fleur Hartman", "af.hartman@gmail.com", "+31615836624",
        "Arkelsedijk", "46", "4206 AD", "Gorinchem", [product("50F-ZAPPI-7", 1, "zappi")],
        "2027-01-28", "She parks in the back garden, so the charger needs to go on the rear wall of the house.",
        dealer="BRH-NL-031", po="BRH-4471-26", account="C-0121466")], None,
        "English dealer prose (text+HTML QP); ordinal date 'Thursday the 28th of January 2027' -> 2027-01-28, "
        "'the 22nd' is the car delivery; phone '+31 (0)6-1583 6624'; dealer id, PO and account inline; the "
        "sender's phone in the signature is not the customer's.")
    return slug, message(hs, root), ans


@msg
def m023():
    slug = "023-50five-cancellation-nl"
    text = """\
Hallo ChargeCars,

Mevrouw Brinkman (Ruysdaellaan, Hillegom) heeft haar aanvraag 50F-NL-237026 ingetrokken; haar VvE regelt nu voor alle bewoners laadpunten in de gezamenlijke garage. Willen jullie de installatie van 21 januari annuleren en dat aan ons bevestigen?

Bedankt en groet,
Joris Timmermans
Klantenservice | 50five
"""
    root = text_part(text, "plain", "utf-8", "8bit")
    hs = headers_for(slug, "Joris Timmermans", "joris.timmermans@50five.nl", FIV,
                     "Annulering 50F-NL-237026", "Mon, 30 Nov 2026 12:17:46 +0100",
                     gmail_id(slug), *GM_HOST_A)
    ans = answer("cancellation", "50five", [], "50F-NL-237026",
                 "Dutch cancellation of order 019 from a 50five.nl address (UTF-8 8bit); repeats street, town and "
                 "date but is no order.")
    return slug, message(hs, root), ans


@msg
def m024():
    slug = "024-50five-rates-question"
    text = """\
Hi ChargeCars,

We're preparing our partner planning for 2027 and have two questions:

1. Could you send us your installation rates for 2027 for a standard 50F-ZAPPI-7 installation, including the surcharge per extra metre of cable?
2. From March we expect roughly 60 installations a month. Can you handle that volume, and do you also cover Zeeuws-Vlaanderen?

No rush, an answer before the end of the month is fine.

Best,
Femke Jorritsma

--
Femke Jorritsma | Dealer Partnerships | 50five
+31 85 208 1377 | femke.jorritsma@50five.com
"""
    root = text_part(text, "plain", "us-ascii", "7bit")
    hs = headers_for(slug, "Femke Jorritsma", "femke.jorritsma@50five.com", FIV,
                     "Rates and capacity 2027", "Mon, 07 Dec 2026 10:30:05 +0100", gmail_id(slug), *GM_HOST_B)
    ans = answer("other", "50five", [], None,
                 "General question about 2027 rates and capacity; names a SKU and volumes but carries no order.")
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
ALVA_SIG_NADIA = """\
Nadia Bouzid
Planner | Alva Charging
T +31 (0)20 820 4411
n.bouzid@alva-charging.nl | www.alva-charging.nl
Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam
"""


def alva_wat(items):
    return ", ".join(f"{q}x {sku} ({ALV_DESC[sku]})" for sku, q in items)


def alva_products(items):
    return [product(sku, q, ALV_DESC[sku]) for sku, q in items]


@msg
def m025():
    slug = "025-alva-opdracht-sophie"
    items = [("ALVA-PULSAR-11", 1), ("ALVA-INST-3F", 1)]
    text = f"""\
Hoi ChargeCars-team,

Een nieuwe opdracht om in te plannen:

Ordernr: ALVA-1126-061
Klant: Joris van Dalen
Adres: Prins Bernhardlaan 33, 3451 CG Vleuten
Tel: 030-6772419
Mail: joris.vandalen@gmail.com
Wat: {alva_wat(items)}
Wanneer: 20-01-2027
Bijz.: Er staat een thuisbatterij in de garage; laadpaal graag aan de andere muur.

Groet,

""" + ALVA_SIG_SOPHIE
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Sophie de Graaf", "s.degraaf@alva-charging.nl", ALV,
                     "Nieuwe opdracht ALVA-1126-061", "Wed, 25 Nov 2026 11:16:32 +0100", gmail_id(slug), *GM_HOST_A)
    ans = answer("order", "alva", [order(
        "ALVA-1126-061", "Joris van Dalen", "joris.vandalen@gmail.com", "+31306772419",
        "Prins Bernhardlaan", "33", "3451 CG", "Vleuten", alva_products(items),
        "2027-01-20", "Er staat een thuisbatterij in de garage; laadpaal graag aan de andere muur.")], None,
        "Clean Alva order in the short label style; no customer account (Alva gives none); Alva office phone "
        "in the signature. Asked about in 030.")
    return slug, message(hs, root), ans


@msg
def m026():
    slug = "026-alva-two-orders-company-sites"
    a = [("ALVA-PULSAR-22", 2), ("ALVA-INST-3F", 2)]
    b = [("ALVA-PULSAR-11", 1), ("ALVA-INST-3F", 1), ("ALVA-KABEL-10M", 1)]
    text = f"""\
Hoi ChargeCars-team,

Lindeboom Fysiotherapie wil bij beide praktijken laadpunten voor hun elektrische auto's. Het zijn twee aparte opdrachten, want het gaat om twee adressen. Contactpersoon voor allebei is Erwin Lindeboom.

Opdracht 1 – praktijk Deventer
Ordernr: ALVA-1126-064
Klant: Lindeboom Fysiotherapie B.V.
Adres: Brinkgreverweg 112, 7413 AE Deventer
Tel: 0570-627134
Mail: administratie@lindeboomfysio.nl
Wat: {alva_wat(a)}
Wanneer: 02-02-2027
Bijz.: Twee laadpunten op het parkeerterrein achter de praktijk; sleutel van de meterkast bij de receptie.

Opdracht 2 – praktijk Zutphen
Ordernr: ALVA-1126-065
Klant: Lindeboom Fysiotherapie B.V.
Adres: Weg naar Laren 40, 7203 HL Zutphen
Tel: 0575-518862
Mail: administratie@lindeboomfysio.nl
Wat: {alva_wat(b)}
Wanneer: 04-02-2027
Bijz.: -

Groet,

""" + ALVA_SIG_JEROEN
    root = text_part(text, "plain", "windows-1252", "quoted-printable")
    hs = headers_for(slug, "Jeroen Smit", "jeroen.smit@alva-charging.nl", ALV,
                     "Twee opdrachten Lindeboom Fysiotherapie (ALVA-1126-064 / 065)", "Thu, 26 Nov 2026 15:08:44 +0100",
                     gmail_id(slug), *GM_HOST_A, charset="windows-1252")
    ans = answer("order", "alva", [
        order("ALVA-1126-064", "Lindeboom Fysiotherapie B.V.", "administratie@lindeboomfysio.nl", "+31570627134",
              "Brinkgreverweg", "112", "7413 AE", "Deventer", alva_products(a), "2027-02-02",
              "Twee laadpunten op het parkeerterrein achter de praktijk; sleutel van de meterkast bij de receptie."),
        order("ALVA-1126-065", "Lindeboom Fysiotherapie B.V.", "administratie@lindeboomfysio.nl", "+31575518862",
              "Weg naar Laren", "40", "7203 HL", "Zutphen", alva_products(b), "2027-02-04", None)], None,
        "Two orders for one company customer at two sites (windows-1252 QP, en dashes); same name and e-mail in "
        "both, different address, phone, products and date; name is the company as in 'Klant' (the contact "
        "person is in the intro only); quantity 2 in the first; 'Bijz.: -' -> null in the second.")
    return slug, message(hs, root), ans


A027_ORIG = """\
Hoi ChargeCars-team,

Een nieuwe opdracht voor jullie:

Ordernr: ALVA-1126-059
Klant: Esther Blom
Adres: Zonnebloemstraat 14, 1784 NT Den Helder
Tel: 0223-614285
Mail: esther.blom@quicknet.nl
Wat: 1x ALVA-PULSAR-22 (Pulsar Plus 22 kW), 1x ALVA-INST-3F (installatie 3-fase), 1x ALVA-KABEL-10M (kabel 5x6 mm², 10 m)
Wanneer: 15-01-2027
Bijz.: Meterkast in de bijkeuken, laadpaal bij de voordeur.

Groet,

Sophie de Graaf
Planner | Alva Charging
"""


@msg
def m027():
    slug = "027-alva-self-reply-cable-removed"
    text = ("""\
Hoi,

Kleine wijziging op de opdracht hieronder: de kabel (ALVA-KABEL-10M) kan eraf. De elektricien van mevrouw Blom heeft zelf al een kabel naar de voordeur getrokken. Het blijft dus alleen de Pulsar Plus 22 kW met de installatie; de rest is ongewijzigd.

Groet,

""" + ALVA_SIG_SOPHIE + """
Op do 26 nov 2026 om 09:31 schreef Sophie de Graaf <s.degraaf@alva-charging.nl>:
""" + quote_gt(A027_ORIG))
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Sophie de Graaf", "s.degraaf@alva-charging.nl", ALV,
                     "Re: Nieuwe opdracht ALVA-1126-059", "Mon, 30 Nov 2026 16:44:02 +0100", gmail_id(slug), *GM_HOST_B,
                     extra=[("In-Reply-To", gmail_id(slug + "-orig")), ("References", gmail_id(slug + "-orig"))])
    ans = answer("order", "alva", [order(
        "ALVA-1126-059", "Esther Blom", "esther.blom@quicknet.nl", "+31223614285",
        "Zonnebloemstraat", "14", "1784 NT", "Den Helder",
        alva_products([("ALVA-PULSAR-22", 1), ("ALVA-INST-3F", 1)]),
        "2027-01-15", "Meterkast in de bijkeuken, laadpaal bij de voordeur.")], None,
        "The sender replies to her own order (Gmail quote '> '); the newest text removes a product "
        "(ALVA-KABEL-10M), so two products remain; everything else from the quoted order.")
    return slug, message(hs, root), ans


@msg
def m028():
    slug = "028-alva-opdracht-weekday-date-hs"
    _wd_check("2027-02-04", "Thursday")
    items = [("ALVA-PULSAR-11", 1), ("ALVA-INST-3F", 1)]
    text = f"""\
Hoi ChargeCars-team,

Hieronder een opdracht in Amsterdam. Parkeren is daar lastig, houd daar rekening mee.

Ordernr: ALVA-1226-017
Klant: Sem Kortekaas
Adres: Tweede Jan Steenstraat 58 hs, 1073 VN Amsterdam
Tel: 06-25180734
Mail: sem.kortekaas@gmail.com
Wat: {alva_wat(items)}
Wanneer: donderdag 4 februari 2027, liefst na 12.00 uur
Bijz.: Laadpaal in de gemeenschappelijke binnentuin, toegang via de gang naast de winkel.

Groet,

""" + ALVA_SIG_NADIA
    root = text_part(text, "plain", "utf-8", "base64")
    hs = headers_for(slug, "Nadia Bouzid", "n.bouzid@alva-charging.nl", ALV,
                     "Nieuwe opdracht ALVA-1226-017 (Amsterdam)", "Tue, 01 Dec 2026 13:29:08 +0100", gmail_id(slug), *GM_HOST_B)
    ans = answer("order", "alva", [order(
        "ALVA-1226-017", "Sem Kortekaas", "sem.kortekaas@gmail.com", "+31625180734",
        "Tweede Jan Steenstraat", "58hs", "1073 VN", "Amsterdam", alva_products(items),
        "2027-02-04", "Laadpaal in de gemeenschappelijke binnentuin, toegang via de gang naast de winkel.")], None,
        "Alva order (UTF-8 base64) from a new planner; 'Wanneer: donderdag 4 februari 2027, liefst na 12.00 uur' "
        "-> 2027-02-04 (the time wish is not in the note, which is the Bijz. field); Amsterdam 'hs' (huis, "
        "ground floor) addition -> 58hs; the parking remark in the intro is not a note.")
    return slug, message(hs, root), ans


@msg
def m029():
    slug = "029-alva-pdf-werkopdracht"
    items = [("ALVA-PULSAR-11", 1), ("ALVA-INST-3F", 1), ("ALVA-KABEL-10M", 1)]
    pdesc = {"ALVA-PULSAR-11": "Wallbox Pulsar Plus 11 kW", "ALVA-INST-3F": "Installatie 3-fase",
             "ALVA-KABEL-10M": "Kabel 5x6 mm2, 10 meter"}
    L = []
    y = 800
    L.append((50, y, 16, True, "WERKOPDRACHT ALVA-1226-021")); y -= 18
    L.append((50, y, 9, False, "Alva Charging B.V. - opdracht aan installatiepartner ChargeCars")); y -= 26

    def sec(t):
        nonlocal y
        L.append((50, y, 12, True, t)); y -= 4
        L.append((50, y, 495, None, None)); y -= 16

    def row(k, v):
        nonlocal y
        L.append((50, y, 10, False, k)); L.append((190, y, 10, False, v)); y -= 16
    sec("Klant")
    row("Naam", "Lars Dijkman")
    row("Adres", "Molenstraat 7")
    row("Postcode / plaats", "4611 NE Bergen op Zoom")
    row("Telefoon", "0164-238517")
    row("E-mail", "lars.dijkman@zeelandnet.nl")
    y -= 8
    sec("Materiaal en werk")
    L.append((50, y, 10, True, "Artikel")); L.append((190, y, 10, True, "Omschrijving"))
    L.append((450, y, 10, True, "Aantal")); y -= 16
    for sku, q in items:
        L.append((50, y, 10, False, sku)); L.append((190, y, 10, False, pdesc[sku]))
        L.append((450, y, 10, False, str(q))); y -= 16
    y -= 8
    sec("Planning")
    row("Gewenste datum", "11-03-2027")
    row("Bijzonderheden", "Laadpaal aan de achtergevel; kabel via de tuin (ca. 9 m).")
    L.append((50, 60, 8, False, "Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam | T +31 (0)20 820 4411 | planning@alva-charging.nl"))
    pdf = make_pdf([L], "Werkopdracht ALVA-1226-021", "c3b07e19a5d24f6e8b1a90d7c2e5f481",
                   "Alva Charging", "D:20261203101800+01'00'")
    text = """\
Hoi ChargeCars-team,

In de bijlage de werkopdracht voor meneer Dijkman in Bergen op Zoom. Geen haast: hij krijgt zijn auto pas in maart.

Groet,

""" + ALVA_SIG_JEROEN
    root = multipart("mixed", boundary(slug), [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        file_part(pdf, "application/pdf", "Werkopdracht ALVA-1226-021.pdf"),
    ])
    hs = headers_for(slug, "Jeroen Smit", "jeroen.smit@alva-charging.nl", ALV,
                     "Werkopdracht ALVA-1226-021", "Thu, 03 Dec 2026 10:22:47 +0100", gmail_id(slug), *GM_HOST_A)
    ans = answer("order", "alva", [order(
        "ALVA-1226-021", "Lars Dijkman", "lars.dijkman@zeelandnet.nl", "+31164238517",
        "Molenstraat", "7", "4611 NE", "Bergen op Zoom",
        [product(sku, q, pdesc[sku]) for sku, q in items],
        "2027-03-11", "Laadpaal aan de achtergevel; kabel via de tuin (ca. 9 m).")], None,
        "Order only in the PDF werkopdracht (corpus 016 layout), filename with a space; three products; "
        "'in maart' in the body is the car, the date is in the PDF; the PDF footer and the signature carry "
        "Alva contact data.")
    return slug, message(hs, root), ans


@msg
def m030():
    slug = "030-alva-status-question-en"
    text = """\
Hi ChargeCars,

Quick question: has order ALVA-1126-061 (Joris van Dalen, Vleuten) been scheduled yet? He asked for 20 January, and his employer needs a confirmed installation date before they approve his charging allowance.

Thanks!

""" + ALVA_SIG_TOM
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Tom Hendriks", "tom.hendriks@alva-charging.nl", ALV,
                     "Planning ALVA-1126-061?", "Mon, 07 Dec 2026 14:55:10 +0100", gmail_id(slug), *GM_HOST_B)
    ans = answer("status_question", "alva", [], "ALVA-1126-061",
                 "English status question about order 025; repeats name, town and date but is no order.")
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
