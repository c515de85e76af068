"""``intake extract`` and ``intake eval``: extraction without storing anything (CONTRACT.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from intake.cli import CliError, app

BACKEND_HELP = "offline, llm, or auto (offline first, the LLM when it is configured and needed)"


def _settings():
    from intake.settings import get_settings

    return get_settings()


def _partners(settings):
    from extraction.partners import profiles_from_reference
    from intake.reference import ReferenceDataError, read_reference_file

    try:
        return profiles_from_reference(read_reference_file(settings.partners_file))
    except ReferenceDataError as exc:
        raise CliError(str(exc)) from None


def _check_backend(backend: str) -> str:
    from extraction.pipeline import BACKENDS

    if backend not in BACKENDS:
        raise CliError(f"unknown backend {backend!r}: choose {', '.join(BACKENDS)}")
    return backend


def extract_file(path: Path, partners, settings, backend: str) -> dict:
    """One line of ``intake extract`` for one file; unreadable files get a line too."""
    from extraction import LLMUnavailable, extract_message
    from extraction.parsing import parse_message
    from extraction.schema import ExtractionResult

    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        result = ExtractionResult(kind="other", route="review", backend=backend,
                                  error=f"cannot read the file: {exc.strerror or exc}")
        return {"file": str(path), **_dump(result)}
    parsed = parse_message(raw)
    try:
        result = extract_message(parsed, partners, settings=settings, backend=backend)
    except LLMUnavailable as exc:
        result = exc.offline_result.model_copy(deep=True)
        result.route, result.error = "review", f"LLM unavailable: {exc}"
    return {"file": str(path), **_dump(result)}


def _dump(result) -> dict:
    data = result.model_dump(mode="json")
    data.pop("file", None)
    return data


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="RFC 5322 message files (.eml)")],
    backend: Annotated[str, typer.Option("--backend", help=BACKEND_HELP)] = "auto",
) -> None:
    """Extract orders from .eml files without storing anything: one JSON line per file."""
    backend = _check_backend(backend)
    settings = _settings()
    partners = _partners(settings)
    unreadable = 0
    for path in files:
        line = extract_file(path, partners, settings, backend)
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        if (line.get("error") or "").startswith("cannot read"):
            unreadable += 1
            print(f"intake: {path}: {line['error']}", file=sys.stderr)
    if unreadable:
        raise typer.Exit(1)


@app.command("eval")
def eval_command(
    corpus_dir: Annotated[Path, typer.Argument(help="a directory with emails/ and expected/")],
    backend: Annotated[str, typer.Option("--backend", help=BACKEND_HELP)] = "auto",
    as_json: Annotated[bool, typer.Option("--json", help="the numbers as one JSON object")] = False,
) -> None:
    """Run extraction over CORPUS_DIR/emails and score it against CORPUS_DIR/expected."""
    from extraction.evaluation import summarise

    backend = _check_backend(backend)
    emails = _corpus_files(corpus_dir)
    settings = _settings()
    partners = _partners(settings)
    scores, unavailable = _run_corpus(corpus_dir, emails, partners, settings, backend)
    summary = summarise(scores, unavailable)
    if as_json:
        sys.stdout.write(json.dumps(summary.as_dict(), ensure_ascii=False, default=str) + "\n")
    else:
        _print_summary(summary, corpus_dir, backend)


def _corpus_files(corpus_dir: Path) -> list[Path]:
    emails_dir, expected_dir = corpus_dir / "emails", corpus_dir / "expected"
    if not emails_dir.is_dir() or not expected_dir.is_dir():
        raise CliError(f"{corpus_dir} needs an emails/ and an expected/ directory")
    emails = sorted(emails_dir.glob("*.eml"))
    if not emails:
        raise CliError(f"no .eml files in {emails_dir}")
    missing = [e.name for e in emails if not (expected_dir / f"{e.stem}.json").is_file()]
    if missing:
        raise CliError(f"no expected answer for {missing[0]} (and {len(missing) - 1} more)"
                       if len(missing) > 1 else f"no expected answer for {missing[0]}")
    return emails


def _run_corpus(corpus_dir: Path, emails: list[Path], partners, settings, backend: str):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from extraction.evaluation import score_message

    scores, unavailable = [], 0
    console = Console(stderr=True)
    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.description}"))
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("", total=len(emails))
        for path in emails:
            progress.update(task, description=path.name)
            got = extract_file(path, partners, settings, backend)
            unavailable += int((got.get("error") or "").startswith("LLM unavailable"))
            # The expected answer is read only now, after extraction, to score it.
            expected = _expected(corpus_dir / "expected" / f"{path.stem}.json")
            scores.append(score_message(path.name, expected, got))
            progress.advance(task)
    return scores, unavailable


def _expected(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CliError(f"cannot read expected answer {path}: {exc}") from None


def _print_summary(summary, corpus_dir: Path, backend: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    numbers = Table(title=f"intake eval {corpus_dir} (backend {backend})")
    numbers.add_column("measure")
    numbers.add_column("value", justify="right")
    precision = summary.straight_through_precision
    for name, value in (
        ("messages", str(summary.messages)),
        ("kind accuracy", f"{summary.kind_accuracy:.1%}"),
        ("field accuracy", f"{summary.field_accuracy:.1%}"),
        ("straight through", f"{summary.straight_through_rate:.1%}"),
        ("straight through, entirely right", "-" if precision is None else f"{precision:.1%}"),
        ("orders archived as not an order", str(summary.orders_archived_as_not_order)),
        ("LLM unavailable", str(summary.llm_unavailable)),
    ):
        numbers.add_row(name, value)
    console.print(numbers)
    if not summary.wrong:
        return
    wrong = Table(title="messages not entirely right")
    for column in ("message", "route", "field", "expected", "got"):
        wrong.add_column(column, overflow="fold")
    for score in summary.wrong:
        rows = score.differences or []
        if score.error:
            wrong.add_row(score.file, score.route, "error", "", score.error)
        for diff in rows:
            wrong.add_row(score.file, score.route, diff.field, _text(diff.expected), _text(diff.got))
    console.print(wrong)


def _text(value) -> str:
    return "null" if value is None else str(value)
