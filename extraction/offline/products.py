"""Product lines: which SKUs a line names, how many, and what the line calls them.

A SKU is recognised when it is in the partner's mapping, or when it looks like one of the
partner's SKUs (same prefix, a word after it: "ESS-KABEL-T2-5M") and the line reads as an
order line. Order ids share prefixes with SKUs ("ESS-58213940") but hold no word after the
prefix, and known order ids are excluded outright.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.normalize import normalize_quantity, normalize_sku
from extraction.offline import labels as L
from extraction.partners import PartnerProfile

_TOKEN = re.compile(r"(?<![\w-])([A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)+)(?![\w-])")
_QTY_BEFORE = re.compile(
    r"(?<![\w.,])(\d{1,3})\s*(?:[x×]|stuks?|st\.|pcs|pieces|stk)\s*$", re.IGNORECASE
)
_QTY_AFTER = re.compile(
    r"(?:\baantal|\bqty|\bquantity|\bamount|\bstuks|\bst|\bqt[ée]|\bquantit[ée])\s*[:.]?\s*(\d{1,3})\b"
    r"(?!\s*(?:[-–/]|of|or|tot|to)\s*\d)|"  # "aantal: 1-2" is no stated quantity
    r"(?<![\w.,])(\d{1,3})\s*(?:st\.?|stuks?|pcs|stk|x(?!\s*\d))(?![\w×])",  # "1 stuk", "2x"
    # ("5 x 6 mm²" is a cable's size, not five of it)
    re.IGNORECASE,
)
# "Alfen Eve 22 kW × 1", "(single-phase installation) x1": a multiplier closing the line.
# Not after a number ("kabel 5 x 6"): that is a size, not a count.
_QTY_CLOSING = re.compile(r"(?<!\d\s)(?<![\w.,])[x×]\s*(\d{1,3})\s*$", re.IGNORECASE)
_TRAILING_QTY = re.compile(r"(?<![\w.,])(\d{1,3})\s*$")
_PRICE = re.compile(r"(?:€|eur\b|euro\b)\s*[\d.,]+(?:\s*(?:incl|excl)\.?\s*(?:btw|vat))?", re.IGNORECASE)


@dataclass
class ProductMention:
    sku: str
    quantity: int
    quantity_stated: bool
    description: str | None
    start: int  # position of the SKU in the line


def mapped_sku(token: str, partner: PartnerProfile | None) -> str | None:
    if partner is None:
        return None
    upper = token.upper()
    return next((sku for sku in partner.sku_mapping if sku.upper() == upper), None)


def looks_like_sku(token: str, partner: PartnerProfile | None) -> bool:
    """Unmapped but shaped like this partner's SKUs: same prefix and a word segment after it."""
    if not re.fullmatch(r"[A-Z0-9]+(?:-[A-Z0-9]+)+", token):
        return False
    prefix, *rest = token.split("-")
    if not any(re.search(r"[A-Z]{2}", part) for part in rest):
        return False
    if sum(c.isdigit() for c in token) >= 4:
        return False  # ids and dates, not article codes
    if partner is None or not partner.sku_mapping:
        return False
    return any(sku.upper().split("-")[0] == prefix for sku in partner.sku_mapping)


def find_skus(
    text: str, partner: PartnerProfile | None, *, exclude: set[str], order_line: bool
) -> list[tuple[str, int, int]]:
    """(sku, start, end) for each SKU in the text; unmapped look-alikes only on order lines."""
    found = []
    for match in _TOKEN.finditer(text):
        token = match.group(1)
        if token.upper() in exclude:
            continue
        sku = mapped_sku(token, partner)
        if sku is None and order_line and looks_like_sku(token, partner):
            sku = token
        if sku:
            found.append((sku, match.start(1), match.end(1)))
    return found


def parse_product_line(
    text: str,
    partner: PartnerProfile | None,
    *,
    exclude: set[str],
    order_line: bool = True,
    trailing_quantity: bool = False,
) -> list[ProductMention]:
    """Every product a line names: "1x ALVA-PULSAR-22 (Pulsar Plus 22 kW), 1x ALVA-INST-3F ..."."""
    skus = find_skus(text, partner, exclude=exclude, order_line=order_line)
    if not skus:
        return []
    starts = []
    for _sku, start, _end in skus:
        before = _QTY_BEFORE.search(text[:start])
        starts.append(before.start() if before else start)
    mentions = []
    for i, (sku, start, end) in enumerate(skus):
        chunk_end = starts[i + 1] if i + 1 < len(skus) else len(text)
        before = _QTY_BEFORE.search(text[starts[i]:start]) if starts[i] < start else None
        after_text = text[end:chunk_end]
        quantity, stated = _quantity(before, after_text, trailing_quantity and i == len(skus) - 1)
        mentions.append(
            ProductMention(sku, quantity, stated, _description(after_text), start)
        )
    return mentions


def _quantity(before, after_text: str, trailing: bool) -> tuple[int, bool]:
    if before:
        return int(before.group(1)), True
    without_price = _PRICE.sub(" ", after_text)
    match = _QTY_AFTER.search(without_price)
    if match:
        return int(match.group(1) or match.group(2)), True
    match = _QTY_CLOSING.search(without_price)
    if match:
        return int(match.group(1)), True
    if trailing:
        match = _TRAILING_QTY.search(without_price)
        if match:
            return int(match.group(1)), True
    return 1, False


def _description(after_text: str) -> str | None:
    text = _PRICE.sub(" ", after_text)
    text = re.sub(r"(?:\baantal|\bqty|\bquantity|\bqt[ée]|\bquantit[ée])\s*[:.]?\s*\d{1,3}\b", " ", text,
                  flags=re.IGNORECASE)
    text = re.sub(r"(?<![\w.,])\d{1,3}\s*(?:st\.?|stuks?|pcs|stk)(?!\w)", " ", text, flags=re.IGNORECASE)
    text = _QTY_CLOSING.sub(" ", text)
    text = re.sub(r"[-–|]\s*\d{1,3}\s*$", " ", text)
    text = re.sub(r"\s+\d{1,3}\s*$", " ", text)
    text = text.strip(" \t|;,-–:")
    if text.startswith("(") and ")" in text:
        text = text[1 : text.index(")")]
    text = re.sub(r"\s{2,}", " ", text).strip(" |;,-–:()")
    return text or None


@dataclass
class RowProduct:
    sku: str | None  # None: the row names a product but no code (it waits for a person)
    quantity: int | None  # None: the row states none
    description: str | None


def product_from_row(columns, cells, partner: PartnerProfile | None, *,
                     exclude: set[str]) -> RowProduct | None:
    """One order-line row of a table: "1 | 50F-ZAPPI-7 | myenergi zappi 7 kW".

    Several columns may read as "product" ("SKU" and "Product"): the SKU is taken from the
    code column, else from the one product cell that names a SKU, never from a description.
    """
    pairs = [(column, (cell or "").strip()) for column, cell in zip(columns, cells, strict=False)
             if column]
    code_cells = [c for f, c in pairs if f == L.PRODUCT_SKU] + [
        c for f, c in pairs if f == L.PRODUCT_LINE]
    sku, sku_cell = None, None
    for cell in code_cells:
        mentions = parse_product_line(cell, partner, exclude=exclude)
        if mentions:
            sku, sku_cell = mentions[0].sku, cell
            break
    for cell in code_cells if sku is None else ():
        written = normalize_sku(cell)
        if written and re.search(r"[\d-]", written) and written not in exclude:
            sku, sku_cell = written, cell  # an article code as written, even if unknown
            break
    if sku is None:
        named = next((c for c in code_cells if c), None)
        if named is None:
            return None
        sku_cell = named
    described = [c for f, c in pairs if f == L.PRODUCT_DESCRIPTION] or [
        c for f, c in pairs if f == L.PRODUCT_LINE and c != sku_cell]
    quantity = normalize_quantity(next((c for f, c in pairs if f == L.PRODUCT_QUANTITY), None))
    description = next((d for d in described if d), None)
    return RowProduct(sku, quantity, description if sku else (description or sku_cell))
