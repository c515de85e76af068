"""Offline extraction speed: one message from ParsedMessage to routed ExtractionResult.

    .venv/bin/python bench/extract_offline.py [--rounds 20] [--corpus /work/shared/corpus]

Parses each corpus message once (parsing is benchmarked in parse_mime_wild.py), warms up
once, then times ``extract_message(parsed, partners, backend="offline")`` per message over
several rounds. Prints the machine and date, the median over all messages (the target: under
50 ms), p95 and max, and the slowest messages.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.machine import machine_line, percentile
from extraction import extract_message
from extraction.parsing import parse_message
from extraction.partners import profiles_from_reference
from intake.reference import read_reference_file
from intake.settings import BUNDLED_PARTNERS_FILE

TARGET_MS = 50.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    args = parser.parse_args()
    files = sorted((args.corpus / "emails").glob("*.eml"))
    if not files:
        sys.exit(f"no .eml files in {args.corpus / 'emails'}")
    partners = profiles_from_reference(read_reference_file(BUNDLED_PARTNERS_FILE))
    parsed = {f.name: parse_message(f.read_bytes()) for f in files}
    for message in parsed.values():  # warm-up: imports, compiled patterns, caches
        extract_message(message, partners, backend="offline")
    per_message: dict[str, list[float]] = {name: [] for name in parsed}
    for _ in range(args.rounds):
        for name, message in parsed.items():
            started = time.perf_counter()
            extract_message(message, partners, backend="offline")
            per_message[name].append((time.perf_counter() - started) * 1000)
    medians = {name: statistics.median(times) for name, times in per_message.items()}
    every = [t for times in per_message.values() for t in times]
    median = statistics.median(medians.values())
    print(machine_line())
    print(f"offline extraction, {len(files)} corpus messages x {args.rounds} rounds "
          f"(parsing excluded)")
    print(f"  median per message {median:.1f} ms (target < {TARGET_MS:.0f} ms: "
          f"{'met' if median < TARGET_MS else 'NOT met'})")
    print(f"  p95 {percentile(every, 95):.1f} ms, max {max(every):.1f} ms")
    slowest = sorted(medians.items(), key=lambda item: item[1], reverse=True)[:3]
    print("  slowest: " + ", ".join(f"{name} {ms:.1f} ms" for name, ms in slowest))


if __name__ == "__main__":
    main()
