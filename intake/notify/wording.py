"""Words the templates need in both languages: status names and dates written out."""

from __future__ import annotations

from datetime import date

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

STATUS_LABELS = {
    "nl": {
        "received": "ontvangen",
        "quote_sent": "offerte verstuurd",
        "customer_approved": "akkoord van de klant",
        "installation_scheduled": "installatie ingepland",
        "installation_completed": "installatie afgerond",
        "on_hold": "in de wacht",
        "cancelled": "geannuleerd",
    },
    "en": {
        "received": "received",
        "quote_sent": "quote sent",
        "customer_approved": "customer approved",
        "installation_scheduled": "installation scheduled",
        "installation_completed": "installation completed",
        "on_hold": "on hold",
        "cancelled": "cancelled",
    },
}

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def language_of(requested: str | None) -> str:
    """The partner's language if we write it, else Dutch."""
    value = (requested or "").strip().lower()[:2]
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def status_label(status: str, language: str) -> str:
    return STATUS_LABELS[language_of(language)].get(status, status)


def long_date(value: date | str | None, language: str) -> str:
    """``2025-07-20`` -> "20 juli 2025" / "20 July 2025"; '' for no date."""
    if not value:
        return ""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day.day} {MONTHS[language_of(language)][day.month - 1]} {day.year}"


def address_line(address: dict | None) -> str:
    """"Biltstraat 14A, 3572 AB Utrecht", leaving out whatever is missing."""
    address = address or {}
    street = " ".join(p for p in (address.get("street"), address.get("house_number")) if p)
    place = " ".join(p for p in (address.get("postal_code"), address.get("city")) if p)
    return ", ".join(p for p in (street, place) if p)
