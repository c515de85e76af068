"""XML attachments (an API's order sent as a file when the API call failed) as label/value text.

The tree becomes the same shape a JSON order has (elements with children -> objects, siblings
of one name -> a list, attributes -> keys) and is written out by the JSON reader, so both read
alike: "postcode: 3705LX", order lines as a table.

Read with defusedxml's care, using lxml only: a document that declares a DTD or entities is
not read at all (no entity expansion, no external fetches, "billion laughs" cannot start),
the file size is capped, and libxml2's own depth and size limits stay on (no huge_tree).
"""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from extraction.parsing.documents import DocumentText
from extraction.parsing.documents.json_doc import MAX_DEPTH, render_lines

MAX_BYTES = 2_000_000
_DECLARATIONS = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def read_xml(data: bytes, name: str) -> DocumentText:
    if len(data) > MAX_BYTES:
        return DocumentText(note="XML file too large to read", problems=[f"{name}: too large"])
    if _DECLARATIONS.search(data):
        return DocumentText(note="XML with a DTD or entities: not read",
                            problems=[f"{name}: XML declares a DTD or entities"])
    root = _parse(data)
    if root is None:
        return DocumentText(note="not well-formed XML", problems=[f"{name}: not well-formed XML"])
    return DocumentText(text="\n".join(render_lines({_local(root): _value(root, 0)})))


def _parse(data: bytes):
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )  # fmt: skip
    try:
        return etree.fromstring(data, parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _value(el, depth: int):
    """An element as JSON would hold it: its text, or an object of its attributes and children."""
    children = [child for child in el if isinstance(child.tag, str)]
    attributes = {_local(key): value for key, value in el.attrib.items()}
    if not children and not attributes:
        return (el.text or "").strip()
    if depth >= MAX_DEPTH:
        return {}
    value: dict = dict(attributes)
    if not children and (el.text or "").strip():
        value["value"] = el.text.strip()
    repeated = _repeated(children)
    for child in children:
        key, inner = _local(child), _value(child, depth + 1)
        if key in repeated:
            value.setdefault(key, []).append(inner)  # order lines: a list, as in JSON
        else:
            value[key] = inner
    return value


def _repeated(children) -> set[str]:
    counts = Counter(_local(child) for child in children)  # not list.count: 100k siblings
    return {name for name, count in counts.items() if count > 1}


def _local(name) -> str:
    """The name without its namespace: "{urn:groendus:…}straat" -> "straat"."""
    return str(name.tag if hasattr(name, "tag") else name).rsplit("}", 1)[-1]
