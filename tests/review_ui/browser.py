"""A real review app and a real browser: ``streamlit run`` as a subprocess on a free port,
driven by Debian's chromium through Playwright (never a downloaded browser).

Used by the browser test and by bench/review_ui.py.
"""

from __future__ import annotations

import os
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from intake.processes import review_app_command
from intake.settings import Settings

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


@contextmanager
def review_app(settings: Settings, log_path: Path) -> Iterator[str]:
    """The app as `intake review` starts it, on the settings' store and port; its URL."""
    command = [*review_app_command(settings), "--server.fileWatcherType", "none"]
    env = {**os.environ, "INTAKE_DATABASE_URL": settings.database_url,
           "INTAKE_LOG_JSON": "true", "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log,
                                   stderr=subprocess.STDOUT)
        url = f"http://{settings.review_host}:{settings.review_port}"
        try:
            _wait_healthy(url, process, log_path)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_healthy(url: str, process: subprocess.Popen, log_path: Path,
                  timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited: {log_path.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"streamlit did not answer within {timeout} s")


@contextmanager
def chromium_page(width: int = 1600, height: int = 1300):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.set_default_timeout(30_000)
            yield page
        finally:
            browser.close()


def log_in(page, url: str, username: str, password: str) -> None:
    page.goto(url)
    page.get_by_role("textbox", name="Username").fill(username)
    page.get_by_role("textbox", name="Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("heading", name="Review queue").wait_for()


def open_next(page) -> None:
    page.get_by_role("button", name="Open next").click()
    page.get_by_role("button", name="Approve").wait_for()


def scroll_to_top(page) -> None:
    page.evaluate("""() => {
        const main = document.querySelector('[data-testid="stMain"]');
        (main || document.scrollingElement).scrollTo(0, 0);
    }""")


def approve(page) -> str:
    page.get_by_role("button", name="Approve").click()
    flash = page.get_by_text("Approved: CC-")
    flash.wait_for()
    return flash.inner_text()
