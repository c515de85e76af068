"""What the holdout batch taught, as general rules on hand-built messages (not its files)."""

from __future__ import annotations

from datetime import date

from extraction import extract_message
from extraction.normalize import normalize_city, normalize_street
from extraction.offline import labels as L
from extraction.offline.prose import phones_in
from extraction.parsed import TextSource
from tests.extraction.builders import GROENDUS_ORDER, message, partners


def extract(parsed):
    return extract_message(parsed, partners(), backend="offline")


PORTAL_V5 = """Groendus Partnerportaal - nieuwe bestelling

Bestelnummer:   GRD-2026-04321
Klantnr.:       7700999888
Klantnaam:      Joost van Leeuwen
E-mailadres:    joost@example.nl
Mobiel:         06 - 41 52 63 74
Adres:          Kerkstraat 7b
PC/Woonplaats:  2011 RK  Haarlem

BESTELLING
Aantal  Artikel         Omschrijving
2       GRO-ALFEN-11    Alfen Eve Single S-line 11 kW
1       GRO-INSTALL-1   Installatie standaard 1-fase

Installatiewens: 23-03-2026
"""


def test_joined_and_abbreviated_labels_name_their_fields():
    assert L.field_for_label("PC/Woonplaats") == L.POSTCODE_CITY
    assert L.field_for_label("ZIP / City") == L.POSTCODE_CITY
    assert L.field_for_label("Postcode + gemeente") == L.POSTCODE_CITY
    assert L.field_for_label("Straat + huisnr") == L.ADDRESS_FULL
    assert L.field_for_label("Naam / bedrijf") is None  # not an address compound
    assert L.field_for_label("Installatiewens") == "installation_preferences.preferred_date"
    assert L.field_for_label("Requested installation date") == (
        "installation_preferences.preferred_date")
    assert L.field_for_label("Dealer PO number") == "partner_references.purchase_order"
    assert L.field_for_label("Dealer telefoon") is None  # the dealer's number, not the customer's
    assert L.field_for_label("Dealer ordernummer") is None


def test_portal_template_with_other_label_words_goes_straight_through():
    result = extract(message(PORTAL_V5))
    assert result.route == "auto", result.reasons
    order = result.orders[0]
    assert (order.partner_order_id, order.customer.phone) == ("GRD-2026-04321", "+31641526374")
    address = order.customer.address
    assert (address.street, address.house_number, address.postal_code, address.city) == (
        "Kerkstraat", "7B", "2011 RK", "Haarlem")
    assert order.installation_preferences.preferred_date == date(2026, 3, 23)
    # "Aantal  Artikel  Omschrijving": column names two spaces apart are the columns.
    assert [(p.partner_sku, p.quantity) for p in order.products] == [
        ("GRO-ALFEN-11", 2), ("GRO-INSTALL-1", 1)]


def test_a_labelled_value_that_does_not_read_as_its_field_makes_the_order_wait():
    dealer = GROENDUS_ORDER.replace("Klantnummer: 7700111222",
                                    "Klantnummer: 7700111222\nDealer: Autobedrijf Kuipers")
    result = extract(message(dealer))
    assert result.orders[0].partner_references.dealer_group_id is None
    assert result.route == "review"
    assert any("'dealer'" in reason for reason in result.reasons)
    city = extract(message(GROENDUS_ORDER.replace("Plaats: Utrecht",
                                                  "Plaats: Utrecht (bel eerst aan)")))
    assert city.orders[0].customer.address.city is None and city.route == "review"


def test_one_code_beside_a_name_is_the_reference_but_never_the_order_id():
    dealer = GROENDUS_ORDER.replace(
        "Klantnummer: 7700111222",
        "Klantnummer: 7700111222\nDealer: Autohaus Steenbergen B.V. (dealer group ID DG-2217)")
    result = extract(message(dealer))
    assert result.orders[0].partner_references.dealer_group_id == "DG-2217"
    assert result.route == "auto"
    named = GROENDUS_ORDER.replace("Ordernummer: GRD-2026-01234",
                                   "Opdracht: nieuwe laadpaal EVBox-11")
    result = extract(message(named))
    assert result.orders[0].partner_order_id is None and result.route == "review"


def test_the_country_after_a_city_is_not_part_of_it():
    assert normalize_city("Genk (België)") == "Genk"
    assert normalize_city("Venlo, Nederland") == "Venlo"
    assert normalize_city("Bergen (NH)") == "Bergen (NH)"  # the town's own name
    assert normalize_city("Utrecht (achterom)") is None
    assert normalize_street("Ruud Smeets, Akerstraat") is None


def _csv_order(datum: str):
    text = ("Ordernummer;Naam;E-mail;Telefoon;Straat;Huisnummer;Postcode;Plaats;Artikel;Aantal;"
            f"Datum\nGRD-2026-00001;Jan Jansen;jan@example.nl;0612345678;Dorpsstraat;1;1234 AB;"
            f"Ede;GRO-ALFEN-11;1;{datum}\n")
    sheet = TextSource(kind="attachment", name="orders.csv", position=1, text=text,
                       content_type="text/csv")
    return extract(message("Zie de bijlage.", sources=[sheet]))


def test_a_future_date_behind_a_bare_datum_column_may_be_the_wish():
    assert _csv_order("20-03-2026").route == "review"  # after the message: which date is it?
    assert _csv_order("01-03-2026").route == "auto"  # the day before: the order date


def test_an_iban_is_not_a_phone_number():
    assert phones_in("Wij maken het over naar NL91 ABNA 0417 1643 00.") == []
    assert phones_in("Bel 0417 164300.") != []


def test_a_table_with_sku_and_product_columns_takes_the_sku_from_the_code():
    text = GROENDUS_ORDER.split("Artikel 1")[0] + (
        "Qty | SKU | Product\n1 | GRO-ALFEN-11 | Alfen Eve Single S-line 11 kW\n")
    order = extract(message(text)).orders[0]
    assert [(p.partner_sku, p.quantity, p.description) for p in order.products] == [
        ("GRO-ALFEN-11", 1, "Alfen Eve Single S-line 11 kW")]


def test_numbered_blocks_headed_by_their_order_id_are_read_but_checked():
    text = ("Hierbij twee opdrachten.\n\n1) ENE-2026-000044\nKlant: Koen Mertens\n"
            "Tel: 06 11 22 33 44\nMail: koen@example.nl\nAdres: Ringbaan-Oost 201, 5013 CD Tilburg\n"
            "Product: 1x ENE-EVBOX-11\n\n2) ENE-2026-000051\nKlant: Hatice Demir\n"
            "Tel: 0317-412233\nMail: hatice@example.nl\nAdres: Dorpsstraat 3, 6703 BJ Wageningen\n"
            "Product: 2x ENE-EVBOX-11\n")
    result = extract(message(text, partner_id="eneco"))
    assert [o.partner_order_id for o in result.orders] == ["ENE-2026-000044", "ENE-2026-000051"]
    assert result.route == "review"  # an id not behind a label is running text


def test_a_house_number_correction_wrapped_over_two_lines_wins():
    text = ("Goedemorgen,\n\nCorrectie: het huisnummer in de opdracht is fout, dat\n"
            "moet 41 zijn (niet 14). Straat en postcode kloppen wel.\n\nGroet,\nTom\n\n"
            "-----Oorspronkelijk bericht-----\nVan: Groendus <orderdesk@groendus.nl>\n"
            "Verzonden: maandag 2 maart 2026 09:00\nOnderwerp: Nieuwe order\n\n"
            + GROENDUS_ORDER.replace("Toevoeging: A\n", ""))
    result = extract(message(text))
    assert result.orders[0].customer.address.house_number == "41"
    assert result.route == "review"


def test_bulk_or_notice_mail_with_order_details_is_other_but_waits():
    news = ("Partnernieuws\n\nVanaf juni vijf jaar garantie op de GRO-ALFEN-11.\n"
            "Partnerdag: Adres: Laan van Puntenburg 2, 3511 ER Utrecht\n")
    result = extract(message(news, subject="Partnernieuws juni",
                             headers=[("List-Unsubscribe", "<https://news.example/u>")]))
    assert (result.kind, result.orders, result.route) == ("other", [], "review")
    shipped = ("De wallbox voor order AO-2026-00001 is verzonden.\n\n"
               "Afleveradres: Akerstraat 90, 6417 BN Heerlen\nTrack & trace: 3SABC123\n"
               "1x ALVA-PULSAR-11\n")
    result = extract(message(shipped, partner_id="alva", subject="Verzonden"))
    assert (result.kind, result.route) == ("other", "review")


def test_a_payment_advice_naming_orders_is_archived_unless_it_asks_something():
    advice = "Wij betalen op 22-05-2026:\nESS-58911307  € 2.044,00\nESS-58960412  € 2.044,00\n"
    result = extract(message(advice, partner_id="essent", subject="Betaalspecificatie 2026-04"))
    assert (result.kind, result.route) == ("other", "auto")
    asks = extract(message(advice + "Klopt ESS-58960412 nog?", partner_id="essent",
                           subject="Betaalspecificatie 2026-04"))
    assert asks.route == "review"


def test_cancellation_and_status_question_in_other_words():
    cancel = extract(message("The customer has decided not to go ahead with GRD-2026-01234.",
                             subject="GRD-2026-01234"))
    assert (cancel.kind, cancel.refers_to) == ("cancellation", "GRD-2026-01234")
    status = extract(message("Kunnen jullie laten weten hoe het ermee staat met GRD-2026-01234 "
                             "en wanneer de monteur komt?", subject="Vraag"))
    assert (status.kind, status.refers_to) == ("status_question", "GRD-2026-01234")


def test_a_second_order_id_label_in_one_order_is_a_conflict_not_a_choice():
    text = GROENDUS_ORDER.replace("Klantnummer: 7700111222",
                                  "Klantnummer: 7700111222\nRef.: KL-4471")
    result = extract(message(text))
    assert result.route == "review"
    assert any("partner_order_id" in reason and "differently" in reason
               for reason in result.reasons)
