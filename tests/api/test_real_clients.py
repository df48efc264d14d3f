"""Real SPARQL clients against a live server on a loopback port: SPARQLWrapper and rdflib's SPARQLStore."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper

from claimgraph.kg.namespaces import claim_iri
from claimgraph.kg.store import Store
from tests.api.conftest import make_app, serve

SELECT = "PREFIX cg: <https://w3id.org/claimgraph/ns#> SELECT ?claim ?statement WHERE { ?claim a cg:Claim ; cg:statement ?statement } ORDER BY ?claim"
CONSTRUCT = "PREFIX cg: <https://w3id.org/claimgraph/ns#> CONSTRUCT { ?claim cg:statement ?s } WHERE { ?claim cg:statement ?s }"


@pytest.fixture
def endpoint(built_store: Store, token_file: Path, secrets: dict[str, str]) -> Iterator[str]:
    """The /sparql address of a live server on the bundled claims."""
    with serve(make_app(built_store, token_file)) as base:
        yield f"{base}/sparql"


def _expected(store: Store) -> dict[str, str]:
    return {str(row["claim"]): row["statement"] for row in store.select("SELECT ?claim ?statement WHERE { ?claim a cg:Claim ; cg:statement ?statement }")}


def _client(endpoint: str, fmt: str, query: str = SELECT) -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def test_sparqlwrapper_json(endpoint: str, built_store: Store) -> None:
    result = _client(endpoint, JSON).queryAndConvert()
    got = {row["claim"]["value"]: row["statement"]["value"] for row in result["results"]["bindings"]}
    assert got == _expected(built_store)


def test_sparqlwrapper_xml_by_post(endpoint: str, built_store: Store) -> None:
    client = _client(endpoint, XML)
    client.setMethod(POST)
    document = client.queryAndConvert()
    uris = {node.firstChild.data for node in document.getElementsByTagName("uri")}
    assert uris == set(_expected(built_store))


def test_sparqlwrapper_csv_and_tsv(endpoint: str, built_store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(_client(endpoint, CSV).queryAndConvert().decode("utf-8"))))
    assert {row["claim"]: row["statement"] for row in rows} == _expected(built_store)
    lines = _client(endpoint, TSV).queryAndConvert().decode("utf-8").splitlines()
    assert lines[0] == "?claim\t?statement" and len(lines) == len(_expected(built_store)) + 1


def test_sparqlwrapper_construct_to_turtle(endpoint: str, built_store: Store) -> None:
    client = _client(endpoint, TURTLE, CONSTRUCT)
    client.setMethod(POST)
    client.setRequestMethod(POSTDIRECTLY)
    graph = Graph().parse(data=client.queryAndConvert(), format="turtle")
    assert {str(s): str(o) for s, _, o in graph} == _expected(built_store)


def test_sparqlwrapper_update_with_an_editor_token(endpoint: str, built_store: Store, secrets: dict[str, str]) -> None:
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.addCustomHttpHeader("Authorization", f"Bearer {secrets['editor']}")
    client.setQuery('INSERT DATA { <http://example.org/note> <http://www.w3.org/2000/01/rdf-schema#comment> "via SPARQLWrapper" }')
    client.query()
    assert built_store.query('ASK { <http://example.org/note> ?p "via SPARQLWrapper" }').askAnswer


def test_rdflib_sparqlstore(endpoint: str, built_store: Store) -> None:
    graph = Graph(store=SPARQLStore(endpoint, returnFormat="json"))
    rows = {str(claim): str(statement) for claim, statement in graph.query(SELECT)}
    assert rows == _expected(built_store)
    claim = claim_iri("uk-ai-sector-vc-funding-2024")
    statement = URIRef("https://w3id.org/claimgraph/ns#statement")
    assert [str(o) for o in graph.objects(claim, statement)] == [_expected(built_store)[str(claim)]]
