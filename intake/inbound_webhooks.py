"""Checking webhooks partners push to us: Standard Webhooks signatures, freshness, source IP.

The signature is HMAC-SHA256 over ``webhook-id.webhook-timestamp.body`` with the partner's
``whsec_`` secret (the ``standardwebhooks`` package does the HMAC). We check the timestamp
ourselves first, only to give a stale request its own error code; the package checks it
again. Replays of a ``webhook-id`` are refused by the store (``WebhookReceipt``).
"""

from __future__ import annotations

import ipaddress
import re
import time
from dataclasses import dataclass

from standardwebhooks.webhooks import Webhook

TOLERANCE_S = 5 * 60
_WEBHOOK_ID = re.compile(r"^[\x21-\x7e]{1,200}$")  # printable ASCII, fits WebhookReceipt


class InboundWebhookRejected(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class VerifiedWebhook:
    webhook_id: str
    timestamp: int


def verify(secret: str, headers: dict[str, str], body: bytes,
           now: float | None = None) -> VerifiedWebhook:
    """The verified id and timestamp, or ``InboundWebhookRejected`` saying what is wrong."""
    webhook_id = headers.get("webhook-id")
    timestamp = headers.get("webhook-timestamp")
    signature = headers.get("webhook-signature")
    if not (webhook_id and timestamp and signature):
        raise InboundWebhookRejected(
            "missing_signature_headers",
            "webhook-id, webhook-timestamp and webhook-signature are all required")
    if not _WEBHOOK_ID.match(webhook_id):
        raise InboundWebhookRejected(
            "invalid_webhook_id", "webhook-id must be 1 to 200 printable ASCII characters")
    seconds = _timestamp(timestamp)
    if abs((now or time.time()) - seconds) > TOLERANCE_S:
        raise InboundWebhookRejected(
            "timestamp_out_of_range",
            "webhook-timestamp is more than 5 minutes from our clock; sign with the current "
            "time in Unix seconds")
    try:
        body_text = body.decode("utf-8")
        Webhook(secret).verify(body_text, {"webhook-id": webhook_id,
                                           "webhook-timestamp": timestamp,
                                           "webhook-signature": signature}, json_parse=False)
    except Exception:  # noqa: BLE001 - the package raises several kinds for bad input
        raise InboundWebhookRejected(
            "invalid_signature",
            "no webhook-signature matches: sign 'id.timestamp.body' with HMAC-SHA256 and the "
            "secret ChargeCars gave you (base64 after 'whsec_')") from None
    return VerifiedWebhook(webhook_id=webhook_id, timestamp=seconds)


def _timestamp(value: str) -> int:
    if not re.fullmatch(r"\d{1,12}", value.strip()):
        raise InboundWebhookRejected(
            "timestamp_out_of_range", "webhook-timestamp must be Unix time in whole seconds")
    return int(value.strip())


def ip_allowed(allowlist: list[str] | None, client_ip: str | None) -> bool:
    """True when there is no allowlist, or the client address lies in one of its networks."""
    if not allowlist:
        return True
    if not client_ip:
        return False
    try:
        address = ipaddress.ip_address(client_ip)
    except ValueError:
        return False
    if getattr(address, "ipv4_mapped", None):  # "::ffff:10.0.0.1" is 10.0.0.1
        address = address.ipv4_mapped
    for cidr in allowlist:
        try:
            if address in ipaddress.ip_network(cidr, strict=False):
                return True
        except ValueError:
            continue  # a bad entry never opens the door
    return False


def parse_cidrs(values: list[str]) -> list[str]:
    """Normalised networks; ValueError names the first one that is not a CIDR or address."""
    return [str(ipaddress.ip_network(v.strip(), strict=False)) for v in values]
