"""Every table of the store. Importing this package registers them all on ``Base.metadata``."""

from storage.models.audit import AuditEntry
from storage.models.base import Base, utcnow
from storage.models.contacts import Contact
from storage.models.mailboxes import MailboxState
from storage.models.messages import (
    CHANNELS,
    MESSAGE_STATES,
    PENDING_STATES,
    Extraction,
    InboundMessage,
)
from storage.models.orders import (
    ORDER_STATUSES,
    Commission,
    Order,
    OrderCounter,
    OrderLine,
    StatusEvent,
)
from storage.models.outbox import DeliveryAttempt, OutboxItem, WebhookReceipt
from storage.models.partners import ApiKey, Partner, PartnerAddress, ProductMapping
from storage.models.reference import ReferenceVersion
from storage.models.review import Correction, ReviewItem, User
from storage.models.smtp_credentials import SmtpCredential

__all__ = [
    "ApiKey",
    "AuditEntry",
    "Base",
    "CHANNELS",
    "Commission",
    "Contact",
    "Correction",
    "DeliveryAttempt",
    "Extraction",
    "InboundMessage",
    "MESSAGE_STATES",
    "MailboxState",
    "ORDER_STATUSES",
    "Order",
    "OrderCounter",
    "OrderLine",
    "OutboxItem",
    "PENDING_STATES",
    "Partner",
    "PartnerAddress",
    "ProductMapping",
    "ReferenceVersion",
    "ReviewItem",
    "SmtpCredential",
    "StatusEvent",
    "User",
    "WebhookReceipt",
    "utcnow",
]
