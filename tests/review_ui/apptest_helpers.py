"""Driving the review app with Streamlit's AppTest, by the labels a validator reads."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.review_ui.store_data import PASSWORD

APP = str(Path(__file__).resolve().parents[2] / "review_ui" / "app.py")


def start() -> AppTest:
    return AppTest.from_file(APP, default_timeout=60).run()


def log_in(username: str = "anna", password: str = PASSWORD) -> AppTest:
    at = start()
    at.text_input(key="login_user").input(username)
    at.text_input(key="login_password").input(password)
    return click(at, "Log in")


def button(at: AppTest, label: str):
    found = [b for b in at.button if b.label == label]
    assert found, f"no button {label!r}; there are {[b.label for b in at.button]}"
    return found[0]


def click(at: AppTest, label: str) -> AppTest:
    button(at, label).click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def text_input(at: AppTest, label: str, index: int = 0):
    found = [t for t in at.text_input if t.label.split(" :")[0] == label]
    assert len(found) > index, f"no field {label!r}: {[t.label for t in at.text_input]}"
    return found[index]


def texts(at: AppTest) -> str:
    """Everything readable on the page, for looking things up."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    for kind in ("success", "error", "warning", "info", "title", "subheader"):
        parts += [str(e.value) for e in getattr(at, kind)]
    return "\n".join(parts)


def open_next(at: AppTest) -> AppTest:
    return click(at, "Open next")
