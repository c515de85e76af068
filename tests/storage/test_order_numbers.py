"""Order numbers: CC-YYYY-NNNNN, unique and gap-free per year, also under concurrency."""

from __future__ import annotations

import re
import threading
from datetime import UTC, datetime

import pytest

from storage.db import session_scope
from storage.orders import allocate_order_number


def test_numbers_are_sequential_per_year(database_url):
    with session_scope(database_url) as session:
        first = allocate_order_number(session, datetime(2026, 3, 1, tzinfo=UTC))
        second = allocate_order_number(session, datetime(2026, 3, 2, tzinfo=UTC))
        other_year = allocate_order_number(session, datetime(2027, 1, 5, tzinfo=UTC))
    assert (first, second, other_year) == ("CC-2026-00001", "CC-2026-00002", "CC-2027-00001")


def test_new_year_in_amsterdam_starts_a_new_series(database_url):
    with session_scope(database_url) as session:
        number = allocate_order_number(session, datetime(2026, 12, 31, 23, 30, tzinfo=UTC))
    assert number == "CC-2027-00001"


def test_rolled_back_number_is_given_again(database_url):
    with pytest.raises(RuntimeError):
        with session_scope(database_url) as session:
            allocate_order_number(session)
            raise RuntimeError("order creation failed")
    with session_scope(database_url) as session:
        assert allocate_order_number(session).endswith("-00001")


def test_concurrent_writers_never_share_a_number(database_url):
    numbers: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def allocate_many():
        try:
            for _ in range(25):
                with session_scope(database_url) as session:
                    number = allocate_order_number(session)
                with lock:
                    numbers.append(number)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=allocate_many) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(numbers) == 150 and len(set(numbers)) == 150
    sequence = sorted(int(re.match(r"CC-\d{4}-(\d{5})", n).group(1)) for n in numbers)
    assert sequence == list(range(1, 151))
