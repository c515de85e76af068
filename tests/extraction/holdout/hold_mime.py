"""MIME and answer helpers for the holdout batch builder (make_messages.py)."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage

POLICY = policy.SMTP  # CRLF line ends, as the messages arrive over SMTP
MX = "mx1.orders.chargecars.nl"


def envelope(frm, to, subject, date, msgid, relay, qid, extra=()):
    """A message with the headers our MX records and the sender's system writes."""
    host, ip = relay
    rcpt = to.split("<")[-1].rstrip(">")
    m = EmailMessage(policy=POLICY)
    m["Return-Path"] = "<" + frm.split("<")[-1].rstrip(">") + ">"
    m["Received"] = (f"from {host} ({host} [{ip}]) by {MX} (Postfix) with ESMTPS "
                     f"id {qid} for <{rcpt}>; {date_received(date)}")
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    for name, value in extra:
        m[name] = value
    return m


def date_received(date):
    """Our MX stamps a few seconds after the Date header; add the zone comment."""
    hh, mm, ss = date.split()[4].split(":")
    zone = "(CEST)" if date.endswith("+0200") else "(CET)"
    return date.replace(f"{hh}:{mm}:{ss}", f"{hh}:{mm}:{int(ss) + 7:02d}") + " " + zone


def fix_boundaries(msg, tag):
    """Give every multipart a fixed boundary so the bytes do not change between runs.

    Also drop the MIME-Version the email package writes into every body part: mail
    clients put it in the top-level header only.
    """
    n = 0
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_Part_{n}_{tag}")
    return msg


def order(oid, name, email, phone, street, number, postcode, city, products,
          date=None, notes=None, dealer=None, po=None, account=None):
    return {
        "partner_order_id": oid,
        "customer": {
            "name": name, "email": email, "phone": phone,
            "address": {"street": street, "house_number": number,
                        "postal_code": postcode, "city": city},
        },
        "products": [{"partner_sku": s, "quantity": q, "description": d}
                     for s, q, d in products],
        "installation_preferences": {"preferred_date": date, "notes": notes},
        "partner_references": {"dealer_group_id": dealer, "purchase_order": po,
                               "customer_account": account},
    }


def expected(kind, partner, orders=(), refers_to=None, notes=""):
    return {"kind": kind, "partner": partner, "orders": list(orders),
            "refers_to": refers_to, "notes": notes}


def html_page(body, lang="nl"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">\n'
            f"{body}\n</body></html>\n")


def kv_table(rows):
    cells = "".join(f'<tr><td style="background:#f2f2f2;font-weight:bold">{k}</td>'
                    f"<td>{v}</td></tr>\n" for k, v in rows)
    return f'<table border="1" cellpadding="5" cellspacing="0">\n{cells}</table>'


def grid_table(header, rows):
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows)
    return f'<table border="1" cellpadding="4" cellspacing="0">\n<tr>{head}</tr>\n{body}</table>'


RELAY = {
    "groendus-portal": ("portal.groendus.nl", "185.102.4.17"),
    "essent-mailer": ("mailer01.essent.nl", "193.172.81.44"),
    "50five-forms": ("o3.email.50five.com", "149.72.160.33"),
    "alva-app": ("mta-07.alva-charging.nl", "31.220.14.97"),
    "google": ("mail-ej1-f46.google.com", "209.85.218.46"),
}


def outlook(n):
    return (f"mail-am{n}eur03on20{n}4.outbound.protection.outlook.com", f"40.107.{n}.{60 + n}")
