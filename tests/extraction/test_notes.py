"""Notes: a wish with no field of its own ("Dagdeel: ochtend") joins the notes in the order
it was written, and notes joined from several lines are still found in the message."""

from __future__ import annotations

from extraction import extract_message
from tests.extraction.builders import message, partners

WERKORDER = """Ordernummer ............... ESS-59104477

== Klant ==
Naam ...................... Koen van Aalst
Mobiel .................... +31 6 3141 5927
E-mailadres ............... koen.vanaalst@gmail.com
Adres ..................... Beukenlaan 7 c, 5616VD Eindhoven

== Artikelen ==
ESS-WALLBOX-22 ............ 1 st.  Alfen Eve Double Pro-line 22 kW
ESS-INSTALL-STD ........... 1 st.  Standaard installatie 3-fase

== Planning ==
Voorkeursdatum ............ woensdag 18 maart 2026
Dagdeel ................... ochtend
Toelichting klant ......... Laadpaal op de oprit. Graag vooraf bellen.
"""


def _result():
    return extract_message(message(WERKORDER, partner_id="essent"), partners(),
                           backend="offline")


def test_time_of_day_joins_the_notes_in_written_order():
    notes = _result().orders[0].installation_preferences.notes
    assert notes == "Dagdeel: ochtend. Laadpaal op de oprit. Graag vooraf bellen."


def test_joined_notes_are_found_and_a_decorated_heading_starts_the_products():
    result = _result()
    order = result.orders[0]
    assert order.field_confidence["installation_preferences.notes"] >= 0.9
    assert [(p.partner_sku, p.quantity) for p in order.products] == [
        ("ESS-WALLBOX-22", 1), ("ESS-INSTALL-STD", 1)]
    assert order.field_confidence["products[0].partner_sku"] >= 0.9  # an order line
    assert result.route == "auto"
