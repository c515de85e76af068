"""All configuration in one place: environment variables prefixed ``INTAKE_``, or a ``.env`` file.

The names in CONTRACT.md are fixed; everything else here has a safe embedded default so that
``intake up`` runs on a laptop with nothing configured (SQLite, offline extractor).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

BUNDLED_PARTNERS_FILE = Path(__file__).parent / "reference" / "partners.yaml"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="INTAKE_", env_file=".env", extra="ignore")

    # --- the store -------------------------------------------------------------------------
    database_url: str = "sqlite:///var/intake.db"
    # Where raw messages of the embedded default live is the database itself; this is only for
    # files the service writes next to it (logs of `intake up`, test artifacts).
    data_dir: Path = Path("var")

    # --- ways in -----------------------------------------------------------------------------
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 2525
    smtp_max_message_bytes: int = 25 * 1024 * 1024
    smtp_hostname: str = "orders.chargecars.nl"
    smtp_tls_cert: Path | None = None
    smtp_tls_key: Path | None = None
    smtp_require_starttls: bool = False
    smtp_auth_required: bool = False
    # Trust an upstream MTA's Authentication-Results header only from this authserv-id.
    smtp_trusted_authserv_id: str | None = None
    # Store messages in a writer process of the listener's own (true), or in a thread of
    # the listener (false: one process less, about half the messages per second).
    smtp_store_process: bool = True
    imap_urls: str = ""
    imap_poll_interval_s: float = 60.0
    imap_after_store: str = "seen"  # "seen" or "move:FOLDER"
    imap_stale_after_s: float = 3600.0
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    api_max_body_bytes: int = 10 * 1024 * 1024
    # Per API key (webhooks: per partner), in the `limits` notation; in-process counters.
    api_rate_limit: str = "300/minute"
    api_status_rate_limit: str = "1/minute"
    # Failed authentications per client address, before it is refused outright.
    api_auth_failure_limit: str = "60/minute"
    # Requests in progress at once; beyond it the API answers 503 server_busy.
    api_limit_concurrency: int = 512
    review_host: str = "127.0.0.1"
    review_port: int = 8501

    # --- extraction ------------------------------------------------------------------------
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout_s: float = 60.0
    llm_max_retries: int = 2
    # instructor's mode: "tools" works with llama.cpp's server, which refuses "json_schema".
    llm_mode: str = "tools"
    # How long a message whose LLM call failed waits before it is tried again, and after how
    # many failed rounds it goes to review marked "LLM unavailable".
    llm_retry_delay_s: float = 60.0
    llm_max_rounds: int = 5
    confidence_threshold: float = 0.90
    partners_file: Path = BUNDLED_PARTNERS_FILE

    # --- limits against hostile input ------------------------------------------------------
    max_parts: int = 200
    max_depth: int = 10
    max_attachments: int = 50
    max_attachment_bytes: int = 20 * 1024 * 1024
    max_decompressed_bytes: int = 100 * 1024 * 1024
    max_pdf_pages: int = 50
    max_seconds_per_message: float = 30.0

    # --- the worker ------------------------------------------------------------------------
    worker_poll_interval_s: float = 0.5
    # A claimed message whose worker vanished (killed) becomes free again after this long.
    worker_lease_s: float = 120.0

    # --- partners hearing back -------------------------------------------------------------
    outbound_smtp_url: str | None = None
    outbound_from: str = "ChargeCars Orders <orders@chargecars.nl>"
    # Operators' own email templates, same layout as intake/notify/templates: a file here
    # wins over the bundled one of the same partner, language and name.
    email_templates_dir: Path | None = None
    webhook_max_attempts: int = 3
    webhook_retry_delay_s: float = 60.0
    webhook_backoff: float = 2.0
    webhook_max_delay_s: float = 3600.0
    webhook_timeout_s: float = 10.0
    # Bearer token of the internal status endpoint; unset: the endpoint answers 503.
    internal_api_token: str | None = None

    # --- operations ------------------------------------------------------------------------
    log_level: str = "INFO"
    log_json: bool = True
    metrics_port: int | None = None
    # GDPR: raw messages and attachments are purged after this many days; orders are kept.
    retention_days: int = 90
    review_claim_minutes: int = 15
    environment: str = Field(default="production", description="production or sandbox")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)


@lru_cache
def get_settings() -> Settings:
    return Settings()
