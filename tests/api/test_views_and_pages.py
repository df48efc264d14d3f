"""The analysis routes, views and pages over HTTP (FastAPI's test client on a built store)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from fastapi.testclient import TestClient

from claimgraph.api.app import create_app
from claimgraph.api.settings import Settings
from claimgraph.claims.loader import load_claim_set
from claimgraph.kg import reviews
from claimgraph.kg.build import build
from claimgraph.kg.namespaces import claim_iri, sparql_prefixes
from claimgraph.kg.locations import MEMORY
from tests.conftest import REPO

NETWORK_DATA = REPO / "tests" / "data" / "network"


@pytest.fixture
def client(built_store):
    with TestClient(create_app(Settings(store=MEMORY), store=built_store)) as client:
        yield client


def test_centrality_route(client) -> None:
    body = client.get("/api/analysis/centrality", params={"limit": 2}).json()
    assert [row["id"] for row in body["items"]] == ["uk-ai-gap-article-publisher", "anthropic"] and body["total"] == 27


def test_path_route(client) -> None:
    body = client.get("/api/analysis/path", params={"from": "uk", "to": "anthropic"}).json()
    assert [entity["id"] for entity in body["entities"]] == ["uk", "uk-ai-gap-article-publisher", "anthropic"]
    assert body["hops"][0]["claims"][0]["quote"].startswith("The UK, post-Brexit")
    missing = client.get("/api/analysis/path", params={"from": "uk-ai-sector", "to": "anthropic"})
    assert missing.status_code == 404 and "no chain of claims" in missing.json()["detail"]
    assert client.get("/api/analysis/path", params={"from": "uk"}).status_code == 422


def test_sources_conflicts_communities_routes(client) -> None:
    sources = client.get("/api/analysis/sources").json()
    assert [claim["id"] for claim in sources["anonymous"]] == ["anthropic-bids-institutional-investors", "anthropic-bids-sovereign-wealth-funds"]
    assert client.get("/api/analysis/conflicts").json() == {"items": [], "total": 0, "unknown_time": []}
    first = client.get("/api/analysis/communities").json()
    assert first == client.get("/api/analysis/communities").json() and first["seed"] == 42
    assert sum(group["size"] for group in first["items"]) == 27


def test_conflicts_route_lists_apart_the_pairs_whose_time_is_unknown(store) -> None:
    build(store, [load_claim_set(NETWORK_DATA / "rivals.yaml", NETWORK_DATA)])
    with TestClient(create_app(Settings(store=MEMORY), store=store)) as client:
        (conflict,) = client.get("/api/analysis/conflicts").json()["items"]
    store.update(sparql_prefixes() + "DELETE WHERE { <%s> cg:timeAbout ?node . ?node ?p ?o }" % claim_iri("quillon-valuation-90m"))
    with TestClient(create_app(Settings(store=MEMORY), store=store)) as client:
        body = client.get("/api/analysis/conflicts").json()
    assert (body["items"], body["total"]) == ([], 0)
    (pair,) = body["unknown_time"]
    assert [claim["id"] for claim in pair["claims"]] == [claim["id"] for claim in conflict["claims"]]


def test_path_route_does_not_bridge_two_articles_through_their_anonymous_sources(store, two_anonymous_articles) -> None:
    """Each article's "people familiar with the matter" is its own: the firms of two articles stay apart."""
    (firm_a, source_a), (firm_b, _) = ((c.subject, c.claimant) for r in two_anonymous_articles for c in r.claims if c.type == "funding")
    with TestClient(create_app(Settings(store=MEMORY), store=store)) as client:
        assert client.get("/api/analysis/path", params={"from": firm_a, "to": source_a}).json()["length"] == 1
        apart = client.get("/api/analysis/path", params={"from": firm_a, "to": firm_b})
    assert apart.status_code == 404 and "no chain of claims" in apart.json()["detail"]


def test_network_view_and_filters(client) -> None:
    page = client.get("/views/network")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "32 claims linking 27 entities" in page.text
    funding = client.get("/views/network", params={"claim_type": "funding", "limit": 3})
    assert "3 claims linking 6 entities" in funding.text and "Left out: 3 entities" in funding.text
    assert "3 claims linking 5 entities" in client.get("/views/network", params={"from": "2024", "to": "2024"}).text
    for params, status in (({"claim_type": "rumour"}, 400), ({"from": "soon"}, 400), ({"limit": 0}, 422), ({"from": "2025", "to": "2024"}, 400)):
        assert client.get("/views/network", params=params).status_code == status


def test_entity_and_claim_views(client) -> None:
    one = client.get("/views/entity/claude")
    assert one.status_code == 200 and '"id": "hedge-funds"' in one.text and '"id": "google"' not in one.text
    assert client.get("/views/entity/claude", params={"radius": 3}).status_code == 422
    assert client.get("/views/entity/nobody").status_code == 404
    claim = client.get("/views/claim/openai-valuation-300bn")
    assert claim.status_code == 200 and "300bn USD" in claim.text
    assert client.get("/views/claim/nothing").status_code == 404


def test_assets_are_served_from_here(client) -> None:
    script = client.get("/views/assets/vis-network.min.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert client.get("/views/assets/network.js").text.startswith("// Draws a claimgraph view")
    assert client.get("/views/assets/secrets.txt").status_code == 404
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")


def test_pages(client) -> None:
    home = client.get("/")
    assert home.status_code == 200 and 'href="/claims"' in home.text and 'href="/queries"' in home.text
    assert "/views/assets/network.js" in home.text
    listing = client.get("/claims", params={"type": "funding"})
    api = client.get("/api/claims", params={"type": "funding"}).json()
    assert listing.text.count('href="/claims/') == api["total"] == 3 and "3 claims, 1 to 3 shown" in listing.text
    for item in api["items"]:
        assert f'href="/claims/{item["id"]}"' in listing.text
    assert "/api/claims?type=funding&amp;limit=50&amp;offset=0" in listing.text
    paged = client.get("/claims", params={"limit": 10, "offset": 10}).text
    assert "32 claims, 11 to 20 shown" in paged and 'rel="prev"' in paged and 'rel="next"' in paged
    words = client.get("/claims", params={"q": "Dealroom", "about_from": "2024", "about_to": "2024"}).text
    assert words.count('href="/claims/') == 1 and "uk-ai-sector-vc-funding-2024" in words
    assert client.get("/claims", params={"about_from": "someday"}).status_code == 400
    claim = client.get("/claims/uk-ai-sector-vc-funding-2024")
    assert '<mark id="quote">For context, the entire UK AI sector' in claim.text
    assert "No one has reviewed this claim yet." in claim.text
    assert client.get("/claims/nothing").status_code == 404
    entity = client.get("/entities/anthropic")
    assert "Rank by betweenness" in entity.text and "<td>2 of 27</td>" in entity.text
    assert 'src="/views/entity/anthropic?radius=1"' in entity.text
    assert client.get("/entities/nobody").status_code == 404
    queries = client.get("/queries")
    assert "anonymous-sources" in queries.text and "/sparql#query=" in queries.text


def test_claim_page_lists_reviews(client, built_store) -> None:
    from datetime import datetime, timezone

    from claimgraph.kg import reviews

    reviews.add_review(built_store, "openai-valuation-300bn", "mostly_true", "Reported <widely>", ["https://example.org/a"], "Ann",
                       now=datetime(2025, 6, 1, tzinfo=timezone.utc))
    page = client.get("/claims/openai-valuation-300bn").text
    assert "Mostly true" in page and "(current)" in page and "Reported &lt;widely&gt;" in page
    assert '<a href="https://example.org/a"' in page


def test_the_network_verdict_filter_takes_the_names_the_claims_api_takes(client, built_store) -> None:
    reviews.add_review(built_store, "openai-valuation-300bn", "mostly_true", "matches the filing", [], "Ann",
                       now=datetime(2025, 5, 1, tzinfo=timezone.utc))
    api = client.get("/api/claims", params={"verdict": "mostly_true"}).json()
    assert [item["id"] for item in api["items"]] == ["openai-valuation-300bn"]
    page = client.get("/views/network", params={"verdict": "mostly_true"})
    assert page.status_code == 200
    assert '<option value="mostly_true" selected>Mostly true</option>' in page.text
    assert "1 claims linking 2 entities" in page.text


def test_an_entity_page_lists_the_first_claims_of_each_kind_and_links_to_all(store, bundled, monkeypatch) -> None:
    """An entity with more claims of a kind than the page lists shows the first by id, how many there are, and a link
    to the claim list that has them all (as of the same time); the statements of the others are not in the page."""
    from claimgraph.api import pages

    build(store, [bundled])
    with TestClient(create_app(Settings(store=MEMORY), store=store)) as client:
        whole = client.get("/entities/anthropic").text
        everything = client.get("/api/claims", params={"entity": "anthropic", "limit": 1000}).json()
        about = sorted(item["id"] for item in everything["items"] if item["subject"]["id"] == "anthropic")
        assert len(about) > 2 and f"Claims about it ({len(about)})" in whole and "in the claim list" not in whole
        monkeypatch.setattr(pages, "ENTITY_PAGE_CLAIMS", 2)
        page = client.get("/entities/anthropic").text
        assert f"Claims about it ({len(about)})" in page
        assert f"The first 2 of {len(about)}, by id" in page and 'href="/claims?entity=anthropic"' in page
        assert all(f'href="/claims/{claim_id}"' in page for claim_id in about[:2])
        assert not any(f'href="/claims/{claim_id}"' in page for claim_id in about[2:])
        listing = client.get("/claims", params={"entity": "anthropic", "limit": 1000}).text
        assert all(f'href="/claims/{claim_id}"' in listing for claim_id in about)
        as_of = client.get("/entities/anthropic", params={"as_of": "2030-01-01"}).text
        assert f"The first 2 of {len(about)}, by id" in as_of and 'href="/claims?entity=anthropic&amp;as_of=2030-01-01T23' in as_of
