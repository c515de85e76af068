"""What the order endpoints share: read the body, validate it, store and route it, answer.

The body is validated before the transaction (pure CPU), then one transaction
authenticates, stores the raw request and routes the order; it commits before we answer,
also when the answer is an error about the order itself (the request stays on record).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.orm import Session

from extraction.schema import Order as OrderData
from intake.api.answers import order_answer, raise_for_failure
from intake.api.errors import ApiError
from intake.api.order_request import OrderRequest, field_errors, is_json_syntax_error
from intake.structured_intake import IntakeAnswer, Submission, receive
from storage.models import Partner

JSON_TYPES = ("application/json",)


@dataclass
class Validated:
    order: OrderData | None
    errors: list[dict] = field(default_factory=list)
    # "invalid_json" / "invalid_form" when the body could not even be read as such
    syntax_error: str | None = None


def require_content_type(request: Request, accepted: tuple[str, ...]) -> str:
    media_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if media_type not in accepted and not (
        "application/json" in accepted and media_type.startswith("application/")
        and media_type.endswith("+json")
    ):
        raise ApiError("unsupported_media_type",
                       f"send the body as {' or '.join(accepted)} (got {media_type or 'none'})")
    return media_type


def validate_json_order(raw: bytes) -> Validated:
    try:
        return Validated(OrderRequest.model_validate_json(raw).to_order_data())
    except ValidationError as exc:
        syntax = "invalid_json" if is_json_syntax_error(exc) else None
        return Validated(None, field_errors(exc), syntax)


def validate_order_dict(data: dict, rename: Callable[[str], str] = str) -> Validated:
    """A body already parsed (a form): lax types, since a form has only strings."""
    try:
        return Validated(OrderRequest.model_validate(data, strict=False).to_order_data())
    except ValidationError as exc:
        errors = field_errors(exc)
        for error in errors:
            error["path"] = rename(error["path"])
        return Validated(None, errors)


async def submit(
    request: Request,
    *,
    channel: str,
    raw: bytes,
    validated: Validated,
    authorize: Callable[[Session], Partner],
    source_ref: str,
    after: Callable[[Session, IntakeAnswer], None] | None = None,
) -> JSONResponse:
    peer = request.client.host if request.client else None

    def work(session: Session):
        partner = authorize(session)
        answer = receive(session, Submission(
            channel=channel, partner=partner, raw=raw, order=validated.order,
            errors=validated.errors, peer=peer, source_ref=source_ref))
        if after is not None:
            after(session, answer)
        if answer.outcome in ("invalid", "failed"):
            return answer, None
        return answer, order_answer(answer, validated.order.partner_order_id, partner.sandbox)

    answer, ok = await request.app.state.store.run(work, size=len(raw))
    if ok is None:
        raise_for_failure(answer, validated.errors, validated.syntax_error)
    status, body = ok
    return JSONResponse(body, status_code=status)
