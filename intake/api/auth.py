"""Who is calling: the partner behind an API key, checked inside the request's transaction."""

from __future__ import annotations

from fastapi import Request
from sqlalchemy.orm import Session

from intake.api.errors import ApiError
from intake.api.rate_limits import RateLimits
from intake.partner_keys import check_key
from storage.models import ApiKey, Partner

_KEY_MESSAGES = {
    "invalid_api_key": "the API key is not valid",
    "api_key_revoked": "this API key was revoked; ask ChargeCars for a new one",
    "key_environment_mismatch": "a cci_test_ key works only while the partner is in sandbox "
                                "mode, a cci_live_ key only outside it",
}


def presented_key(request: Request) -> str | None:
    """The key from ``X-API-Key`` or ``Authorization: Bearer``, if either is there."""
    key = request.headers.get("x-api-key")
    if key:
        return key.strip()
    scheme, _, token = (request.headers.get("authorization") or "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def refuse_known_offender(request: Request, limits: RateLimits) -> None:
    """429 before any work for an address that keeps failing to authenticate."""
    if limits.over("failures", client_ip(request)):
        limits.hit("failures", client_ip(request))  # raises rate_limited with Retry-After


def require_key_present(request: Request, limits: RateLimits) -> str:
    refuse_known_offender(request, limits)
    key = presented_key(request)
    if not key:
        limits.count("failures", client_ip(request))
        raise ApiError("missing_api_key", "send your API key in the X-API-Key header (or "
                       "Authorization: Bearer)")
    return key


def authenticate(session: Session, key: str, ip: str, limits: RateLimits,
                 partner_id: str | None = None) -> tuple[ApiKey, Partner]:
    """The key's record and partner; ``partner_id``, when given, must be that partner."""
    checked = check_key(session, key)
    if checked.error:
        limits.count("failures", ip)
        raise ApiError(checked.error, _KEY_MESSAGES[checked.error])
    partner = checked.partner
    if partner_id is not None and partner_id != partner.id:
        raise ApiError("partner_mismatch", "this API key belongs to another partner; use "
                       "your own partner id in the path")
    return checked.key, partner
