"""A message as the extractor sees it: its visible texts, each with where it came from.

Parsing (``extraction.parsing``) turns raw RFC 5322 bytes into a ``ParsedMessage``; the
extractors read only this. It is stored as JSON with the inbound message (the worker's
"parse" step), so it must stay serialisable and small: no raw attachment bytes here.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

SourceKind = Literal["body_text", "body_html", "attachment", "embedded_message"]


def _without_nul(value):
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list | tuple):
        return type(value)(_without_nul(v) for v in value)
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    return value


class _Readable(BaseModel):
    """Text as a person reads it has no NUL characters (and PostgreSQL's JSONB refuses
    them): they are dropped from every field, however a broken message smuggles them in."""

    @field_validator("*", mode="before")
    @classmethod
    def _drop_nul(cls, value):
        return _without_nul(value)


class TextSource(_Readable):
    """One piece of text a person could read in the message."""

    kind: SourceKind
    name: str  # "body", "html", or the attachment's file name
    position: int  # the MIME part's index in a depth-first walk of the message
    content_type: str = "text/plain"
    text: str
    # For tabular attachments (XLSX, CSV): the rows as lists of cell strings, header first.
    rows: list[list[str]] | None = None
    # For PDFs with AcroForm fields: field name -> value.
    form_fields: dict[str, str] | None = None


class AttachmentInfo(_Readable):
    name: str
    content_type: str  # as detected from the content, not as declared
    declared_type: str | None = None
    size: int
    sha256: str
    position: int
    text_extracted: bool = False
    note: str | None = None  # e.g. "needs OCR", "encrypted", "over limit"


class ParsedMessage(_Readable):
    message_id: str | None = None
    subject: str = ""
    from_address: str | None = None  # lower case addr-spec
    from_name: str | None = None
    reply_to: str | None = None
    to_addresses: list[str] = Field(default_factory=list)
    cc_addresses: list[str] = Field(default_factory=list)
    date: str | None = None  # ISO 8601 when the Date header parses
    in_reply_to: str | None = None
    references: list[str] = Field(default_factory=list)
    auto_submitted: str | None = None  # the Auto-Submitted header, e.g. "auto-replied"
    content_type: str = "text/plain"  # of the top-level part
    headers: list[tuple[str, str]] = Field(default_factory=list)  # decoded, in order
    sources: list[TextSource] = Field(default_factory=list)
    attachments: list[AttachmentInfo] = Field(default_factory=list)
    # Sanitised HTML of the body for display in the review app (no scripts, no remote content).
    display_html: str | None = None
    # Things that went wrong or limits that were hit; any of these sends the message to review.
    problems: list[str] = Field(default_factory=list)

    @property
    def body_text(self) -> str:
        """The main body text: plain text part if present, else the HTML's visible text."""
        for kind in ("body_text", "body_html"):
            for source in self.sources:
                if source.kind == kind:
                    return source.text
        return ""
