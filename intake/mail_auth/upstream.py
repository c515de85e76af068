"""An upstream MTA's Authentication-Results header (RFC 8601), trusted only from our own.

Anyone can write an Authentication-Results header into a message. We read one only when
its authserv-id is INTAKE_SMTP_TRUSTED_AUTHSERV_ID (the MTA in front of us, which must
remove headers claiming its id from incoming mail), and then only the topmost such
header: the one that MTA added last.
"""

from __future__ import annotations

import re
from email.message import Message

METHODS = ("spf", "dkim", "dmarc")
_RESULT = re.compile(r"^\s*([a-z0-9_-]+)(?:/\d+)?\s*=\s*([a-z]+)(.*)$",
                     re.IGNORECASE | re.DOTALL)
_PROPERTY = re.compile(r"([a-z0-9_-]+\.[a-z0-9_-]+)\s*=\s*(\S+)", re.IGNORECASE)


def strip_comments(text: str) -> str:
    """Drop RFC 5322 comments: parenthesised text, nested, as results carry them."""
    out, depth = [], 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


def parse_authentication_results(value: str) -> tuple[str, list[dict]]:
    """(authserv-id, [{"method", "result", "props": {...}}, ...])."""
    parts = strip_comments(" ".join(value.split())).split(";")
    authserv_id = parts[0].strip().split(" ")[0] if parts[0].strip() else ""
    results = []
    for part in parts[1:]:
        match = _RESULT.match(part)
        if not match:
            continue
        method, result, rest = match.groups()
        props = {k.lower(): v.strip('"') for k, v in _PROPERTY.findall(rest)}
        results.append({"method": method.lower(), "result": result.lower(), "props": props})
    return authserv_id, results


def trusted_results(headers: Message, authserv_id: str | None) -> dict | None:
    """The trusted MTA's verdicts {"authserv_id", "spf", "dkim", "dmarc", ...}, or None."""
    if not authserv_id:
        return None
    for value in headers.get_all("Authentication-Results") or []:
        server, results = parse_authentication_results(str(value))
        if server.lower() != authserv_id.lower():
            continue
        verdicts: dict = {"authserv_id": server}
        for method in METHODS:
            found = [r for r in results if r["method"] == method]
            if found:
                best = next((r for r in found if r["result"] == "pass"), found[0])
                verdicts[method] = best["result"]
                verdicts[f"{method}_props"] = best["props"]
        return verdicts
    return None
