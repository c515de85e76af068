"""Standard Webhooks signatures: ``v1,`` + base64 HMAC-SHA256 over ``id.timestamp.body``.

Both ways: the status webhooks we send, and the order webhooks partners push to us
(checked in ``intake.inbound_webhooks``)."""

from __future__ import annotations

import base64
import secrets
from datetime import UTC, datetime

from standardwebhooks import Webhook

SECRET_PREFIX = "whsec_"


def new_webhook_secret() -> str:
    """A fresh signing secret in the usual ``whsec_<base64>`` form (32 random bytes)."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def signed_headers(secret: str, webhook_id: str, body: str, now: datetime | None = None) -> dict:
    """The three Standard Webhooks headers for one attempt (the timestamp is the attempt's)."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    signature = Webhook(secret).sign(msg_id=webhook_id, timestamp=moment, data=body)
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(int(moment.timestamp())),
        "webhook-signature": signature,
    }
