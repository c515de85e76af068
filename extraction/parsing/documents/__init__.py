"""Readers for the files partners attach: each turns bytes into the text a person would read.

Every reader returns a ``DocumentText``; none of them raises for a merely broken file (the
caller still catches anything unexpected and records it as a problem of that part).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class InnerFile:
    """A file carried inside another one (TNEF winmail.dat, Outlook .msg)."""

    name: str
    data: bytes
    declared_type: str | None = None


@dataclass
class DocumentText:
    text: str = ""
    rows: list[list[str]] | None = None
    form_fields: dict[str, str] | None = None
    note: str | None = None  # for AttachmentInfo.note, e.g. "needs OCR"
    problems: list[str] = field(default_factory=list)
    inner_files: list[InnerFile] = field(default_factory=list)
    # True when the file is a message of its own (an Outlook .msg): its text is then an
    # "embedded_message" source, as for a forwarded message/rfc822 part.
    is_message: bool = False
