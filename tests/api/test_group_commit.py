"""The API's requests through the group-commit writer: many orders per commit, each in a
savepoint of its own, each answered only after its commit."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import uvicorn
from sqlalchemy import func, select

from intake.api.app import create_app
from intake.api.errors import ApiError
from storage.db import session_factory, session_scope
from storage.group_commit import GroupCommitWriter
from storage.models import Contact, InboundMessage, Order
from storage.orders import allocate_order_number
from tests.api.conftest import auth, order_body
from tests.conftest import free_port


def test_units_of_work_share_a_commit_and_fail_alone(settings):
    writer = GroupCommitWriter(session_factory(settings.database_url), start=False)

    def make(name: str, fail: bool = False):
        def work(session):
            number = allocate_order_number(session)
            session.add(Contact(contact_type="person", name=name))
            session.flush()
            if fail:
                raise ApiError("invalid_api_key", "refused after writing")
            return number
        return work

    futures = [writer.submit_work(make("a")), writer.submit_work(make("b", fail=True)),
               writer.submit_work(make("c"))]
    writer.start()  # all three wait: one batch
    writer.close(30)
    assert isinstance(futures[1].exception(1), ApiError)
    # The failed one gave its number back: still gap-free.
    assert [futures[0].result()[-5:], futures[2].result()[-5:]] == ["00001", "00002"]
    assert writer.commits == 1 and writer.written == 2
    with session_scope(settings.database_url) as session:
        names = session.scalars(select(Contact.name).where(Contact.contact_type == "person"))
        assert sorted(names) == ["a", "c"]


@pytest.fixture
def sqlite_server(sqlite_settings):
    app = create_app(sqlite_settings)
    config = uvicorn.Config(app, host="127.0.0.1", port=free_port(), log_level="warning",
                            lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{config.port}", app
    server.should_exit = True
    thread.join(10)


def test_concurrent_orders_share_fsyncs_and_get_gap_free_numbers(sqlite_server, sqlite_settings):
    from tests.api.conftest import new_key

    base, app = sqlite_server
    key = new_key(sqlite_settings.database_url, "groendus")
    bad_key = key[:-1] + ("1" if key[-1] == "0" else "0")

    def send(i: int) -> httpx.Response:
        with httpx.Client(timeout=30) as client:
            return client.post(f"{base}/partners/groendus/orders",
                               json=order_body(partner_order_id=f"GRO-GC-{i}"),
                               headers=auth(bad_key if i % 8 == 7 else key))

    with ThreadPoolExecutor(16) as pool:
        responses = list(pool.map(send, range(48)))
    good = [r for i, r in enumerate(responses) if i % 8 != 7]
    assert {r.status_code for r in good} == {201}
    assert {r.status_code for i, r in enumerate(responses) if i % 8 == 7} == {401}
    numbers = sorted(int(r.json()["order_number"].rsplit("-", 1)[1]) for r in good)
    assert numbers == list(range(1, 43))
    writer = app.state.store.writer
    assert writer.commits < 48  # requests shared transactions (and fsyncs)
    with session_scope(sqlite_settings.database_url) as session:
        assert session.scalar(select(func.count(Order.id))) == 42
        assert session.scalar(select(func.count(InboundMessage.id))) == 42


def test_a_request_rolled_back_in_a_batch_leaves_nothing_for_the_next(settings):
    """The first request stores the order's message and then fails as a whole; the
    resend in the same transaction must get a message and order of its own, not the
    rolled-back objects the session saw."""
    import json

    from intake.api.submit import validate_json_order
    from intake.ordering.reference import cached_partner
    from intake.structured_intake import Submission, receive

    data = validate_json_order(json.dumps(order_body(partner_order_id="GRO-RB-1"))).order
    writer = GroupCommitWriter(session_factory(settings.database_url), start=False)
    kept = []

    def request(raw: bytes, fail: bool):
        def work(session):
            answer = receive(session, Submission(
                channel="api", partner=cached_partner(session, "groendus"), raw=raw,
                order=data))
            if fail:
                kept.append(answer)  # its objects stay alive in the session's identity map
                raise RuntimeError("the answer could not be sent")
            seen = session.get(InboundMessage, answer.message_id).raw  # as this session has it
            return answer.outcome, answer.message_id, answer.order.order_number, seen
        return work

    first = writer.submit_work(request(b'{"first": 1}', fail=True))
    again = writer.submit_work(request(b'{"again": 2}', fail=False))
    writer.start()
    writer.close(30)
    assert isinstance(first.exception(1), RuntimeError)
    outcome, message_id, number, seen = again.result(1)
    assert outcome == "created" and number.endswith("-00001") and seen == b'{"again": 2}'
    with session_scope(settings.database_url) as session:
        message = session.get(InboundMessage, message_id)
        assert message.raw == b'{"again": 2}' and message.state == "done"
        assert session.scalar(select(func.count(InboundMessage.id))) == 1
        assert session.scalar(select(func.count(Order.id))) == 1
