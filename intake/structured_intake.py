"""Orders that arrive structured (API, webhook, form): stored raw, validated, routed, done.

They skip parsing and extraction but nothing else. In the caller's transaction:

1. the request body is stored byte for byte as an ``InboundMessage`` (``store_raw_message``);
   its dedup key is partner + partner order id, so a resend is recognised in the store;
2. a valid order becomes an ``Extraction`` (backend ``structured-<channel>``, confidence 1:
   every field passed its validator) and goes through the pipeline's own route holds
   (``message_holds``: an address that does not validate, ...) and store step
   (``apply_result`` -> ``create_order``, or ``open_review_item``);
3. the message ends ``done``, ``review``, ``archived`` (invalid request) or ``failed``.

Step 2 runs in a savepoint: when it fails, the message is kept as ``failed`` with its
extraction, so that ``intake replay`` (or the partner's retry) picks it up where it stopped.
The caller commits once: one fsync per order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from extraction.schema import ExtractedOrder, ExtractionResult
from extraction.schema import Order as OrderData
from intake.logging import get_logger
from intake.ordering import OrderOutcome
from intake.pipeline.context import advance, state_change
from intake.pipeline.route import message_holds
from intake.pipeline.store import apply_result, open_review_item
from storage.audit import record_audit
from storage.loaded import attach_loaded
from storage.messages import dedup_key_for, store_raw_message
from storage.models import Extraction, InboundMessage, Order, Partner, ReviewItem
from storage.orders import find_order_by_partner_order_id
from storage.rows import insert_new, insert_plain, update_row

log = get_logger("intake.structured")

STRUCTURED_CHANNELS = ("api", "webhook", "form")


@dataclass(frozen=True)
class Submission:
    """One structured request, authenticated, with its order validated (or its errors)."""

    channel: str  # api | webhook | form
    partner: Partner
    raw: bytes
    order: OrderData | None  # None: the request did not validate
    errors: list[dict] = field(default_factory=list)
    peer: str | None = None
    source_ref: str | None = None  # request id, webhook-id


@dataclass
class IntakeAnswer:
    # created | duplicate | review | processing | invalid | failed
    outcome: str
    message_id: int
    order: Order | None = None
    reasons: list[str] = field(default_factory=list)


def partner_sender(partner_id: str) -> str:
    """The message's "sender" for dedup: the partner, whichever structured channel."""
    return f"partner:{partner_id}"


def partner_order_key(partner_order_id: str) -> str:
    return f"partner_order_id:{partner_order_id}"


def find_message_for(session: Session, partner_id: str, partner_order_id: str):
    """The structured message that carried this partner order id, if one did."""
    key = dedup_key_for(partner_sender(partner_id), partner_order_key(partner_order_id), "")
    return session.scalars(select(InboundMessage).where(InboundMessage.dedup_key == key)).first()


def receive(session: Session, submission: Submission) -> IntakeAnswer:
    order = submission.order
    stored = store_raw_message(
        session,
        raw=submission.raw,
        channel=submission.channel,
        partner_id=submission.partner.id,
        envelope_from=partner_sender(submission.partner.id),
        envelope_to=[],
        # An invalid request has no trustworthy order id: dedup on its bytes instead, so
        # that it never takes the key its corrected resend needs.
        message_id=partner_order_key(order.partner_order_id) if order else None,
        peer=submission.peer,
        source_ref=submission.source_ref,
    )
    message = _stored_message(session, stored)
    if order is None:
        if not stored.duplicate:
            _reject(message, submission.errors)
        return IntakeAnswer("invalid", message.id)
    if stored.duplicate:
        return _answer_existing(session, message, submission.partner)
    return _process(session, message, submission.partner, structured_result(submission))


def _stored_message(session: Session, stored) -> InboundMessage:
    """The message as an object of the session; a new one from the values just inserted
    (every column is in them, or NULL), so without reading it back."""
    if stored.row is None:
        return session.get(InboundMessage, stored.id)
    return attach_loaded(session, InboundMessage, {**_NULL_MESSAGE, **stored.row,
                                                   "id": stored.id}, inserted=True)


_NULL_MESSAGE = {column.key: None for column in InboundMessage.__table__.columns}


def structured_result(submission: Submission) -> ExtractionResult:
    """The order as an extraction result: every field was validated, so confidence 1."""
    data = submission.order.model_dump(mode="json")
    present = {path: 1.0 for path in _present_fields(data)}
    order = ExtractedOrder.model_validate(
        {**data, "confidence": 1.0, "field_confidence": present,
         "reasons": [f"structured: validated by the {submission.channel} intake"]}
    )
    return ExtractionResult(
        kind="order", partner=submission.partner.id, orders=[order], confidence=1.0,
        route="auto", backend=f"structured-{submission.channel}",
    )


def _present_fields(data: dict, prefix: str = "") -> list[str]:
    paths = []
    for name, value in data.items():
        if isinstance(value, dict):
            paths.extend(_present_fields(value, f"{prefix}{name}."))
        elif value not in (None, [], ""):
            paths.append(f"{prefix}{name}")
    return paths


def _reject(message: InboundMessage, errors: list[dict]) -> None:
    summary = "; ".join(f"{e['path'] or '(body)'}: {e['code']}" for e in errors)
    # A field name is the sender's text: PostgreSQL takes no NUL in a text column.
    message.error = f"rejected: {summary}".replace("\x00", "\ufffd")[:4000]
    advance(message, "archived")


def _process(session: Session, message: InboundMessage, partner: Partner,
             result: ExtractionResult) -> IntakeAnswer:
    for attempt in (1, 2):
        outcomes: list[OrderOutcome] = []
        try:
            with session.begin_nested():
                state, reasons = _route_and_store(session, message, partner, result, outcomes)
            break
        except IntegrityError:
            # A concurrent request made the same order first; the second attempt finds it.
            session.expire(message)  # its state was written in the savepoint rolled back
            if attempt == 2:
                return _park(session, message, result, "IntegrityError twice")
        except Exception as exc:  # noqa: BLE001 - kept for replay, answered 503
            session.expire(message)
            return _park(session, message, result, f"{type(exc).__name__}: {exc}")
    if state == "review":
        return IntakeAnswer("review", message.id, reasons=reasons)
    if outcomes:
        return _order_outcome(message, outcomes[0].order)
    return _order_answer(session, message, partner, result)  # pragma: no cover - made above


def _route_and_store(session: Session, message: InboundMessage, partner: Partner,
                     result: ExtractionResult, outcomes: list[OrderOutcome],
                     ) -> tuple[str, list[str]]:
    holds = message_holds(message, result, partner)
    # A partner order id we already have is that order, whatever this copy looks like (in
    # the common case without holds, create_order finds it itself: one query less).
    if holds and find_order_by_partner_order_id(session, partner.id,
                                                 result.orders[0].partner_order_id):
        holds = []
    extraction = {**_extraction_values(message, result),
                  "route": "review" if holds else "auto", "route_reasons": holds}
    if holds:  # the review item refers to it
        state = open_review_item(session, message, insert_new(session, Extraction, extraction))
    else:
        insert_plain(session, Extraction.__table__, [extraction])
        state = apply_result(session, message, result, actor=message.channel,
                             outcomes=outcomes)
    # One UPDATE of what ``advance`` would set, without a flush of the session.
    update_row(session, message, state_change(state))
    session.flush()  # anything else changed (a contact's blanks), inside the savepoint
    return state, holds


def _extraction_values(message: InboundMessage, result: ExtractionResult) -> dict:
    return {"inbound_message_id": message.id, "backend": result.backend,
            "result": result.model_dump(mode="json"), "kind": result.kind,
            "confidence": result.confidence}


def _order_answer(session: Session, message: InboundMessage, partner: Partner,
                  result: ExtractionResult) -> IntakeAnswer:
    order = find_order_by_partner_order_id(session, partner.id,
                                           result.orders[0].partner_order_id)
    if order is None:  # pragma: no cover - apply_result made or found it just now
        return IntakeAnswer("processing", message.id)
    return _order_outcome(message, order)


def _order_outcome(message: InboundMessage, order: Order) -> IntakeAnswer:
    outcome = "created" if order.source_message_id == message.id else "duplicate"
    return IntakeAnswer(outcome, message.id, order=order)


def _park(session: Session, message: InboundMessage, result: ExtractionResult,
          error: str) -> IntakeAnswer:
    """Keep the message as ``failed`` with what replay needs: its extraction, unrouted."""
    has_extraction = session.scalar(
        select(Extraction.id).where(Extraction.inbound_message_id == message.id).limit(1))
    if has_extraction is None:
        session.add(Extraction(**_extraction_values(message, result)))
    message.failed_state = "extracted"
    message.error = error[:4000]
    message.attempts += 1
    advance(message, "failed")
    record_audit(session, actor=message.channel, action="message_failed",
                 entity_type="message", entity_id=message.id,
                 details={"step": "structured_intake", "error": error[:500]})
    log.error("structured_intake_failed", message_id=message.id, channel=message.channel,
              error=error.split(":", 1)[0])
    return IntakeAnswer("failed", message.id)


def _answer_existing(session: Session, message: InboundMessage,
                     partner: Partner) -> IntakeAnswer:
    """A resend: answer with what the first copy became (and retry it if it failed)."""
    message = session.get(InboundMessage, message.id, with_for_update=True,
                          populate_existing=True)
    latest = session.scalars(
        select(Extraction).where(Extraction.inbound_message_id == message.id)
        .order_by(Extraction.id.desc()).limit(1)
    ).first()
    if latest is None:  # the first copy was rejected; pragma: no cover - keys differ
        return IntakeAnswer("invalid", message.id)
    result = ExtractionResult.model_validate(latest.result)
    if message.state == "failed":
        return _process(session, message, partner, result)
    if message.state == "review":
        item = session.scalars(
            select(ReviewItem).where(ReviewItem.inbound_message_id == message.id)).first()
        return IntakeAnswer("review", message.id, reasons=list(item.reasons if item else []))
    if message.state == "done":
        answer = _order_answer(session, message, partner, result)
        if answer.outcome == "created":
            answer.outcome = "duplicate"  # made by the first copy, not by this one
        return answer
    return IntakeAnswer("processing", message.id)
