"""Holdout messages 022-030 that are not new orders: cancellations, status questions,
auto-replies, finance, marketing, receipts and logistics notices."""

from __future__ import annotations

from email.message import MIMEPart

from hold_mime import RELAY, envelope, expected, fix_boundaries, grid_table, html_page, outlook

OTHER: list = []


def builder(fn):
    OTHER.append(fn)
    return fn


@builder
def alva_cancellation_new_words():
    m = envelope("Niels Hermans <niels.hermans@alva-charging.nl>", "alva@orders.chargecars.nl",
                 "AO-2026-00758 gaat niet door", "Thu, 16 Apr 2026 17:02:38 +0200",
                 "<CAK7v2Lq9hW3e1xR0uPzN8bT4sYfG6mJ_Xe7pF3bW2dY9oI8lB@mail.gmail.com>",
                 RELAY["google"], "4Mh4RtY6uIo")
    m.set_content("""Hoi allemaal,

Helaas: mevrouw Groothuis (Brinkgreverweg 112, Deventer) heeft zich bedacht en ziet
af van de laadpaal. Willen jullie order AO-2026-00758 intrekken en de afspraak, als die
al gepland stond, laten vervallen? Als er voorrijkosten zijn horen we dat graag.

Groet,
Niels Hermans
Partnermanager | Alva Charging
+31 6 12 00 34 56
""", charset="utf-8", cte="quoted-printable")
    return "alva-cancellation-new-words", m, expected(
        "cancellation", "alva", refers_to="AO-2026-00758",
        notes="Cancellation without the word 'annuleren': 'gaat niet door', 'ziet af van', "
              "'intrekken', 'laten vervallen'; repeats the customer's address.")


@builder
def fivefive_cancellation_quoted_en():
    m = envelope("Emma de Wit <emma.dewit@50five.com>", "50five@orders.chargecars.nl",
                 "Re: [50five] Installation order 50F-NL-052318",
                 "Fri, 27 Mar 2026 12:10:41 +0100",
                 "<CAJ2xW9y4Zb7Cd0Ef3Gh6Ij9Kl2Mn5Op8Qr1St4Uv7Wx0Yz3A@mail.gmail.com>",
                 RELAY["google"], "4Ab8CdE2fGh",
                 [("In-Reply-To", "<a81c44e0f2b9.6e0d1c3a@geopod-ismtpd-5.50five.com>")])
    quoted = """New installation order (NL)

Order no.:                    50F-NL-052318
Account:                      C-0114475
Customer name:                Laura Jansen-Smit
Mobile:                       06 2345 6789
E-mail:                       laura.jansensmit@gmail.com
Address:                      Rijnkade 88-2
ZIP / City:                   6811 HD Arnhem

Items
  1 x 50F-ZAPPI-7   myenergi zappi v2.1 7 kW, tethered, white

Requested installation date:  14 April 2026
Notes:                        Customer prefers a morning appointment."""
    m.set_content("""Hi,

The customer has decided not to go ahead with the charger after all (she is moving
house this summer). Please take this job off your planning, there is no need to
contact her anymore.

Thanks,
Emma de Wit
Installations | 50five

On Wed, 18 Mar 2026 at 14:02, 50five Forms <no-reply@50five.com> wrote:
""" + "".join(f"> {line}".rstrip() + "\n" for line in quoted.splitlines()),
        charset="utf-8", cte="7bit")
    return "50five-cancellation-quoted-en", m, expected(
        "cancellation", "50five", refers_to="50F-NL-052318",
        notes="English cancellation in new words ('not to go ahead', 'take this job off your "
              "planning') above the complete quoted order form.")


@builder
def essent_status_question_new_words():
    m = envelope("Marieke de Graaf <marieke.degraaf@essent.nl>", "essent@orders.chargecars.nl",
                 "Monteur al ingepland? (ESS-58911307)", "Tue, 26 May 2026 14:37:12 +0200",
                 "<AM8PR07MB66209C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F@AM8PR07MB6620.eurprd07"
                 ".prod.outlook.com>", outlook(8), "4Bc9DeF3gHi",
                 [("X-Mailer", "Microsoft Outlook 16.0")])
    m.set_content("""Hallo,

Mevrouw El Amrani belde ons net: zij heeft nog niemand van jullie gesproken over de
installatie van haar laadpaal (opdracht ESS-58911307, Dorpsstraat 4 C in Boxtel,
installatiewens 22 juni).

Weten jullie al wanneer de monteur langskomt? Dan kan ik haar terugbellen.

Met vriendelijke groet,

Marieke de Graaf
Essent Laadoplossingen
T 073 - 800 5000 | M 06 - 23 45 67 89
""", charset="iso-8859-1", cte="quoted-printable")
    return "essent-status-question-new-words", m, expected(
        "status_question", "essent", refers_to="ESS-58911307",
        notes="Status question without 'status': 'wanneer de monteur langskomt'; repeats "
              "address and wished date.")


@builder
def groendus_forward_status_quoted_order():
    m = envelope("Sabine Timmer <sabine.timmer@groendus.nl>", "groendus@orders.chargecars.nl",
                 "Doorst: Bestelling GRD-2026-07415 - nieuwe installatie",
                 "Thu, 26 Mar 2026 10:22:31 +0100",
                 "<AM7PR05MB44095A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D@AM7PR05MB4409.eurprd05"
                 ".prod.outlook.com>", outlook(7), "4Cd0EfG4hIj",
                 [("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Thread-Topic", "Bestelling GRD-2026-07415 - nieuwe installatie")])
    m.set_content("""Hoi ChargeCars,

Deze bestelling is op 2 maart naar jullie gestuurd, maar de klant zegt dat hij nog
niets van jullie heeft gehoord en zijn installatiewens (23 maart) is al voorbij.
Kunnen jullie laten weten hoe het ermee staat en wanneer de monteur komt?

Groet,
Sabine Timmer
Partnerdesk Groendus
088-7654321

-----Oorspronkelijk bericht-----
Van: Groendus Orderdesk <orderdesk@groendus.nl>
Verzonden: maandag 2 maart 2026 08:41
Aan: groendus@orders.chargecars.nl
Onderwerp: Bestelling GRD-2026-07415 - nieuwe installatie

Groendus Partnerportaal \u2013 nieuwe bestelling
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
""", charset="utf-8", cte="quoted-printable")
    return "groendus-forward-status-quoted-order", m, expected(
        "status_question", "groendus", refers_to="GRD-2026-07415",
        notes="A forward ('Doorst:') that quotes the complete original order, but the new "
              "part only asks how it stands: a status question, not a new order.")


@builder
def eneco_out_of_office_en():
    m = envelope("Yvonne Brouwer <yvonne.brouwer@eneco.nl>", "eneco@orders.chargecars.nl",
                 "Automatic reply: Installatie ENE-2026-131207 ingepland op 7 april",
                 "Tue, 31 Mar 2026 16:05:02 +0200",
                 "<AM6PR04MB7112D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9@AM6PR04MB7112.eurprd04"
                 ".prod.outlook.com>", outlook(6), "4De1FgH5iJk",
                 [("Auto-Submitted", "auto-generated"),
                  ("X-Auto-Response-Suppress", "All"),
                  ("In-Reply-To", "<cc-2b8e0f47a1d3@orders.chargecars.nl>")])
    m.set_content("""Thank you for your email. I am out of the office until Monday 20 April 2026
and have no access to my email. For new orders and urgent questions please contact
orderverwerking@eneco.nl or call 010 - 457 58 00.

Bedankt voor uw bericht. Ik ben afwezig tot en met maandag 20 april 2026. Voor nieuwe
opdrachten en spoedzaken kunt u terecht bij orderverwerking@eneco.nl of 010 - 457 58 00.

Yvonne Brouwer
Orderverwerking Laadoplossingen | Eneco
""", charset="utf-8", cte="quoted-printable")
    return "eneco-out-of-office-en", m, expected(
        "other", "eneco",
        notes="Bilingual Exchange auto-reply (Auto-Submitted: auto-generated) to our planning "
              "notice; the order id in the subject makes it neither an order nor a question.")


@builder
def essent_payment_specification():
    m = envelope("Essent Crediteurenadministratie <crediteuren@essent.nl>",
                 "essent@orders.chargecars.nl",
                 "Betaalspecificatie 2026-0419 - ChargeCars B.V.",
                 "Mon, 18 May 2026 06:31:09 +0200",
                 "<f2a4c6e8b0d1.7e9f1a3b@mailer02.essent.nl>",
                 ("mailer02.essent.nl", "193.172.81.45"), "4Ef2GhI6jKl",
                 [("Auto-Submitted", "auto-generated")])
    rows = [["CC-F-2026-0812", "ESS-58911307", "Fatima el Amrani", "\u20ac 2.044,00"],
            ["CC-F-2026-0840", "ESS-58960412", "Priya Ramdin", "\u20ac 2.044,00"],
            ["CC-F-2026-0851", "ESS-58734410", "Lotte Verhoeven", "\u20ac 1.794,00"]]
    text = ("Betaalspecificatie 2026-0419\n\nGeachte relatie,\n\nOp 22-05-2026 maken wij het "
            "onderstaande bedrag over naar rekening NL91 ABNA 0417 1643 00 t.n.v. ChargeCars B.V.\n\n"
            + "".join(f"{a}  {b}  {c}  {d}\n" for a, b, c, d in rows)
            + "\nTotaal: \u20ac 5.882,00\n\nMet vriendelijke groet,\nCrediteurenadministratie "
              "Essent\nWillemsplein 4, 5211 AK 's-Hertogenbosch\n")
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    html = html_page("<p>Geachte relatie,</p><p>Op 22-05-2026 maken wij het onderstaande bedrag "
                     "over naar rekening NL91 ABNA 0417 1643 00 t.n.v. ChargeCars B.V.</p>\n"
                     + grid_table(["Uw factuur", "Opdracht", "Klant", "Bedrag"], rows)
                     + "\n<p><b>Totaal: &euro; 5.882,00</b></p>")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    fix_boundaries(m, "esscred0419")
    return "essent-payment-specification", m, expected(
        "other", "essent",
        notes="Remittance advice listing our invoices per order id and customer name: "
              "finance, not orders, cancellations or questions.")


@builder
def groendus_newsletter():
    m = envelope("Groendus Partnernieuws <nieuwsbrief@groendus.nl>",
                 "groendus@orders.chargecars.nl", "Partnernieuws mei 2026: 5 jaar garantie op "
                 "de Alfen Eve", "Wed, 06 May 2026 07:30:00 +0200",
                 "<nb-2026-05.groendus-partner.8c1d@news.groendus.nl>",
                 ("news.groendus.nl", "185.102.4.40"), "4Fg3HiJ7kLm",
                 [("List-Unsubscribe", "<https://news.groendus.nl/afmelden?p=cc-8c1d>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("Precedence", "bulk")])
    text = """Partnernieuws Groendus \u2013 mei 2026

1. Vijf jaar garantie op de Alfen Eve
Vanaf 1 juni geldt op de Alfen Eve Single S-line 11 kW (GRO-ALFEN-11) vijf jaar
fabrieksgarantie. Bestellen gaat zoals altijd via het partnerportaal.

2. Nieuwe ordernummers
Vanaf 1 juni krijgen nieuwe orders een zescijferig volgnummer (GRD-2026-100001).
Bestaande nummers zoals GRD-2026-07415 blijven gewoon geldig.

3. Partnerdag 18 juni in Utrecht
Meld je aan via het portaal. Adres: Laan van Puntenburg 2, 3511 ER Utrecht.

Afmelden voor deze nieuwsbrief: https://news.groendus.nl/afmelden?p=cc-8c1d
"""
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    html = html_page("".join(f"<p>{line}</p>\n" for line in text.splitlines() if line))
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    fix_boundaries(m, "grdnb202605")
    return "groendus-newsletter", m, expected(
        "other", "groendus",
        notes="Bulk partner newsletter (Precedence: bulk, List-Unsubscribe) that mentions a "
              "SKU, an order id and an address.")


@builder
def fivefive_read_receipt():
    m = envelope("Emma de Wit <emma.dewit@50five.com>", "50five@orders.chargecars.nl",
                 "Read: Bevestiging opdracht 50F-NL-052402", "Fri, 24 Apr 2026 09:15:44 +0200",
                 "<CAJ2xW9y4Zb7-mdn-5f1a2b3c4d5e6f7a8b9c0d@mail.gmail.com>",
                 RELAY["google"], "4Gh4IjK8lMn")
    m.set_content("""Your message

  To: installations@50five.com
  Subject: Bevestiging opdracht 50F-NL-052402
  Sent: Friday, April 24, 2026 9:02:11 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome

was read on Friday, April 24, 2026 9:15:40 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome.
""", charset="utf-8", cte="7bit")
    mdn = MIMEPart()
    mdn["Content-Type"] = "message/disposition-notification"
    mdn.set_payload("Reporting-UA: mail.google.com; Gmail\r\n"
                    "Final-Recipient: rfc822; emma.dewit@50five.com\r\n"
                    "Original-Message-ID: <cc-5d2e8a0f7c31@orders.chargecars.nl>\r\n"
                    "Disposition: manual-action/MDN-sent-manually; displayed\r\n")
    m.make_mixed()
    m.attach(mdn)
    m.set_type("multipart/report")
    m.set_param("report-type", "disposition-notification")
    fix_boundaries(m, "mdn052402")
    return "50five-read-receipt", m, expected(
        "other", "50five",
        notes="Read receipt (multipart/report, disposition-notification) for our "
              "confirmation of an order: not a new order and not a question.")


@builder
def alva_shipping_notice():
    m = envelope("Alva Logistiek <logistiek@alva-charging.nl>", "alva@orders.chargecars.nl",
                 "Verzonden: materiaal voor order AO-2026-00764",
                 "Mon, 04 May 2026 15:12:20 +0200",
                 "<20260504151220.3e7a@mta-07.alva-charging.nl>", RELAY["alva-app"],
                 "4Hi5JkL9mNo", [("Auto-Submitted", "auto-generated")])
    m.set_content("""Verzendbevestiging

De volgende artikelen voor order AO-2026-00764 zijn vandaag verzonden naar het
installatieadres.

Afleveradres: Ruud Smeets, Akerstraat 90, 6417 BN Heerlen
Telefoon ontvanger: 045-5712345

1x ALVA-PULSAR-11  Wallbox Pulsar Plus 11 kW

Vervoerder: PostNL \u2013 track & trace 3SALVA0012345678
Verwachte levering: 05-05-2026

Deze e-mail is automatisch verzonden door Alva Logistiek.
""", charset="utf-8", cte="quoted-printable")
    return "alva-shipping-notice", m, expected(
        "other", "alva",
        notes="Logistics notice for an existing order with full delivery address, phone, SKU "
              "and a date: informational, not a new order, cancellation or question.")
