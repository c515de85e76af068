"""An order as the offline extractor assembles it: each value with how and where it was found."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extraction.lines import Line

CUSTOMER_FIELDS = (
    "customer.name", "customer.email", "customer.phone", "customer.address.street",
    "customer.address.postal_code",
)

# How a value was found; verification starts from this and then checks the text itself.
LABELLED = "label"  # "Telefoon: 06-12345678", a form field, a table column
LEARNED = "learned"  # a label a validator's correction taught us for this partner
PROSE = "prose"  # a pattern in running text ("ons ordernummer is ...")
CORRECTION = "correction"  # newer text overrides a quoted or forwarded value
BARE_DATE = "bare_date"  # a future date behind a bare "Datum": order date or wish?


@dataclass
class FieldValue:
    value: Any  # normal form
    method: str
    line: Line | None
    raw: str = ""


@dataclass
class ProductValue:
    sku: str | None
    quantity: int
    quantity_stated: bool
    description: str | None
    line: Line | None
    method: str = LABELLED


@dataclass
class Draft:
    source_index: int
    depth: int
    fields: dict[str, FieldValue] = field(default_factory=dict)
    products: list[ProductValue] = field(default_factory=list)
    # Values that another part of the message states differently: field -> the other values.
    conflicts: dict[str, list[FieldValue]] = field(default_factory=dict)
    # Values a newer part of the message replaced: field -> the older value.
    replaced: dict[str, FieldValue] = field(default_factory=dict)
    seen_labels: set[str] = field(default_factory=set)  # fields labelled in this block
    addition: FieldValue | None = None  # "Toevoeging", joined to the house number at the end
    name_parts: dict[str, FieldValue] = field(default_factory=dict)  # Voornaam, Achternaam
    note_parts: list[FieldValue] = field(default_factory=list)  # "Dagdeel: ochtend", for notes
    company: FieldValue | None = None  # "Bedrijfsnaam": the customer's name when given
    sources: set[int] = field(default_factory=set)

    def get(self, path: str):
        found = self.fields.get(path)
        return found.value if found else None

    def set(self, path: str, found: FieldValue | None) -> None:
        if found is not None and found.value is not None:
            self.fields[path] = found

    def customer_field_count(self) -> int:
        return sum(1 for path in CUSTOMER_FIELDS if self.get(path) is not None)

    def is_substantial(self) -> bool:
        """Enough to be an order rather than a passing mention."""
        count = self.customer_field_count()
        return count >= 2 or (self.get("partner_order_id") is not None and count >= 1)

    def identity(self) -> str | None:
        for path in ("partner_order_id", "customer.email", "customer.name"):
            value = self.get(path)
            if value:
                return f"{path}={str(value).lower()}"
        return None
