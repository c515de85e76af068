"""Storing one fetched message, and its UID in our bookkeeping, in one transaction.

Either both are committed or neither: a crash before the commit fetches the message
again next time; after it, never. A re-fetch for any other reason (a UIDVALIDITY change,
a restored mailbox) is caught by store_raw_message's dedup key and only counted.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from intake.imap.mailbox_url import MailboxConfig
from intake.mail_auth import assess_mailbox_message
from intake.mail_headers import from_addresses, message_id_of, read_headers, return_path_of
from storage.mailboxes import record_fetched
from storage.messages import StoredMessage, store_raw_message


def store_fetched(sessions: sessionmaker[Session], config: MailboxConfig, *,
                  uidvalidity: int, uid: int, raw: bytes, sender_domains: list[str] | None,
                  trusted_authserv_id: str | None) -> StoredMessage:
    headers = read_headers(raw)
    # No envelope over IMAP: the Return-Path the delivering server wrote, else the From.
    # Derived from the bytes alone, so a re-fetch yields the same dedup key.
    senders = from_addresses(headers)
    sender = return_path_of(headers) or (senders[0] if senders else None)
    assessment = assess_mailbox_message(raw, partner_id=config.partner_id,
                                        sender_domains=sender_domains,
                                        trusted_authserv_id=trusted_authserv_id)
    with sessions.begin() as session:
        stored = store_raw_message(
            session,
            raw=raw,
            channel="imap",
            partner_id=config.partner_id,
            envelope_from=sender,
            envelope_to=[config.user.lower()] if "@" in config.user else [],
            message_id=message_id_of(raw, headers),
            peer=config.host[:100],
            source_ref=config.source_ref(uidvalidity, uid),
            auth_results=assessment.auth_results,
            hold_reasons=assessment.hold_reasons,
        )
        record_fetched(session, config.name, uidvalidity, uid)
    return stored
