"""Label wordings met in holdout3: typos, hyphens and dots, compounds, joined labels,
dot leaders and spaced dashes. Each must name its field, and nothing more."""

from __future__ import annotations

import pytest

from extraction import extract_message
from extraction.normalize import normalize_name
from extraction.offline.labels import field_for_label
from tests.extraction.builders import message, partners


@pytest.mark.parametrize(("label", "field"), [
    ("Postocde", "customer.address.postal_code"),  # two letters swapped
    ("Emial", "customer.email"),
    ("Order-nr", "partner_order_id"),
    ("Opm.", "installation_preferences.notes"),
    ("Inkoopordernr. klant", "partner_references.purchase_order"),
    ("Opdrachtbon nr.", "partner_order_id"),
    ("Aanhef / naam", "customer.name"),
    ("Huisnummer + toevoeging", "customer.address.house_number"),
    ("Postnummer", "customer.address.postal_code"),
    ("Telefoon (mobiel)", "customer.phone"),
    ("contact_email", "customer.email"),  # CRM export columns
    ("install_zip", "customer.address.postal_code"),
    ("deal_id", "partner_order_id"),
    ("line_name", "products.description"),  # not the customer's name
    ("line_qty", "products.quantity"),
    ("Address line", "address.full"),
    ("Install on", "installation_preferences.preferred_date"),
    ("Bedrijfsnaam", "name.company"),  # a business customer
    ("Welke producten?", "products.header"),  # a form builder's question
    ("What is your phone number?", "customer.phone"),
    ("Klant-ID", "partner_references.customer_account"),
    ("Customer ID", "partner_references.customer_account"),
])
def test_label_wordings_name_their_field(label, field):
    assert field_for_label(label) == field


def test_a_compound_label_with_the_partners_name_is_read():
    assert field_for_label("Klantreferentie Eneco", None, ("eneco",)) == "partner_order_id"


@pytest.mark.parametrize("label", [
    "Telefoon (030)",  # the area code of the value, not a qualifier
    "Sraat",  # a typo, but a street is not recognisable by its form
    "Staat",  # a real word ("state"), not "straat"
    "Plaatz",
    "deal_name",
    "Werkordernummer",  # a dealer's or installer's work order is not the partner's order
    "Contact telefoon",  # may be the partner's desk, not the customer
])
def test_labels_that_must_stay_unknown(label):
    assert field_for_label(label) is None


def test_salutation_is_not_part_of_the_name():
    assert normalize_name("De heer Koen van Aalst") == "Koen van Aalst"
    assert normalize_name("Mevr. J. Jansen") == "J. Jansen"
    assert normalize_name("Heer Bommel") == "Heer Bommel"  # a surname, not a title


def _order(text: str):
    result = extract_message(message(text, partner_id="essent"), partners(), backend="offline")
    return result.orders[0]


def test_dot_leaders_and_spaced_dashes_separate_label_and_value():
    text = (
        "Werkordernummer ........... ESS-59104477\n"
        "Aanhef / naam ............. De heer Koen van Aalst\n"
        "Mobiel - +31 6 3141 5927\n"
        "E-mailadres - koen.vanaalst@gmail.com\n"
        "Locatie - Beukenlaan 7 c, 5616VD Eindhoven\n"
        "Hoi - zie hieronder\n"
    )
    order = _order(text.replace("Werkordernummer", "Ordernummer"))
    assert order.partner_order_id == "ESS-59104477"
    assert order.customer.name == "Koen van Aalst"
    assert order.customer.phone == "+31631415927"
    assert order.customer.email == "koen.vanaalst@gmail.com"
    assert order.customer.address.postal_code == "5616 VD"
    assert order.customer.address.street == "Beukenlaan"
    assert order.customer.address.house_number == "7C"


def test_locatie_names_the_address_only_when_it_reads_as_one():
    order = _order("Ordernummer: ESS-1\nLocatie - Beukenlaan 7 c, 5616VD Eindhoven\n")
    assert order.customer.address.street == "Beukenlaan"
    text = ("Ordernummer: ESS-59104477\nNaam: Koen van Aalst\nMobiel: 06-31415927\n"
            "E-mail: koen@gmail.com\nAdres: Beukenlaan 7c, 5616VD Eindhoven\n"
            "Locatie: oprit links naast de garage\n"
            "Artikel 1: ESS-WALLBOX-22 | Alfen | aantal: 1\n")
    result = extract_message(message(text, partner_id="essent"), partners(), backend="offline")
    assert result.orders[0].customer.address.street == "Beukenlaan"
    assert "customer.address.street" not in " ".join(result.reasons)


def test_a_company_names_the_customer_and_a_person_beside_it_makes_the_name_wait():
    base = ("Ordernummer: ESS-59104477\nMobiel: 06-31415927\nE-mail: koen@gmail.com\n"
            "Adres: Beukenlaan 7c, 5616VD Eindhoven\nArtikel 1: ESS-WALLBOX-22 | Alfen | "
            "aantal: 1\n")
    alone = extract_message(message("Bedrijfsnaam: Van Aalst B.V.\n" + base,
                                    partner_id="essent"), partners(), backend="offline")
    assert alone.orders[0].customer.name == "Van Aalst B.V."
    assert alone.route == "auto"
    both = extract_message(message("Bedrijfsnaam: Van Aalst B.V.\nNaam: Koen van Aalst\n" + base,
                                   partner_id="essent"), partners(), backend="offline")
    assert len(both.orders) == 1  # one order, not split at the second name
    assert both.orders[0].customer.name == "Van Aalst B.V."
    assert both.route == "review"


def test_bold_labels_leave_no_marker_in_the_value():
    # Gmail's plain-text part writes bold as *...*; the HTML part has no stars.
    text = ("*Ordernummer:* ESS-59104477\n*Naam:* Koen van Aalst\n*Mobiel:* 06-31415927\n"
            "*E-mail:* koen@gmail.com\n*Adres:* Beukenlaan 7c, 5616VD Eindhoven\n"
            "*Artikel:* 1x ESS-WALLBOX-22\n_Opmerkingen:_ Oprit links\n")
    order = _order(text)
    assert order.partner_order_id == "ESS-59104477"
    assert order.customer.name == "Koen van Aalst"
    assert order.customer.address.street == "Beukenlaan"
    assert order.installation_preferences.notes == "Oprit links"
    assert [p.partner_sku for p in order.products] == ["ESS-WALLBOX-22"]
