"""The validators' review app: ``streamlit run review_ui/app.py`` (``intake review``).

Nothing below the login runs for a visitor who is not logged in: the pages, and every
query they make, come after ``current_viewer``; until then the navigation holds the
login page only (and the screens check again, in case one is reached some other way).
"""

import streamlit as st

from intake.logging import configure_logging
from review_ui.auth import current_viewer, login_page, logout
from review_ui.db import settings

st.set_page_config(page_title="ChargeCars review", page_icon="🔌", layout="wide",
                   initial_sidebar_state="expanded")


@st.cache_resource
def _logging_configured() -> bool:
    configure_logging(settings().log_level, settings().log_json)
    return True


_logging_configured()
viewer = current_viewer()
if viewer is None:
    st.navigation([st.Page(login_page, title="Log in", url_path="login")],
                  position="hidden").run()
    st.stop()

pages = {
    "Work": [
        st.Page("screens/queue.py", title="Queue", icon=":material/inbox:", default=True),
        st.Page("screens/item.py", title="Item", icon=":material/edit_note:", url_path="item"),
    ],
    "Insight": [st.Page("screens/dashboard.py", title="Dashboard", icon=":material/monitoring:")],
}
if viewer.is_admin:
    pages["Admin"] = [st.Page("screens/users.py", title="Users", icon=":material/group:")]
page = st.navigation(pages)

with st.sidebar:
    st.caption(f":material/person: {viewer.username} · {viewer.role}")
    if st.button("Log out", icon=":material/logout:", key="logout"):
        logout()

page.run()
