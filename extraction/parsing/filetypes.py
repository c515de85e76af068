"""What a file really is, decided from its bytes.

Partners send PDFs as application/octet-stream, as "inline", or with a made-up type; a
file's declared Content-Type and its name are only hints, used when the content alone
cannot tell (plain text: CSV or not).
"""

from __future__ import annotations

import io
import re
import zipfile

PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ZIP = "application/zip"
OUTLOOK_MSG = "application/vnd.ms-outlook"
OLE = "application/x-ole-storage"  # .doc, .xls and other OLE files we do not read
TNEF = "application/ms-tnef"
RFC822 = "message/rfc822"
CSV = "text/csv"
JSON = "application/json"
XML = "application/xml"
HTML = "text/html"
TEXT = "text/plain"
OCTET_STREAM = "application/octet-stream"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TNEF_MAGIC = b"\x78\x9f\x3e\x22"
_IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
    b"II*\x00": "image/tiff",
    b"MM\x00*": "image/tiff",
    b"BM": "image/bmp",
}
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}:[ \t]", re.MULTILINE)
_HTML_START = re.compile(
    rb"^\s*(?:<!doctype html|<html|<head|<body|<table|<div|<p\b)", re.IGNORECASE
)


def sniff(data: bytes, filename: str | None = None, declared: str | None = None) -> str:
    """The file's type from its content; name and declared type break ties for text only."""
    head = data[:2048]
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(filename, declared)
    if head.startswith(_TNEF_MAGIC):
        return TNEF
    for magic, kind in _IMAGE_MAGIC.items():
        if head.startswith(magic):
            return kind
    if b"%PDF-" in head[:1024]:  # readers accept junk before the header, so generators add it
        return PDF
    return _text_kind(head, (filename or "").lower(), (declared or "").lower())


def _zip_kind(data: bytes) -> str:
    """Office Open XML files are zips; their part names say which application made them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        return ZIP
    if "[Content_Types].xml" not in names:
        return ZIP
    if any(name.startswith("xl/") for name in names):
        return XLSX
    if any(name.startswith("word/") for name in names):
        return DOCX
    return ZIP


def _ole_kind(filename: str | None, declared: str | None) -> str:
    # An OLE file is an Outlook message when it says so; .doc/.xls share the same container.
    name = (filename or "").lower()
    if name.endswith(".msg") or "outlook" in (declared or "").lower():
        return OUTLOOK_MSG
    if name.endswith((".doc", ".xls", ".ppt")):
        return OLE
    return OUTLOOK_MSG  # extract-msg refuses anything else, so trying costs nothing


def _text_kind(head: bytes, name: str, declared: str) -> str:
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return OCTET_STREAM
    if (declared == RFC822 or name.endswith(".eml")) and len(_HEADER_LINE.findall(head)) >= 2:
        return RFC822
    if declared in (CSV, "application/csv", "text/comma-separated-values") or name.endswith(
        (".csv", ".tsv")
    ):
        return CSV
    if declared in (JSON, "text/json") or name.endswith(".json"):
        return JSON
    if declared == HTML or name.endswith((".html", ".htm")) or _HTML_START.match(head):
        return HTML
    if _is_xml(head, name, declared):
        return XML
    if declared.startswith("text/") or name.endswith(".txt") or _mostly_text(head):
        return TEXT
    return OCTET_STREAM


def _is_xml(head: bytes, name: str, declared: str) -> bool:
    # An XHTML page also opens with "<?xml"; it was taken as HTML above only when it starts
    # like one, so look for <html further in.
    if b"<html" in head.lower():
        return False
    declared_xml = declared in (XML, "text/xml") or name.endswith(".xml")
    return declared_xml or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml")


def _mostly_text(head: bytes) -> bool:
    if not head:
        return False
    control = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return control / len(head) < 0.01
