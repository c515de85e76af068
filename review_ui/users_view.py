"""The users page (admins only): who may log in, as what; add, disable, reset."""

from __future__ import annotations

import streamlit as st

from intake.review.users import (
    ROLES,
    UserError,
    add_user,
    list_users,
    set_active,
    set_password,
    set_role,
)
from review_ui import db
from review_ui.auth import Viewer
from review_ui.formatting import local_time


def render(viewer: Viewer) -> None:
    if not viewer.is_admin:  # the page is not even listed for others; this is the lock
        st.error("Only admins manage users.")
        return
    actor = f"admin:{viewer.username}"
    st.title("Users")
    with db.unit_of_work() as session:
        users = [(u.username, u.role, u.active, u.password_hash.startswith("$argon2"),
                  u.created_at) for u in list_users(session)]
    st.dataframe([{"User": n, "Role": r, "Active": a, "Password": p, "Since": local_time(c)}
                  for n, r, a, p, c in users], hide_index=True, width="stretch")
    left, right = st.columns(2)
    with left:
        _add_form(actor)
    with right:
        _change_form(actor, viewer, [u[0] for u in users])


def _add_form(actor: str) -> None:
    with st.form("add-user", clear_on_submit=True):
        st.markdown("**Add a user**")
        name = st.text_input("Username (for single sign-on: the e-mail address)")
        role = st.selectbox("Role", ROLES)
        password = st.text_input("Password (empty: single sign-on only)", type="password")
        go = st.form_submit_button("Add user", type="primary")
    if go:
        _run(lambda session: add_user(session, name, password or None, role, actor=actor),
             f"{name} added as {role}.")


def _change_form(actor: str, viewer: Viewer, names: list[str]) -> None:
    with st.form("change-user"):
        st.markdown("**Change a user**")
        name = st.selectbox("User", names, index=None)
        role = st.selectbox("Role", [None, *ROLES], format_func=lambda r: r or "(unchanged)")
        password = st.text_input("New password (empty: unchanged)", type="password")
        active = st.radio("May log in", ["unchanged", "yes", "no"], horizontal=True)
        go = st.form_submit_button("Save")
    if not go or not name:
        return
    if name == viewer.username and (active == "no" or role == "validator"):
        st.error("You cannot lock yourself out: ask another admin.")
        return

    def change(session):
        if role:
            set_role(session, name, role, actor=actor)
        if password:
            set_password(session, name, password, actor=actor)
        if active != "unchanged":
            set_active(session, name, active == "yes", actor=actor)

    _run(change, f"{name} saved.")


def _run(change, done: str) -> None:
    try:
        with db.unit_of_work() as session:
            change(session)
    except UserError as exc:
        st.error(str(exc))
        return
    st.success(done)
