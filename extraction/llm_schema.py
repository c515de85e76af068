"""What the LLM is asked to return: a flat, forgiving shape that instructor validates.

Flat fields are easier for small models than the nested ORDER. The validators reject what
cannot be a value of its kind (an email without "@", a date that is not YYYY-MM-DD); instructor
feeds the error back to the model and asks again. Inputs are hidden from error messages so
that personal data does not reach logs.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

_CONFIG = ConfigDict(hide_input_in_errors=True, extra="ignore")


def _blank_to_none(value):
    if isinstance(value, str) and value.strip().lower() in ("", "null", "none", "n/a", "-"):
        return None
    return value


class LLMProduct(BaseModel):
    model_config = _CONFIG

    partner_sku: str | None = Field(None, description="article code exactly as written")
    quantity: int = Field(1, ge=1, le=999)
    description: str | None = None

    _blank = field_validator("partner_sku", "description", mode="before")(_blank_to_none)


class LLMOrder(BaseModel):
    model_config = _CONFIG

    partner_order_id: str | None = Field(None, description="the partner's order number")
    customer_name: str | None = None
    customer_email: str | None = None
    customer_phone: str | None = None
    street: str | None = None
    house_number: str | None = Field(None, description='with its addition, e.g. "14A"')
    postal_code: str | None = None
    city: str | None = None
    preferred_date: str | None = Field(None, description="YYYY-MM-DD, or null")
    notes: str | None = None
    dealer_group_id: str | None = None
    purchase_order: str | None = None
    customer_account: str | None = None
    products: list[LLMProduct] = Field(default_factory=list)
    uncertain_fields: list[str] = Field(default_factory=list)

    _blank = field_validator(
        "partner_order_id", "customer_name", "customer_email", "customer_phone", "street",
        "house_number", "postal_code", "city", "preferred_date", "notes", "dealer_group_id",
        "purchase_order", "customer_account", mode="before",
    )(_blank_to_none)

    @field_validator("customer_email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"\S+@\S+\.\S+", value.strip()):
            raise ValueError("customer_email must be an email address as written, or null")
        return value

    @field_validator("preferred_date")
    @classmethod
    def _date(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("preferred_date must be YYYY-MM-DD, or null when vague") from None
        return value.strip()

    @field_validator("postal_code")
    @classmethod
    def _postcode(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"\d{4}\s?[A-Za-z]{0,2}", value.strip()):
            raise ValueError('postal_code must look like "1234 AB" (or four digits), or null')
        return value


class LLMExtraction(BaseModel):
    """The whole message: what it is, what it refers to, and its orders."""

    model_config = _CONFIG

    kind: Literal["order", "cancellation", "status_question", "other"]
    refers_to: str | None = None
    orders: list[LLMOrder] = Field(default_factory=list)

    _blank = field_validator("refers_to", mode="before")(_blank_to_none)
