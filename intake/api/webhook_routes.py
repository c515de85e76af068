"""Orders pushed by partners as Standard Webhooks (Essent): signed, fresh, never replayed."""

from __future__ import annotations

from fastapi import APIRouter, Path, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intake.api import openapi_docs as docs
from intake.api.auth import client_ip, refuse_known_offender
from intake.api.errors import ApiError
from intake.api.order_request import PARTNER_ID_PATTERN
from intake.api.submit import JSON_TYPES, require_content_type, submit, validate_json_order
from intake.inbound_webhooks import InboundWebhookRejected, ip_allowed, verify
from intake.ordering.reference import cached_partner
from intake.structured_intake import IntakeAnswer
from storage.models import Partner, WebhookReceipt

router = APIRouter(tags=["webhooks"])
SIGNATURE_HEADERS = ("webhook-id", "webhook-timestamp", "webhook-signature")


@router.post(
    "/webhooks/{partner_id}/orders",
    summary="Push an order as a signed webhook",
    description="Standard Webhooks: `webhook-signature` is `v1,` + base64 HMAC-SHA256 of "
    "`{webhook-id}.{webhook-timestamp}.{body}` with your inbound secret (`whsec_…`, the "
    "base64 after the prefix is the key). Timestamps more than 5 minutes off are refused, "
    "and so is a webhook-id seen before (409). The body and answers are those of "
    "`POST /partners/{partner_id}/orders`.",
    responses={
        **docs.order_answers(),
        **docs.error_responses(
            "invalid_json", "missing_signature_headers", "invalid_webhook_id",
            "timestamp_out_of_range", "invalid_signature", "ip_not_allowed",
            "webhooks_not_enabled", "unknown_partner", "webhook_replayed", "body_too_large",
            "unsupported_media_type", "validation_failed", "rate_limited",
            "processing_failed", "store_unavailable"),
    },
    openapi_extra={**docs.json_order_body("One order, signed"), "parameters": [
        {"name": name, "in": "header", "required": True, "schema": {"type": "string"},
         "example": example}
        for name, example in zip(SIGNATURE_HEADERS, (
            "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", "1750000000",
            "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="))]},
    status_code=201,
)
async def webhook_order_endpoint(
    request: Request,
    partner_id: str = Path(description="Your partner id, e.g. `essent`",
                           pattern=PARTNER_ID_PATTERN),
) -> JSONResponse:
    state = request.app.state
    require_content_type(request, JSON_TYPES)
    refuse_known_offender(request, state.limits)
    raw = await request.body()
    validated = validate_json_order(raw)
    ip = client_ip(request)
    headers = {name: request.headers.get(name) for name in SIGNATURE_HEADERS}
    seen: dict[str, WebhookReceipt] = {}

    def authorize(session: Session) -> Partner:
        partner = _webhook_partner(session, partner_id, ip, state.limits)
        try:
            verified = verify(partner.inbound_webhook_secret, headers, raw)
        except InboundWebhookRejected as exc:
            state.limits.count("failures", ip)
            raise ApiError(exc.code, exc.message) from None
        state.limits.hit("orders", f"webhook:{partner.id}")
        seen["receipt"] = _record_receipt(session, partner.id, verified.webhook_id)
        return partner

    def forget_failed(session: Session, answer: IntakeAnswer) -> None:
        # A delivery we could not process must be accepted when the partner retries it.
        if answer.outcome == "failed":
            session.delete(seen["receipt"])

    return await submit(request, channel="webhook", raw=raw, validated=validated,
                        authorize=authorize, after=forget_failed,
                        source_ref=f"webhook-id:{headers['webhook-id']}"[:500])


def _webhook_partner(session: Session, partner_id: str, ip: str, limits) -> Partner:
    partner = cached_partner(session, partner_id)
    if partner is None or not partner.active:
        limits.count("failures", ip)
        raise ApiError("unknown_partner", "no partner with this id takes webhooks here")
    if not partner.inbound_webhook_secret:
        raise ApiError("webhooks_not_enabled", "ChargeCars has not set up webhooks for this "
                       "partner yet (no inbound secret)")
    if not ip_allowed(partner.ip_allowlist, ip):
        limits.count("failures", ip)
        raise ApiError("ip_not_allowed", "requests for this partner must come from its "
                       "registered addresses")
    return partner


def _record_receipt(session: Session, partner_id: str, webhook_id: str) -> WebhookReceipt:
    receipt = WebhookReceipt(partner_id=partner_id, webhook_id=webhook_id)
    try:
        with session.begin_nested():
            session.add(receipt)
    except IntegrityError:
        raise ApiError("webhook_replayed", "this webhook-id was received before and is not "
                       "processed again; treat the delivery as done") from None
    return receipt
