"""The MIME walk: which part becomes which source, in which order, and broken structures."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest

from extraction.parsing import parse_message
from intake.settings import Settings
from tests.parsing.builders import base_headers, raw_message, text_pdf, with_attachment

SETTINGS = Settings(_env_file=None)


def _kinds(parsed):
    return [(source.kind, source.name) for source in parsed.sources]


def test_alternative_gives_text_and_html_then_attachments_in_mime_order():
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@partner.example", "b@x.example", "Order"
    msg.set_content("Naam: Sanne de Vries\nStraat: Biltstraat 14")
    msg.add_alternative("<p>Naam: <b>Sanne de Vries</b></p><p>Straat: Biltstraat 14</p>",
                        subtype="html")  # fmt: skip
    msg.add_attachment(b"Artikel;Aantal\nGRO-ALFEN-11;1\n", maintype="text", subtype="csv",
                       filename="order.csv")  # fmt: skip
    msg.add_attachment("Notitie: bellen na 17u", filename="notitie.txt")
    parsed = parse_message(msg.as_bytes(), SETTINGS)
    assert _kinds(parsed) == [
        ("body_text", "body"),
        ("body_html", "html"),
        ("attachment", "order.csv"),
        ("attachment", "notitie.txt"),
    ]
    positions = [source.position for source in parsed.sources]
    assert positions == sorted(positions) and len(set(positions)) == 4
    assert "Straat: Biltstraat 14" in parsed.sources[0].text
    assert "Naam: Sanne de Vries" in parsed.sources[1].text
    assert parsed.sources[2].rows == [["Artikel", "Aantal"], ["GRO-ALFEN-11", "1"]]
    assert [a.name for a in parsed.attachments] == ["order.csv", "notitie.txt"]
    assert parsed.display_html and "Sanne de Vries" in parsed.display_html


def test_several_text_parts_are_concatenated_in_order():
    body = (
        b"--s\r\nContent-Type: text/plain\r\n\r\nEerste deel\r\n"
        b"--s\r\nContent-Type: image/png\r\nContent-Disposition: inline\r\n\r\n"
        b"\x89PNG\r\n\x1a\n\x00\x00\r\n"
        b"--s\r\nContent-Type: text/plain\r\n\r\nTweede deel\r\n--s--\r\n"
    )
    parsed = parse_message(raw_message(base_headers(Content_Type='multipart/mixed; boundary="s"'),
                                       body), SETTINGS)  # fmt: skip
    assert parsed.sources[0].kind == "body_text"
    assert parsed.body_text.index("Eerste deel") < parsed.body_text.index("Tweede deel")
    assert [a.content_type for a in parsed.attachments] == ["image/png"]


def test_broken_boundary_falls_back_to_raw_text():
    body = "--wrong\r\nContent-Type: text/plain\r\n\r\nNaam: Sanne\r\n--wrong--\r\n"
    headers = base_headers(Content_Type='multipart/mixed; boundary="declared-but-never-used"')
    parsed = parse_message(raw_message(headers, body), SETTINGS)
    assert "Naam: Sanne" in parsed.body_text
    assert any(p.startswith("malformed_mime: part 0") for p in parsed.problems)


def test_missing_boundary_parameter_falls_back_to_raw_text():
    headers = base_headers(Content_Type="multipart/alternative")
    parsed = parse_message(raw_message(headers, "Blah blah, Biltstraat 14\r\n"), SETTINGS)
    assert "Biltstraat 14" in parsed.body_text
    assert any(p.startswith("malformed_mime") for p in parsed.problems)


def test_folded_boundary_is_repaired():
    # Mailers fold the parameter; the stdlib then looks for a boundary with a newline in it.
    raw = (
        b"From: a@b.example\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="----=_NextPart\r\n _000_0002"\r\n\r\n'
        b"------=_NextPart _000_0002\r\nContent-Type: text/plain\r\n\r\nNaam: Sanne\r\n"
        b"------=_NextPart _000_0002\r\nContent-Type: text/csv\r\n"
        b'Content-Disposition: attachment; filename="o.csv"\r\n\r\na;b\r\n1;2\r\n'
        b"------=_NextPart _000_0002--\r\n"
    )
    parsed = parse_message(raw, SETTINGS)
    assert parsed.body_text.strip() == "Naam: Sanne"
    assert [a.name for a in parsed.attachments] == ["o.csv"]
    assert parsed.problems == []


def _forward(inner: bytes, subject: str, text: str, base64_encoded: bool) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Doorsturer <fwd@partner.example>"
    msg["To"] = "orders@chargecars.example"
    msg["Subject"] = subject
    msg.set_content(text)
    if base64_encoded:  # not allowed for message/rfc822, but Outlook sends it
        msg.add_attachment(inner, maintype="message", subtype="rfc822",
                           filename=f"{subject}.eml")  # fmt: skip
    else:
        msg.add_attachment(email.message_from_bytes(inner, policy=email.policy.default),
                           filename=f"{subject}.eml")  # fmt: skip
    return msg.as_bytes()


@pytest.mark.parametrize("base64_encoded", [False, True])
def test_nested_rfc822_three_levels(base64_encoded):
    level3 = raw_message(
        {"From": "=?utf-8?q?Jo=C3=ABlle?= <joelle@klant.example>", "To": "x@y.example",
         "Subject": "Origineel", "Date": "Mon, 20 Apr 2026 09:02:11 +0200"},
        "Naam: Joëlle Peeters\nAdres: Biltstraat 14",
    )  # fmt: skip
    level2 = _forward(level3, "FW2", "Tweede doorsturing", base64_encoded)
    level1 = _forward(level2, "FW1", "Eerste doorsturing", base64_encoded)
    parsed = parse_message(_forward(level1, "FW0", "Bovenste bericht", base64_encoded), SETTINGS)
    if not base64_encoded:
        assert b"Content-Type: message/rfc822" in level1 and b"base64" not in level1
    embedded = [s for s in parsed.sources if s.kind == "embedded_message"]
    assert [s.name for s in embedded] == ["FW0.eml", "FW1.eml", "FW2.eml"]
    assert parsed.body_text.strip() == "Bovenste bericht"
    deepest = embedded[-1].text
    assert "From: Joëlle <joelle@klant.example>" in deepest  # headers readable, decoded
    assert "Subject: Origineel" in deepest
    assert "Naam: Joëlle Peeters" in deepest
    assert embedded[0].position < embedded[1].position < embedded[2].position
    assert parsed.problems == []


def test_pdf_found_by_content_whatever_it_is_declared_as():
    pdf = text_pdf([["Ordernummer: GRD-2025-05611"]])
    for maintype, subtype, disposition in [
        ("application", "octet-stream", "attachment"),
        ("application", "pdf", "inline"),
        ("image", "jpeg", "attachment"),
    ]:
        raw = with_attachment(pdf, "scan0001", maintype, subtype, disposition=disposition)
        parsed = parse_message(raw, SETTINGS)
        attachment = parsed.sources[-1]
        assert attachment.kind == "attachment" and attachment.name == "scan0001"
        assert "GRD-2025-05611" in attachment.text
        info = parsed.attachments[0]
        assert info.content_type == "application/pdf"
        assert info.declared_type == f"{maintype}/{subtype}"
        assert info.text_extracted and len(info.sha256) == 64 and info.size == len(pdf)


def test_rfc2047_and_rfc2231_filenames():
    body = (
        "--s\r\nContent-Type: text/plain\r\n\r\nZie bijlagen\r\n"
        '--s\r\nContent-Type: text/plain; name="=?utf-8?q?Opdracht_Jo=C3=ABlle.txt?="\r\n'
        'Content-Disposition: attachment; filename="=?utf-8?q?Opdracht_Jo=C3=ABlle.txt?="\r\n'
        "\r\neen\r\n"
        "--s\r\nContent-Type: text/plain\r\n"
        "Content-Disposition: attachment; filename*=iso-8859-1''Ren%E9%20order.txt\r\n"
        "\r\ntwee\r\n--s--\r\n"
    )
    headers = base_headers(Content_Type='multipart/mixed; boundary="s"')
    parsed = parse_message(raw_message(headers, body), SETTINGS)
    assert [a.name for a in parsed.attachments] == ["Opdracht Joëlle.txt", "René order.txt"]
    assert [s.name for s in parsed.sources[1:]] == ["Opdracht Joëlle.txt", "René order.txt"]


def test_delivery_status_report_is_readable():
    body = (
        "--r\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--r\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; x@y.example\r\n"
        "Action: failed\r\nStatus: 5.1.1\r\n"
        "--r\r\nContent-Type: message/rfc822\r\n\r\n"
        "From: orders@chargecars.example\r\nSubject: Bevestiging ALVA-1\r\n\r\nOrder bevestigd\r\n"
        "--r--\r\n"
    )
    headers = base_headers(Content_Type='multipart/report; report-type=delivery-status; boundary="r"',
                           Auto_Submitted="auto-replied")  # fmt: skip
    parsed = parse_message(raw_message(headers, body), SETTINGS)
    assert parsed.auto_submitted == "auto-replied"
    report = next(s for s in parsed.sources if s.content_type == "message/delivery-status")
    assert "Action: failed" in report.text
    returned = next(s for s in parsed.sources if s.kind == "embedded_message")
    assert "Subject: Bevestiging ALVA-1" in returned.text and "Order bevestigd" in returned.text


def test_leading_blank_line_and_bom_before_headers():
    raw = b"\xef\xbb\xbf   \r\nFrom: a@b.example\r\nSubject: Met BOM\r\n\r\nTekst"
    parsed = parse_message(raw, SETTINGS)
    assert parsed.subject == "Met BOM" and parsed.from_address == "a@b.example"
    assert parsed.body_text == "Tekst"
