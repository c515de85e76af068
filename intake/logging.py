"""Structured logs (structlog, JSON by default) that never carry personal data in full."""

from __future__ import annotations

import logging
import sys

import structlog


def configure_logging(level: str = "INFO", json: bool = True) -> None:
    renderer = (
        structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(
            logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
        ),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
        cache_logger_on_first_use=False,
    )


def get_logger(name: str):
    return structlog.get_logger(name)


def mask(value: str | None) -> str | None:
    """Enough of a personal value to recognise it in a log, not enough to read it.

    "sanne.devries@gmail.com" -> "s***@gmail.com"; "+31612345678" -> "+316****78";
    "Sanne de Vries" -> "S. d. V."
    """
    if not value:
        return value
    if "@" in value:
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = sum(ch.isdigit() for ch in value)
    if digits >= 6:
        return f"{value[:4]}****{value[-2:]}"
    return " ".join(f"{word[:1]}." for word in value.split()) or "***"
