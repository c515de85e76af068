"""Outlook's own formats: TNEF (winmail.dat, tnefparse) and .msg files (extract-msg).

Both carry a body and files of their own; the files come back as ``inner_files`` and are read
like any other attachment (and count against the same limits).
"""

from __future__ import annotations

import logging

from extraction.parsing.charsets import decode_bytes
from extraction.parsing.documents import DocumentText, InnerFile
from extraction.parsing.html_text import html_to_text

# Both libraries log every oddity of a file at WARNING; those logs may quote message content.
logging.getLogger("tnefparse").setLevel(logging.ERROR)
logging.getLogger("extract_msg").setLevel(logging.ERROR)


def read_tnef(data: bytes, name: str) -> DocumentText:
    import tnefparse

    tnef = tnefparse.TNEF(data, do_checksum=False)
    text = _best_body(tnef.body, tnef.htmlbody, _tnef_rtf(tnef), tnef.codepage)
    files = [
        InnerFile(name=_text(attachment.long_filename()) or "attachment", data=attachment.data)
        for attachment in tnef.attachments
        if isinstance(attachment.data, bytes) and attachment.data
    ]
    return DocumentText(text=text, inner_files=files)


def _tnef_rtf(tnef) -> bytes | None:
    try:
        return tnef.rtfbody
    except Exception:  # noqa: BLE001 - corrupt compressed RTF: the other bodies may do
        return None


def read_msg(data: bytes, name: str) -> DocumentText:
    import extract_msg
    from extract_msg.enums import AttachmentType

    message = extract_msg.openMsg(data, delayAttachments=False)
    try:
        header = _msg_header_lines(message)
        html = _safe(lambda: message.htmlBody)
        body = _best_body(_safe(lambda: message.body), html, None, None)
        files = []
        for attachment in _safe(lambda: message.attachments) or []:
            inner = _msg_attachment(attachment, AttachmentType)
            if inner is not None:
                files.append(inner)
    finally:
        message.close()
    text = f"{header}\n\n{body}".strip()
    return DocumentText(text=text, inner_files=files, is_message=True)


def _msg_header_lines(message) -> str:
    lines = []
    for label, getter in (
        ("From", lambda: message.sender),
        ("To", lambda: message.to),
        ("Cc", lambda: message.cc),
        ("Date", lambda: message.date),
        ("Subject", lambda: message.subject),
    ):
        value = _safe(getter)
        if value:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)


def _msg_attachment(attachment, attachment_type) -> InnerFile | None:
    name = _text(_safe(lambda: attachment.longFilename) or _safe(lambda: attachment.shortFilename))
    kind = _safe(lambda: attachment.type)
    data = _safe(lambda: attachment.data)
    if kind == attachment_type.MSG and data is not None:
        exported = _safe(lambda: data.exportBytes())
        return InnerFile(name=name or "message.msg", data=exported) if exported else None
    if isinstance(data, bytes) and data:
        return InnerFile(name=name or "attachment", data=data)
    return None


def _best_body(plain, html, rtf, codepage) -> str:
    """Plain text if there is any, else the HTML's visible text, else the RTF's words."""
    if plain:
        text = plain if isinstance(plain, str) else decode_bytes(plain, codepage)
        if text.strip("\x00 \r\n\t"):
            return text.replace("\r\n", "\n").strip("\x00")
    if html:
        html_text = html if isinstance(html, str) else decode_bytes(html, codepage)
        text = html_to_text(html_text)
        if text.strip():
            return text
    if rtf:
        return _rtf_text(rtf)
    return ""


def _rtf_text(rtf: bytes) -> str:
    # Outlook RTF usually wraps HTML or plain text ("encapsulated"); RTFDE gets it back out.
    try:
        from RTFDE.deencapsulate import DeEncapsulator

        deencapsulator = DeEncapsulator(rtf)
        deencapsulator.deencapsulate()
        if deencapsulator.content_type == "html":
            return html_to_text(deencapsulator.html)
        return deencapsulator.text or ""
    except Exception:  # noqa: BLE001 - plain RTF (not encapsulated) or broken RTF
        return ""


def _text(value) -> str:
    if isinstance(value, bytes):
        value = decode_bytes(value)
    return (value or "").strip("\x00").strip()


def _safe(getter):
    """extract-msg computes properties lazily; one broken property must not lose the rest."""
    try:
        return getter()
    except Exception:  # noqa: BLE001
        return None
