"""A network's graph made from another's (the record as of a time, from the kept network) equals the graph assembled
afresh: the same nodes in the same order with the same data, the same edges with the same data."""

from __future__ import annotations

import copy
from dataclasses import replace

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.kg.network import Network, read_network
from claimgraph.kg.store import Store


def _nodes(graph: nx.Graph) -> list[tuple[str, dict]]:
    return list(graph.nodes(data=True))


def _edges(graph: nx.Graph) -> dict[frozenset, dict]:
    return {frozenset((source, target)): data for source, target, data in graph.edges(data=True)}


@pytest.fixture
def kept(built_store: Store) -> tuple[Network, nx.Graph]:
    """The bundled claims' network and its graph, as the service keeps them."""
    network = read_network(built_store)
    return network, network.graph()


CHANGES = st.lists(
    st.tuples(st.sampled_from(("drop", "subject", "object", "claimant")), st.integers(0, 10_000), st.integers(0, 10_000)),
    max_size=8,
)


def _changed(network: Network, changes: list[tuple[str, int, int]]) -> Network:
    """The network with some claims gone and some pointed at other entities (new records, as a reading of then gives)."""
    claims, entities = dict(network.claims), sorted(network.entities)
    for what, which, other in changes:
        if not claims:
            break
        key = sorted(claims)[which % len(claims)]
        if what == "drop":
            del claims[key]
        else:
            claims[key] = replace(claims[key], **{what: entities[other % len(entities)]})
    return Network(entities=dict(network.entities), claims=claims)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=CHANGES)
def test_the_graph_made_from_the_kept_one_is_the_graph_assembled_afresh(kept: tuple[Network, nx.Graph], changes) -> None:
    network, graph = kept
    before = copy.deepcopy((_nodes(graph), _edges(graph)))
    then = _changed(network, changes)
    made, fresh = then.graph_from(network, graph), then.graph()
    assert _nodes(made) == _nodes(fresh)
    assert _edges(made) == _edges(fresh)
    assert (_nodes(graph), _edges(graph)) == before, "the kept graph is left as it was"


def test_claims_put_back_are_linked_again(kept: tuple[Network, nx.Graph]) -> None:
    network, graph = kept
    fewer = Network(entities=dict(network.entities), claims={key: claim for key, claim in sorted(network.claims.items())[:-3]})
    fewer_graph = fewer.graph()
    assert _edges(network.graph_from(fewer, fewer_graph)) == _edges(graph)


def test_other_entities_mean_the_graph_is_assembled(kept: tuple[Network, nx.Graph], built_store: Store) -> None:
    network, graph = kept
    other = read_network(built_store)  # equal records, other objects: nothing is taken from the kept graph
    made = other.graph_from(network, graph)
    assert made is not graph and _edges(made) == _edges(graph) and _nodes(made) == _nodes(graph)
