"""The dashboard's figures. Each function takes a session and returns a small DataFrame;
none needs Streamlit. Days are Amsterdam days; rows are read once and counted in Python,
which keeps the SQL the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from review_ui.formatting import AMSTERDAM
from storage.models import AuditEntry, Extraction, InboundMessage, Order, ReviewItem

EMAIL_CHANNELS = ("smtp", "imap")
FINISHED = ("done", "archived", "review")
AGE_BUCKETS = ((3600, "< 1 h"), (4 * 3600, "1–4 h"), (24 * 3600, "4–24 h"),
               (3 * 86400, "1–3 d"), (float("inf"), "> 3 d"))


def day_of(moment: datetime) -> date:
    return moment.astimezone(AMSTERDAM).date()


def week_of(moment: datetime) -> date:
    day = day_of(moment)
    return day - timedelta(days=day.weekday())


def orders_per_period(session: Session, since: datetime, unit: str = "day") -> pd.DataFrame:
    """Orders per partner per day (or per week, starting Monday)."""
    bucket = day_of if unit == "day" else week_of
    rows = session.execute(select(Order.created_at, Order.partner_id)
                           .where(Order.created_at >= since))
    frame = pd.DataFrame([{unit: bucket(at), "partner": p} for at, p in rows],
                         columns=[unit, "partner"])
    return frame.groupby([unit, "partner"]).size().reset_index(name="orders")


def straight_through(session: Session, since: datetime) -> pd.DataFrame:
    """Per day: e-mail messages that needed no validator, those that did, and the rate."""
    rows = session.execute(
        select(InboundMessage.received_at, ReviewItem.id)
        .outerjoin(ReviewItem, ReviewItem.inbound_message_id == InboundMessage.id)
        .where(InboundMessage.received_at >= since, InboundMessage.channel.in_(EMAIL_CHANNELS),
               InboundMessage.state.in_(FINISHED)))
    frame = pd.DataFrame([{"day": day_of(at), "reviewed": item is not None} for at, item in rows],
                         columns=["day", "reviewed"])
    per_day = frame.groupby("day")["reviewed"].agg(["size", "sum"]).reset_index()
    per_day.columns = ["day", "messages", "reviewed"]
    per_day["straight_through"] = per_day["messages"] - per_day["reviewed"]
    per_day["rate"] = per_day["straight_through"] / per_day["messages"]
    return per_day


def confidences(session: Session, since: datetime) -> pd.DataFrame:
    rows = session.execute(select(Extraction.confidence, Extraction.route)
                           .where(Extraction.created_at >= since))
    return pd.DataFrame([{"confidence": c, "route": r or "pending"} for c, r in rows],
                        columns=["confidence", "route"])


def queue_age(session: Session, now: datetime) -> pd.DataFrame:
    """Items waiting now, by how long they have waited since the message arrived."""
    rows = session.scalars(
        select(InboundMessage.received_at)
        .join(ReviewItem, ReviewItem.inbound_message_id == InboundMessage.id)
        .where(ReviewItem.state == "open"))
    counts = {label: 0 for _, label in AGE_BUCKETS}
    for received in rows:
        waited = (now - received).total_seconds()
        counts[next(label for limit, label in AGE_BUCKETS if waited < limit)] += 1
    return pd.DataFrame([{"waited": k, "items": v} for k, v in counts.items()])


def queue_length(session: Session, since: datetime, now: datetime) -> pd.DataFrame:
    """How many items waited at the end of each day (now, for today)."""
    rows = session.execute(
        select(ReviewItem.created_at, ReviewItem.resolved_at)
        .where((ReviewItem.resolved_at.is_(None)) | (ReviewItem.resolved_at >= since))).all()
    days, today = [], day_of(now)
    day = day_of(since)
    while day <= today:
        end = min(now, datetime.combine(day + timedelta(days=1), datetime.min.time(),
                                        tzinfo=AMSTERDAM))
        waiting = sum(1 for created, resolved in rows
                      if created < end and (resolved is None or resolved >= end))
        days.append({"day": day, "waiting": waiting})
        day += timedelta(days=1)
    return pd.DataFrame(days, columns=["day", "waiting"])


def receipt_to_order(session: Session, since: datetime) -> pd.DataFrame:
    """Minutes from a message's arrival to its order, straight through or by a validator."""
    rows = session.execute(
        select(Order.created_at, InboundMessage.received_at, Order.created_by)
        .join(InboundMessage, InboundMessage.id == Order.source_message_id)
        .where(Order.created_at >= since))
    return pd.DataFrame([
        {"day": day_of(created), "minutes": (created - received).total_seconds() / 60,
         "path": "validator" if (by or "").startswith("validator:") else "straight through"}
        for created, received, by in rows], columns=["day", "minutes", "path"])


def failures_per_channel(session: Session, since: datetime) -> pd.DataFrame:
    """Messages parked as failed, per day and channel (each failure counts, also when the
    message was replayed successfully later)."""
    failures = session.execute(select(AuditEntry.at, AuditEntry.entity_id)
                               .where(AuditEntry.action == "message_failed",
                                      AuditEntry.at >= since)).all()
    ids = {int(e) for _, e in failures if e.isdigit()}
    channels = dict(session.execute(select(InboundMessage.id, InboundMessage.channel)
                                    .where(InboundMessage.id.in_(ids)))) if ids else {}
    frame = pd.DataFrame([{"day": day_of(at), "channel": channels.get(int(e), "unknown")}
                          for at, e in failures if e.isdigit()], columns=["day", "channel"])
    return frame.groupby(["day", "channel"]).size().reset_index(name="failures")


def validator_work(session: Session, since: datetime) -> pd.DataFrame:
    """Decisions per validator and kind (admins only: it is about people)."""
    rows = session.execute(select(AuditEntry.actor, AuditEntry.action)
                           .where(AuditEntry.at >= since, AuditEntry.action.in_(
                               ("review_approved", "review_not_an_order", "review_rejected",
                                "review_duplicate"))))
    frame = pd.DataFrame([{"validator": a.removeprefix("validator:"),
                           "decision": act.removeprefix("review_")} for a, act in rows],
                         columns=["validator", "decision"])
    return frame.groupby(["validator", "decision"]).size().reset_index(name="decisions")
