"""Status questions in new wordings: a missed appointment, a no-show (holdout3 024, 029)."""

from __future__ import annotations

import pytest

from extraction import extract_message
from tests.extraction.builders import GROENDUS_ORDER, message, partners


@pytest.mark.parametrize("text", [
    "Her installation was planned for 19 October, but nobody turned up. What happened?",
    "Our customer expected your installer on Thursday, but nobody showed up. Can you check?",
    "Missed appointment yesterday: when can the installer come instead?",
    "De monteur is niet komen opdagen. Wat is er gebeurd?",
    "Er is niemand gekomen vanochtend, kunnen jullie kijken?",
])
def test_missed_appointment_questions_are_status_questions(text):
    parsed = message(f"Hoi,\n\n{text} Het gaat om order GRD-2026-01234.\n\nGroet,\nKarin",
                     subject="Vraag over GRD-2026-01234")
    result = extract_message(parsed, partners(), backend="offline")
    assert (result.kind, result.refers_to) == ("status_question", "GRD-2026-01234")


def test_a_no_show_question_that_carries_a_new_order_waits_for_a_person():
    text = "Vorige keer is er niemand gekomen. Wat is er gebeurd? Hier de order opnieuw:\n\n"
    result = extract_message(message(text + GROENDUS_ORDER), partners(), backend="offline")
    assert result.route == "review"
