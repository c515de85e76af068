"""INTAKE_IMAP_URLS parsing: options, defaults, and errors that never show a password."""

from __future__ import annotations

import pytest

from intake.imap.after_store import AfterStore, AfterStoreError
from intake.imap.mailbox_url import MailboxUrlError, parse_imap_url, parse_imap_urls, redact
from intake.imap.oauth_token import TokenCommandError, parse_token_output


def test_full_url_with_encoded_user_password_and_folder():
    config = parse_imap_url(
        "imaps://orders%40chargecars.nl:p%2Fw%3Fd%20x@mail.example.com:9993/Orders%2FIn"
        "?partner=groendus&tls_verify=no&ca_file=/etc/ca.pem&idle=no")
    assert (config.scheme, config.host, config.port) == ("imaps", "mail.example.com", 9993)
    assert config.user == "orders@chargecars.nl" and config.password == "p/w?d x"
    assert config.folder == "Orders/In" and config.partner_id == "groendus"
    assert not config.tls_verify and config.ca_file == "/etc/ca.pem" and not config.idle
    assert config.name == "imaps://orders%40chargecars.nl@mail.example.com:9993/Orders/In"
    assert "p/w" not in repr(config)
    assert config.source_ref(7, 42) == (
        "imap://orders%40chargecars.nl@mail.example.com/Orders/In;UIDVALIDITY=7;UID=42")


def test_defaults_port_folder_starttls_and_idle():
    plain = parse_imap_url("imap://u:p@host")
    assert plain.port == 143 and plain.folder == "INBOX" and plain.starttls and plain.idle
    assert plain.partner_id is None and plain.auth == "password"
    secure = parse_imap_url("imaps://u:p@host/INBOX")
    assert secure.port == 993 and not secure.starttls and secure.uses_tls


def test_xoauth2_needs_a_token_command_and_no_password():
    config = parse_imap_url("imaps://orders%40x.nl@outlook.office365.com/INBOX"
                            "?auth=xoauth2&token_command=/usr/bin/get-token+--tenant+x")
    assert config.auth == "xoauth2" and config.token_command == "/usr/bin/get-token --tenant x"
    with pytest.raises(MailboxUrlError, match="token_command"):
        parse_imap_url("imaps://u@host/INBOX?auth=xoauth2")


@pytest.mark.parametrize("url, problem", [
    ("pop3://u:p@host/INBOX", "scheme"),
    ("imap://host/INBOX", "user"),
    ("imap://u@host/INBOX", "no password"),
    ("imap://u:p@host:abc/INBOX", "port"),
    ("imap://u:p@host/INBOX?idle=maybe", "idle must be yes or no"),
    ("imap://u:p@host/INBOX?colour=red", "unknown option"),
    ("imap://u:p@host/INBOX?auth=kerberos", "auth must be"),
])
def test_bad_urls_are_refused_with_a_reason(url, problem):
    with pytest.raises(MailboxUrlError, match=problem):
        parse_imap_url(url)


def test_errors_and_redaction_never_show_the_password():
    with pytest.raises(MailboxUrlError) as refused:
        parse_imap_url("imap://orders:hunter2/unencoded@host:xx/INBOX")
    assert "hunter2" not in str(refused.value)
    assert redact("imaps://u:hunter2@h/INBOX?token_command=tok%20--secret%20s&partner=a") == (
        "imaps://u:***@h/INBOX?token_command=***&partner=a")


def test_several_mailboxes_and_the_same_one_twice():
    configs = parse_imap_urls("imap://a:p@h/INBOX?partner=alva  imaps://b:p@h/Orders\n")
    assert [c.name for c in configs] == ["imap://a@h:143/INBOX", "imaps://b@h:993/Orders"]
    assert parse_imap_urls("  ") == []
    with pytest.raises(MailboxUrlError, match="more than once"):
        parse_imap_urls("imap://a:p@h/INBOX imap://a:q@h:143/INBOX")


def test_after_store_setting():
    assert AfterStore.parse("seen").move_to is None
    assert AfterStore.parse("move:Processed/Intake").move_to == "Processed/Intake"
    for bad in ("delete", "move:", "moved:X"):
        with pytest.raises(AfterStoreError):
            AfterStore.parse(bad)
    with pytest.raises(AfterStoreError, match="folder it is read from"):
        AfterStore.parse("move:INBOX", "INBOX")


def test_token_command_output_plain_or_json():
    assert parse_token_output("ya29.token\n").access_token == "ya29.token"
    token = parse_token_output('{"access_token": "at", "refresh_token": "rt2", "expires_in": 3599}')
    assert (token.access_token, token.refresh_token) == ("at", "rt2")
    assert "at" not in repr(token)
    for bad in ("", "\n\n", '{"refresh_token": "x"}', "{not json"):
        with pytest.raises(TokenCommandError):
            parse_token_output(bad)
