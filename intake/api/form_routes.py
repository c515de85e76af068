"""Orders from web forms (50five): the same pipeline, with the form's flat field names.

A form is authenticated with the partner's API key in the X-API-Key header, like the API:
form tools (Fillout, Typeform, Make.com) post server to server and can set a header,
while a token written into a public web page's form would be public.
"""

from __future__ import annotations

from fastapi import APIRouter, Path, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile

from intake.api import openapi_docs as docs
from intake.api.auth import authenticate, client_ip, require_key_present
from intake.api.form_fields import FIELDS, FormMapping
from intake.api.order_request import PARTNER_ID_PATTERN
from intake.api.orders_routes import AUTH_ERRORS, SECURITY
from intake.api.submit import Validated, require_content_type, submit, validate_order_dict

router = APIRouter(tags=["forms"])
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
FORM_EXAMPLE = {
    "partner_order_id": "50F-2025-0192", "customer_name": "Jeroen Bakker",
    "customer_email": "jeroen.bakker@example.nl", "customer_phone": "0612345678",
    "street": "Dorpsstraat", "house_number": "7", "postal_code": "1234AB",
    "city": "Amersfoort", "partner_sku_1": "50F-ZAPPI-7", "quantity_1": "1",
    "preferred_date": "2025-08-01", "notes": "Oprit aan de zijkant",
}


def _form_schema(with_files: bool) -> dict:
    properties = {name: {"type": "string", "description": f"order field `{path}`"}
                  for name, path in FIELDS.items()}
    for n in (1, 2):
        properties[f"partner_sku_{n}"] = {"type": "string", "description": f"product {n}"}
        properties[f"quantity_{n}"] = {"type": "string", "pattern": r"^[0-9]{1,3}$"}
        properties[f"description_{n}"] = {"type": "string"}
    if with_files:
        properties["attachment"] = {"type": "array",
                                    "items": {"type": "string", "format": "binary"}}
    return {"type": "object", "properties": properties,
            "required": ["partner_order_id", "customer_name", "customer_email",
                         "customer_phone", "postal_code"]}


@router.post(
    "/forms/{partner_id}/orders",
    summary="Send an order from a form",
    description="`application/x-www-form-urlencoded`, or `multipart/form-data` with "
    "attachments. Fields: " + ", ".join(f"`{n}`" for n in FIELDS) + ", and per product "
    "`partner_sku_N`, `quantity_N`, `description_N` (N = 1…50). Answers as "
    "`POST /partners/{partner_id}/orders`; field errors name the form field.",
    responses={
        **docs.order_answers(),
        **docs.error_responses(
            "invalid_form", *AUTH_ERRORS, "partner_mismatch", "body_too_large",
            "unsupported_media_type", "validation_failed", "rate_limited",
            "processing_failed", "store_unavailable"),
    },
    openapi_extra={"security": SECURITY, "requestBody": {"required": True, "content": {
        "application/x-www-form-urlencoded": {"schema": _form_schema(False),
                                              "example": FORM_EXAMPLE},
        "multipart/form-data": {"schema": _form_schema(True)},
    }}},
    status_code=201,
)
async def form_order_endpoint(
    request: Request,
    partner_id: str = Path(description="Your partner id, e.g. `50five`",
                           pattern=PARTNER_ID_PATTERN),
) -> JSONResponse:
    state = request.app.state
    require_content_type(request, FORM_TYPES)
    key = require_key_present(request, state.limits)
    raw = await request.body()
    validated = await _read_form(request, state.settings.max_attachments)
    ip = client_ip(request)

    def authorize(session: Session):
        api_key, partner = authenticate(session, key, ip, state.limits, partner_id)
        state.limits.hit("orders", api_key.prefix)
        return partner

    return await submit(request, channel="form", raw=raw, validated=validated,
                        authorize=authorize, source_ref=f"form:{request.state.request_id}")


async def _read_form(request: Request, max_files: int) -> Validated:
    """The form's fields as an order (attachments stay in the stored raw request)."""
    try:
        form = await request.form(max_files=max_files, max_fields=300)
    except Exception as exc:  # noqa: BLE001 - python-multipart raises several kinds
        return Validated(None, [{"path": "", "code": "invalid_type", "message": str(exc)[:200]}],
                         syntax_error="invalid_form")
    try:
        pairs = [(name, value) for name, value in form.multi_items()
                 if not isinstance(value, UploadFile)]
    finally:
        await form.close()
    mapping = FormMapping(pairs)
    if mapping.errors:
        return Validated(None, mapping.errors)
    return validate_order_dict(mapping.order, rename=mapping.form_name)
