"""Status webhooks against a real HTTP receiver: signatures, retries, 410, alerts, order."""

from __future__ import annotations

import json
import threading

from standardwebhooks import Webhook
from structlog.testing import capture_logs

from intake.notify import metrics
from intake.notify.delivery import deliver_due
from intake.notify.policy import RetryPolicy
from tests.conftest import free_port
from tests.notify.conftest import deliver_until
from tests.notify.receiver import Reply
from tests.notify.store_data import (
    attempts,
    new_order,
    outbox,
    partner,
    set_status,
    with_callback,
)


def webhook_items(url):
    return outbox(url, "webhook")


def state_of(url, item_id):
    return next(i for i in outbox(url) if i.id == item_id)


def failures(partner_id="groendus"):
    return metrics.WEBHOOK_FAILURES.labels(partner_id)._value.get()


def test_delivered_signed_with_the_partners_secret_and_the_seeds_body(fast, receiver):
    url = fast.database_url
    secret = with_callback(url, receiver.url)
    order_id = new_order(url)
    set_status(url, order_id, "scheduled", installer="Team Amsterdam Noord")
    deliver_until(fast, lambda: len(receiver.requests) == 2)
    received, scheduled = receiver.requests
    body = Webhook(secret).verify(scheduled.body, scheduled.headers)  # raises if forged
    assert body == {
        "event": "status_update", "order_id": body["order_id"],
        "partner_order_id": "GRD-2025-04817", "status": "installation_scheduled",
        "scheduled_date": "2025-07-20", "installer": "Team Amsterdam Noord",
        "occurred_at": body["occurred_at"],
    }
    assert body["order_id"].startswith("CC-")
    assert json.loads(received.body)["event"] == "order_received"
    first, second = webhook_items(url)
    assert received.headers["webhook-id"] == first.idempotency_key
    assert scheduled.headers["webhook-id"] == second.idempotency_key
    deliver_until(fast, lambda: all(i.state == "delivered" for i in webhook_items(url)))
    [attempt] = attempts(url, second.id)
    assert attempt.status_code == 200 and attempt.error is None


def test_500_then_success_is_retried_with_the_same_webhook_id(fast, receiver):
    url = fast.database_url
    secret = with_callback(url, receiver.url)
    receiver.script(Reply(500))
    new_order(url)
    [item] = webhook_items(url)
    deliver_until(fast, lambda: state_of(url, item.id).state == "delivered")
    first, second = receiver.requests
    assert first.headers["webhook-id"] == second.headers["webhook-id"] == item.idempotency_key
    assert first.body == second.body
    Webhook(secret).verify(second.body, second.headers)
    assert [(a.status_code, a.error) for a in attempts(url, item.id)] == [
        (500, "HTTP 500"), (200, None)]
    assert state_of(url, item.id).attempts == 2


def test_a_failed_attempt_waits_for_the_retry_delay(settings, receiver):
    url = settings.database_url
    with_callback(url, receiver.url, webhook_retry_delay_s=3600.0)
    receiver.script(Reply(503))
    new_order(url)
    [item] = webhook_items(url)
    deliver_due(settings)
    after = state_of(url, item.id)
    assert after.state == "pending" and after.attempts == 1
    wait = (after.next_attempt_at - attempts(url, item.id)[0].at).total_seconds()
    assert 3600 * 0.8 - 1 <= wait <= 3600  # the partner's first delay, jittered, capped
    assert deliver_due(settings) == 0 and len(receiver.requests) == 1


def test_a_receiver_slower_than_the_timeout_is_an_attempt_that_failed(fast, receiver):
    url = fast.database_url
    with_callback(url, receiver.url)
    fast = fast.model_copy(update={"webhook_timeout_s": 0.3})
    receiver.script(Reply(200, delay_s=1.5))
    new_order(url)
    [item] = webhook_items(url)
    deliver_due(fast)
    [attempt] = attempts(url, item.id)
    assert attempt.status_code is None and attempt.error.startswith("timeout")
    assert state_of(url, item.id).state == "pending"
    deliver_until(fast, lambda: state_of(url, item.id).state == "delivered")
    assert len({r.headers["webhook-id"] for r in receiver.requests}) == 1


def test_410_disables_the_callback_and_the_news_goes_by_email(fast, receiver, smtp_sink):
    url = fast.database_url
    with_callback(url, receiver.url)
    order_id = new_order(url)
    deliver_until(fast, lambda: len(smtp_sink.messages) == 1)  # the confirmation email
    receiver.default = Reply(410)
    before = failures()
    set_status(url, order_id, "quote_sent")
    deliver_until(fast, lambda: len(smtp_sink.messages) == 2)
    assert partner(url).callback_disabled_at is not None
    gone = webhook_items(url)[-1]
    assert gone.state == "failed" and "410" in gone.last_error
    assert failures() == before + 1
    fallback = smtp_sink.messages[1].message
    assert "offerte verstuurd" in fallback["Subject"]
    assert "webhook" in fallback.get_body(("plain",)).get_content()
    requests_before = len(receiver.requests)
    record = set_status(url, order_id, "customer_approved")  # later events: email only
    assert [n["kind"] for n in record["notifications"]] == ["email"]
    deliver_until(fast, lambda: len(smtp_sink.messages) == 3)
    assert len(receiver.requests) == requests_before


def test_connection_refused_until_the_last_attempt_then_alert_and_email(fast, smtp_sink):
    url = fast.database_url
    with_callback(url, f"http://127.0.0.1:{free_port()}/closed")
    before = failures()
    order_id = new_order(url)
    set_status(url, order_id, "installation_completed")
    items = webhook_items(url)
    with capture_logs() as logs:
        deliver_until(fast, lambda: all(state_of(url, i.id).state == "failed" for i in items))
    for item in items:
        tries = attempts(url, item.id)
        assert len(tries) == 3 and all("ConnectError" in a.error for a in tries)
    assert failures() == before + 2
    alerts = [e for e in logs if e["event"] == "webhook_delivery_failed"]
    assert len(alerts) == 2 and {a["log_level"] for a in alerts} == {"error"}
    assert {a["webhook_id"] for a in alerts} == {i.idempotency_key for i in items}
    assert "Sanne" not in repr(logs) and "Biltstraat" not in repr(logs)
    # The confirmation went by email anyway; the completed status falls back to email.
    deliver_until(fast, lambda: len(smtp_sink.messages) == 2)
    subjects = sorted(m.message["Subject"] for m in smtp_sink.messages)
    assert "installatie afgerond" in subjects[0] and "Order ontvangen" in subjects[1]


def test_a_partner_override_of_the_attempts_is_honoured(fast, receiver):
    url = fast.database_url
    with_callback(url, receiver.url, webhook_max_attempts=1)
    receiver.default = Reply(500)
    new_order(url)
    [item] = webhook_items(url)
    deliver_until(fast, lambda: state_of(url, item.id).state == "failed")
    assert len(receiver.requests) == 1


def test_a_later_status_waits_for_the_earlier_one_of_the_same_order(fast, receiver):
    url = fast.database_url
    with_callback(url, receiver.url)
    receiver.script(Reply(500), Reply(500))
    order_id = new_order(url)
    set_status(url, order_id, "quote_sent")
    set_status(url, order_id, "customer_approved")
    deliver_until(fast, lambda: all(i.state == "delivered" for i in webhook_items(url)))
    delivered = [json.loads(r.body)["status"] for r in receiver.requests if r.answered == 200]
    assert delivered == ["received", "quote_sent", "customer_approved"]


def test_two_deliverers_at_once_never_send_an_item_twice(fast, receiver):
    # A timeout makes a resend (at least once, by design); this test is about claims, so
    # give a loaded machine all the time it needs to answer.
    fast = fast.model_copy(update={"webhook_timeout_s": 30.0})
    url = fast.database_url
    with_callback(url, receiver.url)
    receiver.default = Reply(200, delay_s=0.05)
    for n in range(12):
        new_order(url, partner_order_id=f"GRD-{n}")
    rounds = [threading.Thread(target=deliver_due, args=(fast,)) for _ in range(4)]
    for thread in rounds:
        thread.start()
    for thread in rounds:
        thread.join()
    deliver_until(fast, lambda: all(i.state == "delivered" for i in webhook_items(url)))
    ids = [r.headers["webhook-id"] for r in receiver.requests]
    assert len(ids) == len(set(ids)) == 12


def test_retry_delays_follow_the_seeds_curve_with_jitter():
    policy = RetryPolicy(max_attempts=3, first_delay_s=60, backoff=2, max_delay_s=3600)
    for attempt, base in ((1, 60), (2, 120), (3, 240)):
        delays = [policy.delay_after(attempt) for _ in range(200)]
        assert base * 0.8 <= min(delays) and max(delays) <= base * 1.2
        assert max(delays) - min(delays) > base * 0.1  # jittered, not fixed
    assert policy.delay_after(10) == 3600  # capped at the maximum delay
    assert not policy.gives_up_after(2) and policy.gives_up_after(3)
