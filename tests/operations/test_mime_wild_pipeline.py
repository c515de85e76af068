"""All 388 real-world messages of mime-wild through the whole worker pipeline, stored in
the real store: none may crash the intake or vanish; each ends in a final state."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from intake.worker import Worker
from storage.db import session_scope
from storage.messages import store_raw_message
from storage.models import InboundMessage
from tests.conftest import MIME_WILD

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def wild_messages() -> list:
    files = sorted(p for p in MIME_WILD.rglob("*") if p.is_file() and p.name != "SOURCES.md")
    if not files:
        pytest.skip(f"mime-wild not found under {MIME_WILD}")
    return files


def test_every_wild_message_ends_in_a_final_state(settings):
    url = settings.database_url
    files = wild_messages()
    with session_scope(url) as session:
        for i, path in enumerate(files):
            store_raw_message(session, raw=path.read_bytes(), channel="smtp", partner_id="alva",
                              envelope_from="sender@alva-charging.nl",
                              envelope_to=["alva@orders.chargecars.nl"],
                              message_id=f"<wild-{i}@test>", source_ref=str(path.name))
    Worker(settings).drain()
    with session_scope(url) as session:
        rows = session.execute(
            select(InboundMessage.source_ref, InboundMessage.state, InboundMessage.error)).all()
    assert len(rows) == len(files)
    failed = [(ref, error) for ref, state, error in rows if state == "failed"]
    assert failed == []
    assert {state for _ref, state, _error in rows} <= {"done", "review", "archived"}
