"""The item page: the message on the left, the decision on the right."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from extraction.schema import ExtractedOrder, ExtractionResult
from intake.logging import get_logger
from intake.review import actions
from intake.review.actions import Outcome, ReviewRefused
from intake.review.claims import ItemNotHeld, claim_item, claim_next, release_claim
from intake.review.validation import check_result
from review_ui import db, message_view, navigation
from review_ui.auth import Viewer
from review_ui.badges import confidence_badge, reason_badges
from review_ui.focus import focus_first_attention_field
from review_ui.formatting import age, local_time, plain
from review_ui.item_data import ItemData, load_item, orders_like, partner_skus
from review_ui.order_form import Submitted, order_form
from storage.models import utcnow

log = get_logger("review_ui.item")
DECISIONS = {
    "order": "Order(s)", "cancellation": "Cancellation", "status_question": "Status question",
    "other": "Not an order", "duplicate": "Duplicate", "reject": "Reject",
}


def render(viewer: Viewer) -> None:
    item_id = st.session_state.get(navigation.ITEM_ID)
    if item_id is None:
        st.info("Open an item from the queue.")
        if st.button("Go to the queue", type="primary"):
            navigation.back_to_queue()
        return
    with db.unit_of_work() as session:
        data = load_item(session, item_id)
    if data is None or data.state != "open":
        decided = f" (decided by {data.resolved_by})" if data and data.resolved_by else ""
        st.info(f"Item #{item_id} is no longer waiting{decided}.")
        if st.button("Back to the queue", type="primary"):
            navigation.back_to_queue()
        return
    mine = _hold(data, viewer)
    _header(data, viewer)
    left, right = st.columns([5, 6], gap="large")
    with left:
        message_view.render(data)
    with right:
        if not mine:
            st.warning(f"{data.claimed_by} is working on this item; you can read it, not decide "
                       "it.", icon=":material/lock:")
            return
        _decision(data, viewer)


def _hold(data: ItemData, viewer: Viewer) -> bool:
    """Whether we hold the item, taking a free or lapsed claim on the way."""
    now = utcnow()
    running = data.claim_expires_at is not None and data.claim_expires_at > now
    if running and data.claimed_by == viewer.username:
        return True
    if running and data.claimed_by:
        return False
    with db.unit_of_work() as session:
        mine = claim_item(session, data.id, viewer.username, db.settings().review_claim_minutes)
    if mine:
        with db.unit_of_work() as session:
            data.claimed_by, data.claim_expires_at = viewer.username, load_item(
                session, data.id).claim_expires_at
    return mine


def _header(data: ItemData, viewer: Viewer) -> None:
    row = st.container(horizontal=True, vertical_alignment="center")
    row.markdown(f"### #{data.id} · {plain(data.partner_name or 'unknown partner')}")
    row.space("stretch")
    if row.button("Back to queue", icon=":material/arrow_back:", help="Gives the item back"):
        _release(data, viewer)
        navigation.back_to_queue()
    if row.button("Skip", icon=":material/skip_next:", help="Give it back and open the next"):
        _skip(data, viewer)
    waited = age((utcnow() - data.received_at).total_seconds())
    until = (f" · yours until {local_time(data.claim_expires_at)[-5:]}"
             if data.claimed_by == viewer.username else "")
    st.markdown(f"{reason_badges(data.reasons)} confidence {confidence_badge(data.confidence)} · "
                f"waiting {waited}{until}")
    with st.expander("Why it waits"):
        for reason in data.reasons:
            st.markdown(f"- {plain(reason)}")


def _skip(data: ItemData, viewer: Viewer) -> None:
    with db.unit_of_work() as session:
        # Take the next one first, so that the item skipped is not handed straight back.
        next_id = claim_next(session, viewer.username, db.settings().review_claim_minutes,
                             exclude=data.id)
        release_claim(session, data.id, viewer.username)
    if next_id is None:
        navigation.back_to_queue("Nothing else is waiting.")
    navigation.open_item_page(next_id)


def _release(data: ItemData, viewer: Viewer) -> None:
    with db.unit_of_work() as session:
        release_claim(session, data.id, viewer.username)


def _decision(data: ItemData, viewer: Viewer) -> None:
    default = data.proposal.kind if data.proposal.kind in DECISIONS else "order"
    choice = st.segmented_control("What is this message?", list(DECISIONS),
                                  format_func=DECISIONS.get, default=default,
                                  key=f"decision-{data.id}", required=True)
    partner = _partner(data) if choice not in ("other", "reject") else data.partner_id
    panel = {"order": _orders_panel, "cancellation": _refers_panel,
             "status_question": _refers_panel, "other": _not_an_order_panel,
             "duplicate": _duplicate_panel, "reject": _reject_panel}[choice]
    panel(data, viewer, partner, choice)


def _partner(data: ItemData) -> str | None:
    if data.partner_id:
        return data.partner_id
    chosen = st.selectbox("Partner (the intake could not tell)", data.partners, index=None,
                          key=f"partner-{data.id}", placeholder="Choose the partner")
    if chosen:
        with db.unit_of_work() as session:
            data.skus = partner_skus(session, chosen)
    return chosen


def _orders_panel(data: ItemData, viewer: Viewer, partner: str | None, _choice: str) -> None:
    draft = _draft(data)
    orders = [ExtractedOrder.model_validate(o) for o in draft["orders"]]
    threshold = db.settings().confidence_threshold
    submitted, feedback = order_form(data, orders, draft["rev"], threshold)
    focus_first_attention_field(f"{data.id}.{draft['rev']}")
    if submitted.anything:
        draft["orders"] = [o.model_dump(mode="json") for o in submitted.orders]
    if _restructure(draft, submitted):
        st.rerun()
    result = data.proposal.model_copy(
        update={"kind": "order", "orders": submitted.orders, "refers_to": None})
    if submitted.approve:
        _decide(data, viewer, feedback, lambda session, **kw: actions.approve(
            session, data.id, result, partner_id=partner, **kw))
    else:
        _show_checks(feedback, result, data, explicit=submitted.check)


def _draft(data: ItemData) -> dict:
    orders = data.proposal.orders or [ExtractedOrder()]
    return st.session_state.setdefault(
        f"draft-{data.id}", {"orders": [o.model_dump(mode="json") for o in orders], "rev": 0})


def _restructure(draft: dict, submitted: Submitted) -> bool:
    """Add a line, add (split) or remove an order; True when the form must be redrawn."""
    orders = draft["orders"]
    if submitted.add_line is not None:
        orders[submitted.add_line]["products"].append({"partner_sku": None, "quantity": 1})
    elif submitted.remove_order is not None:
        orders.pop(submitted.remove_order)
    elif submitted.split:
        references = orders[-1].get("partner_references") if orders else None
        orders.append(ExtractedOrder(partner_references=references or {}).model_dump(
            mode="json"))
    else:
        return False
    draft["rev"] += 1
    return True


def _show_checks(feedback, result: ExtractionResult, data: ItemData, explicit: bool) -> None:
    checked = check_result(result, {sku.upper() for sku in data.skus})
    if checked.problems:
        feedback.warning("Not ready to approve:\n" + _bullets(checked.problems),
                         icon=":material/error:")
    if checked.warnings:
        feedback.info(_bullets(checked.warnings), icon=":material/info:")
    if explicit and checked.ok:
        feedback.success("All checks pass.", icon=":material/check_circle:")


def _refers_panel(data: ItemData, viewer: Viewer, partner: str | None, kind: str) -> None:
    what = "cancelled" if kind == "cancellation" else "asked about"
    with st.form(f"refers-{data.id}-{kind}"):
        refers_to = st.text_input(f"Partner order id of the order {what}",
                                  value=data.proposal.refers_to or "")
        _known_orders(data)
        label = "Cancel that order" if kind == "cancellation" else "Record the status question"
        go = st.form_submit_button(label, type="primary", shortcut="Ctrl+Enter")
        feedback = st.container()
    if go:
        result = data.proposal.model_copy(
            update={"kind": kind, "orders": [], "refers_to": refers_to.strip() or None})
        _decide(data, viewer, feedback, lambda session, **kw: actions.approve(
            session, data.id, result, partner_id=partner, **kw))


def _not_an_order_panel(data: ItemData, viewer: Viewer, _partner: str | None, _c: str) -> None:
    with st.form(f"other-{data.id}"):
        st.caption("Out-of-office replies, newsletters, general questions: archived, no order.")
        note = st.text_input("Note (optional)")
        go = st.form_submit_button("Archive as not an order", type="primary",
                                   shortcut="Ctrl+Enter")
        feedback = st.container()
    if go:
        _decide(data, viewer, feedback, lambda session, **kw: actions.mark_not_an_order(
            session, data.id, note=note.strip() or None, **kw))


def _duplicate_panel(data: ItemData, viewer: Viewer, partner: str | None, _c: str) -> None:
    with st.form(f"duplicate-{data.id}"):
        known = _known_orders(data)
        reference = st.text_input("Order number (CC-…) or the partner's order id",
                                  value=known[0].order_number if known else "")
        go = st.form_submit_button("Link as duplicate", type="primary", shortcut="Ctrl+Enter")
        feedback = st.container()
    if go:
        _decide(data, viewer, feedback, lambda session, **kw: actions.link_duplicate(
            session, data.id, reference, **kw))


def _reject_panel(data: ItemData, viewer: Viewer, _partner: str | None, _c: str) -> None:
    with st.form(f"reject-{data.id}"):
        reason = st.text_area("Why is it rejected? The partner reads this when told.",
                              height=100)
        notify = st.checkbox("Tell the partner by e-mail (templated)",
                             value=data.partner_id is not None,
                             disabled=data.partner_id is None,
                             help="Only known partners are answered.")
        go = st.form_submit_button("Reject", type="primary")
        feedback = st.container()
    if go:
        _decide(data, viewer, feedback, lambda session, **kw: actions.reject(
            session, data.id, reason=reason, notify_partner=notify, **kw))


def _known_orders(data: ItemData) -> list:
    with db.unit_of_work() as session:
        known = orders_like(session, data.partner_id, data.proposal)
        lines = [f"{o.order_number} · {o.partner_order_id} · {o.status}" for o in known]
    if lines:
        st.caption("Orders of this partner with that id: " + "; ".join(lines))
    return known


def _decide(data: ItemData, viewer: Viewer, feedback,
            decision: Callable[..., Outcome]) -> None:
    try:
        with db.unit_of_work() as session:
            outcome = decision(session, validator=viewer.username,
                               claim_minutes=db.settings().review_claim_minutes)
    except ReviewRefused as exc:
        feedback.error("Not done:\n" + _bullets(exc.problems), icon=":material/block:")
        return
    except ItemNotHeld as exc:
        feedback.error(str(exc), icon=":material/lock:")
        return
    log.info("review_decided", item=data.id, action=outcome.action, validator=viewer.username,
             orders=outcome.order_numbers)
    for key in (f"draft-{data.id}", f"decision-{data.id}", f"partner-{data.id}"):
        st.session_state.pop(key, None)
    navigation.back_to_queue("\n\n".join([f"#{data.id}: {outcome.summary()}",
                                          *outcome.warnings]))


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"- {plain(line)}" for line in lines)

