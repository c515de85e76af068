"""The SMTP listener's quick Message-ID scan against the full header parser."""

from __future__ import annotations

import pytest

from intake.mail_headers import message_id_of, read_headers, scan_message_id
from tests.conftest import CORPUS, MIME_WILD


def _messages():
    files = sorted(p for p in [*MIME_WILD.rglob("*"), *(CORPUS / "emails").glob("*.eml")]
                   if p.is_file())
    if not files:
        pytest.skip(f"no messages under {MIME_WILD} or {CORPUS}")
    return files


def test_scan_finds_what_the_parser_finds_in_every_shared_message():
    differ = []
    for path in _messages():
        raw = path.read_bytes()
        parsed = message_id_of(raw, read_headers(raw))
        # Past a broken header line the parser reads the rest as body; the scan reads on.
        if parsed is not None and scan_message_id(raw) != parsed:
            differ.append(path.name)
    assert differ == []


@pytest.mark.parametrize(("raw", "expected"), [
    (b"Subject: x\r\nMessage-ID: <a@b>\r\n\r\nbody", "<a@b>"),
    (b"message-id:\r\n  <folded@b>\r\nSubject: x\r\n\r\n", "<folded@b>"),
    (b"Subject: x\n\nMessage-ID: <in-body@b>\n", None),  # the body is not the header
    (b"X-Message-ID: <other@b>\r\n\r\n", None),
    (b"Message-ID: <nul\x00@b>\r\n\r\n", "<nul@b>"),  # fit for a text column
    (b"Message-ID: <first@b>\r\nMessage-ID: <second@b>\r\n\r\n", "<first@b>"),
    (b"no header block at all", None),
])
def test_scan_reads_only_the_header_block(raw, expected):
    assert scan_message_id(raw) == expected
    assert message_id_of(raw) == expected
