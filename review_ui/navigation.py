"""Moving between pages, and the message a finished action leaves for the next page."""

from __future__ import annotations

import streamlit as st

QUEUE_PAGE = "screens/queue.py"
ITEM_PAGE = "screens/item.py"
ITEM_ID = "item_id"
FLASH = "flash"


def open_item_page(item_id: int) -> None:
    st.session_state[ITEM_ID] = item_id
    st.switch_page(ITEM_PAGE)


def back_to_queue(flash: str | None = None) -> None:
    if flash:
        st.session_state[FLASH] = flash
    st.session_state.pop(ITEM_ID, None)
    st.switch_page(QUEUE_PAGE)


def show_flash() -> None:
    message = st.session_state.pop(FLASH, None)
    if message:
        st.success(message, icon=":material/check_circle:")
