"""REST resources under /api: lists with filters and paging, claims with provenance, entities, documents,
sources, exports, errors as problem documents, and the offline API docs."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from fastapi.testclient import TestClient
from rdflib import Dataset, Graph

from claimgraph.claims.model import ClaimSet
from claimgraph.kg import reviews
from claimgraph.kg.store import Store

CLAIM = "uk-ai-sector-vc-funding-2024"


def _ids(store: Store, where: str) -> set[str]:
    """Claim ids by a SPARQL pattern over ?claim: the independent answer filters are checked against."""
    return {str(row["claim"]).rsplit("/", 1)[-1] for row in store.select(f"SELECT DISTINCT ?claim WHERE {{ ?claim a cg:Claim . {where} }}")}


def _all(client: TestClient, **params: object) -> dict[str, object]:
    response = client.get("/api/claims", params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    return response.json()


def test_claim_list_is_a_page_with_ids_and_iris(api: TestClient, bundled: ClaimSet) -> None:
    page = _all(api)
    assert page["total"] == len(bundled.claims) == len(page["items"]) and page["offset"] == 0
    assert all(item["iri"].endswith("/" + item["id"]) for item in page["items"])
    window = api.get("/api/claims", params={"limit": 5, "offset": 5}).json()
    assert window["total"] == len(bundled.claims) and (window["limit"], window["offset"]) == (5, 5)
    assert [item["id"] for item in window["items"]] == [item["id"] for item in page["items"][5:10]]


@pytest.mark.parametrize(
    "params,pattern",
    [
        ({"type": "valuation"}, "?claim cg:claimType cgt:valuation"),
        ({"entity": "openai"}, "{ ?claim schema:about entity:openai } UNION { ?claim schema:mentions entity:openai }"),
        ({"claimant": "dealroom"}, "?claim prov:wasAttributedTo entity:dealroom"),
        ({"document": "uk-ai-gap-anthropic-valuation"}, "?claim prov:wasDerivedFrom document:uk-ai-gap-anthropic-valuation"),
        ({"status": "unverified"}, "?claim cg:status cgs:unverified"),
        ({"about_from": "2024", "about_to": "2024-12"}, "?claim cg:timeAbout/cg:intervalStart ?s ; cg:timeAbout/cg:intervalEnd ?e FILTER (?s <= '2024-12-31'^^xsd:date && ?e >= '2024-01-01'^^xsd:date)"),
        ({"q": "VENTURE capital"}, "?claim cg:anchor/oa:hasSelector/oa:exact|cg:statement ?t FILTER (CONTAINS(LCASE(?t), 'venture') && CONTAINS(LCASE(?t), 'capital'))"),
    ],
)
def test_claim_filters(api: TestClient, built_store: Store, params: dict[str, str], pattern: str) -> None:
    page = _all(api, **params)
    expected = _ids(built_store, pattern)
    assert expected, "the filter should match something in the bundled set"
    assert {item["id"] for item in page["items"]} == expected and page["total"] == len(expected)


def test_verdict_filter_follows_reviews(api: TestClient, built_store: Store) -> None:
    reviews.add_review(built_store, CLAIM, "false", "The figure is for 2023.", [], "Ann")
    assert [item["id"] for item in _all(api, verdict="false")["items"]] == [CLAIM]
    assert _all(api, verdict="true")["total"] == 0
    assert CLAIM not in {item["id"] for item in _all(api, verdict="none")["items"]}
    assert _all(api, status="reviewed")["items"][0]["verdict"] == "false"


@pytest.mark.parametrize("params", [{"about_from": "2024-13"}, {"verdict": "pants_on_fire"}, {"type": "no such type"}])
def test_bad_filters_are_400_problems(api: TestClient, params: dict[str, str]) -> None:
    response = api.get("/api/claims", params=params)
    assert response.status_code == 400 and response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["status"] == 400 and response.json()["detail"]


def test_bad_paging_is_422(api: TestClient) -> None:
    response = api.get("/api/claims", params={"limit": 0})
    assert response.status_code == 422 and response.json()["errors"][0]["where"] == "query.limit"


def test_a_claim_with_value_provenance_context_and_related(api: TestClient, bundled: ClaimSet) -> None:
    claim = api.get(f"/api/claims/{CLAIM}").json()
    model = next(c for c in bundled.claims if c.id == CLAIM)
    assert claim["value"]["kind"] == "money"
    assert (claim["value"]["currency"], claim["value"]["amount"]) == (model.object_money.currency, model.object_money.amount)
    assert claim["claimant"]["id"] == model.claimant and claim["time_about"]["value"] == model.about.value
    text = bundled.document.text
    context = claim["context"]
    assert context["exact"] == text[model.anchor.start:model.anchor.end] == claim["anchor"]["exact"]
    assert text[model.anchor.start - len(context["before"]):model.anchor.end + len(context["after"])] == context["before"] + context["exact"] + context["after"]
    assert claim["reviews"] == [] and claim["current_review"] is None
    related = api.get("/api/claims/anthropic-valuation-approaching-1tn").json()["related"]
    this = next(c for c in bundled.claims if c.id == "anthropic-valuation-approaching-1tn")
    same = {c.id for c in bundled.claims if (c.subject, c.predicate) == (this.subject, this.predicate) and c.id != this.id}
    assert {item["id"] for item in related} == same and same


def test_unknown_ids_are_404_problems(api: TestClient) -> None:
    for url in ("/api/claims/nope", "/api/claims/nope/reviews", "/api/entities/nope", "/api/documents/nope", "/api/claims/bad%3Eid"):
        response = api.get(url)
        assert response.status_code == 404, url
        problem = response.json()
        assert response.headers["content-type"].startswith("application/problem+json")
        assert problem["status"] == 404 and problem["title"] == "Not Found"
        assert "nope" in problem["detail"] or "bad>id" in problem["detail"]


def test_entities(api: TestClient, built_store: Store, bundled: ClaimSet) -> None:
    page = api.get("/api/entities", params={"limit": 1000}).json()
    assert page["total"] == len(bundled.entities)
    firms = api.get("/api/entities", params={"type": "firm"}).json()["items"]
    assert {item["id"] for item in firms} == {e.id for e in bundled.entities if e.type == "firm"}
    anthropic = api.get("/api/entities/anthropic").json()
    assert {c["id"] for c in anthropic["about"]} == {c.id for c in bundled.claims if c.subject == "anthropic"}
    assert {c["id"] for c in anthropic["mentioned_in"]} == {c.id for c in bundled.claims if c.object_entity == "anthropic"}
    linked = {link["id"]: set(link["claims"]) for link in anthropic["linked"]}
    assert linked["openai"] == {c.id for c in bundled.claims if {c.subject, c.object_entity} == {"anthropic", "openai"}}


def test_document_with_claims_and_spans(api: TestClient, bundled: ClaimSet) -> None:
    document = api.get(f"/api/documents/{bundled.document.id}").json()
    assert document["sha256"] == bundled.document.sha256 and document["text"] == bundled.document.text
    spans = {c["id"]: (c["anchor"]["start"], c["anchor"]["end"]) for c in document["claims"]}
    assert spans == {c.id: (c.anchor.start, c.anchor.end) for c in bundled.claims}
    listed = api.get("/api/documents").json()
    assert listed["items"][0]["claims"] == len(bundled.claims) and "text" not in listed["items"][0]


def test_sources_count_claims(api: TestClient, bundled: ClaimSet) -> None:
    sources = api.get("/api/sources", params={"limit": 1000}).json()["items"]
    counts = {item["id"]: item["claims"] for item in sources}
    assert counts == {source: sum(c.claimant == source for c in bundled.claims) for source in {c.claimant for c in bundled.claims}}
    assert [item["claims"] for item in sources] == sorted(counts.values(), reverse=True)
    assert next(item for item in sources if item["id"] == "sources-close-to-the-deal")["anonymous"] is True


@pytest.mark.parametrize("fmt,parse_as", [("trig", "trig"), ("nquads", "nquads"), ("turtle", "turtle"), ("jsonld", "json-ld")])
def test_whole_graph_export(api: TestClient, built_store: Store, fmt: str, parse_as: str) -> None:
    response = api.get("/api/export", params={"format": fmt})
    assert response.status_code == 200
    graph = Graph() if fmt == "turtle" else Dataset()
    graph.parse(data=response.content, format=parse_as)
    if fmt == "turtle":  # graphs merged: each distinct triple once
        (row,) = built_store.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }")
        assert len(graph) == row["n"]
    else:
        assert len(list(graph.quads((None, None, None, None)))) == built_store.quad_count()


def test_csv_export_one_row_per_claim(api: TestClient, built_store: Store, bundled: ClaimSet) -> None:
    reviews.add_review(built_store, CLAIM, "mostly_true", "Dealroom's figure.", ["https://example.org/dealroom"], "Ann")
    rows = list(csv.DictReader(io.StringIO(api.get("/api/export", params={"format": "csv"}).text)))
    assert [row["id"] for row in rows] == [item["id"] for item in _all(api)["items"]]
    row = next(row for row in rows if row["id"] == CLAIM)
    model = next(c for c in bundled.claims if c.id == CLAIM)
    assert row["quote"] == model.anchor.exact and row["verdict"] == "mostly_true" and row["claimant"] == "Dealroom"
    assert row["value"] == f"{int(model.object_money.amount)} {model.object_money.currency}"


def test_claimreview_export(api: TestClient, built_store: Store, bundled: ClaimSet) -> None:
    assert api.get("/api/export/claimreview").json()["@graph"] == []
    reviews.add_review(built_store, CLAIM, "true", "Matches the report.", [], "Ann")
    reviews.add_review(built_store, CLAIM, "misleading", "2024 numbers were revised.", ["https://example.org/revised"], "Bob")
    document = api.get("/api/export/claimreview").json()
    assert document["@context"] == "https://schema.org"
    (entry,) = document["@graph"]
    model = next(c for c in bundled.claims if c.id == CLAIM)
    assert entry["@type"] == "ClaimReview" and entry["claimReviewed"] == model.statement
    assert entry["reviewRating"]["alternateName"] == "Misleading" and entry["author"]["name"] == "Bob"
    assert entry["url"] == f"http://testserver/claims/{CLAIM}" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["datePublished"])
    item = entry["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"]["name"] == "Dealroom" and item["appearance"]["@id"].endswith(bundled.document.id)
    assert item["datePublished"] == model.stated.value
    inline = {**document, "@context": {"@vocab": "http://schema.org/"}}
    graph = Graph().parse(data=json.dumps(inline), format="json-ld")
    assert len(list(graph.subjects(None, None))) > 3


def test_openapi_and_offline_docs(api: TestClient) -> None:
    paths = api.get("/openapi.json").json()["paths"]
    for path in ("/sparql", "/api/claims", "/api/claims/{claim_id}", "/api/claims/{claim_id}/reviews", "/api/entities",
                 "/api/entities/{entity_id}", "/api/documents/{document_id}", "/api/sources", "/api/export", "/api/export/claimreview"):
        assert path in paths
    for page in ("/docs", "/redoc"):
        html = api.get(page).text
        sources = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert sources and all(source.startswith("/") for source in sources), sources
        assert "cdn" not in html.lower() and "fonts.googleapis" not in html
        for source in sources:
            if source != "/openapi.json":
                assert api.get(source).status_code == 200, source


def test_a_claim_whose_time_is_unknown_says_so_everywhere(api: TestClient, bundled: ClaimSet) -> None:
    """No time-about is invented for an undated claim; when it was stated (the document's date) is shown apart."""
    undated = next(c for c in bundled.claims if not c.about.known)
    stated = bundled.document.published.value
    claim = api.get(f"/api/claims/{undated.id}").json()
    assert set(claim["time_about"].values()) == {None} and claim["stated"] == stated
    page = api.get(f"/claims/{undated.id}").text
    assert "<dt>About</dt><dd>unknown</dd>" in page and f'<dt>Stated</dt><dd><time datetime="{stated}" title="{stated}">{stated}</time></dd>' in page
    rows = list(csv.DictReader(io.StringIO(api.get("/api/export", params={"format": "csv"}).text)))
    row = next(row for row in rows if row["id"] == undated.id)
    assert (row["time_about"], row["time_precision"], row["time_expression"], row["stated"]) == ("", "", "", stated)
