"""``claimgraph token`` and ``claimgraph review``, and ``export --format claimreview|csv``, through the entry point."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli.test_graph_commands import claimgraph

CLAIM = "uk-ai-sector-vc-funding-2024"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """An on-disk store built by the real command."""
    location = tmp_path_factory.mktemp("review-cli") / "store"
    done = claimgraph("build", "--store", str(location))
    assert done.returncode == 0, done.stderr
    return location


def test_token_create_list_revoke(store: Path) -> None:
    created = claimgraph("token", "create", "--store", str(store), "--name", "ann", "--role", "reviewer")
    assert created.returncode == 0, created.stderr
    secret = created.stdout.strip().splitlines()[-1]
    assert secret.startswith("cg_")
    file = store.with_name(store.name + ".tokens.json")
    assert file.exists() and secret not in file.read_text()
    listed = claimgraph("token", "list", "--store", str(store))
    assert "ann\treviewer" in listed.stdout and "active" in listed.stdout and secret not in listed.stdout
    assert claimgraph("token", "revoke", "--store", str(store), "ann").returncode == 0
    assert "revoked" in claimgraph("token", "list", "--store", str(store)).stdout
    again = claimgraph("token", "revoke", "--store", str(store), "ann")
    assert again.returncode == 2 and again.stderr.startswith("claimgraph: error: no active token")


def test_review_then_export(store: Path) -> None:
    done = claimgraph(
        "review", CLAIM, "--store", str(store), "--verdict", "false", "--rationale", "The figure is for 2023.",
        "--evidence", "https://example.org/a", "https://example.org/b", "--by", "Ann Checker", "--reviewer", "Chief Editor",
    )
    assert done.returncode == 0, done.stderr
    stored = json.loads(done.stdout)
    assert stored["verdict"] == "false" and stored["evidence"] == ["https://example.org/a", "https://example.org/b"]
    assert (stored["reviewer"], stored["display_name"]) == ("Ann Checker", "Chief Editor"), "--by is the author; --reviewer only shown"
    exported = json.loads(claimgraph("export", "--store", str(store), "--format", "claimreview").stdout)
    (entry,) = [item for item in exported["@graph"] if item["itemReviewed"]["@id"].endswith(CLAIM)]
    assert entry["reviewRating"]["alternateName"] == "False" and entry["author"]["name"] == "Ann Checker"
    rows = list(csv.DictReader(io.StringIO(claimgraph("export", "--store", str(store), "--format", "csv").stdout)))
    assert next(row for row in rows if row["id"] == CLAIM)["verdict"] == "false"
    rebuilt = claimgraph("build", "--store", str(store))
    assert rebuilt.returncode == 0
    after = json.loads(claimgraph("export", "--store", str(store), "--format", "claimreview").stdout)
    assert [item["@id"] for item in after["@graph"]] == [item["@id"] for item in exported["@graph"]]


def test_bad_reviews_are_one_clear_error(store: Path) -> None:
    unknown = claimgraph("review", "no-such-claim", "--store", str(store), "--verdict", "true", "--rationale", "x", "--reviewer", "Ann")
    assert unknown.returncode == 2 and unknown.stderr.startswith("claimgraph: error: no claim with id")
    bad_link = claimgraph("review", CLAIM, "--store", str(store), "--verdict", "true", "--rationale", "x", "--reviewer", "Ann", "--evidence", "file:///etc/passwd")
    assert bad_link.returncode == 2 and "http or https" in bad_link.stderr and "Traceback" not in bad_link.stderr
