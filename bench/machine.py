"""What every benchmark prints with its numbers: the machine and the date."""

from __future__ import annotations

import os
import platform
from pathlib import Path
from datetime import UTC, datetime


def cpu_model() -> str:
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine_line() -> str:
    return (
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC · {platform.node()} · {cpu_model()} · "
        f"{os.cpu_count()} cores · Python {platform.python_version()} · {platform.system()} "
        f"{platform.release()}"
    )


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def descendants(pid: int) -> list[int]:
    """The running children of a process (started by any of its threads), theirs, and so on
    (Linux /proc)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in map(int, (task / "children").read_text().split()):
            found += [child, *descendants(child)]
    return found
