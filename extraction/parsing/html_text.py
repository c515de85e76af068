"""HTML bodies: the text a person sees, and a sanitised copy the review app can display.

The extractor must read what the customer or partner saw, nothing more: text hidden with CSS
or the ``hidden`` attribute is a classic place for prompt injection and for stale template
values, so it is dropped. Tables keep their cells apart ("Naam: | Sanne") so that a label
and its value stay on one line but never run into each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import nh3
from lxml import etree

from extraction.parsing.css_layout import BLOCK, COLUMN, ROW, Stylesheet, layout_of, read_stylesheet

# Never visible, or not part of the page's text at all.
_SKIP_TAGS = {
    "head", "title", "meta", "link", "base", "script", "style", "noscript", "template",
    "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas",
    "audio", "video", "select", "datalist", "button", "input", "textarea", "option",
}  # fmt: skip
# Elements that start and end a line.
_LINE_TAGS = {
    "div", "tr", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer",
    "nav", "aside", "main", "address", "center", "form", "fieldset", "figure", "figcaption",
    "caption", "details", "summary", "hr", "tbody", "thead", "tfoot", "body",
}  # fmt: skip
# Elements set off by a blank line, as a browser renders them with a margin.
_PARAGRAPH_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table"}
_CELL_TAGS = {"td", "th"}

_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)"
    r"|font-size\s*:\s*0(?:\.0+)?\s*(?:px|pt|em|rem|%)?\s*(?:;|$)"
    r"|max-height\s*:\s*0(?:px)?\s*(?:;|$)",
    re.IGNORECASE,
)
_ZERO_BOX = re.compile(r"(?<![-\w])(?:width|height)\s*:\s*0(?:px)?\s*(?:;|$)", re.IGNORECASE)
_STYLE_COLOR = re.compile(r"(?<![-\w])color\s*:\s*([^;]+)", re.IGNORECASE)
_STYLE_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.IGNORECASE)
_INVISIBLE_CHARS = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MAX_DEPTH = 200  # deeper trees are read flat; the parser itself stops at 256 levels

_WHITE = "#ffffff"
_NAMED_COLOURS = {"white": _WHITE, "black": "#000000"}


@dataclass
class HtmlBody:
    text: str  # what a person sees
    display_html: str  # sanitised for the review app


def read_html(html: str) -> HtmlBody:
    """Visible text and display HTML of one HTML document; never raises on bad markup."""
    root, complete = _parse(html)
    if not complete:
        return _flat(html)
    if root is None:
        return HtmlBody(text="", display_html="")
    out = _Lines(hidden=[], sheet=_stylesheet(root))
    _render(root, out, _WHITE, depth=0)
    return HtmlBody(text=out.text(), display_html=sanitize_for_display(root, out.hidden))


def html_to_text(html: str) -> str:
    return read_html(html).text


def _parse(html: str):
    """The document tree, and whether libxml2 read all of it (it stops at 2048 levels deep)."""
    if not html.strip():
        return None, True
    # Bytes with an explicit encoding: lxml refuses str input that carries an XML declaration,
    # and a <meta charset> must not re-decode text that is already decoded.
    parser = etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=True
    )
    try:
        root = etree.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, True
    complete = not any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)
    return root, complete


def _stylesheet(root) -> Stylesheet:
    """The document's <style> rules, for layout only (flex rows keep their items apart)."""
    return read_stylesheet([el.text or "" for el in root.iter("style")])


def _flat(html: str) -> HtmlBody:
    """Nesting too deep for libxml2, which would drop the rest of the document: read it flat.

    Python's own HTML parser has no depth limit. Hidden-element checks are lost here; only a
    document built to be absurd gets this far.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(["head", "script", "style", "template", "noscript"]):
        tag.decompose()
    lines = (" ".join(line.split()) for line in soup.get_text("\n").splitlines())
    text = "\n".join(line for line in lines if line)
    return HtmlBody(text=text, display_html=_CLEANER.clean(html))


def _colour(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().lower().replace(" ", "").removesuffix("!important")
    value = _NAMED_COLOURS.get(value, value)
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        value = "#" + "".join(ch * 2 for ch in value[1:])
    match = re.fullmatch(r"rgba?\((\d+),(\d+),(\d+)(?:,[\d.]+)?\)", value)
    if match:
        value = "#" + "".join(f"{min(int(n), 255):02x}" for n in match.groups())
    return value


def _is_hidden(el, background: str) -> tuple[bool, str]:
    """Whether ``el`` is invisible, and the background colour its children are drawn on."""
    if el.get("hidden") is not None:
        return True, background
    style = el.get("style") or ""
    if style and (_HIDDEN_STYLE.search(style) or len(_ZERO_BOX.findall(style)) >= 2):
        return True, background
    bg_match = _STYLE_BACKGROUND.search(style) if style else None
    own_background = _colour(bg_match.group(1).split()[0] if bg_match else el.get("bgcolor"))
    if own_background and own_background.startswith("#"):
        background = own_background
    colour_match = _STYLE_COLOR.search(style) if style else None
    colour = _colour(colour_match.group(1) if colour_match else el.get("color"))
    if colour and colour == background and not _recoloured_inside(el):
        return True, background  # white on white: only cheap when no descendant recolours
    return False, background


def _recoloured_inside(el) -> bool:
    for child in el.iterdescendants():
        if isinstance(child.tag, str) and (
            child.get("color") or "color" in (child.get("style") or "").lower()
        ):
            return True
    return False


class _Lines:
    """Collects rendered text; inline runs collapse whitespace as a browser does."""

    def __init__(self, hidden: list, sheet: Stylesheet) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.hidden = hidden  # elements found invisible, shared by all cells of the document
        self.sheet = sheet  # the document's layout rules, shared likewise

    def cell(self) -> _Lines:
        return _Lines(hidden=self.hidden, sheet=self.sheet)

    def inline(self, text: str) -> None:
        text = _collapsed(text)
        if text.startswith(" ") and (not self.current or self.current[-1].endswith(" ")):
            text = text[1:]
        if text:
            self.current.append(text)

    def preformatted(self, text: str) -> None:
        for index, line in enumerate(text.replace("\r\n", "\n").split("\n")):
            if index:
                self.newline()
            self.current.append(line.replace("\u00a0", " "))

    def newline(self) -> None:
        self.lines.append("".join(self.current).strip())
        self.current = []

    def end_block(self, blank: bool = False) -> None:
        if "".join(self.current).strip():
            self.newline()
        else:
            self.current = []
        if blank and self.lines and self.lines[-1] != "":
            self.lines.append("")

    def text(self) -> str:
        self.end_block()
        text = "\n".join(self.lines)
        return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def _tag(el) -> str | None:
    tag = el.tag
    if not isinstance(tag, str):  # comments, processing instructions, entities
        return None
    return tag.rsplit("}", 1)[-1].lower()


def _render(el, out: _Lines, background: str, depth: int, pre: bool = False) -> None:
    _render_element(el, out, background, depth, pre)
    _render_tail(el, out, pre)


def _render_element(el, out: _Lines, background: str, depth: int, pre: bool = False) -> None:
    """The element's own text and its children's, without the text that follows it."""
    tag = _tag(el)
    if tag is None or tag in _SKIP_TAGS:
        return
    hidden, background = _is_hidden(el, background)
    if hidden:
        out.hidden.append(el)
        return
    if depth > _MAX_DEPTH:
        out.inline(" ".join(el.itertext()))
        return
    pre = pre or tag in {"pre", "textarea", "plaintext", "xmp"}
    layout = None if pre else layout_of(el, tag, out.sheet)
    if tag == "br":
        out.newline()
    elif tag == "tr":
        _render_row(el, out, background, depth)
    elif layout == ROW:
        _render_flex_row(el, out, background, depth)
    elif layout == COLUMN:
        _render_column(el, out, background, depth)
    else:
        _render_children(el, out, background, depth, pre, tag, block=layout == BLOCK)


def _render_children(
    el, out: _Lines, background: str, depth: int, pre: bool, tag: str, block: bool = False
) -> None:
    block = block or tag in _LINE_TAGS or tag in _PARAGRAPH_TAGS or tag in _CELL_TAGS
    if block:
        out.end_block(blank=tag in _PARAGRAPH_TAGS)
    if el.text:
        out.preformatted(el.text) if pre else out.inline(el.text)
    for child in el:
        _render(child, out, background, depth + 1, pre)
    if block:
        out.end_block(blank=tag in _PARAGRAPH_TAGS)


def _render_row(row, out: _Lines, background: str, depth: int) -> None:
    """One table row on one line (cells that hold several lines keep them), cells apart."""
    out.end_block()
    cells = []
    for cell in row:
        if _tag(cell) not in _CELL_TAGS:
            _render(cell, out, background, depth + 1)
            continue
        hidden, cell_background = _is_hidden(cell, background)
        if hidden:
            out.hidden.append(cell)
            continue
        cell_out = out.cell()
        if cell.text:
            cell_out.inline(cell.text)
        for child in cell:
            _render(child, cell_out, cell_background, depth + 2)
        text = cell_out.text().strip()
        if text:
            cells.append(text)
    _emit_cells(out, cells)
    out.end_block()


def _render_flex_row(box, out: _Lines, background: str, depth: int) -> None:
    """A flex row: each item, and each run of loose text, is a cell, as in a table row."""
    out.end_block()
    cells = [_loose_text(box.text)]
    for item in box:
        item_out = out.cell()
        _render_element(item, item_out, background, depth + 1)
        cells += [item_out.text().strip(), _loose_text(item.tail)]
    _emit_cells(out, [cell for cell in cells if cell])
    out.end_block()


def _render_column(box, out: _Lines, background: str, depth: int) -> None:
    """A column flex box: each item on lines of its own."""
    out.end_block()
    if box.text:
        out.inline(box.text)
    for item in box:
        out.end_block()
        _render_element(item, out, background, depth + 1)
        out.end_block()
        _render_tail(item, out, pre=False)
    out.end_block()


def _loose_text(text: str | None) -> str:
    return _collapsed(text or "").strip()


def _collapsed(text: str) -> str:
    """Whitespace runs as one space and invisible characters gone, as a browser shows text."""
    return _SPACES.sub(" ", _INVISIBLE_CHARS.sub("", text))


def _emit_cells(out: _Lines, cells: list[str]) -> None:
    if not cells:
        return
    if all("\n" not in cell for cell in cells):
        out.inline(" | ".join(cells))
    else:
        _multiline(out, cells)


def _multiline(out: _Lines, cells: list[str]) -> None:
    # A layout cell holding whole paragraphs: keep its lines, put " | " between the cells.
    for index, cell in enumerate(cells):
        if index:
            out.inline(" | ")
        out.preformatted(cell)


def _render_tail(el, out: _Lines, pre: bool) -> None:
    if el.tail:
        out.preformatted(el.tail) if pre else out.inline(el.tail)


# --- display ---------------------------------------------------------------------------------

_DISPLAY_TAGS = (set(nh3.ALLOWED_TAGS) | {"font"}) - {"area", "map"}
_DISPLAY_ATTRIBUTES = {
    "*": {"title", "align", "dir", "lang", "style", "width", "height", "valign", "bgcolor"},
    "a": {"href"},
    "img": {"src", "alt"},
    "font": {"color", "face", "size"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "table": {"border", "cellpadding", "cellspacing"},
    "ol": {"start"},
}
_DISPLAY_STYLE_PROPERTIES = {
    "color", "background-color", "font-weight", "font-style", "font-size", "font-family",
    "text-align", "text-decoration", "vertical-align", "border", "border-collapse", "padding",
    "margin", "width", "height", "white-space", "line-height",
}  # fmt: skip


def _display_attribute(tag: str, attribute: str, value: str) -> str | None:
    """No remote content: images only from the message itself, no CSS that fetches."""
    lowered = value.strip().lower()
    if tag == "img" and attribute == "src":
        return value if lowered.startswith(("data:image/", "cid:")) else None
    if attribute == "href":
        return value if lowered.startswith(("http://", "https://", "mailto:", "#")) else None
    if attribute == "style" and ("url(" in lowered or "expression(" in lowered):
        return None
    return value


_CLEANER = nh3.Cleaner(
    tags=_DISPLAY_TAGS,
    clean_content_tags={"script", "style", "title", "textarea", "select", "noscript", "template"},
    attributes=_DISPLAY_ATTRIBUTES,
    attribute_filter=_display_attribute,
    url_schemes={"http", "https", "mailto", "cid", "data"},
    filter_style_properties=_DISPLAY_STYLE_PROPERTIES,
    link_rel="noopener noreferrer nofollow",
)


def clip_display(display_html: str, limit: int) -> str:
    """Shortened display HTML, sanitised again: a cut may fall inside a tag or attribute."""
    return _CLEANER.clean(display_html[:limit])


def sanitize_for_display(root, hidden: list) -> str:
    """Safe HTML of what a person sees: the body without the elements found hidden."""
    for element in hidden:
        _remove_keeping_tail(element)
    body = root.find("body")
    source = etree.tostring(body if body is not None else root, method="html", encoding="unicode")
    return _CLEANER.clean(source)


def _remove_keeping_tail(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
