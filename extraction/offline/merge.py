"""Drafts of the same order from several parts of a message -> one draft per order.

The same order often appears more than once: as text and as HTML, in the body and in an
attachment, in a forward and in the quoted original. Drafts with the same order id (or,
without one, the same customer) are one order. Where they agree, good; where a newer part
(less deeply quoted) says something else it wins and the older value is kept as replaced;
where parts of the same age disagree it is a conflict that verification will report.
"""

from __future__ import annotations

from extraction.offline.draft import Draft, FieldValue
from extraction.parsed import ParsedMessage

_KIND_ORDER = {"body_text": 0, "attachment": 1, "embedded_message": 2, "body_html": 3}


def _priority(draft: Draft, parsed: ParsedMessage) -> tuple[int, int, int]:
    kind = parsed.sources[draft.source_index].kind
    return (draft.depth, _KIND_ORDER.get(kind, 4), draft.source_index)


def merge_drafts(drafts: list[Draft], parsed: ParsedMessage) -> list[Draft]:
    ordered = sorted(drafts, key=lambda d: _priority(d, parsed))
    groups: list[Draft] = []
    for draft in ordered:
        target = _matching_group(groups, draft)
        if target is None:
            groups.append(draft)
        else:
            _merge_into(target, draft)
    # A fragment without an order id or customer (a lone product list, a stray date)
    # belongs to the one order of the message if there is exactly one.
    substantial = [g for g in groups if g.is_substantial()]
    if len(substantial) == 1:
        for group in groups:
            if group is not substantial[0] and group.identity() is None:
                _merge_into(substantial[0], group)
            elif group is not substantial[0]:
                _other_id_beside(substantial[0], group)
        groups = [g for g in groups if g is substantial[0] or g.identity() is not None]
    return sorted(groups, key=_first_position)


def _other_id_beside(order: Draft, fragment: Draft) -> None:
    """"Ordernummer: GRD-1" and, a few lines on, "Ref.: KL-4471": a second id label split
    the order, leaving a fragment that is no order of its own. Which id is the order's, the
    message does not say: a conflict for a person, not a silent choice."""
    theirs, mine = fragment.fields.get("partner_order_id"), order.fields.get("partner_order_id")
    if theirs is not None and mine is not None and not _same(theirs, mine):
        order.conflicts.setdefault("partner_order_id", []).append(theirs)


def _first_position(draft: Draft) -> tuple[int, int]:
    lines = [f.line for f in draft.fields.values() if f.line is not None]
    lines += [p.line for p in draft.products if p.line is not None]
    if not lines:
        return (draft.source_index, 0)
    first = min(lines, key=lambda line: (line.source_index, line.number))
    return (first.source_index, first.number)


def _matching_group(groups: list[Draft], draft: Draft) -> Draft | None:
    order_id = draft.get("partner_order_id")
    for group in groups:
        group_id = group.get("partner_order_id")
        if order_id and group_id:
            if str(order_id).lower() == str(group_id).lower():
                return group
            continue
        for path in ("customer.email", "customer.name"):
            a, b = draft.get(path), group.get(path)
            if a and b and str(a).lower() == str(b).lower():
                return group
    return None


def _merge_into(group: Draft, other: Draft) -> None:
    group.sources |= other.sources
    for path, found in other.fields.items():
        mine = group.fields.get(path)
        if mine is None:
            group.fields[path] = found
        elif not _same(mine, found):
            if other.depth > group.depth or other.depth > _depth(mine):
                group.replaced.setdefault(path, found)  # the newer part corrected it
            else:
                group.conflicts.setdefault(path, []).append(found)
    for path, values in other.conflicts.items():
        group.conflicts.setdefault(path, []).extend(values)
    if not group.products:
        group.products = other.products
    elif other.products and _product_set(group) != _product_set(other):
        group.conflicts.setdefault("products", []).append(
            FieldValue(_product_set(other), "label", other.products[0].line)
        )


def _depth(found: FieldValue) -> int:
    return found.line.depth if found.line is not None else 0


def _same(a: FieldValue, b: FieldValue) -> bool:
    return str(a.value).strip().lower() == str(b.value).strip().lower()


def _product_set(draft: Draft) -> tuple:
    return tuple(sorted((str(p.sku), p.quantity) for p in draft.products))
