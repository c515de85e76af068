"""Dates as partners write them, Dutch and English, day first.

"21 juli 2025", "03-08-2026", "3 Aug 2026", "2025-09-29", "vrijdag 2 oktober" (year from the
message's date). A vague wish ("zo snel mogelijk", "begin maart", "week van 22 juni") is not a
date: ``preferred_date`` returns None for it. Hand-written rather than dateparser: it must be
fast (the offline extractor's budget is milliseconds) and must never guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "febr": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "augustus": 8,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "october": 10,
    "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b")
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|e|ste|de)?\.?\s+(?:of\s+)?({_MONTH})\.?(?:,?\s+(\d{{4}}))?\b",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE
)

VAGUE = re.compile(
    r"zo\s*snel\s*mogelijk|\bz\.?\s?s\.?\s?m\b|\basap\b|a\.s\.a\.p|as soon as possible|spoed|"
    r"\burgent|in overleg|\bn\.?t\.?b\b|nader te bepalen|flexibel|flexible|\btbd\b|"
    r"to be (?:determined|confirmed)|geen voorkeur|no preference|\bbegin\b|\beind\b|\bmedio\b|"
    r"\bhalf\b|halverwege|\brond\b|omstreeks|ongeveer|\bearly\b|\bmid\b|\blate\b|\bend of\b|"
    r"beginning of|\baround\b|\bcirca\b|\bca\.|\bweek\b|\bweken\b|\bweeks\b|\bv[oó]{2}r\b|"
    r"\bbefore\b|\buiterlijk\b|\bna\b|\bafter\b|\bvanaf\b|\btussen\b|\bbetween\b|\bof\b|\bor\b|"
    r"\bliefst\b|\bwellicht\b|\bmisschien\b|\bmaybe\b|\bperhaps\b|\bergens\b|\bsomewhere\b",
    re.IGNORECASE,
)


# "21-03-2026 - niet mogelijk", "kan niet op 27 oktober": a date that is ruled out, not wished.
NEGATED = re.compile(
    r"\bniet\b|\bnot\b|\bgeen\b|\bcannot\b|\bcan'?t\b|\bonmogelijk|\bimpossible|"
    r"\bbehalve\b|\bexcept\b|\bvervalt\b|\bgeannuleerd|\bcancel",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    value: date
    start: int
    end: int
    has_year: bool


def _make(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_year(month: int, day: int, reference: date | None) -> date | None:
    """A date written without a year: the first such date not long before the message."""
    ref = reference or date.today()
    candidate = _make(ref.year, month, day)
    if candidate and candidate < ref - timedelta(days=60):
        candidate = _make(ref.year + 1, month, day)
    return candidate


def find_dates(text: str, reference: date | None = None) -> list[DateMention]:
    """Every date written in ``text``, in order of position; overlapping matches dropped."""
    found: list[DateMention] = []
    for match in _ISO.finditer(text):
        value = _make(int(match[1]), int(match[2]), int(match[3]))
        if value:
            found.append(DateMention(value, match.start(), match.end(), True))
    for match in _NUMERIC.finditer(text):
        value = _make(int(match[3]), int(match[2]), int(match[1]))
        if value:
            found.append(DateMention(value, match.start(), match.end(), True))
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for match in pattern.finditer(text):
            month = MONTHS[match[month_group].lower()]
            day = int(match[day_group])
            value = (
                _make(int(match[3]), month, day)
                if match[3]
                else _with_year(month, day, reference)
            )
            if value:
                found.append(DateMention(value, match.start(), match.end(), bool(match[3])))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    result: list[DateMention] = []
    for mention in found:
        if result and mention.start < result[-1].end:
            continue
        result.append(mention)
    return result


def preferred_date(text: str | None, reference: date | None = None) -> date | None:
    """One clearly stated date, else None (vague wishes, ranges and alternatives too)."""
    if not text:
        return None
    mentions = find_dates(text, reference)
    distinct = {m.value for m in mentions}
    if len(distinct) != 1:
        return None
    # Vague words count only outside the date itself ("3 Aug" holds no vague word).
    rest = text
    for mention in reversed(mentions):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    if VAGUE.search(rest) or NEGATED.search(rest):
        return None
    return distinct.pop()


def parse_any_date(value: object) -> date | None:
    """A single date value from a structured field (spreadsheet cell, ISO string)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    mentions = find_dates(str(value or ""))
    return mentions[0].value if len(mentions) == 1 else None


def message_date(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso).date()
    except ValueError:
        return None
