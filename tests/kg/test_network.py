"""The entity network projected out of the store."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from claimgraph.claims.errors import InputError
from claimgraph.kg.errors import NotFoundError
from claimgraph.claims.loader import load_claim_set
from claimgraph.claims.model import Literal, Money
from claimgraph.kg import reviews
from claimgraph.kg.build import build
from claimgraph.kg.network import (
    Filters,
    claim_provenance,
    filter_network,
    neighbourhood,
    project,
    read_network,
)
from claimgraph.kg.projection import ASSERTION, ATTRIBUTION
from claimgraph.kg.store import Store

NETWORK_DATA = Path(__file__).resolve().parents[1] / "data" / "network"


def review(store: Store, claim_id: str, review_id: str, day: str, verdict: str) -> None:
    """Insert a bare schema.org ClaimReview, as any other tool could write one (no revision chain)."""
    store.update(f"""
PREFIX schema: <http://schema.org/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT DATA {{
  <https://w3id.org/claimgraph/id/review/{review_id}> a schema:ClaimReview ;
    schema:itemReviewed <https://w3id.org/claimgraph/id/claim/{claim_id}> ;
    schema:datePublished "{day}"^^xsd:date ;
    schema:reviewBody "checked against the filing" ;
    schema:reviewRating [ a schema:Rating ; schema:alternateName "{verdict}" ] .
}}""")


def test_nodes_are_the_entities_with_type_label_and_claim_counts(built_store, bundled) -> None:
    graph = project(built_store)
    assert set(graph.nodes) == {entity.id for entity in bundled.entities}
    anthropic = graph.nodes["anthropic"]
    assert (anthropic["label"], anthropic["type"]) == ("Anthropic", "firm")
    about = [claim for claim in bundled.claims if claim.subject == "anthropic"]
    mentioned = [claim for claim in bundled.claims if claim.object_entity == "anthropic"]
    assert anthropic["about"] == len(about)
    assert anthropic["mentioned"] == len(mentioned)
    assert anthropic["claims"] == len({claim.id for claim in about + mentioned})
    dealroom = graph.nodes["dealroom"]
    assert (dealroom["type"], dealroom["made"], dealroom["about"]) == ("data_provider", 1, 0)


def test_edges_keep_claims_predicates_and_statements(built_store, bundled) -> None:
    network = read_network(built_store)
    graph = network.graph()
    data = graph.edges["anthropic", "openai"]
    assert sorted(data["claims"]) == [
        "anthropic-founders-former-openai-staff",
        "anthropic-valuation-comparable-to-openai",
    ]
    assert set(data["predicates"]) == {"founderFormerEmployer", "comparedWith"}
    assert data["kinds"] == (ASSERTION, ASSERTION) and data["weight"] == 2
    statements = {network.claims[claim].statement for claim in data["claims"]}
    assert "Anthropic was founded by people who had previously worked at OpenAI." in statements
    # claimant to subject: Dealroom is the source of the UK AI sector's funding figure
    (claim,) = graph.edges["dealroom", "uk-ai-sector"]["claims"]
    assert claim == "uk-ai-sector-vc-funding-2024"
    assert graph.edges["dealroom", "uk-ai-sector"]["kinds"] == (ATTRIBUTION,)
    assert network.claims[claim].quote.startswith("For context, the entire UK AI sector attracted just £4.7bn")


def test_every_link_of_every_claim_is_an_edge(built_store, bundled) -> None:
    graph = project(built_store)
    expected = set()
    for claim in bundled.claims:
        if claim.object_entity and claim.object_entity != claim.subject:
            expected.add((claim.id, frozenset((claim.subject, claim.object_entity))))
        if claim.claimant != claim.subject:
            expected.add((claim.id, frozenset((claim.claimant, claim.subject))))
    found = {(claim, frozenset((a, b))) for a, b, data in graph.edges(data=True) for claim in data["claims"]}
    assert found == expected


def test_claim_records_carry_values_times_and_the_quote(built_store) -> None:
    network = read_network(built_store)
    claim = network.claims["anthropic-valuation-secondary-range"]
    assert claim.value == Money("USD", None, 9e11, 1.1e12, True)
    assert claim.value_text == "about 900bn to 1.1tn USD"
    assert not claim.about.known and claim.about_interval is None  # its sentence gives no time
    assert claim.stated.value == "2025"
    assert claim.quote.startswith("The secondary offering")
    assert claim.verdict == reviews.NOT_REVIEWED
    founding = network.claims["anthropic-founding-year-2021"]
    assert founding.value == Literal("2021", "gYear") and founding.value_text == "2021"
    funding = network.claims["uk-ai-sector-vc-funding-2024"]
    assert funding.about.value == "2024" and funding.about_interval == ("2024-01-01", "2024-12-31")


def test_the_current_verdict_is_the_newest_review(built_store) -> None:
    review(built_store, "openai-valuation-300bn", "r1", "2025-03-01", "Mostly true")
    review(built_store, "openai-valuation-300bn", "r2", "2025-04-01", "True")
    review(built_store, "nvidia-market-cap-3tn", "r3", "2025-04-01", "Misleading")
    network = read_network(built_store)
    assert network.claims["openai-valuation-300bn"].verdict == "true"
    assert network.claims["nvidia-market-cap-3tn"].verdict_label == "Misleading"
    assert network.claims["microsoft-data-centre-investment-100bn"].verdict == reviews.NOT_REVIEWED
    assert len(network.claims) == 32


def test_reviews_recorded_by_kg_reviews_give_the_current_verdict(built_store) -> None:
    first = datetime(2025, 3, 1, tzinfo=timezone.utc)
    reviews.add_review(built_store, "openai-valuation-300bn", "mixed", "one source", [], "Ann", now=first)
    reviews.add_review(built_store, "openai-valuation-300bn", "false", "filing says otherwise", [], "Bo", now=first.replace(month=4))
    claim = read_network(built_store).claims["openai-valuation-300bn"]
    assert (claim.verdict, claim.verdict_label) == ("false", "False")


def test_filters_keep_what_was_asked_for(built_store) -> None:
    network = read_network(built_store)
    funding = filter_network(network, Filters(claim_types=("funding",)))
    assert set(funding.claims) == {c.id for c in network.claims.values() if c.type == "funding"}
    graph = funding.graph()
    assert set(graph.nodes) == {
        "anthropic", "sovereign-wealth-funds", "institutional-investors", "sources-close-to-the-deal",
        "uk-ai-sector", "dealroom",
    }
    firms = filter_network(network, Filters(entity_types=("firm",))).graph()
    assert {graph_type for _, graph_type in firms.nodes(data="type")} == {"firm"}
    assert set(map(frozenset, firms.edges)) == {frozenset(("anthropic", "openai")), frozenset(("deepmind", "google"))}
    in_2024 = filter_network(network, Filters(time_from=date(2024, 1, 1), time_to=date(2024, 12, 31)))
    assert set(in_2024.claims) == {
        "uk-ai-sector-vc-funding-2024", "uk-ai-startups-raised-less-than-france-2024",
        "uk-ai-startups-raised-less-than-germany-2024",
    }


def test_verdict_filter(built_store) -> None:
    review(built_store, "openai-valuation-300bn", "r1", "2025-03-01", "False")
    network = read_network(built_store)
    false = filter_network(network, Filters(verdicts=("false",)))
    assert set(false.claims) == {"openai-valuation-300bn"}
    assert set(false.graph().nodes) == {"openai", "uk-ai-gap-article-publisher"}
    unreviewed = filter_network(network, Filters(verdicts=(reviews.NOT_REVIEWED,)))
    assert len(unreviewed.claims) == 31


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        (Filters(entity_types=("spaceship",)), "unknown entity type 'spaceship'"),
        (Filters(claim_types=("rumour",)), "unknown claim type 'rumour'"),
        (Filters(time_from=date(2025, 1, 1), time_to=date(2024, 1, 1)), "ends"),
    ],
)
def test_bad_filters_are_refused(built_store, filters, message) -> None:
    with pytest.raises(InputError, match=message):
        filter_network(read_network(built_store), filters)


def test_neighbourhood(built_store) -> None:
    graph = project(built_store)
    one = neighbourhood(graph, "claude", 1)
    assert set(one.nodes) == {"claude", "anthropic", "uk-ai-gap-article-publisher", "hedge-funds", "healthcare-providers"}
    two = neighbourhood(graph, "claude", 2)
    assert "sources-close-to-the-deal" in two and "uk" in two and "google" not in two
    with pytest.raises(NotFoundError):
        neighbourhood(graph, "nobody", 1)
    with pytest.raises(InputError):
        neighbourhood(graph, "claude", 3)


def test_claim_provenance(built_store) -> None:
    when = datetime(2025, 5, 2, 9, 30, tzinfo=timezone.utc)
    reviews.add_review(built_store, "uk-ai-sector-vc-funding-2024", "true", "matches Dealroom", [], "Ann", now=when)
    network = read_network(built_store)
    graph = claim_provenance(built_store, network, "uk-ai-sector-vc-funding-2024")
    kinds = {node: data["kind"] for node, data in graph.nodes(data=True)}
    assert sorted(kinds.values()) == ["claim", "document", "entity", "entity", "quote", "review", "value"]
    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert {"UK AI sector", "Dealroom", "4.7bn GBP", "True (2025-05-02)"} <= labels
    edges = {(a, b): data["label"] for a, b, data in graph.edges(data=True)}
    assert edges[("claim:uk-ai-sector-vc-funding-2024", "entity:dealroom")] == "attributed to"
    assert edges[("claim:uk-ai-sector-vc-funding-2024", "value")] == "fundingRaised"
    with pytest.raises(NotFoundError):
        claim_provenance(built_store, network, "no-such-claim")


def test_claims_without_reviews_or_object_entities_from_another_set(store) -> None:
    build(store, [load_claim_set(NETWORK_DATA / "rivals.yaml", NETWORK_DATA)])
    graph = project(store)
    assert set(graph.nodes) == {"quillon-labs", "northwind-data", "people-familiar", "rivals-wire"}
    assert set(map(frozenset, graph.edges)) == {
        frozenset(("northwind-data", "quillon-labs")), frozenset(("people-familiar", "quillon-labs")),
    }
    assert graph.nodes["rivals-wire"]["claims"] == 0
    assert graph.nodes["quillon-labs"]["made"] == 1


def test_an_empty_store_projects_to_an_empty_graph(store) -> None:
    graph = project(store)
    assert graph.number_of_nodes() == 0 and graph.number_of_edges() == 0
