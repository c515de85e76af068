#!/usr/bin/env python3
"""Build the holdout6 blind batch: 30 partner e-mails with their expected answers.

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
               + b" /Producer (holdout6 pdf writer) /CreationDate (" + created.encode("ascii") + b") >>")
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

# --------------------------------------------------------------------------- helpers (holdout6)

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


# --------------------------------------------------------------------------- Groendus

GRO_PORTAL_FOOT = """\
--
Automatisch bericht uit het Groendus partnerportaal. Niet beantwoorden met nieuwe orders.
Vragen over deze opdracht: Partnerdesk Groendus, 088-7654321, partnerdesk@groendus.nl
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


G001 = dict(id="GRD-2026-08417", odate="28-11-2026", acct="7700229314", name="Maarten Hofstede",
            mail="maarten.hofstede@ziggo.nl", tel="06-41 83 27 90", street="Vondellaan", hn="27", add="b",
            pc="3521GH", city="Utrecht", items=[("GRO-ALFEN-11", 1), ("GRO-INSTALL-3", 1)],
            date="14-12-2026", rem="Zonnepanelen op het dak, omvormer hangt naast de meterkast op zolder.")


@msg
def m001():
    slug = "001-groendus-portal-order-toevoeging"
    text = ("Groendus partnerportaal - installatieopdracht\n"
            "----------------------------------------------\n\n"
            "Er is een nieuwe opdracht voor u aangemaakt.\n\n" + gro_block(G001) + "\n" + GRO_PORTAL_FOOT)
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Groendus Orderdesk", "orderdesk@groendus.nl", GRO,
                     "Nieuwe order GRD-2026-08417", "Mon, 30 Nov 2026 08:12:05 +0100",
                     "<7f3a0c19d2e4.5b81e0aa@portal.groendus.nl>", "portal.groendus.nl", "185.102.4.17",
                     extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Groendus Partnerportaal 4.24")])
    ans = answer("order", "groendus", [order(
        "GRD-2026-08417", "Maarten Hofstede", "maarten.hofstede@ziggo.nl", "+31641832790",
        "Vondellaan", "27B", "3521 GH", "Utrecht",
        [product("GRO-ALFEN-11", 1, GRO_DESC["GRO-ALFEN-11"]), product("GRO-INSTALL-3", 1, GRO_DESC["GRO-INSTALL-3"])],
        "2026-12-14", "Zonnepanelen op het dak, omvormer hangt naast de meterkast op zolder.",
        account="7700229314")], None,
        "Clean Groendus portal order; Huisnummer 27 + Toevoeging 'b' -> 27B; postcode without space; "
        "phone '06-41 83 27 90'. Cancelled by 006.")
    return slug, message(hs, root), ans


@msg
def m002():
    slug = "002-groendus-portal-two-orders"
    a = dict(id="GRD-2026-08452", odate="01-12-2026", acct="7700229877", name="Anouk Kuipers-Brink",
             mail="anouk.kuipers@outlook.com", tel="06 27 18 44 03", street="Graafseweg", hn="141", add="",
             pc="5213 AL", city="'s-Hertogenbosch", items=[("GRO-ALFEN-11", 1), ("GRO-INSTALL-1", 1)],
             date="11-01-2027", rem="")
    b = dict(id="GRD-2026-08453", odate="01-12-2026", acct="7700230106", name="Joost van Wijngaarden",
             mail="J.vanWijngaarden@kpnmail.nl", tel="+31 6 5093 1172", street="Zandweg", hn="63", add="2",
             pc="3454 jh", city="De Meern", items=[("GRO-ALFEN-11", 1), ("GRO-INSTALL-3", 1)],
             date="13-01-2027", rem="Laadpaal bij de voordeur, kabel kan via de kruipruimte.")
    text = ("Groendus partnerportaal - installatieopdrachten (2)\n"
            "---------------------------------------------------\n\n"
            "Er zijn 2 nieuwe opdrachten voor u aangemaakt.\n\n"
            "[1/2]\n" + gro_block(a) + "\n[2/2]\n" + gro_block(b) + "\n" + GRO_PORTAL_FOOT)
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Groendus Orderdesk", "orderdesk@groendus.nl", GRO,
                     "Nieuwe orders GRD-2026-08452, GRD-2026-08453", "Wed, 02 Dec 2026 07:30:02 +0100",
                     "<0c55e1b7a9f2.7e02d4c1@portal.groendus.nl>", "portal.groendus.nl", "185.102.4.17",
                     extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Groendus Partnerportaal 4.24")])
    ans = answer("order", "groendus", [
        order("GRD-2026-08452", "Anouk Kuipers-Brink", "anouk.kuipers@outlook.com", "+31627184403",
              "Graafseweg", "141", "5213 AL", "'s-Hertogenbosch",
              [product("GRO-ALFEN-11", 1, GRO_DESC["GRO-ALFEN-11"]), product("GRO-INSTALL-1", 1, GRO_DESC["GRO-INSTALL-1"])],
              "2027-01-11", None, account="7700229877"),
        order("GRD-2026-08453", "Joost van Wijngaarden", "j.vanwijngaarden@kpnmail.nl", "+31650931172",
              "Zandweg", "63-2", "3454 JH", "De Meern",
              [product("GRO-ALFEN-11", 1, GRO_DESC["GRO-ALFEN-11"]), product("GRO-INSTALL-3", 1, GRO_DESC["GRO-INSTALL-3"])],
              "2027-01-13", "Laadpaal bij de voordeur, kabel kan via de kruipruimte.", account="7700230106")],
        None,
        "Two orders in one Groendus portal mail; fields must not bleed between blocks. Order 1 has empty "
        "Toevoeging and Opmerkingen; order 2 has numeric Toevoeging 2 -> 63-2, mixed-case e-mail, lower-case postcode.")
    return slug, message(hs, root), ans


@msg
def m003():
    slug = "003-groendus-csv-export"
    cols = ("ordernummer,orderdatum,klantnummer,naam,email,telefoon,straat,huisnummer,toevoeging,postcode,"
            "plaats,artikel,omschrijving,aantal,gewenste_datum,opmerkingen")
    rem = '"Graag vooraf bellen, parkeren in de straat is lastig"'
    common = ("GRD-2026-08390,26-11-2026,7700228741,Hatice Demir,hatice.demir@hotmail.com,06 46281905,"
              "Burgemeester de Withstraat,38,,1503 GR,Zaandam")
    rows = [cols,
            f"{common},GRO-ALFEN-11,Alfen Eve Single S-line 11 kW,1,2026-12-21,{rem}",
            f"{common},GRO-INSTALL-1,Installatie standaard 1-fase,1,2026-12-21,{rem}"]
    csv = ("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8")
    text = """\
Orderexport Groendus partnerportaal

Exportdatum: 27-11-2026 06:00
Aantal orders in bestand: 1
Bestand: groendus_orders_20261127.csv

--
Automatisch bericht uit het Groendus partnerportaal.
"""
    root = multipart("mixed", boundary(slug), [
        text_part(text, "plain", "utf-8", "7bit"),
        file_part(csv, "text/csv", "groendus_orders_20261127.csv", charset="utf-8"),
    ])
    hs = headers_for(slug, "Groendus Orderdesk", "orderdesk@groendus.nl", GRO,
                     "Orderexport 27-11-2026 (1 order)", "Fri, 27 Nov 2026 06:00:03 +0100",
                     "<5d90b2e4c7a1.33f0e8d2@portal.groendus.nl>", "portal.groendus.nl", "185.102.4.17",
                     extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Groendus Partnerportaal 4.24")])
    ans = answer("order", "groendus", [order(
        "GRD-2026-08390", "Hatice Demir", "hatice.demir@hotmail.com", "+31646281905",
        "Burgemeester de Withstraat", "38", "1503 GR", "Zaandam",
        [product("GRO-ALFEN-11", 1, GRO_DESC["GRO-ALFEN-11"]), product("GRO-INSTALL-1", 1, GRO_DESC["GRO-INSTALL-1"])],
        "2026-12-21", "Graag vooraf bellen, parkeren in de straat is lastig", account="7700228741")], None,
        "CSV export (UTF-8 with BOM, comma separated): one order over two lines, one per product; the body "
        "holds no order data; quoted remark with a comma; export date is not the install date.")
    return slug, message(hs, root), ans


@msg
def m004():
    slug = "004-groendus-pdf-orderformulier"
    L = []
    y = 790
    def row(label, value, bold=False):
        nonlocal y
        L.append((50, y, 10, False, label))
        L.append((210, y, 10, bold, value))
        y -= 16
    def head(t):
        nonlocal y
        y -= 8
        L.append((50, y, 12, True, t))
        y -= 4
        L.append((50, y, 495, None, None))
        y -= 16
    L.append((50, y, 15, True, "GROENDUS - Orderformulier laadoplossing")); y -= 18
    L.append((50, y, 9, False, "Handmatige invoer partnerdesk | versie 2026.1")); y -= 14
    head("Ordergegevens")
    row("Ordernummer", "GRD-2026-08475", True)
    row("Orderdatum", "03-12-2026")
    row("Klantnummer", "7700229960")
    row("Kanaal", "Partnerdesk (portaal in onderhoud)")
    head("Klantgegevens")
    row("Naam", "Hendrik-Jan Wolters")
    row("E-mail", "hj.wolters@woltersagri.nl")
    row("Telefoon", "0341-452817")
    row("Straat en huisnummer", "Stationslaan 52")
    row("Postcode", "3841 DB")
    row("Plaats", "Harderwijk")
    head("Producten")
    L.append((50, y, 10, True, "Artikelcode")); L.append((210, y, 10, True, "Omschrijving"))
    L.append((470, y, 10, True, "Aantal")); y -= 16
    for sku, q in (("GRO-ALFEN-11", 2), ("GRO-INSTALL-3", 2)):
        L.append((50, y, 10, False, sku)); L.append((210, y, 10, False, GRO_DESC[sku]))
        L.append((470, y, 10, False, str(q))); y -= 16
    head("Installatie")
    row("Gewenste datum", "17-02-2027")
    row("Opmerkingen", "Twee laadpunten bij de loods; de sleuf voor de kabel graaft de klant zelf.")
    L.append((50, 70, 8, False, "Groendus | Partnerdesk | partnerdesk@groendus.nl | 088-7654321"))
    L.append((50, 58, 8, False, "Dit formulier is door de partnerdesk van Groendus ingevuld en geldt als opdracht."))
    pdf = make_pdf([L], "GROENDUS - Orderformulier GRD-2026-08475", "6c2f0a91d4e8b7305a1c9e2d7f4b8a63",
                   "Groendus Partnerdesk", "D:20261203141900+01'00'")
    text = """\
Goedemiddag,

Ons partnerportaal is vandaag de hele dag in onderhoud, dus deze order sturen we als PDF. Het ingevulde orderformulier zit in de bijlage.

Willen jullie even laten weten of hij goed is aangekomen?

Met vriendelijke groet,

Yvonne Bos
Partnerdesk Groendus
088-7654321
"""
    root = multipart("mixed", boundary(slug), [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        file_part(pdf, "application/pdf", "Orderformulier_GRD-2026-08475.pdf"),
    ])
    hs = headers_for(slug, "Yvonne Bos", "yvonne.bos@groendus.nl", GRO,
                     "Orderformulier GRD-2026-08475 (PDF)", "Thu, 03 Dec 2026 14:21:37 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "groendus", [order(
        "GRD-2026-08475", "Hendrik-Jan Wolters", "hj.wolters@woltersagri.nl", "+31341452817",
        "Stationslaan", "52", "3841 DB", "Harderwijk",
        [product("GRO-ALFEN-11", 2, GRO_DESC["GRO-ALFEN-11"]), product("GRO-INSTALL-3", 2, GRO_DESC["GRO-INSTALL-3"])],
        "2027-02-17", "Twee laadpunten bij de loods; de sleuf voor de kabel graaft de klant zelf.",
        account="7700229960")], None,
        "Order only in the PDF orderformulier (text layer); quantity 2 on both lines; the body has only the "
        "partnerdesk's own phone; Orderdatum is not the install date.")
    return slug, message(hs, root), ans


@msg
def m005():
    slug = "005-groendus-prose-dealer-cp1252"
    text = """\
Hallo ChargeCars,

Via Broekhuis Zwolle heeft mevrouw Marieke Stoffelen een Skoda Elroq gekocht, en ze wil graag thuis laden. Kunnen jullie voor haar een GRO-ALFEN-11 met de 3-fase installatie (GRO-INSTALL-3) inplannen? De auto staat op 14 december bij de dealer klaar; ze zou de installatie het liefst op donderdag 17 december hebben.

Haar gegevens:
Marieke Stoffelen
Assendorperstraat 104
8012 DJ Zwolle
06 - 31 57 24 88
marieke.stoffelen@gmail.com
Klantnummer Groendus: 7700230452

Broekhuis heeft bij ons dealer-ID GRD-DLR-247, hun inkoopordernummer is BRK-ZWL-26-1187. Bij ons staat de order onder GRD-2026-08498.

De meterkast is vorig jaar vernieuwd, er is een vrije groep beschikbaar.

Dank je wel alvast – laat maar weten als er iets ontbreekt.

Groet,
Wendy Schouten
Accountmanager Dealers | Groendus
06-22 81 47 50
"""
    root = text_part(text, "plain", "windows-1252", "quoted-printable")
    hs = headers_for(slug, "Wendy Schouten", "wendy.schouten@groendus.nl", GRO,
                     "Laadpaal voor klant van Broekhuis Zwolle", "Tue, 01 Dec 2026 10:47:19 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")],
                     charset="windows-1252")
    ans = answer("order", "groendus", [order(
        "GRD-2026-08498", "Marieke Stoffelen", "marieke.stoffelen@gmail.com", "+31631572488",
        "Assendorperstraat", "104", "8012 DJ", "Zwolle",
        [product("GRO-ALFEN-11", 1, GRO_DESC["GRO-ALFEN-11"]), product("GRO-INSTALL-3", 1, GRO_DESC["GRO-INSTALL-3"])],
        "2026-12-17", "De meterkast is vorig jaar vernieuwd, er is een vrije groep beschikbaar.",
        dealer="GRD-DLR-247", po="BRK-ZWL-26-1187", account="7700230452")], None,
        "Dealer prose, windows-1252 QP; 'donderdag 17 december' has no year -> 2026 from the Date header; "
        "14 december is the car handover, not the install date; the account manager's mobile in the signature "
        "is not the customer's.")
    return slug, message(hs, root), ans


@msg
def m006():
    slug = "006-groendus-cancellation-quoted-order"
    text = ("""\
Goedemorgen,

Order GRD-2026-08417 (dhr. Hofstede, Utrecht) mag geannuleerd worden. De klant heeft ons gisteren gebeld: hij gaat verhuizen en ziet voorlopig af van de laadpaal.

Kunnen jullie de annulering even bevestigen?

Met vriendelijke groet,

Yvonne Bos
Partnerdesk Groendus
088-7654321

________________________________
Van: Groendus Orderdesk <orderdesk@groendus.nl>
Verzonden: maandag 30 november 2026 08:12
Aan: groendus@orders.chargecars.nl
Onderwerp: Nieuwe order GRD-2026-08417

Groendus partnerportaal - installatieopdracht
----------------------------------------------

Er is een nieuwe opdracht voor u aangemaakt.

""" + gro_block(G001) + "\n" + GRO_PORTAL_FOOT)
    root = text_part(text, "plain", "iso-8859-1", "quoted-printable")
    hs = headers_for(slug, "Yvonne Bos", "yvonne.bos@groendus.nl", GRO,
                     "RE: Nieuwe order GRD-2026-08417", "Fri, 04 Dec 2026 09:05:48 +0100",
                     outlook_id(slug), *OUTLOOK_HOST,
                     extra=[("In-Reply-To", "<7f3a0c19d2e4.5b81e0aa@portal.groendus.nl>"),
                            ("References", "<7f3a0c19d2e4.5b81e0aa@portal.groendus.nl>"),
                            ("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("cancellation", "groendus", [], "GRD-2026-08417",
                 "Outlook reply that cancels order 001; the full portal order is quoted below and must not become "
                 "a new order.")
    return slug, message(hs, root), ans


# --------------------------------------------------------------------------- Essent

def ess_fields(o):
    return [("Opdrachtnummer", o["id"]), ("Klantnummer Essent", o["acct"]), ("Naam klant", o["name"]),
            ("Adres", o["adres"]), ("Postcode en plaats", o["pcplaats"]), ("Telefoon", o["tel"]),
            ("E-mail", o["mail"]), ("Gewenste installatiedatum", o["date"]), ("Opmerking", o["rem"])]


ESS_INTRO = ("Er staat een nieuwe opdracht van Essent voor u klaar. Neem binnen twee werkdagen contact op "
             "met de klant om een afspraak te maken.")
ESS_FOOT = "Essent Retail Energie B.V. - Willemsplein 4 - 5211 AK 's-Hertogenbosch - KvK 17122214"


def ess_text(o):
    out = ["ESSENT | NIEUWE INSTALLATIEOPDRACHT", "", "Beste installatiepartner,", "", ESS_INTRO, ""]
    out += [f"{k}: {v}" for k, v in ess_fields(o)]
    out += ["", "Producten:"]
    out += [f"- {sku}  {ESS_DESC[sku]}  aantal {q}  {ESS_PRICE[sku]}" for sku, q in o["items"]]
    out += ["", "Met vriendelijke groet,", "Team Laadoplossingen", "Essent", "", ESS_FOOT, ""]
    return "\n".join(out)


def ess_html(o):
    th = 'style="background:#f4f4f4;font-weight:bold;width:230px"'
    rows = "\n".join(f"<tr><td {th}>{E(k)}</td><td>{E(v)}</td></tr>" for k, v in ess_fields(o))
    prods = "\n".join(f'<tr><td>{sku}</td><td>{E(ESS_DESC[sku])}</td><td align="center">{q}</td>'
                      f'<td align="right">{E(ESS_PRICE[sku])}</td></tr>' for sku, q in o["items"])
    return f"""\
<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Installatieopdracht {o['id']}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#e4003a;color:#fff;padding:10px 14px;font-size:18px">essent &nbsp;|&nbsp; Nieuwe installatieopdracht</td></tr></table>
<p>Beste installatiepartner,</p>
<p>{E(ESS_INTRO)}</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;border-color:#ccc" width="640">
{rows}
</table>
<h3 style="font-size:14px;margin-top:18px">Producten</h3>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;border-color:#ccc" width="640">
<tr style="background:#f4f4f4"><th align="left">Artikelcode</th><th align="left">Omschrijving</th><th>Aantal</th><th align="right">Prijs incl. btw</th></tr>
{prods}
</table>
<p>Met vriendelijke groet,<br>Team Laadoplossingen<br>Essent</p>
<p style="font-size:10px;color:#888">Essent Retail Energie B.V. &middot; Willemsplein 4 &middot; 5211 AK &#39;s-Hertogenbosch &middot; KvK 17122214<br>
Automatisch verstuurd vanuit het Essent partnerplatform.</p>
</body></html>
"""


def ess_headers(slug, subject, date, msgid, extra=()):
    return headers_for(slug, "Essent Laadoplossingen", "laadoplossingen@essent.nl", ESS, subject, date, msgid,
                       "mailer01.essent.nl", "145.7.212.31", to_name="ChargeCars Orders",
                       extra=[("Auto-Submitted", "auto-generated")] + list(extra))


E007 = dict(id="ESS-59284417", acct="2005218830", name="Dewi Hartono", adres="Heiligenbergerweg 41 C",
            pcplaats="3816 AJ Amersfoort", tel="033-4657281", mail="dewi.hartono@gmail.com", date="2026-12-16",
            rem="Laadpaal onder de carport, de kabel kan langs de schutting.",
            items=[("ESS-WALLBOX-22", 1), ("ESS-INSTALL-STD", 1)])


@msg
def m007():
    slug = "007-essent-installatieopdracht-alternative"
    o = E007
    root = multipart("alternative", boundary(slug), [
        text_part(ess_text(o), "plain", "utf-8", "quoted-printable"),
        text_part(ess_html(o), "html", "utf-8", "quoted-printable"),
    ])
    hs = ess_headers(slug, "Essent installatieopdracht ESS-59284417", "Mon, 23 Nov 2026 15:12:40 +0100",
                     "<a41c7be02d95.0f6e3a12@mailer01.essent.nl>")
    ans = answer("order", "essent", [order(
        "ESS-59284417", "Dewi Hartono", "dewi.hartono@gmail.com", "+31334657281",
        "Heiligenbergerweg", "41C", "3816 AJ", "Amersfoort",
        [product("ESS-WALLBOX-22", 1, ESS_DESC["ESS-WALLBOX-22"]), product("ESS-INSTALL-STD", 1, ESS_DESC["ESS-INSTALL-STD"])],
        "2026-12-16", "Laadpaal onder de carport, de kabel kan langs de schutting.", account="2005218830")], None,
        "Clean Essent platform order, text+HTML QP; '41 C' -> 41C; street+number and postcode+city combined; "
        "Essent's own address in the footer. Cancelled by 011.")
    return slug, message(hs, root), ans


@msg
def m008():
    slug = "008-essent-html-only-unmapped-cable"
    o = dict(id="ESS-59301276", acct="2005224417", name="Ruud Schipper", adres="Bergselaan 231 B",
             pcplaats="3037 BR Rotterdam", tel="06 11 93 40 52", mail="r.schipper@xs4all.nl", date="2027-01-08",
             rem="-", items=[("ESS-WALLBOX-22", 1), ("ESS-INSTALL-STD", 1), ("ESS-KABEL-T2-5M", 1)])
    root = text_part(ess_html(o), "html", "utf-8", "base64")
    hs = ess_headers(slug, "Essent installatieopdracht ESS-59301276", "Wed, 25 Nov 2026 09:41:16 +0100",
                     "<3e8d01f6b2ac.94c1d7e0@mailer01.essent.nl>")
    ans = answer("order", "essent", [order(
        "ESS-59301276", "Ruud Schipper", "r.schipper@xs4all.nl", "+31611934052",
        "Bergselaan", "231B", "3037 BR", "Rotterdam",
        [product("ESS-WALLBOX-22", 1, ESS_DESC["ESS-WALLBOX-22"]), product("ESS-INSTALL-STD", 1, ESS_DESC["ESS-INSTALL-STD"]),
         product("ESS-KABEL-T2-5M", 1, ESS_DESC["ESS-KABEL-T2-5M"])],
        "2027-01-08", None, account="2005224417")], None,
        "HTML-only (base64); ESS-KABEL-T2-5M is not in the product mapping: keep it as written (as corpus 006); "
        "Opmerking '-' -> null; '231 B' -> 231B.")
    return slug, message(hs, root), ans


@msg
def m009():
    slug = "009-essent-prose-vague-week"
    text = """\
Goedemiddag,

Voor onze zakelijke klant de heer Arjen Haverkamp (klantnummer 2005229903) wil ik een laadpaal aanvragen bij zijn woning. Hij krijgt in januari een nieuwe leaseauto via dealergroep Bochane (dealer-ID BCH-207).

Het gaat om de ESS-WALLBOX-22 met de standaard installatie, ESS-INSTALL-STD.

Adres: Hoofdstraat 212, 3971 KL Driebergen-Rijsenburg
Telefoon: 0343-518204
E-mail: a.haverkamp@planet.nl

Planning: het liefst in de week van 11 januari, maar niet op maandag of dinsdag.

Referentie bij Essent: ESS-59310554. Het inkoopordernummer van Bochane is 4500139271.

Met vriendelijke groet,

Sandra Oosterveld
Accountmanager Zakelijk | Essent
06-41 22 90 17
"""
    root = text_part(text, "plain", "iso-8859-1", "base64")
    hs = headers_for(slug, "Sandra Oosterveld", "sandra.oosterveld@essent.nl", ESS,
                     "Aanvraag laadpaal dhr. Haverkamp", "Thu, 26 Nov 2026 13:58:22 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "essent", [order(
        "ESS-59310554", "Arjen Haverkamp", "a.haverkamp@planet.nl", "+31343518204",
        "Hoofdstraat", "212", "3971 KL", "Driebergen-Rijsenburg",
        [product("ESS-WALLBOX-22", 1, ESS_DESC["ESS-WALLBOX-22"]), product("ESS-INSTALL-STD", 1, "Standaard installatie")],
        None, "het liefst in de week van 11 januari, maar niet op maandag of dinsdag.",
        dealer="BCH-207", po="4500139271", account="2005229903")], None,
        "Prose from an Essent account manager (ISO-8859-1 base64); 'week van 11 januari' is a vague wish -> "
        "preferred_date null, kept in notes (as corpus 023); SKUs inline; her mobile in the signature.")
    return slug, message(hs, root), ans


@msg
def m010():
    slug = "010-essent-fw-attached-email-correction"
    o = dict(id="ESS-59297731", acct="2005221148", name="Sophie Lammers", adres="Nieuwe Gracht 8",
             pcplaats="2011 NG Haarlem", tel="023-5317480", mail="sophie.lammers@hotmai.com", date="2026-12-10",
             rem="Laadpaal in de tuin achter het huis, toegang via de achterom.",
             items=[("ESS-WALLBOX-22", 1), ("ESS-INSTALL-STD", 1)])
    inner_alt = multipart("alternative", boundary(slug, 2), [
        text_part(ess_text(o), "plain", "utf-8", "quoted-printable"),
        text_part(ess_html(o), "html", "utf-8", "quoted-printable"),
    ])
    inner_hs = [("From", "Essent Laadoplossingen <laadoplossingen@essent.nl>"),
                ("To", "Sandra Oosterveld <sandra.oosterveld@essent.nl>"),
                ("Subject", "Essent installatieopdracht ESS-59297731"),
                ("Date", "Fri, 27 Nov 2026 11:03:55 +0100"),
                ("Message-ID", "<c2b7e8104f3a.61d0a9e5@mailer01.essent.nl>"),
                ("Auto-Submitted", "auto-generated")]
    inner = message(inner_hs, inner_alt)
    fwd = Part(['Content-Type: message/rfc822;\r\n name="Essent installatieopdracht ESS-59297731.eml"',
                'Content-Disposition: attachment;\r\n filename="Essent installatieopdracht ESS-59297731.eml"'],
               inner)
    text = """\
Hallo ChargeCars,

De opdracht in de bijlage is vrijdag per abuis alleen naar mij gestuurd en niet naar jullie, dus bij deze alsnog.

Let op: in het e-mailadres van de klant zit een typefout. Het juiste adres is sophie.lammers@hotmail.com. De rest van de opdracht klopt.

Met vriendelijke groet,

Sandra Oosterveld
Accountmanager Zakelijk | Essent
06-41 22 90 17
"""
    root = multipart("mixed", boundary(slug), [text_part(text, "plain", "utf-8", "quoted-printable"), fwd])
    hs = headers_for(slug, "Sandra Oosterveld", "sandra.oosterveld@essent.nl", ESS,
                     "FW: Essent installatieopdracht ESS-59297731", "Tue, 01 Dec 2026 08:49:03 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "essent", [order(
        "ESS-59297731", "Sophie Lammers", "sophie.lammers@hotmail.com", "+31235317480",
        "Nieuwe Gracht", "8", "2011 NG", "Haarlem",
        [product("ESS-WALLBOX-22", 1, ESS_DESC["ESS-WALLBOX-22"]), product("ESS-INSTALL-STD", 1, ESS_DESC["ESS-INSTALL-STD"])],
        "2026-12-10", "Laadpaal in de tuin achter het huis, toegang via de achterom.", account="2005221148")], None,
        "Forward with the original platform mail as a message/rfc822 attachment; the top text corrects the "
        "customer e-mail hotmai.com -> hotmail.com, everything else from the attached order.")
    return slug, message(hs, root), ans


@msg
def m011():
    slug = "011-essent-cancellation-template"
    intro = ("De onderstaande opdracht is door de klant geannuleerd. Wilt u de installatie uit uw planning halen "
             "en eventueel gereserveerd materiaal vrijgeven?")
    f = [("Opdrachtnummer", "ESS-59284417"), ("Naam klant", "Dewi Hartono"),
         ("Adres", "Heiligenbergerweg 41 C, 3816 AJ Amersfoort"), ("Geplande installatiedatum", "2026-12-16"),
         ("Reden annulering", "Klant kiest voor een andere aanbieder")]
    text = ("ESSENT | ANNULERING OPDRACHT\n\nBeste installatiepartner,\n\n" + intro + "\n\n"
            + "\n".join(f"{k}: {v}" for k, v in f)
            + "\n\nEr worden geen annuleringskosten bij de klant in rekening gebracht.\n\n"
              "Met vriendelijke groet,\nTeam Laadoplossingen\nEssent\n")
    th = 'style="background:#f4f4f4;font-weight:bold;width:230px"'
    html = ("""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Annulering ESS-59284417</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#e4003a;color:#fff;padding:10px 14px;font-size:18px">essent &nbsp;|&nbsp; Annulering opdracht</td></tr></table>
<p>Beste installatiepartner,</p>
<p>""" + E(intro) + """</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;border-color:#ccc" width="640">
""" + "\n".join(f"<tr><td {th}>{E(k)}</td><td>{E(v)}</td></tr>" for k, v in f) + """
</table>
<p>Er worden geen annuleringskosten bij de klant in rekening gebracht.</p>
<p>Met vriendelijke groet,<br>Team Laadoplossingen<br>Essent</p>
</body></html>
""")
    root = multipart("alternative", boundary(slug), [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ])
    hs = ess_headers(slug, "Annulering opdracht ESS-59284417", "Fri, 04 Dec 2026 16:20:11 +0100",
                     "<9b0e4d27c1f8.2a7736b5@mailer01.essent.nl>")
    ans = answer("cancellation", "essent", [], "ESS-59284417",
                 "Essent cancellation template (text+HTML) for order 007; repeats customer, address and date but "
                 "is no new order.")
    return slug, message(hs, root), ans


@msg
def m012():
    slug = "012-essent-out-of-office"
    text = """\
Bedankt voor je bericht.

Ik ben van maandag 7 december tot en met vrijdag 18 december 2026 niet op kantoor en lees mijn mail niet. Je bericht wordt niet doorgestuurd.

Voor nieuwe opdrachten en dringende vragen kun je terecht bij laadoplossingen@essent.nl of 088-8511000.

Met vriendelijke groet,
Sandra Oosterveld
Accountmanager Zakelijk | Essent
"""
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Sandra Oosterveld", "sandra.oosterveld@essent.nl", ESS,
                     "Automatisch antwoord: Ontvangstbevestiging ESS-59310554", "Mon, 07 Dec 2026 07:15:02 +0100",
                     outlook_id(slug), *OUTLOOK_HOST,
                     extra=[("Auto-Submitted", "auto-replied"),
                            ("In-Reply-To", "<20261207061458.59310554@orders.chargecars.nl>")])
    ans = answer("other", "essent", [], None,
                 "Out-of-office auto reply (Auto-Submitted: auto-replied) to our confirmation of 009; the order id "
                 "in the subject does not make it a status question.")
    return slug, message(hs, root), ans


# --------------------------------------------------------------------------- Eneco

ENE_SIG_ANNELIES = """\
Met vriendelijke groet,

Annelies Vos
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


@msg
def m013():
    slug = "013-eneco-opdracht-latin1"
    o = dict(id="ENE-2026-128417", acct="1029941260", name="Noëlle Verschuren",
             adres="Tongelresestraat 318, 5613 DL  Eindhoven", tel="040-2447189",
             mail="noelle.verschuren@onsbrabantnet.nl", items=[("ENE-EVBOX-11", 1), ("ENE-INST-1F", 1)],
             date="8 januari 2027", rem="Klant is alleen na 13.00 uur thuis.")
    text = ("Goedemiddag,\n\nHieronder een nieuwe opdracht voor een laadpaal met installatie.\n\n" + ene_block(o)
            + "\nGraag ontvangen we binnen twee werkdagen de afgesproken installatiedatum van jullie.\n\n"
            + ENE_SIG_ANNELIES)
    root = text_part(text, "plain", "iso-8859-1", "quoted-printable")
    hs = headers_for(slug, "Annelies Vos", "annelies.vos@eneco.nl", ENE,
                     "Opdracht ENE-2026-128417 - laadpaal + installatie", "Tue, 24 Nov 2026 14:36:51 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "eneco", [order(
        "ENE-2026-128417", "Noëlle Verschuren", "noelle.verschuren@onsbrabantnet.nl", "+31402447189",
        "Tongelresestraat", "318", "5613 DL", "Eindhoven",
        [product("ENE-EVBOX-11", 1, ENE_DESC["ENE-EVBOX-11"]), product("ENE-INST-1F", 1, ENE_DESC["ENE-INST-1F"])],
        "2027-01-08", "Klant is alleen na 13.00 uur thuis.", account="1029941260")], None,
        "Clean Eneco order from staff (ISO-8859-1 QP, ë); 'Straat nr, postcode  plaats' on one line; "
        "'8 januari 2027'; Eneco's own address and phone in the signature. Asked about in 018.")
    return slug, message(hs, root), ans


@msg
def m014():
    slug = "014-eneco-opdracht-cp1252-numeric-addition"
    o = dict(id="ENE-2026-128560", acct="1029946677", name="Thijmen Özdemir",
             adres="Amsterdamsestraatweg 455-3, 3553 EH  Utrecht", tel="+31 6 4819 2037",
             mail="t.ozdemir@gmail.com", items=[("ENE-EVBOX-11", 1), ("ENE-INST-1F", 1)],
             date="22 december 2026",
             rem="Meerwerk tot € 200 is akkoord, daarboven eerst even overleggen met de klant.")
    text = ("Beste collega’s van ChargeCars,\n\nNog een opdracht voor deze maand – de klant hoopt dat het "
            "vóór de feestdagen lukt.\n\n" + ene_block(o, "–")
            + "\nLaat ons de bevestigde datum weten via het partnerportaal of per mail.\n\n" + ENE_SIG_ANNELIES)
    root = text_part(text, "plain", "windows-1252", "quoted-printable")
    hs = headers_for(slug, "Annelies Vos", "annelies.vos@eneco.nl", ENE,
                     "Opdracht ENE-2026-128560 – laadpaal + installatie", "Thu, 26 Nov 2026 11:19:08 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")],
                     charset="windows-1252")
    ans = answer("order", "eneco", [order(
        "ENE-2026-128560", "Thijmen Özdemir", "t.ozdemir@gmail.com", "+31648192037",
        "Amsterdamsestraatweg", "455-3", "3553 EH", "Utrecht",
        [product("ENE-EVBOX-11", 1, ENE_DESC["ENE-EVBOX-11"]), product("ENE-INST-1F", 1, ENE_DESC["ENE-INST-1F"])],
        "2026-12-22", "Meerwerk tot € 200 is akkoord, daarboven eerst even overleggen met de klant.",
        account="1029946677")], None,
        "Eneco staff order in windows-1252 QP (Ö, €, en dash, curly apostrophe, RFC 2047 subject); house number "
        "455-3; 'vóór de feestdagen' is a wish, the date field gives 22 december 2026.")
    return slug, message(hs, root), ans


@msg
def m015():
    slug = "015-eneco-xlsx-opdracht"
    head = ["Referentie", "Contractnummer", "Naam", "Straat", "Huisnr", "Toev", "Postcode", "Plaats", "Telefoon",
            "E-mail", "Artikelcode", "Omschrijving", "Aantal", "Gewenste datum", "Opmerking"]
    serial = (_dt.date(2027, 1, 12) - _dt.date(1899, 12, 30)).days
    base = ["ENE-2026-128733", 1029951804, "Bram Oudejans", "Laan van Meerdervoort", 612, "a", "2563BH",
            "Den Haag", "06-29175530", "bram.oudejans@ziggo.nl"]
    rem = "Laadpaal aan de voorgevel, parkeervak voor de deur is eigen terrein."
    rows = [head,
            base + ["ENE-EVBOX-11", "EVBox Livo 11 kW", 1, ("date", serial), rem],
            base + ["ENE-INST-1F", "Installatie 1-fase", 1, ("date", serial), rem]]
    xlsx = make_xlsx([("Opdracht", rows)], creator="Eneco Orderverwerking", stamp=(2026, 11, 30, 9, 58, 0))
    text = """\
Goedemorgen,

Onze koppeling met jullie API geeft sinds vrijdag foutmeldingen. Tot dat is opgelost sturen we de opdrachten als Excel-bestand; de eerste zit in de bijlage.

Met vriendelijke groet,

Kim de Ridder
Orderverwerking Laadoplossingen
Eneco
"""
    html = ('<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
            "<p>Goedemorgen,</p><p>Onze koppeling met jullie API geeft sinds vrijdag foutmeldingen. Tot dat is "
            "opgelost sturen we de opdrachten als Excel-bestand; de eerste zit in de bijlage.</p>"
            "<p>Met vriendelijke groet,</p><p>Kim de Ridder<br>Orderverwerking Laadoplossingen<br>Eneco<br></p>"
            "</div></body></html>\n")
    root = multipart("mixed", boundary(slug), [
        multipart("alternative", boundary(slug, 2), [
            text_part(text, "plain", "utf-8", "quoted-printable"),
            text_part(html, "html", "utf-8", "quoted-printable")]),
        file_part(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "Eneco_opdracht_ENE-2026-128733.xlsx"),
    ])
    hs = headers_for(slug, "Kim de Ridder", "kim.deridder@eneco.nl", ENE,
                     "Opdracht ENE-2026-128733 (Excel)", "Mon, 30 Nov 2026 10:05:44 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "eneco", [order(
        "ENE-2026-128733", "Bram Oudejans", "bram.oudejans@ziggo.nl", "+31629175530",
        "Laan van Meerdervoort", "612A", "2563 BH", "Den Haag",
        [product("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), product("ENE-INST-1F", 1, "Installatie 1-fase")],
        "2027-01-12", rem, account="1029951804")], None,
        "XLSX attachment only: one order over two rows (one per product); numeric contract and house number "
        "cells, Toev 'a' -> 612A; postcode without space; Excel date cell.")
    return slug, message(hs, root), ans


@msg
def m016():
    slug = "016-eneco-prose-dealer-no-skus"
    text = """\
Beste ChargeCars,

Autobedrijf Van der Linden in Assen heeft een Renault 5 verkocht aan de heer Jan-Willem Kloosterman. Hij neemt via ons een thuislaadpunt af: de EVBox Livo 11 kW met de standaard 1-fase installatie.

Contactgegevens van de klant:
Jan-Willem Kloosterman
Vaart Zuidzijde 19
9401 GK Assen
tel. 0592-347726
jw.kloosterman@home.nl

Hij kan het beste op maandag 11 januari 2027, dan is hij de hele dag thuis. De laadpaal moet aan de linkerkant van de garage komen, daar loopt ook de kabel naar binnen.

Voor de administratie: Van der Linden valt onder dealer-ID DG-1187, hun inkoopordernummer is PO-ENE-80433. Bij Eneco is dit ordernummer ENE-2026-128802.

Met vriendelijke groet,

Hugo Brinkman
Accountmanager Mobiliteit | Eneco
06-51 07 33 82
"""
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Hugo Brinkman", "hugo.brinkman@eneco.nl", ENE,
                     "Laadpaal voor klant van Van der Linden Assen", "Wed, 02 Dec 2026 15:27:30 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "eneco", [order(
        "ENE-2026-128802", "Jan-Willem Kloosterman", "jw.kloosterman@home.nl", "+31592347726",
        "Vaart Zuidzijde", "19", "9401 GK", "Assen",
        [product(None, 1, "EVBox Livo 11 kW"), product(None, 1, "Standaard 1-fase installatie")],
        "2027-01-11", "De laadpaal moet aan de linkerkant van de garage komen, daar loopt ook de kabel naar binnen.",
        dealer="DG-1187", po="PO-ENE-80433")], None,
        "Dealer prose: products by description only (partner_sku null, as corpus 021); no contract number "
        "-> customer_account null; the account manager's mobile in the signature is not the customer's.")
    return slug, message(hs, root), ans


@msg
def m017():
    slug = "017-eneco-opdracht-8bit"
    o = dict(id="ENE-2026-128915", acct="1029958031", name="Sven de Bruijn",
             adres="Dorpsstraat 4, 1901 EJ  Castricum", tel="0251 - 67 29 04",
             mail="sven.debruijn@quicknet.nl", items=[("ENE-EVBOX-11", 1), ("ENE-INST-1F", 1)],
             date="5 februari 2027", rem="geen")
    text = ("Goedemorgen,\n\nEen nieuwe opdracht van Eneco, zie hieronder. De klant krijgt zijn auto pas eind januari, "
            "daarom de datum in februari.\n\n" + ene_block(o)
            + "\nWil je de bevestigde datum binnen twee werkdagen aan ons doorgeven?\n\n" + ENE_SIG_ANNELIES)
    root = text_part(text, "plain", "utf-8", "8bit")
    hs = headers_for(slug, "Annelies Vos", "annelies.vos@eneco.nl", ENE,
                     "Opdracht ENE-2026-128915 - laadpaal + installatie", "Fri, 04 Dec 2026 08:52:14 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("order", "eneco", [order(
        "ENE-2026-128915", "Sven de Bruijn", "sven.debruijn@quicknet.nl", "+31251672904",
        "Dorpsstraat", "4", "1901 EJ", "Castricum",
        [product("ENE-EVBOX-11", 1, ENE_DESC["ENE-EVBOX-11"]), product("ENE-INST-1F", 1, ENE_DESC["ENE-INST-1F"])],
        "2027-02-05", None, account="1029958031")], None,
        "Clean Eneco staff order, UTF-8 8bit; 'Bijzonderheden: geen' -> null; 'eind januari' in the intro is "
        "the car delivery, not the install date.")
    return slug, message(hs, root), ans


@msg
def m018():
    slug = "018-eneco-status-question"
    text = """\
Goedemorgen,

Mevrouw Verschuren uit Eindhoven (opdracht ENE-2026-128417) belde ons vrijdag. Ze heeft nog niets van jullie gehoord over een afspraak, terwijl haar voorkeursdatum 8 januari is.

Is de opdracht al ingepland? En zo niet, wanneer kan ze een telefoontje van jullie verwachten?

""" + ENE_SIG_ANNELIES
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Annelies Vos", "annelies.vos@eneco.nl", ENE,
                     "Status opdracht ENE-2026-128417", "Mon, 07 Dec 2026 09:20:33 +0100",
                     outlook_id(slug), *OUTLOOK_HOST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    ans = answer("status_question", "eneco", [], "ENE-2026-128417",
                 "Status question about order 013; repeats name, city and date but is not an order.")
    return slug, message(hs, root), ans


# --------------------------------------------------------------------------- 50five

FIV_FOOT = ("This message was sent automatically by 50five Forms. Replies to this address are not read.\n"
            "Questions about a request? installations@50five.com")


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


F019 = dict(id="50F-NL-236184", acct="C-0118824", name="Lisa Verhagen", mail="L.Verhagen@Gmail.com",
            tel="+31 6 3377 1904", street="Westerstraat", hn="87-1", pc="1015 mn", city="Amsterdam",
            country="Netherlands", cc="NL", submitted="24-11-2026 16:21 CET",
            items=[("50F-ZAPPI-7", "myenergi zappi 7 kW, untethered, black", 1)], date="2027-01-14",
            rem="Upstairs flat; the meter cupboard is on the ground floor, charger goes on the rear wall.")


@msg
def m019():
    slug = "019-50five-form-nl-alternative"
    o = F019
    root = multipart("alternative", boundary(slug), [
        text_part(fiv_text(o), "plain", "utf-8", "quoted-printable"),
        text_part(fiv_html(o), "html", "utf-8", "quoted-printable"),
    ])
    hs = headers_for(slug, "50five Forms", "forms@50five.nl", FIV,
                     "[50five] New installation request – 50F-NL-236184", "Tue, 24 Nov 2026 16:22:09 +0100",
                     "<b7e21c0d94fa.6a0d3e51@geopod-ismtpd-4.50five.nl>", "geopod-ismtpd-4.50five.nl", "149.72.161.59",
                     extra=[("Reply-To", "installations@50five.com"), ("Auto-Submitted", "auto-generated")])
    ans = answer("order", "50five", [order(
        "50F-NL-236184", "Lisa Verhagen", "l.verhagen@gmail.com", "+31633771904",
        "Westerstraat", "87-1", "1015 MN", "Amsterdam",
        [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW, untethered, black")],
        "2027-01-14", "Upstairs flat; the meter cupboard is on the ground floor, charger goes on the rear wall.",
        account="C-0118824")], None,
        "Clean 50five form notification (English, text+HTML QP); mixed-case e-mail, lower-case postcode; "
        "'Submitted' is not the install date. Cancelled by 023.")
    return slug, message(hs, root), ans


@msg
def m020():
    slug = "020-50five-form-belgium-ascii"
    o = dict(id="50F-BE-042861", acct="C-0119307", name="Jolien Vermeersch", mail="jolien.vermeersch@skynet.be",
             tel="+32 478 53 19 62", street="Kortrijksesteenweg", hn="412", pc="9000", city="Gent",
             country="Belgium", cc="BE", submitted="30-11-2026 11:47 CET",
             items=[("50F-ZAPPI-7", "myenergi zappi 7 kW, untethered, black", 1)], date="2027-01-20", rem="-")
    root = text_part(fiv_text(o), "plain", "us-ascii", "7bit")
    hs = headers_for(slug, "50five Forms", "no-reply@50five.com", FIV,
                     "[50five] New installation request - 50F-BE-042861", "Mon, 30 Nov 2026 11:47:31 +0100",
                     "<1f4c8a9e0b27.d35e7a04@geopod-ismtpd-2.50five.com>", "geopod-ismtpd-2.50five.com", "149.72.161.52",
                     extra=[("Reply-To", "installations@50five.com"), ("Auto-Submitted", "auto-generated")])
    ans = answer("order", "50five", [order(
        "50F-BE-042861", "Jolien Vermeersch", "jolien.vermeersch@skynet.be", "+32478531962",
        "Kortrijksesteenweg", "412", "9000", "Gent",
        [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW, untethered, black")],
        "2027-01-20", None, account="C-0119307")], None,
        "Belgian 50five form, plain us-ascii 7bit: 4-digit postcode, +32 phone; Comments '-' -> null.")
    return slug, message(hs, root), ans


@msg
def m021():
    slug = "021-50five-xlsx-export"
    head = ["Order reference", "Customer account", "Customer name", "Email", "Phone", "Street", "House no.",
            "Addition", "Postcode", "City", "Country", "SKU", "Description", "Qty", "Preferred date", "Comments"]
    serial = (_dt.date(2027, 3, 4) - _dt.date(1899, 12, 30)).days
    rows = [head, ["50F-NL-236402", "C-0119655", "Ravi Baldewsingh", "ravi.baldewsingh@outlook.com",
                   "0031 6 48027719", "Slotlaan", 19, "c", "3701GB", "Zeist", "NL", "50F-ZAPPI-7",
                   "myenergi zappi 7 kW", 1, ("date", serial), "Customer asks for an afternoon slot."]]
    xlsx = make_xlsx([("Orders", rows)], creator="50five Customer Operations", stamp=(2026, 12, 3, 15, 31, 0))
    text = """\
Hi ChargeCars,

Attached is today's export of installation orders, just one this time.
Shout if anything looks off.

Best,
Megan Dijkhuizen
Customer Operations | 50five
"""
    html = ('<div dir="ltr">Hi ChargeCars,<br><br>Attached is today\'s export of installation orders, just one this '
            'time.<br>Shout if anything looks off.<br><br>Best,<br>Megan Dijkhuizen<br>Customer Operations | 50five<br></div>\n')
    root = multipart("mixed", boundary(slug), [
        multipart("alternative", boundary(slug, 2), [
            text_part(text, "plain", "utf-8", "7bit"), text_part(html, "html", "utf-8", "7bit")]),
        file_part(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "50five_installation_orders_2026-12-03.xlsx"),
    ])
    hs = headers_for(slug, "Megan Dijkhuizen", "megan.dijkhuizen@50five.com", FIV,
                     "Installation order export 03-12-2026", "Thu, 03 Dec 2026 15:40:12 +0100",
                     gmail_id(slug), *GMAIL_HOST)
    ans = answer("order", "50five", [order(
        "50F-NL-236402", "Ravi Baldewsingh", "ravi.baldewsingh@outlook.com", "+31648027719",
        "Slotlaan", "19C", "3701 GB", "Zeist",
        [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW")],
        "2027-03-04", "Customer asks for an afternoon slot.", account="C-0119655")], None,
        "XLSX export: numeric house number 19 + Addition 'c' -> 19C; phone '0031 6 ...'; postcode without "
        "space; Excel date cell; the export date in the subject is not the install date.")
    return slug, message(hs, root), ans


@msg
def m022():
    slug = "022-50five-prose-dealer-en"
    text = """\
Hi ChargeCars team,

Van Vliet Automotive (dealer group ID VVA-NL-114) has just delivered an EV to one of their customers, and she would like a charger at home.

Customer: Nadia Bouzid
Address: Weimarstraat 233, 2562 HE Den Haag
Phone: 06 14 52 87 39
Email: nadia.bouzid@hotmail.com

Could you book one 50F-ZAPPI-7 for her? Please mount the charger next to the front door, the driveway is shared with the neighbours.
The order reference on our side is 50F-NL-236517; Van Vliet's purchase order number is VVA-7731.

She'd like the installation on Friday 29 January 2027.

Many thanks!

Chris

--
Chris Hollander | B2B Sales Benelux | 50five
+31 85 208 1177 | chris.hollander@50five.com
"""
    html = ('<div dir="ltr"><div>Hi ChargeCars team,</div><div><br></div><div>Van Vliet Automotive (dealer group ID '
            'VVA-NL-114) has just delivered an EV to one of their customers, and she would like a charger at home.</div>'
            '<div><br></div><div>Customer: Nadia Bouzid<br>Address: Weimarstraat 233, 2562 HE Den Haag<br>'
            'Phone: 06 14 52 87 39<br>Email: nadia.bouzid@hotmail.com</div><div><br></div><div>Could you book one '
            '50F-ZAPPI-7 for her? Please mount the charger next to the front door, the driveway is shared with the '
            'neighbours.<br>The order reference on our side is 50F-NL-236517; Van Vliet&#x27;s purchase order number '
            'is VVA-7731.</div><div><br></div><div>She&#x27;d like the installation on Friday 29 January 2027.</div>'
            '<div><br></div><div>Many thanks!</div><div><br></div><div>Chris</div><div><br></div><div>--<br>'
            'Chris Hollander | B2B Sales Benelux | 50five<br>+31 85 208 1177 | chris.hollander@50five.com<br></div></div>\n')
    root = multipart("alternative", boundary(slug), [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ])
    hs = headers_for(slug, "Chris Hollander", "chris.hollander@50five.com", FIV,
                     "Home charger for Van Vliet customer (Den Haag)", "Fri, 04 Dec 2026 11:31:45 +0100",
                     gmail_id(slug), *GMAIL_HOST)
    ans = answer("order", "50five", [order(
        "50F-NL-236517", "Nadia Bouzid", "nadia.bouzid@hotmail.com", "+31614528739",
        "Weimarstraat", "233", "2562 HE", "Den Haag",
        [product("50F-ZAPPI-7", 1, "myenergi zappi 7 kW")],
        "2027-01-29", "Please mount the charger next to the front door, the driveway is shared with the neighbours.",
        dealer="VVA-NL-114", po="VVA-7731")], None,
        "English dealer prose (text+HTML); 'one 50F-ZAPPI-7' -> quantity 1; no 50five customer account -> null; "
        "the sales rep's phone and e-mail in the signature are not the customer's.")
    return slug, message(hs, root), ans


@msg
def m023():
    slug = "023-50five-cancellation-en"
    text = """\
Hi ChargeCars,

Please cancel order 50F-NL-236184 (Lisa Verhagen, Westerstraat, Amsterdam). Her landlord did not give permission for the charger on the rear wall after all.

She may order again once she has found another spot, but for now the visit on 14 January can be dropped. Could you confirm the cancellation?

Thanks,
Megan Dijkhuizen
Customer Operations | 50five
"""
    root = text_part(text, "plain", "us-ascii", "7bit")
    hs = headers_for(slug, "Megan Dijkhuizen", "megan.dijkhuizen@50five.com", FIV,
                     "Cancel installation 50F-NL-236184", "Thu, 03 Dec 2026 10:12:26 +0100",
                     gmail_id(slug), *GMAIL_HOST)
    ans = answer("cancellation", "50five", [], "50F-NL-236184",
                 "Cancels order 019; a possible future re-order is not an order.")
    return slug, message(hs, root), ans


@msg
def m024():
    slug = "024-50five-newsletter"
    text = """\
50five Partner Update - december 2026

Beste partner,

* Feestdagen: van 24 december tot en met 3 januari is ons magazijn gesloten. Aanvragen die na 18 december binnenkomen, leveren we vanaf 4 januari.
* De myenergi zappi 7 kW (50F-ZAPPI-7) blijft in januari leverbaar tegen de huidige prijs van € 899 excl. btw.
* Nieuw: vanaf februari kun je in het formulier ook een paalsokkel bestellen. Het artikelnummer volgt in de update van januari.

Webinar "Laadpalen en de terugleverregeling": dinsdag 19 januari 2027, 15:30 uur. Aanmelden via https://partners.50five.nl/webinar

Fijne feestdagen,
Het 50five Partnerteam

Je ontvangt deze e-mail omdat je partner van 50five bent. Afmelden: https://news.50five.nl/unsubscribe?u=cc-50five-intake
50five B.V. | Wattstraat 2 | 1059 AA Amsterdam
"""
    html = """\
<!DOCTYPE html><html><head><meta charset="utf-8"><title>50five Partner Update</title></head>
<body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td><h1 style="font-size:20px;color:#00a19a">50five Partner Update &ndash; december 2026</h1><p>Beste partner,</p><ul>
<li><b>Feestdagen:</b> van 24 december tot en met 3 januari is ons magazijn gesloten. Aanvragen die na 18 december binnenkomen, leveren we vanaf 4 januari.</li>
<li>De myenergi zappi 7 kW (50F-ZAPPI-7) blijft in januari leverbaar tegen de huidige prijs van &euro; 899 excl. btw.</li>
<li><b>Nieuw:</b> vanaf februari kun je in het formulier ook een paalsokkel bestellen. Het artikelnummer volgt in de update van januari.</li></ul>
<p>Webinar &ldquo;Laadpalen en de terugleverregeling&rdquo;: dinsdag 19 januari 2027, 15:30 uur.
<a href="https://partners.50five.nl/webinar">Aanmelden</a></p>
<p>Fijne feestdagen,<br>Het 50five Partnerteam</p></td></tr>
<tr><td style="font-size:11px;color:#999">Je ontvangt deze e-mail omdat je partner van 50five bent.
<a href="https://news.50five.nl/unsubscribe?u=cc-50five-intake">Afmelden</a><br>50five B.V. | Wattstraat 2 | 1059 AA Amsterdam</td></tr>
</table></td></tr></table><img src="https://news.50five.nl/o/cc-50five-intake-2612.gif" width="1" height="1" alt=""></body></html>
"""
    root = multipart("alternative", boundary(slug), [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ])
    hs = headers_for(slug, "50five Partners", "nieuwsbrief@50five.nl", FIV,
                     "50five Partner Update december 2026: feestdagen en levertijden",
                     "Tue, 01 Dec 2026 10:00:00 +0100", "<62d9f0a1c3b8.41e7c2f9@news.50five.nl>",
                     "news.50five.nl", "149.72.170.12",
                     extra=[("List-Unsubscribe", "<https://news.50five.nl/unsubscribe?u=cc-50five-intake>,\r\n"
                                                 " <mailto:unsubscribe@50five.nl?subject=unsubscribe>"),
                            ("Precedence", "bulk")])
    ans = answer("other", "50five", [], None,
                 "Bulk partner newsletter (List-Unsubscribe, Precedence: bulk); mentions an SKU, a price and dates "
                 "but contains no order.")
    return slug, message(hs, root), ans


# --------------------------------------------------------------------------- Alva

ALVA_SIG_DAAN = """\
Daan Kramer
Planner | Alva Charging
T +31 (0)20 820 4411 | M 06 1873 5520
daan.kramer@alva-charging.nl | www.alva-charging.nl
Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam
"""
ALVA_SIG_NINA = """\
Nina Veldkamp
Binnendienst | Alva Charging
T +31 (0)20 820 4411
n.veldkamp@alva-charging.nl | www.alva-charging.nl
Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam
"""


def alva_wat(items):
    return ", ".join(f"{q}x {sku} ({ALV_DESC[sku]})" for sku, q in items)


def alva_products(items):
    return [product(sku, q, ALV_DESC[sku]) for sku, q in items]


A029_ORIG = """\
Ordernummer: ALVA-1126-034
Naam: Mehmet Kaya
Adres: Kloosterweg 7, 6412 CN Heerlen
Telefoon: 06-38 20 61 94
E-mail: mehmet.kaya@outlook.com
Producten: 1x ALVA-PULSAR-22 (Pulsar Plus 22 kW), 1x ALVA-INST-3F (installatie 3-fase)
Datum: 08-12-2026
Opmerking: Garage is via de achterkant bereikbaar, sleutel ligt bij de buren op nr. 9.
"""


@msg
def m025():
    slug = "025-alva-opdracht-daan"
    items = [("ALVA-PULSAR-11", 1), ("ALVA-INST-3F", 1)]
    text = f"""\
Hoi allemaal,

Een nieuwe opdracht voor jullie planning:

Ordernummer: ALVA-1126-027
Naam: Eline van Beek
Adres: Van Heemstralaan 14, 3743 JG Baarn
Telefoon: 06 12 95 30 78
E-mail: eline.vanbeek@kpnmail.nl
Producten: {alva_wat(items)}
Datum: 15-12-2026
Opmerking: Hond in de tuin, graag aanbellen bij de voordeur.

Groeten,

""" + ALVA_SIG_DAAN
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Daan Kramer", "daan.kramer@alva-charging.nl", ALV,
                     "Nieuwe opdracht ALVA-1126-027", "Wed, 25 Nov 2026 10:14:50 +0100", gmail_id(slug), *GMAIL_HOST)
    ans = answer("order", "alva", [order(
        "ALVA-1126-027", "Eline van Beek", "eline.vanbeek@kpnmail.nl", "+31612953078",
        "Van Heemstralaan", "14", "3743 JG", "Baarn", alva_products(items),
        "2026-12-15", "Hond in de tuin, graag aanbellen bij de voordeur.")], None,
        "Clean Alva order from a planner with his own label wording; no customer account (Alva gives none); "
        "Alva office phone and the planner's mobile in the signature. Asked about in 030.")
    return slug, message(hs, root), ans


@msg
def m026():
    slug = "026-alva-opdracht-zsm-base64"
    items = [("ALVA-PULSAR-22", 1), ("ALVA-INST-3F", 1), ("ALVA-KABEL-10M", 1)]
    text = f"""\
Hoi ChargeCars-team,

Hierbij een nieuwe opdracht:

Ordernr: ALVA-1226-003
Klant: Koen Wouters
Adres: Molenstraat 6, 6711 AW Ede
Tel: 0318-614257
Mail: koen.wouters@ziggo.nl
Wat: {alva_wat(items)}
Wanneer: z.s.m., de auto staat al voor de deur
Bijz.: Laadpaal aan de zijgevel, kabel via de garage.

Groet,

""" + ALVA_SIG_NINA
    root = text_part(text, "plain", "utf-8", "base64")
    hs = headers_for(slug, "Nina Veldkamp", "n.veldkamp@alva-charging.nl", ALV,
                     "Nieuwe opdracht ALVA-1226-003", "Wed, 02 Dec 2026 13:03:27 +0100", gmail_id(slug), *GMAIL_HOST)
    ans = answer("order", "alva", [order(
        "ALVA-1226-003", "Koen Wouters", "koen.wouters@ziggo.nl", "+31318614257",
        "Molenstraat", "6", "6711 AW", "Ede", alva_products(items),
        None, "Laadpaal aan de zijgevel, kabel via de garage.")], None,
        "Alva order, base64 UTF-8; 'z.s.m.' is no date -> preferred_date null (as corpus 012); three products.")
    return slug, message(hs, root), ans


@msg
def m027():
    slug = "027-alva-pdf-werkopdracht"
    items = [("ALVA-PULSAR-11", 1), ("ALVA-INST-3F", 1), ("ALVA-KABEL-10M", 1)]
    L = []
    y = 790
    L.append((50, y, 16, True, "WERKOPDRACHT ALVA-1126-031")); y -= 18
    L.append((50, y, 9, False, "Alva Charging B.V. - werkopdracht voor de installatiepartner")); y -= 26

    def sec(t):
        nonlocal y
        L.append((50, y, 12, True, t)); y -= 4
        L.append((50, y, 495, None, None)); y -= 16

    def row(k, v):
        nonlocal y
        L.append((50, y, 10, False, k)); L.append((190, y, 10, False, v)); y -= 16
    sec("Klant")
    row("Naam", "Roos Hazelaar")
    row("Adres", "Esdoornstraat 23 A")
    row("Postcode / plaats", "7314 DJ Apeldoorn")
    row("Telefoon", "+31 6 2045 8813")
    row("E-mail", "roos.hazelaar@gmail.com")
    y -= 10
    sec("Materiaal en werk")
    L.append((50, y, 10, True, "Artikel")); L.append((190, y, 10, True, "Omschrijving"))
    L.append((470, y, 10, True, "Aantal")); y -= 16
    for sku, q in items:
        L.append((50, y, 10, False, sku)); L.append((190, y, 10, False, ALV_DESC[sku]))
        L.append((470, y, 10, False, str(q))); y -= 16
    y -= 10
    sec("Planning")
    row("Gewenste datum", "07-01-2027")
    row("Bijzonderheden", "Hoofdaansluiting 3x25A, meterkast in de gang.")
    L.append((50, 60, 8, False, "Alva Charging B.V. | Keizersgracht 62 | 1015 CS Amsterdam | T +31 (0)20 820 4411 | planning@alva-charging.nl"))
    pdf = make_pdf([L], "WERKOPDRACHT ALVA-1126-031", "0d7b3e51a9c2f4864e1a7b0c9d2e5f38",
                   "Alva Charging", "D:20261127093000+01'00'")
    text = """\
Hoi ChargeCars-team,

In de bijlage de werkopdracht voor mevrouw Hazelaar in Apeldoorn. Alles staat in de PDF.

Groet,

""" + ALVA_SIG_NINA
    root = multipart("mixed", boundary(slug), [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        file_part(pdf, "application/pdf", "Werkopdracht ALVA-1126-031.pdf"),
    ])
    hs = headers_for(slug, "Nina Veldkamp", "n.veldkamp@alva-charging.nl", ALV,
                     "Werkopdracht ALVA-1126-031", "Fri, 27 Nov 2026 09:31:12 +0100", gmail_id(slug), *GMAIL_HOST)
    ans = answer("order", "alva", [order(
        "ALVA-1126-031", "Roos Hazelaar", "roos.hazelaar@gmail.com", "+31620458813",
        "Esdoornstraat", "23A", "7314 DJ", "Apeldoorn", alva_products(items),
        "2027-01-07", "Hoofdaansluiting 3x25A, meterkast in de gang.")], None,
        "Order only in the PDF werkopdracht; filename with a space; '23 A' -> 23A; Alva contact data in the "
        "PDF footer and the body signature.")
    return slug, message(hs, root), ans


@msg
def m028():
    slug = "028-alva-two-orders-father-daughter"
    i1 = [("ALVA-PULSAR-11", 1), ("ALVA-INST-3F", 1)]
    i2 = [("ALVA-PULSAR-22", 1), ("ALVA-INST-3F", 1)]
    text = f"""\
Hoi ChargeCars-team,

Twee opdrachten uit Sneek: een vader en zijn dochter, ze wonen een paar straten van elkaar. Fijn als dezelfde monteur ze op één dag kan doen.

1)
Ordernr: ALVA-1226-008
Klant: Henk Postma
Adres: Kerkstraat 41, 8601 EX Sneek
Tel: 0515-423198
Mail: h.postma@hetnet.nl
Wat: {alva_wat(i1)}
Wanneer: 19-01-2027
Bijz.: -

2)
Ordernr: ALVA-1226-009
Klant: Wietske Postma
Adres: Harinxmaland 12, 8604 AD Sneek
Tel: 06-24961835
Mail: wietske.postma@gmail.com
Wat: {alva_wat(i2)}
Wanneer: dezelfde dag, na haar vader (19-01-2027)
Bijz.: Oprit is smal, de bus kan niet op het erf staan.

Groet,

""" + ALVA_SIG_DAAN
    root = text_part(text, "plain", "windows-1252", "base64")
    hs = headers_for(slug, "Daan Kramer", "daan.kramer@alva-charging.nl", ALV,
                     "Twee opdrachten Sneek (ALVA-1226-008 en ALVA-1226-009)", "Fri, 04 Dec 2026 12:40:05 +0100",
                     gmail_id(slug), *GMAIL_HOST)
    ans = answer("order", "alva", [
        order("ALVA-1226-008", "Henk Postma", "h.postma@hetnet.nl", "+31515423198",
              "Kerkstraat", "41", "8601 EX", "Sneek", alva_products(i1), "2027-01-19", None),
        order("ALVA-1226-009", "Wietske Postma", "wietske.postma@gmail.com", "+31624961835",
              "Harinxmaland", "12", "8604 AD", "Sneek", alva_products(i2), "2027-01-19",
              "Oprit is smal, de bus kan niet op het erf staan.")], None,
        "Two orders in one mail (windows-1252 base64), same surname and town; the second date is given relative "
        "to the first with the explicit date in brackets; 'Bijz.: -' -> null.")
    return slug, message(hs, root), ans


@msg
def m029():
    slug = "029-alva-reply-date-correction"
    quoted_order = "".join("> > " + l + "\n" if l else "> >\n" for l in A029_ORIG.splitlines())
    text = ("""\
Hoi Tim,

Ik heb de klant gesproken. 8 december is inderdaad te krap, hij wil nu graag op woensdag 13 januari 2027. De rest van de opdracht blijft hetzelfde.

Groeten,
Daan

""" + ALVA_SIG_DAAN + """
Op wo 2 dec 2026 om 16:21 schreef Tim Bakker <planning@chargecars.nl>:
> Hoi Daan,
>
> Voor onderstaande opdracht halen we 8 december niet meer, de monteur in Zuid-Limburg zit vol tot de kerst. Kan de klant ook in januari?
>
> Met vriendelijke groet,
> Tim Bakker
> Planning ChargeCars | 030-2001234
>
> Op ma 30 nov 2026 om 09:44 schreef Daan Kramer <daan.kramer@alva-charging.nl>:
> > Hoi allemaal,
> >
> > Een nieuwe opdracht voor jullie planning:
> >
""" + quoted_order + """> >
> > Groeten,
> >
> > Daan Kramer
> > Planner | Alva Charging
""")
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = headers_for(slug, "Daan Kramer", "daan.kramer@alva-charging.nl", ALV,
                     "Re: Opdracht ALVA-1126-034: datum niet haalbaar", "Thu, 03 Dec 2026 14:40:19 +0100",
                     gmail_id(slug), *GMAIL_HOST,
                     extra=[("In-Reply-To", "<20261202152133.a1126034@chargecars.nl>"),
                            ("References", gmail_id(slug + "-orig") + " <20261202152133.a1126034@chargecars.nl>")])
    ans = answer("order", "alva", [order(
        "ALVA-1126-034", "Mehmet Kaya", "mehmet.kaya@outlook.com", "+31638206194",
        "Kloosterweg", "7", "6412 CN", "Heerlen",
        [product("ALVA-PULSAR-22", 1, ALV_DESC["ALVA-PULSAR-22"]), product("ALVA-INST-3F", 1, ALV_DESC["ALVA-INST-3F"])],
        "2027-01-13", "Garage is via de achterkant bereikbaar, sleutel ligt bij de buren op nr. 9.")], None,
        "Gmail reply chain, order quoted two levels deep; the newest text moves the date 08-12-2026 -> "
        "woensdag 13 januari 2027; ChargeCars planner text and phone in the chain are not customer data; "
        "'nr. 9' in the remark is the neighbour, not the house number.")
    return slug, message(hs, root), ans


@msg
def m030():
    slug = "030-alva-status-question-cp1252"
    text = """\
Hoi,

Hoe staat het met opdracht ALVA-1126-027 (mevrouw Van Beek, Baarn)? Ze had 15 december als voorkeur opgegeven, maar heeft nog geen bevestiging gekregen – ze wil graag weten of ze die dag vrij moet nemen.

Kunnen jullie laten weten of de monteur al is ingepland?

Groeten,

""" + ALVA_SIG_DAAN
    root = text_part(text, "plain", "windows-1252", "base64")
    hs = headers_for(slug, "Daan Kramer", "daan.kramer@alva-charging.nl", ALV,
                     "Stand van zaken ALVA-1126-027", "Mon, 07 Dec 2026 08:58:41 +0100", gmail_id(slug), *GMAIL_HOST)
    ans = answer("status_question", "alva", [], "ALVA-1126-027",
                 "Status question about order 025 (windows-1252 base64, en dash); repeats name, town and date.")
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
