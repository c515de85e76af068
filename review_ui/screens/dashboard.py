from review_ui import dashboard_view
from review_ui.auth import viewer_or_stop

dashboard_view.render(viewer_or_stop())
