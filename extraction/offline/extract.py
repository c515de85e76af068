"""The offline backend: a ParsedMessage -> the message's kind and its order drafts. No network.

Labelled lines and tables first (per part of the message, per order block), then the parts
merged into orders; for a single order, running text fills what labels left open and newer
text corrects a quoted or forwarded order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby

from extraction.dates import message_date
from extraction.lines import Line, MessageLines, build_lines
from extraction.offline.blocks import Context, drafts_from_lines
from extraction.offline.corrections import (
    apply_corrections,
    apply_product_corrections,
    apply_surname_correction,
    find_corrections,
    product_corrections,
    surname_correction,
)
from extraction.offline.draft import Draft
from extraction.offline.kind import KindDecision, decide_kind, newest_prose
from extraction.offline.labels import IGNORED
from extraction.offline.merge import merge_drafts
from extraction.offline.prose import (
    EMAIL_PATTERN,
    ProseContext,
    find_products,
    phones_in,
    prose_fields,
)
from extraction.offline.tables import (
    drafts_from_form,
    drafts_from_rows,
    drafts_from_table,
    text_tables,
)
from extraction.parsed import ParsedMessage
from extraction.partners import PartnerProfile

OUR_DOMAINS = {"chargecars.nl"}
_ID_FIELDS = (
    "partner_order_id", "partner_references.dealer_group_id",
    "partner_references.purchase_order", "partner_references.customer_account",
)


@dataclass
class OfflineExtraction:
    kind: KindDecision
    orders: list[Draft]
    lines: MessageLines
    own_values: set[str]
    own_domains: set[str]
    all_drafts: list[Draft] = field(default_factory=list)


def extract_offline(parsed: ParsedMessage, partner: PartnerProfile | None,
                    partners: list[PartnerProfile] = ()) -> OfflineExtraction:
    learned = partner.learned_labels if partner else {}
    names = (partner.name.lower(), partner.id.lower()) if partner else ()
    lines = build_lines(parsed, learned, names)
    own_values, own_domains = sender_values(parsed, lines.lines, partner, partners)
    reference = message_date(parsed.date)
    exclude = {
        str(line.value).strip().upper() for line in lines.lines
        if line.field in _ID_FIELDS and line.value
    }
    ctx = Context(partner, exclude, reference)
    drafts = _all_drafts(parsed, lines, ctx, learned, names)
    orders = merge_drafts(drafts, parsed)
    prose_ctx = ProseContext(partner, own_values, own_domains, exclude, reference)
    orders = _complete_single_order(orders, lines.lines, prose_ctx)
    skus = {s.upper() for s in (partner.sku_mapping if partner else {})}
    kind = decide_kind(parsed, lines.lines, orders, own_values=own_values,
                       own_domains=own_domains, skus=skus)
    orders = [o for o in orders if o.is_substantial()] if kind.kind == "order" else []
    return OfflineExtraction(kind, orders, lines, own_values, own_domains, drafts)


def _all_drafts(parsed, lines: MessageLines, ctx: Context, learned, names) -> list[Draft]:
    drafts: list[Draft] = []
    for index, source in enumerate(parsed.sources):
        tabular = drafts_from_rows(index, source, ctx, learned, names)
        tabular += drafts_from_form(index, source, ctx, learned, names)
        if tabular:
            drafts.extend(tabular)
            continue
        source_lines = lines.by_source.get(index, [])
        for table_lines, rows in text_tables(source_lines, learned, names):
            drafts.extend(drafts_from_table(table_lines, rows, ctx, learned, names))
        for _depth, zone in groupby(source_lines, key=lambda line: line.depth):
            drafts.extend(drafts_from_lines([x for x in zone if x.layout != "table"], ctx))
    return drafts


def _complete_single_order(orders: list[Draft], lines: list[Line], ctx: ProseContext):
    """One order: running text fills open fields; newer text corrects quoted values. Several
    orders: only the references they share ("het inkoopordernummer van de werkgever is ... en
    geldt voor beide opdrachten")."""
    substantial = [o for o in orders if o.is_substantial()]
    prose = newest_prose(lines)
    if len(substantial) > 1:
        shared = prose_fields(prose, ctx)
        for order in substantial:
            _fill_open(order, shared, _SHARED_REFERENCES)
        return orders
    order = substantial[0] if substantial else (orders[0] if orders else Draft(0, 0))
    quoted = _from_older_text(order)
    if quoted:
        apply_corrections(order, find_corrections(prose, ctx))
        apply_surname_correction(order, surname_correction(prose))
        if order.products:
            apply_product_corrections(order, product_corrections(prose, ctx))
        # The forwarder's note adds the partner's references ("Ik heb er order GRD-1 van
        # gemaakt"); the quoted mail's own running text the rest ("installatie graag op ...").
        _fill_open(order, prose_fields(prose, ctx), _ID_FIELDS)
        _fill_open(order, prose_fields(_order_zone_prose(lines, order), ctx))
        if not order.products:
            order.products = find_products(prose, ctx)
        return [order]
    _fill_open(order, prose_fields(prose, ctx))
    if not order.products:
        order.products = find_products(prose, ctx)
    return [order]


_SHARED_REFERENCES = ("partner_references.purchase_order", "partner_references.dealer_group_id")


def _fill_open(order: Draft, found: dict, paths=None) -> None:
    for path, value in found.items():
        if order.get(path) is None and (paths is None or path in paths):
            order.fields[path] = value


def _order_zone_prose(lines: list[Line], order: Draft) -> list[Line]:
    """Running text at the quote depth where the order itself stands (not a signature)."""
    zones = {f.line.zone_key for f in order.fields.values() if f.line is not None}
    return [line for line in lines if line.zone_key in zones and not line.signature
            and (line.field is None or line.field == IGNORED)]


def _from_older_text(order: Draft) -> bool:
    """The order itself stands in quoted or forwarded text (the newest text is a cover note)."""
    depths = [f.line.depth for f in order.fields.values() if f.line is not None]
    return bool(depths) and min(depths) > 0


def sender_values(parsed: ParsedMessage, lines: list[Line], partner, partners):
    """Emails and phones of the sender and of us: in signatures, footers, our own domains."""
    domains = set(OUR_DOMAINS)
    for profile in [partner, *partners]:
        if profile is None:
            continue
        domains |= set(profile.sender_domains)
        domains |= {a.split("@")[1] for a in profile.intake_addresses if "@" in a}
    values: set[str] = set()
    if parsed.from_address:
        values.add(parsed.from_address.lower())
    for line in lines:
        if line.signature:
            values |= {phone for phone, _ in phones_in(line.text)}
            values |= {email.lower() for email in EMAIL_PATTERN.findall(line.text)}
    return values, domains

