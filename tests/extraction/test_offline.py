"""The offline backend on hand-built messages: what it reads, and what it must not read."""

from __future__ import annotations

from datetime import date

from extraction import extract_message, find_label_for_value
from extraction.parsed import TextSource
from tests.extraction.builders import (
    GROENDUS_ORDER,
    attachment_info,
    body,
    message,
    partner,
    partners,
)


def extract(parsed, profiles=None):
    return extract_message(parsed, profiles or partners(), backend="offline")


def test_labelled_order_is_read_in_normal_form_and_goes_straight_through():
    result = extract(message(GROENDUS_ORDER))
    assert (result.kind, result.partner, result.route) == ("order", "groendus", "auto")
    order = result.orders[0]
    assert order.partner_order_id == "GRD-2026-01234"
    assert order.customer.email == "sanne.devries@gmail.com"
    assert order.customer.phone == "+31612345678"
    assert order.customer.address.house_number == "14A"
    assert order.customer.address.postal_code == "3572 AB"
    assert order.installation_preferences.preferred_date == date(2026, 3, 21)
    assert [(p.partner_sku, p.quantity) for p in order.products] == [
        ("GRO-ALFEN-11", 1), ("GRO-INSTALL-3", 1)]
    assert order.partner_references.customer_account == "7700111222"
    assert order.evidence["customer.phone"].snippet == "Telefoon: 06-12345678"
    assert order.confidence >= 0.9


def test_signature_phone_never_becomes_the_customers():
    text = GROENDUS_ORDER.replace("Telefoon: 06-12345678\n", "")
    result = extract(message(text))
    order = result.orders[0]
    assert order.customer.phone is None  # 088-7654321 is the partner desk's, in the footer
    assert result.route == "review"
    assert "customer.phone: not found in the message" in order.reasons


def test_newer_correction_wins_over_the_quoted_order_and_waits_for_a_person():
    text = (
        "Hoi,\n\nLet op: het telefoonnummer klopt niet. Het juiste nummer is 06-98765432.\n\n"
        "Groet,\nKarin\n\n-----Oorspronkelijk bericht-----\nVan: Groendus <orderdesk@groendus.nl>\n"
        "Verzonden: maandag 9 februari 2026 16:40\nOnderwerp: Nieuwe order\n\n" + GROENDUS_ORDER
    )
    result = extract(message(text))
    order = result.orders[0]
    assert order.customer.phone == "+31698765432"
    assert order.customer.email == "sanne.devries@gmail.com"  # the rest from the quote
    assert result.route == "review"
    assert "customer.phone: corrected by newer text in the message" in order.reasons


def test_two_orders_in_one_message_do_not_share_fields():
    second = (
        "Ordernummer: GRD-2026-01235\nNaam: Esther Kok\nTelefoon: +31 6 5544 3322\n"
        "Straat: Zeeweg\nHuisnummer: 120\nPostcode: 1971HH\nPlaats: IJmuiden\n"
        "Artikel 1: GRO-ALFEN-11 | Alfen Eve | aantal: 1\n"
    )
    text = "--- Order 1 van 2 ---\n" + GROENDUS_ORDER.split("\n--\n")[0] + \
        "\n--- Order 2 van 2 ---\n" + second
    result = extract(message(text))
    first, other = result.orders
    assert first.customer.name == "Sanne de Vries"
    assert other.customer.name == "Esther Kok"
    assert other.customer.email is None  # not the first order's address
    assert other.installation_preferences.preferred_date is None
    assert [p.partner_sku for p in other.products] == ["GRO-ALFEN-11"]
    assert result.route == "review"  # the second order has no email


def test_html_table_text_and_order_line_table():
    html = (
        "Opdrachtnummer | ESS-58213940\nKlantnummer Essent | 2004581937\n"
        "Naam klant | Mohamed Yilmaz\nAdres | Hoogstraat 12-3\n"
        "Postcode en plaats | 3011 PR Rotterdam\nTelefoon | 010-4123456\n"
        "E-mail | m.yilmaz@outlook.com\nGewenste installatiedatum | 2026-09-29\n\n"
        "Artikelcode | Omschrijving | Aantal | Prijs incl. btw\n"
        "ESS-WALLBOX-22 | Alfen Eve Double Pro-line 22 kW | 2 | € 1.349,00\n"
        "ESS-INSTALL-STD | Standaard installatie 3-fase | 1 | € 695,00\n\n"
        "Met vriendelijke groet,\nEssent Retail Energie B.V. · Willemsplein 4 · 5211 AK "
        "'s-Hertogenbosch"
    )
    result = extract(message(sources=[body(html, kind="body_html", name="html")],
                             partner_id="essent"))
    order = result.orders[0]
    assert order.customer.address.street == "Hoogstraat"
    assert order.customer.address.house_number == "12-3"
    assert order.customer.address.postal_code == "3011 PR"  # not Essent's own 5211 AK
    assert [(p.partner_sku, p.quantity) for p in order.products] == [
        ("ESS-WALLBOX-22", 2), ("ESS-INSTALL-STD", 1)]
    assert result.route == "auto"


def test_spreadsheet_rows_one_order_per_order_id():
    header = ["Referentie", "Naam", "Straat", "Huisnr", "Toev", "Postcode", "Plaats",
              "Telefoon", "E-mail", "Artikelcode", "Aantal", "Gewenste datum"]
    row = ["ENE-2026-1", "Hanna de Jong", "Oude Delft", "140", "b", "2611HN", "Delft",
           "06-24681357", "h.dejong@kpnmail.nl"]
    rows = [header, [*row, "ENE-EVBOX-11", "1", "2026-12-08 00:00:00"],
            [*row, "ENE-INST-1F", "1", "2026-12-08 00:00:00"]]
    sheet = TextSource(kind="attachment", name="opdracht.xlsx", position=2,
                       content_type="application/vnd.ms-excel", text="", rows=rows)
    result = extract(message("Zie bijlage.", partner_id="eneco", sources=[sheet]))
    (order,) = result.orders
    assert order.customer.address.house_number == "140B"
    assert order.installation_preferences.preferred_date == date(2026, 12, 8)
    assert [p.partner_sku for p in order.products] == ["ENE-EVBOX-11", "ENE-INST-1F"]
    assert order.evidence["customer.name"].source == "opdracht.xlsx"
    assert result.route == "auto"


def test_pdf_form_fields():
    form = TextSource(kind="attachment", name="form.pdf", position=2, text="",
                      form_fields={"Ordernr": "ALVA-0126-019", "Klant_Naam": "Marloes Verhoeven",
                                   "Postcode": "5591 CJ", "Telefoon": "+31 6 5566 7788",
                                   "Email": "marloes@ziggo.nl", "Artikel 1": "ALVA-PULSAR-22",
                                   "Aantal 1": "1"})
    result = extract(message("Zie bijlage", partner_id="alva", sources=[form]))
    order = result.orders[0]
    assert order.customer.name == "Marloes Verhoeven"
    assert order.customer.phone == "+31655667788"
    assert [(p.partner_sku, p.quantity) for p in order.products] == [("ALVA-PULSAR-22", 1)]


def test_free_prose_is_read_but_waits_for_a_person():
    text = (
        "Beste ChargeCars,\n\nMijn klant, mevrouw Marloes Verhoeven, wil een ALVA-PULSAR-22 "
        "met installatie (ALVA-INST-3F). Haar adres is Kastanjelaan 9, 5591 CJ Heeze. "
        "Bereikbaar op 06-55667788 of marloes.verhoeven@ziggo.nl. Ons ordernummer is "
        "ALVA-0126-019.\n\nGroet,\nSophie\nPlanner | Alva Charging\nT +31 (0)20 820 4411\n"
    )
    result = extract(message(text, partner_id="alva"))
    order = result.orders[0]
    assert order.customer.name == "Marloes Verhoeven"
    assert order.customer.address.street == "Kastanjelaan"
    assert order.customer.address.city == "Heeze"
    assert order.customer.phone == "+31655667788"
    assert order.partner_order_id == "ALVA-0126-019"
    assert result.route == "review"
    assert any("read from running text" in reason for reason in result.reasons)


def test_unmapped_sku_is_kept_and_named_in_the_reasons():
    text = GROENDUS_ORDER.replace(
        "Artikel 2: GRO-INSTALL-3", "Artikel 2: GRO-KABEL-T2-5M")
    result = extract(message(text))
    order = result.orders[0]
    assert [p.partner_sku for p in order.products] == ["GRO-ALFEN-11", "GRO-KABEL-T2-5M"]
    assert "products[1].partner_sku: GRO-KABEL-T2-5M not in Groendus's mapping" in order.reasons
    assert result.route == "review"


def test_cancellation_refers_to_the_order():
    text = "Hallo,\n\nDe klant wil toch niet meer: graag order GRD-2025-05102 annuleren.\n\nGroet"
    result = extract(message(text, subject="RE: Nieuwe order GRD-2025-05102"))
    assert (result.kind, result.refers_to, result.orders) == (
        "cancellation", "GRD-2025-05102", [])
    assert result.route == "auto"


def test_cancellation_above_a_quoted_order_creates_no_order():
    quoted = "\n".join(f"> {line}" for line in GROENDUS_ORDER.splitlines())
    text = ("Graag order GRD-2026-01234 annuleren, de klant ziet ervan af.\n\n"
            "Op ma 2 mrt 2026 om 09:00 schreef Groendus <orderdesk@groendus.nl>:\n" + quoted)
    result = extract(message(text))
    assert result.kind == "cancellation" and result.orders == []
    assert result.refers_to == "GRD-2026-01234"


def test_status_question():
    text = ("Goedemorgen,\n\nHoe staat het met opdracht ENE-2025-113482? De klant heeft nog "
            "niets gehoord.\n\nMet vriendelijke groet,\nRenée")
    result = extract(message(text, partner_id="eneco", subject="Vraag"))
    assert (result.kind, result.refers_to, result.route) == (
        "status_question", "ENE-2025-113482", "auto")


def test_status_question_without_an_order_id_waits():
    result = extract(message("Is de monteur al ingepland?", partner_id="eneco", subject="Vraag"))
    assert result.kind == "status_question"
    assert result.route == "review"


def test_out_of_office_newsletter_and_bounce_are_other_and_archived():
    ooo = message("Ik ben afwezig tot en met 11 augustus.", auto_submitted="auto-replied",
                  subject="Automatisch antwoord: Bevestiging ESS-57990412", partner_id="essent")
    news = message("Nieuwe prijzen per 1 november: 50F-ZAPPI-7 kost voortaan € 899.",
                   headers=[("List-Unsubscribe", "<https://news.example/u>")], partner_id="50five")
    bounce = message("Your message could not be delivered.", content_type="multipart/report",
                     subject="Undelivered Mail Returned to Sender", partner_id="eneco")
    for parsed in (ooo, news, bounce):
        result = extract(parsed)
        assert (result.kind, result.route) == ("other", "auto"), parsed.subject


def test_general_question_is_other_but_customer_details_make_it_wait():
    question = message("Installeren jullie ook in Vlaanderen? En wat is de levertijd van de "
                       "ALVA-PULSAR-22?", partner_id="alva", subject="Vraag")
    assert (extract(question).kind, extract(question).route) == ("other", "auto")
    unclear = message("Klant Jansen, 3572 AB, belt morgen terug.", partner_id="alva")
    result = extract(unclear)
    assert result.kind == "other" and result.route == "review"


def test_unknown_sender_waits_for_a_person():
    parsed = message(GROENDUS_ORDER)
    parsed.to_addresses = ["someone@example.org"]
    parsed.from_address = "orders@unknown.example"
    result = extract(parsed)
    assert result.partner is None
    assert result.route == "review"


def test_unreadable_document_attachment_holds_the_message():
    parsed = message(GROENDUS_ORDER)
    parsed.attachments.append(
        attachment_info("scan.pdf", "application/pdf", extracted=False, note="needs OCR"))
    result = extract(parsed)
    assert result.route == "review"
    assert any("scan.pdf" in reason for reason in result.reasons)


def test_learned_label_is_used_for_that_partners_next_message():
    text = GROENDUS_ORDER.replace("Gewenste installatiedatum: 21-03-2026",
                                  "Installatie gewenst op: 21-03-2026")
    before = extract(message(text))
    confidence = before.orders[0].field_confidence["installation_preferences.preferred_date"]
    assert confidence < 0.9  # a date behind a label nobody knows: a person looks
    assert before.route == "review"
    label = find_label_for_value(message(text), "2026-03-21")
    assert label == "installatie gewenst op"
    taught = partner("groendus", learned_labels={label: "installation_preferences.preferred_date"})
    after = extract(message(text), [taught])
    assert after.orders[0].installation_preferences.preferred_date == date(2026, 3, 21)
    assert after.route == "auto"


def test_find_label_for_value_compares_normal_forms():
    parsed = message(GROENDUS_ORDER)
    assert find_label_for_value(parsed, "+31612345678") == "telefoon"
    assert find_label_for_value(parsed, "3572 AB") == "postcode"
    assert find_label_for_value(parsed, "not in the message") is None
