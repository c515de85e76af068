"""The strict request body for an order (API, webhook and, after mapping, the form).

It is the seed's partner data mapping (``extraction.schema.Order``) with what a machine can
be held to: the required fields present, lengths within the store's columns, no unknown
fields, email and phone valid (and normalised to lower case and E.164), the postcode
normalised ("1234ab" -> "1234 AB"). A postcode that is not Dutch or Belgian is not an
error: it is kept as sent and the order waits for a validator (``invalid_address``).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
)
from pydantic_core import PydanticCustomError

from extraction.normalize import normalize_email, normalize_phone, normalize_postal_code
from extraction.schema import Order as OrderData

# C0/C1 controls other than tab and newline, and lone surrogates: PostgreSQL refuses NUL
# and no partner means any of them.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
PARTNER_ORDER_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$"
PARTNER_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{1,63}$"  # as `intake partners add` allows


def _clean(value: str) -> str:
    if _FORBIDDEN.search(value):
        raise PydanticCustomError("invalid_characters", "contains control characters")
    value = unicodedata.normalize("NFC", value).strip()
    if not value:
        raise PydanticCustomError("empty_value", "must not be empty")
    return value


def _email(value: str) -> str:
    normal = normalize_email(value)
    if normal is None:
        raise PydanticCustomError("invalid_email", "is not a valid email address")
    return normal


def _phone(value: str) -> str:
    normal = normalize_phone(value)
    if normal is None:
        raise PydanticCustomError(
            "invalid_phone", "is not a valid phone number (Dutch or international, e.g. "
            "+31612345678 or 06-12345678)")
    return normal


def _postal_code(value: str) -> str:
    return normalize_postal_code(value) or value


def _name(value: str) -> str:
    if not re.search(r"[^\W\d_]", value):
        raise PydanticCustomError("invalid_name", "must contain letters")
    return value


def text(max_length: int, *more) -> type[str]:
    return Annotated[str, Field(max_length=max_length), AfterValidator(_clean), *more]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, str_max_length=5000)


class AddressIn(_Strict):
    street: text(200) | None = None
    house_number: text(20) | None = None
    postal_code: text(16, AfterValidator(_postal_code)) = Field(
        description="Dutch `1234 AB` (any spacing or case) or Belgian `2018`. Anything else "
        "is kept as sent and the order waits for review (`invalid_address`).")
    city: text(120) | None = None


class CustomerIn(_Strict):
    name: text(300, AfterValidator(_name))
    email: text(320, AfterValidator(_email)) = Field(description="Stored in lower case.")
    phone: text(40, AfterValidator(_phone)) = Field(
        description="Stored as E.164 (`+31612345678`); Dutch numbers may be written "
        "nationally (`06-12345678`).")
    address: AddressIn


class ProductIn(_Strict):
    partner_sku: text(100) | None = Field(
        None, description="Your product code; we map it onto our catalogue.")
    quantity: int = Field(1, ge=1, le=999)
    description: text(500) | None = None


class InstallationPreferencesIn(_Strict):
    preferred_date: date | None = Field(None, description="ISO date, `2025-07-21`.")
    notes: text(2000) | None = None


class PartnerReferencesIn(_Strict):
    dealer_group_id: text(100) | None = None
    purchase_order: text(100) | None = None
    customer_account: text(100) | None = None


class OrderRequest(_Strict):
    """One order, as the seed's partner data mapping describes it."""

    partner_order_id: str = Field(
        pattern=PARTNER_ORDER_ID_PATTERN,
        description="Your order id: unique per order. Sending it again returns the order "
        "made the first time (200) instead of a second order.")
    customer: CustomerIn
    products: list[ProductIn] = Field(default_factory=list, max_length=50)
    installation_preferences: InstallationPreferencesIn = Field(
        default_factory=InstallationPreferencesIn)
    partner_references: PartnerReferencesIn = Field(default_factory=PartnerReferencesIn)

    def to_order_data(self) -> OrderData:
        return OrderData.model_validate(self.model_dump())


# --- what a failed validation tells the partner ---------------------------------------------

# pydantic's error types -> our documented field error codes (docs/errors.md).
_CODES = {
    "missing": "missing_field",
    "extra_forbidden": "unknown_field",
    "string_too_long": "too_long",
    "too_long": "too_many_items",
    "string_pattern_mismatch": "invalid_format",
    "greater_than_equal": "out_of_range",
    "less_than_equal": "out_of_range",
}
_CUSTOM = {"invalid_characters", "empty_value", "invalid_email", "invalid_phone",
           "invalid_name"}


def field_code(error_type: str) -> str:
    if error_type in _CUSTOM:
        return error_type
    if error_type in _CODES:
        return _CODES[error_type]
    if error_type.startswith(("date_", "datetime_")):
        return "invalid_date"
    return "invalid_type"


def field_errors(exc: ValidationError) -> list[dict]:
    """``[{"path": "customer.email", "code": "invalid_email", "message": ...}, ...]``."""
    errors = []
    for error in exc.errors(include_url=False, include_input=False):
        path = ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in error["loc"])
        errors.append({"path": path.replace(".[", "["), "code": field_code(error["type"]),
                       "message": error["msg"]})
    return errors


def is_json_syntax_error(exc: ValidationError) -> bool:
    return any(e["type"] == "json_invalid" for e in exc.errors(include_url=False))
