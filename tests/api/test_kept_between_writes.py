"""Over HTTP: the home page's count, the graph and PageRank are kept between writes, and reviews patch what is kept."""

from __future__ import annotations

from datetime import datetime, timezone

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from claimgraph.kg import analysis, projection, resources, reviews
from claimgraph.kg import cache as cache_module
from claimgraph.kg.namespaces import claim_iri, sparql_prefixes
from claimgraph.kg.network import Network, read_network, read_structure
from claimgraph.kg.store import Store, insert_data
from tests.api.conftest import bearer
from tests.api.test_derived_cache import CLAIM, Counter, _verdict

FOUNDED = "anthropic-founded-by-dario-amodei"
GRAPH_PATHS = (
    "/", "/views/network", "/views/entity/anthropic", "/views/entity/openai?radius=2", "/api/analysis/communities",
    "/api/analysis/path?from=uk&to=anthropic", "/api/analysis/centrality", "/entities/anthropic",
)


@pytest.fixture
def graphs(monkeypatch) -> list[Network]:
    """The networks whose graph was assembled, in order."""
    assembled, graph = [], Network.graph

    def counted(network: Network) -> nx.Graph:
        assembled.append(network)
        return graph(network)

    monkeypatch.setattr(Network, "graph", counted)
    return assembled


def test_the_home_page_counts_without_listing_every_claim(api: TestClient, built_store: Store, monkeypatch) -> None:
    def refused(*args: object) -> object:
        raise AssertionError("the home page listed every claim")

    listed = resources.find_claims(built_store, resources.ClaimFilter(), None).total
    monkeypatch.setattr(resources, "find_claims", refused)
    assert f"<p>{listed} factual claims" in api.get("/").text
    built_store.update(sparql_prefixes() + f"DELETE WHERE {{ <{claim_iri(CLAIM)}> cg:status ?status }}")
    assert f"<p>{listed - 1} factual claims" in api.get("/").text


def test_the_graph_and_pagerank_are_assembled_once(api: TestClient, graphs: list[Network], monkeypatch) -> None:
    ranked, pagerank = [], analysis.pagerank

    def counted(graph: nx.Graph) -> dict[str, float]:
        ranked.append(graph)
        return pagerank(graph)

    monkeypatch.setattr(analysis, "pagerank", counted)
    for path in GRAPH_PATHS:
        assert api.get(path).status_code == 200, path
    graph = api.app.state.derived.graph()
    assert len(graphs) == 1 and [ranks for ranks in ranked if ranks is graph] == [graph]  # the entity views rank their neighbourhoods
    assert api.get("/views/network", params={"claim_type": "valuation"}).status_code == 200  # filtered: a graph of its own
    assert len(graphs) == 2
    with pytest.raises(nx.NetworkXError):
        graph.add_edge("anthropic", "nobody")


def test_reviews_over_http_read_only_the_verdicts(api: TestClient, secrets: dict[str, str], graphs: list[Network], monkeypatch) -> None:
    reads, verdicts = Counter(read_structure), Counter(projection.read_verdicts)
    monkeypatch.setattr(cache_module, "read_structure", reads)
    monkeypatch.setattr(projection, "read_verdicts", verdicts)
    for path in GRAPH_PATHS:
        assert api.get(path).status_code == 200, path
    reviewer = bearer(secrets["reviewer"])
    for claim_id, verdict in ((CLAIM, "mostly_true"), (FOUNDED, "true"), (CLAIM, "misleading")):
        answer = api.post(f"/api/claims/{claim_id}/reviews", json={"verdict": verdict, "rationale": "checked"}, headers=reviewer)
        assert answer.status_code == 201, answer.text
    assert _verdict(api, CLAIM) == "misleading"
    assert api.get("/views/entity/anthropic").status_code == 200 and api.get("/entities/dealroom").status_code == 200
    (tip,) = api.get("/api/claim-tips", params={"id": FOUNDED}).json()["claims"]  # what the page's tooltip reads
    assert tip["verdict"] == "True"
    assert (reads.calls, verdicts.calls, len(graphs)) == (1, 1, 1)
    kept = api.app.state.derived.network()
    assert kept.records(kept.claims) == read_network(api.app.state.store).claims


def test_a_review_an_editor_writes_over_sparql_makes_the_service_read_everything(
    api: TestClient, built_store: Store, secrets: dict[str, str], monkeypatch
) -> None:
    reads = Counter(read_structure)
    monkeypatch.setattr(cache_module, "read_structure", reads)
    assert _verdict(api, CLAIM) == "none"
    review = reviews.review_quads(
        reviews.review_iri(CLAIM, 1), claim_iri(CLAIM), reviews.scale().verdicts["false"], "no", [], "Bo",
        datetime(2025, 3, 1, tzinfo=timezone.utc), None, None,
    )
    answer = api.post("/sparql", data={"update": insert_data(review)}, headers=bearer(secrets["editor"]))
    assert answer.status_code == 204, answer.text
    assert _verdict(api, CLAIM) == "false"
    assert reads.calls == 2
