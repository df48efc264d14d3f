"""What a page takes from the cache together (the network and its graph, PageRank or centrality) is of one version of
the store, even when a write comes between taking the one and the other."""

from __future__ import annotations

import pytest

from claimgraph.kg import analysis, curation
from claimgraph.kg import cache as cache_module
from claimgraph.kg.cache import DerivedCache
from claimgraph.kg.network import Network
from claimgraph.kg.store import Store


def _retracting_first(monkeypatch, store: Store, name: str, claims: list[str]) -> None:
    """Make the cache's ``name`` retract the next of ``claims`` (a write that changes the links) before each of its
    first ``len(claims)`` answers."""
    original, left = getattr(DerivedCache, name), list(claims)

    def after_a_write(self: DerivedCache):
        if left:
            curation.curate(store, left.pop(0), "retract", "Ed", note="a write between two readings")
        return original(self)

    monkeypatch.setattr(DerivedCache, name, after_a_write)


def _linking(network: Network) -> list[str]:
    return sorted(claim.id for claim in network.claims.values() if claim.links())


def _claims_on_edges(graph) -> set[str]:
    return {claim for *_, data in graph.edges(data=True) for claim in data["claims"]}


@pytest.mark.parametrize("writes", [1, cache_module.AGREEING_TRIES])
def test_the_network_and_its_pagerank_are_of_one_version(built_store: Store, monkeypatch, writes: int) -> None:
    derived = DerivedCache(built_store)
    retracted = _linking(derived.network())[:writes]
    _retracting_first(monkeypatch, built_store, "pagerank", retracted)
    network, (graph, scores) = derived.network_with_pagerank()
    assert not set(retracted) & network.claims.keys()
    assert _claims_on_edges(graph) == _claims_on_edges(network.graph()) <= network.claims.keys()
    assert dict(scores) == pytest.approx(analysis.pagerank(network.graph()))


@pytest.mark.parametrize("writes", [1, cache_module.AGREEING_TRIES])
def test_the_network_and_its_centrality_are_of_one_version(built_store: Store, monkeypatch, writes: int) -> None:
    derived = DerivedCache(built_store)
    retracted = _linking(derived.network())[:writes]
    _retracting_first(monkeypatch, built_store, "centrality", retracted)
    network, rows = derived.network_with_centrality()
    assert not set(retracted) & network.claims.keys()
    assert [dict(row) for row in rows] == analysis.centrality(network.graph())


def test_a_network_s_graph_is_its_own_when_a_write_comes_while_the_kept_one_is_taken(built_store: Store, monkeypatch) -> None:
    derived = DerivedCache(built_store)
    network = derived.network()
    retracted = _linking(network)[:1]
    _retracting_first(monkeypatch, built_store, "graph", retracted)
    graph = derived.graph_of(network)
    assert set(retracted) <= _claims_on_edges(graph) == _claims_on_edges(network.graph())
    assert [dict(row) for row in derived.centrality_of(network)] == analysis.centrality(network.graph())
