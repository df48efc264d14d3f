"""``claimgraph links`` and ``claimgraph analyze matches`` through the installed entry point."""

from __future__ import annotations

import json
from pathlib import Path

from claimgraph.kg.store import open_store
from tests.conftest import claimgraph, ingest_veloria, snapshot


def _store(tmp_path: Path) -> str:
    location = tmp_path / "store"
    store = open_store(location)
    try:
        ingest_veloria(store)
    finally:
        store.close()
    return str(location)


def _quads(location: str) -> set[tuple]:
    store = open_store(location)
    try:
        return snapshot(store)
    finally:
        store.close()


def test_links_are_decided_and_the_matches_follow(tmp_path: Path) -> None:
    store = _store(tmp_path)
    listed = claimgraph("links", "list", "--store", store, "--status", "proposed")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "united-kingdom--britain  [proposed]  Britain -> United Kingdom  (both are names of United Kingdom (country names table); both are of type country)",
        "veloria-robotics--veloria  [proposed]  Veloria -> Veloria Robotics  (both are of type firm; names 'veloria robotics' and 'veloria' are 100% alike (token set ratio))",
    ]
    before = json.loads(claimgraph("analyze", "matches", "--store", store, "--format", "json").stdout)
    assert before == {"groups": []}
    for link in ("veloria-robotics--veloria", "united-kingdom--britain"):
        done = claimgraph("links", "confirm", link, "--store", store, "--by", "ann", "--note", "one and the same")
        assert done.returncode == 0 and "[confirmed]" in done.stdout, done.stderr
    kept = _quads(store)
    again = claimgraph("links", "refuse", "united-kingdom--britain", "--store", store, "--by", "ann")
    assert again.returncode == 2 and "confirmed already; nothing was written" in again.stderr
    assert _quads(store) == kept
    groups = json.loads(claimgraph("analyze", "matches", "--store", store, "--format", "json").stdout)["groups"]
    assert [(g["predicate"], g["documents"], g["independent_claimants"]) for g in groups] == [
        ("fundingRaised", 2, 2), ("valuation", 2, 1), ("investmentAmount", 2, 1),
    ]  # fmt: skip
    table = claimgraph("analyze", "sources", "--store", store)
    assert "corroborated by 2 independent claimant(s)" in table.stdout
    undone = claimgraph("links", "undo", "veloria-robotics--veloria", "--store", store, "--by", "ann", "--format", "json")
    assert undone.returncode == 0 and json.loads(undone.stdout)["status"] == "proposed"
