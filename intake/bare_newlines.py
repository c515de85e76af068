"""Bare CR and LF in SMTP DATA, and SMTP smuggling (CVE-2023-51766 and kin).

aiosmtpd (since 1.4.5) ends DATA only at <CR><LF>.<CR><LF>, so "\\n.\\n" or "\\r.\\r\\n"
never splits a message here: it stays inside the one message. But a message that
carries such a sequence carries a second message for any server that reads it the
other way (a relay, a forward, a future MTA in front of us), and no honest client
sends one. So it is refused, with a reply that says why. Other bare line endings are
kept byte for byte (the parser copes) and counted for the record.

A CRLF line that begins ".\n" or ".\r" never shows up here as a lone dot: aiosmtpd
takes a line's leading dot away (dot-unstuffing, RFC 5321 4.5.2), so its fake end of
data is gone and what follows is ordinary body text of the one message.
"""

from __future__ import annotations

import re

# A line holding only a dot, with a line ending of any kind on both sides.
_LONE_DOT = re.compile(rb"(?<=[\r\n])\.(?=[\r\n])")
_BARE = re.compile(rb"(?<!\r)\n|\r(?!\n)")


def smuggled_end_of_data(content: bytes) -> bool:
    """True when a lone-dot line has a bare CR or LF on either side."""
    if b"\n." not in content and b"\r." not in content:
        return False  # no line starts with a dot: the usual case, found at memchr speed
    for match in _LONE_DOT.finditer(content):
        at = match.start()
        if content[at - 2:at] != b"\r\n" or content[at + 1:at + 3] != b"\r\n":
            return True
    return False


def bare_line_endings(content: bytes) -> int:
    """LFs without a CR before them plus CRs without an LF after them (C-speed counts;
    the same as counting ``_BARE``'s matches)."""
    crlf = content.count(b"\r\n")
    return content.count(b"\n") - crlf + content.count(b"\r") - crlf
