"""Analyses on the bundled article, with answers worked out by hand from its claim set.

The bundled network, read off the claim set: the article's unnamed publisher is
the claimant of 26 of the 32 claims, so it links (claimant to subject) to every
entity those claims are about: Anthropic, Claude, DeepMind, OpenAI, the EU AI
Act, Microsoft, Nvidia, the UK and the UK AI taskforce. Anthropic links to its
ten neighbours (the publisher, OpenAI, Claude, its two founders, San Francisco,
the London-listed tech companies, the two bidder groups and the anonymous
"sources close to the deal"). The UK AI sector, Dealroom, Sifted and the
French and German AI sectors form a component of their own; the Alan Turing
Institute only makes a claim about itself, so it has no link at all.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from claimgraph.kg.errors import NotFoundError
from claimgraph.claims.loader import load_claim_set
from claimgraph.kg import analysis
from claimgraph.kg.build import build
from claimgraph.kg.namespaces import claim_iri, sparql_prefixes
from claimgraph.kg.network import read_network

NETWORK_DATA = Path(__file__).resolve().parents[1] / "data" / "network"


@pytest.fixture
def network(built_store):
    return read_network(built_store)


@pytest.fixture
def graph(network):
    return network.graph()


def test_the_publisher_has_the_highest_betweenness(graph) -> None:
    """By hand, counting the shortest paths through each of the two hubs (27 nodes, so 325 pairs normalise):

    The publisher's side holds five leaves (EU AI Act, Microsoft, Nvidia, UK,
    taskforce) and the DeepMind branch (DeepMind, Google, London); Anthropic's
    side holds Anthropic, its 7 leaves, OpenAI, Claude and Claude's 2 users (12).
    Through the publisher: 10 leaf pairs + 5x3 + 5x12 + 3x12 + half of OpenAI-Claude
    + half of OpenAI to each of Claude's 2 users = 122.5.
    Through Anthropic: 21 pairs among its 7 leaves + 7x13 to the rest of the
    component + the same 1.5 = 113.5.
    """
    rows = analysis.centrality(graph)
    top, second = rows[0], rows[1]
    assert (top["id"], second["id"]) == ("uk-ai-gap-article-publisher", "anthropic")
    assert top["betweenness"] == pytest.approx(122.5 / 325, abs=1e-6)
    assert second["betweenness"] == pytest.approx(113.5 / 325, abs=1e-6)
    by_id = {row["id"]: row for row in rows}
    assert by_id["anthropic"]["links"] == 10 and by_id["uk-ai-gap-article-publisher"]["links"] == 9
    assert by_id["anthropic"]["degree"] == pytest.approx(10 / 26, abs=1e-6)
    assert by_id["alan-turing-institute"]["betweenness"] == 0 and by_id["alan-turing-institute"]["links"] == 0
    assert sum(row["pagerank"] for row in rows) == pytest.approx(1.0, abs=1e-4)
    # a leaf cannot outrank the hub it hangs on
    assert by_id["uk"]["pagerank"] < by_id["uk-ai-gap-article-publisher"]["pagerank"]


def test_communities_are_reproducible_and_keep_components_apart(graph) -> None:
    first = analysis.communities(graph)
    assert analysis.communities(graph) == first
    groups = [{member["id"] for member in group["members"]} for group in first]
    assert sorted(map(len, groups), reverse=True) == [len(group) for group in groups]
    assert set().union(*groups) == set(graph.nodes)
    # no community spans two components
    component_of = {node: index for index, component in enumerate(nx.connected_components(graph)) for node in component}
    for group in groups:
        assert len({component_of[node] for node in group}) == 1
    assert {"uk-ai-sector", "dealroom", "sifted", "france-ai-sector", "germany-ai-sector"} in groups
    assert {"alan-turing-institute"} in groups


def test_path_from_the_uk_to_anthropic_runs_through_the_publisher(network, graph) -> None:
    """The only claim about the UK is the article's own (post-Brexit positioning), and the article states
    fifteen claims about Anthropic itself: the path is UK - publisher - Anthropic."""
    path = analysis.explain_path(network, graph, "uk", "anthropic")
    assert [entity["id"] for entity in path["entities"]] == ["uk", "uk-ai-gap-article-publisher", "anthropic"]
    first, second = path["hops"]
    (claim,) = first["claims"]
    assert claim["id"] == "uk-post-brexit-agile-alternative"
    assert claim["quote"] == "The UK, post-Brexit, has tried to position itself as an agile alternative"
    assert claim["claimant"]["label"] == "Unnamed publisher of the UK AI gap article"
    assert claim["link"] == "attribution"
    ids = {claim["id"] for claim in second["claims"]}
    assert len(ids) == 15
    assert {"anthropic-valuation-approaching-1tn", "anthropic-founding-year-2021"} <= ids
    assert "anthropic-bids-sovereign-wealth-funds" not in ids  # that one is the anonymous source's
    assert all(claim["quote"] and claim["claimant"]["id"] == "uk-ai-gap-article-publisher" for claim in second["claims"])


def test_path_errors(network, graph) -> None:
    with pytest.raises(NotFoundError, match="no chain of claims links 'UK AI sector' and 'Anthropic'"):
        analysis.explain_path(network, graph, "uk-ai-sector", "anthropic")
    with pytest.raises(NotFoundError, match="no entity with id 'atlantis'"):
        analysis.explain_path(network, graph, "atlantis", "anthropic")


def test_sources_name_the_anonymous_and_the_thin_spots(network) -> None:
    report = analysis.source_dependence(network)
    assert [(row["id"], row["claims"]) for row in report["claimants"]] == [
        ("uk-ai-gap-article-publisher", 26),
        ("sifted", 2),
        ("sources-close-to-the-deal", 2),
        ("alan-turing-institute", 1),
        ("dealroom", 1),
    ]
    assert [claim["id"] for claim in report["anonymous"]] == [
        "anthropic-bids-institutional-investors",
        "anthropic-bids-sovereign-wealth-funds",
    ]
    assert all(claim["claimant"]["label"] == "Sources close to the deal" for claim in report["anonymous"])
    # no claim in the article is backed by a second claimant
    assert len(report["single_claimant"]) == 32
    assert len(report["own_word"]) == 26
    single = {row["id"]: row["source"]["id"] for row in report["single_source_entities"]}
    assert single["openai"] == "uk-ai-gap-article-publisher"
    assert single["sovereign-wealth-funds"] == "sources-close-to-the-deal"
    assert single["france-ai-sector"] == "sifted"
    assert "anthropic" not in single and "uk-ai-sector" not in single  # two claimants each


NONE = {"conflicts": [], "unknown_time": []}


def test_no_conflicts_in_the_bundled_article(network) -> None:
    """Anthropic's two valuations agree: about 1tn (0.9 to 1.1tn) sits inside 900bn to 1.1tn."""
    assert analysis.conflicts(network) == NONE


def test_disagreeing_valuations_are_reported_side_by_side(store) -> None:
    build(store, [load_claim_set(NETWORK_DATA / "rivals.yaml", NETWORK_DATA)])
    network = read_network(store)
    found = analysis.conflicts(network)
    (conflict,) = found["conflicts"]
    assert found["unknown_time"] == []
    assert (conflict["subject"]["id"], conflict["predicate"]) == ("quillon-labs", "valuation")
    assert [claim["id"] for claim in conflict["claims"]] == ["quillon-valuation-200m", "quillon-valuation-90m"]
    assert [claim["claimant"]["id"] for claim in conflict["claims"]] == ["northwind-data", "people-familiar"]
    assert "do not overlap" in conflict["reason"]
    sources = analysis.source_dependence(network)
    assert [claim["id"] for claim in sources["anonymous"]] == ["quillon-valuation-90m"]
    # two claimants on Quillon's valuation: neither claim rests on one claimant alone
    assert [claim["id"] for claim in sources["single_claimant"]] == ["quillon-funding-march-2024"]


def test_amounts_that_overlap_or_differ_in_time_do_not_conflict(store) -> None:
    build(store, [load_claim_set(NETWORK_DATA / "rivals.yaml", NETWORK_DATA)])
    store.update("""
PREFIX cg: <https://w3id.org/claimgraph/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { ?node cg:intervalStart ?s ; cg:intervalEnd ?e }
INSERT { ?node cg:intervalStart "2023-01-01"^^xsd:date ; cg:intervalEnd "2023-12-31"^^xsd:date }
WHERE { <https://w3id.org/claimgraph/id/claim/quillon-valuation-90m> cg:timeAbout ?node .
        ?node cg:intervalStart ?s ; cg:intervalEnd ?e }""")
    assert analysis.conflicts(read_network(store)) == NONE


UNKNOWN_TIME = {
    "no time-about": "DELETE WHERE { <%(claim)s> cg:timeAbout ?node . ?node ?p ?o }",
    "words without a value": "DELETE { ?node ?p ?o } WHERE { <%(claim)s> cg:timeAbout ?node . ?node ?p ?o "
                             "FILTER (?p IN (cg:timeValue, cg:precision, cg:intervalStart, cg:intervalEnd)) }",
}


@pytest.mark.parametrize("update", UNKNOWN_TIME.values(), ids=UNKNOWN_TIME)
def test_values_that_disagree_where_a_time_is_unknown_are_listed_apart(store, update: str) -> None:
    """Unknown is not "the same time": the pair is not a conflict, and is not dropped either."""
    build(store, [load_claim_set(NETWORK_DATA / "rivals.yaml", NETWORK_DATA)])
    store.update(sparql_prefixes() + update % {"claim": claim_iri("quillon-valuation-90m")})
    found = analysis.conflicts(read_network(store))
    assert found["conflicts"] == []
    (pair,) = found["unknown_time"]
    assert [claim["id"] for claim in pair["claims"]] == ["quillon-valuation-200m", "quillon-valuation-90m"]
    assert [claim["about"] for claim in pair["claims"]] == ["2024", None]
    assert "do not overlap" in pair["reason"]


def test_empty_network(store) -> None:
    network = read_network(store)
    graph = network.graph()
    assert analysis.centrality(graph) == []
    assert analysis.communities(graph) == []
    assert analysis.conflicts(network) == NONE
    assert analysis.source_dependence(network)["claimants"] == []


def test_a_graph_changed_between_two_analyses_is_analysed_as_it_is_now() -> None:
    graph = nx.path_graph(["a", "b", "c", "d"])
    before = analysis.pagerank(graph)
    graph.add_edge("a", "d")
    assert analysis.pagerank(graph) == pytest.approx(dict.fromkeys("abcd", 0.25)) != before  # a cycle now, every entity alike
