"""Step 1, parse: raw bytes -> ParsedMessage, kept with the message. received -> parsed.

SMTP mail is acknowledged before anyone asked DNS about its sender, so this step also
makes the sender assessment (SPF, DKIM, DMARC, the partner's sender domains:
``intake.mail_auth.deferred``), once per message. Like the parse it runs outside the
transaction; its results and holds are written in the step's one transaction, with the
parsed message. IMAP mail is assessed when stored (no DNS there) and skipped here.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from extraction.parsing import parse_message_bounded
from intake.mail_auth import (
    Assessment,
    PendingAssessment,
    SystemDns,
    assess_stored,
    merged,
    needs_assessment,
    pending_from_store,
)
from intake.pipeline.context import StepContext, advance
from storage.models import InboundMessage
from storage.partner_senders import sender_domains_by_partner

FROM_STATE = "received"


def run(ctx: StepContext, message_id: int) -> str:
    with ctx.reading() as session:
        message = session.get(InboundMessage, message_id)
        raw = message.raw or b""
        pending = _pending_assessment(session, message)
    parsed = parse_message_bounded(raw, ctx.settings)
    assessment = _assess(ctx, raw, pending) if pending else None
    with ctx.unit_of_work(message_id, FROM_STATE) as (_session, message):
        message.parsed = parsed.model_dump(mode="json")
        if not message.message_id_header and parsed.message_id:
            message.message_id_header = parsed.message_id[:998]
        if assessment is not None and needs_assessment(message.auth_results):
            message.auth_results, message.hold_reasons = merged(
                message.auth_results, message.hold_reasons, assessment)
        advance(message, "parsed")
    return "extract"


def _pending_assessment(session: Session, message: InboundMessage) -> PendingAssessment | None:
    if message.channel != "smtp" or not needs_assessment(message.auth_results):
        return None
    # The partner's sender domains as they are now, not as the listener last cached them.
    domains = (sender_domains_by_partner(session).get(message.partner_id)
               if message.partner_id else None)
    return pending_from_store(message.auth_results, peer=message.peer,
                              envelope_from=message.envelope_from,
                              partner_id=message.partner_id, sender_domains=domains)


def _assess(ctx: StepContext, raw: bytes, pending: PendingAssessment) -> Assessment:
    return assess_stored(raw, pending,
                         trusted_authserv_id=ctx.settings.smtp_trusted_authserv_id,
                         dns_factory=ctx.dns_factory or SystemDns)
