"""The original message as a person sees it, beside the form.

The HTML body is the parser's sanitised ``display_html``, shown in an iframe loaded from
a ``data:`` URL: the document gets an opaque origin (it cannot reach the app), and its
Content-Security-Policy allows no scripts and no remote content, only inline styles and
images carried in the message itself. Plain text, attachments and headers sit in tabs.
"""

from __future__ import annotations

import base64

import streamlit as st

from extraction.parsed import AttachmentInfo, ParsedMessage
from review_ui import db
from review_ui.attachments import inline_images, original_attachment, resolve_cid_images
from review_ui.formatting import local_time, plain, size
from review_ui.item_data import ItemData, load_raw

CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
       "form-action 'none'; frame-src 'none'; base-uri 'none'")
FRAME_STYLE = ("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:14px;"
               "line-height:1.45;color:#1f2933;margin:12px;word-wrap:break-word}"
               "table{border-collapse:collapse}td,th{padding:2px 6px}img{max-width:100%}")
FRAME_HEIGHT = 560


def sandboxed_document(body_html: str) -> str:
    """A data: URL of a complete document around ``body_html``, the policy first."""
    document = (
        '<!doctype html><html><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<style>{FRAME_STYLE}</style></head><body>{body_html}</body></html>"
    )
    encoded = base64.b64encode(document.encode("utf-8")).decode("ascii")
    return f"data:text/html;charset=utf-8;base64,{encoded}"


def render(data: ItemData) -> None:
    parsed = data.parsed
    if parsed is None:
        st.warning("This message could not be parsed; only its raw source is available.")
        _raw_download(data)
        return
    _envelope(data, parsed)
    text_sources = [s for s in parsed.sources if s.kind != "attachment"]
    tabs = st.tabs(["Message", f"Attachments ({len(parsed.attachments)})", "All text",
                    f"Headers ({len(parsed.headers)})"])
    with tabs[0]:
        _body(data, parsed)
    with tabs[1]:
        _attachments(data, parsed)
    with tabs[2]:
        for source in parsed.sources:
            with st.expander(f"{source.name} · {source.kind.replace('_', ' ')}",
                             expanded=source in text_sources[:1]):
                st.code(source.text or "(empty)", language=None, wrap_lines=True)
    with tabs[3]:
        st.dataframe([{"Header": k, "Value": v} for k, v in parsed.headers], hide_index=True,
                     width="stretch")
        _raw_download(data)


def _envelope(data: ItemData, parsed: ParsedMessage) -> None:
    sender = f"{parsed.from_name} <{parsed.from_address}>" if parsed.from_name else (
        parsed.from_address or data.envelope_from or "unknown sender")
    st.markdown(f"**{plain(parsed.subject or '(no subject)')}**")
    st.caption(
        f"From {plain(sender)} · to {plain(', '.join(parsed.to_addresses) or '–')}  \n"
        f"Received {local_time(data.received_at)} by {data.channel} · {size(data.size)}"
        + (f" · {len(parsed.problems)} parse problems" if parsed.problems else ""))
    for problem in parsed.problems:
        st.caption(f":orange[{plain(problem)}]")


def _body(data: ItemData, parsed: ParsedMessage) -> None:
    if parsed.display_html:
        body = parsed.display_html
        if "cid:" in body and data.has_raw:
            with db.unit_of_work() as session:
                body = resolve_cid_images(body, inline_images(load_raw(data.message_id,
                                                                        session)))
        st.iframe(sandboxed_document(body), height=FRAME_HEIGHT)
        return
    text = parsed.body_text
    st.code(text or "(this message has no readable body)", language=None, wrap_lines=True,
            height=FRAME_HEIGHT if text.count("\n") > 30 else "content")


def _attachments(data: ItemData, parsed: ParsedMessage) -> None:
    if not parsed.attachments:
        st.caption("No attachments.")
        return
    texts = {s.name: s.text for s in parsed.sources if s.kind == "attachment"}
    for info in parsed.attachments:
        with st.container(border=True):
            row = st.container(horizontal=True, vertical_alignment="center")
            row.markdown(f":material/attach_file: **{plain(info.name)}**  \n"
                         f"{info.content_type} · {size(info.size)}"
                         + (f" · :orange[{plain(info.note)}]" if info.note else ""))
            if data.has_raw:
                row.download_button("Download", _downloader(data.message_id, info),
                                    file_name=info.name, mime=info.content_type,
                                    icon=":material/download:", key=f"att-{info.position}",
                                    on_click="ignore")
            if info.name in texts:
                with st.expander("Extracted text"):
                    st.code(texts[info.name] or "(no text)", language=None, wrap_lines=True)


def _downloader(message_id: int, info: AttachmentInfo):
    def original() -> bytes:
        with db.unit_of_work() as session:
            return original_attachment(load_raw(message_id, session), info) or b""
    return original


def _raw_download(data: ItemData) -> None:
    if not data.has_raw:
        st.caption("The raw message was purged after the retention period.")
        return

    def raw() -> bytes:
        with db.unit_of_work() as session:
            return load_raw(data.message_id, session) or b""

    st.download_button("Download the original message (.eml)", raw,
                       file_name=f"message-{data.message_id}.eml", mime="message/rfc822",
                       icon=":material/mail:", key="raw-eml", on_click="ignore")

