"""MIME, HTML and attachments: raw RFC 5322 bytes -> ``ParsedMessage``.

``parse_message`` runs in the calling process and never raises; ``parse_message_bounded``
runs it in a child process that is killed past ``Settings.max_seconds_per_message``.
"""

from extraction.parsing.bounded import parse_message_bounded
from extraction.parsing.message import parse_message

__all__ = ["parse_message", "parse_message_bounded"]
