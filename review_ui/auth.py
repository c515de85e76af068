"""Who is looking: nothing of the queue is shown, and no data query runs, before login.

Two ways in. Username and password, checked against the argon2 hashes of ``intake users
add``. Or OpenID Connect through Streamlit's own ``st.login`` when the secrets file has an
``[auth]`` section; the identity's e-mail must then be an active review-app user, which
also gives the role. The login lives in the Streamlit session (a reload asks again).
"""

from __future__ import annotations

import importlib.util
import time
from dataclasses import dataclass

import streamlit as st

from intake.logging import get_logger, mask
from intake.review.users import authenticate, find_user
from review_ui.db import unit_of_work
from storage.audit import record_audit

log = get_logger("review_ui.auth")
VIEWER = "viewer"
FAILURES = "login_failures"


@dataclass(frozen=True)
class Viewer:
    username: str
    role: str
    via: str  # "password" or "oidc"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def current_viewer() -> Viewer | None:
    """The logged-in user (still active), or None: then only the login page may run."""
    viewer = st.session_state.get(VIEWER)
    if viewer is not None and _still_active(viewer):
        return viewer
    st.session_state.pop(VIEWER, None)
    if oidc_providers() and _user_is_logged_in():
        viewer = _viewer_from_oidc()
        if viewer is not None:
            st.session_state[VIEWER] = viewer
            return viewer
    return None


def viewer_or_stop() -> Viewer:
    """For each screen: the viewer that app.py let in; a screen reached any other way
    shows nothing."""
    viewer = st.session_state.get(VIEWER)
    if viewer is None:
        st.stop()
    return viewer


def logout() -> None:
    viewer = st.session_state.pop(VIEWER, None)
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    if viewer is not None and viewer.via == "oidc":
        st.logout()
    st.rerun()


def oidc_providers() -> list[str | None]:
    """The providers of the secrets' ``[auth]`` section: [None] for a single unnamed one."""
    try:
        section = st.secrets.get("auth")
    except Exception:  # noqa: BLE001 - no secrets file: password login only
        return []
    if not section:
        return []
    named = [name for name, value in section.items() if hasattr(value, "items")]
    return named or [None]


def _still_active(viewer: Viewer) -> bool:
    # A user disabled by an admin is out at the next click, not at the next login.
    with unit_of_work() as session:
        user = find_user(session, viewer.username)
        return user is not None and user.active


def _user_is_logged_in() -> bool:
    return bool(getattr(st.user, "is_logged_in", False))


def _viewer_from_oidc() -> Viewer | None:
    email = str(st.user.get("email") or "")
    with unit_of_work() as session:
        user = find_user(session, email)
        if user is not None and user.active:
            log.info("review_login", via="oidc", user=mask(email))
            _audit_login(session, user, "oidc")
            return Viewer(user.username, user.role, "oidc")
    st.session_state["oidc_refused"] = email
    return None


def _audit_login(session, user, via: str) -> None:
    record_audit(session, actor=f"validator:{user.username}", action="user_login",
                 entity_type="user", entity_id=user.id, details={"via": via})


def login_page() -> None:
    _, middle, _ = st.columns([1, 1.2, 1])
    with middle:
        st.title("🔌 ChargeCars review")
        st.caption("Partner orders waiting for a validator. Log in to see them.")
        refused = st.session_state.pop("oidc_refused", None)
        if refused:
            st.error(f"{refused} may not use the review app. An admin can add you with "
                     f"`intake users add {refused} --no-password`.")
            if st.button("Log out of the identity provider"):
                st.logout()
        _single_sign_on()
        _password_form()


def _single_sign_on() -> None:
    providers = oidc_providers()
    if providers and importlib.util.find_spec("authlib") is None:
        st.caption("Single sign-on is configured but Authlib is missing: "
                   "`pip install 'chargecars-intake[oidc]'`.")
        return
    for provider in providers:
        label = f"Log in with {provider}" if provider else "Log in with single sign-on"
        if st.button(label, type="primary", key=f"oidc-{provider}"):
            st.login(provider) if provider else st.login()


def _password_form() -> None:
    with st.form("login"):
        username = st.text_input("Username", autocomplete="username", key="login_user")
        password = st.text_input("Password", type="password", autocomplete="current-password",
                                 key="login_password")
        submitted = st.form_submit_button("Log in", type="primary")
    if not submitted:
        return
    failures = st.session_state.get(FAILURES, 0)
    time.sleep(min(failures, 5) * 0.5)  # each failure in a row makes the next try slower
    with unit_of_work() as session:
        user = authenticate(session, username, password)
        viewer = Viewer(user.username, user.role, "password") if user else None
        if user is not None:
            _audit_login(session, user, "password")
    if viewer is None:
        st.session_state[FAILURES] = failures + 1
        log.info("review_login_refused", user=mask(username))
        st.error("Wrong username or password.")
        return
    st.session_state.pop(FAILURES, None)
    st.session_state[VIEWER] = viewer
    log.info("review_login", via="password", user=viewer.username)
    st.rerun()
