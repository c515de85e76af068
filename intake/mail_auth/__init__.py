"""Sender authentication for mail: SPF, DKIM, DMARC, trusted upstream results, and the
partner's own sender domains. ``assess`` turns them into auth_results and hold reasons."""

from intake.mail_auth.assess import (
    Assessment,
    SmtpContext,
    assess_mailbox_message,
    assess_smtp_message,
)
from intake.mail_auth.dns_lookup import DnsLookup, DnsTempError, StaticDns, SystemDns

__all__ = [
    "Assessment",
    "DnsLookup",
    "DnsTempError",
    "SmtpContext",
    "StaticDns",
    "SystemDns",
    "assess_mailbox_message",
    "assess_smtp_message",
]
