"""The API's error answers: one JSON shape, one documented code per problem.

Every error body is ``{"error": CODE, "message": TEXT, "request_id": ID}``, plus
``"fields": [{"path", "code", "message"}]`` for validation errors. ``ERRORS`` is the
catalogue that docs/errors.md describes (a test keeps the two in step).
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from intake.logging import get_logger

log = get_logger("intake.api")

# code -> HTTP status. The meaning and what to do are in docs/errors.md.
ERRORS: dict[str, int] = {
    "invalid_json": 400,
    "invalid_form": 400,
    "missing_api_key": 401,
    "invalid_api_key": 401,
    "api_key_revoked": 401,
    "key_environment_mismatch": 401,
    "missing_signature_headers": 401,
    "invalid_webhook_id": 401,
    "timestamp_out_of_range": 401,
    "invalid_signature": 401,
    "partner_mismatch": 403,
    "ip_not_allowed": 403,
    "webhooks_not_enabled": 403,
    "not_found": 404,
    "unknown_partner": 404,
    "order_not_found": 404,
    "method_not_allowed": 405,
    "webhook_replayed": 409,
    "body_too_large": 413,
    "unsupported_media_type": 415,
    "validation_failed": 422,
    "rate_limited": 429,
    "internal_error": 500,
    "processing_failed": 503,
    "store_unavailable": 503,
    "server_busy": 503,
}

# Field error codes inside a ``validation_failed`` answer.
FIELD_ERRORS = (
    "missing_field", "unknown_field", "invalid_type", "invalid_format", "invalid_characters",
    "empty_value", "too_long", "too_many_items", "out_of_range", "invalid_date",
    "invalid_email", "invalid_phone", "invalid_name", "invalid_value",
)


class ApiError(Exception):
    def __init__(self, code: str, message: str, *, headers: dict | None = None,
                 fields: list[dict] | None = None, extra: dict | None = None):
        super().__init__(message)
        self.code = code
        self.status = ERRORS[code]
        self.message = message
        self.headers = headers or {}
        self.fields = fields
        self.extra = extra or {}


def request_id_of(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


def error_response(request: Request, error: ApiError) -> JSONResponse:
    body = {"error": error.code, "message": error.message, "request_id": request_id_of(request)}
    if error.fields is not None:
        body["fields"] = error.fields
    body.update(error.extra)
    return JSONResponse(body, status_code=error.status, headers=error.headers)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        log.info("request_refused", path=request.url.path, code=exc.code, status=exc.status,
                 request_id=request_id_of(request))
        return error_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        fields = [{"path": ".".join(str(p) for p in e["loc"]), "code": "invalid_value",
                   "message": e["msg"]} for e in exc.errors()]
        return error_response(request, ApiError(
            "validation_failed", "the request does not validate", fields=fields))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code)
        if code is None:
            return JSONResponse({"error": "http_error", "message": str(exc.detail),
                                 "request_id": request_id_of(request)},
                                status_code=exc.status_code)
        return error_response(request, ApiError(code, str(exc.detail),
                                                headers=dict(exc.headers or {})))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.error("request_crashed", path=request.url.path, error=type(exc).__name__,
                  request_id=request_id_of(request))
        return error_response(request, ApiError(
            "internal_error", "unexpected error. Retry later; if it persists, tell "
            "ChargeCars the request_id"))
