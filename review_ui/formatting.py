"""How times and sizes read in the app."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def age(seconds: float) -> str:
    """"4 min", "3 h 05", "2 d 4 h": precise when fresh, coarse when old."""
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes:02d}"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"


def local_time(moment: datetime | None) -> str:
    return moment.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M") if moment else "–"


def size(num_bytes: int) -> str:
    if num_bytes < 1024:
        return f"{num_bytes} B"
    if num_bytes < 1024 * 1024:
        return f"{num_bytes / 1024:.0f} KB"
    return f"{num_bytes / 1024 / 1024:.1f} MB"


_MARKDOWN_SPECIAL = set("\\`*_{}[]()#+-.!$|<>~:")


def plain(text: str | None) -> str:
    """Text from a message shown through Streamlit's markdown, read literally (no links,
    formatting, LaTeX or colour directives smuggled in by the sender)."""
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in (text or ""))
