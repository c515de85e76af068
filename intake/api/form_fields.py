"""The form's flat field names, and how they map onto the order's nested shape.

Forms (50five's, or any form tool) cannot nest, so each field has a flat name; products
are numbered from 1: ``partner_sku_1``, ``quantity_1``, ``description_1``, ``partner_sku_2``…
Empty fields count as not filled in. Files are attachments: kept with the stored request.
"""

from __future__ import annotations

import re

from extraction.fields import FLAT_FIELD_PATHS

# form field -> dotted path in the order (docs/partner-integration-guide.md lists them)
FIELDS = FLAT_FIELD_PATHS
PRODUCT_FIELD = re.compile(r"^(partner_sku|quantity|description)_([1-9]\d?)$")
MAX_PRODUCTS = 50
_PATH_TO_FIELD = {path: name for name, path in FIELDS.items()}
_PRODUCT_PATH = re.compile(r"^products\[(\d+)\]\.(partner_sku|quantity|description)$")


class FormMapping:
    """One form's values as an order dict, and a way back from order paths to form names."""

    def __init__(self, pairs: list[tuple[str, str]]):
        self.order: dict = {}
        self.errors: list[dict] = []
        self._product_numbers: list[int] = []
        products: dict[int, dict] = {}
        seen: set[str] = set()
        for name, value in pairs:
            if name in seen:
                self.errors.append({"path": name, "code": "invalid_value",
                                    "message": "given more than once"})
                continue
            seen.add(name)
            value = value.strip()
            if value:
                self._place(name, value, products)
        self._product_numbers = sorted(products)
        if products:
            self.order["products"] = [products[n] for n in self._product_numbers]

    def _place(self, name: str, value: str, products: dict[int, dict]) -> None:
        product = PRODUCT_FIELD.match(name)
        if product and int(product.group(2)) <= MAX_PRODUCTS:
            products.setdefault(int(product.group(2)), {})[product.group(1)] = value
        elif name in FIELDS:
            node = self.order
            *parents, leaf = FIELDS[name].split(".")
            for parent in parents:
                node = node.setdefault(parent, {})
            node[leaf] = value
        else:
            self.errors.append({"path": name, "code": "unknown_field",
                                "message": "not a field of the order form"})

    def form_name(self, path: str) -> str:
        """``customer.email`` -> ``customer_email``; ``products[0].quantity`` -> ``quantity_1``."""
        if path in _PATH_TO_FIELD:
            return _PATH_TO_FIELD[path]
        match = _PRODUCT_PATH.match(path)
        if match and int(match.group(1)) < len(self._product_numbers):
            return f"{match.group(2)}_{self._product_numbers[int(match.group(1))]}"
        if path.startswith("customer.address") or path == "customer":
            return "postal_code" if path.endswith("address") else path
        return path
