"""What /docs shows beyond the routes themselves: request schemas, examples, error answers."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from intake.api.errors import ERRORS
from intake.api.order_request import OrderRequest
from intake.api.schemas import ErrorBody

ORDER_EXAMPLE = {
    "partner_order_id": "GRO-2025-04817",
    "customer": {
        "name": "Sanne de Vries",
        "email": "sanne.devries@example.nl",
        "phone": "06-12345678",
        "address": {"street": "Biltstraat", "house_number": "14A",
                    "postal_code": "3572 AB", "city": "Utrecht"},
    },
    "products": [
        {"partner_sku": "GRO-ALFEN-11", "quantity": 1, "description": "Alfen Eve Single 11 kW"},
        {"partner_sku": "GRO-INSTALL-1", "quantity": 1, "description": "Standaard installatie"},
    ],
    "installation_preferences": {"preferred_date": "2025-07-21",
                                 "notes": "Meterkast in de garage"},
    "partner_references": {"dealer_group_id": "DG-12", "purchase_order": "PO-88231",
                           "customer_account": "7700123456"},
}

ANSWER_BASE = {
    "partner_order_id": "GRO-2025-04817", "estimated_processing_time": "PT5M",
    "estimated_processing_seconds": 300, "reasons": [], "flags": [], "sandbox": False,
    "message_id": 1042, "status_url": "/orders/GRO-2025-04817/status",
}
CREATED_EXAMPLE = {**ANSWER_BASE, "status": "received", "order_number": "CC-2025-00123",
                   "duplicate": False}
DUPLICATE_EXAMPLE = {**CREATED_EXAMPLE, "duplicate": True}
REVIEW_EXAMPLE = {
    **ANSWER_BASE, "status": "review", "order_number": None, "duplicate": False,
    "estimated_processing_time": "PT8H", "estimated_processing_seconds": 28800,
    "reasons": [{"code": "invalid_address",
                 "message": "postcode '9999 XX1' is not a Dutch or Belgian postcode"}],
}


def order_answers() -> dict:
    """The three answers of every order endpoint (API, webhook, form), for OpenAPI."""
    from intake.api.schemas import OrderAnswer

    def answer(description: str, example: dict) -> dict:
        return {"model": OrderAnswer, "description": description,
                "content": {"application/json": {"example": example}}}

    return {
        201: answer("Order created", CREATED_EXAMPLE),
        200: answer("Duplicate partner_order_id: the order made the first time",
                    DUPLICATE_EXAMPLE),
        202: answer("Stored; waits for review", REVIEW_EXAMPLE),
    }


VALIDATION_EXAMPLE = {
    "error": "validation_failed", "message": "2 problem(s) in the request; nothing was created",
    "request_id": "5f0c2a9e4b6d4c1f", "message_id": 1043,
    "fields": [
        {"path": "customer.email", "code": "invalid_email",
         "message": "is not a valid email address"},
        {"path": "customer.address.postal_code", "code": "missing_field",
         "message": "Field required"},
    ],
}


def error_responses(*codes: str) -> dict:
    """OpenAPI ``responses`` entries for these error codes, grouped by HTTP status."""
    by_status: dict[int, list[str]] = {}
    for code in codes:
        by_status.setdefault(ERRORS[code], []).append(code)
    responses = {}
    for status, grouped in sorted(by_status.items()):
        example = {"error": grouped[0], "message": "…", "request_id": "5f0c2a9e4b6d4c1f"}
        if status == 422:
            example = VALIDATION_EXAMPLE
        entry = {"model": ErrorBody, "description": "Error codes: " + ", ".join(
            f"`{c}`" for c in grouped) + " (docs/errors.md)",
            "content": {"application/json": {"example": example}}}
        if status in (429, 503):
            entry["headers"] = {"Retry-After": {"schema": {"type": "integer"},
                                                "description": "Seconds to wait"}}
        responses[status] = entry
    return responses


def json_order_body(description: str) -> dict:
    return {"requestBody": {"required": True, "description": description, "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/OrderRequest"},
                             "examples": {"order": {"summary": "A Groendus order",
                                                    "value": ORDER_EXAMPLE}}}}}}


def install_openapi(app: FastAPI) -> None:
    """Add the request schemas that the handlers read themselves (raw body first)."""

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, routes=app.routes,
                             description=app.description, tags=app.openapi_tags)
        order_schema = OrderRequest.model_json_schema(
            ref_template="#/components/schemas/{model}")
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.update(order_schema.pop("$defs", {}))
        components["OrderRequest"] = order_schema
        schema["components"].setdefault("securitySchemes", {}).update({
            "ApiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
            "Bearer": {"type": "http", "scheme": "bearer"},
        })
        app.openapi_schema = schema
        return schema

    app.openapi = openapi
