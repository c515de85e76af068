"""The partner orders API: create an order, and poll an order's status."""

from __future__ import annotations

from fastapi import APIRouter, Path, Request
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.api import openapi_docs as docs
from intake.api.auth import authenticate, client_ip, require_key_present
from intake.api.errors import ApiError
from intake.api.order_request import PARTNER_ID_PATTERN
from intake.api.schemas import OrderStatusAnswer
from intake.api.submit import JSON_TYPES, require_content_type, submit, validate_json_order
from intake.structured_intake import find_message_for
from storage.models import Order, StatusEvent
from storage.orders import find_order_by_partner_order_id

router = APIRouter(tags=["orders"])
SECURITY = [{"ApiKey": []}, {"Bearer": []}]
AUTH_ERRORS = ("missing_api_key", "invalid_api_key", "api_key_revoked",
               "key_environment_mismatch")


@router.post(
    "/partners/{partner_id}/orders",
    summary="Send an order",
    description="Stores the request, validates it, and creates the order (201) — or, when "
    "its address does not validate, puts it in front of a validator (202, status `review`). "
    "Sending a partner_order_id again returns the order made the first time (200).",
    responses={
        **docs.order_answers(),
        **docs.error_responses(
            "invalid_json", *AUTH_ERRORS, "partner_mismatch", "body_too_large",
            "unsupported_media_type", "validation_failed", "rate_limited",
            "processing_failed", "store_unavailable"),
    },
    openapi_extra={**docs.json_order_body("One order (the partner data mapping)"),
                   "security": SECURITY},
    status_code=201,
)
async def create_order_endpoint(
    request: Request,
    partner_id: str = Path(description="Your partner id, e.g. `groendus`",
                           pattern=PARTNER_ID_PATTERN),
) -> JSONResponse:
    state = request.app.state
    require_content_type(request, JSON_TYPES)
    key = require_key_present(request, state.limits)
    raw = await request.body()
    validated = validate_json_order(raw)
    ip = client_ip(request)

    def authorize(session: Session):
        api_key, partner = authenticate(session, key, ip, state.limits, partner_id)
        state.limits.hit("orders", api_key.prefix)
        return partner

    return await submit(request, channel="api", raw=raw, validated=validated,
                        authorize=authorize, source_ref=f"api:{request.state.request_id}")


@router.get(
    "/orders/{partner_order_id:path}/status",
    summary="Poll an order's status",
    description="At most one request per minute per API key. A partner sees only its own "
    "orders: another partner's order id answers 404.",
    response_model=OrderStatusAnswer,
    responses={**docs.error_responses(*AUTH_ERRORS, "order_not_found", "validation_failed",
                                      "rate_limited", "store_unavailable")},
    openapi_extra={"security": SECURITY},
)
async def order_status_endpoint(
    request: Request,
    partner_order_id: str = Path(description="Your order id", max_length=100,
                                 pattern=r"^[^\x00-\x1f\x7f]+$"),
) -> JSONResponse:
    state = request.app.state
    key = require_key_present(request, state.limits)
    ip = client_ip(request)

    def work(session: Session) -> dict:
        api_key, partner = authenticate(session, key, ip, state.limits)
        state.limits.hit("status", api_key.prefix)
        return status_of(session, partner.id, partner.sandbox, partner_order_id)

    return JSONResponse(await state.store.run(work))


def status_of(session: Session, partner_id: str, sandbox: bool, partner_order_id: str) -> dict:
    order = find_order_by_partner_order_id(session, partner_id, partner_order_id)
    if order is not None:
        return _order_status(session, order)
    message = find_message_for(session, partner_id, partner_order_id)
    if message is None or message.state == "archived":
        raise ApiError("order_not_found", "you have no order with this partner_order_id")
    status = "review" if message.state == "review" else "processing"
    return {"partner_order_id": partner_order_id, "order_number": None, "status": status,
            "updated_at": message.state_changed_at.isoformat(), "scheduled_date": None,
            "installer": None, "sandbox": sandbox, "history": []}


def _order_status(session: Session, order: Order) -> dict:
    events = session.scalars(
        select(StatusEvent).where(StatusEvent.order_id == order.id).order_by(StatusEvent.id)
    ).all()
    latest = events[-1] if events else None
    return {
        "partner_order_id": order.partner_order_id,
        "order_number": order.order_number,
        "status": order.status,
        "updated_at": (latest.created_at if latest else order.updated_at).isoformat(),
        "scheduled_date": _iso(latest.scheduled_date) if latest else None,
        "installer": latest.installer if latest else None,
        "sandbox": order.sandbox,
        "history": [{"status": e.status, "at": e.created_at.isoformat(),
                     "scheduled_date": _iso(e.scheduled_date), "installer": e.installer}
                    for e in events],
    }


def _iso(value) -> str | None:
    return value.isoformat() if value else None
