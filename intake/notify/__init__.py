"""Telling partners about their orders: status webhooks and templated emails.

Everything a partner is told starts as an ``OutboxItem`` written in the transaction that
caused it (``queue``), and is sent by the worker's delivery job (``delivery``), which
claims due items, sends them (``webhook_sender``, ``email_sender``) and records every
attempt (``outcomes``). ``job`` registers the delivery with the worker; it is not
imported here so that ``intake.lifecycle`` can import this package without the worker.
"""

from intake.notify.queue import (
    queue_information_request,
    queue_rejection_email,
    queue_status_answer,
    queue_status_notifications,
)

__all__ = [
    "queue_information_request",
    "queue_rejection_email",
    "queue_status_answer",
    "queue_status_notifications",
]
