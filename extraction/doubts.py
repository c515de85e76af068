"""Words in the newest text that doubt a field without giving its value.

"Kunnen jullie een week later komen?" doubts the date; "het telefoonnummer klopt niet", "the
address is outdated" doubt the phone and the address. There is no value to compare, so the
field simply waits for a person (``extraction.strays``).
"""

from __future__ import annotations

import re

DATE = "installation_preferences.preferred_date"

_RESCHEDULE = re.compile(
    r"\b(?:een\s+|a\s+)?(?:week|weken|weeks|dag|dagen|day|days)\s+(?:later|eerder|earlier)\b|"
    r"\b(?:verzett?en|verzet|verschuiv\w*|uitstell\w*|uitgesteld|postpon\w*|reschedul\w*)\b|"
    r"\b(?:another|a different|different|andere|een andere)\s+(?:day|date|dag|datum)\b|"
    r"\b(?:latere|eerdere|later|earlier)\s+(?:datum|date)\b",
    re.IGNORECASE,
)


# "Let op: het telefoonnummer klopt niet", "the address is outdated": a fault word and a field
# word in one sentence.
_FAULT = re.compile(
    r"klopt niet|niet (?:juist|correct|goed)|onjuist|\bfout\b|(?<!on)gewijzigd|veranderd|"
    r"verhuisd|\bwrong\b|incorrect|not (?:correct|right)|\btypo\b|outdated|verouderd|"
    r"has changed|have changed|\bmoved\b",
    re.IGNORECASE,
)
_FIELD_WORDS = (
    ("customer.phone", re.compile(
        r"\b(?:telefoon(?:nummer)?|tel|mobiel(?:e nummer)?|gsm|phone(?: number)?|"
        r"mobile(?: number)?)\b", re.IGNORECASE)),
    ("customer.email", re.compile(
        r"\b(?:e-?mail(?:adres)?|mailadres|email address)\b", re.IGNORECASE)),
    ("customer.address.postal_code", re.compile(
        r"\b(?:adres|address|postcode|zip|huisnummer|house number|straat|street|verhuisd|"
        r"moved)\b", re.IGNORECASE)),
    ("customer.name", re.compile(r"\b(?:naam|name|achternaam|surname)\b", re.IGNORECASE)),
)


def _doubted(text: str) -> list[tuple[str, str]]:
    """(path, the words) for each field a sentence of the text says is wrong or changed."""
    doubted = []
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        fault = _FAULT.search(sentence)
        if fault:
            doubted += [(path, fault.group(0)) for path, words in _FIELD_WORDS
                        if words.search(sentence)]
    return doubted


def doubts_in(text: str) -> list[tuple[str, str]]:
    """(path, what the text says) for each field the text doubts."""
    found = [(DATE, f"a move of the date ({m.group(0)!r})") for m in _RESCHEDULE.finditer(text)]
    return found + [(path, f"a doubt about it ({words!r})") for path, words in _doubted(text)]
