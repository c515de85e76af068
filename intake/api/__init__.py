"""The partner REST API (FastAPI)."""
