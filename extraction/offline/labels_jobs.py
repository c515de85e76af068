"""Labels of job sheets and installation bookings (mostly English), added to the vocabulary.

Installers' planners and booking platforms name the order a "job" or "booking", the wish a
"preferred day", and the notes what the installer should know. Each label here names its
field without a qualifier that could point at someone else's value.
"""

from __future__ import annotations

JOB_SHEET_VOCABULARY: dict[str, tuple[str, ...]] = {
    "partner_order_id": (
        "job", "job number", "job no", "job nr", "job id", "job reference", "job ref",
        "booking number", "booking no", "booking id",
    ),
    "address.full": (
        "street / no", "street/no", "street no", "street and no", "street & no",
        "street & number", "street + no", "street + number",
    ),
    "installation_preferences.preferred_date": (
        "preferred day", "requested day", "install day", "installation day",
    ),
    "installation_preferences.notes": (
        "notes for installer", "notes for the installer", "note for installer",
        "note for the installer", "installer notes", "good to know",
        "opmerking voor monteur", "opmerking voor de monteur", "goed om te weten",
    ),
}
