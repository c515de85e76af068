"""The retention purge: raw messages and parsed text go after the set time; orders stay."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

from sqlalchemy import func, select

from intake.retention import carry_out_purge, plan_purge
from intake.worker import Worker
from storage.db import session_scope
from storage.messages import store_raw_message
from storage.models import AuditEntry, InboundMessage, Order, WebhookReceipt, utcnow
from tests.conftest import corpus_email


def store_and_process(settings, raw: bytes, partner: str | None, message_id: str) -> int:
    with session_scope(settings.database_url) as session:
        stored = store_raw_message(session, raw=raw, channel="smtp", partner_id=partner,
                                   envelope_from="x@example.nl", envelope_to=[],
                                   message_id=message_id)
    Worker(settings).drain()
    return stored.id


def age(url: str, message_id: int, days: int) -> None:
    with session_scope(url) as session:
        session.get(InboundMessage, message_id).received_at = utcnow() - timedelta(days=days)


def test_old_finished_messages_lose_raw_and_text_but_orders_stay(settings):
    url = settings.database_url
    done = store_and_process(settings, corpus_email("001-"), "groendus", "<a>")
    waiting = store_and_process(settings, corpus_email("001-"), None, "<b>")  # no partner: review
    recent = store_and_process(settings, corpus_email("002-"), "groendus", "<c>")
    age(url, done, 100)
    age(url, waiting, 100)
    age(url, recent, 10)

    with session_scope(url) as session:
        plan = plan_purge(session, retention_days=90)
        assert plan.message_ids == [done] and plan.kept_unfinished == 1
        assert plan.raw_bytes == len(corpus_email("001-"))
        carry_out_purge(session, plan, actor="test")

    with session_scope(url) as session:
        purged = session.get(InboundMessage, done)
        assert purged.raw is None and purged.parsed is None and purged.raw_purged_at
        assert purged.sha256 and purged.state == "done"
        assert session.get(InboundMessage, waiting).raw is not None
        assert session.get(InboundMessage, recent).raw is not None
        assert session.scalar(select(func.count(Order.id))) == 2
        assert session.scalars(select(AuditEntry).where(
            AuditEntry.action == "retention_purge")).one().details["messages"] == 1
        assert plan_purge(session, retention_days=90).message_ids == []


def test_dry_run_command_shows_and_changes_nothing(sqlite_settings):
    url = sqlite_settings.database_url
    done = store_and_process(sqlite_settings, corpus_email("001-"), "groendus", "<a>")
    age(url, done, 400)
    env = dict(os.environ, INTAKE_DATABASE_URL=url)
    result = subprocess.run([sys.executable, "-m", "intake", "purge", "--dry-run"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "would purge 1 messages" in result.stdout and f"message {done}" in result.stdout
    with session_scope(url) as session:
        assert session.get(InboundMessage, done).raw is not None
    result = subprocess.run([sys.executable, "-m", "intake", "purge"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "purged 1 messages" in result.stdout
    with session_scope(url) as session:
        assert session.get(InboundMessage, done).raw is None


def test_webhook_ids_go_after_a_day_and_recent_ones_still_refuse_replays(settings):
    url = settings.database_url
    with session_scope(url) as session:
        session.add_all([
            WebhookReceipt(partner_id="essent", webhook_id="msg_old",
                           received_at=utcnow() - timedelta(days=2)),
            WebhookReceipt(partner_id="essent", webhook_id="msg_recent",
                           received_at=utcnow() - timedelta(minutes=10)),
        ])
    with session_scope(url) as session:
        plan = plan_purge(session, retention_days=90)
        assert plan.webhook_receipts == 1 and plan.message_ids == []
        carry_out_purge(session, plan, actor="test")
    with session_scope(url) as session:
        left = session.scalars(select(WebhookReceipt.webhook_id)).all()
        assert left == ["msg_recent"]
        audit = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "retention_purge")).one()
        assert audit.details["webhook_receipts"] == 1
