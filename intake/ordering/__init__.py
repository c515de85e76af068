"""The seed's business rules for turning order data into an order with its contacts."""

from intake.ordering.create import OrderOutcome, OrderSource, create_order

__all__ = ["OrderOutcome", "OrderSource", "create_order"]
