"""ParsedMessage objects built by hand, as the parser would produce them."""

from __future__ import annotations

from extraction.parsed import AttachmentInfo, ParsedMessage, TextSource
from extraction.partners import PartnerProfile, profiles_from_reference
from intake.reference import read_reference_file
from intake.settings import BUNDLED_PARTNERS_FILE


def partners() -> list[PartnerProfile]:
    return profiles_from_reference(read_reference_file(BUNDLED_PARTNERS_FILE))


def partner(partner_id: str, **changes) -> PartnerProfile:
    profile = next(p for p in partners() if p.id == partner_id)
    return profile.model_copy(update=changes)


def body(text: str, kind: str = "body_text", name: str = "body", position: int = 0) -> TextSource:
    return TextSource(kind=kind, name=name, position=position, text=text)


def message(
    text: str | None = None,
    *,
    partner_id: str = "groendus",
    subject: str = "Nieuwe order",
    sender: str | None = None,
    sources: list[TextSource] | None = None,
    headers: list[tuple[str, str]] | None = None,
    date: str = "2026-03-02T10:00:00+01:00",
    **fields,
) -> ParsedMessage:
    domains = {"groendus": "groendus.nl", "essent": "essent.nl", "eneco": "eneco.nl",
               "50five": "50five.com", "alva": "alva-charging.nl"}
    all_sources = ([body(text)] if text is not None else []) + list(sources or [])
    return ParsedMessage(
        subject=subject,
        from_address=sender or f"orders@{domains.get(partner_id, 'example.org')}",
        to_addresses=[f"{partner_id}@orders.chargecars.nl"],
        date=date,
        headers=headers or [],
        sources=all_sources,
        **fields,
    )


def attachment_info(name: str, content_type: str, *, extracted: bool, size: int = 5000,
                    note: str | None = None) -> AttachmentInfo:
    return AttachmentInfo(name=name, content_type=content_type, size=size, sha256="0" * 64,
                          position=1, text_extracted=extracted, note=note)


GROENDUS_ORDER = """Nieuwe installatieopdracht via Groendus

Ordernummer: GRD-2026-01234
Klantnummer: 7700111222

Naam: Sanne de Vries
E-mail: Sanne.deVries@Gmail.com
Telefoon: 06-12345678
Straat: Biltstraat
Huisnummer: 14
Toevoeging: A
Postcode: 3572ab
Plaats: Utrecht

Artikel 1: GRO-ALFEN-11 | Alfen Eve Single S-line 11 kW | aantal: 1
Artikel 2: GRO-INSTALL-3 | Installatie standaard 3-fase | aantal: 1

Gewenste installatiedatum: 21-03-2026
Opmerkingen: Meterkast in de garage.

--
Dit bericht is automatisch verzonden door het Groendus partnerportaal.
Vragen? Partnerdesk Groendus: 088-7654321 of partnerdesk@groendus.nl
"""
