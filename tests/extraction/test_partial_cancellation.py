"""A cancellation that names one of the partner's articles may drop one line, not the
whole order: it waits for a person, however clearly it names the order."""

from __future__ import annotations

from extraction import extract_message
from tests.extraction.builders import message, partners


def _cancellation(text: str):
    result = extract_message(message(text, partner_id="alva", subject="Wijziging ALVA-0127-011"),
                             partners(), backend="offline")
    assert result.kind == "cancellation" and result.refers_to == "ALVA-0127-011"
    return result


def test_a_whole_order_cancelled_goes_through():
    result = _cancellation("Hallo,\n\nOpdracht ALVA-0127-011 gaat niet door, de klant heeft "
                           "afgezien van de laadpaal. Graag annuleren.\n\nGroet, Daan")
    assert result.route == "auto"


def test_a_cancelled_article_waits_for_a_person():
    result = _cancellation("Hallo,\n\nVan opdracht ALVA-0127-011 vervalt de ALVA-KABEL-10M, "
                           "graag annuleren.\n\nGroet, Daan")
    assert result.route == "review"
    assert any("names the partner's articles" in reason for reason in result.reasons)
