"""Mapping partner SKUs onto our catalogue; an unmapped SKU still makes an order line."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from extraction.schema import Product
from storage.models import OrderLine, ProductMapping


def map_products(session: Session, partner_id: str, products: list[Product]) -> list[OrderLine]:
    mapping = {
        m.partner_sku.upper(): m
        for m in session.scalars(select(ProductMapping).where(ProductMapping.partner_id == partner_id))
    }
    lines = []
    for position, product in enumerate(products, start=1):
        mapped = mapping.get((product.partner_sku or "").upper())
        lines.append(
            OrderLine(
                position=position,
                partner_sku=product.partner_sku,
                description=product.description,
                quantity=product.quantity,
                article=mapped.article if mapped else None,
                article_type=mapped.article_type if mapped else None,
                unmapped=mapped is None,
            )
        )
    return lines
