"""rdflib's SPARQL grammar, unsafe in several threads at once, is not used on the serving path.

Every SPARQL request is lexed by claimgraph and evaluated by Oxigraph, and
the SHACL engine (pyshacl-turbo) evaluates the shapes' SPARQL constraints
itself. Here every parse rdflib makes is watched while the service answers
queries, updates, an ingest, a curation, a review and its pages, from several
threads at once.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from rdflib.plugins.sparql import parser, processor

from tests.api.conftest import bearer
from tests.kg.test_ingest import PUBLISHED, TEXT


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every parse rdflib's grammar makes from now on."""
    seen: list[str] = []
    lock = threading.Lock()

    def watched(original):  # noqa: ANN001, ANN202 - wraps rdflib's functions as they are
        def parse(text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            with lock:
                seen.append(str(text))
            return original(text, *args, **kwargs)

        return parse

    for module in (parser, processor):
        for name in ("parseQuery", "parseUpdate"):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, watched(getattr(module, name)))
    return seen


def test_the_service_never_parses_sparql_with_rdflib(api: TestClient, secrets: dict[str, str], parses: list[str]) -> None:
    editor, reviewer = bearer(secrets["editor"]), bearer(secrets["reviewer"])
    queries = [
        "SELECT ?t (COUNT(?c) AS ?n) WHERE { ?c cg:claimType ?t } GROUP BY ?t HAVING (COUNT(?c) > 1)",
        "SELECT * WHERE { VALUES (?a ?b) { (1 2) } }",
        "ASK { [] a cg:Claim }",
    ]

    def query(text: str) -> int:
        return api.get("/sparql", params={"query": text}).status_code

    def update(number: int) -> int:
        return api.post("/sparql", data={"update": f"INSERT DATA {{ <http://example.org/n{number}> rdfs:comment 'n' }}"}, headers=editor).status_code

    with ThreadPoolExecutor(8) as pool:
        assert set(pool.map(query, queries * 8)) == {200}
        assert set(pool.map(update, range(8))) == {204}
    ingested = api.post("/api/documents", params={"published": PUBLISHED}, content=TEXT.encode(), headers={"Content-Type": "text/plain", **editor})
    assert ingested.status_code == 201, ingested.text
    candidate = ingested.json()["claims"][0]["id"]
    assert api.post(f"/api/claims/{candidate}/accept", headers=editor).status_code == 200
    review = {"verdict": "mostly_true", "rationale": "Checked against the filing.", "evidence": ["https://example.org/filing"]}
    assert api.post(f"/api/claims/{candidate}/reviews", json=review, headers=reviewer).status_code == 201
    for page in ("/", "/claims", f"/claims/{candidate}", "/api/claims", "/views/network", "/api/analysis/centrality"):
        assert api.get(page).status_code == 200, page
    assert parses == []


def test_the_watch_sees_a_parse(parses: list[str]) -> None:
    """The watch is in place: rdflib's own query parsing goes through it."""
    from rdflib.plugins.sparql import prepareQuery

    prepareQuery("ASK {}")
    assert parses == ["ASK {}"]
