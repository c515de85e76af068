from review_ui import item_view
from review_ui.auth import viewer_or_stop

item_view.render(viewer_or_stop())
