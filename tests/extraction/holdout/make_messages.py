"""Build the holdout batch: 30 partner messages and the answers a validator would write.

Written blind (without reading extraction/ or its tests) to measure the extractor on
shapes its authors never saw. Run with the project venv (openpyxl is needed):

    .venv/bin/python tests/extraction/holdout/make_messages.py

Everything that could vary between runs is fixed (Message-IDs, MIME boundaries, zip
timestamps, PDF bytes), so the batch rebuilds byte for byte.

    hold_mime.py    envelope, boundaries, answer shapes
    hold_files.py   PDF / XLSX / CSV attachments
    hold_orders.py  the order messages
    hold_other.py   cancellations, status questions and everything that is not an order
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hold_mime import POLICY
from hold_orders import ORDERS
from hold_other import OTHER


def build(out: Path = HERE) -> int:
    """Write emails/ and expected/ under ``out``; the number of messages."""
    emails, answers = out / "emails", out / "expected"
    emails.mkdir(parents=True, exist_ok=True)
    answers.mkdir(parents=True, exist_ok=True)
    builders = ORDERS + OTHER
    for n, make in enumerate(builders, start=1):
        slug, msg, exp = make()
        name = f"{n:03d}-{slug}"
        (emails / f"{name}.eml").write_bytes(msg.as_bytes(policy=POLICY))
        (answers / f"{name}.json").write_text(
            json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(builders)


if __name__ == "__main__":
    print(f"wrote {build()} messages to {HERE / 'emails'}")
