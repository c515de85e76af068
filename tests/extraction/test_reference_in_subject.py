"""A cancellation above the quoted order: the order id kept in the reply's subject names it."""

from extraction.pipeline import extract_message
from tests.extraction.builders import message, partners

_QUOTED = """
-----Oorspronkelijk bericht-----
Van: Ruben Koster <ruben.koster@eneco.nl>
Verzonden: maandag 7 december 2026 10:00
Aan: eneco@orders.chargecars.nl
Onderwerp: Opdracht ENE-2026-136010

Referentie Eneco:      ENE-2026-136010
Klant:      Hans Kramer
Adres:      Dorpsweg 5, 1676 GA  Twisk
Telefoon:   0229-581234
E-mail:     hans.kramer@quicknet.nl
{more}
Bestelde producten:
  1. ENE-EVBOX-11   EVBox Livo 11 kW      - 1 st.
  2. ENE-INST-1F    Installatie 1-fase    - 1 st.
"""


def _extract(newest: str, subject="RE: Opdracht ENE-2026-136010", more=""):
    text = f"Hallo,\n\n{newest}\n\nGroet,\nRuben\n" + _QUOTED.format(more=more)
    parsed = message(text, partner_id="eneco", subject=subject)
    return extract_message(parsed, partners(), backend="offline")


def test_the_id_in_the_subject_names_the_order_to_cancel():
    result = _extract("De klant heeft zich bedacht: deze opdracht mag geannuleerd worden.")
    assert (result.kind, result.refers_to) == ("cancellation", "ENE-2026-136010")
    assert result.route == "auto"


def test_without_the_id_in_the_subject_it_waits():
    result = _extract("De klant heeft zich bedacht: deze opdracht mag geannuleerd worden.",
                      subject="RE: uw opdracht")
    assert result.route == "review"


def test_an_article_named_in_the_newest_text_may_be_all_that_is_dropped():
    result = _extract("De installatie (ENE-INST-1F) vervalt, de klant laat dat zelf doen.")
    assert result.route == "review"


def test_a_thread_with_another_order_id_waits():
    result = _extract("De klant heeft zich bedacht: deze opdracht mag geannuleerd worden.",
                      more="Eerdere opdracht: ENE-2026-135999\n")
    assert result.route == "review"
