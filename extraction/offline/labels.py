"""Which label, as partners write it, fills which field: a partner-agnostic vocabulary.

Labels are compared in their normal form (``normalize_label``): lower case, single spaces,
no trailing colon. Besides the ORDER's field paths, a label can name a compound value
("adres" = street + number [+ postcode + city]) or a product column; ``IGNORED`` labels are
known to carry nothing we extract (so their values are never mistaken for something else).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extraction.offline.labels_fr import FRENCH_VOCABULARY
from extraction.offline.labels_jobs import JOB_SHEET_VOCABULARY

ADDRESS_FULL = "address.full"  # "Kanaalweg 190, 3526 KL Utrecht" or "Hoogstraat 12-3"
POSTCODE_CITY = "address.postcode_city"  # "3011 PR Rotterdam"
ADDITION = "address.addition"  # Toevoeging
COMPANY_NAME = "name.company"  # a business customer is named by its company (holdout 012)
FIRST_NAME = "name.first"  # Voornaam: joined with the other name parts into customer.name
NAME_INFIX = "name.infix"  # Tussenvoegsel ("van der")
LAST_NAME = "name.last"  # Achternaam
PRODUCT_LINE = "products.line"  # "GRO-ALFEN-11 | Alfen Eve ... | aantal: 1"
PRODUCT_SKU = "products.sku"
PRODUCT_DESCRIPTION = "products.description"
PRODUCT_QUANTITY = "products.quantity"
PRODUCTS_HEADER = "products.header"  # "Producten:", "PRODUCTS": product lines follow
TIME_OF_DAY = "notes.time_of_day"  # "Dagdeel: ochtend": a wish with no field, kept in notes
IGNORED = "ignored"
# "Locatie" is an address ("Chaamseweg 41, 5111 HJ Baarle-Nassau") or a place on the property
# ("oprit links"): it names the address only when its value reads as one.
SOFT_ADDRESS_LABELS = {"locatie", "installatielocatie", "location"}

_VOCABULARY: dict[str, tuple[str, ...]] = {
    "partner_order_id": (
        "ordernummer", "order nummer", "ordernr", "order nr", "order number", "order no",
        "order id", "order reference", "order ref", "orderreferentie", "referentie",
        "reference", "ref", "ref nr", "refnr", "opdrachtnummer", "opdracht nummer", "opdrachtnr", "opdrachtreferentie",
        "opdracht", "werkopdracht", "partner order id", "partner order", "your order",
        "bestelnummer", "order", "opdrachtbon",
        "deal", "deal id", "dealnummer",  # a CRM's deal is the sale: the order
    ),
    "partner_references.customer_account": (
        "klantnummer", "klant nummer", "klantnr", "customer account", "customer number",
        "customer no", "account", "account number", "accountnummer", "contractnummer",
        "contract nummer", "contract number", "contract", "contractnr", "contract nr",
        "debiteurnummer", "relatienummer", "klant id", "klantid", "customer id",
    ),
    "partner_references.dealer_group_id": (
        "dealer", "dealer id", "dealer-id", "dealergroep", "dealer groep", "dealer group",
        "dealer group id", "dealergroep id", "dealer code", "dealercode",
    ),
    "partner_references.purchase_order": (
        "po", "po nummer", "po number", "po nr", "inkoopordernummer", "inkooporder",
        "inkoop order", "inkoopnummer", "purchase order", "purchase order number",
        "inkoopordernr",
    ),
    "customer.name": (
        "naam", "naam klant", "klantnaam", "klant", "name", "customer", "customer name",
        "full name", "client", "client name", "eindklant", "t.a.v.", "tav",
        "volledige naam", "klant naam", "naam eindklant", "customer full name",
    ),
    COMPANY_NAME: ("bedrijfsnaam", "company name", "firmanaam"),
    FIRST_NAME: ("voornaam", "voornaam klant", "first name", "firstname", "given name",
                 "roepnaam", "contact firstname", "contact first name"),
    NAME_INFIX: ("tussenvoegsel", "tussenvoegsels", "tussenv", "infix", "prefix"),
    LAST_NAME: ("achternaam", "achternaam klant", "last name", "lastname", "surname",
                "family name", "contact lastname", "contact last name"),
    "customer.email": (
        "e-mail", "email", "e-mailadres", "emailadres", "email address", "e-mail address",
        "mail", "mailadres", "e-mail klant", "email klant", "e-post",
        "contact email",  # a CRM export's contact is the customer; "contact telefoon" may not be
    ),
    "customer.phone": (
        "telefoon", "tel", "tel.", "telefoonnummer", "tel nr", "telnr", "mobiel", "mobile",
        "mobiele nummer", "mobiel nummer", "gsm", "phone", "phone number", "telephone",
        "mobile number", "telefoon klant", "tel klant", "contact mobile",
    ),
    "customer.address.street": ("straat", "street", "straatnaam", "street name"),
    "customer.address.house_number": (
        "huisnummer", "huisnr", "huis nr", "house number", "house no", "number", "nr",
        "housenumber",
    ),
    ADDITION: (
        "toevoeging", "toev", "huisnummertoevoeging", "huisnummer toevoeging", "addition",
        "suffix", "house number addition", "huisletter", "huisnummertoev",
    ),
    "customer.address.postal_code": (
        "postcode", "zip", "zip code", "zipcode", "postal code", "pc", "postnummer",
    ),
    "customer.address.city": (
        "plaats", "woonplaats", "city", "town", "stad", "place", "gemeente", "locality",
    ),
    ADDRESS_FULL: (
        "adres", "address", "installatieadres", "installation address", "straat en huisnummer",
        "street and number", "straat + huisnummer", "straat/huisnummer", "adres installatie",
        "afleveradres", "bezoekadres klant", "locatie", "installatielocatie", "location",
        "address line", "address line 1", "adresregel", "street address",
        "site address", "installation site", "install site",  # a work order's "site"
    ),
    POSTCODE_CITY: (
        "postcode en plaats", "postcode/plaats", "postcode / plaats", "postcode + plaats",
        "postcode plaats", "postcode en woonplaats", "postal code and city", "zip and city",
        "postcode and city", "postcode & plaats",
    ),
    "installation_preferences.preferred_date": (
        "gewenste installatiedatum", "gewenste datum", "installatiedatum", "voorkeursdatum",
        "datum installatie", "gewenste datum installatie", "preferred date",
        "preferred installation date", "installation date", "requested date", "desired date",
        "wanneer", "planning", "gewenste uitvoerdatum", "uitvoerdatum", "install date",
        "montagedatum", "plaatsingsdatum", "datum plaatsing", "datum montage",
        "date of installation", "installatiewens", "installatie wens", "wensdatum",
        "gewenste installatie", "voorkeur installatiedatum", "installation wish", "install on",
        "installation on", "installeren op",
    ),
    "installation_preferences.notes": (
        "opmerkingen", "opmerking", "notes", "note", "remarks", "remark", "comments",
        "comment", "bijzonderheden", "bijz", "toelichting", "instructies", "instructions",
        "extra informatie", "additional information", "memo", "opm",
        "site notes", "site remarks",
    ),
    TIME_OF_DAY: (
        "dagdeel", "voorkeur dagdeel", "tijdvak", "voorkeur tijdvak", "tijdstip",
        "voorkeurstijd", "time slot", "timeslot", "preferred time", "time of day",
    ),
    PRODUCT_LINE: ("artikel", "product", "wat", "item", "sku", "artikelen", "article"),
    PRODUCTS_HEADER: (
        "producten", "products", "bestelde producten", "materiaal en werk", "materiaal",
        "ordered products", "order lines", "orderregels", "artikelen", "bestelde artikelen",
        "bestelling", "items", "order items",
    ),
    PRODUCT_SKU: (
        "line sku", "item sku",  # export columns of an order line
        "artikelcode", "artikelnummer", "artikelnr", "art.nr", "art nr", "art.nr.", "productcode",
        "product code", "sku code", "code", "item code", "article code", "part number",
    ),
    PRODUCT_DESCRIPTION: ("omschrijving", "description", "productomschrijving", "product name",
                          "line name", "item name", "line description"),
    PRODUCT_QUANTITY: ("aantal", "qty", "quantity", "stuks", "hoeveelheid", "aantal stuks",
                       "st", "pcs", "amount", "line qty", "line quantity", "item qty"),
    IGNORED: (
        "orderdatum", "order date", "datum", "date", "submitted", "country", "land", "kanaal",
        "channel", "datum export", "aantal orders", "bestand", "prijs", "price",
        "prijs incl. btw", "geplande installatiedatum", "reden annulering", "status",
        "van", "aan", "verzonden", "onderwerp", "from", "to", "sent", "subject", "cc", "date sent",
        # money columns of a quote or invoice table
        "bedrag", "totaal", "subtotaal", "stukprijs", "prijs per stuk", "unit price", "total",
        "subtotal", "line total", "btw", "vat",
    ),
}

# A label may carry a qualifier that does not change its meaning ("Klantnummer Essent",
# "Contractnummer klant", "Telefoon (mobiel)"). Any other qualifier ("Telefoon monteur")
# may name someone else's value, so such labels are not recognised.
_NEUTRAL_QUALIFIERS = {
    "klant", "customer", "client", "eindklant", "de klant", "van de klant", "consument",
    "mobiel", "mobile", "privé", "prive", "thuis", "nr", "nr.", "nummer", "number", "no",
    "installatie", "installation", "install", "partner",
    # A wish is still the wish: "requested installation date", "gewenste montagedatum".
    "requested", "preferred", "desired", "gewenste", "gewenst",
}
# A dealer's purchase order is the order's purchase order ("Dealer PO number"), and a
# dealer id is the dealer group's. Not for other fields: "Dealer telefoon" is someone else's
# number and a "dealer ordernummer" is not the partner's order id.
_REFERENCE_QUALIFIERS = {"dealer", "dealers", "dealer's"}
_DEALER_REFERENCES = {"partner_references.purchase_order", "partner_references.dealer_group_id"}

LABELS: dict[str, str] = {
    label: field for field, labels in _VOCABULARY.items() for label in labels
}
# French forms (Wallonia): added where the label is not already a Dutch or English one.
# Job sheets and bookings ("Job:", "Preferred day", "Notes for installer") likewise.
for _field, _labels in (*FRENCH_VOCABULARY.items(), *JOB_SHEET_VOCABULARY.items()):
    for _label in _labels:
        LABELS.setdefault(_label, _field)

# Dutch writes compounds as one word: "bestelreferentie", "klantaccount". A compound of a
# neutral first part and a known label means that label.
_COMPOUND_PREFIXES = ("klant", "bestel", "order", "opdracht", "installatie", "eind")
_COMPOUND_BASES = {
    label: field for label, field in LABELS.items()
    if len(label) >= 5 and " " not in label and field != "ignored"
}


@lru_cache(maxsize=8192)
def normalize_label(text: str) -> str:
    """"  Artikel 2 :" -> "artikel"; "Naam_Klant" -> "naam klant"; "E-Mail*" -> "e-mail"."""
    label = text.replace("_", " ").replace("\u00a0", " ").strip().lower()
    label = re.sub(r"^[\-*•·>=#\s]+", "", label)  # "== Artikelen ==", "## Klant"
    label = re.sub(r"[\s:*.=#]+$", "", label)
    label = re.sub(r"\s+\d{1,2}$", "", label)  # "artikel 1", "sku 2"
    return re.sub(r"\s+", " ", label).strip()


def field_for_label(
    label: str, learned: dict[str, str] | None = None, partner_names: tuple[str, ...] = ()
) -> str | None:
    """The field a label fills, from the partner's learned labels first, then the vocabulary."""
    if len(label) > 60:
        return None
    norm = normalize_label(label)
    if not norm or len(norm) > 48:
        return None
    if learned and norm in learned:
        return learned[norm]
    return _vocabulary_field(norm, tuple(partner_names))


@lru_cache(maxsize=8192)
def _vocabulary_field(norm: str, partner_names: tuple[str, ...]) -> str | None:
    for spelling in _spellings(norm):
        found = _known_field(spelling, partner_names)
        if found:
            return found
    return _misspelt_field(norm)


def _spellings(norm: str) -> list[str]:
    """The label as written, then with hyphens and dots as spaces ("order-nr", "opm.",
    "inkoopordernr. klant"), "nr" as "nummer" ("klantnr"), and a form builder's question
    as what it asks for ("Welke producten?", "What is your phone number?")."""
    plain = re.sub(r"\s+", " ", re.sub(r"[-.]", " ", norm)).strip()
    longer = re.sub(r"(?<=\w)nr\b", "nummer", plain)
    asked = _QUESTION.sub("", norm).rstrip(" ?").strip() if norm.endswith("?") else norm
    return list(dict.fromkeys((norm, plain, longer, asked)))


_QUESTION = re.compile(
    r"^(?:welke|which|wat is (?:uw|je|jouw|de)|what is (?:your|the)|what are (?:your|the))\s+"
)


def _known_field(norm: str, partner_names: tuple[str, ...]) -> str | None:
    if norm in LABELS:
        return LABELS[norm]
    # "telefoon (mobiel)" is a telephone; "Telefoon (030) 231 77 65" holds its area code.
    stripped = re.sub(r"\s*\([^)\d]*\)\s*", " ", norm).strip()
    if stripped != norm and stripped in LABELS:
        return LABELS[stripped]
    for base, qualifier in _splits(stripped):
        field = LABELS.get(base) or _compound_field(base)
        if field and (qualifier in _NEUTRAL_QUALIFIERS or qualifier in partner_names):
            return field
        if field and qualifier in _REFERENCE_QUALIFIERS and field in _DEALER_REFERENCES:
            return field
    return _combined_label(stripped) or _compound_field(stripped)


def _compound_field(label: str) -> str | None:
    """"klantreferentie", "werkordernummer": a neutral first part and a known label."""
    for prefix in _COMPOUND_PREFIXES:
        if label.startswith(prefix) and label[len(prefix):] in _COMPOUND_BASES:
            return _COMPOUND_BASES[label[len(prefix):]]
    return None


# A typo in a label is read only for fields whose values show what they are by their form
# (an email, a phone, a postcode, a date): the value is checked as that field anyway.
_TYPO_FIELDS = {
    "customer.email", "customer.phone", "customer.address.postal_code",
    "installation_preferences.preferred_date",
}


def _misspelt_field(norm: str) -> str | None:
    """"Postocde", "Emial": two neighbouring letters swapped in a known label."""
    if len(norm) < 5 or " " in norm:
        return None
    fields = {
        LABELS.get(norm[:i] + norm[i + 1] + norm[i] + norm[i + 2:])
        for i in range(len(norm) - 1) if norm[i] != norm[i + 1]
    } - {None}
    return fields.pop() if len(fields) == 1 and fields <= _TYPO_FIELDS else None


# "PC/Woonplaats", "ZIP / City", "Postcode + gemeente", "Straat + huisnr": two labels joined
# into one cell name the compound value their parts make up.
_JOINERS = re.compile(r"\s*(?:/|\+|&|,)\s*|\s+(?:en|and)\s+")
_COMBINED = {
    frozenset({"customer.address.postal_code", "customer.address.city"}): POSTCODE_CITY,
    frozenset({"customer.address.street", "customer.address.house_number"}): ADDRESS_FULL,
    frozenset({"customer.address.street", "customer.address.house_number",
               "customer.address.postal_code", "customer.address.city"}): ADDRESS_FULL,
    frozenset({"customer.address.house_number", ADDITION}): "customer.address.house_number",
}


def _combined_label(label: str) -> str | None:
    parts = [p for p in _JOINERS.split(label) if p]
    if len(parts) < 2:
        return None
    named = [p for p in parts if p not in _SALUTATION_LABELS]
    if len(named) == 1 and LABELS.get(named[0]) == "customer.name":
        return "customer.name"  # "Aanhef / naam": the name follows its salutation
    fields = [LABELS.get(p) for p in parts]
    if None in fields or len(set(fields)) != len(fields):
        return None
    return _COMBINED.get(frozenset(fields))


_SALUTATION_LABELS = {"aanhef", "salutation", "titel", "title", "aanspreekvorm"}


def _splits(label: str):
    words = label.split(" ")
    for cut in range(1, len(words)):
        yield " ".join(words[:cut]), " ".join(words[cut:])
        yield " ".join(words[cut:]), " ".join(words[:cut])
