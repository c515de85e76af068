#!/usr/bin/env python3
"""Sanity checks for the holdout4 batch (reads only this folder and /work/shared/partners.yaml).

    python3 check_messages.py                      standard library only
    /work/main/.venv/bin/python check_messages.py  also opens the PDF/XLSX attachments with
                                                   pdfplumber, pypdf and openpyxl

Checks: every .eml parses without defects and uses CRLF only; sender domain and intake address
match partners.yaml; every JSON has the corpus key order and normal forms; every expected id,
e-mail, street, city, SKU, reference, phone, postcode, house number, date and name can be found in
the decoded message or its attachments.
"""
import datetime as dt
import email
import html
import io
import json
import re
import sys
import zipfile
import zlib
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARTNERS_YAML = Path("/work/shared/partners.yaml")

try:
    import pdfplumber  # noqa
    import pypdf  # noqa
    import openpyxl  # noqa
    HAVE_LIBS = True
except ImportError:
    HAVE_LIBS = False

TOP_KEYS = ["kind", "partner", "orders", "refers_to", "notes"]
ORDER_KEYS = ["partner_order_id", "customer", "products", "installation_preferences", "partner_references"]
CUSTOMER_KEYS = ["name", "email", "phone", "address"]
ADDRESS_KEYS = ["street", "house_number", "postal_code", "city"]
PRODUCT_KEYS = ["partner_sku", "quantity", "description"]
PREF_KEYS = ["preferred_date", "notes"]
REF_KEYS = ["dealer_group_id", "purchase_order", "customer_account"]

NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]
NL_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december"]


def load_partners():
    text = PARTNERS_YAML.read_text()
    partners = {}
    for block in re.split(r"\n  - id: ", text.split("product_mapping:")[0])[1:]:
        pid = block.split("\n", 1)[0].strip()
        domains = re.search(r"sender_domains: \[(.*?)\]", block).group(1)
        intake = re.search(r"intake_address: (\S+)", block).group(1)
        partners[pid] = {"domains": [d.strip() for d in domains.split(",")], "intake": intake}
    return partners


# ---------------------------------------------------------------------------- text extraction

def pdf_text_stdlib(data):
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        raw = m.group(1)
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            pass
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            b = s.group(1)
            b = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), b)
            b = re.sub(rb"\\(.)", rb"\1", b)
            out.append(b.decode("cp1252"))
    return "\n".join(out)


def xlsx_text_stdlib(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in sorted(z.namelist()):
        if name.startswith("xl/worksheets/"):
            xml = z.read(name).decode("utf-8")
            for row in re.findall(r"<row[^>]*>(.*?)</row>", xml):
                vals = []
                for attrs, inner in re.findall(r"<c ([^>]*)>(.*?)</c>", row):
                    t = re.search(r"<t[^>]*>(.*?)</t>", inner)
                    v = re.search(r"<v>(.*?)</v>", inner)
                    if t:
                        vals.append(html.unescape(t.group(1)))
                    elif v and 's="1"' in attrs:  # date-formatted serial
                        vals.append(str(dt.date(1899, 12, 30) + dt.timedelta(days=int(float(v.group(1))))))
                    elif v:
                        vals.append(v.group(1))
                out.append(" | ".join(vals))
    return "\n".join(out)


def attachment_text(part, notes):
    data = part.get_payload(decode=True)
    ctype = part.get_content_type()
    name = (part.get_filename() or "").lower()
    if ctype == "application/pdf" or name.endswith(".pdf"):
        txt = pdf_text_stdlib(data)
        if HAVE_LIBS:
            import pdfplumber
            import pypdf
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                txt2 = "\n".join(p.extract_text() or "" for p in pdf.pages)
            n = len(pypdf.PdfReader(io.BytesIO(data)).pages)
            notes.append(f"pdf {name}: {n} page(s), pdfplumber {len(txt2)} chars")
            txt += "\n" + txt2
        return txt
    if name.endswith(".xlsx"):
        txt = xlsx_text_stdlib(data)
        if HAVE_LIBS:
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            rows = []
            for ws in wb:
                for r in ws.iter_rows(values_only=True):
                    rows.append(" | ".join("" if v is None else str(v) for v in r))
            notes.append(f"xlsx {name}: {len(rows)} row(s) via openpyxl")
            txt += "\n" + "\n".join(rows)
        return txt
    if ctype.startswith("text/"):
        return data.decode(part.get_content_charset() or "utf-8")
    return ""


def html_to_text(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|dt|dd|h\d|table)>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def message_text(msg, notes):
    chunks = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_filename() or ctype.startswith(("application/", "image/")):
            chunks.append(attachment_text(part, notes))
        elif ctype == "text/html":
            chunks.append(html_to_text(part.get_content()))
        elif ctype.startswith("text/"):
            chunks.append(part.get_content().replace("\r\n ", ""))
    for h in ("Subject", "From", "To", "Cc"):
        if msg[h]:
            chunks.append(str(msg[h]))
    return "\n".join(chunks)


# ---------------------------------------------------------------------------- checks

def norm(s):
    return re.sub(r"\s+", " ", s).casefold()


def phone_found(phone, text):
    digits = re.sub(r"\D", "", phone)
    cc = "32" if phone.startswith("+32") else "31"
    national = digits[len(cc):]
    for cand in re.findall(r"[+(]?\d[\d \-().]{6,}\d", text):
        d = re.sub(r"\D", "", cand)
        if d.startswith("00"):
            d = d[2:]
        d = d.replace(cc + "0", cc, 1) if d.startswith(cc + "0") else d
        if d.endswith(national) and len(d) - len(national) <= len(cc) + 1:
            return True
    return False


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    forms = [iso, f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}",
             f"{d} {NL_MONTHS[m - 1]}", f"{d} {NL_SHORT[m - 1]}", f"{d} {EN_MONTHS[m - 1]}",
             f"{d}nd {EN_MONTHS[m - 1]}", f"{d}th {EN_MONTHS[m - 1]}", f"{d}st {EN_MONTHS[m - 1]}",
             f"{d}rd {EN_MONTHS[m - 1]}", f"{EN_MONTHS[m - 1]} {d}"]
    return [norm(f) for f in forms]


def check_keys(obj, keys, where, errs):
    if list(obj.keys()) != keys:
        errs.append(f"{where}: keys {list(obj.keys())} != {keys}")


def check_json(exp, errs):
    check_keys(exp, TOP_KEYS, "top", errs)
    if exp["kind"] not in ("order", "cancellation", "status_question", "other"):
        errs.append("bad kind")
    if exp["kind"] == "order" and not exp["orders"]:
        errs.append("order without orders")
    if exp["kind"] != "order" and exp["orders"]:
        errs.append("non-order with orders")
    if exp["kind"] in ("cancellation", "status_question") and not exp["refers_to"]:
        errs.append("cancellation/status without refers_to")
    for i, o in enumerate(exp["orders"]):
        w = f"order[{i}]"
        check_keys(o, ORDER_KEYS, w, errs)
        check_keys(o["customer"], CUSTOMER_KEYS, w + ".customer", errs)
        check_keys(o["customer"]["address"], ADDRESS_KEYS, w + ".address", errs)
        check_keys(o["installation_preferences"], PREF_KEYS, w + ".prefs", errs)
        check_keys(o["partner_references"], REF_KEYS, w + ".refs", errs)
        for p in o["products"]:
            check_keys(p, PRODUCT_KEYS, w + ".product", errs)
            if not isinstance(p["quantity"], int):
                errs.append(f"{w}: quantity not int")
        c = o["customer"]
        if c["email"] is not None and (c["email"] != c["email"].lower() or "@" not in c["email"]):
            errs.append(f"{w}: email not lower case")
        if c["phone"] is not None and not re.fullmatch(r"\+\d{9,14}", c["phone"]):
            errs.append(f"{w}: phone not E.164")
        a = c["address"]
        if a["postal_code"] is not None and not re.fullmatch(r"\d{4} [A-Z]{2}|\d{4}", a["postal_code"]):
            errs.append(f"{w}: postcode form")
        if a["house_number"] is not None and (" " in a["house_number"] or not a["house_number"][0].isdigit()):
            errs.append(f"{w}: house number form")
        pd = o["installation_preferences"]["preferred_date"]
        if pd is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pd):
            errs.append(f"{w}: date form")
        for k in ("name",):
            if c[k] is not None and "  " in c[k]:
                errs.append(f"{w}: double space in {k}")


def check_values(exp, text, errs):
    t = norm(text)

    def need(value, what):
        if value is not None and norm(str(value)) not in t:
            errs.append(f"{what} {value!r} not found")

    need(exp["refers_to"], "refers_to")
    for o in exp["orders"]:
        c, a = o["customer"], o["customer"]["address"]
        need(o["partner_order_id"], "order id")
        need(c["email"], "email")
        need(a["street"], "street")
        need(a["city"], "city")
        for p in o["products"]:
            need(p["partner_sku"], "sku")
        for k, v in o["partner_references"].items():
            need(v, k)
        if c["name"]:
            for tok in c["name"].split():
                need(tok, "name part")
        if c["phone"] and not phone_found(c["phone"], text):
            errs.append(f"phone {c['phone']} not found")
        if a["postal_code"]:
            pc = a["postal_code"]
            pat = re.escape(pc[:4]) + (r"\s*" + pc[5:] if len(pc) > 4 else r"\b")
            if not re.search(pat, text, re.I):
                errs.append(f"postcode {pc} not found")
        if a["house_number"]:
            num = re.match(r"\d+", a["house_number"]).group(0)
            if not re.search(r"(?<!\d)" + num + r"(?!\d)", text):
                errs.append(f"house number {a['house_number']} not found")
        pd = o["installation_preferences"]["preferred_date"]
        if pd and not any(f in t for f in date_forms(pd)):
            errs.append(f"date {pd} not found in any known writing")


def check_eml(raw, exp, partners, errs, notes):
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append("not CRLF throughout")
    if any(len(line) > 998 for line in raw.split(b"\r\n")):
        errs.append("line longer than 998 octets")
    head = raw.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        errs.append("8-bit bytes in the header")
    msg = email.message_from_bytes(raw, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append(f"defects in {part.get_content_type()}: {part.defects}")
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append(f"header {k} defects: {v.defects}")
        if not part.is_multipart():
            part.get_payload(decode=True)
            if part.get_content_type().startswith("text/"):
                part.get_content()
    pid = exp["partner"]
    sender = msg["From"].addresses[0].addr_spec.lower()
    dom = sender.split("@", 1)[1]
    if dom not in partners[pid]["domains"]:
        errs.append(f"sender domain {dom} not in {partners[pid]['domains']}")
    rcpts = []
    for h in ("To", "Cc", "Delivered-To"):
        if msg[h]:
            rcpts += [a.addr_spec.lower() for a in msg[h].addresses]
    if partners[pid]["intake"] not in rcpts:
        errs.append(f"intake {partners[pid]['intake']} not in To/Cc/Delivered-To")
    for h in ("Message-ID", "Date", "Subject", "From"):
        if not msg[h]:
            errs.append(f"missing {h}")
    return message_text(msg, notes)


def main():
    partners = load_partners()
    emls = sorted((HERE / "emails").glob("*.eml"))
    total = 0
    kinds = {}
    n_orders = 0
    for path in emls:
        exp_path = HERE / "expected" / (path.stem + ".json")
        errs, notes = [], []
        raw_json = exp_path.read_bytes()
        exp = json.loads(raw_json)
        if raw_json != (json.dumps(exp, indent=2, ensure_ascii=False) + "\n").encode():
            errs.append("JSON not in corpus formatting (indent 2, UTF-8, newline)")
        check_json(exp, errs)
        text = check_eml(path.read_bytes(), exp, partners, errs, notes)
        check_values(exp, text, errs)
        kinds[exp["kind"]] = kinds.get(exp["kind"], 0) + 1
        n_orders += len(exp["orders"])
        status = "ok " if not errs else "ERR"
        print(f"{status} {path.name}  {exp['kind']}/{exp['partner']}  orders={len(exp['orders'])}"
              + (f"  [{'; '.join(notes)}]" if notes else ""))
        for e in errs:
            print("      -", e)
        total += len(errs)
    print(f"\n{len(emls)} messages, {n_orders} orders, kinds {kinds}, libs={'yes' if HAVE_LIBS else 'no'}")
    print("ALL CHECKS PASSED" if not total else f"{total} problem(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
