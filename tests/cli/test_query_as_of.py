"""``claimgraph query --as-of``: the query's ?asOf bound to a time, and the errors a user can make."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from tests.conftest import REPO, built_by_command, claimgraph

QUERY = REPO / "kg" / "queries" / "record-as-of.rq"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """An on-disk store built once, now, by the real command."""
    return built_by_command(tmp_path_factory, "as-of", "--by", "Bea")


def _claims(built: Path, as_of: str) -> list[str]:
    done = claimgraph("query", "--store", str(built), "-f", str(QUERY), "--as-of", as_of, "--format", "csv")
    assert done.returncode == 0, done.stderr
    return [row["claim"] for row in csv.DictReader(io.StringIO(done.stdout))]


def test_the_record_before_the_build_is_empty_and_after_it_holds_every_claim(built: Path) -> None:
    yesterday = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)).date().isoformat()
    assert _claims(built, yesterday) == []
    after = _claims(built, (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)).date().isoformat())
    assert len(after) == 32 == len(set(after))


@pytest.mark.parametrize(
    "args,message",
    [
        (["-f", str(QUERY), "--as-of", "2026-02-30"], "--as-of is not a real time"),
        (["-f", str(QUERY), "--as-of", "last week"], "--as-of must be YYYY-MM-DD"),
        (["ASK { ?s ?p ?o }", "--as-of", "2026-03-01"], "does not use ?asOf"),
    ],
)
def test_a_bad_as_of_is_one_clear_error(built: Path, args: list[str], message: str) -> None:
    done = claimgraph("query", "--store", str(built), *args)
    assert done.returncode == 2 and message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
