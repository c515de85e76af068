"""Holdout order messages 001-021: each builder returns (slug, message, expected answer)."""

from __future__ import annotations

import datetime as dt

from hold_files import csv_bytes, pdf_form, xlsx_bytes
from hold_mime import (
    RELAY,
    envelope,
    expected,
    fix_boundaries,
    grid_table,
    html_page,
    kv_table,
    order,
    outlook,
)

ORDERS: list = []


def builder(fn):
    ORDERS.append(fn)
    return fn


GROENDUS_FOOTER = """--
Automatisch verzonden door Groendus Partnerportaal 5.0 \u2013 niet beantwoorden.
Partnerdesk Groendus: 088-7654321 | partnerdesk@groendus.nl
Groendus B.V. | Laan van Puntenburg 2 | 3511 ER Utrecht
"""


@builder
def groendus_portal_v5_labels():
    m = envelope("Groendus Orderdesk <orderdesk@groendus.nl>", "groendus@orders.chargecars.nl",
                 "Bestelling GRD-2026-07415 - nieuwe installatie",
                 "Mon, 02 Mar 2026 08:41:12 +0100",
                 "<5c1e9a0b7d42.88f1c0de@portal.groendus.nl>", RELAY["groendus-portal"],
                 "4Tg2Lm7QxVb", [("Auto-Submitted", "auto-generated"),
                                 ("X-Mailer", "Groendus Partnerportaal 5.0")])
    m.set_content("""Groendus Partnerportaal \u2013 nieuwe bestelling
-------------------------------------------

Bestelnummer:   GRD-2026-07415
Besteldatum:    02-03-2026
Klantnr.:       7700231187

KLANT
Klantnaam:      Joost van Leeuwen
E-mailadres:    Joost.vanLeeuwen@ziggo.nl
Mobiel:         06 - 41 52 63 74
Adres:          Kerkstraat 7b
PC/Woonplaats:  2011 RK  Haarlem

BESTELLING
Aantal  Artikel         Omschrijving
1       GRO-ALFEN-11    Alfen Eve Single S-line 11 kW
1       GRO-INSTALL-1   Installatie standaard 1-fase

Installatiewens: 23-03-2026
Bijzonderheden:  Parkeerplaats achter het huis, bereikbaar via het hek aan de Kerksteeg.

""" + GROENDUS_FOOTER, charset="utf-8", cte="quoted-printable")
    exp = expected("order", "groendus", [order(
        "GRD-2026-07415", "Joost van Leeuwen", "joost.vanleeuwen@ziggo.nl", "+31641526374",
        "Kerkstraat", "7B", "2011 RK", "Haarlem",
        [("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
         ("GRO-INSTALL-1", 1, "Installatie standaard 1-fase")],
        "2026-03-23",
        "Parkeerplaats achter het huis, bereikbaar via het hek aan de Kerksteeg.",
        account="7700231187")],
        notes="Portal 5.0 labels: Bestelnummer, Klantnaam, Mobiel, Adres with street+number "
              "in one line, PC/Woonplaats; quantity column before the SKU; footer holds "
              "Groendus' own Utrecht address and partnerdesk phone.")
    return "groendus-portal-v5-labels", m, exp


@builder
def essent_html_only_ref():
    m = envelope("Essent Laadoplossingen <laadoplossingen@essent.nl>",
                 "ChargeCars Orders <essent@orders.chargecars.nl>",
                 "Installatieopdracht Essent \u2013 Ref. ESS-58911307",
                 "Tue, 12 May 2026 10:15:33 +0200",
                 "<9e07b1f2c4aa.3d5e6f70@mailer01.essent.nl>", RELAY["essent-mailer"],
                 "4Zk81PqLw3R", [("Auto-Submitted", "auto-generated")])
    rows = [("Ref.", "ESS-58911307"), ("Klantnr.", "2005211904"),
            ("Klant", "Fatima el Amrani"), ("Adres", "Dorpsstraat 4 C"),
            ("PC / Woonplaats", "5281 AB&nbsp; Boxtel"),
            ("Mobiel", "+31 (0)6 18 29 30 41"),
            ("E-mail", '<a href="mailto:f.elamrani@hotmail.com">f.elamrani@hotmail.com</a>'),
            ("Installatiewens", "22-06-2026"),
            ("Toelichting", "Graag na 14:00 uur, klant werkt &#39;s ochtends.")]
    products = grid_table(["Code", "Omschrijving", "Aantal"],
                          [["ESS-WALLBOX-22", "Alfen Eve Double Pro-line 22 kW", "1"],
                           ["ESS-INSTALL-STD", "Standaard installatie 3-fase", "1"]])
    body = ('<div style="background:#e4003a;color:#fff;padding:10px">essent | '
            "Installatieopdracht</div>\n<p>Beste installatiepartner,</p>\n"
            "<p>Onderstaande opdracht is aan u toegewezen. Neem binnen 2 werkdagen contact "
            "op met de klant.</p>\n" + kv_table(rows) + "\n<h3>Bestelde producten</h3>\n"
            + products + "\n<p>Met vriendelijke groet,<br>Team Laadoplossingen<br>Essent</p>\n"
            '<p style="font-size:10px;color:#888">Essent Retail Energie B.V. &middot; '
            "Willemsplein 4 &middot; 5211 AK &#39;s-Hertogenbosch &middot; 088-8511000</p>")
    m.set_content(html_page(body), subtype="html", charset="utf-8", cte="base64")
    exp = expected("order", "essent", [order(
        "ESS-58911307", "Fatima el Amrani", "f.elamrani@hotmail.com", "+31618293041",
        "Dorpsstraat", "4C", "5281 AB", "Boxtel",
        [("ESS-WALLBOX-22", 1, "Alfen Eve Double Pro-line 22 kW"),
         ("ESS-INSTALL-STD", 1, "Standaard installatie 3-fase")],
        "2026-06-22", "Graag na 14:00 uur, klant werkt 's ochtends.",
        account="2005211904")],
        notes="HTML-only, base64; new Essent layout: 'Ref.' for the order id, 'Klant', "
              "'Mobiel' written +31 (0)6; house number with spaced addition '4 C'; "
              "footer has Essent's own address and phone.")
    return "essent-html-only-ref", m, exp


@builder
def fivefive_en_alternative():
    m = envelope("50five Forms <no-reply@50five.com>", "50five@orders.chargecars.nl",
                 "[50five] Installation order 50F-NL-052318",
                 "Wed, 18 Mar 2026 14:02:09 +0100",
                 "<a81c44e0f2b9.6e0d1c3a@geopod-ismtpd-5.50five.com>", RELAY["50five-forms"],
                 "4Hq9WcT2mNs", [("Reply-To", "installations@50five.com"),
                                 ("Auto-Submitted", "auto-generated")])
    fields = [("Order no.", "50F-NL-052318"), ("Account", "C-0114475"),
              ("Customer name", "Laura Jansen-Smit"), ("Mobile", "06 2345 6789"),
              ("E-mail", "laura.jansensmit@gmail.com"), ("Address", "Rijnkade 88-2"),
              ("ZIP / City", "6811 HD Arnhem"),
              ("Requested installation date", "14 April 2026"),
              ("Notes", "Customer prefers a morning appointment.")]
    text = ("New installation order (NL)\n\n"
            + "".join(f"{k + ':':<30}{v}\n" for k, v in fields[:7])
            + "\nItems\n  1 x 50F-ZAPPI-7   myenergi zappi v2.1 7 kW, tethered, white\n\n"
            + "".join(f"{k + ':':<30}{v}\n" for k, v in fields[7:])
            + "\n--\nSent automatically by 50five Forms. Please do not reply.\n"
              "50five B.V., Science Park 5080, 5692 EA Son\n")
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    html = html_page("<h2>New installation order (NL)</h2>\n" + kv_table(fields[:7])
                     + "\n<h3>Items</h3>\n"
                     + grid_table(["Qty", "SKU", "Product"],
                                  [["1", "50F-ZAPPI-7",
                                    "myenergi zappi v2.1 7 kW, tethered, white"]])
                     + "\n" + kv_table(fields[7:])
                     + "\n<p style=\"color:#888\">50five B.V., Science Park 5080, "
                       "5692 EA Son</p>", lang="en")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    fix_boundaries(m, "50f0523180314")
    exp = expected("order", "50five", [order(
        "50F-NL-052318", "Laura Jansen-Smit", "laura.jansensmit@gmail.com", "+31623456789",
        "Rijnkade", "88-2", "6811 HD", "Arnhem",
        [("50F-ZAPPI-7", 1, "myenergi zappi v2.1 7 kW, tethered, white")],
        "2026-04-14", "Customer prefers a morning appointment.", account="C-0114475")],
        notes="English form labels (Order no., Mobile, Address in one line, ZIP / City); "
              "date written '14 April 2026'; 50five's own Son address in the footer.")
    return "50five-en-alternative", m, exp


@builder
def eneco_pdf_opdrachtformulier():
    m = envelope("Yvonne Brouwer <yvonne.brouwer@eneco.nl>", "eneco@orders.chargecars.nl",
                 "Opdrachtformulier laadpaal - Hofman Zwolle",
                 "Thu, 12 Mar 2026 09:27:40 +0100",
                 "<AM6PR04MB71120C3E9A1F4D2B8E6A0F11B2C3D4E5F6A7@AM6PR04MB7112.eurprd04"
                 ".prod.outlook.com>", outlook(6), "4Pn3XbR8sKd",
                 [("X-Mailer", "Microsoft Outlook 16.0")])
    m.set_content("""Goedemorgen,

Bijgaand het ingevulde opdrachtformulier voor een nieuwe laadpaalinstallatie. De klant is
telefonisch ge\u00efnformeerd dat jullie contact opnemen.

Met vriendelijke groet,

Yvonne Brouwer
Orderverwerking Laadoplossingen
Eneco | Marconistraat 13 | 3029 AK Rotterdam
T 010 - 457 58 00
""", charset="utf-8", cte="quoted-printable")
    items = [(50, 790, True, 15, "Eneco - Opdrachtformulier laadpaalinstallatie"),
             (50, 760, True, 10, "Opdrachtnummer"), (200, 760, False, 10, "ENE-2026-131207"),
             (50, 744, True, 10, "Contractnummer"), (200, 744, False, 10, "1030612458"),
             (50, 712, True, 12, "Klantgegevens"),
             (50, 694, True, 10, "Naam"), (200, 694, False, 10, "Dirk-Jan Hofman"),
             (50, 678, True, 10, "Adres"), (200, 678, False, 10, "Burgemeester Roelenweg 12"),
             (50, 662, True, 10, "Postcode/plaats"), (200, 662, False, 10, "8021 EV  Zwolle"),
             (50, 646, True, 10, "Telefoon"), (200, 646, False, 10, "038-4217788"),
             (50, 630, True, 10, "E-mail"), (200, 630, False, 10, "dj.hofman@zonnet.nl"),
             (50, 598, True, 12, "Product"),
             (50, 580, True, 10, "Artikel"), (200, 580, True, 10, "Omschrijving"),
             (450, 580, True, 10, "Aantal"),
             (50, 564, False, 10, "ENE-EVBOX-11"), (200, 564, False, 10, "EVBox Livo 11 kW"),
             (450, 564, False, 10, "1"),
             (50, 548, False, 10, "ENE-INST-1F"), (200, 548, False, 10, "Installatie 1-fase"),
             (450, 548, False, 10, "1"),
             (50, 516, True, 12, "Installatie"),
             (50, 498, True, 10, "Gewenste datum"), (200, 498, False, 10, "07-04-2026"),
             (50, 482, True, 10, "Opmerkingen"),
             (200, 482, False, 10, "Kabel via de kruipruimte naar de voorgevel."),
             (50, 80, False, 8, ("Eneco Consumenten B.V. - Marconistraat 13 - 3029 AK "
                                "Rotterdam - KvK 24422183"))]
    m.add_attachment(pdf_form(items, "Opdrachtformulier ENE-2026-131207"),
                     maintype="application", subtype="pdf",
                     filename="Opdrachtformulier_ENE-2026-131207.pdf")
    fix_boundaries(m, "ene1312070312")
    exp = expected("order", "eneco", [order(
        "ENE-2026-131207", "Dirk-Jan Hofman", "dj.hofman@zonnet.nl", "+31384217788",
        "Burgemeester Roelenweg", "12", "8021 EV", "Zwolle",
        [("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), ("ENE-INST-1F", 1, "Installatie 1-fase")],
        "2026-04-07", "Kabel via de kruipruimte naar de voorgevel.", account="1030612458")],
        notes="Order only in a text PDF (labels and values as separate runs on one line); "
              "body signature and PDF footer carry Eneco's Rotterdam address and phone.")
    return "eneco-pdf-opdrachtformulier", m, exp


@builder
def alva_xlsx_export():
    m = envelope("Alva Orderteam <orders@alva-charging.nl>", "alva@orders.chargecars.nl",
                 "Orderexport Alva 09-03-2026 (1)", "Mon, 09 Mar 2026 07:00:03 +0100",
                 "<20260309070003.41c7@mta-07.alva-charging.nl>", RELAY["alva-app"],
                 "4Mv7DcK1pYt", [("Auto-Submitted", "auto-generated")])
    m.set_content("Goedemorgen,\n\nIn de bijlage de nieuwe order van gisteren (1 order, "
                  "3 regels).\n\nMet vriendelijke groet,\nAlva Charging \u2013 Orderteam\n",
                  charset="utf-8", cte="quoted-printable")
    header = ["Order", "Datum", "Klantnaam", "Adres", "Postcode", "Woonplaats", "Mobiel",
              "E-mail", "Artikel", "Omschrijving", "Aantal", "Installatiewens", "Opmerking"]
    base = ["AO-2026-00731", dt.date(2026, 3, 8), "Sophie Willems", "Maliesingel 40",
            "3581 BK", "Utrecht", "0031 6 87654321", "sophie.willems@xs4all.nl"]
    tail = [dt.date(2026, 3, 30), "Garage aan huis, 3-fase aanwezig"]
    rows = [base + ["ALVA-PULSAR-22", "Wallbox Pulsar Plus 22 kW", 1] + tail,
            base + ["ALVA-INST-3F", "Installatie 3-fase", 1] + tail,
            base + ["ALVA-KABEL-10M", "Kabel 5x6 mm2, 10 m", 1] + tail]
    m.add_attachment(xlsx_bytes("Orders", header, rows),
                     maintype="application",
                     subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     filename="alva_orders_20260309.xlsx")
    fix_boundaries(m, "alva0731xlsx")
    exp = expected("order", "alva", [order(
        "AO-2026-00731", "Sophie Willems", "sophie.willems@xs4all.nl", "+31687654321",
        "Maliesingel", "40", "3581 BK", "Utrecht",
        [("ALVA-PULSAR-22", 1, "Wallbox Pulsar Plus 22 kW"),
         ("ALVA-INST-3F", 1, "Installatie 3-fase"),
         ("ALVA-KABEL-10M", 1, "Kabel 5x6 mm2, 10 m")],
        "2026-03-30", "Garage aan huis, 3-fase aanwezig")],
        notes="XLSX: one order over three rows; street+number in one 'Adres' cell; phone "
              "written 0031 6; the order date (08-03) is not the installation wish (30-03).")
    return "alva-xlsx-export", m, exp


@builder
def groendus_csv_two_orders():
    m = envelope("Groendus Orderdesk <orderdesk@groendus.nl>", "groendus@orders.chargecars.nl",
                 "Orderexport 30-03-2026 (2 orders)", "Mon, 30 Mar 2026 06:00:05 +0200",
                 "<7a0c55e1b3f9.2c4d8e91@portal.groendus.nl>", RELAY["groendus-portal"],
                 "4Lx2GhN6tRq", [("Auto-Submitted", "auto-generated"),
                                 ("X-Mailer", "Groendus Partnerportaal 5.0")])
    m.set_content("Orderexport Groendus partnerportaal\n\nDatum export: 30-03-2026 06:00\n"
                  "Aantal orders: 2\nScheidingsteken: puntkomma\n\n" + GROENDUS_FOOTER,
                  charset="utf-8", cte="quoted-printable")
    header = ["Bestelnummer", "Klantnr", "Klantnaam", "Straat", "Huisnr", "Toev", "Postcode",
              "Plaats", "Telefoon", "E-mail", "Artikelcode", "Aantal", "Installatiewens",
              "Opmerking"]
    a = ["GRD-2026-07502", "7700233410", "Jeroen B\u00f6kkerink", "Haaksbergerstraat", "310",
         "", "7545 GJ", "Enschede", "053-4306677", "jeroen.bokkerink@gmail.com"]
    b = ["GRD-2026-07503", "7700233598", "Marloes ten Brinke", "Hoofdstraat", "2", "a",
         "7471AG", "Goor", "06-19283746", "marloes.tenbrinke@live.nl"]
    note_b = "Groepenkast vol \u2013 mogelijk extra groep nodig"
    rows = [a + ["GRO-ALFEN-11", "1", "14-04-2026", ""],
            a + ["GRO-INSTALL-3", "1", "14-04-2026", ""],
            b + ["GRO-ALFEN-11", "1", "16-04-2026", note_b],
            b + ["GRO-INSTALL-1", "1", "16-04-2026", note_b]]
    m.add_attachment(csv_bytes(header, rows), maintype="text", subtype="csv",
                     filename="groendus_orders_20260330.csv")
    for part in m.iter_attachments():
        part.set_param("charset", "windows-1252")
    fix_boundaries(m, "grd0330csv")
    exp = expected("order", "groendus", [
        order("GRD-2026-07502", "Jeroen B\u00f6kkerink", "jeroen.bokkerink@gmail.com",
              "+31534306677", "Haaksbergerstraat", "310", "7545 GJ", "Enschede",
              [("GRO-ALFEN-11", 1, None), ("GRO-INSTALL-3", 1, None)],
              "2026-04-14", None, account="7700233410"),
        order("GRD-2026-07503", "Marloes ten Brinke", "marloes.tenbrinke@live.nl",
              "+31619283746", "Hoofdstraat", "2A", "7471 AG", "Goor",
              [("GRO-ALFEN-11", 1, None), ("GRO-INSTALL-1", 1, None)],
              "2026-04-16", note_b, account="7700233598")],
        notes="CSV with semicolons in windows-1252 (\u00f6, en dash), no descriptions; two "
              "orders over four rows; empty and lower-case additions; postcode without space.")
    return "groendus-csv-two-orders", m, exp


@builder
def alva_prose_dealer_signature():
    m = envelope("Niels Hermans <niels.hermans@alva-charging.nl>", "alva@orders.chargecars.nl",
                 "Nieuwe klant via Autobedrijf Kuipers (AO-2026-00758)",
                 "Tue, 07 Apr 2026 11:36:21 +0200",
                 "<CAK7v2Lq9hW3e1xR0uPzN8bT4sYfG6mJ_Qd5oE2aV1cX8nH7kA@mail.gmail.com>",
                 RELAY["google"], "4Rb6YtE3wQm")
    text = """Hoi ChargeCars-team,

Via onze dealerpartner Autobedrijf Kuipers in Deventer hebben we een nieuwe klant
voor een Pulsar Plus 11 kW met installatie (3-fase). Ons ordernummer is AO-2026-00758.

Klantgegevens:
Mevrouw Annemiek Groothuis
Brinkgreverweg 112
7413 AE Deventer
06-33445566
annemiek.groothuis@planet.nl

Zij heeft een voorkeur voor de week van 20 april, maar een vaste datum is er nog
niet. Willen jullie dat rechtstreeks met haar afstemmen?

Vragen over de bestelling kunnen ook naar de verkoper bij de dealer:
Marco Kuipers, Autobedrijf Kuipers B.V.
Hanzeweg 8, 7418 AW Deventer
tel. 0570-623344 / marco@autobedrijfkuipers.nl

Met vriendelijke groet,

Niels Hermans
Partnermanager | Alva Charging
+31 6 12 00 34 56
niels.hermans@alva-charging.nl
"""
    m.set_content(text, charset="utf-8", cte="7bit")
    html = html_page("".join(f"<div>{line or '<br>'}</div>\n" for line in text.splitlines()))
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    fix_boundaries(m, "000000000000a1b2c3d4e5f60758")
    exp = expected("order", "alva", [order(
        "AO-2026-00758", "Annemiek Groothuis", "annemiek.groothuis@planet.nl", "+31633445566",
        "Brinkgreverweg", "112", "7413 AE", "Deventer",
        [(None, 1, "Pulsar Plus 11 kW"), (None, 1, "Installatie 3-fase")],
        None, "Voorkeur week van 20 april; datum rechtstreeks met klant afstemmen.")],
        notes="Prose from Gmail, products by description only (sku null); 'week van 20 "
              "april' is vague -> null; the dealer salesman's name, address, phone and "
              "e-mail and the Alva manager's signature must not become the customer.")
    return "alva-prose-dealer-signature", m, exp


@builder
def essent_fw_housenumber_correction():
    m = envelope("Tom Reijnders <tom.reijnders@essent.nl>", "essent@orders.chargecars.nl",
                 "FW: Installatieopdracht ESS-58960412", "Tue, 12 May 2026 08:55:02 +0200",
                 "<AM0PR02MB5561D0E4F7A8B9C1D2E3F4A5B6C7D8E9F0A1@AM0PR02MB5561.eurprd02"
                 ".prod.outlook.com>", outlook(2), "4Wd5KsP9vLc",
                 [("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Thread-Topic", "Installatieopdracht ESS-58960412")])
    m.set_content("""Goedemorgen,

Doorgestuurd ter verwerking. Correctie: het huisnummer in de opdracht is fout, dat
moet 45 zijn (niet 54). Straat en postcode kloppen wel.

Groet,
Tom Reijnders
Essent Laadoplossingen | 073 - 800 5000

From: Essent Laadoplossingen <laadoplossingen@essent.nl>
Sent: Monday, May 11, 2026 4:12 PM
To: Reijnders, Tom <tom.reijnders@essent.nl>
Subject: Installatieopdracht ESS-58960412

ESSENT | INSTALLATIEOPDRACHT

Beste installatiepartner,

Essent heeft onderstaande opdracht aan u toegewezen.

Opdrachtnummer: ESS-58960412
Klantnummer Essent: 2005307781
Naam klant: Priya Ramdin
Adres: Laan van Meerdervoort 54
Postcode en plaats: 2517 AN Den Haag
Telefoon: 070-3456789
E-mail: priya.ramdin@gmail.com
Gewenste installatiedatum: 2026-06-01
Opmerking: -

Producten:
- ESS-WALLBOX-22  Alfen Eve Double Pro-line 22 kW  aantal 1  \u20ac 1.349,00
- ESS-INSTALL-STD  Standaard installatie 3-fase  aantal 1  \u20ac 695,00

Met vriendelijke groet,
Team Laadoplossingen
Essent
""", charset="utf-8", cte="quoted-printable")
    exp = expected("order", "essent", [order(
        "ESS-58960412", "Priya Ramdin", "priya.ramdin@gmail.com", "+31703456789",
        "Laan van Meerdervoort", "45", "2517 AN", "Den Haag",
        [("ESS-WALLBOX-22", 1, "Alfen Eve Double Pro-line 22 kW"),
         ("ESS-INSTALL-STD", 1, "Standaard installatie 3-fase")],
        "2026-06-01", None, account="2005307781")],
        notes="Outlook inline forward with English header block; the new part corrects the "
              "house number 54 -> 45; the forwarder's own phone is in his signature.")
    return "essent-fw-housenumber-correction", m, exp


@builder
def eneco_two_orders_plain():
    m = envelope("Sanne Dijkstra <sanne.dijkstra@eneco.nl>", "eneco@orders.chargecars.nl",
                 "2 nieuwe opdrachten: ENE-2026-132044 en ENE-2026-132051",
                 "Thu, 26 Mar 2026 09:12:44 +0100",
                 "<AM9PR03MB8812B4C5D6E7F8091A2B3C4D5E6F70819A2B@AM9PR03MB8812.eurprd03"
                 ".prod.outlook.com>", outlook(9), "4Jc8NvB2xTf",
                 [("X-Mailer", "Microsoft Outlook 16.0")])
    m.set_content("""Goedemorgen,

Hierbij twee nieuwe opdrachten. Beide klanten weten dat jullie contact opnemen.

1) ENE-2026-132044
Klant: Koen Mertens
Adres: Ringbaan-Oost 201, 5013 CD Tilburg
Tel: 06 11 22 33 44
Mail: koen.mertens@gmail.com
Product: ENE-EVBOX-11 (EVBox Livo 11 kW) + ENE-INST-1F
Contractnr.: 1030655120
Voorkeursdatum: 20-04-2026

2) ENE-2026-132051
Klant: Hatice Demir
Adres: Generaal Foulkesweg 3 B, 6703 BJ Wageningen
Tel: 0317-412233
Mail: h.demir@outlook.com
Product: 2x ENE-EVBOX-11 (EVBox Livo 11 kW) + 2x ENE-INST-1F
Contractnr.: 1030655377
Voorkeursdatum: geen voorkeur
Opmerking: Twee laadpunten, oprit en carport.

Met vriendelijke groet,

Sanne Dijkstra
Orderverwerking Laadoplossingen | Eneco
T 010 - 457 58 00
""", charset="windows-1252", cte="quoted-printable")
    exp = expected("order", "eneco", [
        order("ENE-2026-132044", "Koen Mertens", "koen.mertens@gmail.com", "+31611223344",
              "Ringbaan-Oost", "201", "5013 CD", "Tilburg",
              [("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), ("ENE-INST-1F", 1, None)],
              "2026-04-20", None, account="1030655120"),
        order("ENE-2026-132051", "Hatice Demir", "h.demir@outlook.com", "+31317412233",
              "Generaal Foulkesweg", "3B", "6703 BJ", "Wageningen",
              [("ENE-EVBOX-11", 2, "EVBox Livo 11 kW"), ("ENE-INST-1F", 2, None)],
              None, "Twee laadpunten, oprit en carport.", account="1030655377")],
        notes="Two numbered orders in one staff mail (windows-1252 QP); address and postcode "
              "on one line; quantity 2 written as '2x'; 'geen voorkeur' -> null date.")
    return "eneco-two-orders-plain", m, exp


@builder
def essent_unmapped_sku():
    m = envelope("Essent Laadoplossingen <laadoplossingen@essent.nl>",
                 "ChargeCars Orders <essent@orders.chargecars.nl>",
                 "Essent installatieopdracht ESS-58734410", "Wed, 01 Apr 2026 10:05:18 +0200",
                 "<d41f7a3c9e02.b5c6d7e8@mailer01.essent.nl>", RELAY["essent-mailer"],
                 "4Yp3FgH7jKs", [("Auto-Submitted", "auto-generated")])
    fields = [("Opdrachtnummer", "ESS-58734410"), ("Klantnummer Essent", "2005190263"),
              ("Naam klant", "Lotte Verhoeven"), ("Adres", "Tongelresestraat 301"),
              ("Postcode en plaats", "5642 NA Eindhoven"), ("Telefoon", "040-2811234"),
              ("E-mail", "lotte.verhoeven@gmail.com"),
              ("Gewenste installatiedatum", "2026-04-27"),
              ("Opmerking", "Laadpaal op de oprit, kabel door de garage.")]
    lines = [("ESS-WALLBOX-11", "Alfen Eve Single Pro-line 11 kW", "1", "\u20ac 1.099,00"),
             ("ESS-INSTALL-STD", "Standaard installatie 3-fase", "1", "\u20ac 695,00")]
    text = ("ESSENT | INSTALLATIEOPDRACHT\n\nBeste installatiepartner,\n\nEssent heeft "
            "onderstaande opdracht aan u toegewezen.\n\n"
            + "".join(f"{k}: {v}\n" for k, v in fields) + "\nProducten:\n"
            + "".join(f"- {s}  {d}  aantal {q}  {p}\n" for s, d, q, p in lines)
            + "\nMet vriendelijke groet,\nTeam Laadoplossingen\nEssent\n")
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    html = html_page("<p>Beste installatiepartner,</p>\n" + kv_table(fields)
                     + "\n<h3>Producten</h3>\n"
                     + grid_table(["Artikelcode", "Omschrijving", "Aantal", "Prijs incl. btw"],
                                  [list(r) for r in lines])
                     + "\n<p>Met vriendelijke groet,<br>Team Laadoplossingen<br>Essent</p>")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    fix_boundaries(m, "ess58734410")
    exp = expected("order", "essent", [order(
        "ESS-58734410", "Lotte Verhoeven", "lotte.verhoeven@gmail.com", "+31402811234",
        "Tongelresestraat", "301", "5642 NA", "Eindhoven",
        [("ESS-WALLBOX-11", 1, "Alfen Eve Single Pro-line 11 kW"),
         ("ESS-INSTALL-STD", 1, "Standaard installatie 3-fase")],
        "2026-04-27", "Laadpaal op de oprit, kabel door de garage.", account="2005190263")],
        notes="ESS-WALLBOX-11 is not in the product mapping (only ESS-WALLBOX-22 is): keep "
              "the SKU as written; a validator must map the article.")
    return "essent-unmapped-sku", m, exp


@builder
def fivefive_belgium_plus32():
    m = envelope("50five Forms <no-reply@50five.com>", "50five@orders.chargecars.nl",
                 "[50five] Nieuwe installatieaanvraag - 50F-BE-041902",
                 "Mon, 13 Apr 2026 16:44:30 +0200",
                 "<c3e5a7f90b1d.4f6a8c0e@geopod-ismtpd-2.50five.com>", RELAY["50five-forms"],
                 "4Gb1VnM5cXe", [("Reply-To", "installations@50five.com"),
                                 ("Auto-Submitted", "auto-generated")])
    m.set_content("""Nieuwe formulierinzending: Installatieaanvraag (BE)

Ingediend: 13-04-2026 16:44

BESTELLING
Bestelreferentie:   50F-BE-041902
Klantaccount:       C-0120418

KLANT
Naam:               Elke Vandenbroucke
E-mail:             Elke.Vandenbroucke@skynet.be
Telefoon:           +32 9 233 45 67
Adres:              Kortrijksesteenweg 1024
Postcode:           9051
Gemeente:           Sint-Denijs-Westrem
Land:               Belgi\u00eb

PRODUCTEN
- 50F-ZAPPI-7 | myenergi zappi 7 kW, zwart | aantal 1

INSTALLATIE
Gewenste datum:     2026-05-06
Opmerkingen:        Laadpunt in de carport, digitale meter aanwezig.

--
Deze melding werd automatisch verstuurd door 50five Forms.
""", charset="utf-8", cte="8bit")
    exp = expected("order", "50five", [order(
        "50F-BE-041902", "Elke Vandenbroucke", "elke.vandenbroucke@skynet.be", "+3292334567",
        "Kortrijksesteenweg", "1024", "9051", "Sint-Denijs-Westrem",
        [("50F-ZAPPI-7", 1, "myenergi zappi 7 kW, zwart")],
        "2026-05-06", "Laadpunt in de carport, digitale meter aanwezig.",
        account="C-0120418")],
        notes="Belgian Dutch-language form, 8bit UTF-8; landline +32 9 (one-digit area "
              "code); hyphenated municipality; 'Gemeente' instead of city.")
    return "50five-belgium-plus32", m, exp


@builder
def eneco_company_customer():
    m = envelope("Eneco Zakelijk Laden <zakelijk-laden@eneco.nl>", "eneco@orders.chargecars.nl",
                 "Opdracht ENE-2026-132310 - Hoveniersbedrijf De Groene Vingers",
                 "Fri, 17 Apr 2026 13:20:11 +0200",
                 "<0b9d2e4f6a81.c3d5e7f9@smtp-out.eneco.nl>",
                 ("smtp-out.eneco.nl", "194.151.228.30"), "4Nf6QwZ8rGh",
                 [("Auto-Submitted", "auto-generated")])
    fields = [("Opdrachtnummer", "ENE-2026-132310"), ("Contractnummer", "1030660012"),
              ("Klant (bedrijf)", "Hoveniersbedrijf De Groene Vingers B.V."),
              ("KvK-nummer", "28076543"),
              ("Vestigingsadres", "Noordwijkerhoutseweg 31"),
              ("Postcode en plaats", "2211 VE Noordwijkerhout"),
              ("Telefoon", "0252-375500"), ("E-mail", "info@degroenevingers.nl"),
              ("Inkoopordernummer klant", "IO-2026-0311"),
              ("Gewenste installatiedatum", "04-05-2026"),
              ("Opmerking", "Twee laadpunten op het bedrijfsterrein bij de loods.")]
    lines = [("ENE-EVBOX-11", "EVBox Livo 11 kW", "2"),
             ("ENE-INST-1F", "Installatie 1-fase", "2")]
    text = ("Eneco Zakelijk \u2013 nieuwe opdracht\n\n"
            + "".join(f"{k}: {v}\n" for k, v in fields) + "\nArtikelen:\n"
            + "".join(f"{q} x {s} \u2013 {d}\n" for s, d, q in lines)
            + "\nEneco Zakelijk | Marconistraat 13 | 3029 AK Rotterdam | 088-8955000\n")
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    html = html_page("<h2>Eneco Zakelijk &ndash; nieuwe opdracht</h2>\n" + kv_table(fields)
                     + "\n<h3>Artikelen</h3>\n"
                     + grid_table(["Artikel", "Omschrijving", "Aantal"], [list(r) for r in lines])
                     + "\n<p>Eneco Zakelijk | Marconistraat 13 | 3029 AK Rotterdam | "
                       "088-8955000</p>")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    fix_boundaries(m, "ene132310zak")
    exp = expected("order", "eneco", [order(
        "ENE-2026-132310", "Hoveniersbedrijf De Groene Vingers B.V.", "info@degroenevingers.nl",
        "+31252375500", "Noordwijkerhoutseweg", "31", "2211 VE", "Noordwijkerhout",
        [("ENE-EVBOX-11", 2, "EVBox Livo 11 kW"), ("ENE-INST-1F", 2, "Installatie 1-fase")],
        "2026-05-04", "Twee laadpunten op het bedrijfsterrein bij de loods.",
        po="IO-2026-0311", account="1030660012")],
        notes="A company is the end customer (name = company name, no contact person); "
              "customer's own purchase order number; quantity 2; Eneco address in footer.")
    return "eneco-company-customer", m, exp


@builder
def alva_html_horizontal_table():
    m = envelope("Alva Orderteam <orders@alva-charging.nl>", "alva@orders.chargecars.nl",
                 "Nieuwe order AO-2026-00764", "Mon, 20 Apr 2026 08:03:27 +0200",
                 "<20260420080327.9b1e@mta-07.alva-charging.nl>", RELAY["alva-app"],
                 "4Kd2HsJ9mWp", [("Auto-Submitted", "auto-generated")])
    customer = grid_table(["Ordernr.", "Klant", "Adres", "PC", "Plaats", "Telefoon", "E-mail"],
                          [["AO-2026-00764", "Ruud Smeets", "Akerstraat 90", "6417 BN",
                            "Heerlen", "045-5712345", "ruud.smeets@home.nl"]])
    items = grid_table(["Artikel", "Omschrijving", "Aantal"],
                       [["ALVA-PULSAR-11", "Wallbox Pulsar Plus 11 kW", "1"],
                        ["ALVA-INST-3F", "Installatie 3-fase", "1"]])
    body = ("<p>Hallo ChargeCars,</p>\n<p>Er staat een nieuwe order voor jullie klaar:</p>\n"
            + customer + "\n<p></p>\n" + items
            + "\n<p><b>Installatiewens:</b> ma 11 mei 2026</p>\n"
              "<p><b>Opmerking:</b> Oude laadpaal (Alfen) eerst demonteren.</p>\n"
              "<p>Groet,<br>Alva Charging &ndash; Orderteam<br>"
              "Stationsplein 45, 3013 AK Rotterdam</p>")
    m.set_content(html_page(body), subtype="html", charset="utf-8", cte="quoted-printable")
    exp = expected("order", "alva", [order(
        "AO-2026-00764", "Ruud Smeets", "ruud.smeets@home.nl", "+31455712345",
        "Akerstraat", "90", "6417 BN", "Heerlen",
        [("ALVA-PULSAR-11", 1, "Wallbox Pulsar Plus 11 kW"),
         ("ALVA-INST-3F", 1, "Installatie 3-fase")],
        "2026-05-11", "Oude laadpaal (Alfen) eerst demonteren.")],
        notes="HTML-only with a horizontal table (labels in the header row, values below); "
              "date with abbreviated Dutch weekday; Alva's own address in the signature.")
    return "alva-html-horizontal-table", m, exp


@builder
def essent_date_written_out():
    m = envelope("Marieke de Graaf <marieke.degraaf@essent.nl>", "essent@orders.chargecars.nl",
                 "Opdracht ESS-59001876 (handmatig)", "Wed, 13 May 2026 15:48:06 +0200",
                 "<AM8PR07MB6620A7B8C9D0E1F2A3B4C5D6E7F8091A2B3C@AM8PR07MB6620.eurprd07"
                 ".prod.outlook.com>", outlook(8), "4Ss4UdW6yBn",
                 [("X-Mailer", "Microsoft Outlook 16.0")])
    m.set_content("""Beste ChargeCars,

Omdat ons partnerplatform vandaag niet beschikbaar is, stuur ik deze opdracht handmatig.

Opdrachtnummer: ESS-59001876
Klantnummer: 2005340012
Klantnaam: Willem Bosman
Adres: Veenweg 12
PC/Woonplaats: 9331 BD Norg
Mobiel: 06-55667788
E-mail: w.bosman@kpnmail.nl
Producten: 1x ESS-WALLBOX-22 (Alfen Eve Double Pro-line 22 kW), 1x ESS-INSTALL-STD (standaard installatie 3-fase)
Installatiewens: dinsdag 9 juni 2026
Opmerking: Boerderij, laadpaal bij de schuur (ca. 25 m van de meterkast).

Met vriendelijke groet,

Marieke de Graaf
Essent Laadoplossingen
Willemsplein 4 | 5211 AK 's-Hertogenbosch
T 073 - 800 5000 | M 06 - 23 45 67 89
""", charset="iso-8859-1", cte="quoted-printable")
    exp = expected("order", "essent", [order(
        "ESS-59001876", "Willem Bosman", "w.bosman@kpnmail.nl", "+31655667788",
        "Veenweg", "12", "9331 BD", "Norg",
        [("ESS-WALLBOX-22", 1, "Alfen Eve Double Pro-line 22 kW"),
         ("ESS-INSTALL-STD", 1, "standaard installatie 3-fase")],
        "2026-06-09", "Boerderij, laadpaal bij de schuur (ca. 25 m van de meterkast).",
        account="2005340012")],
        notes="Staff mail in latin-1 with portal-like labels (Klantnaam, PC/Woonplaats, "
              "Mobiel, Installatiewens); both products on one line; date written out with "
              "weekday; the sender's own mobile and office address in the signature.")
    return "essent-date-written-out", m, exp


@builder
def fivefive_asap_no_date():
    m = envelope("50five Forms <no-reply@50five.nl>", "50five@orders.chargecars.nl",
                 "[50five] Installation order 50F-NL-052402",
                 "Thu, 23 Apr 2026 19:21:45 +0200",
                 "<e7f9b1d3a5c2.8a0c2e4f@geopod-ismtpd-1.50five.nl>",
                 ("o4.email.50five.nl", "149.72.161.12"), "4Fa9SbC3dUv",
                 [("Reply-To", "installations@50five.com"),
                  ("Auto-Submitted", "auto-generated")])
    fields = [("Order no.", "50F-NL-052402"), ("Account", "C-0121177"),
              ("Customer name", "Daan Visser"), ("Phone", "0031 30 2345678"),
              ("E-mail", "daan@vissermedia.nl"), ("Street and number", "Oudegracht 210"),
              ("Postcode", "3511NR"), ("City", "Utrecht"),
              ("Requested installation date", "as soon as possible"),
              ("Notes", "Car is delivered next week, customer would like the charger before then.")]
    text = ("New installation order (NL)\n\n" + "".join(f"{k}: {v}\n" for k, v in fields[:8])
            + "\nItems\n  1 x 50F-ZAPPI-7   myenergi zappi 7 kW, untethered, black\n\n"
            + "".join(f"{k}: {v}\n" for k, v in fields[8:])
            + "\n--\nSent automatically by 50five Forms. Please do not reply.\n")
    m.set_content(text, charset="us-ascii", cte="7bit")
    html = html_page(kv_table(fields[:8]) + "\n"
                     + grid_table(["Qty", "SKU", "Product"],
                                  [["1", "50F-ZAPPI-7", "myenergi zappi 7 kW, untethered, black"]])
                     + "\n" + kv_table(fields[8:]), lang="en")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    fix_boundaries(m, "50f0524020423")
    exp = expected("order", "50five", [order(
        "50F-NL-052402", "Daan Visser", "daan@vissermedia.nl", "+31302345678",
        "Oudegracht", "210", "3511 NR", "Utrecht",
        [("50F-ZAPPI-7", 1, "myenergi zappi 7 kW, untethered, black")],
        None, "Car is delivered next week, customer would like the charger before then.",
        account="C-0121177")],
        notes="'as soon as possible' is not a date -> null; Dutch landline written 0031 30; "
              "sender domain 50five.nl.")
    return "50five-asap-no-date", m, exp


@builder
def groendus_latin1_prose_staff():
    m = envelope("Sabine Timmer <sabine.timmer@groendus.nl>", "groendus@orders.chargecars.nl",
                 "Order GRD-2026-07611 (telefonisch aangenomen)",
                 "Wed, 08 Apr 2026 13:05:48 +0200",
                 "<AM7PR05MB4409E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6@AM7PR05MB4409.eurprd05"
                 ".prod.outlook.com>", outlook(7), "4Vc7TgF2hJk",
                 [("X-Mailer", "Microsoft Outlook 16.0")])
    m.set_content("""Goedemiddag,

Hierbij een order die telefonisch bij ons binnenkwam, het portaal heeft vandaag een
storing. Ordernummer GRD-2026-07611, klantnummer 7700236044.

De klant is No\u00ebl Schr\u00f6der, Vughterweg 47, 5211 CK 's-Hertogenbosch.
Bereikbaar op 073-6131313 of noel.schroder@ziggo.nl.

Het gaat om een Alfen Eve Single S-line 11 kW (GRO-ALFEN-11) met de standaard
3-fase installatie (GRO-INSTALL-3). De klant wil graag op vrijdag 24 april 2026.
De laadpaal komt aan de gevel naast de voordeur.

Met vriendelijke groet,

Sabine Timmer
Partnerdesk Groendus
088-7654321
""", charset="iso-8859-1", cte="quoted-printable")
    exp = expected("order", "groendus", [order(
        "GRD-2026-07611", "No\u00ebl Schr\u00f6der", "noel.schroder@ziggo.nl", "+31736131313",
        "Vughterweg", "47", "5211 CK", "'s-Hertogenbosch",
        [("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
         ("GRO-INSTALL-3", 1, "Standaard 3-fase installatie")],
        "2026-04-24", "Laadpaal aan de gevel naast de voordeur.", account="7700236044")],
        notes="Prose in latin-1 QP (\u00eb, \u00f6); customer and address on one line; city "
              "with leading apostrophe; SKUs in parentheses; partnerdesk phone in signature.")
    return "groendus-latin1-prose-staff", m, exp


@builder
def alva_belgian_address():
    m = envelope("Lien Goossens <lien.goossens@alva-charging.nl>", "alva@orders.chargecars.nl",
                 "Order AO-2026-00771 - klant in Genk", "Tue, 21 Apr 2026 10:30:09 +0200",
                 "<CAF3m8Rp1sT9u2VwXyZ0aB4cD6eF8gH1iJ3kL5mN7oP9qR2s@mail.gmail.com>",
                 RELAY["google"], "4Qe1ZrX5nMb")
    m.set_content("""Dag collega's,

Een order voor een klant net over de grens. Kunnen jullie dit oppakken?

Ordernummer: AO-2026-00771
Naam: Jef Claes
Adres: Stationsstraat 15
Postcode + gemeente: 3600 Genk (Belgi\u00eb)
GSM: +32 477 98 76 54
E-mail: jef.claes@telenet.be

Artikelen:
ALVA-PULSAR-22 - Pulsar Plus 22 kW - 1 st.
ALVA-INST-3F - Installatie 3-fase - 1 st.
ALVA-KABEL-10M - Kabel 10 m - 1 st.

Gewenste datum: 2026-05-20
Opmerking: AREI-keuring na installatie nodig.

Groetjes,
Lien Goossens
Alva Charging | Customer Success
+31 10 300 41 41
""", charset="utf-8", cte="base64")
    exp = expected("order", "alva", [order(
        "AO-2026-00771", "Jef Claes", "jef.claes@telenet.be", "+32477987654",
        "Stationsstraat", "15", "3600", "Genk",
        [("ALVA-PULSAR-22", 1, "Pulsar Plus 22 kW"), ("ALVA-INST-3F", 1, "Installatie 3-fase"),
         ("ALVA-KABEL-10M", 1, "Kabel 10 m")],
        "2026-05-20", "AREI-keuring na installatie nodig.")],
        notes="Belgian customer (4-digit postcode with country in brackets, GSM +32 4..); "
              "base64 UTF-8 body from Gmail; sender's +31 10 number in the signature.")
    return "alva-belgian-address", m, exp


@builder
def eneco_reply_email_fix():
    m = envelope("Sanne Dijkstra <sanne.dijkstra@eneco.nl>", "eneco@orders.chargecars.nl",
                 "RE: Vraag over opdracht ENE-2026-131990", "Thu, 16 Apr 2026 11:48:19 +0200",
                 "<AM9PR03MB8812F0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5@AM9PR03MB8812.eurprd03"
                 ".prod.outlook.com>", outlook(9), "4Uf3JkL8qZw",
                 [("X-Mailer", "Microsoft Outlook 16.0"),
                  ("In-Reply-To", "<cc-7f3a9d21e4b6@orders.chargecars.nl>"),
                  ("References", "<cc-7f3a9d21e4b6@orders.chargecars.nl>"),
                  ("Thread-Topic", "Vraag over opdracht ENE-2026-131990")])
    m.set_content("""Hoi,

Excuses, een typfout van onze kant. Het juiste e-mailadres van mevrouw Kramer is
a.kramer@ziggo.nl. De rest van de gegevens klopt.

Groet,
Sanne Dijkstra
Orderverwerking Laadoplossingen | Eneco
T 010 - 457 58 00

Van: ChargeCars Orderintake <eneco@orders.chargecars.nl>
Verzonden: donderdag 16 april 2026 11:02
Aan: Dijkstra, Sanne <sanne.dijkstra@eneco.nl>
Onderwerp: Vraag over opdracht ENE-2026-131990

Beste Sanne,

Bij opdracht ENE-2026-131990 krijgen we een foutmelding op het e-mailadres van de
klant (a.kramerr@ziggo.nl). Kunnen jullie dit controleren?

Met vriendelijke groet,
Validatieteam ChargeCars

Van: Dijkstra, Sanne <sanne.dijkstra@eneco.nl>
Verzonden: woensdag 15 april 2026 15:47
Aan: eneco@orders.chargecars.nl
Onderwerp: Opdracht ENE-2026-131990

Goedemiddag,

Nieuwe opdracht:

Opdrachtnummer: ENE-2026-131990
Contractnummer: 1030649981
Naam: Anouk Kramer
Adres: Zuiderparklaan 77
Postcode/plaats: 9724 AB Groningen
Telefoon: 06-71829304
E-mail: a.kramerr@ziggo.nl
Producten: ENE-EVBOX-11 EVBox Livo 11 kW (1x), ENE-INST-1F Installatie 1-fase (1x)
Gewenste datum: 11-05-2026
Opmerking: Laadpaal op de oprit, meterkast in de hal.
""", charset="utf-8", cte="quoted-printable")
    exp = expected("order", "eneco", [order(
        "ENE-2026-131990", "Anouk Kramer", "a.kramer@ziggo.nl", "+31671829304",
        "Zuiderparklaan", "77", "9724 AB", "Groningen",
        [("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), ("ENE-INST-1F", 1, "Installatie 1-fase")],
        "2026-05-11", "Laadpaal op de oprit, meterkast in de hal.", account="1030649981")],
        notes="Reply chain (Outlook, Dutch header blocks) three deep: the order is in the "
              "oldest part, our question in the middle, and the newest part corrects the "
              "e-mail a.kramerr@ -> a.kramer@.")
    return "eneco-reply-email-fix", m, exp


@builder
def fivefive_dealer_and_customer():
    m = envelope("Jasper Verbruggen <jasper.verbruggen@50five.com>",
                 "50five@orders.chargecars.nl",
                 "Installation order 50F-NL-052477 via dealer (Autohaus Steenbergen)",
                 "Mon, 04 May 2026 09:14:02 +0200",
                 "<CAH9pQ2r5Ts8Uv1WxY4zA7bC0dE3fG6hI9jK2lM5nO8pQ1r@mail.gmail.com>",
                 RELAY["google"], "4Ta6WmE1kPx")
    text = """Hi team,

Below a new installation order that came in through one of our dealer partners (they
could not use the form this time).

Dealer: Autohaus Steenbergen B.V. (dealer group ID DG-2217)
Dealer contact: Frank Steenbergen, +31 6 40 50 60 70, frank@autohaus-steenbergen.nl
Dealer address: Industrieweg 5, 4651 SV Steenbergen
Dealer PO number: PO-7781

End customer
Name: Maaike Oosterhuis
Phone: 06 98 12 34 56
Email: maaike.oosterhuis@gmail.com
Address: Kade 14, 4703 GA Roosendaal

Order ref: 50F-NL-052477
Product: 50F-ZAPPI-7 (zappi 7 kW, tethered), qty 1
Preferred date: Thursday 28 May 2026
Notes: Customer is only home after 16:00.

Kind regards,

Jasper Verbruggen
Partner Operations | 50five
+31 85 888 1234
"""
    m.set_content(text, charset="utf-8", cte="7bit")
    html = html_page("".join(f"<div>{line or '<br>'}</div>\n" for line in text.splitlines()),
                     lang="en")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    fix_boundaries(m, "0000000000005f0e1d2c3b4a0477")
    exp = expected("order", "50five", [order(
        "50F-NL-052477", "Maaike Oosterhuis", "maaike.oosterhuis@gmail.com", "+31698123456",
        "Kade", "14", "4703 GA", "Roosendaal",
        [("50F-ZAPPI-7", 1, "zappi 7 kW, tethered")],
        "2026-05-28", "Customer is only home after 16:00.", dealer="DG-2217", po="PO-7781")],
        notes="The dealer's contact, phone, e-mail and address come first and look like a "
              "customer block; the end customer is the second block. Dealer group id and "
              "the dealer's PO number go to partner_references.")
    return "50five-dealer-and-customer", m, exp


@builder
def groendus_html_dealer_po():
    m = envelope("Groendus Zakelijk <zakelijk@groendus.nl>", "groendus@orders.chargecars.nl",
                 "Ref. GRD-2026-07688 | Installatieopdracht dealerkanaal",
                 "Tue, 05 May 2026 12:31:40 +0200",
                 "<1f3b5d7e9a0c.6b8d0f2a@portal.groendus.nl>", RELAY["groendus-portal"],
                 "4Xh8LpQ2sFd", [("Auto-Submitted", "auto-generated"),
                                 ("X-Mailer", "Groendus Partnerportaal 5.0")])
    fields = [("Ref.", "GRD-2026-07688"), ("Klantnr.", "7700240155"),
              ("Dealergroep", "DG-0877"), ("Inkoopordernummer", "4500123987"),
              ("Klantnaam", "Bram Hendriks"), ("Adres", "Graafseweg 220"),
              ("PC/Woonplaats", "6532 ZT Nijmegen"), ("Mobiel", "06-20304050"),
              ("E-mail", "bram.hendriks@gmail.com"), ("Installatiewens", "1 juni 2026"),
              ("Opmerkingen", "Klant heeft een thuisbatterij, graag rekening mee houden.")]
    lines = [("GRO-ALFEN-11", "Alfen Eve Single S-line 11 kW", "1"),
             ("GRO-INSTALL-3", "Installatie standaard 3-fase", "1")]
    text = ("Installatieopdracht via dealerkanaal\n\n"
            + "".join(f"{k}: {v}\n" for k, v in fields[:9])
            + "\nArtikelen:\n" + "".join(f"{s} | {d} | aantal: {q}\n" for s, d, q in lines)
            + "\n" + "".join(f"{k}: {v}\n" for k, v in fields[9:]) + "\n" + GROENDUS_FOOTER)
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    html = html_page("<h2>Installatieopdracht via dealerkanaal</h2>\n" + kv_table(fields[:9])
                     + "\n<h3>Artikelen</h3>\n"
                     + grid_table(["Artikel", "Omschrijving", "Aantal"], [list(r) for r in lines])
                     + "\n" + kv_table(fields[9:])
                     + "\n<p>Partnerdesk Groendus: 088-7654321 | partnerdesk@groendus.nl<br>"
                       "Groendus B.V. | Laan van Puntenburg 2 | 3511 ER Utrecht</p>")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    fix_boundaries(m, "grd07688dk")
    exp = expected("order", "groendus", [order(
        "GRD-2026-07688", "Bram Hendriks", "bram.hendriks@gmail.com", "+31620304050",
        "Graafseweg", "220", "6532 ZT", "Nijmegen",
        [("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW"),
         ("GRO-INSTALL-3", 1, "Installatie standaard 3-fase")],
        "2026-06-01", "Klant heeft een thuisbatterij, graag rekening mee houden.",
        dealer="DG-0877", po="4500123987", account="7700240155")],
        notes="Dealer-channel template: 'Ref.' is the order id, 'Dealergroep' and "
              "'Inkoopordernummer' (a bare 10-digit number, like the customer number) go to "
              "partner_references; date '1 juni 2026' written out.")
    return "groendus-html-dealer-po", m, exp


@builder
def eneco_xlsx_split_address():
    m = envelope("Ruben Koster <ruben.koster@eneco.nl>", "eneco@orders.chargecars.nl",
                 "Opdracht ENE-2026-133001 (Excel)", "Wed, 06 May 2026 08:19:55 +0200",
                 "<AM4PR07MB3509C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7@AM4PR07MB3509.eurprd07"
                 ".prod.outlook.com>", outlook(4), "4Rk5NbV7cYh",
                 [("X-Mailer", "Microsoft Outlook 16.0")])
    m.set_content("Goedemorgen,\n\nDe API staat weer even uit, daarom de opdracht van vandaag "
                  "als Excel-bijlage.\n\nMet vriendelijke groet,\n\nRuben Koster\n"
                  "Orderverwerking Laadoplossingen\nEneco\n", charset="utf-8",
                  cte="quoted-printable")
    m.add_alternative(html_page("<p>Goedemorgen,</p><p>De API staat weer even uit, daarom de "
                                "opdracht van vandaag als Excel-bijlage.</p><p>Met vriendelijke"
                                " groet,</p><p>Ruben Koster<br>Orderverwerking Laadoplossingen"
                                "<br>Eneco</p>"),
                      subtype="html", charset="utf-8", cte="quoted-printable")
    header = ["Ref.", "Contract", "Naam", "Straat", "Nr", "Toev.", "PC", "Plaats", "Tel",
              "Email", "SKU", "Omschrijving", "Aantal", "Datum", "Opm."]
    base = ["ENE-2026-133001", 1030671145, "Femke Huisman", "Stationsweg", 8, "A", "9401 KN",
            "Assen", "0592-345678", "femke.huisman@gmail.com"]
    tail = [dt.datetime(2026, 5, 26), None]
    rows = [base + ["ENE-EVBOX-11", "EVBox Livo 11 kW", 1] + tail,
            base + ["ENE-INST-1F", "Installatie 1-fase", 1] + tail]
    m.add_attachment(xlsx_bytes("Opdracht", header, rows),
                     maintype="application",
                     subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     filename="Eneco_opdracht_ENE-2026-133001.xlsx")
    fix_boundaries(m, "ene133001xl")
    exp = expected("order", "eneco", [order(
        "ENE-2026-133001", "Femke Huisman", "femke.huisman@gmail.com", "+31592345678",
        "Stationsweg", "8A", "9401 KN", "Assen",
        [("ENE-EVBOX-11", 1, "EVBox Livo 11 kW"), ("ENE-INST-1F", 1, "Installatie 1-fase")],
        "2026-05-26", None, account="1030671145")],
        notes="XLSX with terse headers (Ref., Nr, Toev., PC, Tel, Opm.), house number as a "
              "number cell, contract number numeric, date as datetime, empty remark.")
    return "eneco-xlsx-split-address", m, exp
