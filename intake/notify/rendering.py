"""Rendering a partner email from the templates: per partner, per language, text and HTML.

Templates live in ``templates/<partner_id or default>/<language>/<name>.{txt,html}.j2``;
a partner's own file wins over the default one, a missing language falls back to Dutch.
An operator's folder (INTAKE_EMAIL_TEMPLATES_DIR, the same layout) is searched before the
bundled one at each of those steps, so a single file there changes a single email.
The text template sets the subject (``{% set subject %}…{% endset %}``). HTML is
autoescaped: a partner order id or a customer name is data, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jinja2 import ChainableUndefined, ChoiceLoader, Environment, FileSystemLoader

from intake.notify.wording import (
    DEFAULT_LANGUAGE,
    address_line,
    language_of,
    long_date,
    status_label,
)

TEMPLATES_DIR = Path(__file__).parent / "templates"
TEMPLATE_NAMES = (
    "order_received", "status_update", "status_answer", "information_request", "rejection",
)
# Lenient: an item queued before a template learned a new field still renders (the field
# is empty) instead of failing for a day of retries. Tests render with StrictUndefined.
UNDEFINED = ChainableUndefined


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


def render_email(name: str, partner_id: str | None, language: str, context: dict,
                 own_templates: Path | None = None) -> RenderedEmail:
    lang = language_of(language)
    env = _environment(partner_id or "default", lang, own_templates)
    text_template = env.get_template(f"{name}.txt.j2")
    module = text_template.make_module(context)
    subject = " ".join(str(getattr(module, "subject", "")).split())  # one header line
    html = env.get_template(f"{name}.html.j2").render(context)
    return RenderedEmail(subject=subject, text=str(module), html=html)


@lru_cache(maxsize=64)
def _environment(partner_id: str, language: str, own_templates: Path | None) -> Environment:
    steps = [(partner_id, language), ("default", language), ("default", DEFAULT_LANGUAGE)]
    if not _is_plain_name(partner_id):
        steps = steps[1:]  # a partner id never walks the file system
    roots = [own_templates, TEMPLATES_DIR] if own_templates else [TEMPLATES_DIR]
    folders = [root / who / lang for who, lang in steps for root in roots]
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(f)) for f in folders if f.is_dir()]),
        autoescape=lambda name: bool(name) and name.endswith(".html.j2"),
        undefined=UNDEFINED,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["long_date"] = lambda value: long_date(value, language)
    env.filters["status_label"] = lambda value: status_label(value, language)
    env.filters["address_line"] = address_line
    return env


def _is_plain_name(partner_id: str) -> bool:
    return partner_id.replace("_", "").replace("-", "").isalnum()
