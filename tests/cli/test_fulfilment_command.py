"""``claimgraph fulfilment`` and ``export --format pledges-json|pledges-csv`` through the entry point."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli.test_graph_commands import claimgraph
from tests.conftest import built_by_command
from tests.cli.test_review_and_token_commands import _dump

PLEDGE = "anthropic-pledge-profit-cap"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An on-disk store built by the real command."""
    return built_by_command(tmp_path_factory, "fulfilment-cli")


def test_a_state_recorded_and_exported(store: Path) -> None:
    done = claimgraph("fulfilment", PLEDGE, "--store", str(store), "--state", "partly_kept", "--rationale", "Profits are capped, not reinvested.",
                      "--evidence", "https://example.org/filing", "--date", "2026-01-15", "--by", "Ann")  # fmt: skip
    assert done.returncode == 0, done.stderr
    stored = json.loads(done.stdout)
    assert (stored["state"], stored["by"], stored["date"], stored["evidence"], stored["current"]) == ("partly_kept", "Ann", "2026-01-15", ["https://example.org/filing"], True)
    body = json.loads(claimgraph("export", "--store", str(store), "--format", "pledges-json").stdout)
    cap = next(item for item in body["pledges"] if item["id"] == PLEDGE)
    assert (cap["state"], cap["due"], cap["overdue"]) == ("partly_kept", None, False)
    assert claimgraph("build", "--store", str(store)).returncode == 0, "a rebuild keeps the records of a pledge's state, as it keeps reviews"
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(claimgraph("export", "--store", str(store), "--format", "pledges-csv").stdout))}
    assert (rows[PLEDGE]["state"], rows[PLEDGE]["recorded_by"], rows[PLEDGE]["rationale"]) == ("partly_kept", "Ann", "Profits are capped, not reinvested.")


@pytest.mark.parametrize(
    "args,message",
    [
        ([PLEDGE, "--state", "done", "--rationale", "x"], "invalid choice: 'done'"),
        ([PLEDGE, "--state", "kept", "--rationale", " "], "needs a rationale"),
        ([PLEDGE, "--state", "kept", "--rationale", "x", "--date", "2999-01-01"], "after today"),
        ([PLEDGE, "--state", "kept", "--rationale", "x", "--date", "1 May"], "date must be a day"),
        (["uk-ai-sector-vc-funding-2024", "--state", "kept", "--rationale", "x"], "is not a pledge"),
    ],
)
def test_a_refused_state_is_one_error_and_writes_nothing(store: Path, args: list[str], message: str) -> None:
    before = _dump(store)
    done = claimgraph("fulfilment", "--store", str(store), *args)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert _dump(store) == before
