"""Put the cursor in the first field that needs attention, once, when an item opens."""

from __future__ import annotations

import streamlit as st

_SCRIPT = """
<script>
(function () {
  let tries = 0;
  function focusFirst() {
    const field = document.querySelector('[class*="st-key-attention-"] input');
    const idle = !document.activeElement || document.activeElement === document.body;
    if (field && idle) { field.focus(); field.select(); return; }
    if (!field && tries++ < 20) { setTimeout(focusFirst, 100); }
  }
  focusFirst();
})();
</script>
"""


def focus_first_attention_field(marker: str) -> None:
    """Runs the script once per ``marker`` (item and form revision), never on later reruns,
    so it cannot steal the cursor from a validator who is typing."""
    done = st.session_state.setdefault("focused", set())
    if marker in done:
        return
    done.add(marker)
    st.html(_SCRIPT, unsafe_allow_javascript=True)
