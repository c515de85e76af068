"""``intake extract`` and ``intake eval`` as CONTRACT.md describes them, and the targets."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import intake.cli.extract_cmd  # noqa: F401 - registers the commands on the app
from intake.cli import CliError, app
from tests.conftest import CORPUS

UNSEEN = Path(__file__).parent / "unseen"
ORDER_KEYS = {"partner_order_id", "customer", "products", "installation_preferences",
              "partner_references", "confidence", "field_confidence"}
LINE_KEYS = {"file", "kind", "partner", "orders", "refers_to", "confidence", "route",
             "backend", "llm_calls", "prompt_tokens", "completion_tokens"}

needs_corpus = pytest.mark.skipif(not (CORPUS / "emails").is_dir(),
                                  reason=f"the shared corpus is not at {CORPUS}")


def invoke(*args):
    return CliRunner().invoke(app, list(args))


@needs_corpus
def test_extract_prints_one_contract_line_per_file_even_for_unreadable_ones(tmp_path):
    order_file = CORPUS / "emails" / "001-groendus-order-biltstraat.eml"
    missing = tmp_path / "missing.eml"
    result = invoke("extract", "--backend", "offline", str(order_file), str(missing))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2
    first, second = lines
    assert LINE_KEYS <= set(first)
    assert (first["kind"], first["partner"], first["route"], first["backend"]) == (
        "order", "groendus", "auto", "offline")
    assert ORDER_KEYS <= set(first["orders"][0])
    assert first["orders"][0]["field_confidence"]["customer.email"] >= 0.9
    assert (second["kind"], second["route"]) == ("other", "review")
    assert "cannot read" in second["error"]
    assert result.exit_code == 1


def test_extract_rejects_an_unknown_backend(tmp_path):
    result = invoke("extract", "--backend", "magic", str(tmp_path / "x.eml"))
    assert result.exit_code != 0
    assert isinstance(result.exception, CliError)


def test_eval_needs_emails_and_expected(tmp_path):
    result = invoke("eval", str(tmp_path))
    assert isinstance(result.exception, CliError)
    assert "emails/" in str(result.exception)


@needs_corpus
def test_eval_json_scores_a_small_corpus(tmp_path):
    for sub in ("emails", "expected"):
        (tmp_path / sub).mkdir()
    for stem in ("001-groendus-order-biltstraat", "006-essent-order-unmapped-sku",
                 "032-essent-cancellation"):
        shutil.copy(CORPUS / "emails" / f"{stem}.eml", tmp_path / "emails")
        shutil.copy(CORPUS / "expected" / f"{stem}.json", tmp_path / "expected")
    # A wrong expected answer must show up as a difference.
    wrong = tmp_path / "expected" / "001-groendus-order-biltstraat.json"
    data = json.loads(wrong.read_text())
    data["orders"][0]["customer"]["phone"] = "+31600000000"
    wrong.write_text(json.dumps(data))
    result = invoke("eval", str(tmp_path), "--backend", "offline", "--json")
    summary = json.loads(result.stdout)
    assert summary["messages"] == 3
    assert summary["straight_through_rate"] == pytest.approx(2 / 3, abs=0.01)
    assert summary["straight_through_precision"] == 0.5
    (miss,) = [w for w in summary["wrong"] if w["file"].startswith("001")]
    assert miss["differences"] == [{"field": "orders[0].customer.phone",
                                    "expected": "+31600000000", "got": "+31612345678"}]


@needs_corpus
def test_eval_prints_tables(tmp_path):
    result = invoke("eval", str(CORPUS), "--backend", "offline")
    assert result.exit_code == 0
    assert "straight through" in result.stdout
    assert "messages not entirely right" in result.stdout


def _targets(corpus: Path) -> dict:
    result = invoke("eval", str(corpus), "--backend", "offline", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@needs_corpus
def test_offline_meets_the_targets_on_the_corpus():
    summary = _targets(CORPUS)
    assert summary["straight_through_precision"] >= 0.98
    assert summary["orders_archived_as_not_order"] == 0
    assert summary["straight_through_rate"] >= 0.60
    assert summary["field_accuracy"] >= 0.90


def test_offline_meets_the_targets_on_the_unseen_set():
    summary = _targets(UNSEEN)
    assert summary["straight_through_precision"] >= 0.98
    assert summary["orders_archived_as_not_order"] == 0
    assert summary["straight_through_rate"] >= 0.60
    assert summary["field_accuracy"] >= 0.90
