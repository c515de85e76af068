"""``intake partners …`` as an operator runs it: onboarding, keys, secrets, SKUs, sandbox."""

from __future__ import annotations

import json

from sqlalchemy import select

from intake.partner_keys import key_hash
from storage.db import session_scope
from storage.models import ApiKey, Contact, Partner, ProductMapping
from tests.api.conftest import auth, order_body, run_intake


def ok(url, *args):
    result = run_intake(url, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def fails(url, *args) -> str:
    result = run_intake(url, *args)
    assert result.returncode != 0 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("intake: "), result.stderr
    return lines[0]


def test_add_a_partner_under_a_parent_and_issue_a_key(settings, api):
    url = settings.database_url
    ok(url, "partners", "add", "groendus-noord", "--name", "Groendus Noord", "--parent",
       "groendus", "--sender-domain", "noord.groendus.nl", "--intake-address",
       "noord@orders.chargecars.nl", "--threshold", "0.95")
    key = ok(url, "partners", "key", "groendus-noord")
    assert key.startswith("cci_live_") and len(key.splitlines()) == 1
    with session_scope(url) as session:
        partner = session.get(Partner, "groendus-noord")
        parent = session.get(Contact, partner.contact.parent_organization_id)
        assert parent.id == session.get(Partner, "groendus").contact_id
        assert partner.confidence_threshold == 0.95
        assert [a.address for a in partner.addresses] == ["noord@orders.chargecars.nl"]
        stored = session.scalars(select(ApiKey)).one()
        assert stored.key_hash == key_hash(key) and key not in stored.key_hash
    response = api.post("/partners/groendus-noord/orders", json=order_body(), headers=auth(key))
    assert response.status_code == 201


def test_rotate_and_revoke(settings, api):
    url = settings.database_url
    first = ok(url, "partners", "key", "eneco")
    second = ok(url, "partners", "key", "eneco", "--rotate")
    body = order_body(products=[])
    assert api.post("/partners/eneco/orders", json=body, headers=auth(first)).status_code == 401
    assert api.post("/partners/eneco/orders", json=body, headers=auth(second)).status_code == 201
    prefix = second.rsplit("_", 1)[0]
    ok(url, "partners", "revoke", prefix)
    assert api.post("/partners/eneco/orders", json=body,
                    headers=auth(second)).json()["error"] == "api_key_revoked"
    assert "no API key" in fails(url, "partners", "revoke", "cci_live_nothere")


def test_webhook_inbound_secret_allowlist_and_skus(settings, tmp_path):
    url = settings.database_url
    callback_secret = ok(url, "partners", "webhook", "essent", "--url",
                         "https://essent.example/chargecars")
    assert callback_secret.startswith("whsec_")
    again = ok(url, "partners", "webhook", "essent", "--url", "https://essent.example/v2")
    assert again == callback_secret  # a new URL keeps the secret the partner verifies with
    inbound = ok(url, "partners", "inbound-secret", "essent")
    assert inbound.startswith("whsec_") and inbound != callback_secret
    ok(url, "partners", "ip-allowlist", "essent", "192.0.2.0/24", "2001:db8::1")
    csv = tmp_path / "skus.csv"
    csv.write_text("partner_sku,article,type\nESS-WALLBOX-11,ALF-EVE-S-11KW,wallbox\n"
                   "ESS-INSTALL-STD,INST-BASIC-1P,installation\n")
    assert "2 SKU mappings" in ok(url, "partners", "skus", "essent", str(csv))
    with session_scope(url) as session:
        partner = session.get(Partner, "essent")
        assert partner.callback_url == "https://essent.example/v2"
        assert partner.inbound_webhook_secret == inbound
        assert partner.ip_allowlist == ["192.0.2.0/24", "2001:db8::1/128"]
        mapping = {m.partner_sku: m.article for m in session.scalars(
            select(ProductMapping).where(ProductMapping.partner_id == "essent"))}
        assert mapping["ESS-INSTALL-STD"] == "INST-BASIC-1P"
        assert mapping["ESS-WALLBOX-11"] == "ALF-EVE-S-11KW"


def test_sandbox_on_and_off_and_list_never_shows_secrets(settings):
    url = settings.database_url
    ok(url, "partners", "sandbox", "alva", "--on")
    test_key = ok(url, "partners", "key", "alva")
    assert test_key.startswith("cci_test_")
    ok(url, "partners", "inbound-secret", "alva")
    records = [json.loads(line) for line in ok(url, "partners", "list", "--json").splitlines()]
    alva = next(r for r in records if r["id"] == "alva")
    assert alva["sandbox"] is True and alva["inbound_webhooks"] is True
    assert alva["api_keys"][0]["prefix"] == test_key.rsplit("_", 1)[0]
    listing = json.dumps(records)
    assert test_key not in listing and "whsec_" not in listing
    ok(url, "partners", "sandbox", "alva", "--off")
    with session_scope(url) as session:
        assert session.get(Partner, "alva").sandbox is False


def test_bad_input_is_one_line_on_stderr(settings, tmp_path):
    url = settings.database_url
    assert "exists already" in fails(url, "partners", "add", "groendus", "--name", "G")
    assert "no partner 'nobody'" in fails(url, "partners", "add", "x1", "--name", "X",
                                          "--parent", "nobody")
    assert "lower-case" in fails(url, "partners", "add", "Bad Id", "--name", "X")
    assert "--threshold" in fails(url, "partners", "add", "x2", "--name", "X", "--threshold", "7")
    assert "no partner" in fails(url, "partners", "key", "nobody")
    assert "http(s) URL" in fails(url, "partners", "webhook", "essent", "--url", "ftp://x")
    assert "Standard Webhooks" in fails(url, "partners", "webhook", "essent", "--url",
                                        "https://x.example", "--secret", "hunter2!")
    assert "not an address" in fails(url, "partners", "ip-allowlist", "essent", "10.0.0.300/8")
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("partner_sku,article,type\nESS-X,,wallbox\n")
    assert "bad.csv:2" in fails(url, "partners", "skus", "essent", str(bad_csv))
    assert "cannot read" in fails(url, "partners", "skus", "essent", str(tmp_path / "none.csv"))
