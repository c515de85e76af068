#!/usr/bin/env python3
"""Sanity checks for the holdout8 batch (no project code is imported).

    python3 check_messages.py                        standard library only
    /work/main/.venv/bin/python check_messages.py    also opens the XLSX/PDF attachments with
                                                     openpyxl, pdfplumber and pypdf

Checks:
  - every .eml: CRLF only, lines <= 998 octets, ASCII header section; parses with
    email.policy.default without defects (message, parts, headers); every part decodes
  - From domain is one of the partner's sender_domains, intake address in To or Cc
    (partners.yaml is read with a tiny parser, no PyYAML needed)
  - every JSON: formatted like the corpus, corpus key order at every level, normal forms
    (e-mail lower case, E.164 phone, "1234 AB" / Belgian "1234" postcode, house number without
    spaces, ISO date, integer quantities), kind/orders/refers_to consistent
  - every SKU is mapped for that partner, unless it is listed in KNOWN_UNMAPPED
  - every expected id, refers_to, e-mail, street, city, SKU, reference, name part, phone (by
    digits), postcode, house number, preferred date (one of its written forms) and note can be
    found in the decoded message or its attachments; a value found in one alternative of a
    multipart/alternative must be found in every alternative of it
  - batch rules (as holdout6/7): Date headers lie in the batch window (2026-11-24 .. 2026-12-07) and
    every preferred date is a weekday in 2026-12-01 .. 2027-03-31; order ids and customer
    accounts follow each partner's format as seen in the corpus; order ids are unique in the
    batch and every refers_to names an order of this batch
  - novelty (holdout7's check, widened in holdout8): no order id, customer e-mail or customer
    phone of this batch occurs in the corpus messages or in holdout6's or holdout7's
    make_messages.py, and no text/plain line of 30+ characters is copied from a corpus message or
    from holdout6's or holdout7's generator, apart from the fixed company lines in
    ALLOWED_SHARED_LINES (signatures, footers, the partners' system product lines)
  - new in holdout8: a cancellation must contain a cancelling word, a status question a status
    word and no cancelling word (CANCEL_WORDS, STATUS_WORDS); ordinal English dates ('Thursday the 28th of January 2027') are found and
    their weekdays checked; a removed product (KNOWN_REMOVED) must be named in the message but is
    not in the answer
"""
import datetime
import email
import email.policy
import email.utils
import html
import io
import json
import os
import re
import sys
import zipfile
import zlib
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PARTNERS_YAML = "/work/shared/partners.yaml"
KNOWN_UNMAPPED = set()  # holdout8 uses no unmapped SKU
# kind cues (holdout8): a cancellation names a cancelling word; a status question names a status
# word and no cancelling word
CANCEL_WORDS = r"(?i)annul|cancel|intrek|ingetrokken|vervall|schrappen|gaat niet door"
STATUS_WORDS = r"(?i)status|stand van zaken|ingepland|gepland|scheduled|update"
# corrections that remove a product: the SKU must be named in the message and absent from the answer
KNOWN_REMOVED = {"027-alva-self-reply-cable-removed": "ALVA-KABEL-10M"}
DATE_WINDOW = (datetime.date(2026, 11, 24), datetime.date(2026, 12, 7))
INSTALL_WINDOW = (datetime.date(2026, 12, 1), datetime.date(2027, 3, 31))
ID_FORMAT = {"groendus": r"GRD-2026-\d{5}", "essent": r"ESS-\d{8}", "eneco": r"ENE-2026-\d{6}",
             "50five": r"50F-(NL|BE)-\d{6}", "alva": r"ALVA-(11|12)26-\d{3}"}
ACCOUNT_FORMAT = {"groendus": r"7700\d{6}", "essent": r"200\d{7}", "eneco": r"1029\d{6}",
                  "50five": r"C-\d{7}", "alva": r"(?!)"}

ERRORS = []


def err(where, what):
    ERRORS.append(f"{where}: {what}")


# ----------------------------------------------------------------------------- partners.yaml

def load_partners(path):
    partners, mapping = {}, set()
    cur = None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*- id:\s*(\S+)", line)
        if m:
            cur = m.group(1)
            partners[cur] = {"domains": [], "intake": None}
            continue
        m = re.match(r"\s*sender_domains:\s*\[(.*)\]", line)
        if m and cur:
            partners[cur]["domains"] = [d.strip() for d in m.group(1).split(",")]
            continue
        m = re.match(r"\s*intake_address:\s*(\S+)", line)
        if m and cur:
            partners[cur]["intake"] = m.group(1)
            continue
        m = re.match(r"\s*- \{partner:\s*([^,]+),\s*partner_sku:\s*([^,]+),", line)
        if m:
            mapping.add((m.group(1).strip(), m.group(2).strip()))
    return partners, mapping


# ----------------------------------------------------------------------------- attachments (stdlib)

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def xlsx_text_stdlib(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        root = ET.fromstring(z.read("xl/sharedStrings.xml"))
        for si in root.findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    date_styles = set()
    if "xl/styles.xml" in z.namelist():
        st = ET.fromstring(z.read("xl/styles.xml"))
        xfs = st.find("m:cellXfs", NS)
        for i, xf in enumerate(xfs.findall("m:xf", NS) if xfs is not None else []):
            if 14 <= int(xf.get("numFmtId", "0")) <= 22:
                date_styles.add(str(i))
    lines = []
    for name in sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet")):
        ws = ET.fromstring(z.read(name))
        for row in ws.iter("{%s}row" % NS["m"]):
            cells = []
            for c in row.findall("m:c", NS):
                v = c.find("m:v", NS)
                if c.get("t") == "s":
                    cells.append(shared[int(v.text)])
                elif c.get("t") == "inlineStr":
                    cells.append("".join(t.text or "" for t in c.iter("{%s}t" % NS["m"])))
                elif v is not None:
                    if c.get("s") in date_styles:
                        d = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(float(v.text)))
                        cells.append(d.isoformat())
                    else:
                        cells.append(v.text)
            lines.append(" | ".join(cells))
    return "\n".join(lines)


def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            out.append({0x6E: 10, 0x72: 13, 0x74: 9}.get(n, n))
            i += 2
        else:
            out.append(c)
            i += 1
    return bytes(out).decode("cp1252")


def pdf_text_stdlib(data):
    lines = []
    for m in re.finditer(rb"<<([^>]*?)>>\s*stream\r?\n(.*?)\r?\nendstream", data, re.S):
        body = m.group(2)
        if b"FlateDecode" in m.group(1):
            body = zlib.decompress(body)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", body):
            lines.append(_pdf_unescape(s.group(1)))
    return "\n".join(lines)


def attachments_with_venv(data, kind):
    """Open with openpyxl / pdfplumber / pypdf when importable; returns (texts, libs_used)."""
    texts, used = [], []
    if kind == "xlsx":
        try:
            import openpyxl
        except ImportError:
            return texts, used
        wb = openpyxl.load_workbook(io.BytesIO(data))
        rows = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                rows.append(" | ".join("" if v is None else
                                       (v.date().isoformat() if isinstance(v, datetime.datetime) else str(v))
                                       for v in row))
        texts.append("\n".join(rows))
        used.append(f"openpyxl {openpyxl.__version__}")
    elif kind == "pdf":
        try:
            import pdfplumber
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                texts.append("\n".join(p.extract_text() or "" for p in pdf.pages))
            used.append(f"pdfplumber {pdfplumber.__version__}")
        except ImportError:
            pass
        try:
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(data))
            texts.append("\n".join(p.extract_text() or "" for p in r.pages))
            used.append(f"pypdf {pypdf.__version__}")
        except ImportError:
            pass
    return texts, used


# ----------------------------------------------------------------------------- message text

def html_to_text(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|h\d|li|table)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " | ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s).replace("\xa0", " ")


def collect(msg, where, libs_used):
    """Returns (all_texts, alt_groups); alt_groups is a list of lists of texts."""
    texts, groups = [], []
    subj = str(msg.get("Subject", ""))
    texts.append(subj)

    def walk(part, in_alt=None):
        if part.is_multipart():
            if part.get_content_type() == "multipart/alternative":
                group = []
                for sub in part.iter_parts():
                    group.extend(walk(sub, in_alt=True) or [])
                groups.append(group)
                return []
            out = []
            for sub in part.iter_parts():
                out.extend(walk(sub, in_alt) or [])
            return out
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True)
        if payload is None:
            err(where, f"part {ctype} does not decode")
            return []
        got = []
        if part.get_content_maintype() == "text" and not part.get_filename():
            t = part.get_content()
            t = html_to_text(t) if ctype == "text/html" else t
            got.append(t)
        else:
            fn = (part.get_filename() or "").lower()
            if payload[:4] == b"%PDF":
                got.append(pdf_text_stdlib(payload))
                t, used = attachments_with_venv(payload, "pdf")
                got += t
                libs_used.update(used)
            elif payload[:2] == b"PK":
                got.append(xlsx_text_stdlib(payload))
                t, used = attachments_with_venv(payload, "xlsx")
                got += t
                libs_used.update(used)
            else:
                cs = part.get_content_charset() or "utf-8"
                got.append(payload.decode(cs))
            if not fn:
                err(where, f"attachment {ctype} without filename")
        texts.extend(got)
        return got

    walk(msg)
    return texts, groups


# ----------------------------------------------------------------------------- finders

HEADER_YEAR = [None]
WEEKDAYS = {"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
            "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}


def check_weekdays(where, text, year):
    """Every written 'weekday day month [year]' must be that weekday (year from the Date header if absent)."""
    months = {m.lower(): i for ml in (MONTHS_NL, MONTHS_EN) for i, m in enumerate(ml, 1)}
    pat = (r"(?i)\b(" + "|".join(WEEKDAYS) + r"),? (?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?("
           + "|".join(months) + r")(?: (\d{4}))?")
    for m in re.finditer(pat, text):
        y = int(m.group(4)) if m.group(4) else year
        d = datetime.date(y, months[m.group(3).lower()], int(m.group(2)))
        if d.weekday() != WEEKDAYS[m.group(1).lower()]:
            err(where, f"written date {m.group(0)!r} is a {d.strftime('%A')}")


MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    forms = {iso, f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}-{d.month}-{d.year}",
             f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}",
             f"{d.day:02d}.{d.month:02d}.{d.year}"}
    for months in (MONTHS_NL, MONTHS_EN):
        name = months[d.month - 1]
        for day in (str(d.day), f"{d.day:02d}"):
            forms |= {f"{day} {name} {d.year}", f"{day} {name[:3]}. {d.year}", f"{day} {name[:3]} {d.year}"}
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    name = MONTHS_EN[d.month - 1]
    forms |= {f"{d.day}{suffix} of {name} {d.year}", f"{d.day}{suffix} {name} {d.year}"}
    return {f.lower() for f in forms}


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def found(kind, value, text):
    t = text
    if kind in ("text", "email"):
        return value.lower() in t.lower()
    if kind == "words":
        return value.lower() in norm_ws(t)
    if kind == "phone":
        nsn = value[3:]  # after +31 / +32
        return any(nsn in re.sub(r"\D", "", line) for line in t.splitlines())
    if kind == "postcode":
        return value.replace(" ", "").upper() in re.sub(r"\s", "", t).upper()
    if kind == "house_number":
        street, hn = value
        m = re.match(r"(\d+)(-?)([A-Za-z0-9]+)?$", hn)
        num, dash, add = m.group(1), m.group(2), m.group(3)
        written = num + (r"\s*-?\s*" + re.escape(add) if add else "")
        # the whole value as one token: "House number: 87-1"
        if dash and re.search(rf"(?i)(?<![\w-]){re.escape(hn)}(?![\w-])", t):
            return True
        # written right after the street: "Kerkewijk 118", "Weverstraat 140 B", "Rijnlaan 17-2"
        if street and re.search(rf"(?i){re.escape(street)}[\s,]{{0,3}}{written}(?![\w-])", t):
            return True
        # CSV / spreadsheet columns right after the street: "Stationsweg,3,a", "Catharijnesingel | 51 | 2"
        if street and add and re.search(rf"(?i){re.escape(street)}\s*[,;|]\s*{num}\s*[,;|]\s*{re.escape(add)}(?![\w-])", t):
            return True
        # split fields (Huisnummer / Toevoeging, XML elements, spreadsheet columns): whole tokens
        if not re.search(rf"(?<![\w.,:/+-]){num}(?![\w.,:/-])", t):
            return False
        return not add or re.search(rf"(?i)(?<![\w-]){re.escape(add)}(?![\w-])", t) is not None
    if kind == "date":
        low = norm_ws(t)
        if any(f in low for f in date_forms(value)):
            return True
        # "donderdag 17 december" without a year: only when the Date header has that year
        d = datetime.date.fromisoformat(value)
        if d.year != HEADER_YEAR[0]:
            return False
        return any(re.search(rf"(?<!\d){d.day} {months[d.month - 1].lower()}(?! \d)", low)
                   for months in (MONTHS_NL, MONTHS_EN))
    raise ValueError(kind)


def expected_values(ans):
    vals = []
    if ans["refers_to"]:
        vals.append(("text", ans["refers_to"], "refers_to"))
    for i, o in enumerate(ans["orders"]):
        p = f"orders[{i}]"
        c = o["customer"]
        a = c["address"]
        if o["partner_order_id"]:
            vals.append(("text", o["partner_order_id"], f"{p}.partner_order_id"))
        if c["email"]:
            vals.append(("email", c["email"], f"{p}.email"))
        if c["phone"]:
            vals.append(("phone", c["phone"], f"{p}.phone"))
        if c["name"]:
            for part in c["name"].split():
                vals.append(("text", part, f"{p}.name part {part!r}"))
        for key in ("street", "city"):
            if a[key]:
                vals.append(("text", a[key], f"{p}.{key}"))
        if a["postal_code"]:
            vals.append(("postcode", a["postal_code"], f"{p}.postal_code"))
        if a["house_number"]:
            vals.append(("house_number", (a["street"], a["house_number"]), f"{p}.house_number"))
        for pr in o["products"]:
            if pr["partner_sku"]:
                vals.append(("text", pr["partner_sku"], f"{p}.sku"))
        ip = o["installation_preferences"]
        if ip["preferred_date"]:
            vals.append(("date", ip["preferred_date"], f"{p}.preferred_date"))
        if ip["notes"]:
            vals.append(("words", norm_ws(ip["notes"]), f"{p}.notes"))
        for k, v in o["partner_references"].items():
            if v:
                vals.append(("text", v, f"{p}.{k}"))
    return vals


# ----------------------------------------------------------------------------- JSON shape

ORDER_KEYS = ["partner_order_id", "customer", "products", "installation_preferences", "partner_references"]
CUSTOMER_KEYS = ["name", "email", "phone", "address"]
ADDRESS_KEYS = ["street", "house_number", "postal_code", "city"]
PRODUCT_KEYS = ["partner_sku", "quantity", "description"]
PREF_KEYS = ["preferred_date", "notes"]
REF_KEYS = ["dealer_group_id", "purchase_order", "customer_account"]
TOP_KEYS = ["kind", "partner", "orders", "refers_to", "notes"]


def check_json(where, raw, ans, mapping):
    if raw != (json.dumps(ans, indent=2, ensure_ascii=False) + "\n"):
        err(where, "not formatted like the corpus (indent 2, UTF-8, final newline)")
    if list(ans) != TOP_KEYS:
        err(where, f"top-level keys {list(ans)}")
    if ans["kind"] not in ("order", "cancellation", "status_question", "other"):
        err(where, f"kind {ans['kind']}")
    if ans["kind"] == "order" and not ans["orders"]:
        err(where, "order without orders")
    if ans["kind"] != "order" and ans["orders"]:
        err(where, "non-order with orders")
    if ans["kind"] in ("cancellation", "status_question") and not ans["refers_to"]:
        err(where, "refers_to missing")
    if ans["kind"] in ("order", "other") and ans["refers_to"] is not None:
        err(where, "refers_to should be null")
    if not isinstance(ans["notes"], str) or not ans["notes"]:
        err(where, "notes missing")
    for i, o in enumerate(ans["orders"]):
        p = f"{where} orders[{i}]"
        if list(o) != ORDER_KEYS:
            err(p, f"keys {list(o)}")
        c = o["customer"]
        if list(c) != CUSTOMER_KEYS or list(c["address"]) != ADDRESS_KEYS:
            err(p, "customer/address key order")
        if list(o["installation_preferences"]) != PREF_KEYS or list(o["partner_references"]) != REF_KEYS:
            err(p, "preferences/references key order")
        for pr in o["products"]:
            if list(pr) != PRODUCT_KEYS:
                err(p, "product key order")
            if not isinstance(pr["quantity"], int) or isinstance(pr["quantity"], bool) or pr["quantity"] < 1:
                err(p, f"quantity {pr['quantity']!r}")
            sku = pr["partner_sku"]
            if sku is not None and (ans["partner"], sku) not in mapping and (ans["partner"], sku) not in KNOWN_UNMAPPED:
                err(p, f"SKU {sku} not mapped for {ans['partner']} and not declared unmapped")
        e = c["email"]
        if e is not None and (e != e.lower() or not re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", e)):
            err(p, f"email {e!r}")
        ph = c["phone"]
        if ph is not None and not re.fullmatch(r"\+(31[1-9]\d{8}|32[1-9]\d{7,8})", ph):
            err(p, f"phone {ph!r}")
        pc = c["address"]["postal_code"]
        if pc is not None and not re.fullmatch(r"[1-9]\d{3} [A-Z]{2}|[1-9]\d{3}", pc):
            err(p, f"postcode {pc!r}")
        hn = c["address"]["house_number"]
        if hn is not None and not re.fullmatch(r"\d+(-?[A-Za-z0-9]+)?", hn):
            err(p, f"house_number {hn!r}")
        if c["name"] is not None and c["name"] != " ".join(c["name"].split()):
            err(p, "name spacing")
        d = o["installation_preferences"]["preferred_date"]
        if d is not None:
            try:
                dd = datetime.date.fromisoformat(d)
                if not (INSTALL_WINDOW[0] <= dd <= INSTALL_WINDOW[1]) or dd.weekday() >= 5:
                    err(p, f"preferred date {d} not a weekday in {INSTALL_WINDOW}")
            except ValueError:
                err(p, f"date {d!r}")
        oid = o["partner_order_id"]
        if oid is not None and not re.fullmatch(ID_FORMAT.get(ans["partner"], "(?!)"), oid):
            err(p, f"order id {oid!r} not in the {ans['partner']} format")
        acct = o["partner_references"]["customer_account"]
        if acct is not None and not re.fullmatch(ACCOUNT_FORMAT.get(ans["partner"], "(?!)"), acct):
            err(p, f"customer_account {acct!r} not in the {ans['partner']} format")
        n = o["installation_preferences"]["notes"]
        if n is not None and (not n.strip() or n.strip() in "-\u2013\u2014"
                              or n.strip().lower() in ("geen", "none", "n.v.t.", "nvt")):
            err(p, f"notes {n!r}")


# ----------------------------------------------------------------------------- novelty (holdout7)

CORPUS_EMAILS = "/work/shared/corpus/emails"
OLDER_MAKERS = [os.path.join(HERE, "..", h, "make_messages.py") for h in ("holdout6", "holdout7")]
ALLOWED_SHARED_LINES = [
    r"Alva Charging B\.V\. \| Keizersgracht 62 \| 1015 CS Amsterdam.*",
    r"(jeroen\.smit|s\.degraaf|tom\.hendriks)@alva-charging\.nl \| www\.alva-charging\.nl",
    r"T \+31 \(0\)20 820 4411 \| M 06 4321 8765",
    r"Eneco \| Marconistraat 13 \| 3029 AK Rotterdam",
    r"T 010 - 457 57 57 \| laadoplossingen@eneco\.nl",
    r"Essent Retail Energie B\.V\. - Willemsplein 4 - 5211 AK 's-Hertogenbosch - KvK 17122214",
    r"- ESS-[A-Z0-9-]+  .*  aantal \d+  € [\d.,]+",
    r"Artikel \d: GRO-[A-Z0-9-]+ \| .* \| aantal: \d+",
    r"- SKU 50F-ZAPPI-7 \| myenergi zappi 7 kW, untethered, black \| qty \d+",
    r"Wat: .*",
    r"(Referentie;Contractnummer|ordernummer,orderdatum,klantnummer).*",
    r"Orderverwerking Laadoplossingen",
    r"Bestelde producten:",
    r"\d\. ENE-[A-Z0-9-]+ .* st\.",
    r"New form submission: Installation request \((NL|BE)\)",
    r"(Van|Aan|From|To): [^<>]*<[^<>@]+@[^<>]+>",
    r"[\w ]+ \| (Essent|Alva Charging|Eneco|Groendus|50five)",
    r"-+Oorspronkelijk bericht-+|_{10,}|-{10,}",
    r"Orderexport Groendus partnerportaal",
]


def decoded_plain_lines(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    lines = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            try:
                t = part.get_content()
            except Exception:
                continue
            lines += [re.sub(r"^[> ]+", "", l).strip() for l in t.splitlines()]
    return lines


def novelty(batch):
    """batch: list of (slug, raw, ans)."""
    corpus_text, corpus_lines = [], set()
    for name in sorted(os.listdir(CORPUS_EMAILS)):
        raw = open(os.path.join(CORPUS_EMAILS, name), "rb").read()
        lines = decoded_plain_lines(raw)
        corpus_lines |= {l for l in lines if len(l) >= 30}
        corpus_text.append("\n".join(lines).lower())
    makers = []
    for path in OLDER_MAKERS:
        if os.path.exists(path):
            src = open(path, encoding="utf-8").read()
            makers.append(src)
            corpus_text.append(src.lower())
        else:
            err("novelty", f"{path} not found")
    makers_text = "\n".join(makers)
    older = "\n".join(corpus_text)
    older_digits = re.sub(r"\D", "", older)
    for slug, raw, ans in batch:
        for o in ans["orders"]:
            c = o["customer"]
            if o["partner_order_id"] and o["partner_order_id"].lower() in older:
                err(slug, f"order id {o['partner_order_id']} already used in the corpus or holdout6/7")
            if c["email"] and c["email"] in older:
                err(slug, f"e-mail {c['email']} already used in the corpus or holdout6/7")
            if c["phone"] and c["phone"][3:] in older_digits:
                err(slug, f"phone {c['phone']} already used in the corpus or holdout6/7")
        for line in decoded_plain_lines(raw):
            if len(line) < 30 or any(re.fullmatch(p, line) for p in ALLOWED_SHARED_LINES):
                continue
            if line in corpus_lines:
                err(slug, f"line copied from the corpus: {line!r}")
            elif line in makers_text:
                err(slug, f"line copied from holdout6/7's generator: {line!r}")


# ----------------------------------------------------------------------------- main

def check_raw(where, raw):
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        err(where, "not CRLF throughout")
    for n, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 998:
            err(where, f"line {n} longer than 998 octets")
    head = raw.split(b"\r\n\r\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        err(where, "8-bit bytes in the header section")


def main():
    partners, mapping = load_partners(PARTNERS_YAML)
    emails = sorted(os.listdir(os.path.join(HERE, "emails")))
    expected = sorted(os.listdir(os.path.join(HERE, "expected")))
    if [e[:-4] for e in emails] != [j[:-5] for j in expected]:
        err("layout", "emails/ and expected/ do not pair up")
    libs_used = set()
    kinds, per_partner, n_orders = {}, {}, 0
    all_ids, refs = set(), []
    batch = []
    for name in emails:
        slug = name[:-4]
        where = slug
        raw = open(os.path.join(HERE, "emails", name), "rb").read()
        jraw = open(os.path.join(HERE, "expected", slug + ".json"), encoding="utf-8").read()
        ans = json.loads(jraw)
        check_raw(where, raw)
        batch.append((slug, raw, ans))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                err(where, f"defects in {part.get_content_type()}: {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    err(where, f"header {k} defects: {v.defects}")
        check_json(where, jraw, ans, mapping)
        dh = str(msg["Date"] or "")
        m = re.match(r"(\w{3}), ", dh)
        dt = email.utils.parsedate_to_datetime(dh) if dh else None
        if not dt or not m or dt.strftime("%a") != m.group(1):
            err(where, f"Date header {dh!r} missing or weekday wrong")
        elif not (DATE_WINDOW[0] <= dt.date() <= DATE_WINDOW[1]):
            err(where, f"Date header {dh!r} outside {DATE_WINDOW}")
        for rh in msg.get_all("Received") or []:
            rd = email.utils.parsedate_to_datetime(str(rh).rsplit(";", 1)[1].strip())
            if dt and not (0 <= (rd - dt).total_seconds() <= 600):
                err(where, "Received stamp not shortly after Date")
        partner = ans["partner"]
        if partner not in partners:
            err(where, f"unknown partner {partner}")
            continue
        if not slug[4:].startswith(partner + "-"):
            err(where, "file name does not carry the partner")
        frm = msg["From"].addresses[0].addr_spec.lower()
        if frm.split("@")[1] not in partners[partner]["domains"]:
            err(where, f"From {frm} not in {partners[partner]['domains']}")
        rcpts = [a.addr_spec.lower() for h in ("To", "Cc") for a in (msg[h].addresses if msg[h] else ())]
        if partners[partner]["intake"] not in rcpts:
            err(where, f"intake address {partners[partner]['intake']} not in To/Cc")
        texts, groups = collect(msg, where, libs_used)
        alltext = "\n".join(texts)
        HEADER_YEAR[0] = dt.year if dt else None
        check_weekdays(where, alltext, dt.year if dt else 2026)
        for kind, value, label in expected_values(ans):
            if not found(kind, value, alltext):
                err(where, f"{label} {value!r} not found in the message")
            for group in groups:
                hits = [found(kind, value, t) for t in group]
                if any(hits) and not all(hits):
                    err(where, f"{label} {value!r} found in only some alternatives")
        if ans["kind"] == "cancellation" and not re.search(CANCEL_WORDS, alltext):
            err(where, "kind cancellation but no cancelling word in the message")
        if ans["kind"] == "status_question" and (not re.search(STATUS_WORDS, alltext)
                                                 or re.search(CANCEL_WORDS, alltext)):
            err(where, "kind status_question but no status word, or a cancelling word, in the message")
        if slug in KNOWN_REMOVED:
            sku = KNOWN_REMOVED[slug]
            if sku not in alltext:
                err(where, f"removed SKU {sku} is not named in the message")
            if any(pr["partner_sku"] == sku for o in ans["orders"] for pr in o["products"]):
                err(where, f"removed SKU {sku} is still in the answer")
        for o in ans["orders"]:
            if o["partner_order_id"] in all_ids:
                err(where, f"order id {o['partner_order_id']} used twice in the batch")
            all_ids.add(o["partner_order_id"])
        if ans["refers_to"]:
            refs.append((where, ans["refers_to"]))
        kinds[ans["kind"]] = kinds.get(ans["kind"], 0) + 1
        per_partner[partner] = per_partner.get(partner, 0) + 1
        n_orders += len(ans["orders"])

    novelty(batch)
    for where, ref in refs:
        if ref not in all_ids:
            err(where, f"refers_to {ref} is not an order of this batch")
    print(f"messages: {len(emails)}  kinds: {kinds}  orders: {n_orders}")
    print(f"per partner: {per_partner}")
    print("attachments opened with: " + (", ".join(sorted(libs_used)) or "standard library only"))
    if ERRORS:
        for e in ERRORS:
            print("FAIL", e)
        print(f"{len(ERRORS)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
