"""English job sheets and bookings: "Job:", "Street / no.:", "Preferred day", "Good to know"."""

from extraction.offline import labels as L
from extraction.pipeline import extract_message
from tests.extraction.builders import message, partners

JOB_SHEET = """New job for you.

Job:            GRD-2026-05123
Customer name:  Mark Evers
Street / no.:   Parklaan 12-2
Postcode:       2011 KA
City:           Haarlem
Phone:          06 12345678
Email:          mark.evers@example.nl
Preferred day:  Tuesday 16 March 2027
Notes for installer: Parking behind the house.
"""


def test_job_sheet_labels_name_their_fields():
    assert L.field_for_label("job") == "partner_order_id"
    assert L.field_for_label("street / no") == L.ADDRESS_FULL
    assert L.field_for_label("good to know") == "installation_preferences.notes"
    assert L.field_for_label("preferred day") == "installation_preferences.preferred_date"


def test_job_sheet_is_read():
    order = extract_message(message(JOB_SHEET), partners(), backend="offline").orders[0]
    assert order.partner_order_id == "GRD-2026-05123"
    assert (order.customer.address.street, order.customer.address.house_number) == (
        "Parklaan", "12-2")
    assert str(order.installation_preferences.preferred_date) == "2027-03-16"
    assert order.installation_preferences.notes == "Parking behind the house."


def test_someone_elses_notes_stay_unknown():
    assert L.field_for_label("notes for planner") is None
