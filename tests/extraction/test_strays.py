"""A date, phone or email in the newest text that no field accounts for keeps that field
from going straight through: it may be the real one (holdout3 022: a labelled 12-10, then
"komt de installatie op maandag 19 oktober")."""

from __future__ import annotations

from datetime import date

from extraction import extract_message
from extraction.offline.prose import phones_in
from tests.extraction.builders import GROENDUS_ORDER, message, partners

DATE = "installation_preferences.preferred_date"
BODY, FOOTER = GROENDUS_ORDER.split("\n--\n")


def extract(text: str):
    return extract_message(message(text), partners(), backend="offline")


def with_prose(prose: str) -> str:
    return f"{BODY}\n{prose}\n\n--\n{FOOTER}"


def test_labelled_order_alone_still_goes_straight_through():
    assert extract(GROENDUS_ORDER).route == "auto"


def test_another_date_promised_in_running_text_makes_the_date_wait():
    result = extract(with_prose("Zoals toegezegd komt de monteur op dinsdag 24 maart."))
    order = result.orders[0]
    assert order.installation_preferences.preferred_date == date(2026, 3, 21)
    assert order.field_confidence[DATE] < 0.60
    assert result.route == "review"
    assert any("2026-03-24" in r and "no field accounts for" in r for r in order.reasons)


def test_the_same_date_repeated_in_running_text_is_accounted_for():
    result = extract(with_prose("De klant rekent op zaterdag 21 maart."))
    assert result.route == "auto"


def test_past_dates_signature_dates_and_other_fields_dates_do_not_count():
    prose = "De klant belde ons op 27 februari 2026.\nOrderdatum: 02-04-2026"
    footer = FOOTER + "\nKantoor gesloten op 6 april 2026."
    result = extract(f"{BODY}\n{prose}\n\n--\n{footer}")
    assert result.route == "auto"


def test_a_date_in_quoted_text_does_not_count():
    text = (f"{BODY}\n\n> Op 1 maart 2026 schreef Piet:\n> Kan het op 28 maart?\n\n--\n"
            f"{FOOTER}")
    assert extract(text).route == "auto"


def test_a_date_behind_an_unknown_label_counts():
    result = extract(with_prose("Leverdatum auto: 30-03-2026"))
    assert result.route == "review"
    assert result.orders[0].field_confidence[DATE] < 0.60


def test_no_date_read_but_one_in_the_newest_text_waits_as_unread():
    text = with_prose("Auto wordt 30 maart geleverd.").replace(
        "Gewenste installatiedatum: 21-03-2026\n", "")
    result = extract(text)
    order = result.orders[0]
    assert order.installation_preferences.preferred_date is None
    assert order.field_confidence[DATE] == 0.40
    assert result.route == "review"


def test_a_date_the_newer_text_replaced_is_accounted_for():
    text = (
        "Hoi,\n\nLet op: de gewenste installatiedatum wordt 28 maart 2026 in plaats van "
        "21 maart 2026.\n\nGroet,\nKarin\n\n-----Oorspronkelijk bericht-----\n"
        "Van: Groendus <orderdesk@groendus.nl>\nVerzonden: maandag 2 maart 2026 09:40\n"
        "Onderwerp: Nieuwe order\n\n" + GROENDUS_ORDER
    )
    order = extract(text).orders[0]
    assert order.installation_preferences.preferred_date == date(2026, 3, 28)
    assert not any("no field accounts for" in r for r in order.reasons)


def test_a_second_phone_in_running_text_makes_the_phone_wait():
    result = extract(with_prose("De klant is overdag beter bereikbaar op 06-11223344."))
    order = result.orders[0]
    assert order.customer.phone == "+31612345678"
    assert order.field_confidence["customer.phone"] < 0.60
    assert result.route == "review"
    assert any("customer.phone: the newest text also names another value" in r
               for r in order.reasons)
    assert not any("11223344" in r for r in order.reasons)  # personal data stays out


def test_a_second_email_in_running_text_makes_the_email_wait():
    result = extract(with_prose("Stuur de bevestiging ook naar kees.devries@ziggo.nl."))
    assert result.route == "review"
    assert result.orders[0].field_confidence["customer.email"] < 0.60


def test_other_parties_and_business_numbers_are_accounted_for():
    prose = ("Dealer contact: Frank, 06-40506070, frank@autohaus.nl\n"
             "Contactpersoon Groendus: Ilse, 06-20406080\n"
             "Vragen? Bel onze servicelijn 088-1234567.")
    assert extract(with_prose(prose)).route == "auto"


def test_a_date_and_time_is_not_a_phone():
    assert phones_in("Aangemaakt op: 02-06-2026 17:31") == []
    assert phones_in("2026-06-02 17:31") == []
    assert [p for p, _ in phones_in("Tel: 06-12-34-56-78")] == ["+31612345678"]


def test_another_order_id_in_the_newest_text_makes_the_id_wait():
    result = extract(with_prose("Ik heb er bij ons opdracht GRD-2026-09999 van gemaakt."))
    order = result.orders[0]
    assert order.partner_order_id == "GRD-2026-01234"
    assert order.field_confidence["partner_order_id"] < 0.60
    assert result.route == "review"
    assert any("GRD-2026-09999" in r for r in order.reasons)


def test_the_same_order_id_repeated_in_running_text_is_accounted_for():
    assert extract(with_prose("Graag order GRD-2026-01234 snel inplannen.")).route == "auto"


def test_a_dealers_work_order_number_is_not_the_partners_order_id():
    from extraction.offline.labels import field_for_label

    assert field_for_label("Werkbon") is None
    assert field_for_label("Werkorder") is None
    assert field_for_label("Werkordernummer") is None


def _with_subject(subject: str):
    parsed = message(GROENDUS_ORDER, subject=subject)
    return extract_message(parsed, partners(), backend="offline")


def test_the_subject_counts_as_newest_text():
    assert _with_subject("Nieuwe order GRD-2026-01234").route == "auto"
    assert _with_subject("Fwd: Nieuwe order GRD-2026-09999").route == "review"
    moved = _with_subject("Installatie dinsdag 24 maart")
    assert moved.route == "review"
    assert any("2026-03-24 (the subject)" in r for r in moved.orders[0].reasons)


def test_another_postcode_in_running_text_makes_the_postcode_wait():
    result = extract(with_prose("Graag ook bij de buren, Kastanjelaan 9, 5591 CJ Heeze."))
    assert result.route == "review"
    assert result.orders[0].field_confidence["customer.address.postal_code"] < 0.60


def test_a_company_address_in_a_footer_or_letterhead_does_not_count():
    prose = ("Groendus B.V. | Laan van Puntenburg 2 | 3511 ER Utrecht\n"
             "Nieuwe Deventerweg 100 - 8014 AH Zwolle - KvK 12345678")
    assert extract(with_prose(prose)).route == "auto"


def test_an_id_of_the_same_shape_in_the_subject_counts_without_an_order_word():
    assert _with_subject("GRD-2026-01234 Sanne de Vries").route == "auto"
    assert _with_subject("Fwd: GRD-2026-09999 - nieuwe installatie").route == "review"
    assert _with_subject("Uw bevestiging CC-2026-01842").route == "auto"  # not the order's shape


def test_talk_of_moving_the_date_makes_the_date_wait():
    result = extract(with_prose("PS: de klant vraagt of jullie een week later kunnen komen."))
    order = result.orders[0]
    assert result.route == "review"
    assert order.field_confidence[DATE] < 0.60
    assert any("a move of the date" in r for r in order.reasons)


def test_a_future_date_behind_a_bare_datum_label_is_read_but_waits():
    text = GROENDUS_ORDER.replace("Gewenste installatiedatum: 21-03-2026", "Datum: 21-03-2026")
    result = extract(text)
    order = result.orders[0]
    assert order.installation_preferences.preferred_date == date(2026, 3, 21)
    assert order.field_confidence[DATE] < 0.60
    assert result.route == "review"
    past = GROENDUS_ORDER.replace("Gewenste installatiedatum: 21-03-2026", "Datum: 01-03-2026")
    assert extract(past).orders[0].installation_preferences.preferred_date is None


def test_a_field_the_newest_text_calls_wrong_waits():
    result = extract(with_prose("Let op: het telefoonnummer hierboven klopt niet, volgt nog."))
    order = result.orders[0]
    assert result.route == "review"
    assert order.field_confidence["customer.phone"] < 0.60
    assert any("speaks of a doubt about it ('klopt niet')" in r for r in order.reasons)
    assert extract(with_prose("Verder is alles ongewijzigd.")).route == "auto"


def test_the_partners_name_beside_an_order_word_is_no_second_order_id():
    text = """Ordernummer 50five ........ 50F-NL-238655
Naam ...................... Yvonne van Schaik
Straat .................... Kerkstraat
Huisnummer ................ 4
Postcode .................. 3512 AB
Plaats .................... Utrecht
Telefoon .................. 06-12345098
E-mail .................... yvonne@example.nl
Product ................... 50F-ZAPPI-7 (myenergi zappi 7 kW), 1 stuk
"""
    result = extract_message(message(text, partner_id="50five"), partners(), backend="offline")
    assert result.orders[0].partner_order_id == "50F-NL-238655"
    assert not [r for r in result.reasons if "partner_order_id" in r]
    assert result.route == "auto"
