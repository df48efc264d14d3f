"""``claimgraph token`` and ``claimgraph review``, and ``export --format claimreview|csv``, through the entry point;
the lifecycle and ``--by`` on the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph
import pytest

from claimgraph.cli.agent import os_user
from claimgraph.kg import history
from claimgraph.kg.store import open_store
from tests.cli.test_graph_commands import claimgraph
from tests.conftest import built_by_command
from tests.kg.test_ingest import PUBLISHED, TEXT

CLAIM = "uk-ai-sector-vc-funding-2024"


def _dump(location: Path) -> bytes:
    """An on-disk store as N-Quads."""
    store = open_store(location)
    try:
        return store.oxigraph.dump(format=pyoxigraph.RdfFormat.N_QUADS)
    finally:
        store.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """An on-disk store built by the real command."""
    return built_by_command(tmp_path_factory, "review-cli")


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


def test_a_claim_off_the_record_cannot_be_reviewed_and_every_write_names_its_agent(tmp_path: Path) -> None:
    location, article = tmp_path / "store", tmp_path / "nimbus.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert claimgraph("build", "--store", str(location), "--by", "Bea Builder").returncode == 0
    ingested = claimgraph("ingest", str(article), "--published", PUBLISHED, "--store", str(location), "--by", "Ian Ingester")
    candidate, rejected = [line.split()[0] for line in ingested.stdout.splitlines() if line.startswith("nimbus-")][:2]
    assert claimgraph("curate", rejected, "reject", "--by", "Cy", "--store", str(location)).returncode == 0
    before = _dump(location)
    for claim, status in ((candidate, "candidate"), (rejected, "rejected")):
        done = claimgraph("review", claim, "--store", str(location), "--verdict", "true", "--rationale", "fine", "--by", "Rev")
        assert done.returncode == 2 and done.stderr.startswith(f"claimgraph: error: claim {claim!r} is {status}"), done.stderr
    assert _dump(location) == before
    store = open_store(location)
    try:
        items = history.activities(store)["items"]
    finally:
        store.close()
    assert [(item["kind"], item["agent"]) for item in items] == [("curation", "Cy"), ("ingest", "Ian Ingester"), ("build", "Bea Builder")]


def test_writing_commands_say_who_they_record_by_default() -> None:
    for command in ("build", "ingest", "curate", "review"):
        shown = " ".join(claimgraph(command, "--help").stdout.split())
        assert f"(default: the OS user name, {os_user()})" in shown, command
