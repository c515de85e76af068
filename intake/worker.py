"""The worker: claims stored messages and moves each through the pipeline's steps.

One message at a time per worker; many workers share the work on PostgreSQL. SIGTERM
stops it between steps. A message whose step fails unexpectedly is parked as ``failed``
with its error, and the worker goes on with the next: one bad mail blocks nothing.
"""

from __future__ import annotations

import fcntl
import signal
import threading
import time
import traceback
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import structlog
from sqlalchemy.engine import make_url

from extraction.parsing.bounded import warm_up as warm_up_parser
from intake import wakeup
from intake.logging import get_logger
from intake.mail_auth.dns_lookup import probe_dns
from intake.metrics import STEP_FAILURES
from intake.notify.job import deliver_notifications
from intake.pipeline import STEP_STATES, STEPS, next_step
from intake.pipeline.context import LostClaim, StepContext, advance
from intake.retention import scheduled_purge
from intake.settings import Settings
from storage.announcements import MESSAGES
from storage.audit import record_audit
from storage.db import session_factory
from storage.messages import claim_next_message, release_claims, worker_identity
from storage.models import InboundMessage

log = get_logger("intake.worker")

# What the worker also does between messages; each returns how many things it did.
BACKGROUND_JOBS: list[Callable[[Settings], int]] = [
    deliver_notifications,  # status webhooks and partner emails from the outbox
    scheduled_purge,  # GDPR retention, hourly
]


DNS_PROBE_WAIT_S = 5.0


class SecondSqliteWorker(RuntimeError):
    pass


class Worker:
    def __init__(self, settings: Settings, name: str | None = None):
        self.settings = settings
        self.ctx = StepContext(settings, session_factory(settings.database_url),
                               name or worker_identity())
        self.stopping = threading.Event()
        self.doorbell = threading.Event()  # rung by new work and by stop
        self._sqlite_lock = None

    def start(self) -> None:
        """Before the first claim: on SQLite, make sure we are the only worker; then get
        ready, so the first message does not wait for what any message needs."""
        freed = 0
        if self.settings.is_sqlite:
            self._sqlite_lock = _take_sqlite_worker_lock(self.settings.database_url)
            with self.ctx.sessions.begin() as session:
                freed = release_claims(session)  # left by a killed predecessor
        # Side by side: start the parsing child, and learn whether DNS answers at all
        # (when it does not, the breaker opens now instead of on the first messages).
        dns_probe = threading.Thread(target=probe_dns, name="dns-probe", daemon=True)
        dns_probe.start()
        warm_up_parser()
        dns_probe.join(timeout=DNS_PROBE_WAIT_S)
        log.info("worker_started", worker=self.ctx.worker,
                 database="sqlite" if self.settings.is_sqlite else "postgresql",
                 note="SQLite runs one worker; use PostgreSQL for more"
                 if self.settings.is_sqlite else None, freed_claims=freed)

    def run_forever(self) -> None:
        self.start()
        # New messages ring the doorbell as they are committed; the poll is the fallback.
        wakeup.subscribe(self.settings.database_url, MESSAGES, self.doorbell.set)
        jobs_due_at = 0.0
        while not self.stopping.is_set():
            self.doorbell.clear()
            worked = self.process_next()
            # Between messages only once a poll interval: the outbox has its own wake-ups,
            # and a round after every message fought the pipeline for the write lock.
            if not worked or time.monotonic() >= jobs_due_at:
                worked = self.run_background_jobs() or worked
                jobs_due_at = time.monotonic() + self.settings.worker_poll_interval_s
            if not worked:
                self.doorbell.wait(self.settings.worker_poll_interval_s)
        log.info("worker_stopped", worker=self.ctx.worker)

    def drain(self, limit: int | None = None) -> int:
        """Process messages until none is ready (tests, `intake worker --once`)."""
        count = 0
        while (limit is None or count < limit) and self.process_next():
            count += 1
        return count

    def process_next(self) -> bool:
        """Claim one message and take it as far as it goes. False when there was none."""
        lease = timedelta(seconds=self.settings.worker_lease_s)
        with self.ctx.sessions.begin() as session:
            message = claim_next_message(session, self.ctx.worker, lease)
            if message is None:
                return False
            message_id = message.id
        # Every log line about this message carries its id, whichever module writes it.
        with structlog.contextvars.bound_contextvars(message_id=message_id):
            self._run_steps(message_id)
        return True

    def _run_steps(self, message_id: int) -> None:
        with self.ctx.reading() as session:
            message = session.get(InboundMessage, message_id)
            step = next_step(message) if message.claimed_by == self.ctx.worker else None
        while step is not None and not self.stopping.is_set():
            started = time.perf_counter()
            try:
                following = STEPS[step](self.ctx, message_id)
                log.info("step_done", step=step,
                         ms=round((time.perf_counter() - started) * 1000, 1))
            except LostClaim:
                log.warning("claim_lost", step=step)
                return
            except Exception as exc:  # noqa: BLE001 - parked for replay, never dropped
                self._park_as_failed(message_id, step, STEP_STATES[step], exc)
                return
            step = following

    def _park_as_failed(self, message_id: int, step: str, state: str, exc: Exception) -> None:
        error = f"{step}: {type(exc).__name__}: {exc}"[:4000]
        STEP_FAILURES.labels(step=step).inc()
        log.error("message_failed", step=step, error=type(exc).__name__,
                  trace=traceback.format_exc(limit=5))
        with self.ctx.sessions.begin() as session:
            message = session.get(InboundMessage, message_id)
            message.failed_state = state
            message.error = error
            message.attempts += 1
            advance(message, "failed")
            record_audit(session, actor="worker", action="message_failed", entity_type="message",
                         entity_id=message_id, details={"step": step, "error": error})

    def run_background_jobs(self) -> bool:
        worked = False
        for job in BACKGROUND_JOBS:
            try:
                worked = job(self.settings) > 0 or worked
            except Exception:  # noqa: BLE001 - a failing job must not stop message work
                log.exception("background_job_failed", job=getattr(job, "__name__", str(job)))
        return worked

    def install_signal_handlers(self) -> None:
        # Only set the flag: logging here could deadlock on a lock the interrupted
        # main thread holds (structlog's PrintLogger writes under a lock).
        def stop(_signum, _frame):
            self.stopping.set()
            self.doorbell.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)


def _take_sqlite_worker_lock(database_url: str):
    """An exclusive lock file beside the SQLite database; a second worker is refused."""
    database = make_url(database_url).database or "intake.db"
    lock_path = Path(f"{database}.worker.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(lock_path, "w")  # noqa: SIM115 - held for the life of the worker
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise SecondSqliteWorker(
            f"another worker already runs on {database}; SQLite supports one worker "
            "(set INTAKE_DATABASE_URL to PostgreSQL to run several)"
        ) from None
    return handle

