"""The holdout batch (written blind, FIRST_LOOK.md): the promise's targets, and its rebuild."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import intake.cli.extract_cmd  # noqa: F401 - registers the commands on the app
from intake.cli import app

HOLDOUT = Path(__file__).parent


def test_offline_meets_the_targets_on_the_holdout_batch():
    result = CliRunner().invoke(app, ["eval", str(HOLDOUT), "--backend", "offline", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["messages"] == 30
    assert summary["straight_through_precision"] >= 0.98
    assert summary["orders_archived_as_not_order"] == 0
    assert summary["straight_through_rate"] >= 0.60
    assert summary["field_accuracy"] >= 0.90


def test_the_batch_rebuilds_byte_for_byte(tmp_path):
    from tests.extraction.holdout.make_messages import build

    assert build(tmp_path) == 30
    for sub in ("emails", "expected"):
        built = sorted(p.name for p in (tmp_path / sub).iterdir())
        assert built == sorted(p.name for p in (HOLDOUT / sub).iterdir())
        for name in built:
            assert (tmp_path / sub / name).read_bytes() == (HOLDOUT / sub / name).read_bytes(), name
