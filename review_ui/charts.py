"""The dashboard's charts (Altair), one function per figure, each from its DataFrame."""

from __future__ import annotations

import altair as alt
import pandas as pd

PARTNER = alt.Color("partner:N", title="Partner")
HEIGHT = 240


def orders(frame: pd.DataFrame, unit: str) -> alt.Chart:
    title = "Day" if unit == "day" else "Week (from Monday)"
    return alt.Chart(frame, height=HEIGHT).mark_bar().encode(
        x=alt.X(f"{unit}:T", title=title, timeUnit="yearmonthdate"),
        y=alt.Y("sum(orders):Q", title="Orders"),
        color=PARTNER,
        tooltip=[alt.Tooltip(f"{unit}:T"), "partner:N", "sum(orders):Q"],
    )


def straight_through(frame: pd.DataFrame) -> alt.Chart:
    base = alt.Chart(frame, height=HEIGHT).encode(
        x=alt.X("day:T", title="Day"),
        y=alt.Y("rate:Q", title="Straight through", axis=alt.Axis(format="%"),
                scale=alt.Scale(domain=[0, 1])),
        tooltip=["day:T", alt.Tooltip("rate:Q", format=".0%"), "messages:Q", "reviewed:Q"],
    )
    return base.mark_line(point=True)


def confidence_histogram(frame: pd.DataFrame, threshold: float) -> alt.LayerChart:
    bars = alt.Chart(frame, height=HEIGHT).mark_bar().encode(
        x=alt.X("confidence:Q", bin=alt.Bin(extent=[0, 1], step=0.05), title="Confidence"),
        y=alt.Y("count():Q", title="Extractions"),
        color=alt.Color("route:N", title="Routed"),
    )
    rule = alt.Chart(pd.DataFrame({"threshold": [threshold]})).mark_rule(
        strokeDash=[4, 4], color="#888").encode(x="threshold:Q")
    return bars + rule


def queue_age(frame: pd.DataFrame) -> alt.Chart:
    order = list(frame["waited"])
    return alt.Chart(frame, height=HEIGHT).mark_bar(color="#e8a33d").encode(
        x=alt.X("waited:N", sort=order, title="Waiting for"),
        y=alt.Y("items:Q", title="Items"),
        tooltip=["waited:N", "items:Q"],
    )


def queue_length(frame: pd.DataFrame) -> alt.Chart:
    return alt.Chart(frame, height=HEIGHT).mark_area(line=True, opacity=0.3).encode(
        x=alt.X("day:T", title="Day"), y=alt.Y("waiting:Q", title="Waiting at day end"),
        tooltip=["day:T", "waiting:Q"],
    )


def receipt_to_order(frame: pd.DataFrame) -> alt.Chart:
    return alt.Chart(frame, height=HEIGHT).mark_line(point=True).encode(
        x=alt.X("day:T", title="Day"),
        y=alt.Y("median(minutes):Q", title="Median minutes, receipt to order"),
        color=alt.Color("path:N", title="Path"),
        tooltip=["day:T", "path:N", alt.Tooltip("median(minutes):Q", format=".1f"),
                 alt.Tooltip("count():Q", title="orders")],
    )


def failures(frame: pd.DataFrame) -> alt.Chart:
    return alt.Chart(frame, height=HEIGHT).mark_bar().encode(
        x=alt.X("day:T", title="Day", timeUnit="yearmonthdate"),
        y=alt.Y("sum(failures):Q", title="Failed messages"),
        color=alt.Color("channel:N", title="Channel"),
        tooltip=["day:T", "channel:N", "sum(failures):Q"],
    )


def validator_work(frame: pd.DataFrame) -> alt.Chart:
    return alt.Chart(frame, height=HEIGHT).mark_bar().encode(
        y=alt.Y("validator:N", title=None), x=alt.X("sum(decisions):Q", title="Decisions"),
        color=alt.Color("decision:N", title="Decision"),
        tooltip=["validator:N", "decision:N", "sum(decisions):Q"],
    )
