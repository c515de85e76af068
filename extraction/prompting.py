"""Rendering the LLM prompt from the templates in ``prompts/``, in jinja2's sandbox.

The email never becomes template source: it is a variable, placed between markers that
carry a hash of the text itself, so the text cannot contain its own closing marker. Partner
instructions and examples come from our own store (validated), not from the message.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib.resources import files

from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from extraction.parsed import ParsedMessage
from extraction.partners import PartnerProfile

MAX_SOURCE_CHARS = 6000
MAX_EMAIL_CHARS = 12000
MAX_EXAMPLES = 2
MAX_EXAMPLE_CHARS = 1500


@lru_cache(maxsize=1)
def _environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(
        autoescape=False, undefined=StrictUndefined, keep_trailing_newline=False,
        trim_blocks=False,
    )


@lru_cache(maxsize=4)
def _template_source(name: str) -> str:
    return files("prompts").joinpath(name).read_text(encoding="utf-8")


def render(name: str, **context) -> str:
    return _environment().from_string(_template_source(name)).render(**context).strip()


def email_as_text(parsed: ParsedMessage) -> str:
    """The message as a reader sees it: headers that matter, then each visible text."""
    parts = [f"Subject: {parsed.subject}", f"From: {parsed.from_name or ''} <{parsed.from_address or ''}>"]
    for source in parsed.sources:
        text = source.text.strip()
        if len(text) > MAX_SOURCE_CHARS:
            text = text[:MAX_SOURCE_CHARS] + "\n[...]"
        parts.append(f"--- {source.kind.replace('_', ' ')}: {source.name} ---\n{text}")
    return "\n\n".join(parts)[:MAX_EMAIL_CHARS]


def build_messages(parsed: ParsedMessage, partner: PartnerProfile | None) -> list[dict]:
    email_text = email_as_text(parsed)
    boundary = hashlib.sha256(email_text.encode("utf-8")).hexdigest()[:16]
    examples = [
        {"text": str(e.get("text", ""))[:MAX_EXAMPLE_CHARS], "order": e.get("order", {})}
        for e in (partner.examples if partner else [])[:MAX_EXAMPLES]
    ]
    system = render(
        "system.j2",
        partner=partner,
        skus=sorted(partner.sku_mapping) if partner else [],
        examples=examples,
    )
    user = render("message.j2", boundary=boundary, email_text=email_text)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]
