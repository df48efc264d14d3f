"""``claimgraph import claimreview FILE`` through the entry point: both shapes imported, refusals exit 2 and write nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_graph_commands import claimgraph
from tests.conftest import built_by_command
from tests.cli.test_review_and_token_commands import _dump
from tests.kg.test_factchecks import LOCATED, api_claim, fact_check_tools, json_ld


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An on-disk store built by the real command."""
    return built_by_command(tmp_path_factory, "import-cli")


def test_both_shapes_are_imported_and_listed_as_matched_or_not(store: Path, tmp_path: Path) -> None:
    tools = tmp_path / "tools.json"
    tools.write_bytes(fact_check_tools(api_claim("Anthropic is based in San Francisco.", "https://checkers.example/sf", "Pants on Fire!")))
    done = claimgraph("import", "claimreview", str(tools), "--store", str(store), "--by", "Ivy", "--format", "json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["imported"], report["items"][0]["claims"], report["items"][0]["verdict"]) == (1, [LOCATED], "false")
    ld = tmp_path / "ld.jsonld"
    ld.write_bytes(json_ld({"url": "https://checkers.example/other", "claimReviewed": "Not ours", "reviewRating": {"alternateName": "Odd"}}))
    done = claimgraph("import", "claimreview", str(ld), "--store", str(store), "--by", "Ivy")
    assert done.returncode == 0, done.stderr
    assert "other" in done.stdout and "unmatched" in done.stdout and "imported 1 review(s), 0 matched" in done.stdout
    listed = claimgraph("query", "SELECT ?source ?who WHERE { ?a a cg:ClaimReviewImport ; cg:sourceName ?source ; "
                        "prov:wasAssociatedWith/schema:name ?who } ORDER BY ?source", "--store", str(store), "--format", "csv")
    assert listed.stdout.splitlines()[1:] == ["ld.jsonld,Ivy", "tools.json,Ivy"]


@pytest.mark.parametrize("content", [b"{not json", json_ld({"claimReviewed": "no url"}), json_ld({"url": "https://a.example/1", "datePublished": "May 2025"})])
def test_a_bad_file_exits_2_and_writes_nothing(store: Path, tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    before = _dump(store)
    done = claimgraph("import", "claimreview", str(bad), "--store", str(store))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith(f"claimgraph: error: {bad}: ") and "nothing was written" in done.stderr
    assert _dump(store) == before
