"""French labels, as Belgian (Walloon) and French partner forms write them.

Kept apart from the Dutch/English vocabulary in ``labels.py``, which merges these in. Each
label names the same field its Dutch counterpart does; values are checked as that field
anyway, so a French label earns no more trust than a Dutch one.
"""

from __future__ import annotations

FRENCH_VOCABULARY: dict[str, tuple[str, ...]] = {
    "partner_order_id": (
        "référence commande", "reference commande", "réf commande", "ref commande",
        "numéro de commande", "numero de commande", "n° de commande", "n° commande",
        "commande", "référence", "numéro commande",
    ),
    "partner_references.customer_account": (
        "n° client", "no client", "numéro client", "numero client", "numéro de client",
        "numero de client", "compte client", "référence client",
    ),
    "partner_references.purchase_order": ("bon de commande", "n° bon de commande"),
    "customer.name": ("nom complet", "nom du client", "nom client", "client", "nom"),
    "name.first": ("prénom", "prenom"),
    "name.last": ("nom de famille",),
    "customer.email": ("adresse e-mail", "adresse email", "adresse mail", "courriel", "e-mail"),
    "customer.phone": ("téléphone", "telephone", "tél", "portable", "gsm", "numéro de téléphone"),
    "customer.address.street": ("rue",),
    "customer.address.house_number": ("numéro", "numero", "n°"),
    "address.addition": ("boîte", "boite", "bte"),
    "customer.address.postal_code": ("code postal",),
    "customer.address.city": ("localité", "localite", "ville", "commune"),
    "address.full": ("adresse", "adresse d'installation", "adresse installation"),
    "installation_preferences.preferred_date": (
        "date souhaitée", "date souhaitee", "date d'installation souhaitée",
        "date d'installation", "date préférée", "date de préférence",
    ),
    "installation_preferences.notes": ("remarques", "remarque", "commentaires", "commentaire"),
    "products.header": ("produits", "articles"),
    "products.quantity": ("qté", "qte", "quantité", "quantite"),
    "products.description": ("désignation", "designation"),
    "ignored": ("soumis le", "pays", "date de commande", "prix", "statut", "objet", "de", "à"),
}
