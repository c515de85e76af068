"""The IMAP poller: partners' mail read from mailboxes we have access to.

    mailbox_url   INTAKE_IMAP_URLS -> MailboxConfig
    connection    TLS and login (password or XOAUTH2 via oauth_token)
    poller        one mailbox's loop: select, fetch new UIDs, store, flag; IDLE or poll
    fetch         new UIDs and batched fetching
    store         a fetched message and its UID, committed together
    after_store   \\Seen or move, once stored
    watchdog      the stale-mailbox alert; status: what `intake imap status` shows
    runner        the threads, and SIGTERM
"""

from intake.imap.runner import run_pollers

__all__ = ["run_pollers"]
