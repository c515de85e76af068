"""Parsing speed: the 388 mime-wild messages, the partner corpus, and a 2 MB PDF order form.

    .venv/bin/python bench/parse_mime_wild.py [--rounds 3] [--shared /work/shared]

Prints the machine and date, then per set: files/s and p50/p99/max per message for
parse_message in-process (after one warm-up pass, which loads the libraries), the same for
parse_message_bounded (the child process the worker uses; the difference is its overhead),
and, if the extraction package imports, parse + offline extract over all 388 messages.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.machine import machine_line, percentile
from extraction.parsing import parse_message, parse_message_bounded
from intake.settings import Settings


def mime_wild_files(shared: Path) -> list[Path]:
    root = shared / "mime-wild"
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name != "SOURCES.md")


def timed(function, raws: list[bytes], settings: Settings) -> list[float]:
    times = []
    for raw in raws:
        started = time.perf_counter()
        function(raw, settings)
        times.append(time.perf_counter() - started)
    return times


def report(label: str, times: list[float]) -> None:
    total = sum(times)
    print(
        f"  {label:<34} {len(times):>4} msgs  {total:7.2f} s  {len(times) / total:8.1f} files/s  "
        f"p50 {percentile(times, 50) * 1000:7.2f} ms  p99 {percentile(times, 99) * 1000:8.2f} ms  "
        f"max {max(times) * 1000:8.2f} ms"
    )


def big_pdf_message(target_bytes: int = 2_000_000) -> bytes:
    """A partner's order form: AcroForm values, a text layer, and a photo making it ~2 MB."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    from tests.parsing.builders import form_pdf, with_attachment

    writer = PdfWriter()
    writer.append(
        io.BytesIO(
            form_pdf(
                {
                    "Ordernummer": "GRD-2025-05611",
                    "Naam": "Joëlle Peeters",
                    "Postcode": "3572 AB",
                    "Artikel": "GRO-ALFEN-11",
                }
            )
        )
    )
    photo = DecodedStreamObject()
    side = int((target_bytes * 0.72) ** 0.5)  # base64 adds a third
    photo.set_data(os.urandom(side * side))  # incompressible, like a JPEG's content
    photo.update({NameObject("/Type"): NameObject("/XObject"),
                  NameObject("/Subtype"): NameObject("/Image"),
                  NameObject("/Width"): NumberObject(side), NameObject("/Height"): NumberObject(side),
                  NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                  NameObject("/BitsPerComponent"): NumberObject(8)})  # fmt: skip
    page = writer.pages[0]
    resources = page.get("/Resources") or DictionaryObject()
    resources[NameObject("/XObject")] = DictionaryObject({NameObject("/Photo"):
                                                          writer._add_object(photo)})  # fmt: skip
    page[NameObject("/Resources")] = resources
    out = io.BytesIO()
    writer.write(out)
    return with_attachment(out.getvalue(), "Orderformulier.pdf")


def bench_extract(raws: list[bytes], settings: Settings) -> None:
    try:
        from extraction import extract_message
        from extraction.partners import profiles_from_reference
        from intake.reference import read_reference_file

        partners = profiles_from_reference(read_reference_file(settings.partners_file))
    except Exception as exc:  # noqa: BLE001 - another team's package, maybe mid-change
        print(f"  parse + extract: not measured ({type(exc).__name__}: {exc})")
        return
    times, failures = [], 0
    for raw in raws:
        started = time.perf_counter()
        try:
            extract_message(parse_message(raw, settings), partners, settings=settings,
                            backend="offline")  # fmt: skip
        except Exception:  # noqa: BLE001 - counted, the bench goes on
            failures += 1
        times.append(time.perf_counter() - started)
    report("parse + offline extract", times)
    if failures:
        print(f"  ({failures} messages raised in extract)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--shared", type=Path, default=Path(os.environ.get("INTAKE_SHARED_DIR", "/work/shared"))
    )
    args = parser.parse_args()
    settings = Settings(_env_file=None)

    print(machine_line())
    print(f"uname: {' '.join(platform.uname())}")
    wild = [path.read_bytes() for path in mime_wild_files(args.shared)]
    corpus = [p.read_bytes() for p in sorted((args.shared / "corpus" / "emails").glob("*.eml"))]
    big = big_pdf_message()

    started = time.perf_counter()
    timed(parse_message, wild, settings)  # warm-up: imports and first-use caches
    print(f"warm-up pass over mime-wild (cold imports included): "
          f"{time.perf_counter() - started:.2f} s")  # fmt: skip

    for label, raws in (("mime-wild", wild), ("partner corpus", corpus)):
        print(f"{label}: {len(raws)} messages, {sum(map(len, raws)) / 1e6:.1f} MB")
        times = [t for _ in range(args.rounds) for t in timed(parse_message, raws, settings)]
        report("parse_message (in-process)", times)
        started = time.perf_counter()
        parse_message_bounded(raws[0], settings)
        print(f"  bounded worker start (first call):  {time.perf_counter() - started:.2f} s")
        bounded = [t for _ in range(args.rounds) for t in timed(parse_message_bounded, raws,
                                                                 settings)]  # fmt: skip
        report("parse_message_bounded (child)", bounded)
        overhead = percentile(bounded, 50) - percentile(times, 50)
        print(f"  bounded overhead, p50 difference:   {overhead * 1000:.2f} ms per message")

    print(f"2 MB message with a PDF order form ({len(big) / 1e6:.2f} MB):")
    report("parse_message (in-process)", timed(parse_message, [big] * 5, settings))
    report("parse_message_bounded (child)", timed(parse_message_bounded, [big] * 5, settings))

    print("mime-wild through parse and extract:")
    bench_extract(wild, settings)


if __name__ == "__main__":
    main()
