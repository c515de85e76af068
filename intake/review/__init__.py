"""The validators' side of the intake, without any user interface.

The Streamlit app in ``review_ui/`` is a thin layer over these modules: who may log in
(``users``), who works which item (``claims``), what a validator may approve
(``validation``), what the extractor learns from it (``corrections``) and what a decision
does to the store (``actions``). Tests and the CLI call them directly.
"""
