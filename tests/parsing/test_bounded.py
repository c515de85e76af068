"""parse_message_bounded: the same result from a child process, which is killed when it hangs."""

from __future__ import annotations

import time

import pytest

from extraction.parsing import parse_message, parse_message_bounded
from extraction.parsing.bounded import KILL_GRACE_S, ParseWorker
from intake.settings import Settings
from tests.parsing import builders
from tests.parsing.builders import base_headers, raw_message
from tests.parsing.worker_targets import crash_or_parse, hang_or_parse


def _message(text: str) -> bytes:
    return raw_message(base_headers(Subject="Opdracht ESS-1"), text)


def test_bounded_gives_the_same_result_as_in_process():
    settings = Settings(_env_file=None)
    raw = builders.with_attachment(builders.form_pdf({"Naam": "Joëlle"}), "form.pdf")
    assert parse_message_bounded(raw, settings) == parse_message(raw, settings)


@pytest.fixture
def worker_factory():
    workers = []

    def make(target):
        worker = ParseWorker(target=target)
        workers.append(worker)
        return worker

    yield make
    for worker in workers:
        worker.stop()


def test_hanging_parse_is_killed_and_the_worker_replaced(worker_factory):
    settings = Settings(_env_file=None, max_seconds_per_message=0.5)
    worker = worker_factory(hang_or_parse)
    assert worker.parse(_message("warm up"), settings).body_text == "warm up"
    first_pid = worker.pid

    started = time.monotonic()
    parsed = worker.parse(_message("HANG"), settings)
    elapsed = time.monotonic() - started
    assert parsed.problems == ["limit_exceeded: time > 0.5 s"]
    assert parsed.subject == "Opdracht ESS-1"  # the headers, read in the parent
    assert parsed.sources == []
    assert 0.5 <= elapsed < 0.5 + KILL_GRACE_S + 5

    after = worker.parse(_message("weer gewoon"), settings)
    assert after.body_text == "weer gewoon" and after.problems == []
    assert worker.pid != first_pid


def test_crashing_parse_costs_only_that_message(worker_factory):
    settings = Settings(_env_file=None)
    worker = worker_factory(crash_or_parse)
    parsed = worker.parse(_message("CRASH"), settings)
    assert parsed.problems == ["parse_error: worker: the parsing process died"]
    assert parsed.subject == "Opdracht ESS-1"
    assert worker.parse(_message("daarna"), settings).body_text == "daarna"


def _bounded_inside_daemon(raw, settings, results):
    results.put(parse_message_bounded(raw, settings).body_text)


def test_inside_a_daemonic_process_it_parses_in_process():
    # A daemonic process may not start children; parsing must still happen, not fail.
    import multiprocessing

    context = multiprocessing.get_context("forkserver")
    results = context.Queue()
    process = context.Process(
        target=_bounded_inside_daemon,
        daemon=True,
        args=(_message("in een daemon"), Settings(_env_file=None), results),
    )
    process.start()
    assert results.get(timeout=60) == "in een daemon"
    process.join(timeout=10)
