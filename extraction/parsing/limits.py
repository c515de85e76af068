"""Limits against hostile input, all taken from Settings, and the problems they leave behind.

Past a limit, parsing stops reading that part (or the rest of the message), records one
problem ``"limit_exceeded: <what> > <limit>"`` and carries on with what it has. A problem
sends the message to review: a person decides, nothing is lost.
"""

from __future__ import annotations

import io
import time
import zipfile
from dataclasses import dataclass, field

from intake.settings import Settings

# Not operator settings, but the ParsedMessage is stored as JSON with the message, so the
# text kept per source and the number of headers are capped too.
MAX_SOURCE_CHARS = 2_000_000
MAX_HEADERS = 1000
MAX_HEADER_CHARS = 20_000


def limit_problem(what: str, limit: object, where: str | None = None) -> str:
    text = f"limit_exceeded: {what} > {limit}"
    return f"{text}: {where}" if where else text


@dataclass
class Budget:
    """What one message may still consume; shared by every part of it."""

    settings: Settings
    problems: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    parts: int = 0
    attachments: int = 0
    decompressed: int = 0
    stopped: bool = False  # the rest of the message is not read any more

    def note(self, problem: str) -> None:
        if problem not in self.problems:
            self.problems.append(problem)

    def take_part(self) -> bool:
        """Count one more MIME part (or file inside TNEF/.msg); False once past max_parts."""
        if self.stopped or self.out_of_time():
            return False
        self.parts += 1
        if self.parts > self.settings.max_parts:
            self.note(limit_problem("parts", self.settings.max_parts))
            self.stopped = True
            return False
        return True

    def take_attachment(self) -> bool:
        self.attachments += 1
        if self.attachments > self.settings.max_attachments:
            self.note(limit_problem("attachments", self.settings.max_attachments))
            return False
        return True

    def depth_ok(self, depth: int) -> bool:
        if depth > self.settings.max_depth:
            self.note(limit_problem("depth", self.settings.max_depth))
            return False
        return True

    def size_ok(self, size: int, name: str) -> bool:
        if size > self.settings.max_attachment_bytes:
            self.note(limit_problem("attachment_bytes", self.settings.max_attachment_bytes, name))
            return False
        return True

    def take_decompressed(self, size: int, name: str) -> bool:
        """Reserve ``size`` bytes of decompressed output for one file, within the message's total."""
        if self.decompressed + size > self.settings.max_decompressed_bytes:
            self.note(
                limit_problem("decompressed_bytes", self.settings.max_decompressed_bytes, name)
            )
            return False
        self.decompressed += size
        return True

    @property
    def decompressed_left(self) -> int:
        return max(self.settings.max_decompressed_bytes - self.decompressed, 0)

    def out_of_time(self) -> bool:
        limit = self.settings.max_seconds_per_message
        if time.monotonic() - self.started > limit:
            self.note(limit_problem("time", f"{limit:g} s"))
            self.stopped = True
        return self.stopped

    def clip(self, text: str, name: str) -> str:
        if len(text) <= MAX_SOURCE_CHARS:
            return text
        self.note(limit_problem("text_chars", MAX_SOURCE_CHARS, name))
        return text[:MAX_SOURCE_CHARS]


def zip_declared_size(data: bytes) -> int:
    """Sum of the uncompressed sizes a zip declares, read from its directory without inflating.

    Python's zipfile never inflates a member past its declared size, so checking the
    declared sizes before opening an XLSX or DOCX is enough to stop a zip bomb.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return sum(max(info.file_size, 0) for info in archive.infolist())
