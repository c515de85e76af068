"""Fixtures for the notification tests: a real webhook receiver, a real SMTP sink, fast
retry settings (delays of tens of milliseconds instead of minutes)."""

from __future__ import annotations

import time

import pytest

from intake.notify.delivery import deliver_due
from tests.conftest import free_port
from tests.notify.receiver import WebhookReceiver
from tests.notify.smtp_sink import SmtpSink


@pytest.fixture
def receiver():
    server = WebhookReceiver().start()
    yield server
    server.stop()


@pytest.fixture
def smtp_sink():
    sink = SmtpSink(free_port()).start()
    yield sink
    sink.stop()


@pytest.fixture
def fast(settings, smtp_sink):
    """The store-backed settings (both databases) with retries in milliseconds."""
    return settings.model_copy(update={
        "outbound_smtp_url": smtp_sink.url,
        "webhook_retry_delay_s": 0.05,
        "webhook_max_delay_s": 0.2,
        "webhook_timeout_s": 1.0,
    })


def deliver_until(settings, done, timeout_s: float = 10.0, pause_s: float = 0.02):
    """Run delivery rounds as the worker would until ``done()`` is true."""
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError("delivery did not reach the expected state in time")
        if not deliver_due(settings):
            time.sleep(pause_s)
