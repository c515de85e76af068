"""The extracted orders as one form: each field with its confidence and the text it came
from, the fields that need a look first, product lines from the partner's SKU mapping.

Keyboard: Tab moves through the fields (those that need attention come first), Enter in
any field approves (the first submit button of a Streamlit form), Ctrl+Enter too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import streamlit as st

from extraction.fields import get_field, set_field
from extraction.schema import ExtractedOrder, Product
from intake.review.validation import FIELD_LABELS, normalise_order
from review_ui.badges import confidence_badge
from review_ui.formatting import plain
from review_ui.item_data import ItemData

DATE_FIELD = "installation_preferences.preferred_date"
CUSTOMER = ("customer.name", "customer.email", "customer.phone")
ADDRESS = ("customer.address.street", "customer.address.house_number",
           "customer.address.postal_code", "customer.address.city")
ORDER = ("partner_order_id", DATE_FIELD)
NOTES = ("installation_preferences.notes",)
REFERENCES = ("partner_references.dealer_group_id", "partner_references.purchase_order",
              "partner_references.customer_account")
EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)


@dataclass
class Submitted:
    orders: list[ExtractedOrder]
    approve: bool = False
    check: bool = False
    split: bool = False
    add_line: int | None = None  # order index
    remove_order: int | None = None

    @property
    def anything(self) -> bool:
        return (self.approve or self.check or self.split or self.add_line is not None
                or self.remove_order is not None)


def attention_paths(order: ExtractedOrder, threshold: float) -> list[str]:
    """The fields to look at first: weak confidence, or a value that would be refused."""
    weak = {path for path, value in order.field_confidence.items() if value < threshold}
    weak |= set(normalise_order(order.model_copy(deep=True)))
    return [path for path in FIELD_LABELS if path in weak]


def order_form(data: ItemData, orders: list[ExtractedOrder], rev: int, threshold: float):
    """Render the form; returns what was submitted, and a container above the fields for
    the checks' verdict."""
    with st.form(f"orders-{data.id}-{rev}", border=False):
        bar = st.container(horizontal=True)
        approve = bar.form_submit_button("Approve", type="primary", icon=":material/check:",
                                         shortcut="Ctrl+Enter",
                                         help="Creates the order(s). Enter in a field does too.")
        check = bar.form_submit_button("Check", icon=":material/rule:")
        split = bar.form_submit_button("Split: add an order", icon=":material/call_split:")
        feedback = st.container()
        submitted = Submitted([], approve=approve, check=check, split=split)
        for index, order in enumerate(orders):
            edited, add_line, remove = _order(data, order, index, len(orders), rev, threshold)
            submitted.orders.append(edited)
            if add_line:
                submitted.add_line = index
            if remove:
                submitted.remove_order = index
    return submitted, feedback


def _order(data: ItemData, order: ExtractedOrder, index: int, count: int, rev: int,
           threshold: float):
    key = f"{data.id}.{rev}.{index}"
    values: dict[str, object] = {}
    with st.container(border=True):
        if count > 1:
            st.markdown(f"**Order {index + 1} of {count}**")
        attention = attention_paths(order, threshold)
        if attention:
            with st.container(key=f"attention-{index}"):
                st.markdown(":orange[:material/priority_high: **Needs attention**]")
                for path in attention:
                    values[path] = _field(order, path, key, weak=True)
        left, right = st.columns(2)
        with left:
            _group(order, CUSTOMER + NOTES, attention, key, values)
        with right:
            _group(order, ADDRESS + ORDER, attention, key, values)
        with st.expander("Partner references"):
            _group(order, REFERENCES, attention, key, values)
        products = _products(data, order, key, threshold)
        row = st.container(horizontal=True)
        add_line = row.form_submit_button("Add product line", key=f"{key}.add",
                                          icon=":material/add:")
        remove = count > 1 and row.form_submit_button("Remove this order", key=f"{key}.rm",
                                                      icon=":material/delete:")
    return _edited(order, values, products), add_line, remove


def _group(order, paths, attention, key, values) -> None:
    for path in paths:
        if path not in attention:
            values[path] = _field(order, path, key, weak=False)


def _field(order: ExtractedOrder, path: str, key: str, weak: bool):
    confidence = order.field_confidence.get(path)
    label = FIELD_LABELS[path] + (f" {confidence_badge(confidence)}" if confidence is not None
                                  else "")
    current = get_field(order, path)
    if path == DATE_FIELD:
        value = st.date_input(label, value=current, format="DD-MM-YYYY", key=f"{key}.{path}",
                              min_value=EARLIEST, max_value=LATEST)
    else:
        value = st.text_input(label, value=current or "", key=f"{key}.{path}")
    evidence = order.evidence.get(path)
    if evidence is not None and evidence.snippet:
        snippet = _shorten(evidence.snippet, str(current or ""), 110 if weak else 64)
        st.caption(f"“{plain(snippet)}” · {plain(evidence.source)}",
                   help=plain(evidence.snippet) if snippet != evidence.snippet else None)
    elif weak and current in (None, ""):
        st.caption(":orange[not found in the message]")
    return value


def weak_product_lines(order: ExtractedOrder, threshold: float) -> list[int]:
    """Line numbers (from 1) whose SKU or quantity the extractor was unsure of."""
    confidence = order.field_confidence
    if confidence.get("products", 1.0) < threshold:
        return list(range(1, len(order.products) + 1))
    return [j + 1 for j in range(len(order.products))
            if min(confidence.get(f"products[{j}].partner_sku", 1.0),
                   confidence.get(f"products[{j}].quantity", 1.0)) < threshold]


def _shorten(snippet: str, value: str, width: int) -> str:
    """The part of a long snippet around the value, so each field keeps to a line or two."""
    snippet = " ".join(snippet.split())
    if len(snippet) <= width:
        return snippet
    at = snippet.lower().find(value.lower()) if value else -1
    start = max(0, min(at - width // 3, len(snippet) - width)) if at >= 0 else 0
    if start > 0 and " " in snippet[start:start + 12]:  # begin at a word
        start = snippet.index(" ", start) + 1
    text = snippet[start:start + width].strip()
    return ("…" if start > 0 else "") + text + ("…" if start + width < len(snippet) else "")


def _products(data: ItemData, order: ExtractedOrder, key: str, threshold: float
              ) -> list[Product]:
    extra = [p.partner_sku for p in order.products if p.partner_sku and p.partner_sku
             not in data.skus]
    options = [*data.skus, *dict.fromkeys(extra)]

    def describe(sku: str) -> str:
        return f"{sku} → {data.skus[sku]}" if sku in data.skus else f"{sku} (not mapped)"

    weak = weak_product_lines(order, threshold)
    flag = f" :orange-badge[check line {', '.join(map(str, weak))}]" if weak else ""
    st.markdown(("**Products**" if order.products else "**Products** · none yet") + flag)
    kept = []
    for j, product in enumerate(order.products):
        cols = st.columns([4, 1.3, 4, 1.2], vertical_alignment="bottom")
        shown = "visible" if j == 0 else "collapsed"
        sku = cols[0].selectbox(
            "SKU", options, format_func=describe, key=f"{key}.p{j}.sku",
            index=options.index(product.partner_sku) if product.partner_sku in options else None,
            accept_new_options=True, placeholder="Choose a SKU", label_visibility=shown)
        quantity = cols[1].number_input("Qty", 1, 999, min(max(product.quantity, 1), 999),
                                        key=f"{key}.p{j}.qty", label_visibility=shown)
        description = cols[2].text_input("Description", product.description or "",
                                         key=f"{key}.p{j}.desc", label_visibility=shown)
        if not cols[3].checkbox("Remove", key=f"{key}.p{j}.rm"):
            kept.append(Product(partner_sku=sku, quantity=int(quantity),
                                description=description or None))
    return kept


def _edited(order: ExtractedOrder, values: dict, products: list[Product]) -> ExtractedOrder:
    edited = order.model_copy(deep=True)
    for path, value in values.items():
        if isinstance(value, str):
            value = value.strip() or None
        set_field(edited, path, value)
    edited.products = products
    return edited

