"""The error reference and the partner guide stay in step with the code."""

from __future__ import annotations

from pathlib import Path

from intake.api.errors import ERRORS, FIELD_ERRORS

DOCS = Path(__file__).resolve().parent.parent.parent / "docs"


def test_every_error_code_is_documented_with_its_status():
    text = (DOCS / "errors.md").read_text()
    for code, status in ERRORS.items():
        assert f"| `{code}` | {status} |" in text, code


def test_every_field_error_code_is_documented():
    text = (DOCS / "errors.md").read_text()
    for code in FIELD_ERRORS:
        assert f"| `{code}` |" in text, code


def test_the_guide_covers_every_endpoint():
    text = (DOCS / "partner-integration-guide.md").read_text()
    for path in ("/partners/{partner_id}/orders", "/webhooks/{partner_id}/orders",
                 "/forms/{partner_id}/orders", "/orders/{partner_order_id}/status"):
        assert path in text, path
