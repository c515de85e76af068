"""Starting each process role, and all of them together for ``intake up``.

Every role stops cleanly on SIGTERM: it stops accepting, finishes what it is doing,
and exits 0.
"""

from __future__ import annotations

import os
import shlex
import signal
import sys
import threading
from pathlib import Path

from intake.logging import configure_logging, get_logger
from intake.settings import Settings

log = get_logger("intake.processes")


def termination_requested() -> threading.Event:
    """An event set by SIGTERM or SIGINT; install it before saying you are ready."""
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    return stop


def wait_for(stop: threading.Event) -> None:
    while not stop.wait(3600):
        pass


def run_smtp(settings: Settings) -> None:
    from intake.smtp import make_controller

    configure_logging(settings.log_level, settings.log_json)
    controller = make_controller(settings)
    stop = termination_requested()
    controller.start()
    log.info("smtp_listening", host=settings.smtp_host, port=settings.smtp_port,
             max_bytes=settings.smtp_max_message_bytes)
    try:
        wait_for(stop)
    finally:
        controller.stop()  # closes the listener; sessions in DATA finish their store first
        log.info("smtp_stopped")


def run_worker(settings: Settings, once: bool = False) -> None:
    from intake.worker import Worker

    configure_logging(settings.log_level, settings.log_json)
    worker = Worker(settings)
    if once:
        worker.start()
        worker.drain()
        worker.run_background_jobs()
        return
    worker.install_signal_handlers()
    worker.run_forever()


def run_api(settings: Settings) -> None:
    import uvicorn

    configure_logging(settings.log_level, settings.log_json)
    # uvicorn shuts down gracefully on SIGTERM, then raises the signal again through the
    # handler it found: make that a no-op, so a clean shutdown exits 0.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: None)
    # http/loop "auto": httptools and uvloop (dependencies), else h11 and asyncio. Requests
    # in progress are limited by the app (intake.api.in_flight_limit: a JSON 503).
    uvicorn.run("intake.api.app:create_app", factory=True, host=settings.api_host,
                port=settings.api_port, log_level=settings.log_level.lower(),
                timeout_graceful_shutdown=10, access_log=False)


def review_app_command(settings: Settings) -> list[str]:
    app_path = Path(__file__).resolve().parent.parent / "review_ui" / "app.py"
    return [
        sys.executable, "-m", "streamlit", "run", str(app_path),
        "--server.address", settings.review_host,
        "--server.port", str(settings.review_port),
        "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "minimal",
    ]


def run_review_app(settings: Settings) -> None:
    command = review_app_command(settings)
    os.execv(command[0], command)  # streamlit handles SIGTERM itself


def run_imap(settings: Settings) -> None:
    configure_logging(settings.log_level, settings.log_json)
    if not settings.imap_urls.strip():
        # Under honcho an exiting process stops all the others, so idle instead.
        stop = termination_requested()
        log.info("imap_idle", reason="INTAKE_IMAP_URLS is empty; no mailbox to read")
        wait_for(stop)
        return
    from intake.imap import run_pollers

    run_pollers(settings)


def roles(settings: Settings) -> dict[str, str]:
    """The process roles for one machine, as ``intake up`` and the Procfile run them."""
    intake = f"{shlex.quote(sys.executable)} -m intake"
    commands = {
        "smtp": f"{intake} smtp",
        "worker": f"{intake} worker",
        "api": f"{intake} api",
        "review": f"{intake} review",
    }
    if settings.imap_urls.strip():
        commands["imap"] = f"{intake} imap"
    return commands


def run_everything(settings: Settings) -> None:
    from honcho.manager import Manager

    from intake.reference import read_reference_file
    from storage.db import session_scope
    from storage.migrate import upgrade_database
    from storage.partners import load_reference_data

    upgrade_database(settings.database_url)
    _share_metrics_between_processes(settings)
    with session_scope(settings.database_url) as session:
        load_reference_data(session, read_reference_file(settings.partners_file))
    print(
        f"ChargeCars Intake on {_describe_store(settings)}\n"
        f"  SMTP    {settings.smtp_host}:{settings.smtp_port}\n"
        f"  API     http://{settings.api_host}:{settings.api_port}/docs\n"
        f"  review  http://{settings.review_host}:{settings.review_port}\n"
        f"  extractor: {'LLM ' + str(settings.llm_model) if settings.llm_enabled else 'offline'}",
        flush=True,
    )
    manager = Manager()
    for name, command in roles(settings).items():
        manager.add_process(name, command, env=dict(os.environ))
    manager.loop()
    sys.exit(manager.returncode)


def _share_metrics_between_processes(settings: Settings) -> None:
    """Process-local metrics (latencies, SMTP replies) written where the API's /metrics
    adds them up; emptied at start, as prometheus-client's multiprocess mode needs."""
    import shutil

    directory = Path(settings.data_dir).resolve() / "metrics"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(directory)


def _describe_store(settings: Settings) -> str:
    from sqlalchemy.engine import make_url

    url = make_url(settings.database_url)
    if settings.is_sqlite:
        return f"SQLite {url.database} (one worker)"
    return f"PostgreSQL {url.render_as_string(hide_password=True)}"
