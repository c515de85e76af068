"""A forwarded order: the forwarder's note adds the partner's references, the quoted mail's
running text the rest; such an order still waits for a person (holdout3 001, 016)."""

from __future__ import annotations

from datetime import date

from extraction import extract_message
from extraction.offline.prose import phones_in
from tests.extraction.builders import message, partners

FORWARD = """Hi ChargeCars team,

Forwarding the request below from our dealer (dealer group ID BRK-UT-07); Mr Dubois has an
Eneco energy contract, account 1030145077.
Products: 1x ENE-EVBOX-11 (EVBox Livo 11 kW) and 1x ENE-INST-1F.

Kind regards,
Chloe

From: Paul Verstegen <p.verstegen@broekhuis.nl>
Sent: Monday, March 2, 2026 4:31 PM
To: Chloe <chloe@eneco.nl>
Subject: Home charger request

Hi Chloe,

Customer: Julien Dubois
Address: Amsterdamsestraatweg 311A, 3551CE Utrecht
Phone: 06 - 44 33 22 11
Email: julien.dubois@orange.fr

He'd like the charger installed on Thursday 26 March 2026.
Our purchase order number is BRK-PO-88213.
"""


def test_forwarded_order_takes_references_from_the_note_and_the_quoted_text():
    result = extract_message(message(FORWARD, partner_id="eneco"), partners(), backend="offline")
    order = result.orders[0]
    assert order.customer.name == "Julien Dubois"
    assert order.partner_references.dealer_group_id == "BRK-UT-07"
    assert order.partner_references.customer_account == "1030145077"
    assert order.partner_references.purchase_order == "BRK-PO-88213"
    assert order.installation_preferences.preferred_date == date(2026, 3, 26)
    assert result.route == "review"  # an order in quoted text is checked by a person


def test_a_phone_with_spaced_dashes_and_a_bracketed_zero_is_found():
    assert [p for p, _ in phones_in("Mobile: +31 (0)6 - 19 87 65 43")] == ["+31619876543"]


REPLY = """Aanvulling/correctie op mijn mail van gisteren:
- de klant wil toch 2x ALVA-PULSAR-11 en ook de kabel erbij (1x ALVA-KABEL-10M);
- de installatie kan niet op 17 maart, dat wordt dinsdag 24 maart 2026.

Groet,
Niels

Op ma 2 mrt 2026 om 09:31 schreef Niels Bakker <niels.bakker@alva-charging.nl>:
> Opdrachtnr: ALVA-1026-031
> Naam: Merel Koster
> Adres: Oude Haagweg 212, 2552ES Den Haag
> Telefoon: 070 - 391 22 84
> E-mail: merel.koster@live.nl
> Product: 1x ALVA-PULSAR-11 (Pulsar Plus 11 kW), 1x ALVA-INST-3F (installatie 3-fase)
> Datum: dinsdag 17 maart
"""


def test_newer_text_changes_a_quantity_adds_a_product_and_moves_the_date():
    result = extract_message(message(REPLY, partner_id="alva"), partners(), backend="offline")
    order = result.orders[0]
    assert sorted((p.partner_sku, p.quantity) for p in order.products) == [
        ("ALVA-INST-3F", 1), ("ALVA-KABEL-10M", 1), ("ALVA-PULSAR-11", 2)]
    assert order.installation_preferences.preferred_date == date(2026, 3, 24)
    assert result.route == "review"
    assert any("corrected or added by newer text" in r for r in order.reasons)


def test_a_comma_separates_the_delivery_date_from_the_install_wish():
    from extraction.lines import Line
    from extraction.offline.prose import ProseContext, find_preferred_date

    ctx = ProseContext(None, set(), set(), set(), date(2026, 4, 14))
    line = Line(0, "body", 0, 0, "De auto wordt 24 april afgeleverd, installatie graag op "
                "dinsdag 28 april 2026.", 1)
    assert find_preferred_date([line], ctx).value == date(2026, 4, 28)
    english = Line(0, "body", 0, 0, "Please install it on Oct 19, 2026.", 0)
    assert find_preferred_date([english], ctx).value == date(2026, 10, 19)


def test_the_forwarders_new_order_id_is_read_from_the_note():
    from extraction.offline.prose import order_ids_in

    assert order_ids_in("I've registered it on our side as ENE-2026-133018; thanks") == {
        "ENE-2026-133018"}
    assert order_ids_in("Ik heb er in ons systeem order GRD-2026-08112 van gemaakt") == {
        "GRD-2026-08112"}
    assert order_ids_in("De order is gisteren aangemaakt als klant van ons") == set()


NAME_FIX = """Hi Daan,

Checked with the customer: his surname is Verhoef (one f), so the form had a typo.

Best,
Laura

On Mon, 2 Mar 2026 at 09:12, 50five Forms <forms@50five.nl> wrote:
> Reference: 50F-NL-240305
> Customer name: Maarten Verhoeff
> E-mail: maarten.verhoef@ziggo.nl
> Mobile: 06-19876543
> Address: Burgemeester Weertsstraat 9, 6114 AB Susteren
"""


def test_a_surname_typo_corrected_in_newer_text_replaces_the_quoted_one():
    result = extract_message(message(NAME_FIX, partner_id="50five"), partners(),
                             backend="offline")
    order = result.orders[0]
    assert order.customer.name == "Maarten Verhoef"
    assert result.route == "review"


def test_a_different_surname_is_not_taken_for_a_typo():
    text = NAME_FIX.replace("his surname is Verhoef (one f)", "the surname is Jansen")
    order = extract_message(message(text, partner_id="50five"), partners(),
                            backend="offline").orders[0]
    assert order.customer.name == "Maarten Verhoeff"


def test_a_ruled_out_date_in_running_text_is_no_wish():
    from extraction.lines import Line
    from extraction.offline.prose import ProseContext, find_preferred_date

    ctx = ProseContext(None, set(), set(), set(), date(2026, 10, 1))
    line = Line(0, "body", 0, 0, "De installatie kan niet op 27 oktober.", 0)
    assert find_preferred_date([line], ctx) is None


TWO_ORDERS = """Beste installatiepartner,

Het inkoopordernummer van de werkgever is 4500771203 en geldt voor beide opdrachten.

--- Order 1 van 2 ---
Ordernummer: GRD-2026-01234
Naam: Sanne de Vries
E-mail: sanne@gmail.com
Telefoon: 06-12345678
Postcode: 3572 AB
Artikel 1: GRO-ALFEN-11 | Alfen | aantal: 1

--- Order 2 van 2 ---
Ordernummer: GRD-2026-01235
Naam: Esther Kok
E-mail: esther@gmail.com
Telefoon: 06-55443322
Postcode: 1971 HH
Artikel 1: GRO-ALFEN-11 | Alfen | aantal: 1
"""


def test_a_purchase_order_stated_once_for_several_orders_fills_each_and_waits():
    result = extract_message(message(TWO_ORDERS), partners(), backend="offline")
    assert [o.partner_references.purchase_order for o in result.orders] == [
        "4500771203", "4500771203"]
    assert result.route == "review"  # read from running text
