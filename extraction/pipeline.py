"""``extract_message``: a parsed message -> a verified, routed ``ExtractionResult``.

The offline backend always runs (it needs no network and takes milliseconds). The LLM is
asked only when it is configured and the offline reading is not confident enough, or when
the caller asks for it. If the LLM is down, ``LLMUnavailable`` carries the offline result so
the worker can make the message wait: never lost, never sent straight through.
"""

from __future__ import annotations

from extraction.assemble import Reading, facts_for, route, verify_reading
from extraction.candidate import from_draft
from extraction.combine import combine_readings
from extraction.errors import LLMUnavailable
from extraction.offline.extract import extract_offline
from extraction.parsed import ParsedMessage
from extraction.partner_detection import detect_partner
from extraction.partners import PartnerProfile
from extraction.schema import ExtractionResult

BACKENDS = ("auto", "offline", "llm")


def extract_message(
    parsed: ParsedMessage,
    partners: list[PartnerProfile],
    *,
    partner_hint: str | None = None,
    settings=None,
    backend: str | None = None,
) -> ExtractionResult:
    settings = settings or _default_settings()
    mode = backend or "auto"
    if mode not in BACKENDS:
        raise ValueError(f"unknown backend {mode!r}; choose one of {', '.join(BACKENDS)}")
    partner = detect_partner(parsed, partners, hint=partner_hint)
    threshold = _threshold(partner, settings)
    offline = extract_offline(parsed, partner, partners)
    facts = facts_for(parsed, offline, partner)
    offline_reading = Reading("offline", offline.kind, [from_draft(d) for d in offline.orders])
    offline_result = verify_reading(offline_reading, facts, threshold)
    if mode == "offline" or (mode == "auto" and (
        not settings.llm_enabled or offline_result.route == "auto"
    )):
        return offline_result
    if not settings.llm_enabled:
        raise LLMUnavailable("no LLM configured (INTAKE_LLM_BASE_URL, INTAKE_LLM_MODEL)",
                             offline_result=_waiting(offline_result))
    from extraction.llm import read_with_llm  # imported late: openai is heavy to import

    try:
        llm_reading = read_with_llm(parsed, partner, settings)
    except LLMUnavailable as exc:
        exc.offline_result = _waiting(offline_result, exc)
        raise
    return combine_readings(offline_reading, llm_reading, facts, threshold)


def _waiting(result: ExtractionResult, exc: Exception | None = None) -> ExtractionResult:
    """The offline result as it may wait for the LLM: never straight through."""
    waiting = result.model_copy(deep=True)
    waiting.route = "review"
    if exc is not None:
        waiting.llm_calls = getattr(exc, "llm_calls", 0)
        waiting.prompt_tokens = getattr(exc, "prompt_tokens", 0)
        waiting.completion_tokens = getattr(exc, "completion_tokens", 0)
    return waiting


def _threshold(partner: PartnerProfile | None, settings) -> float:
    if partner is not None and partner.confidence_threshold is not None:
        return partner.confidence_threshold
    return settings.confidence_threshold


def _default_settings():
    from intake.settings import get_settings

    return get_settings()


__all__ = ["BACKENDS", "extract_message", "route"]
