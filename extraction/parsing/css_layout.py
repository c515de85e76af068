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
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_AT_BLOCK = re.compile(r"@[\w-]+[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
_AT_STATEMENT = re.compile(r"@[\w-]+[^{};]*;")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
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
        css = _COMMENT.sub(" ", css[:_MAX_STYLE_CHARS])
        css = _AT_STATEMENT.sub(" ", _AT_BLOCK.sub(" ", css))
        for selectors, body in _RULE.findall(css):
            declarations = _declarations(body)
            if not declarations:
                continue
            for selector in selectors.split(","):
                selector = selector.strip().lower()
                if _SIMPLE_SELECTOR.match(selector):
                    sheet.rules.setdefault(selector, {}).update(declarations)
    return sheet


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
