"""The little CSS an HTML mail's text layout depends on: which elements are flex rows or blocks.

Partner platforms lay out "label  value" pairs as ``<div class="row"><span>Naam</span><span>
Aylin</span></div>`` with ``.row{display:flex}`` in a ``<style>`` block. A browser shows the
two spans apart; read without the CSS they run together ("NaamAylin"). Only simple selectors
(``.cls``, ``tag``, ``tag.cls``) and the ``display`` / ``flex-direction`` properties are read;
rules inside ``@media`` blocks are skipped, as they describe other screens (often a phone's
stacked layout), not the default one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_MAX_STYLE_CHARS = 200_000  # a stylesheet larger than this is read only this far
_BRACE = re.compile(r"[{}]")
_SIMPLE_SELECTOR = re.compile(r"^([a-z][a-z0-9]*)?((?:\.[\w-]+)+)?$", re.IGNORECASE)
_PROPERTY = re.compile(r"(?<![-\w])(display|flex-direction)\s*:\s*([\w-]+)", re.IGNORECASE)

ROW = "row"  # children side by side on one line, kept apart: a flex row
COLUMN = "column"  # children one under another: a column flex box
BLOCK = "block"  # starts and ends a line
BLOCK_DISPLAYS = {"block", "list-item", "table", "table-row", "grid", "flow-root"}
FLEX_DISPLAYS = {"flex", "inline-flex"}


@dataclass
class Stylesheet:
    """Layout properties by simple selector ("div", ".row", "div.row"); later rules win."""

    rules: dict[str, dict[str, str]] = field(default_factory=dict)

    def properties(self, tag: str, classes: list[str], style: str) -> dict[str, str]:
        found: dict[str, str] = dict(self.rules.get(tag, {}))
        for name in classes:
            found.update(self.rules.get("." + name, {}))
            found.update(self.rules.get(f"{tag}.{name}", {}))
        found.update(_declarations(style))  # the element's own style attribute wins
        return found


def read_stylesheet(css_texts: list[str]) -> Stylesheet:
    sheet = Stylesheet()
    for css in css_texts:
        for selectors, body in _top_level_rules(_without_comments(css[:_MAX_STYLE_CHARS])):
            declarations = _declarations(body)
            if not declarations:
                continue
            for selector in selectors.split(","):
                selector = selector.strip().lower()
                if _SIMPLE_SELECTOR.match(selector):
                    sheet.rules.setdefault(selector, {}).update(declarations)
    return sheet


def _without_comments(css: str) -> str:
    """The stylesheet with /* comments */ blanked; an unclosed one runs to the end."""
    kept, at = [], 0
    while (opened := css.find("/*", at)) >= 0:
        kept.append(css[at:opened])
        closed = css.find("*/", opened + 2)
        at = len(css) if closed < 0 else closed + 2
        kept.append(" ")
    kept.append(css[at:])
    return "".join(kept)


def _top_level_rules(css: str) -> list[tuple[str, str]]:
    """(selectors, declarations) of each rule outside any @-block, in one pass over the
    braces: a stylesheet is mail content, so no pattern may backtrack over it (a long one
    without braces took a regex minutes). @media and other @-blocks are skipped whole;
    an @-statement ("@import x;") before a rule is no part of its selector."""
    rules, depth, start, selectors = [], 0, 0, None
    for brace in _BRACE.finditer(css):
        if brace.group() == "{":
            if depth == 0:
                selectors = css[start:brace.start()].rpartition(";")[2].strip()
                start = brace.end()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                if selectors and not selectors.startswith("@"):
                    rules.append((selectors, css[start:brace.start()]))
                start = brace.end()
    return rules


def layout_of(el, tag: str, sheet: Stylesheet) -> str | None:
    """ROW, COLUMN, BLOCK, or None (nothing said: the tag's own default applies)."""
    classes = (el.get("class") or "").lower().split()
    properties = sheet.properties(tag, classes, el.get("style") or "")
    display = properties.get("display")
    if display in FLEX_DISPLAYS:
        direction = properties.get("flex-direction", "row")
        return COLUMN if direction.startswith("column") else ROW
    if display in BLOCK_DISPLAYS:
        return BLOCK
    return None


def _declarations(body: str) -> dict[str, str]:
    return {name.lower(): value.lower() for name, value in _PROPERTY.findall(body)}
