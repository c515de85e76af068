from review_ui import users_view
from review_ui.auth import viewer_or_stop

users_view.render(viewer_or_stop())
