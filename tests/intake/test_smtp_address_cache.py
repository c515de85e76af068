"""The listener remembers parsed MAIL FROM / RCPT TO arguments: the same answers as
aiosmtpd's own parser, for good and bad addresses alike, in bounded memory."""

from __future__ import annotations

import pytest
from aiosmtpd.handlers import Sink
from aiosmtpd.smtp import SMTP

from intake import smtp as listener
from intake.smtp import IntakeSMTP

ARGUMENTS = [
    "<orderdesk@groendus.nl>",
    "<orderdesk@groendus.nl> SIZE=4096",
    "orderdesk@groendus.nl",
    " <Orderdesk@Groendus.NL> BODY=8BITMIME",
    "<>",
    "",
    "<no-at-sign>",
    "<unbalanced@groendus.nl",
    "<a@b@c>",
    '<"quoted local"@groendus.nl>',
    "<" + "x" * 70 + "@groendus.nl>",  # over a 64-octet local-part limit, when one is set
    "<\x00@groendus.nl>",
    "(comment) <x@groendus.nl>",
]


@pytest.fixture(autouse=True)
def empty_cache():
    IntakeSMTP._parsed_addresses.clear()
    yield
    IntakeSMTP._parsed_addresses.clear()


@pytest.mark.parametrize("limit", [0, 64])
def test_remembered_parse_answers_as_aiosmtpd_does(limit):
    ours, theirs = IntakeSMTP(Sink()), SMTP(Sink())
    ours.local_part_limit = theirs.local_part_limit = limit
    for _round in range(2):  # the second round answers from memory
        for argument in ARGUMENTS:
            assert ours._getaddr(argument) == theirs._getaddr(argument), argument


def test_a_changed_local_part_limit_is_not_answered_from_memory():
    server = IntakeSMTP(Sink())
    long_local = "<" + "x" * 70 + "@groendus.nl>"
    assert server._getaddr(long_local)[0] is not None
    server.local_part_limit = 64
    assert server._getaddr(long_local) == (None, None)


def test_memory_is_bounded(monkeypatch):
    monkeypatch.setattr(listener, "ADDRESS_CACHE_SIZE", 10)
    server = IntakeSMTP(Sink())
    for n in range(25):
        assert server._getaddr(f"<sender{n}@groendus.nl>")[0] == f"sender{n}@groendus.nl"
        assert len(IntakeSMTP._parsed_addresses) <= 10
