"""Stand-ins for parse_message that misbehave on cue, run inside the bounded worker's child.

They live in an importable module because the child (forkserver) imports its target by name.
"""

from __future__ import annotations

import os
import time

from extraction.parsing import parse_message


def hang_or_parse(raw: bytes, settings):
    """Hangs (as a library stuck in a loop would) on a message that says HANG."""
    if b"HANG" in raw:
        while True:
            time.sleep(0.05)
    return parse_message(raw, settings)


def crash_or_parse(raw: bytes, settings):
    """Dies without a word (as a segfault or the OOM killer would) on a message that says CRASH."""
    if b"CRASH" in raw:
        os._exit(3)
    return parse_message(raw, settings)
