"""The channel chain over the API: master -> regional -> dealer -> sales agent, commissions
per level from the master partner's structure (default 5 / 3 / 2 %)."""

from __future__ import annotations

from sqlalchemy import select

from intake.partner_onboarding import add_partner
from storage.db import session_scope
from storage.models import Commission, Order, Partner
from tests.api.conftest import auth, new_key, order_body


def build_chain(url: str, rates: dict | None = None) -> dict[str, str]:
    """groendus > groendus-noord > dealer-zwolle > agent-piet; their contact ids."""
    with session_scope(url) as session:
        if rates:
            session.get(Partner, "groendus").commission_rates = rates
        add_partner(session, "groendus-noord", "Groendus Noord", parent="groendus")
        add_partner(session, "dealer-zwolle", "Laadpunt Zwolle", parent="groendus-noord")
        add_partner(session, "agent-piet", "Piet Verkoop", parent="dealer-zwolle")
        return {p: session.get(Partner, p).contact_id
                for p in ("groendus", "groendus-noord", "dealer-zwolle", "agent-piet")}


def commissions(url: str) -> list[tuple[str, int, float]]:
    with session_scope(url) as session:
        return [(c.beneficiary_contact_id, c.commission_level, c.commission_rate)
                for c in session.scalars(select(Commission).order_by(Commission.commission_level))]


def test_a_dealers_order_carries_the_whole_chain_and_earns_per_level(api, settings):
    url = settings.database_url
    contacts = build_chain(url)
    key = new_key(url, "dealer-zwolle")
    response = api.post("/partners/dealer-zwolle/orders", json=order_body(products=[]),
                        headers=auth(key))
    assert response.status_code == 201, response.text
    with session_scope(url) as session:
        order = session.scalars(select(Order)).one()
        assert order.account_contact_id == contacts["dealer-zwolle"]
        assert order.channel_contact_ids == [
            contacts["groendus"], contacts["groendus-noord"], contacts["dealer-zwolle"]]
    assert commissions(url) == [(contacts["groendus"], 1, 5.0),
                                (contacts["groendus-noord"], 2, 3.0),
                                (contacts["dealer-zwolle"], 3, 2.0)]


def test_a_sales_agent_is_the_fourth_level_and_the_masters_structure_counts(api, settings):
    url = settings.database_url
    contacts = build_chain(url, rates={"1": 4.0, "2": 2.5, "3": 1.5, "4": 1.0})
    key = new_key(url, "agent-piet")
    assert api.post("/partners/agent-piet/orders", json=order_body(products=[]),
                    headers=auth(key)).status_code == 201
    with session_scope(url) as session:
        assert len(session.scalars(select(Order)).one().channel_contact_ids) == 4
    assert commissions(url) == [(contacts["groendus"], 1, 4.0),
                                (contacts["groendus-noord"], 2, 2.5),
                                (contacts["dealer-zwolle"], 3, 1.5),
                                (contacts["agent-piet"], 4, 1.0)]


def test_the_master_partners_own_order_earns_one_commission(api, keys, settings):
    build_chain(settings.database_url)
    api.post("/partners/groendus/orders", json=order_body(), headers=auth(keys["groendus"]))
    assert [level for _, level, _ in commissions(settings.database_url)] == [1]
