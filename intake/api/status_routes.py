"""The internal status endpoint: our own systems record an order's status changes here.

``POST /internal/orders/{order_number}/status`` (or by the partner's order id under
``/internal/partners/{partner_id}/orders/{partner_order_id}/status``), authorised by
``Authorization: Bearer <INTAKE_INTERNAL_API_TOKEN>``. Without that setting the endpoint
answers 503: it is never open by default. The change and the partner's notifications
are committed together (``intake.lifecycle``); 201 for a new event, 200 for a repeat.
"""

from __future__ import annotations

import hmac
from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from intake.lifecycle import (
    InvalidStatusChange,
    UnknownStatus,
    change_status,
    find_order,
)
from intake.logging import get_logger
from intake.settings import Settings, get_settings
from storage.db import session_scope

log = get_logger("intake.api.status")

router = APIRouter(prefix="/internal", tags=["internal"])


class StatusChangeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: str = Field(description="a status of the lifecycle, or an alias such as 'scheduled'")
    scheduled_date: date | None = None
    installer: str | None = Field(default=None, max_length=200)
    note: str | None = Field(default=None, max_length=4000)
    actor: str | None = Field(default=None, max_length=80)
    # The caller's id for this change: sending it again records nothing new.
    event_id: str | None = Field(default=None, max_length=150)


@router.post("/orders/{order_number}/status")
def set_status_by_number(order_number: str, body: StatusChangeRequest, request: Request):
    return _set_status(request, body, order_number, partner_id=None)


@router.post("/partners/{partner_id}/orders/{partner_order_id}/status")
def set_status_by_partner_order_id(
    partner_id: str, partner_order_id: str, body: StatusChangeRequest, request: Request
):
    return _set_status(request, body, partner_order_id, partner_id=partner_id)


def _set_status(request: Request, body: StatusChangeRequest, reference: str,
                partner_id: str | None) -> JSONResponse:
    settings = _settings(request)
    refused = _refuse_unauthorised(request, settings)
    if refused is not None:
        return refused
    actor = f"internal:{body.actor}" if body.actor else "internal_api"
    with session_scope(settings.database_url) as session:
        order = find_order(session, reference, partner_id)
        if order is None:
            return _error(404, "order_not_found", f"no order {reference!r}")
        try:
            change = change_status(
                session, order, body.status, actor=actor, scheduled_date=body.scheduled_date,
                installer=body.installer, note=body.note,
                event_key=f"api:{body.event_id}" if body.event_id else None,
            )
        except (UnknownStatus, InvalidStatusChange) as exc:
            return _error(422, "invalid_status_change", str(exc))
        record = change.as_record()
    log.info("status_set", order_number=record["order_number"], status=record["status"],
             recorded=record["recorded"], actor=actor)
    return JSONResponse(record, status_code=201 if record["recorded"] else 200)


def _settings(request: Request) -> Settings:
    return getattr(request.app.state, "settings", None) or get_settings()


def _refuse_unauthorised(request: Request, settings: Settings) -> JSONResponse | None:
    expected = settings.internal_api_token
    if not expected:
        return _error(503, "not_configured",
                      "the internal status endpoint is off: INTAKE_INTERNAL_API_TOKEN is not set")
    scheme, _, token = (request.headers.get("authorization") or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return _error(401, "missing_token", "send Authorization: Bearer <internal token>")
    if not hmac.compare_digest(token.strip().encode(), expected.encode()):
        return _error(401, "invalid_token", "the internal token is not valid")
    return None


def _error(status_code: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status_code)
