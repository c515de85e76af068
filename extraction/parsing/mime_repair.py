"""A second chance for multiparts the standard parser could not split.

Real mail folds the boundary parameter over two lines (the parser then looks for a boundary
with a newline in it), or declares a boundary that differs from the one used. When a
candidate boundary does occur in the body, the part is parsed again with it; otherwise the
caller falls back to the raw body as text.
"""

from __future__ import annotations

import email
import re
from collections import Counter
from email import policy
from email.message import Message
from email.utils import collapse_rfc2231_value

_DASH_LINE = re.compile(r"^--([^\r\n]{1,200}?)[ \t]*$", re.MULTILINE)
_MIN_SHARED_PREFIX = 8


def repair_multipart(part: Message, ctype: str) -> Message | None:
    """The part re-parsed with a boundary that occurs in its body, or None."""
    payload = part.get_payload()
    if not isinstance(payload, str) or "--" not in payload:
        return None
    raw_body = payload.encode("utf-8", "surrogateescape")
    for boundary in _candidates(_declared_boundary(part), payload):
        head = f'Content-Type: {ctype}; boundary="{boundary}"\r\n\r\n'
        reparsed = email.message_from_bytes(
            head.encode("utf-8", "surrogateescape") + raw_body, policy=policy.compat32
        )
        if reparsed.is_multipart() and reparsed.get_payload():
            return reparsed
    return None


def _declared_boundary(part: Message) -> str:
    try:
        value = part.get_param("boundary")
    except Exception:  # noqa: BLE001
        return ""
    if isinstance(value, tuple):
        value = collapse_rfc2231_value(value)
    return value if isinstance(value, str) else ""


def _candidates(declared: str, payload: str) -> list[str]:
    candidates = []
    unfolded = re.sub(r"\r?\n", "", declared).strip()
    if unfolded and unfolded != declared:
        candidates.append(unfolded)
    # Delimiter lines that actually occur (at least twice), close to what was declared.
    seen = Counter(match.removesuffix("--").rstrip() for match in _DASH_LINE.findall(payload))
    for line, count in seen.most_common(5):
        if count >= 2 and (_resembles(line, unfolded) or _opens_part(line, payload)):
            candidates.append(line)
    return [c for c in dict.fromkeys(candidates) if c and '"' not in c and len(c) <= 200]


def _opens_part(line: str, payload: str) -> bool:
    """The line is followed by MIME part headers: it is a delimiter, whatever was declared."""
    pattern = r"^--" + re.escape(line) + r"[ \t]*\r?\n[Cc]ontent-[A-Za-z-]+:"
    return re.search(pattern, payload, re.MULTILINE) is not None


def _resembles(line: str, declared: str) -> bool:
    if not declared:
        # No boundary declared at all: accept a line that looks generated, not a separator.
        return len(line) >= _MIN_SHARED_PREFIX and bool(re.search(r"[A-Za-z0-9]", line))
    shared = 0
    for a, b in zip(line, declared):
        if a != b:
            break
        shared += 1
    return shared >= min(_MIN_SHARED_PREFIX, len(declared))
