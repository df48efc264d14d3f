"""``claimgraph analyze`` and ``claimgraph view`` through the installed entry point."""

from __future__ import annotations

import json

import pytest

from tests.conftest import REPO, built_by_command, claimgraph

NETWORK_DATA = REPO / "tests" / "data" / "network"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    return str(built_by_command(tmp_path_factory, "analyze"))


def test_centrality_table_and_json(store) -> None:
    table = claimgraph("analyze", "centrality", "--store", store, "--limit", "3")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["entity", "type", "links", "degree", "betweenness", "pagerank"]
    assert lines[2].split()[0] == "uk-ai-gap-article-publisher" and lines[3].split()[0] == "anthropic"
    rows = json.loads(claimgraph("analyze", "centrality", "--store", store, "--format", "json").stdout)
    assert len(rows) == 27 and rows[0]["betweenness"] == pytest.approx(122.5 / 325, abs=1e-6)


def test_path_lists_claims_with_quotes(store) -> None:
    done = claimgraph("analyze", "path", "uk", "anthropic", "--store", store)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("United Kingdom -> Unnamed publisher of the UK AI gap article -> Anthropic  (2 hops)")
    assert '"The UK, post-Brexit, has tried to position itself as an agile alternative"' in done.stdout
    assert "Unnamed publisher of the UK AI gap article -- Anthropic: 15 claim(s)" in done.stdout
    body = json.loads(claimgraph("analyze", "path", "uk", "anthropic", "--store", store, "--format", "json").stdout)
    assert body["length"] == 2


def test_sources_conflicts_communities(store) -> None:
    sources = claimgraph("analyze", "sources", "--store", store)
    assert "Claims resting on an anonymous source (2):" in sources.stdout
    assert "Sovereign wealth funds have bid for Anthropic shares" in sources.stdout
    assert claimgraph("analyze", "conflicts", "--store", store).stdout == "No conflicting claims.\n"
    groups = json.loads(claimgraph("analyze", "communities", "--store", store, "--format", "json").stdout)
    assert sum(group["size"] for group in groups) == 27


def test_conflicts_list_apart_the_pairs_whose_time_is_unknown(tmp_path) -> None:
    store = str(tmp_path / "store")
    built = claimgraph("build", "--store", store, "--claims", str(NETWORK_DATA / "rivals.yaml"), "--articles", str(NETWORK_DATA))
    assert built.returncode == 0, built.stderr
    assert "Quillon Labs / valuation" in claimgraph("analyze", "conflicts", "--store", store).stdout
    edited = claimgraph("curate", "quillon-valuation-90m", "edit", "--by", "Ann", "--time", "", "--store", store)
    assert edited.returncode == 0, edited.stderr
    table = claimgraph("analyze", "conflicts", "--store", store).stdout
    assert table.startswith("No conflicting claims.\n\nValues that disagree where a time is unknown, so they cannot be compared (1):")
    assert "about 2024" in table and "about an unknown time" in table
    found = json.loads(claimgraph("analyze", "conflicts", "--store", store, "--format", "json").stdout)
    assert found["conflicts"] == [] and [c["id"] for c in found["unknown_time"][0]["claims"]] == ["quillon-valuation-200m", "quillon-valuation-90m"]


def test_errors_are_one_clear_line(store) -> None:
    done = claimgraph("analyze", "path", "uk", "atlantis", "--store", store)
    assert done.returncode == 2 and done.stderr == "claimgraph: error: no entity with id 'atlantis' in the network\n"
    done = claimgraph("analyze", "path", "uk-ai-sector", "anthropic", "--store", store)
    assert done.returncode == 2 and "no chain of claims links" in done.stderr


def test_view_writes_one_self_contained_file(store, tmp_path) -> None:
    for args, nodes in ((["--entity", "claude", "--radius", "1"], 5), (["--claim", "openai-valuation-300bn"], 6), ([], 27)):
        out = tmp_path / "view.html"
        done = claimgraph("view", "--store", store, "--out", str(out), *args)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith(f"wrote {out}: {nodes} nodes")
        html = out.read_text(encoding="utf-8")
        assert "<script src=" not in html and "<link " not in html and "vis.Network" in html
        if not args:  # a link's tooltip is read from the file, not from a service
            assert '"tips_url": null' in html and "UK AI companies raised 4.7 billion pounds of venture capital in 2024." in html
    done = claimgraph("view", "--store", store, "--out", str(tmp_path / "x.html"), "--entity", "atlantis")
    assert done.returncode == 2 and "no entity with id 'atlantis'" in done.stderr
    done = claimgraph("view", "--store", store, "--out", str(tmp_path / "missing" / "x.html"))
    assert done.returncode == 2 and "cannot write" in done.stderr


def test_centrality_table_says_when_betweenness_is_estimated() -> None:
    from claimgraph.cli.analyze import _centrality

    row = {"id": "a", "type": "firm", "links": 1, "degree": 0.5, "betweenness": 0.25, "pagerank": 0.1}
    assert "estimate" not in _centrality([{**row, "betweenness_estimated": False}])
    assert "betweenness is an estimate" in _centrality([{**row, "betweenness_estimated": True}])
