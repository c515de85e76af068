"""An order sent only as an XML attachment is read like a JSON one, and read safely."""

from email.message import EmailMessage

import pytest

from extraction.parsing import filetypes, parse_message
from extraction.parsing.documents.xml_doc import read_xml
from extraction.pipeline import extract_message
from tests.extraction.builders import partners

ORDER_XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<order xmlns="urn:example:order:1">
  <ordernummer>GRD-2026-04711</ordernummer>
  <klant>
    <naam>Kees Bakker</naam>
    <email>kees.bakker@example.nl</email>
    <telefoon>0612345678</telefoon>
  </klant>
  <adres>
    <straat>Lindelaan</straat><huisnummer>8</huisnummer>
    <postcode>3511AB</postcode><plaats>Utrecht</plaats>
  </adres>
  <regels>
    <regel nr="1"><artikel>GRO-ALFEN-11</artikel><aantal>1</aantal></regel>
    <regel nr="2"><artikel>GRO-INSTALL-3</artikel><aantal>1</aantal></regel>
  </regels>
</order>
"""


def test_elements_become_label_lines_and_repeated_lines_a_table():
    text = read_xml(ORDER_XML, "order.xml").text
    assert "ordernummer: GRD-2026-04711" in text  # namespace dropped from the label
    assert "postcode: 3511AB" in text
    assert "nr | artikel | aantal" in text
    assert "2 | GRO-INSTALL-3 | 1" in text


def test_entities_and_dtds_are_never_expanded():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">
    <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><x><naam>&b;</naam></x>"""
    document = read_xml(bomb, "bomb.xml")
    assert document.text == ""
    assert "DTD" in document.note


def test_external_entities_are_not_fetched_or_read():
    xxe = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    assert read_xml(xxe, "x.xml").text == ""


def test_broken_xml_gives_no_text_and_a_note():
    document = read_xml(b"<?xml version='1.0'?><order><naam>Kees</order>", "x.xml")
    assert document.text == "" and document.note


def test_xml_is_told_apart_from_xhtml():
    assert filetypes.sniff(b"<?xml version='1.0'?><order/>", "a.bin", None) == filetypes.XML
    assert filetypes.sniff(b"<order/>", "order.xml", "application/octet-stream") == filetypes.XML
    xhtml = b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'><body/></html>"
    assert filetypes.sniff(xhtml, "page", None) != filetypes.XML


def test_order_only_in_an_xml_attachment_is_an_order():
    mail = EmailMessage()
    mail["From"] = "integraties@groendus.nl"
    mail["To"] = "groendus@orders.chargecars.nl"
    mail["Subject"] = "API niet bereikbaar: opdracht als bijlage"
    mail["Date"] = "Mon, 02 Mar 2026 10:00:00 +0100"
    mail.set_content("De API gaf een fout; de opdracht staat in de bijlage.\n")
    mail.add_attachment(ORDER_XML, maintype="application", subtype="xml", filename="order.xml")
    result = extract_message(parse_message(mail.as_bytes()), partners(), backend="offline")
    assert result.kind == "order"
    order = result.orders[0]
    assert order.partner_order_id == "GRD-2026-04711"
    assert order.customer.address.postal_code == "3511 AB"
    assert [p.partner_sku for p in order.products] == ["GRO-ALFEN-11", "GRO-INSTALL-3"]


@pytest.mark.timeout(30)
def test_a_file_of_very_many_elements_is_read_once_over():
    # Differently named siblings: counting each name across all of them was quadratic
    # (23 s for 60,000 on the 2-core VM; 100,000 fit in the 2 MB cap)
    many = b"<order>" + b"".join(b"<f%d>x</f%d>" % (i, i) for i in range(100_000)) + b"</order>"
    lines = b"<order>" + b"<line>GRO-ALFEN-11</line>" * 60_000 + b"</order>"
    assert read_xml(many, "many.xml").text
    assert read_xml(lines, "lines.xml").text.count("GRO-ALFEN-11") > 1
