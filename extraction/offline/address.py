"""Splitting written addresses: "Kanaalweg 190, 3526 kl Utrecht", "Hoogstraat 12-3", "3011 PR Rotterdam"."""

from __future__ import annotations

import re

from extraction.normalize import (
    normalize_city,
    normalize_house_number,
    normalize_postal_code,
    normalize_street,
)

_STREET_NUMBER = re.compile(
    r"^(?P<street>.*?[^\W\d_]{2}.*?)\s+(?P<number>\d{1,5})"
    r"(?P<addition>\s*-\s*\d{1,4}|\s*-?\s*[A-Za-z]{1,3}|\s+bis|\s+ter)?\.?$"
)
# "Dorpsstraat nr. 5": the word for "number" before the number belongs to neither part.
_NUMBER_WORD = re.compile(r"\s(?:nr|no|nummer|huisnr|huisnummer)\.?$", re.IGNORECASE)
# What the split left at the street's end cannot be a street's: a number followed by a small
# word ("Meir 12 bus 3", "Kerkstraat 40 bte 2": a Belgian box; "Dorpsstraat 5 en 7": two
# numbers) or a position word ("Dorpsstraat t/o 5": opposite number 5, not at it). The number
# is then not what was split off, so neither part is read and the address waits for a person.
_NOT_A_STREET_END = re.compile(
    r"(?:\s\d{1,5}[A-Za-z]{0,3}\s[a-zàâçéèêëîïôûù/.]{1,9}"
    r"|\s(?:t/o|t\.o\.|tegenover|bij|naast|nabij|achter|hoek|en|bus|bte|boîte|boite))$"
)
# A Dutch postcode; lower-case letters are accepted where a label says it is an address.
NL_POSTCODE = re.compile(r"(?<![\w-])([1-9]\d{3})\s?([A-Za-z]{2})(?![\w-])")
NL_POSTCODE_STRICT = re.compile(r"(?<![\w-])([1-9]\d{3})\s?([A-Z]{2})(?![\w-])")
_BE_POSTCODE_CITY = re.compile(r"(?:^|,\s*)(?:B-|BE-)?([1-9]\d{3})\s+([A-Z][^\d,]+)$")


def split_street_number(text: str) -> tuple[str | None, str | None]:
    """("Hoogstraat", "12-3") from "Hoogstraat 12-3"; ("Vleutenseweg", None) without number."""
    text = re.sub(r"\s+", " ", text).strip(" ,")
    match = _STREET_NUMBER.match(text)
    if not match:
        return normalize_street(text) if not re.search(r"\d", text) else None, None
    addition = (match.group("addition") or "").strip()
    street = _NUMBER_WORD.sub("", match.group("street"))
    if _NOT_A_STREET_END.search(street):
        return None, None
    return (
        normalize_street(street),
        normalize_house_number(match.group("number"), addition or None),
    )


def split_postcode_city(text: str) -> tuple[str | None, str | None]:
    text = re.sub(r"\s+", " ", text).strip(" ,")
    match = NL_POSTCODE.search(text)
    if match and match.start() == 0:
        return normalize_postal_code(match.group(0)), normalize_city(text[match.end():])
    match = _BE_POSTCODE_CITY.search(text)
    if match and match.start() == 0:
        return normalize_postal_code(match.group(1)), normalize_city(match.group(2))
    return None, None


def parse_full_address(text: str) -> dict[str, str | None]:
    """Street, number, postcode and city from one written line; absent parts are None."""
    text = re.sub(r"\s+", " ", text).strip(" ,")
    result: dict[str, str | None] = {}
    match = NL_POSTCODE.search(text)
    if match:
        before, after = text[: match.start()], text[match.end():]
        result["postal_code"] = normalize_postal_code(match.group(0))
        result["city"] = normalize_city(after.strip(" ,"))
    else:
        be = re.search(r",\s*(?:B-|BE-)?([1-9]\d{3})\s+([A-Z][^\d,]+)$", text)
        if be:
            before = text[: be.start()]
            result["postal_code"] = normalize_postal_code(be.group(1))
            result["city"] = normalize_city(be.group(2))
        else:
            before = text
    street, number = split_street_number(before.strip(" ,"))
    result["street"], result["house_number"] = street, number
    return result
