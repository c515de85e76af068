"""Step 1, parse: raw bytes -> ParsedMessage, kept with the message. received -> parsed."""

from __future__ import annotations

from extraction.parsing import parse_message_bounded
from intake.pipeline.context import StepContext, advance
from storage.models import InboundMessage

FROM_STATE = "received"


def run(ctx: StepContext, message_id: int) -> str:
    with ctx.reading() as session:
        raw = session.get(InboundMessage, message_id).raw or b""
    parsed = parse_message_bounded(raw, ctx.settings)
    with ctx.unit_of_work(message_id, FROM_STATE) as (_session, message):
        message.parsed = parsed.model_dump(mode="json")
        if not message.message_id_header and parsed.message_id:
            message.message_id_header = parsed.message_id[:998]
        advance(message, "parsed")
    return "extract"
