"""The W3C SPARQL 1.1 Protocol and Service Description test suites, against a live server.

The manifests in ``../shared/w3c`` describe each test as HTTP exchanges in
prose; this runner reads them with rdflib, replays every request on a live
``/sparql`` (its ``/sparql/`` paths mapped there, updates sent with an
editor's token), and checks the expected status class, boolean and result
format. Each protocol test gets a throwaway store holding its graph data.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pyoxigraph as ox
import pytest
from pyshacl import validate
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

from claimgraph.kg.store import open_store
from tests.api.conftest import bearer, make_app, serve
from tests.conftest import REPO

W3C = REPO.parent / "shared" / "w3c"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

FORMATS = {
    "boolean": ("application/sparql-results+json", "application/sparql-results+xml"),
    "tabular": ("application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"),
    "RDF": ("application/rdf+xml", "text/turtle", "application/n-triples", "application/ld+json", "application/n-quads", "application/trig"),
}


def _manifest(name: str) -> tuple[Graph, list[URIRef]]:
    graph = Graph().parse(W3C / name / "manifest.ttl", format="turtle")
    (manifest,) = graph.subjects(RDF.type, MF.Manifest)
    return graph, list(Collection(graph, graph.value(manifest, MF.entries)))


PROTOCOL, PROTOCOL_TESTS = _manifest("protocol")
DESCRIPTION, DESCRIPTION_TESTS = _manifest("service-description")


def _name(test: URIRef) -> str:
    return str(test).rsplit("#", 1)[-1]


def _requests(test: URIRef) -> list[dict]:
    """The test's requests in order, each with what its response must be."""
    action = PROTOCOL.value(test, MF.action)
    out = []
    for request in Collection(PROTOCOL, PROTOCOL.value(action, HT.requests)):
        headers = {}
        listed = PROTOCOL.value(request, HT.headers)
        for header in Collection(PROTOCOL, listed) if listed is not None else []:
            headers[str(PROTOCOL.value(header, HT.fieldName))] = str(PROTOCOL.value(header, HT.fieldValue))
        body = PROTOCOL.value(request, HT.body)
        content = None
        if body is not None:
            encoding = str(PROTOCOL.value(body, CNT.characterEncoding) or "UTF-8")
            content = str(PROTOCOL.value(body, CNT.chars)).encode(encoding)
        response = PROTOCOL.value(request, HT.resp)
        out.append({
            "method": str(PROTOCOL.value(request, HT.methodName)),
            "path": str(PROTOCOL.value(request, HT.absolutePath)).replace("/sparql/", "/sparql", 1),
            "headers": headers,
            "content": content,
            "status": {str(code).rsplit("#StatusCode", 1)[-1][0] for code in PROTOCOL.objects(response, MF.expectedStatus)},
            "boolean": PROTOCOL.value(response, MF.expectedBoolean),
            "format": PROTOCOL.value(response, MF.expectedFormat),
        })  # fmt: skip
    return out


def _boolean(response: httpx.Response) -> bool:
    media_type = response.headers["content-type"].split(";")[0]
    if media_type == "application/sparql-results+json":
        return json.loads(response.content)["boolean"]
    return bool(ox.parse_query_results(response.content, ox.QueryResultsFormat.XML))


def test_the_manifests_are_read_whole() -> None:
    assert len(PROTOCOL_TESTS) == 34 and len(DESCRIPTION_TESTS) == 3
    requests = [request for test in PROTOCOL_TESTS for request in _requests(test)]
    assert len(requests) == 39 and sum(request["boolean"] is not None for request in requests) == 14


@pytest.mark.parametrize("test", PROTOCOL_TESTS, ids=_name)
def test_protocol(test: URIRef, tmp_path: Path, token_file: Path, secrets: dict[str, str]) -> None:
    store = open_store(tmp_path / "store")
    for data in PROTOCOL.objects(test, UT.graphData):
        source = W3C / "protocol" / str(PROTOCOL.value(data, UT.graph)).rsplit("/", 1)[-1]
        store.oxigraph.load(path=str(source), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(PROTOCOL.value(data, RDFS.label))))
    try:
        with serve(make_app(store, token_file)) as url, httpx.Client(base_url=url, timeout=30) as client:
            for number, request in enumerate(_requests(test)):
                response = client.request(
                    request["method"], request["path"], content=request["content"],
                    headers={**request["headers"], **bearer(secrets["editor"])},
                )  # fmt: skip
                where = f"{_name(test)}, request {number + 1}: {response.status_code} {response.text[:300]}"
                assert str(response.status_code)[0] in request["status"], where
                if request["format"] is not None:
                    assert response.headers["content-type"].split(";")[0] in FORMATS[str(request["format"])], where
                if request["boolean"] is not None:
                    assert _boolean(response) is request["boolean"].toPython(), where
    finally:
        store.close()


SHAPE = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
[] a sh:NodeShape ; sh:targetClass sd:Service ;
  sh:property [ sh:path sd:endpoint ; sh:minCount 1 ; sh:nodeKind sh:IRI ] ;
  sh:property [ sh:path sd:supportedLanguage ; sh:minCount 1 ;
                sh:in ( sd:SPARQL10Query sd:SPARQL11Query sd:SPARQL11Update ) ] ;
  sh:property [ sh:path sd:resultFormat ; sh:nodeKind sh:IRI ] ;
  sh:property [ sh:path sd:feature ; sh:nodeKind sh:IRI ] ;
  sh:property [ sh:path sd:defaultDataset ; sh:maxCount 1 ; sh:class sd:Dataset ] .
[] a sh:NodeShape ; sh:targetClass sd:Dataset ;
  sh:property [ sh:path sd:defaultGraph ; sh:maxCount 1 ; sh:class sd:Graph ] .
"""
"""The parts of the Service Description vocabulary's schema that a description must keep."""


@pytest.mark.parametrize("test", DESCRIPTION_TESTS, ids=_name)
def test_service_description(test: URIRef, store, token_file: Path) -> None:  # noqa: ANN001
    with serve(make_app(store, token_file)) as url:
        endpoint = f"{url}/sparql"
        response = httpx.get(endpoint, headers={"Accept": "text/turtle, application/rdf+xml;q=0.5"})
        assert response.status_code == 200
        name = _name(test)
        if name == "returns-rdf":
            assert response.headers["content-type"].split(";")[0] in FORMATS["RDF"]
            assert len(Graph().parse(data=response.text, format="turtle")) > 0
            return
        graph = Graph().parse(data=response.text, format="turtle")
        if name == "has-endpoint-triple":
            assert list(graph.subject_objects(SD.endpoint)) and all(
                urlsplit(str(value))._replace(query="") == urlsplit(endpoint) for value in graph.objects(None, SD.endpoint)
            )
            return
        assert name == "conforms-to-schema"
        assert list(graph.subjects(RDF.type, SD.Service))
        conforms, _, text = validate(graph, shacl_graph=Graph().parse(data=SHAPE, format="turtle"))
        assert conforms, text
