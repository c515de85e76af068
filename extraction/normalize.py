"""Normal forms for extracted values (shared/corpus/README.md), one small function per kind.

Every function takes text as written and returns the normal form, or ``None`` when the text
is not a valid value of that kind. ``None`` means "not usable": a null is better than a
wrong value, so nothing here guesses.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import phonenumbers

EMPTY_VALUES = {
    "", "-", "--", "—", "–", "/", "n.v.t.", "nvt", "n.v.t", "n/a", "na", "none", "geen",
    "nee", "no", "nil", "null", ".", "x", "nvt.", "-/-",
}


# "Naam: zie bijlage", "Klant: onbekend", "Order: volgt": a placeholder, not a value. Only for
# names, places and ids; a remark may say "zie bijlage" and mean it.
_PLACEHOLDER = re.compile(
    r"^(?:zie\s+(?:de\s+)?(?:bijlage|hieronder|hierboven|onder|boven)|see\s+(?:the\s+)?"
    r"(?:attachment|attached|below|above)|(?:nog\s+)?(?:niet\s+)?(?:onbekend|bekend)|unknown|"
    r"not\s+(?:yet\s+)?known|(?:volgt|wordt\s+nagestuurd)(?:\s+nog)?|to\s+follow|follows|"
    r"n\.?\s?t\.?\s?b\.?|nader\s+te\s+bepalen|tb[adc]|to\s+be\s+(?:confirmed|determined|"
    r"announced)|idem|invullen|in\s+te\s+vullen|x{2,}|\?+)[\s.!]*$",
    re.IGNORECASE,
)


def is_placeholder(text: str) -> bool:
    return bool(_PLACEHOLDER.match(text.strip()))


def clean_text(value: object) -> str | None:
    """Single spaces, no control characters; None for empty or placeholder values."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text).strip()
    if text.lower().strip(" .:") in EMPTY_VALUES or text.lower() in EMPTY_VALUES:
        return None
    return text


# "De heer Koen van Aalst": the salutation is how to address him, not part of his name.
_SALUTATION = re.compile(
    r"^(?:de\s+heer|mevrouw|mevr\.?|mw\.?|dhr\.?|mr\.?|mrs\.?|ms\.?|miss|madame|"
    r"monsieur|mme\.?)\s+(?=\S)", re.IGNORECASE,
)


def normalize_name(value: object) -> str | None:
    text = clean_text(value)
    if not text:
        return None
    text = _SALUTATION.sub("", text.strip(" ,;:"))
    if is_placeholder(text) or re.search(r"[()/\\@]|\d[\d\s-]{5,}\d", text):
        return None  # "Sanne de Vries (dochter)", "Sanne / Piet", "Sanne - 06 1234 5678"
    if not re.search(r"[^\W\d_]", text) or len(text) > 80:
        return None
    return text


_EMAIL = re.compile(r"^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")


def normalize_email(value: object) -> str | None:
    text = clean_text(value)
    if not text:
        return None
    text = text.strip("<>()[],;: ").removeprefix("mailto:")
    return text.lower() if _EMAIL.match(text) else None


def normalize_phone(value: object, region: str = "NL") -> str | None:
    """E.164. Dutch numbers by default ("06-...", "0031...", "+31 (0)6 ..."); Belgian too."""
    text = clean_text(value)
    if not text or not re.search(r"\d", text):
        return None
    text = re.sub(r"\(\s*0\s*\)", "", text)  # "+31 (0)6 ..." -> "+31 6 ..."
    digits = re.sub(r"\D", "", text)
    if not 9 <= len(digits) <= 15:
        return None
    # Numbers as written by people start with 0, 00 or +; bare digit runs are ids, not phones.
    if not re.match(r"^\s*(\+|\(?0)", text):  # "(030) 231 77 65" too
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    # Possible rather than valid: number ranges are allocated faster than the library's
    # metadata follows (and test data uses unallocated 06-9... numbers); the length and
    # country are what keep an order number or a price from passing as a phone.
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        return None
    national = str(number.national_number)
    if number.country_code == 31 and len(national) != 9 and not national.startswith(("8", "9")):
        return None  # Dutch geographic and mobile numbers have nine digits after the 0
    if number.country_code == 32 and len(national) == 9 and not national.startswith("4"):
        # Belgian numbers have eight digits after the 0, mobiles (04..) nine: "06-22334455"
        # beside a Belgian postcode is a Dutch mobile, not +32 622 33 44 55.
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# "31650123987": a CSV or database column drops the "+" of an international number.
_BARE_INTERNATIONAL = re.compile(r"^(?:31\d{9}|32\d{8,9})$")


def normalize_labelled_phone(value: object) -> str | None:
    """A value that a label or column says is a phone: as written (Dutch, then Belgian), or
    digits that start with the Dutch or Belgian country code but lost their "+". Only behind
    such a label: elsewhere a bare digit run is an id. The lengths cannot be a national
    number written without its 0 (nine digits), so no number is read two ways."""
    found = normalize_phone(value, "NL") or normalize_phone(value, "BE")
    text = clean_text(value)
    if found or not text or not _BARE_INTERNATIONAL.match(text.strip()):
        return found
    return normalize_phone("+" + text.strip())


_NL_POSTCODE = re.compile(r"^([1-9]\d{3})\s?-?\s?([A-Za-z]{2})$")
_BE_POSTCODE = re.compile(r"^(?:B-?|BE-?)?([1-9]\d{3})$", re.IGNORECASE)


def normalize_postal_code(value: object) -> str | None:
    """Dutch "1234 AB"; Belgian four digits ("B-2018" -> "2018")."""
    text = clean_text(value)
    if not text:
        return None
    match = _NL_POSTCODE.match(text)
    if match:
        letters = match.group(2).upper()
        if letters in {"SA", "SD", "SS"}:  # never issued in the Netherlands
            return None
        return f"{match.group(1)} {letters}"
    match = _BE_POSTCODE.match(text)
    return match.group(1) if match else None


_HOUSE_NUMBER = re.compile(
    r"^(\d{1,5})\s*(?:(-)\s*(\d{1,4}|[A-Za-z]{1,4})|([A-Za-z]{1,4})|(\d{1,4}))?$"
)


def normalize_house_number(number: object, addition: object = None) -> str | None:
    """"14" + "A" -> "14A"; "7" + "bis" -> "7bis"; "12-3"; "8 A" -> "8A"; "23" + "2" -> "23-2".
    A hyphen the sender wrote stays ("8-A"): the corpus README's form only takes out spaces."""
    num = clean_text(number)
    if not num:
        return None
    add = clean_text(addition)
    text = f"{num} {add}" if add else num
    text = re.sub(r"\s+", " ", text.replace("–", "-")).strip()
    match = _HOUSE_NUMBER.match(text)
    if not match:
        return None
    base, dash, after_dash, letters, bare_digits = match.groups()
    if dash:
        return f"{base}-{_addition_case(after_dash)}"
    if letters:
        return f"{base}{_addition_case(letters)}"
    if bare_digits:
        return f"{base}-{bare_digits}"
    return base


def _addition_case(addition: str) -> str:
    # Single letters are written as capitals ("14A"); words such as "bis" or "hs" stay lower.
    return addition.upper() if len(addition) == 1 else addition.lower()


def normalize_sku(value: object) -> str | None:
    text = clean_text(value)
    if not text:
        return None
    text = text.strip(" ()[],;:").upper()
    return text if re.fullmatch(r"[A-Z0-9][A-Z0-9._/\-]{1,40}", text) else None


def normalize_identifier(value: object) -> str | None:
    """Order ids, account numbers, dealer ids, PO numbers: one token that holds a digit."""
    text = clean_text(value)
    if not text:
        return None
    text = text.strip(" ()[],;:.#")
    if re.fullmatch(r"\d+\.0", text):  # a number that went through a spreadsheet as float
        text = text[:-2]
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._/\-]{1,40}", text) or not re.search(r"\d", text):
        return None
    return text


_COUNTRIES = r"nederland|the netherlands|netherlands|belgi[eë]|belgium|belgique|belgien"
# "Genk (België)", "Venlo, Nederland", "Gent (BE)": the country written after the city is
# not part of its name. "Bergen (NH)" keeps its province: that is how the town is called.
_COUNTRY_AFTER_CITY = re.compile(
    rf"\s*(?:\(\s*(?:{_COUNTRIES}|nl|be)\s*\)|[,\-–]\s*(?:{_COUNTRIES}))\s*$", re.IGNORECASE
)


def normalize_city(value: object) -> str | None:
    text = clean_text(value)
    if not text:
        return None
    text = _COUNTRY_AFTER_CITY.sub("", text).strip(" ,;:")
    if is_placeholder(text):
        return None
    if re.search(r"[()]", re.sub(r"\s\([A-Z]{1,3}\)$", "", text)):
        return None  # "Genk (bel eerst aan)": more than the town's name
    if not re.search(r"[^\W\d_]{2}", text) or re.search(r"\d", text) or len(text) > 60:
        return None
    return text


def normalize_street(value: object) -> str | None:
    text = clean_text(value)
    if not text:
        return None
    text = text.strip(" ,;:")
    if "," in text or is_placeholder(text) or re.search(r"[()]", text):
        return None  # "Ruud Smeets, Akerstraat", "Biltstraat (hoek Nachtegaalstraat)"
    if not re.search(r"[^\W\d_]{3}", text) or len(text) > 80:
        return None
    return text


def normalize_notes(value: object) -> str | None:
    return clean_text(value)


def normalize_quantity(value: object) -> int | None:
    text = clean_text(value)
    if not text:
        return None
    text = re.sub(r"^[x×]\s*(?=\d)", "", text.lower())  # "×1", as webshops write it
    match = re.fullmatch(r"(\d{1,3})(?:\.0+|,0+)?\s*(?:x|×|st\.?|stuks|pcs|stk)?", text)
    if not match:
        return None
    quantity = int(match.group(1))
    return quantity if 1 <= quantity <= 999 else None


def iso_date(value: date | None) -> str | None:
    return value.isoformat() if value else None
