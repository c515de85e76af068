"""Attached documents: PDF (text and AcroForm), XLSX, CSV, DOCX, TNEF winmail.dat, .msg."""

from __future__ import annotations

import datetime as dt

import pytest

from extraction.parsing import parse_message
from intake.settings import Settings
from tests.parsing import builders
from tests.parsing.builders import with_attachment

SETTINGS = Settings(_env_file=None)


def _attachment_source(parsed, name):
    return next(source for source in parsed.sources if source.name == name)


def test_text_pdf():
    pdf = builders.text_pdf([["Naam: René Janssen", "Straat: Biltstraat 14"], ["Pagina twee"]])
    parsed = parse_message(with_attachment(pdf, "order.pdf"), SETTINGS)
    source = _attachment_source(parsed, "order.pdf")
    assert source.kind == "attachment" and source.content_type == "application/pdf"
    assert "Naam: René Janssen" in source.text and "Pagina twee" in source.text
    assert source.position == parsed.attachments[0].position
    assert parsed.problems == []


def test_acroform_values_in_fields_and_text():
    pdf = builders.form_pdf({"Naam": "Joëlle Peeters", "Postcode": "3572 AB", "Leeg": ""})
    parsed = parse_message(with_attachment(pdf, "Orderformulier.pdf"), SETTINGS)
    source = _attachment_source(parsed, "Orderformulier.pdf")
    assert source.form_fields == {"Naam": "Joëlle Peeters", "Postcode": "3572 AB"}
    assert "Naam: Joëlle Peeters" in source.text.splitlines()
    assert "Postcode: 3572 AB" in source.text.splitlines()
    assert "Akkoord" not in source.text  # an unticked box is not a value
    assert "Orderformulier" in source.text  # the text layer is kept as well


def test_scanned_pdf_needs_ocr_and_goes_to_review():
    parsed = parse_message(with_attachment(builders.scanned_pdf(), "scan.pdf"), SETTINGS)
    info = parsed.attachments[0]
    assert info.note == "needs OCR" and not info.text_extracted
    assert "needs_ocr: scan.pdf" in parsed.problems
    assert parsed.body_text.strip() == "Zie bijlage."  # the message itself is not lost


def test_encrypted_pdfs():
    pdf = builders.text_pdf([["Ordernummer: GRD-2025-05611"]])
    # Only an owner password (printing/copying restrictions): opens with the empty password.
    opened = parse_message(with_attachment(builders.encrypted_pdf(pdf, ""), "a.pdf"), SETTINGS)
    assert "GRD-2025-05611" in _attachment_source(opened, "a.pdf").text
    locked = parse_message(
        with_attachment(builders.encrypted_pdf(pdf, "geheim"), "b.pdf"), SETTINGS
    )
    assert locked.attachments[0].note == "encrypted"
    assert locked.problems == ["encrypted: b.pdf"]


def test_broken_pdf_is_a_problem_not_a_crash():
    parsed = parse_message(with_attachment(b"%PDF-1.4\n1 0 obj <<", "kapot.pdf"), SETTINGS)
    assert parsed.attachments[0].content_type == "application/pdf"
    assert parsed.attachments[0].note in ("unreadable", "needs OCR")
    assert any("kapot.pdf" in problem for problem in parsed.problems)


def test_xlsx_rows_dates_and_numbers():
    data = builders.xlsx(
        [
            ["Ordernummer", "Naam", "Huisnr", "Bedrag", "Gewenste datum", "Telefoon"],
            ["ENE-2025-1", "Hanna de Jong", 140, 12.5, dt.datetime(2025, 12, 8), "06-24681357"],
            ["ENE-2025-2", "René Bos", 7.0, 1349, dt.datetime(2025, 12, 9, 14, 30), None],
        ]
    )
    parsed = parse_message(with_attachment(data, "orders.xlsx"), SETTINGS)
    source = _attachment_source(parsed, "orders.xlsx")
    assert source.content_type.endswith("spreadsheetml.sheet")
    assert source.rows[0] == ["Ordernummer", "Naam", "Huisnr", "Bedrag", "Gewenste datum",
                              "Telefoon"]  # fmt: skip
    assert source.rows[1] == ["ENE-2025-1", "Hanna de Jong", "140", "12.5", "2025-12-08",
                              "06-24681357"]  # fmt: skip
    assert source.rows[2] == ["ENE-2025-2", "René Bos", "7", "1349", "2025-12-09 14:30:00"]
    first, second = source.text.split("\n\n")
    assert first.splitlines()[:3] == ["Ordernummer: ENE-2025-1", "Naam: Hanna de Jong",
                                      "Huisnr: 140"]  # fmt: skip
    assert "Gewenste datum: 2025-12-08" in first
    assert "Telefoon" not in second  # empty cells are left out


def test_xlsx_hidden_sheet_is_not_read():
    data = builders.xlsx([["Naam", "Plaats"], ["Sanne", "Utrecht"]],
                         hidden_rows=[["Naam", "Plaats"], ["Oude Klant", "Zwolle"]])  # fmt: skip
    source = _attachment_source(parse_message(with_attachment(data, "o.xlsx"), SETTINGS), "o.xlsx")
    assert "Sanne" in source.text and "Oude Klant" not in source.text


def test_xlsx_form_sheet_reads_as_labels():
    data = builders.xlsx([["Ordernummer", "GRD-2025-1"], ["Naam", "Sanne"], ["Plaats", "Utrecht"]])
    parsed = parse_message(with_attachment(data, "form.xlsx"), SETTINGS)
    assert _attachment_source(parsed, "form.xlsx").text == (
        "Ordernummer: GRD-2025-1\nNaam: Sanne\nPlaats: Utrecht"
    )


@pytest.mark.parametrize(
    ("content", "charset"),
    [
        ("Naam;Bedrag;Plaats\r\nSébastien;1.349,00;Amsterdam\r\n".encode("cp1252"), None),
        ("Naam;Bedrag;Plaats\r\nSébastien;1.349,00;Amsterdam\r\n".encode("cp1252"), "windows-1252"),
        ('\ufeffNaam,Bedrag,Plaats\nSébastien,"1.349,00",Amsterdam\n'.encode(), "utf-8"),
        ('Naam,Bedrag,Plaats\nSébastien,"1.349,00",Amsterdam\n'.encode(), None),
    ],
)
def test_csv_delimiters_dutch_decimals_and_charsets(content, charset):
    raw = with_attachment(content, "export.csv", "text", "csv")
    if charset:
        raw = raw.replace(b"Content-Type: text/csv", f"Content-Type: text/csv; charset={charset}"
                          .encode())  # fmt: skip
    parsed = parse_message(raw, SETTINGS)
    source = _attachment_source(parsed, "export.csv")
    assert source.rows == [["Naam", "Bedrag", "Plaats"], ["Sébastien", "1.349,00", "Amsterdam"]]
    assert source.text == "Naam: Sébastien\nBedrag: 1.349,00\nPlaats: Amsterdam"


def test_docx_paragraphs_and_tables_in_order():
    data = builders.docx_file(
        ["Werkopdracht ALVA-0126-019", "Klant: Marloes Verhoeven"],
        [["Artikel", "Aantal"], ["ALVA-PULSAR-22", "1"]],
    )
    parsed = parse_message(with_attachment(data, "opdracht.docx"), SETTINGS)
    lines = _attachment_source(parsed, "opdracht.docx").text.splitlines()
    assert lines == ["Werkopdracht ALVA-0126-019", "Klant: Marloes Verhoeven",
                     "Artikel | Aantal", "ALVA-PULSAR-22 | 1", "Na de tabel."]  # fmt: skip
    assert parsed.attachments[0].content_type.endswith("wordprocessingml.document")


def test_docx_hidden_text_is_not_read():
    data = builders.docx_file(["Opdracht"], [["a"]], hidden="Naam: Verborgen Persoon")
    text = _attachment_source(parse_message(with_attachment(data, "d.docx"), SETTINGS),
                              "d.docx").text  # fmt: skip
    assert "Zichtbaar" in text and "Verborgen" not in text


def test_tnef_winmail_dat_body_and_its_files():
    pdf = builders.text_pdf([["Ordernummer: ESS-58213940"]])
    winmail = builders.tnef("Naam klant: Chloë Maréchal", [("order.pdf", pdf)])
    parsed = parse_message(with_attachment(winmail, "winmail.dat", subtype="ms-tnef"), SETTINGS)
    assert [(a.name, a.content_type) for a in parsed.attachments] == [
        ("winmail.dat", "application/ms-tnef"),
        ("order.pdf", "application/pdf"),
    ]
    assert "Naam klant: Chloë Maréchal" in _attachment_source(parsed, "winmail.dat").text
    inner = _attachment_source(parsed, "order.pdf")
    assert "ESS-58213940" in inner.text
    assert inner.position > _attachment_source(parsed, "winmail.dat").position


def test_outlook_msg_attachment():
    csv = b"Artikel;Aantal\nALVA-INST-3F;1\n"
    msg = builders.outlook_msg(
        "Order ALVA-0126-019", "Naam: Joëlle Peeters\r\nStraat: Biltstraat 14",
        ("Alva Planning", "planning@alva.example"), [("regels.csv", csv)],
    )  # fmt: skip
    parsed = parse_message(with_attachment(msg, "Doorgestuurd.msg"), SETTINGS)
    embedded = _attachment_source(parsed, "Doorgestuurd.msg")
    assert embedded.kind == "embedded_message"
    assert "Subject: Order ALVA-0126-019" in embedded.text
    assert "Naam: Joëlle Peeters" in embedded.text
    assert "planning@alva.example" in embedded.text
    assert _attachment_source(parsed, "regels.csv").rows == [["Artikel", "Aantal"],
                                                             ["ALVA-INST-3F", "1"]]  # fmt: skip
    assert parsed.attachments[0].content_type == "application/vnd.ms-outlook"


def test_unknown_binary_is_listed_not_read():
    parsed = parse_message(with_attachment(b"\x00\x01\x02garbage\x00" * 10, "blob.bin"), SETTINGS)
    assert parsed.attachments[0].content_type == "application/octet-stream"
    assert not parsed.attachments[0].text_extracted
    assert [s.kind for s in parsed.sources] == ["body_text"]
    assert parsed.problems == []
