"""Review app timings in a real browser, with 1,000 items waiting.

    .venv/bin/python bench/review_ui.py [--items 1000] [--rounds 5]

Builds a temporary SQLite store: the corpus emails go through the real pipeline, and the
review items that result (those whose proposal an edit can approve) are cloned until
``--items`` wait. Then ``streamlit run`` serves the app (as ``intake review`` does) and
Debian's chromium, driven by Playwright, measures:

- the queue page: from a click (next queue page; Dashboard -> Queue) until the table is
  drawn and the script has finished;
- a typical item: "Open next", correct one field, "Approve", until the queue is back with
  the confirmation: the page time a validator waits, without their thinking time.

Prints the figures with the machine and the date. Targets: queue < 1 s, item < 10 s.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.machine import machine_line, percentile


def build_store(directory: Path, items: int):
    from intake.reference import read_reference_file
    from intake.settings import BUNDLED_PARTNERS_FILE
    from intake.worker import Worker
    from storage.db import session_scope
    from storage.migrate import upgrade_database
    from storage.partners import load_reference_data
    from tests.conftest import CORPUS, make_settings
    from tests.review_ui.store_data import add_users

    url = f"sqlite:///{directory}/intake.db"
    upgrade_database(url)
    with session_scope(url) as session:
        load_reference_data(session, read_reference_file(BUNDLED_PARTNERS_FILE))
    add_users(url)
    settings = make_settings(url, directory, log_level="WARNING")
    for path in sorted((CORPUS / "emails").glob("*.eml")):
        _receive(url, path)
    Worker(settings).drain()
    _clone_items(url, items)
    return settings


def _receive(url: str, path: Path) -> None:
    from storage.db import session_scope
    from storage.messages import store_raw_message

    partner = path.name.split("-")[1]
    with session_scope(url) as session:
        store_raw_message(session, raw=path.read_bytes(), channel="smtp", partner_id=partner,
                          envelope_from=f"orders@{partner}.nl",
                          envelope_to=[f"{partner}@orders.chargecars.nl"], message_id=None)


def _clone_items(url: str, total: int) -> None:
    """Copies of the approvable review items (each with its own message) up to ``total``."""
    import hashlib

    from sqlalchemy import select

    from extraction.schema import ExtractionResult
    from intake.review.validation import check_result
    from storage.db import session_scope
    from storage.models import InboundMessage, ReviewItem

    with session_scope(url) as session:
        items = session.scalars(select(ReviewItem).where(ReviewItem.state == "open")).all()
        templates = [i for i in items if check_result(
            ExtractionResult.model_validate(i.proposal)).ok and i.proposal["kind"] == "order"]
        for other in items:
            if other not in templates:
                other.state = "resolved"  # the bench measures items an edit can approve
        messages = {t.id: session.get(InboundMessage, t.inbound_message_id) for t in templates}
        for n in range(total - len(templates)):
            template = templates[n % len(templates)]
            source = messages[template.id]
            copy = InboundMessage(
                channel=source.channel, partner_id=source.partner_id,
                envelope_from=source.envelope_from, envelope_to=source.envelope_to,
                size=source.size, sha256=source.sha256, raw=source.raw,
                dedup_key=hashlib.sha256(f"bench-{n}".encode()).hexdigest(),
                state="review", parsed=source.parsed)
            session.add(copy)
            session.flush()
            proposal = dict(template.proposal)
            proposal["orders"] = [dict(o, partner_order_id=f"{o.get('partner_order_id')}-{n}")
                                  for o in proposal["orders"]]
            session.add(ReviewItem(
                inbound_message_id=copy.id, partner_id=template.partner_id,
                reasons=template.reasons, weak_fields=template.weak_fields, proposal=proposal,
                confidence=template.confidence, state="open"))


def settled(page) -> None:
    page.wait_for_function(
        "() => document.querySelector('[data-testid=\"stApp\"]')"
        "?.getAttribute('data-test-script-state') === 'notRunning'")


def timed(action, ready) -> float:
    started = time.perf_counter()
    action()
    ready()
    return time.perf_counter() - started


def measure_queue(page, rounds: int) -> tuple[list[float], list[float]]:
    paging, navigation = [], []
    for n in range(rounds):
        def next_page(n=n):
            page.get_by_text(f"Page {n + 2} of").wait_for()
            page.locator('[data-testid="stDataFrame"]').wait_for()
            settled(page)
        paging.append(timed(lambda: page.get_by_role("button", name="Next", exact=True).click(), next_page))
    for _ in range(rounds):
        page.get_by_role("link", name="Dashboard").click()
        page.get_by_role("heading", name="Dashboard").wait_for()
        settled(page)

        def queue_drawn():
            page.get_by_role("heading", name="Review queue").wait_for()
            page.locator('[data-testid="stDataFrame"]').wait_for()
            settled(page)
        navigation.append(timed(lambda: page.get_by_role("link", name="Queue").click(),
                                queue_drawn))
    return paging, navigation


def measure_items(page, rounds: int) -> list[tuple[float, float, float]]:
    results = []
    notes = re.compile(r"^Installation notes")
    for n in range(rounds):
        started = time.perf_counter()
        page.get_by_role("button", name="Open next").click()
        page.get_by_role("button", name="Approve").wait_for()
        settled(page)
        opened = time.perf_counter()
        field = page.get_by_role("textbox", name=notes).first
        field.fill(f"Bench correction {n}")
        page.get_by_role("button", name="Approve").click()
        page.get_by_text("Approved: CC-").wait_for()
        settled(page)
        done = time.perf_counter()
        results.append((opened - started, done - opened, done - started))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from tests.review_ui.browser import ARTIFACTS, CHROMIUM, chromium_page, log_in, review_app
    if not Path(CHROMIUM).exists():
        sys.exit(f"this bench drives Debian's chromium, which is not at {CHROMIUM}: "
                 "apt-get install chromium (./dev test installs it), then run it again")
    from tests.review_ui.store_data import PASSWORD

    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        started = time.perf_counter()
        settings = build_store(directory, args.items)
        print(f"store with {args.items} open items built in "
              f"{time.perf_counter() - started:.1f} s")
        with review_app(settings, directory / "streamlit.log") as url, chromium_page() as page:
            started = time.perf_counter()
            log_in(page, url, "anna", PASSWORD)
            page.locator('[data-testid="stDataFrame"]').wait_for()
            settled(page)
            first = time.perf_counter() - started
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "review-queue-1000.png"))
            paging, navigation = measure_queue(page, args.rounds)
            items = measure_items(page, args.rounds)
    report(args, first, paging, navigation, items)


def report(args, first, paging, navigation, items) -> None:
    def line(name, values):
        return (f"  {name:<34} median {statistics.median(values):6.3f} s   "
                f"p90 {percentile(values, 90):6.3f} s   max {max(values):6.3f} s")

    print(machine_line())
    print(f"review app, {args.items} items waiting, {args.rounds} rounds each "
          "(SQLite, streamlit run, Debian chromium headless)")
    print(f"  {'log in to a drawn queue':<34} {first:6.3f} s")
    print(line("queue: next page", paging))
    print(line("queue: Dashboard -> Queue", navigation))
    print(line("item: open next", [i[0] for i in items]))
    print(line("item: correct a field + approve", [i[1] for i in items]))
    print(line("item: open, correct, approve", [i[2] for i in items]))
    worst_queue = max(paging + navigation)
    worst_item = max(i[2] for i in items)
    print(f"targets: queue < 1 s: {'met' if worst_queue < 1 else 'MISSED'} (worst "
          f"{worst_queue:.3f} s); item < 10 s: {'met' if worst_item < 10 else 'MISSED'} "
          f"(worst {worst_item:.3f} s)")


if __name__ == "__main__":
    main()
