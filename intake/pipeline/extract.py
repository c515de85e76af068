"""Step 2, extract: ParsedMessage -> an Extraction row. parsed -> extracted.

When the LLM cannot be reached the message waits and is tried again later; after
``llm_max_rounds`` it goes on with the offline result, to a validator, never straight through.
"""

from __future__ import annotations

import time
from datetime import timedelta

from extraction import LLMUnavailable, extract_message
from extraction.parsed import ParsedMessage
from extraction.schema import ExtractionResult
from intake.metrics import EXTRACTION_CONFIDENCE, EXTRACTION_SECONDS
from intake.pipeline.context import StepContext, advance
from storage.models import Extraction, InboundMessage, utcnow
from storage.partners import partner_profiles

FROM_STATE = "parsed"
LLM_UNAVAILABLE = "llm_unavailable"


def run(ctx: StepContext, message_id: int) -> str | None:
    with ctx.reading() as session:
        message = session.get(InboundMessage, message_id)
        parsed = ParsedMessage.model_validate(message.parsed)
        partner_hint, rounds = message.partner_id, message.llm_rounds
        profiles = partner_profiles(session)

    started = time.perf_counter()
    try:
        result = extract_message(parsed, profiles, partner_hint=partner_hint, settings=ctx.settings)
    except LLMUnavailable as exc:
        if rounds + 1 < ctx.settings.llm_max_rounds:
            _wait_for_llm(ctx, message_id, str(exc))
            return None
        result = _offline_for_review(exc)
    duration_ms = (time.perf_counter() - started) * 1000
    EXTRACTION_SECONDS.labels(backend=result.backend).observe(duration_ms / 1000)
    EXTRACTION_CONFIDENCE.observe(result.confidence)

    with ctx.unit_of_work(message_id, FROM_STATE) as (session, message):
        session.add(_extraction_row(message, result, duration_ms))
        advance(message, "extracted")
    return "route"


def _wait_for_llm(ctx: StepContext, message_id: int, error: str) -> None:
    with ctx.unit_of_work(message_id, FROM_STATE) as (_session, message):
        message.llm_rounds += 1
        message.error = f"LLM unavailable (round {message.llm_rounds}): {error}"[:2000]
        message.next_attempt_at = utcnow() + timedelta(seconds=ctx.settings.llm_retry_delay_s)
        message.claimed_by = None
        message.claim_expires_at = None


def _offline_for_review(exc: LLMUnavailable) -> ExtractionResult:
    result = exc.offline_result.model_copy(deep=True)
    result.route = "review"
    result.reasons = [*result.reasons, f"{LLM_UNAVAILABLE}: {exc}"]
    return result


def _extraction_row(message: InboundMessage, result: ExtractionResult, duration_ms: float):
    return Extraction(
        inbound_message_id=message.id,
        backend=result.backend,
        result=result.model_dump(mode="json"),
        kind=result.kind,
        confidence=result.confidence,
        llm_calls=result.llm_calls,
        prompt_tokens=result.prompt_tokens,
        completion_tokens=result.completion_tokens,
        duration_ms=duration_ms,
    )
