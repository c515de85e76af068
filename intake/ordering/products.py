"""Mapping partner SKUs onto our catalogue; an unmapped SKU still makes an order line."""

from __future__ import annotations

from extraction.schema import Product


def map_products(order_id: str, skus: dict[str, tuple[str, str | None]],
                 products: list[Product]) -> list[dict]:
    """The order's lines (``OrderLine`` values); ``skus`` is the partner's mapping, keyed
    by SKU in upper case."""
    lines = []
    for position, product in enumerate(products, start=1):
        mapped = skus.get((product.partner_sku or "").upper())
        lines.append({
            "order_id": order_id,
            "position": position,
            "partner_sku": product.partner_sku,
            "description": product.description,
            "quantity": product.quantity,
            "article": mapped[0] if mapped else None,
            "article_type": mapped[1] if mapped else None,
            "unmapped": mapped is None,
        })
    return lines
