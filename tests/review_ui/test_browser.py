"""A validator in a real browser: log in, open the item, correct a field, approve; the
order is in the store with the correction. A screenshot of the item page is kept in
test-artifacts/."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import select

from storage.db import session_scope
from storage.models import Correction, Order
from tests.review_ui.browser import (
    ARTIFACTS,
    CHROMIUM,
    approve,
    chromium_page,
    log_in,
    open_next,
    review_app,
    scroll_to_top,
)
from tests.review_ui.store_data import PASSWORD, add_review_item, add_users
from tests.review_ui.test_pipeline_review import NOTE, receive

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.path.exists(CHROMIUM),
                       reason=f"Debian's chromium is not installed at {CHROMIUM} "
                              "(apt-get install chromium); no browser is downloaded"),
]


def test_validator_corrects_and_approves_in_a_real_browser(sqlite_settings, tmp_path):
    settings = sqlite_settings
    add_users(settings.database_url)
    receive(settings, "023", "essent")
    ARTIFACTS.mkdir(exist_ok=True)
    with review_app(settings, tmp_path / "streamlit.log") as url, chromium_page() as page:
        log_in(page, url, "anna", PASSWORD)
        open_next(page)
        page.get_by_text("Needs attention").first.wait_for()
        notes = page.get_by_role("textbox", name="Installation notes")
        notes.fill(NOTE)
        notes.press("Tab")  # a committed value, as a validator leaves the field
        page.get_by_role("tab", name="All text").wait_for()
        scroll_to_top(page)
        page.screenshot(path=str(ARTIFACTS / "review-item-page.png"))
        flash = approve(page)
    number = flash.split("Approved: ")[1].split()[0]
    with session_scope(settings.database_url) as session:
        order = session.scalars(select(Order)).one()
        assert order.order_number == number and order.installation_notes == NOTE
        assert order.created_by == "validator:anna"
        correction = session.scalars(select(Correction)).one()
        assert (correction.field, correction.corrected_value) == (
            "installation_preferences.notes", NOTE)
    assert (ARTIFACTS / "review-item-page.png").stat().st_size > 10_000


def test_the_message_html_loads_no_remote_content(sqlite_settings, tmp_path):
    settings = sqlite_settings
    add_users(settings.database_url)
    add_review_item(settings.database_url, html=(
        '<p>Order</p><img src="https://tracker.example/pixel.gif" alt="pixel">'
        '<div style="background:url(https://tracker.example/bg.png)">x</div>'))
    seen, blocked = [], []
    with review_app(settings, tmp_path / "streamlit.log") as url, chromium_page() as page:
        page.on("response", lambda response: seen.append(response.url))
        page.on("requestfailed", lambda request: blocked.append((request.url, request.failure)))
        log_in(page, url, "anna", PASSWORD)
        open_next(page)
        page.frame_locator("iframe").first.get_by_text("Order").wait_for()
        page.wait_for_timeout(500)
    assert not [u for u in seen if "tracker.example" in u]
    assert all(failure == "csp" for u, failure in blocked if "tracker.example" in u)
