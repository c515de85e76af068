from review_ui import queue_view
from review_ui.auth import viewer_or_stop

queue_view.render(viewer_or_stop())
