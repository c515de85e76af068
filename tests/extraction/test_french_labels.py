"""French form labels (Walloon partner forms): the same fields as their Dutch counterparts."""

from __future__ import annotations

import pytest

from extraction import extract_message
from extraction.offline.labels import field_for_label
from tests.extraction.builders import message, partners


@pytest.mark.parametrize(("label", "field"), [
    ("Référence commande", "partner_order_id"),
    ("N° client", "partner_references.customer_account"),
    ("Nom complet", "customer.name"),
    ("Adresse e-mail", "customer.email"),
    ("Téléphone", "customer.phone"),
    ("Rue", "customer.address.street"),
    ("Numéro", "customer.address.house_number"),
    ("Code postal", "customer.address.postal_code"),
    ("Localité", "customer.address.city"),
    ("Date souhaitée", "installation_preferences.preferred_date"),
    ("Remarques", "installation_preferences.notes"),
    ("Pays", "ignored"),
])
def test_french_labels_name_their_field(label, field):
    assert field_for_label(label) == field


FORM = """Demande d'installation
Référence commande : 50F-BE-012345
N° client : C-0099887
Nom complet : Lucie Martin
Adresse e-mail : lucie.martin@example.be
Téléphone : +32 478 12 34 56
Rue : Rue des Champs
Numéro : 18
Code postal : 5000
Localité : Namur
PRODUITS
- 50F-ZAPPI-7 | myenergi zappi 7 kW | qté 1
Date souhaitée : 14/04/2026
Remarques : Borne dans le garage.
"""


def test_a_french_form_is_read_and_its_quantity_stated():
    result = extract_message(message(FORM, partner_id="50five"), partners(), backend="offline")
    order = result.orders[0]
    assert result.kind == "order"
    assert order.partner_order_id == "50F-BE-012345"
    assert order.customer.name == "Lucie Martin"
    assert order.customer.address.postal_code == "5000"
    assert order.customer.address.city == "Namur"
    assert order.installation_preferences.preferred_date.isoformat() == "2026-04-14"
    assert [(p.partner_sku, p.quantity) for p in order.products] == [("50F-ZAPPI-7", 1)]
    assert not any("quantity not stated" in r for r in result.reasons)
