"""Sender authentication for mail: SPF, DKIM, DMARC, trusted upstream results, and the
partner's own sender domains. ``assess`` turns them into auth_results and hold reasons;
``deferred`` is how SMTP mail gets them in the worker, after the listener's 250."""

from intake.mail_auth.assess import (
    Assessment,
    SmtpContext,
    assess_mailbox_message,
    assess_smtp_message,
)
from intake.mail_auth.deferred import (
    PendingAssessment,
    assess_stored,
    merged,
    needs_assessment,
    pending_from_store,
    receipt_results,
)
from intake.mail_auth.dns_breaker import DnsBreaker
from intake.mail_auth.dns_lookup import (
    DNS_BUDGET_S,
    DnsLookup,
    DnsTempError,
    StaticDns,
    SystemDns,
)

__all__ = [
    "DNS_BUDGET_S",
    "Assessment",
    "DnsBreaker",
    "DnsLookup",
    "DnsTempError",
    "PendingAssessment",
    "SmtpContext",
    "StaticDns",
    "SystemDns",
    "assess_mailbox_message",
    "assess_smtp_message",
    "assess_stored",
    "merged",
    "needs_assessment",
    "pending_from_store",
    "receipt_results",
]
