"""The SPARQL 1.1 Protocol at /sparql: methods, formats, negotiation, errors, safety limits, updates and CORS."""

from __future__ import annotations

import csv
import io
import json
import time

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Dataset, Graph
from rdflib.namespace import Namespace

from claimgraph.kg import reviews
from claimgraph.kg.curation import curate
from claimgraph.kg.ingest import ingest
from claimgraph.kg.namespaces import claim_iri
from claimgraph.kg.store import Store
from tests.api.conftest import bearer, make_app
from tests.conftest import snapshot
from tests.faults.test_atomicity import dump
from tests.kg.test_ingest import PUBLISHED, TEXT
from tests.listener import Listener

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
CLAIMS = "PREFIX cg: <https://w3id.org/claimgraph/ns#> SELECT ?claim ?statement WHERE { ?claim a cg:Claim ; cg:statement ?statement }"
CONSTRUCT = "PREFIX cg: <https://w3id.org/claimgraph/ns#> CONSTRUCT { ?claim cg:statement ?s } WHERE { ?claim cg:statement ?s }"


def _claim_count(store: Store) -> int:
    return len(store.select("SELECT ?c WHERE { ?c a cg:Claim }"))


def _bindings(response) -> list[dict]:  # noqa: ANN001
    return json.loads(response.content)["results"]["bindings"]


def test_get_query_answers_json_by_default(api: TestClient, built_store: Store) -> None:
    response = api.get("/sparql", params={"query": CLAIMS})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    rows = _bindings(response)
    assert len(rows) == _claim_count(built_store)
    assert {row["claim"]["value"] for row in rows} >= {str(claim_iri("uk-ai-sector-vc-funding-2024"))}


@pytest.mark.parametrize(
    "accept,fmt",
    [
        ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
    ],
)
def test_select_in_each_parseable_results_format(api: TestClient, built_store: Store, accept: str, fmt: object) -> None:
    response = api.get("/sparql", params={"query": CLAIMS}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
    solutions = list(ox.parse_query_results(response.content, fmt))
    assert len(solutions) == _claim_count(built_store)


def test_select_as_csv(api: TestClient, built_store: Store) -> None:
    response = api.get("/sparql", params={"query": CLAIMS}, headers={"Accept": "text/csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == _claim_count(built_store) and set(rows[0]) == {"claim", "statement"}


def test_ask_in_json_and_xml(api: TestClient) -> None:
    yes = api.get("/sparql", params={"query": "ASK { ?s a <https://w3id.org/claimgraph/ns#Claim> }"})
    no = api.get("/sparql", params={"query": "ASK { ?s a <http://example.org/Nothing> }"}, headers={"Accept": "application/sparql-results+xml"})
    assert json.loads(yes.content)["boolean"] is True
    assert bool(ox.parse_query_results(no.content, ox.QueryResultsFormat.XML)) is False


@pytest.mark.parametrize(
    "accept,parse_as",
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/n-quads", "nquads"),
        ("application/trig", "trig"),
        ("application/rdf+xml", "xml"),
    ],
)
def test_construct_in_each_graph_format(api: TestClient, built_store: Store, accept: str, parse_as: str) -> None:
    response = api.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
    graph = Dataset() if parse_as in ("nquads", "trig") else Graph()
    graph.parse(data=response.content, format=parse_as)
    assert len(list(graph.quads((None, None, None, None))) if isinstance(graph, Dataset) else graph) == _claim_count(built_store)


def test_post_form_and_direct_query(api: TestClient, built_store: Store) -> None:
    form = api.post("/sparql", data={"query": CLAIMS})
    direct = api.post("/sparql", content=CLAIMS.encode(), headers={"Content-Type": "application/sparql-query"})
    assert form.status_code == direct.status_code == 200
    assert len(_bindings(form)) == len(_bindings(direct)) == _claim_count(built_store)


def test_protocol_dataset_is_honoured(api: TestClient, built_store: Store) -> None:
    claim = str(claim_iri("uk-ai-sector-vc-funding-2024"))
    in_graph = {str(row["p"]) for row in built_store.select(f"SELECT DISTINCT ?p WHERE {{ GRAPH <{claim}> {{ ?s ?p ?o }} }}")}
    default = api.get("/sparql", params={"query": "SELECT DISTINCT ?p WHERE { ?s ?p ?o }", "default-graph-uri": claim})
    assert {row["p"]["value"] for row in _bindings(default)} == in_graph
    assert "https://w3id.org/claimgraph/ns#statement" not in in_graph
    named = api.post("/sparql", data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": claim})
    assert [row["g"]["value"] for row in _bindings(named)] == [claim]


def test_relative_iris_resolve_against_the_endpoint(api: TestClient, built_store: Store, secrets: dict[str, str]) -> None:
    answer = api.get("/sparql", params={"query": "SELECT ?i ?j WHERE { BIND(<x> AS ?i) BIND(<../y#z> AS ?j) }"})
    assert answer.status_code == 200, answer.text
    (row,) = _bindings(answer)
    assert (row["i"]["value"], row["j"]["value"]) == ("http://testserver/x", "http://testserver/y#z")
    own = api.post("/sparql", data={"query": "BASE <http://example.org/base/> SELECT ?i WHERE { BIND(<x> AS ?i) }"})
    assert [row["i"]["value"] for row in _bindings(own)] == ["http://example.org/base/x"]
    update = api.post("/sparql", data={"update": "INSERT DATA { GRAPH <notes> { <s> <p> 'relative' } }"}, headers=bearer(secrets["editor"]))
    assert update.status_code == 204, update.text
    assert built_store.query('ASK { GRAPH <http://testserver/notes> { <http://testserver/s> <http://testserver/p> "relative" } }').askAnswer


def test_using_graph_uri_and_using_named_graph_uri_choose_an_updates_dataset(api: TestClient, built_store: Store, secrets: dict[str, str]) -> None:
    notes = "http://example.org/notes"
    written = api.post("/sparql", data={"update": f"INSERT DATA {{ GRAPH <{notes}> {{ <http://e/s> <http://e/p> 'n' }} }}"}, headers=bearer(secrets["editor"]))
    assert written.status_code == 204, written.text
    from_default = "INSERT { GRAPH <http://e/out> { ?s <http://e/seen> 'default' } } WHERE { ?s <http://e/p> ?o }"
    from_named = "INSERT { GRAPH <http://e/out> { ?s <http://e/seen> ?g } } WHERE { GRAPH ?g { ?s <http://e/p> ?o } }"
    seen = "SELECT ?o WHERE { GRAPH <http://e/out> { <http://e/s> <http://e/seen> ?o } }"

    def update(text: str, **params: str) -> int:
        return api.post("/sparql", params=params, data={"update": text}, headers=bearer(secrets["editor"])).status_code

    assert update(from_default) == 204 and not built_store.select(seen)  # the default graph alone holds nothing of it
    assert update(from_default, **{"using-graph-uri": notes}) == 204
    assert update(from_named, **{"using-named-graph-uri": notes}) == 204
    assert sorted(str(row["o"]) for row in built_store.select(seen)) == ["default", notes]
    assert update(f"WITH <{notes}> {from_default}", **{"using-graph-uri": notes}) == 400
    reviewer = api.post("/sparql", params={"using-graph-uri": notes}, data={"update": from_default}, headers=bearer(secrets["reviewer"]))
    assert reviewer.status_code == 403


def test_q_values_choose_the_format(api: TestClient) -> None:
    response = api.get(
        "/sparql", params={"query": CLAIMS},
        headers={"Accept": "text/csv;q=0.5, application/sparql-results+xml;q=0.9, image/png"},
    )
    assert response.headers["content-type"].startswith("application/sparql-results+xml")


def test_nothing_acceptable_is_406(api: TestClient) -> None:
    for query, accept in ((CLAIMS, "image/png"), (CONSTRUCT, "application/sparql-results+json"), (CLAIMS, "text/turtle")):
        response = api.get("/sparql", params={"query": query}, headers={"Accept": accept})
        assert response.status_code == 406
        assert response.headers["content-type"].startswith("application/problem+json")


def test_unsupported_content_type_is_415(api: TestClient) -> None:
    response = api.post("/sparql", content=CLAIMS.encode(), headers={"Content-Type": "text/plain"})
    assert response.status_code == 415 and response.json()["status"] == 415


def test_malformed_query_is_400_with_the_parsers_message(api: TestClient) -> None:
    response = api.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert response.status_code == 400
    problem = response.json()
    assert problem["title"] == "Bad Request" and "malformed query" in problem["detail"] and "col" in problem["detail"]
    assert "Traceback" not in response.text


def test_get_without_a_query_is_the_service_description(api: TestClient) -> None:
    response = api.get("/sparql")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    (service,) = graph.subjects(SD.endpoint, None)
    assert str(graph.value(service, SD.endpoint)) == "http://testserver/sparql"
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    as_jsonld = api.get("/sparql", headers={"Accept": "application/ld+json"})
    assert len(Graph().parse(data=as_jsonld.text, format="json-ld")) == len(graph)


def test_service_is_refused_and_nothing_is_fetched(api: TestClient, listener: Listener) -> None:
    for query in (
        f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}",
        f"select * {{ ?a ?b ?c OPTIONAL {{ {{ SELECT ?s {{ service silent <{listener.url}> {{ ?s ?p ?o }} }} }} }} }}",
        f"ASK {{ SERVICE ?endpoint {{ ?s ?p ?o }} VALUES ?endpoint {{ <{listener.url}> }} }}",
    ):
        response = api.post("/sparql", data={"query": query})
        assert response.status_code == 400, query
        assert "SERVICE is refused" in response.json()["detail"]
    time.sleep(0.3)
    assert listener.connections == 0
    harmless = api.get("/sparql", params={"query": f"ASK {{ ?s ?p 'SERVICE <{listener.url}> {{ }}' }} # SERVICE"})
    assert harmless.status_code == 200


def test_load_is_refused_even_for_an_editor_and_nothing_is_fetched(api: TestClient, built_store: Store, secrets: dict[str, str], listener: Listener) -> None:
    before = snapshot(built_store)
    response = api.post("/sparql", data={"update": f"LOAD <{listener.url}> INTO GRAPH <http://example.org/g>"}, headers=bearer(secrets["editor"]))
    assert response.status_code == 400 and "LOAD is refused" in response.json()["detail"]
    time.sleep(0.3)
    assert listener.connections == 0
    assert snapshot(built_store) == before


INSERT = 'INSERT DATA { <http://example.org/note> <http://www.w3.org/2000/01/rdf-schema#comment> "checked" }'


def test_update_needs_an_editor_token(api: TestClient, built_store: Store, secrets: dict[str, str]) -> None:
    before = snapshot(built_store)
    anonymous = api.post("/sparql", data={"update": INSERT})
    assert anonymous.status_code == 401 and anonymous.headers["www-authenticate"].startswith("Bearer")
    wrong = api.post("/sparql", data={"update": INSERT}, headers=bearer("cg_not-a-token"))
    assert wrong.status_code == 401
    reviewer = api.post("/sparql", content=INSERT.encode(), headers={"Content-Type": "application/sparql-update", **bearer(secrets["reviewer"])})
    assert reviewer.status_code == 403
    assert snapshot(built_store) == before
    assert api.get("/sparql", params={"update": INSERT}).status_code == 400
    editor = api.post("/sparql", content=INSERT.encode(), headers={"Content-Type": "application/sparql-update", **bearer(secrets["editor"])})
    assert editor.status_code == 204
    assert built_store.query('ASK { <http://example.org/note> ?p "checked" }').askAnswer


def test_an_update_that_breaks_a_shape_is_refused_and_writes_nothing(api: TestClient, built_store: Store, secrets: dict[str, str]) -> None:
    before = snapshot(built_store)
    update = f"DELETE WHERE {{ <{claim_iri('openai-valuation-300bn')}> <https://w3id.org/claimgraph/ns#statement> ?s }}"
    response = api.post("/sparql", data={"update": update}, headers=bearer(secrets["editor"]))
    assert response.status_code == 422
    assert any("statement" in message for message in response.json()["errors"])
    assert snapshot(built_store) == before


def test_a_slow_query_is_503_and_the_server_serves_the_next_one(built_store: Store) -> None:
    slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    app = make_app(built_store, query_time_limit=0.5, query_workers=1, query_max_rows=10**12)
    with TestClient(app) as client:
        started = time.monotonic()
        response = client.get("/sparql", params={"query": slow}, headers={"Accept": "text/csv"})
        took = time.monotonic() - started
        assert response.status_code == 503 and "time limit of 0.5 s" in response.json()["detail"]
        assert took < 5
        started = time.monotonic()
        after = client.get("/sparql", params={"query": CLAIMS})  # the one worker is free again: the slow query was stopped
        assert after.status_code == 200 and time.monotonic() - started < 3


def test_the_row_cap_cuts_results_and_says_so(built_store: Store) -> None:
    with TestClient(make_app(built_store, query_max_rows=5)) as client:
        rows = client.get("/sparql", params={"query": CLAIMS})
        assert len(_bindings(rows)) == 5 and rows.headers["x-claimgraph-truncated"] == "5"
        graph = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "application/n-triples"})
        assert len(Graph().parse(data=graph.text, format="nt")) == 5 and graph.headers["x-claimgraph-truncated"] == "5"
        whole = client.get("/sparql", params={"query": "SELECT ?c WHERE { ?c a <https://w3id.org/claimgraph/ns#Document> }"})
        assert len(_bindings(whole)) == 1 and "x-claimgraph-truncated" not in whole.headers


def test_cors_is_open_for_reads_not_for_tokens(api: TestClient) -> None:
    response = api.get("/sparql", params={"query": CLAIMS}, headers={"Origin": "https://editor.example"})
    assert response.headers["access-control-allow-origin"] == "*"
    preflight = api.options(
        "/sparql",
        headers={"Origin": "https://editor.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"},
    )
    assert preflight.status_code == 200
    with_token = api.options(
        "/sparql",
        headers={"Origin": "https://editor.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization"},
    )
    assert with_token.status_code == 400


@pytest.mark.parametrize("change", ["review", "status"])
@pytest.mark.parametrize("status", ["candidate", "rejected"])
def test_an_update_that_breaks_the_lifecycle_is_409_and_writes_nothing(
    api: TestClient, built_store: Store, secrets: dict[str, str], change: str, status: str
) -> None:
    """Reviewing a claim off the record, or moving its status where the lifecycle does not go, is refused over SPARQL too."""
    claim_id = ingest(built_store, TEXT, PUBLISHED).claims[0].id
    if status == "rejected":
        curate(built_store, claim_id, "reject", "Ann")
    claim, review = claim_iri(claim_id), reviews.review_iri(claim_id, 1)
    update = (
        f"""INSERT DATA {{ <{review}> a schema:ClaimReview ; schema:itemReviewed <{claim}> ; schema:reviewBody "fine" ;
              schema:datePublished "2026-01-01T00:00:00Z"^^xsd:dateTime ; schema:author [ schema:name "Ed" ] ;
              schema:reviewRating [ a schema:Rating ; cg:verdict <https://w3id.org/claimgraph/ns/verdict#true> ;
                schema:alternateName "True" ; schema:ratingValue 5 ; schema:bestRating 5 ; schema:worstRating 1 ] }}"""
        if change == "review"
        else f"DELETE DATA {{ <{claim}> cg:status cgs:{status} }} ; INSERT DATA {{ <{claim}> cg:status cgs:reviewed }}"
    )
    before = dump(built_store)
    response = api.post("/sparql", data={"update": update}, headers=bearer(secrets["editor"]))
    assert response.status_code == 409, response.text
    assert response.headers["content-type"] == "application/problem+json" and status in response.json()["detail"]
    assert dump(built_store) == before
