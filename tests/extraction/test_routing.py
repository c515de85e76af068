"""Routing from verified confidence: per field, per partner threshold, and never for errors."""

from __future__ import annotations

from extraction import detect_partner, extract_message, route_by_confidence
from extraction.schema import ExtractedOrder, ExtractionResult
from tests.extraction.builders import GROENDUS_ORDER, message, partner, partners


def order_result(field_confidence: dict[str, float], confidence: float) -> ExtractionResult:
    order = ExtractedOrder(confidence=confidence, field_confidence=field_confidence)
    return ExtractionResult(kind="order", orders=[order], confidence=confidence)


REQUIRED_OK = {"partner_order_id": 0.97, "customer.name": 0.97, "customer.email": 0.97,
               "customer.phone": 0.97, "customer.address.postal_code": 0.97,
               "products[0].partner_sku": 0.97, "products[0].quantity": 0.97}


def test_confident_order_goes_straight_through():
    assert route_by_confidence(order_result(REQUIRED_OK, 0.97), 0.90) == ("auto", [])


def test_required_field_below_threshold_waits_and_says_which():
    weak = {**REQUIRED_OK, "customer.phone": 0.55}
    route, reasons = route_by_confidence(order_result(weak, 0.55), 0.90)
    assert route == "review"
    assert "orders[0].customer.phone: confidence 0.55 < 0.90" in reasons


def test_optional_field_needs_sixty_percent_only():
    fine = {**REQUIRED_OK, "installation_preferences.notes": 0.75}
    assert route_by_confidence(order_result(fine, 0.97), 0.90)[0] == "auto"
    poor = {**REQUIRED_OK, "installation_preferences.preferred_date": 0.40}
    assert route_by_confidence(order_result(poor, 0.97), 0.90)[0] == "review"


def test_errors_and_empty_orders_never_go_straight_through():
    errored = order_result(REQUIRED_OK, 0.97)
    errored.error = "parser crashed"
    assert route_by_confidence(errored, 0.90)[0] == "review"
    empty = ExtractionResult(kind="order", orders=[], confidence=1.0)
    assert route_by_confidence(empty, 0.90)[0] == "review"


def test_partner_threshold_overrides_the_default():
    strict = partner("groendus", confidence_threshold=0.99)
    result = extract_message(message(GROENDUS_ORDER), [strict], backend="offline")
    assert result.confidence < 0.99 and result.route == "review"
    relaxed = extract_message(message(GROENDUS_ORDER), partners(), backend="offline")
    assert relaxed.route == "auto"


def test_partner_from_envelope_recipient_before_from_domain():
    parsed = message(GROENDUS_ORDER, partner_id="groendus", sender="someone@essent.nl")
    parsed.to_addresses = ["orders@chargecars.nl"]
    parsed.headers = [("Received", ("from mx by mx1 with ESMTPS id 4F for "
                                   "<eneco@orders.chargecars.nl>; Thu, 3 Jul 2025 09:14 +0200"))]
    assert detect_partner(parsed, partners()).id == "eneco"
    parsed.headers = [("Delivered-To", "alva@orders.chargecars.nl")]
    assert detect_partner(parsed, partners()).id == "alva"
    parsed.headers = []
    assert detect_partner(parsed, partners()).id == "essent"  # From domain, last resort
    parsed.from_address = "someone@example.org"
    assert detect_partner(parsed, partners()) is None
    assert detect_partner(parsed, partners(), hint="50five").id == "50five"
