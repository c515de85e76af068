"""`intake imap`: one poller thread per mailbox of INTAKE_IMAP_URLS, and the watchdog.

SIGTERM (or SIGINT) sets the shared stop event: each poller finishes the message in
hand, logs out and ends; then the process exits 0.
"""

from __future__ import annotations

import signal
import threading

from intake.imap.after_store import AfterStore
from intake.imap.mailbox_url import parse_imap_urls
from intake.imap.poller import MailboxPoller
from intake.imap.watchdog import StaleWatchdog
from intake.logging import get_logger
from intake.settings import Settings
from storage.db import session_factory

log = get_logger("intake.imap")

JOIN_TIMEOUT_S = 300.0  # a poller in the middle of a big FETCH finishes it first


def run_pollers(settings: Settings, stop: threading.Event | None = None) -> None:
    """Read every configured mailbox until stopped. Bad settings raise ValueError first."""
    configs = parse_imap_urls(settings.imap_urls)
    for config in configs:
        AfterStore.parse(settings.imap_after_store, config.folder)  # fail before starting
    stop = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():
        # Only set the flag: a log call here could deadlock on the logger's lock, held
        # by the very line the signal interrupted.
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda _signum, _frame: stop.set())
    pollers_stop = threading.Event()  # set only after "imap_stopping" is logged
    threads = [
        threading.Thread(target=MailboxPoller(config, settings, pollers_stop).run,
                         name=f"imap {config.name}", daemon=True)
        for config in configs
    ]
    for thread in threads:
        thread.start()
    watchdog = StaleWatchdog(session_factory(settings.database_url),
                             [c.name for c in configs], settings.imap_stale_after_s)
    log.info("imap_started", mailboxes=len(configs))
    while not stop.wait(watchdog.check_interval_s):
        try:
            watchdog.check()
        except Exception as exc:  # noqa: BLE001 - the watchdog must outlive a store outage
            log.error("imap_watchdog_failed", error=f"{type(exc).__name__}: {exc}"[:300])
    log.info("imap_stopping")
    pollers_stop.set()
    for thread in threads:
        thread.join(JOIN_TIMEOUT_S)
    log.info("imap_stopped")
