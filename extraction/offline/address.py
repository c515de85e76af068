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
    return (
        normalize_street(match.group("street")),
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
