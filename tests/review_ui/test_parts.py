"""The review app's pure parts: reason codes, the sandboxed document, attachments from the
raw message, snippets, attention fields, what counts as a correction."""

from __future__ import annotations

import base64

import pytest

from extraction.parsed import AttachmentInfo
from extraction.schema import ExtractedOrder, ExtractionResult
from intake.review.corrections import field_changes
from intake.review.reasons import reason_code
from review_ui.attachments import inline_images, original_attachment, resolve_cid_images
from review_ui.formatting import age, plain
from review_ui.message_view import CSP, sandboxed_document
from review_ui.order_form import _shorten, attention_paths, weak_product_lines
from tests.review_ui.store_data import PDF, order_dict, raw_email


@pytest.mark.parametrize("reason, code", [
    ("confidence 0.30 below the threshold 0.90", "low_confidence"),
    ("orders[0].customer.phone: confidence 0.55 < 0.90", "low_confidence"),
    ("orders[1] invalid_address: postcode '123' is not a Dutch or Belgian postcode",
     "invalid_address"),
    ("unknown_sender: From domain gmail.com is not one of alva's", "unknown_sender"),
    ("limit_exceeded: attachments > 50", "limit_exceeded"),
    ("llm_unavailable: connection refused", "llm_unavailable"),
    ("unmapped_sku: ESS-X", "unmapped_sku"),
    ("error: boom", "extraction_error"),
    ("no order could be extracted", "no_order_found"),
    ("something nobody planned", "other"),
])
def test_reason_codes_from_the_sentences_the_pipeline_writes(reason, code):
    assert reason_code(reason) == code


def test_the_message_document_carries_its_policy_before_the_content():
    url = sandboxed_document("<p>Hallo</p>")
    assert url.startswith("data:text/html;charset=utf-8;base64,")
    document = base64.b64decode(url.split(",", 1)[1]).decode()
    assert document.index(CSP) < document.index("<p>Hallo</p>")
    assert "default-src 'none'" in CSP and "img-src data:" in CSP and "script" not in CSP


def test_original_attachment_bytes_come_from_the_raw_message():
    raw = raw_email("x", html="<p>x</p>")
    info = AttachmentInfo(name="werkbon.pdf", content_type="application/pdf", size=len(PDF),
                          sha256="", position=99)
    assert original_attachment(raw, info) == PDF
    assert original_attachment(raw, info.model_copy(update={"name": "other.pdf"})) is None
    assert original_attachment(None, info) is None


def test_inline_images_replace_cid_references():
    from email.message import EmailMessage

    message = EmailMessage()
    message.set_content("x")
    message.add_related(b"\x89PNG....", maintype="image", subtype="png", cid="<logo@x>")
    images = inline_images(message.as_bytes())
    html = resolve_cid_images('<img src="cid:logo@x"><img src="cid:gone">', images)
    assert 'src="data:image/png;base64,' in html and 'src=""' in html


def test_text_from_messages_is_shown_literally():
    assert plain("*bold* [x](http://evil) $x$ :red[y]") == (
        "\\*bold\\* \\[x\\]\\(http\\://evil\\) \\$x\\$ \\:red\\[y\\]")
    assert age(59) == "0 min" and age(3 * 3600 + 300) == "3 h 05" and age(2 * 86400) == "2 d 0 h"


def test_long_snippets_are_cut_around_the_value():
    snippet = "Namens onze zakelijke klant, mevrouw Gerda Oudshoorn (klantnummer 2004912876), " \
              "wil ik graag een laadpaal laten installeren bij haar woning."
    short = _shorten(snippet, "2004912876", 50)
    assert "2004912876" in short and short.startswith("…") and len(short) <= 52


def test_attention_goes_to_weak_and_invalid_fields_and_weak_lines():
    order = ExtractedOrder.model_validate(order_dict(
        customer={"name": "Sanne", "email": "not-an-email", "address": {"postal_code": "3572 AB"}},
        field_confidence={"customer.name": 0.5, "customer.email": 0.99,
                          "products[1].partner_sku": 0.3}))
    assert attention_paths(order, 0.9) == ["customer.name", "customer.email"]
    assert weak_product_lines(order, 0.9) == [2]


def test_corrections_name_plain_field_paths():
    proposal = ExtractionResult(kind="order", orders=[order_dict()])
    corrected = proposal.model_copy(deep=True)
    corrected.orders[0].customer.address.city = "Zeist"
    corrected.orders[0].products[0].quantity = 2
    changes = {c.field: (c.before, c.after) for c in field_changes(proposal, corrected)}
    assert changes["customer.address.city"] == ("Utrecht", "Zeist")
    assert changes["products"][1] == "GRO-ALFEN-11 x2; GRO-INSTALL-3 x1"
    assert field_changes(proposal, proposal) == []
