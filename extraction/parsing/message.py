"""parse_message: raw RFC 5322 bytes -> ParsedMessage, whatever the bytes are.

The MIME tree is read with the standard library (compat32, which keeps raw 8-bit headers and
tolerates most damage) and walked here, part by part, so that every part has a position, every
limit can stop the walk, and an error in one part costs only that part. Header fields go
through mail-parser's address and date readers (``headers.py``); its MailParser class does not
walk the parts for us because it has no positions or nesting for forwarded messages, leaves a
base64-encoded forwarded message as base64 text, and reads every part before a limit could
stop it.

Positions are indexes in a depth-first walk, the order of ``email.message.Message.walk()``;
files found inside TNEF or .msg attachments continue the count after their container.
"""

from __future__ import annotations

import binascii
import email
import email.parser
import hashlib
import quopri
import re
from email import policy
from email.message import Message

from extraction.parsed import AttachmentInfo, ParsedMessage, TextSource
from extraction.parsing import filetypes
from extraction.parsing.attachments import read_document
from extraction.parsing.charsets import decode_bytes, decode_header_value
from extraction.parsing.documents import InnerFile
from extraction.parsing.headers import embedded_header_lines, read_header_fields
from extraction.parsing.html_text import clip_display, read_html
from extraction.parsing.limits import MAX_SOURCE_CHARS, Budget, limit_problem
from extraction.parsing.mime_repair import repair_multipart
from intake.settings import Settings, get_settings

_BODY_TYPES = ("text/plain", "text/html")
_REPORT_TYPES = ("message/delivery-status", "message/disposition-notification")
_LEADING_JUNK = re.compile(rb"(?:[ \t]+\r?\n)+")
_HEADER_START = re.compile(rb"\r?\n(?=[!-9;-~]+:)")


def parse_message(raw: bytes, settings: Settings | None = None) -> ParsedMessage:
    """Everything a person can read in ``raw``, each text with its origin. Never raises."""
    settings = settings or get_settings()
    budget = Budget(settings)
    try:
        return _parse(as_bytes(raw), budget)
    except Exception as exc:  # noqa: BLE001 - the last guard; parts have their own
        budget.note(parse_error("message", exc))
        return headers_only(as_bytes(raw), budget.problems)


def parse_error(where: str, exc: BaseException) -> str:
    return f"parse_error: {where}: {type(exc).__name__}: {exc}"[:300]


def headers_only(raw: bytes, problems: list[str]) -> ParsedMessage:
    """The header fields alone, read with the standard library only (the fallback path)."""
    try:
        head = email.parser.BytesParser(policy=policy.compat32).parsebytes(
            _clean_start(raw)[:1_000_000], headersonly=True
        )
        fields = read_header_fields(head, stdlib_only=True)
    except Exception as exc:  # noqa: BLE001
        fields = {}
        problems = [*problems, parse_error("headers", exc)]
    return ParsedMessage(**fields, problems=list(problems))


def as_bytes(raw) -> bytes:
    if isinstance(raw, (bytes, bytearray, memoryview)):
        return bytes(raw)
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


def _clean_start(raw: bytes) -> bytes:
    """Drop what some senders put before the first header: a BOM, lines of blanks."""
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    match = _LEADING_JUNK.match(raw)
    if match:
        raw = raw[match.end() :]
    match = _HEADER_START.match(raw)
    return raw[match.end() :] if match else raw


def _parse(raw: bytes, budget: Budget) -> ParsedMessage:
    limit = budget.settings.smtp_max_message_bytes
    if len(raw) > limit:
        budget.note(limit_problem("message_bytes", limit))
        raw = raw[:limit]
    msg = _read_mime(_clean_start(raw), budget)
    try:
        fields = read_header_fields(msg)
    except Exception as exc:  # noqa: BLE001
        budget.note(parse_error("headers", exc))
        fields = {}
    walker = _Walker(budget)
    body = _Body()
    walker.walk(msg, depth=0, body=body)
    sources = body.sources(budget) + sorted(walker.sources, key=lambda source: source.position)
    return ParsedMessage(
        **fields,
        sources=sources,
        attachments=walker.attachments,
        display_html=body.display_html(budget),
        problems=budget.problems,
    )


def _read_mime(raw: bytes, budget: Budget) -> Message:
    try:
        return email.message_from_bytes(raw, policy=policy.compat32)
    except RecursionError:
        # Nesting too deep for the parser itself: keep the headers, read the body as text.
        budget.note(limit_problem("depth", budget.settings.max_depth))
        return email.parser.BytesParser(policy=policy.compat32).parsebytes(raw, headersonly=True)


class _Body:
    """The readable text of one message (the outer one, or a forwarded one inside it)."""

    def __init__(self) -> None:
        self.texts: list[tuple[int, str]] = []
        self.htmls: list[tuple[int, str, str]] = []

    def add_text(self, position: int, text: str) -> None:
        if text.strip():
            self.texts.append((position, text))

    def add_html(self, position: int, visible: str, display: str) -> None:
        if visible.strip() or display.strip():
            self.htmls.append((position, visible, display))

    def text(self) -> str:
        """Plain text if the message has any, else the HTML's visible text."""
        if self.texts:
            return "\n\n".join(text for _, text in self.texts)
        return "\n\n".join(visible for _, visible, _ in self.htmls if visible.strip())

    def sources(self, budget: Budget) -> list[TextSource]:
        sources = []
        if self.texts:
            text = "\n\n".join(text for _, text in self.texts)
            sources.append(
                TextSource(kind="body_text", name="body", position=self.texts[0][0],
                           text=budget.clip(text, "body"))
            )  # fmt: skip
        visible = [item for item in self.htmls if item[1].strip()]
        if visible:
            text = "\n\n".join(text for _, text, _ in visible)
            sources.append(
                TextSource(kind="body_html", name="html", position=visible[0][0],
                           content_type="text/html", text=budget.clip(text, "html"))
            )  # fmt: skip
        return sources

    def display_html(self, budget: Budget) -> str | None:
        display = "\n".join(display for _, _, display in self.htmls)
        if len(display) > MAX_SOURCE_CHARS:
            budget.note(limit_problem("text_chars", MAX_SOURCE_CHARS, "display_html"))
            display = clip_display(display, MAX_SOURCE_CHARS)
        return display or None


class _Walker:
    """Depth-first walk of the MIME tree; collects attachment texts and attachment infos."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.position = -1
        self.sources: list[TextSource] = []
        self.attachments: list[AttachmentInfo] = []

    def _next_position(self) -> int | None:
        if not self.budget.take_part():
            return None
        self.position += 1
        return self.position

    def walk(self, part: Message, depth: int, body: _Body) -> None:
        position = self._next_position()
        if position is None or not self.budget.depth_ok(depth):
            return
        try:
            self._read_part(part, position, depth, body)
        except Exception as exc:  # noqa: BLE001 - one broken part costs that part only
            self.budget.note(parse_error(f"part {position}", exc))

    def _read_part(self, part: Message, position: int, depth: int, body: _Body) -> None:
        ctype = _content_type(part, "text/plain" if position == 0 else "application/octet-stream")
        if ctype in _REPORT_TYPES:
            self._report(part, ctype, position)
        elif part.is_multipart():
            children = part.get_payload()
            if ctype.startswith("message/") and len(children) == 1:
                self._forwarded_part(part, _undo_transfer_encoding(part, children[0]), position,
                                     depth)  # fmt: skip
            else:
                for child in children:
                    if self.budget.stopped:
                        break
                    self.walk(child, depth + 1, body)
        elif ctype.startswith("multipart/"):
            self._unsplit_multipart(part, ctype, position, depth, body)
        elif ctype in ("message/rfc822", "message/global"):
            # A forwarded message the parser left as bytes (e.g. sent base64-encoded).
            inner = email.message_from_bytes(_payload_bytes(part), policy=policy.compat32)
            self._forwarded_part(part, inner, position, depth)
        elif ctype in _BODY_TYPES and (position == 0 or not _is_attached_file(part)):
            self._body_part(part, ctype, position, body)
        else:
            self._attachment(part, ctype, position, depth)

    def _body_part(self, part: Message, ctype: str, position: int, body: _Body) -> None:
        text = _normalise_newlines(decode_bytes(_payload_bytes(part), _charset(part)))
        if ctype == "text/html":
            html = read_html(text)
            body.add_html(position, html.text, html.display_html)
        else:
            body.add_text(position, text)

    def _unsplit_multipart(
        self, part: Message, ctype: str, position: int, depth: int, body: _Body
    ) -> None:
        repaired = repair_multipart(part, ctype)
        if repaired is not None:
            for child in repaired.get_payload():
                if self.budget.stopped:
                    break
                self.walk(child, depth + 1, body)
            return
        # The boundary is missing or never occurs: what a person sees is the raw body.
        text = _normalise_newlines(decode_bytes(_payload_bytes(part)))
        if text.strip():
            self.budget.note(f"malformed_mime: part {position}: {ctype} without a usable boundary")
            body.add_text(position, text)

    def _report(self, part: Message, ctype: str, position: int) -> None:
        """A bounce's machine-readable report (header blocks), kept as readable text."""
        payload = part.get_payload()
        if isinstance(payload, list):
            text = "\n\n".join(
                _report_block(block) for block in payload if isinstance(block, Message)
            )
        else:
            text = decode_bytes(_payload_bytes(part), _charset(part))
        if text.strip():
            self.sources.append(
                TextSource(kind="attachment", name=ctype.split("/")[1], position=position,
                           content_type=ctype, text=self.budget.clip(text, ctype))
            )  # fmt: skip

    def _forwarded_part(self, part: Message, inner: Message, position: int, depth: int) -> None:
        name = _filename(part) or _subject(inner) or "message"
        if not self.budget.take_attachment():
            return
        data = _message_bytes(inner)
        self.attachments.append(
            _info(name, data, filetypes.RFC822, _content_type(part, None), position,
                  text_extracted=True)
        )  # fmt: skip
        self._embedded_message(inner, name, position, depth)

    def _embedded_message(self, inner: Message, name: str, position: int, depth: int) -> None:
        inner_body = _Body()
        self.walk(inner, depth + 1, inner_body)
        text = "\n\n".join(filter(None, [embedded_header_lines(inner), inner_body.text()]))
        if text.strip():
            self.sources.append(
                TextSource(kind="embedded_message", name=name, position=position,
                           content_type=filetypes.RFC822, text=self.budget.clip(text, name))
            )  # fmt: skip

    def _attachment(self, part: Message, ctype: str, position: int, depth: int) -> None:
        name = _filename(part) or f"part-{position}"
        if not self.budget.take_attachment():
            return
        # Check the encoded size first: a huge attachment is not even decoded.
        estimated = len(str(part.get_payload())) * 3 // 4
        if estimated > self.budget.settings.max_attachment_bytes * 1.05 + 1024:
            self.budget.size_ok(estimated, name)
            self.attachments.append(
                AttachmentInfo(name=name, content_type=ctype, declared_type=ctype,
                               size=estimated, sha256="", position=position, note="over limit")
            )  # fmt: skip
            return
        self._file(_payload_bytes(part), name, ctype, _charset(part), position, depth)

    def _file(
        self, data: bytes, name: str, declared: str | None, charset: str | None,
        position: int, depth: int,
    ) -> None:  # fmt: skip
        kind = filetypes.sniff(data, name, declared)
        info = _info(name, data, kind, declared, position)
        self.attachments.append(info)
        if not self.budget.size_ok(len(data), name):
            info.note = "over limit"
            return
        if kind == filetypes.RFC822:
            info.text_extracted = True
            inner = email.message_from_bytes(data, policy=policy.compat32)
            self._embedded_message(inner, name, position, depth)
            return
        try:
            document = read_document(data, kind, name, charset, self.budget)
        except Exception as exc:  # noqa: BLE001 - a broken file is a problem, not a crash
            info.note = "unreadable"
            self.budget.note(parse_error(f"part {position} ({name})", exc))
            return
        if document is None:
            return
        for problem in document.problems:
            self.budget.note(problem)
        info.note = document.note
        if document.text.strip():
            info.text_extracted = True
            self.sources.append(
                TextSource(
                    kind="embedded_message" if document.is_message else "attachment",
                    name=name, position=position, content_type=kind,
                    text=self.budget.clip(document.text, name),
                    rows=document.rows, form_fields=document.form_fields,
                )
            )  # fmt: skip
        for inner_file in document.inner_files:
            if self.budget.stopped:
                break
            self._inner_file(inner_file, depth + 1)

    def _inner_file(self, inner: InnerFile, depth: int) -> None:
        """A file inside a TNEF or .msg attachment: one more part, one level deeper."""
        position = self._next_position()
        if position is None or not self.budget.depth_ok(depth):
            return
        if not self.budget.take_attachment():
            return
        try:
            self._file(inner.data, inner.name, inner.declared_type, None, position, depth)
        except Exception as exc:  # noqa: BLE001
            self.budget.note(parse_error(f"part {position} ({inner.name})", exc))


def _report_block(block: Message) -> str:
    """One block of a delivery report: its fields, and any prose the reporter put in it."""
    lines = [f"{name}: {decode_header_value(value)}" for name, value in block.raw_items()]
    prose = block.get_payload()
    if isinstance(prose, str) and prose.strip():
        lines.append(_normalise_newlines(decode_bytes(prose.encode("utf-8", "surrogateescape"))))
    return "\n".join(lines).strip()


def _undo_transfer_encoding(part: Message, inner: Message) -> Message:
    """A message/rfc822 part sent base64- or QP-encoded (not allowed, but Outlook does it).

    The parser reads the encoded text as if it were the message; decode it and parse again.
    """
    cte = str(part.get("content-transfer-encoding", "")).strip().lower()
    if cte not in ("base64", "quoted-printable"):
        return inner
    encoded = _message_bytes(inner)
    if cte == "quoted-printable":
        decoded = quopri.decodestring(encoded)
    else:
        compact = re.sub(rb"[^A-Za-z0-9+/=]", b"", encoded)
        decoded = binascii.a2b_base64(compact + b"=" * (-len(compact) % 4))
    return email.message_from_bytes(decoded, policy=policy.compat32)


def _info(
    name: str, data: bytes, kind: str, declared: str | None, position: int,
    text_extracted: bool = False,
) -> AttachmentInfo:  # fmt: skip
    return AttachmentInfo(
        name=name, content_type=kind, declared_type=declared, size=len(data),
        sha256=hashlib.sha256(data).hexdigest(), position=position,
        text_extracted=text_extracted,
    )  # fmt: skip


def _content_type(part: Message, default: str | None) -> str:
    try:
        return part.get_content_type()
    except Exception:  # noqa: BLE001 - a header the stdlib chokes on
        return default or "application/octet-stream"


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:  # noqa: BLE001
        return None


def _payload_bytes(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _message_bytes(msg: Message) -> bytes:
    try:
        return msg.as_bytes()
    except Exception:  # noqa: BLE001 - only used for size and hash
        return b""


def _is_attached_file(part: Message) -> bool:
    try:
        disposition = part.get_content_disposition()
    except Exception:  # noqa: BLE001
        disposition = None
    return disposition == "attachment" or bool(_filename(part))


def _filename(part: Message) -> str | None:
    """The file name as the sender meant it: RFC 2231, RFC 2047 (even where it is not allowed)."""
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001
        name = None
    if not name:
        return None
    name = decode_header_value(name)
    # Only the last path component; control characters out (names end up in UIs and logs).
    name = re.sub(r"[\x00-\x1f\x7f]", "", name.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    return name[:255] or None


def _subject(msg: Message) -> str | None:
    try:
        raw = msg.get("subject")
    except Exception:  # noqa: BLE001
        return None
    return decode_header_value(raw)[:255] or None if raw else None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
