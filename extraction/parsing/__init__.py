"""MIME, HTML and attachments: raw RFC 5322 bytes -> ``ParsedMessage``.

``parse_message(raw, settings)`` runs in the calling process and never raises;
``parse_message_bounded(raw, settings)`` runs it in a long-lived child process that is killed
(and replaced) past ``Settings.max_seconds_per_message``. The worker calls the latter.

Sources come in this order: ``body_text`` (the text/plain parts, joined), ``body_html`` (the
visible text of the HTML parts), then attachments and embedded messages in MIME order, each
with its file name and its position in a depth-first walk of the message.

``ParsedMessage.problems`` holds one line per thing a person should look at, each starting
with its kind:

- ``limit_exceeded: <what> > <limit>[: <file>]``: parts, depth, attachments,
  attachment_bytes, decompressed_bytes, pdf_pages, rows, text_chars, message_bytes, time;
  reading stopped there, everything before it is kept
- ``needs_ocr: <file>``: a PDF without a text layer or form values (a scan)
- ``encrypted: <file>``: a PDF that does not open with an empty password
- ``malformed_mime: part <n>: ...``: a multipart without a usable boundary, read as raw text
- ``parse_error: <where>: <ExceptionType>: <message>``: one part (or file) could not be read
"""

from extraction.parsing.bounded import parse_message_bounded
from extraction.parsing.message import parse_message

__all__ = ["parse_message", "parse_message_bounded"]
