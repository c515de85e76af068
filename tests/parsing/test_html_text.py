"""HTML bodies: the visible text, and the display copy with nothing active or remote in it."""

from __future__ import annotations

from extraction.parsing import parse_message
from extraction.parsing.html_text import read_html
from intake.settings import Settings
from tests.parsing.builders import base_headers, raw_message

SETTINGS = Settings(_env_file=None)

ORDER_HTML = """<!DOCTYPE html><html><head><title>Titel die niemand ziet</title>
<style>p { color: red }</style><script>var x = "SCRIPT";</script></head>
<body>
<!-- Naam: Commentaar de Verborgen -->
<p>Beste   installatiepartner,<br>hier de opdracht:</p>
<div style="display:none">Naam: Verborgen Display</div>
<div style="visibility: hidden">Naam: Verborgen Visibility</div>
<span hidden>Naam: Verborgen Attribuut</span>
<p style="font-size:0px">Naam: Verborgen Nulpunt</p>
<p style="color:#ffffff">Naam: Wit Op Wit</p>
<table><tr><td><b>Naam:</b></td><td>Sanne&nbsp;de Vries</td></tr>
<tr><th>Straat</th><td>Biltstraat 14</td></tr>
<tr><td>Postcode</td><td></td><td>3572 AB</td></tr></table>
<table bgcolor="#003366"><tr><td style="color:#fff">Wit op blauw is zichtbaar</td></tr></table>
<div>Met vriendelijke groet,<div>Team Essent</div></div>
<noscript>NOSCRIPT</noscript><template>TEMPLATE</template>
</body></html>"""


def test_visible_text_only():
    text = read_html(ORDER_HTML).text
    for hidden in ("Titel", "SCRIPT", "color: red", "Commentaar", "Verborgen", "Wit Op Wit",
                   "NOSCRIPT", "TEMPLATE"):  # fmt: skip
        assert hidden not in text, hidden
    assert "Wit op blauw is zichtbaar" in text


def test_line_breaks_and_table_cells():
    lines = read_html(ORDER_HTML).text.splitlines()
    assert "Beste installatiepartner," in lines  # whitespace collapses as in a browser
    assert "hier de opdracht:" in lines  # <br> breaks the line
    assert "Naam: | Sanne de Vries" in lines  # cells stay apart, one row per line
    assert "Straat | Biltstraat 14" in lines
    assert "Postcode | 3572 AB" in lines  # empty cells leave no empty slot
    assert lines.index("Met vriendelijke groet,") + 1 == lines.index("Team Essent")


def test_display_html_is_safe_and_local():
    html = """<html><body>
    <p onclick="steal()">Tekst</p><script>alert(1)</script><style>.a{}</style>
    <iframe src="https://evil.example/"></iframe><form action="https://evil.example/">
    <input name="q"></form>
    <img src="https://tracker.example/pixel.gif" alt="tracker">
    <img src="cid:logo@partner" alt="logo"><img src="data:image/png;base64,iVBORw0KGgo=">
    <a href="javascript:alert(1)">js</a><a href="https://partner.example/order">link</a>
    <div style="background-image: url(https://tracker.example/bg.png)">achtergrond</div>
    <div style="display:none">verborgen</div>
    </body></html>"""
    display = read_html(html).display_html
    for banned in ("<script", "<style", "<iframe", "<form", "<input", "onclick", "javascript:",
                   "tracker.example", "url(", "verborgen"):  # fmt: skip
        assert banned not in display, banned
    assert 'src="cid:logo@partner"' in display
    assert 'src="data:image/png;base64,' in display
    assert 'href="https://partner.example/order"' in display
    assert "Tekst" in display and "achtergrond" in display


def test_html_only_message_has_body_html_and_display():
    raw = raw_message(base_headers(Content_Type="text/html; charset=utf-8"), ORDER_HTML)
    parsed = parse_message(raw, SETTINGS)
    assert [source.kind for source in parsed.sources] == ["body_html"]
    assert parsed.body_text == parsed.sources[0].text
    assert "Naam: | Sanne de Vries" in parsed.body_text
    assert parsed.display_html and "<script" not in parsed.display_html


def test_broken_and_odd_html_never_raises():
    xml_declared = "<?xml version='1.0' encoding='utf-8'?><html><body>xml decl</body></html>"
    deep_html = "<div>" * 5000 + "diep" + "</div>" * 5000
    for html in ["", "   ", "<<<>>>", "<table><tr><td>open", xml_declared, deep_html,
                 "\x00\x01<p>nul</p>"]:  # fmt: skip
        result = read_html(html)
        assert isinstance(result.text, str)
    # Deeper than libxml2 goes (2048 levels): read flat rather than lose the rest.
    deep = read_html("<p>begin</p>" + "<div>" * 5000 + "diep" + "</div>" * 5000 + "<p>einde</p>")
    assert deep.text.split() == ["begin", "diep", "einde"]
    assert "xml decl" in read_html(xml_declared).text
