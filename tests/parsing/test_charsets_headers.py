"""Charsets (declared, mislabelled, unknown) and the decoded header fields."""

from __future__ import annotations

import base64

import pytest

from extraction.parsing import parse_message
from extraction.parsing.charsets import decode_bytes, decode_header_value
from intake.settings import Settings
from tests.parsing.builders import base_headers, raw_message

SETTINGS = Settings(_env_file=None)


def _text_message(body: bytes, charset: str | None, cte: str = "8bit") -> bytes:
    ctype = f'text/plain; charset="{charset}"' if charset else "text/plain"
    return raw_message(base_headers(Content_Type=ctype, Content_Transfer_Encoding=cte), body)


@pytest.mark.parametrize(
    ("declared", "encoded"),
    [
        ("utf-8", "Joëlle René € straße".encode()),
        ("iso-8859-1", "Joëlle René straße".encode("latin-1")),
        ("windows-1252", "Joëlle René € straße".encode("cp1252")),
        ("x-unknown", "Joëlle René € straße".encode("cp1252")),  # unknown label
        ("utf-8", "Joëlle René € straße".encode("cp1252")),  # says utf-8, is cp1252
        ("iso-8859-1", "Joëlle René € straße".encode()),  # says latin-1, is utf-8
        ("us-ascii", "Joëlle René € straße".encode()),  # says ascii, is utf-8
        (None, "Joëlle René € straße".encode("cp1252")),  # no charset at all
        ("base64", "Joëlle René € straße".encode()),  # a codec name that is no charset
    ],
)
def test_body_charsets_decode_to_what_was_written(declared, encoded):
    parsed = parse_message(_text_message(encoded, declared), SETTINGS)
    assert "Joëlle René" in parsed.body_text
    assert "straße" in parsed.body_text
    if "€".encode("cp1252") in encoded or "€".encode() in encoded:
        assert "€" in parsed.body_text
    assert "\ufffd" not in parsed.body_text
    assert parsed.problems == []


def test_latin1_label_reads_cp1252_punctuation():
    # Mail labelled iso-8859-1 carries cp1252's euro sign and quotes (0x80-0x9f) in practice.
    body = "Prijs \u20ac 695,00 \u2018incl.\u2019".encode("cp1252")
    parsed = parse_message(_text_message(body, "iso-8859-1"), SETTINGS)
    assert "€ 695,00 ‘incl.’" in parsed.body_text


def test_undecodable_bytes_still_give_text():
    # 0x81 is undefined in cp1252 and invalid UTF-8: latin-1 is the last resort, no exception.
    assert decode_bytes(b"abc\x81def", "utf-8") == "abc\x81def"
    assert decode_bytes(b"", "x-unknown") == ""


def test_quoted_printable_and_base64_bodies():
    qp = _text_message(b"Stra=C3=9Fe: Biltstraat=\r\n 14", "utf-8", "quoted-printable")
    assert "Straße: Biltstraat 14" in parse_message(qp, SETTINGS).body_text
    b64 = _text_message(base64.encodebytes("Plaats: Zürich".encode("cp1252")), "cp1252", "base64")
    assert "Plaats: Zürich" in parse_message(b64, SETTINGS).body_text


def test_rfc2047_headers_decoded():
    headers = base_headers(
        Subject="=?utf-8?q?Order_voor_Jo=C3=ABlle?= =?iso-8859-1?b?UmVu6Q==?= klaar",
        From='"=?utf-8?b?UmVuw6kgSmFuc3Nlbg==?=" <Rene.Janssen@Example.NL>',
    )
    parsed = parse_message(raw_message(headers, "x"), SETTINGS)
    assert parsed.subject == "Order voor JoëlleRené klaar"
    assert parsed.from_name == "René Janssen"
    assert parsed.from_address == "rene.janssen@example.nl"


def test_raw_8bit_and_unknown_charset_headers():
    raw = (
        b"From: Jo\xc3\xablle <j@x.example>\r\n"
        b"Subject: =?x-unknown?q?Ren=E9?= en Stra\xdfe\r\n"
        b"\r\nbody"
    )
    parsed = parse_message(raw, SETTINGS)
    assert parsed.from_name == "Joëlle"
    assert parsed.subject == "René en Straße"


def test_header_fields():
    headers = [
        ("Message-ID", "<abc.123@partner.example>"),
        ("From", "Groendus Orderdesk <OrderDesk@Groendus.NL>"),
        ("Reply-To", "Partnerdesk <Partnerdesk@Groendus.nl>"),
        ("To", "groendus@orders.example, Tweede <Second@Orders.example>"),
        ("Cc", "undisclosed-recipients:;"),
        ("Cc", "ignored@second-cc.example"),
        ("Date", "Thu, 03 Jul 2025 09:14:22 +0200"),
        ("In-Reply-To", "<parent@x.example>"),
        ("References", "<root@x.example>\r\n <parent@x.example>"),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Lange\r\n onderwerpregel"),
        ("Content-Type", "text/plain; charset=utf-8"),
    ]
    parsed = parse_message(raw_message(headers, "x"), SETTINGS)
    assert parsed.message_id == "<abc.123@partner.example>"
    assert parsed.from_address == "orderdesk@groendus.nl"
    assert parsed.from_name == "Groendus Orderdesk"
    assert parsed.reply_to == "partnerdesk@groendus.nl"
    assert parsed.to_addresses == ["groendus@orders.example", "second@orders.example"]
    assert parsed.cc_addresses == []  # the first Cc is a group with nobody in it
    assert parsed.date == "2025-07-03T09:14:22+02:00"
    assert parsed.in_reply_to == "<parent@x.example>"
    assert parsed.references == ["<root@x.example>", "<parent@x.example>"]
    assert parsed.auto_submitted == "auto-replied"
    assert parsed.subject == "Lange onderwerpregel"
    assert parsed.content_type == "text/plain"
    assert ("Subject", "Lange onderwerpregel") in parsed.headers
    assert [name for name, _ in parsed.headers][:2] == ["Message-ID", "From"]


def test_unparseable_date_and_addresses_give_none_not_errors():
    headers = {"From": "not an address", "Date": "gisteren rond een uur of drie", "To": "<<>>"}
    parsed = parse_message(raw_message(headers, "x"), SETTINGS)
    assert parsed.date is None
    assert parsed.from_address is None
    assert parsed.to_addresses == []
    assert parsed.problems == []


def test_decode_header_value_keeps_plain_text_and_survives_garbage():
    assert decode_header_value("Gewoon onderwerp") == "Gewoon onderwerp"
    assert decode_header_value("=?utf-8?b?!!!notbase64?=") is not None
    assert decode_header_value("=?utf-8?q?unterminated") == "=?utf-8?q?unterminated"
