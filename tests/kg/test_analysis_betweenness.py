"""Betweenness is exact on small networks and a reproducible estimate past ``BETWEENNESS_EXACT_UP_TO`` entities."""

from __future__ import annotations

import networkx as nx
import pytest

from claimgraph.kg import analysis


def entity_graph(graph: nx.Graph) -> nx.Graph:
    """A generated graph dressed as the projection's: string ids, labels, types, claim counts and weights."""
    named = nx.relabel_nodes(graph, {node: f"e{node:05d}" for node in graph.nodes})
    dressed = nx.Graph()
    for node in sorted(named.nodes):
        dressed.add_node(node, label=node.upper(), type="firm", claims=named.degree(node))
    dressed.add_edges_from(sorted(named.edges), weight=1)
    return dressed


def test_small_networks_are_exact() -> None:
    graph = entity_graph(nx.barabasi_albert_graph(300, 2, seed=1))
    exact = nx.betweenness_centrality(graph)
    rows = analysis.centrality(graph)
    assert not any(row["betweenness_estimated"] for row in rows)
    assert {row["id"]: row["betweenness"] for row in rows} == {node: round(value, 6) for node, value in exact.items()}


def test_past_the_threshold_the_top_entities_agree_with_exact_betweenness() -> None:
    graph = entity_graph(nx.barabasi_albert_graph(600, 2, seed=3))
    exact = nx.betweenness_centrality(graph)
    rows = analysis.centrality(graph, exact_up_to=500, pivots=120)
    assert all(row["betweenness_estimated"] for row in rows)
    ranked = sorted(exact, key=lambda node: (-exact[node], node))
    top = [row["id"] for row in rows[:5]]
    assert top[0] == ranked[0]
    assert set(top) <= set(ranked[:10])
    for row in rows[:5]:
        assert row["betweenness"] == pytest.approx(exact[row["id"]], rel=0.3)
    # an estimate, not the exact answer
    assert [row["betweenness"] for row in rows] != [round(exact[row["id"]], 6) for row in rows]


def test_the_default_threshold_and_a_reproducible_estimate() -> None:
    """A linked core of 100 entities plus isolated ones: the size decides, and isolated entities cost next to nothing."""
    def network(size: int) -> nx.Graph:
        graph = nx.barabasi_albert_graph(100, 2, seed=5)
        graph.add_nodes_from(range(100, size))
        return entity_graph(graph)

    at_threshold = analysis.centrality(network(analysis.BETWEENNESS_EXACT_UP_TO))
    assert not any(row["betweenness_estimated"] for row in at_threshold)
    core = nx.betweenness_centrality(network(100))
    assert at_threshold[0]["id"] == max(core, key=core.get)
    past = network(analysis.BETWEENNESS_EXACT_UP_TO + 1)
    first = analysis.centrality(past)
    assert all(row["betweenness_estimated"] for row in first)
    assert analysis.centrality(past) == first  # the seed draws the same pivots every time
    assert analysis.centrality(past, seed=analysis.BETWEENNESS_SEED + 1) != first


@pytest.mark.parametrize("shape", range(12))
def test_the_values_are_networkx_s_exact_and_estimated(shape: int) -> None:
    """igraph follows the paths; what comes out is networkx's betweenness with the same pivots, scaled the same way,
    on graphs with isolated entities, several parts and (for the first shapes) fewer than three entities."""
    size = [0, 1, 2, 3, 5, 40, 60, 90, 120, 150, 200, 260][shape]
    graph = nx.gnm_random_graph(size, size * 2 // (1 + shape % 3), seed=shape)
    graph.add_nodes_from(range(size, size + shape % 4))
    graph = entity_graph(graph)
    for exact_up_to, pivots in ((10_000, 7), (30, 1), (30, 2), (30, 25), (30, 10_000)):
        ours = analysis.betweenness(graph, exact_up_to=exact_up_to, pivots=pivots, seed=shape)
        estimated = graph.number_of_nodes() > exact_up_to and pivots < graph.number_of_nodes()
        theirs = nx.betweenness_centrality(graph, k=pivots if estimated else None, seed=shape)
        if pivots == 1:  # networkx leaves the lone pivot's value undefined (0 / 0); it cannot lie on its own paths
            theirs = {node: 0.0 if value != value else value for node, value in theirs.items()}
        assert ours.keys() == theirs.keys()
        assert ours == pytest.approx(theirs, abs=1e-12)
