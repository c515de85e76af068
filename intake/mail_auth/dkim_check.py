"""DKIM (dkimpy): verify each signature, with the key looked up through our DNS."""

from __future__ import annotations

import logging

import dkim
from dkim.util import InvalidTagValueList, parse_tag_value

from intake.mail_auth.dns_lookup import DnsLookup, DnsTempError

MAX_SIGNATURES = 5  # more is a message built to make us work
_quiet = logging.getLogger("intake.mail_auth.dkim")
_quiet.addHandler(logging.NullHandler())
_quiet.propagate = False


def verify_dkim(raw: bytes, dns: DnsLookup) -> list[dict]:
    """One entry per DKIM-Signature (topmost first): result pass|fail|permerror|temperror."""
    try:
        checker = dkim.DKIM(raw, logger=_quiet, minkey=1024)
    except Exception:  # noqa: BLE001 - unparseable message: no signature we can check
        return []
    signatures = [v for k, v in checker.headers if k.lower() == b"dkim-signature"]
    return [_verify_one(checker, idx, value, dns)
            for idx, value in enumerate(signatures[:MAX_SIGNATURES])]


def _verify_one(checker: dkim.DKIM, idx: int, header_value: bytes, dns: DnsLookup) -> dict:
    tags = _tags(header_value)
    entry = {"domain": tags.get("d", "").lower() or None, "selector": tags.get("s") or None}

    published: list[bool] = []

    def key_lookup(name: bytes, timeout: float = 5) -> bytes | None:
        records = dns.txt(name.decode("ascii", "replace"))
        published.append(bool(records))
        return records[0].encode() if records else None

    try:
        passed = checker.verify(idx=idx, dnsfunc=key_lookup)
    except (DnsTempError, dkim.DnsTimeoutError):
        return {**entry, "result": "temperror"}
    except dkim.KeyFormatError as exc:  # no key published, or an unusable one
        return {**entry, "result": "permerror", "reason": str(exc)[:120]}
    except dkim.ValidationError as exc:  # the signature does not match (e.g. body hash)
        return {**entry, "result": "fail", "reason": str(exc)[:120]}
    except dkim.DKIMException as exc:
        return {**entry, "result": "permerror", "reason": type(exc).__name__}
    except Exception as exc:  # noqa: BLE001 - a signature must never break the session
        return {**entry, "result": "permerror", "reason": type(exc).__name__}
    if not passed and published == [False]:
        return {**entry, "result": "permerror", "reason": "no key published"}
    return {**entry, "result": "pass" if passed else "fail"}


def _tags(header_value: bytes) -> dict[str, str]:
    try:
        parsed = parse_tag_value(header_value)
    except (InvalidTagValueList, Exception):  # noqa: BLE001
        return {}
    return {k.decode("ascii", "replace"): v.decode("ascii", "replace").strip()
            for k, v in parsed.items()}
