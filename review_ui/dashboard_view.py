"""The dashboard page: how the intake is doing, as charts over a chosen period."""

from __future__ import annotations

from datetime import timedelta

import pandas as pd
import streamlit as st

from intake.review.queue import QueueFilter, queue_counts
from review_ui import charts, db
from review_ui import dashboard_queries as q
from review_ui.auth import Viewer
from review_ui.formatting import age
from storage.models import utcnow

PERIODS = {"7 days": 7, "30 days": 30, "90 days": 90}


def render(viewer: Viewer) -> None:
    with st.sidebar:
        period = st.segmented_control("Period", list(PERIODS), default="30 days",
                                      key="d_period", required=True)
    now = utcnow()
    since = now - timedelta(days=PERIODS[period])
    settings = db.settings()
    with db.unit_of_work() as session:
        data = {
            "daily": q.orders_per_period(session, since, "day"),
            "weekly": q.orders_per_period(session, since, "week"),
            "stp": q.straight_through(session, since),
            "confidence": q.confidences(session, since),
            "age": q.queue_age(session, now),
            "length": q.queue_length(session, since, now),
            "latency": q.receipt_to_order(session, since),
            "failures": q.failures_per_channel(session, since),
            "counts": queue_counts(session, QueueFilter(), now),
            "work": q.validator_work(session, since) if viewer.is_admin else None,
        }
    st.title("Dashboard")
    _summary(data, now)
    _charts(data, settings.confidence_threshold)
    if viewer.is_admin:
        _chart("Decisions per validator (admins only)", data["work"], charts.validator_work)


def _summary(data: dict, now) -> None:
    stp, latency, counts = data["stp"], data["latency"], data["counts"]
    rate = stp["straight_through"].sum() / stp["messages"].sum() if len(stp) else None
    oldest = age((now - counts.oldest_received).total_seconds()) if counts.oldest_received else "–"
    median = latency["minutes"].median() if len(latency) else None
    columns = st.columns(4)
    columns[0].metric("Orders", int(data["daily"]["orders"].sum()) if len(data["daily"]) else 0,
                      border=True)
    columns[1].metric("Straight through", f"{rate:.0%}" if rate is not None else "–",
                      border=True, help="E-mail messages that needed no validator")
    columns[2].metric("Waiting for review", counts.total, border=True,
                      help=f"Oldest: {oldest}")
    columns[3].metric("Median receipt → order",
                      f"{median:.1f} min" if median is not None else "–", border=True)


def _charts(data: dict, threshold: float) -> None:
    left, right = st.columns(2)
    with left:
        unit = st.segmented_control("Orders per partner", ["day", "week"], default="day",
                                    key="d_unit", required=True)
        _chart(None, data["daily" if unit == "day" else "weekly"],
               lambda f: charts.orders(f, unit))
        _chart("Queue length", data["length"], charts.queue_length)
        _chart("Receipt to order", data["latency"], charts.receipt_to_order)
    with right:
        _chart("Straight-through rate", data["stp"], charts.straight_through)
        _chart("Extraction confidence", data["confidence"],
               lambda f: charts.confidence_histogram(f, threshold))
        _chart("Queue age now", data["age"], charts.queue_age)
    _chart("Failures per channel", data["failures"], charts.failures)


def _chart(title: str | None, frame: pd.DataFrame, make) -> None:
    if title:
        st.subheader(title, divider="gray")
    if frame is None or frame.empty:
        st.caption("No data in this period.")
        return
    st.altair_chart(make(frame), width="stretch")
