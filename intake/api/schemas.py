"""The shapes of the API's answers, as the OpenAPI document declares them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

AnswerStatus = Literal[
    "received", "quote_sent", "customer_approved", "installation_scheduled",
    "installation_completed", "on_hold", "cancelled", "review", "processing",
]


class Reason(BaseModel):
    code: str = Field(description="e.g. `invalid_address`; see docs/errors.md")
    message: str


class OrderAnswer(BaseModel):
    """What a partner gets back for an order sent by API, webhook or form."""

    status: AnswerStatus = Field(description="`received` for a new order; `review` when a "
                                 "validator must look first; an order's current status "
                                 "for a duplicate")
    order_number: str | None = Field(description="The ChargeCars order number, "
                                     "`CC-YYYY-NNNNN`; null while the order waits for review")
    partner_order_id: str
    duplicate: bool = Field(description="True: you sent this partner_order_id before; this is "
                            "the order made then")
    estimated_processing_time: str = Field(description="ISO 8601 duration until ChargeCars "
                                           "has processed the order, e.g. `PT5M`")
    estimated_processing_seconds: int
    reasons: list[Reason] = Field(description="Why the order waits for review (empty otherwise)")
    flags: list[str] = Field(description="Problems the order was made with, e.g. "
                             "`unmapped_sku`: a person at ChargeCars will follow up")
    sandbox: bool
    message_id: int = Field(description="Our reference for the stored request")
    status_url: str


class StatusEventOut(BaseModel):
    status: str
    at: datetime
    scheduled_date: date | None = None
    installer: str | None = None


class OrderStatusAnswer(BaseModel):
    partner_order_id: str
    order_number: str | None
    status: AnswerStatus
    updated_at: datetime | None
    scheduled_date: date | None = None
    installer: str | None = None
    sandbox: bool
    history: list[StatusEventOut]


class FieldError(BaseModel):
    path: str = Field(description="Where in the body: `customer.email`, `products[0].quantity` "
                      "(form fields by their form name)")
    code: str
    message: str


class ErrorBody(BaseModel):
    error: str = Field(description="A code from docs/errors.md")
    message: str
    request_id: str | None
    fields: list[FieldError] | None = Field(None, description="Only for `validation_failed`")
    message_id: int | None = Field(None, description="When the request was stored anyway")
