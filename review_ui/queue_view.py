"""The queue page: what waits, oldest first, with filters and counts in the sidebar."""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st
from sqlalchemy import select

from intake.review.actions import bulk_approve
from intake.review.claims import claim_item, claim_next
from intake.review.queue import (
    NO_PARTNER,
    PAGE_SIZE,
    QueueCounts,
    QueueFilter,
    obvious_items,
    open_items,
    queue_counts,
    queue_page,
)
from intake.review.reasons import REASONS, reason_code, reason_label
from review_ui import db, navigation
from review_ui.auth import Viewer
from review_ui.badges import reason_code_badge
from review_ui.formatting import age, local_time
from storage.models import Partner, utcnow

PAGE = "q_page"
TABLE_ROW_PX = 35  # the data grid's row height: the whole page shows without scrolling


def render(viewer: Viewer) -> None:
    navigation.show_flash()
    flt = QueueFilter(partner=st.session_state.get("q_partner"),
                      reason=st.session_state.get("q_reason"),
                      hide_claimed_by_others=st.session_state.get("q_hide", False),
                      viewer=viewer.username)
    now = utcnow()
    with db.unit_of_work() as session:
        items = open_items(session, now)
        counts = queue_counts(session, flt, now, items)
        partners = list(session.scalars(select(Partner.id).order_by(Partner.id)))
        pages = max(1, math.ceil(counts.matching / PAGE_SIZE))
        page = min(st.session_state.get(PAGE, 0), pages - 1)
        rows = queue_page(session, flt, page, PAGE_SIZE, now, items)
    _sidebar(counts, partners)
    st.title("Review queue")
    _metrics(counts, now)
    _open_controls(viewer, flt)
    _table(rows, now, viewer)
    _pager(page, pages, counts.matching)
    _bulk(viewer, rows)


def _reset_page() -> None:
    st.session_state[PAGE] = 0


def _sidebar(counts: QueueCounts, partners: list[str]) -> None:
    with st.sidebar:
        st.subheader("Filters")
        partner_options = [None, *partners, NO_PARTNER]
        st.selectbox(
            "Partner", partner_options, key="q_partner", on_change=_reset_page,
            format_func=lambda p: _with_count("All partners" if p is None else p,
                                              counts.total if p is None
                                              else counts.by_partner.get(p, 0)))
        reason_options = [None, *dict.fromkeys([*REASONS, *counts.by_reason])]
        st.selectbox(
            "Reason", reason_options, key="q_reason", on_change=_reset_page,
            format_func=lambda r: _with_count("All reasons" if r is None else reason_label(r),
                                              counts.total if r is None
                                              else counts.by_reason.get(r, 0)))
        st.toggle("Hide items others are working on", key="q_hide", on_change=_reset_page)
        if counts.by_reason:
            st.caption("Waiting, by reason")
            st.markdown(" ".join(reason_code_badge(code, n)
                                 for code, n in counts.by_reason.items()))


def _with_count(label: str, count: int) -> str:
    return f"{label} · {count}"


def _metrics(counts: QueueCounts, now) -> None:
    oldest = age((now - counts.oldest_received).total_seconds()) if counts.oldest_received else "–"
    columns = st.columns(4)
    columns[0].metric("Waiting", counts.total, border=True)
    columns[1].metric("Matching the filters", counts.matching, border=True)
    columns[2].metric("Being worked on", counts.claimed, border=True)
    columns[3].metric("Oldest waiting", oldest, border=True)


def _open_controls(viewer: Viewer, flt: QueueFilter) -> None:
    row = st.container(horizontal=True, vertical_alignment="bottom")
    if row.button("Open next", type="primary", icon=":material/play_arrow:", shortcut="N",
                  help="Claim the oldest item nobody is working on (within the filters)"):
        minutes = db.settings().review_claim_minutes
        with db.unit_of_work() as session:
            item_id = claim_next(session, viewer.username, minutes, partner=flt.partner,
                                 reason=flt.reason)
        if item_id is None:
            st.info("Nothing left to open: every matching item is being worked on.")
        else:
            navigation.open_item_page(item_id)
    number = row.number_input("Item #", min_value=1, step=1, value=None, key="q_open_id",
                              width=140)
    if row.button("Open", key="q_open") and number:
        open_item(viewer, int(number))


def open_item(viewer: Viewer, item_id: int) -> None:
    with db.unit_of_work() as session:
        claimed = claim_item(session, item_id, viewer.username, db.settings().review_claim_minutes)
    if claimed:
        navigation.open_item_page(item_id)
    st.warning(f"Item #{item_id} cannot be opened: someone else is working on it, or it "
               "is no longer waiting.")


def _table(rows, now, viewer: Viewer) -> None:
    if not rows:
        st.info("Nothing waits for review here. 🎉")
        return
    frame = pd.DataFrame([{
        "#": row.id,
        "Partner": row.partner or "unknown",
        "Age": age(row.age_seconds(now)),
        "Subject": row.subject or "(no subject)",
        "Reasons": list(dict.fromkeys(reason_label(reason_code(r)) for r in row.reasons)),
        "Confidence": row.confidence,
        "Weak fields": [f.split(".", 1)[-1] for f in row.weak_fields],
        "Worked on by": row.claimed_by or "",
        "Received": local_time(row.received_at),
    } for row in rows])
    table_key = f"q_table_{st.session_state.get('q_table_rev', 0)}"
    event = st.dataframe(
        frame, hide_index=True, on_select="rerun", selection_mode="single-row", key=table_key,
        height=TABLE_ROW_PX * (len(frame) + 1) + 3,
        column_config={
            "#": st.column_config.NumberColumn(width="small"),
            "Subject": st.column_config.TextColumn(width="large"),
            "Reasons": st.column_config.ListColumn(),
            "Weak fields": st.column_config.ListColumn(),
            "Confidence": st.column_config.ProgressColumn(format="percent", min_value=0,
                                                          max_value=1, width="small"),
        },
    )
    st.caption("Click a row to open it, or press N for the oldest free item.")
    selected = event.selection.rows if event is not None else []
    if selected:
        st.session_state["q_table_rev"] = st.session_state.get("q_table_rev", 0) + 1
        open_item(viewer, int(frame.iloc[selected[0]]["#"]))


def _go_to_page(page: int) -> None:
    st.session_state[PAGE] = page


def _pager(page: int, pages: int, matching: int) -> None:
    if pages <= 1:
        return
    # Callbacks, not st.rerun(): the page changes in the click's own run, drawn once.
    row = st.container(horizontal=True, vertical_alignment="center")
    row.button("Previous", disabled=page == 0, icon=":material/chevron_left:",
               on_click=_go_to_page, args=(page - 1,))
    row.markdown(f"Page {page + 1} of {pages} · {matching} items")
    row.button("Next", disabled=page >= pages - 1, icon=":material/chevron_right:",
               on_click=_go_to_page, args=(page + 1,))


def _bulk(viewer: Viewer, rows) -> None:
    free = [row for row in rows if row.claimed_by in (None, viewer.username)]
    if not free:
        return
    with db.unit_of_work() as session:
        obvious = obvious_items(session, [row.id for row in free])
    if not obvious:
        return
    subjects = {row.id: f"#{row.id} · {row.partner} · {row.subject or ''}" for row in rows}
    with st.expander(f"Bulk approve: {len(obvious)} obvious items on this page"):
        st.caption("Each passes every check as proposed and waits only for low confidence. "
                   "Approving makes the orders exactly as proposed.")
        chosen = st.multiselect("Items to approve as proposed", obvious,
                                format_func=subjects.get, key="q_bulk")
        if st.button(f"Approve {len(chosen)} selected", disabled=not chosen, key="q_bulk_go"):
            results = bulk_approve(db.sessions(), chosen, validator=viewer.username,
                                   claim_minutes=db.settings().review_claim_minutes)
            done = [r.summary() for r in results.values() if not isinstance(r, str)]
            failed = [f"#{i}: {r}" for i, r in results.items() if isinstance(r, str)]
            st.session_state.pop("q_bulk", None)
            st.session_state[navigation.FLASH] = "\n\n".join(
                [f"Bulk approve: {len(done)} approved.", *done, *failed])
            st.rerun()
