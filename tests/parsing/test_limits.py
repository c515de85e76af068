"""Limits against hostile input: each one stops reading, records a problem, keeps the rest."""

from __future__ import annotations

import time
from email import message_from_bytes, policy

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

import extraction.parsing.attachments as attachments_module
from extraction.parsed import ParsedMessage
from extraction.parsing import parse_message
from extraction.parsing.limits import zip_declared_size
from intake.settings import Settings
from tests.parsing import builders
from tests.parsing.builders import base_headers, raw_message, with_attachment

SETTINGS = Settings(_env_file=None)
# Built once: hypothesis needs the same input length on every run (boundaries are random).
_DAMAGE_BASE = builders.with_attachment(builders.xlsx([["Naam"], ["Sanne"]]), "o.xlsx")


def _settings(**overrides) -> Settings:
    return Settings(_env_file=None, **overrides)


def test_thousand_parts_stop_at_max_parts():
    started = time.monotonic()
    parsed = parse_message(builders.many_parts(1000), SETTINGS)
    assert time.monotonic() - started < 5
    assert "limit_exceeded: parts > 200" in parsed.problems
    assert "Deel 0" in parsed.body_text and "Deel 198" in parsed.body_text
    assert "Deel 199" not in parsed.body_text  # part 200 (the 201st) is not read
    assert parsed.from_address == "desk@partner.example"


def test_depth_fifty_stops_at_max_depth():
    parsed = parse_message(builders.nested_multipart(50, leaf="Diepste tekst"), SETTINGS)
    assert "limit_exceeded: depth > 10" in parsed.problems
    assert "Diepste tekst" not in parsed.body_text
    shallow = parse_message(builders.nested_multipart(9, leaf="Ondiep genoeg"), SETTINGS)
    assert "Ondiep genoeg" in shallow.body_text and shallow.problems == []


def test_nesting_too_deep_for_the_parser_itself():
    # Thousands of levels overflow the stdlib parser's recursion: headers and raw text remain.
    parsed = parse_message(builders.nested_multipart(3000), SETTINGS)
    assert "limit_exceeded: depth > 10" in parsed.problems
    assert parsed.subject == "Order"


def test_max_attachments():
    body = "".join(
        f'--s\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename="{i}.txt"'
        f"\r\n\r\nbijlage {i}\r\n"
        for i in range(60)
    )
    raw = raw_message(base_headers(Content_Type='multipart/mixed; boundary="s"'), body + "--s--")
    parsed = parse_message(raw, SETTINGS)
    assert "limit_exceeded: attachments > 50" in parsed.problems
    assert len(parsed.attachments) == 50
    assert parsed.attachments[-1].name == "49.txt"


def test_max_attachment_bytes():
    raw = with_attachment(b"x" * 50_000, "groot.txt", "text", "plain")
    parsed = parse_message(raw, _settings(max_attachment_bytes=10_000))
    assert "limit_exceeded: attachment_bytes > 10000: groot.txt" in parsed.problems
    assert parsed.attachments[0].note == "over limit"
    assert [s.kind for s in parsed.sources] == ["body_text"]


def test_zip_bomb_xlsx_is_not_opened():
    bomb = builders.with_zip_bomb(builders.xlsx([["Naam"], ["Sanne"]]), inflated_bytes=150 << 20)
    assert len(bomb) < 1_000_000  # 150 MB of zeros deflate to a few hundred KB
    started = time.monotonic()
    parsed = parse_message(with_attachment(bomb, "bom.xlsx"), SETTINGS)
    assert time.monotonic() - started < 2
    assert "limit_exceeded: decompressed_bytes > 104857600: bom.xlsx" in parsed.problems
    assert parsed.attachments[0].note == "over limit"
    assert parsed.attachments[0].content_type.endswith("spreadsheetml.sheet")


def test_decompressed_budget_is_for_the_whole_message():
    docx = builders.docx_file(["Werkopdracht"], [["a", "b"]])
    limit = zip_declared_size(docx) * 3 // 2  # room for one docx, not for two
    message = message_from_bytes(builders.with_attachment(docx, "een.docx"), policy=policy.default)
    message.add_attachment(docx, maintype="application", subtype="octet-stream",
                           filename="twee.docx")  # fmt: skip
    parsed = parse_message(message.as_bytes(), _settings(max_decompressed_bytes=limit))
    assert [a.text_extracted for a in parsed.attachments] == [True, False]
    assert f"limit_exceeded: decompressed_bytes > {limit}: twee.docx" in parsed.problems


def test_pdf_with_500_pages_reads_max_pdf_pages():
    pdf = builders.text_pdf([[f"Pagina {n}"] for n in range(1, 501)])
    started = time.monotonic()
    parsed = parse_message(with_attachment(pdf, "dik.pdf"), SETTINGS)
    assert time.monotonic() - started < 5
    assert "limit_exceeded: pdf_pages > 50: dik.pdf" in parsed.problems
    text = parsed.sources[-1].text
    assert "Pagina 50" in text and "Pagina 51" not in text


def test_message_over_the_size_limit_is_cut():
    raw = raw_message(base_headers(), "Begin\r\n" + "x" * 10_000 + "\r\nEinde")
    parsed = parse_message(raw, _settings(smtp_max_message_bytes=2_000))
    assert "limit_exceeded: message_bytes > 2000" in parsed.problems
    assert parsed.subject == "Order" and "Begin" in parsed.body_text
    assert "Einde" not in parsed.body_text


def test_time_limit_stops_the_walk():
    parsed = parse_message(builders.many_parts(20), _settings(max_seconds_per_message=0))
    assert "limit_exceeded: time > 0 s" in parsed.problems
    assert parsed.subject == "Order"  # the headers are still read


def test_error_in_one_part_costs_only_that_part(monkeypatch):
    def broken_reader(*args, **kwargs):
        raise RuntimeError("kapot")

    monkeypatch.setattr(attachments_module, "read_pdf", broken_reader)
    raw = with_attachment(builders.text_pdf([["x"]]), "order.pdf")
    parsed = parse_message(raw, SETTINGS)
    assert parsed.problems == ["parse_error: part 2 (order.pdf): RuntimeError: kapot"]
    assert parsed.body_text.strip() == "Zie bijlage."
    assert parsed.attachments[0].note == "unreadable"


@pytest.mark.parametrize(
    "raw",
    [b"", b"\x00" * 100, b"\r\n\r\n", b"From:", b"Content-Type: multipart/mixed\r\n\r\n--",
     b"Content-Type: message/rfc822\r\n\r\n", b"Content-Transfer-Encoding: base64\r\n\r\n!!!",
     b"Content-Type: text/plain; charset=\"\xff\xfe\"\r\n\r\nx", "str input, not bytes"],
)  # fmt: skip
def test_odd_inputs_never_raise(raw):
    assert isinstance(parse_message(raw, SETTINGS), ParsedMessage)


@hypothesis_settings(max_examples=150, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
@given(st.binary(max_size=3000))
def test_random_bytes_never_raise(raw):
    parsed = parse_message(raw, SETTINGS)
    assert isinstance(parsed, ParsedMessage)
    ParsedMessage.model_validate_json(parsed.model_dump_json())  # stays storable as JSON


@hypothesis_settings(max_examples=150, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
@given(st.data())
def test_damaged_real_messages_never_raise(data):
    original = _DAMAGE_BASE
    position = data.draw(st.integers(0, len(original) - 1))
    junk = data.draw(st.binary(min_size=1, max_size=40))
    cut = data.draw(st.booleans())
    damaged = original[:position] + junk + (b"" if cut else original[position + len(junk) :])
    assert isinstance(parse_message(damaged, SETTINGS), ParsedMessage)
