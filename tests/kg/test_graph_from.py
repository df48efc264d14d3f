"""A network's graph made from another's (the record as of a time, or after a write, from the kept network) equals the
graph assembled afresh: the same nodes in the same order with the same data, the same edges with the same data."""

from __future__ import annotations

import copy
import gc
from dataclasses import replace

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.kg.network import Entity, Network, read_network
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
    st.tuples(st.sampled_from(("drop", "subject", "object", "claimant", "new subject", "new object", "new claimant")),
              st.integers(0, 10_000), st.integers(0, 10_000)),
    max_size=8,
)


def _changed(network: Network, changes: list[tuple[str, int, int]]) -> Network:
    """The network with some claims gone and some pointed at other entities, perhaps new ones, as an ingest proposes
    (new records, as a reading of then or after a write gives)."""
    claims, entities, kept = dict(network.claims), sorted(network.entities), dict(network.entities)
    for what, which, other in changes:
        if not claims:
            break
        key = sorted(claims)[which % len(claims)]
        if what == "drop":
            del claims[key]
        elif what.startswith("new "):
            # sorted among the others, not after them
            name = f"{entities[other % len(entities)]}-{other}"
            kept[name] = Entity(id=name, iri=f"https://example.org/{name}", label=name.title(), type="firm")
            claims[key] = replace(claims[key], **{what.removeprefix("new "): name})
        else:
            claims[key] = replace(claims[key], **{what: entities[other % len(entities)]})
    return Network(entities=kept, claims=claims)


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


def test_a_new_entity_that_unchanged_claims_named_already_is_linked_to_them(kept: tuple[Network, nx.Graph]) -> None:
    """An entity the kept network lacked while some of its claims named it (their links left out then) is linked to
    them once it is there, though those claims are the same records."""
    network, graph = kept
    named = max(network.entities, key=lambda entity: sum(entity in (claim.subject, claim.object) for claim in network.claims.values()))
    without = Network(entities={key: entity for key, entity in network.entities.items() if key != named}, claims=dict(network.claims))
    made = network.graph_from(without, without.graph())
    assert _nodes(made) == _nodes(graph)
    assert _edges(made) == _edges(graph)
    assert made.degree(named) > 0


def test_no_edge_s_data_is_left_to_the_cycle_collector(kept: tuple[Network, nx.Graph]) -> None:
    """An edge's data holds strings and numbers only, in tuples: after a full collection or two (the second for the
    tuples of tuples), the cycle collector stops walking it (it walked every edge's lists, each time, in a service
    holding a large graph)."""
    network, graph = kept
    fewer = Network(entities=dict(network.entities), claims=dict(sorted(network.claims.items())[:-3]))
    made = network.graph_from(fewer, fewer.graph())
    gc.collect(), gc.collect()
    for drawn in (graph, made):
        assert drawn.number_of_edges() > 10
        assert not [pair for *pair, data in drawn.edges(data=True) if gc.is_tracked(data)]
        assert not [node for node, data in drawn.nodes(data=True) if gc.is_tracked(data)]
