"""/sparql for a browser is the SPARQL editor; for every SPARQL client it is the protocol, as before."""

from __future__ import annotations

import fnmatch
import json
import re
import tomllib
from importlib.resources import files

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph

from claimgraph.api import editor, templating
from claimgraph.kg.sparql import GRAPH_MEDIA_TYPES, RESULT_MEDIA_TYPES
from tests.conftest import REPO

BROWSERS = {
    "chromium": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
    "firefox": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "safari": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "xhtml first": "application/xhtml+xml, text/html;q=0.9",
    "html after a wildcard": "*/*;q=0.1, text/html",
}
CLIENTS = {
    "no header": None,
    "anything": "*/*",
    "turtle": "text/turtle",
    "rdf/xml": "application/rdf+xml",
    "results json": "application/sparql-results+json",
    "turtle before html": "text/turtle, text/html;q=0.5",
    "html refused": "text/html;q=0, text/turtle",
    "rdflib's store": "application/sparql-results+xml",
    "json-ld, html later": "application/ld+json, text/html;q=0.2",
}
SELECT = "SELECT ?claim WHERE { ?claim a cg:Claim } ORDER BY ?claim LIMIT 3"


def _config(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="sparql-editor-config">(.*?)</script>', page, re.S)
    assert found, "the page carries no editor configuration"
    return json.loads(found.group(1))


@pytest.mark.parametrize("accept", BROWSERS.values(), ids=BROWSERS.keys())
def test_a_browser_gets_the_editor(api: TestClient, accept: str) -> None:
    answer = api.get("/sparql", headers={"Accept": accept})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    assert "Accept" in answer.headers["vary"]
    assert '<div id="sparql-editor"></div>' in answer.text and '<script src="/static/yasgui.min.js"></script>' in answer.text


@pytest.mark.parametrize("accept", CLIENTS.values(), ids=CLIENTS.keys())
def test_a_sparql_client_without_a_query_gets_the_service_description(api: TestClient, accept: str | None) -> None:
    answer = api.get("/sparql", headers={} if accept is None else {"Accept": accept})
    if accept == "application/sparql-results+json" or accept == "application/sparql-results+xml":
        assert answer.status_code == 406 and answer.headers["content-type"] == "application/problem+json"
        return
    assert answer.status_code == 200, answer.text
    media_type = answer.headers["content-type"].split(";")[0]
    assert media_type in GRAPH_MEDIA_TYPES
    graph = Graph().parse(data=answer.content, format={"text/turtle": "turtle", "application/rdf+xml": "xml", "application/ld+json": "json-ld"}[media_type])
    assert any("sparql-service-description" in str(term) for triple in graph for term in triple)


@pytest.mark.parametrize("browser", ["chromium", "firefox", "safari"])
def test_a_browser_asking_a_query_gets_its_results(api: TestClient, browser: str) -> None:
    """As before: a browser's Accept names application/xml, which answers results as SPARQL XML."""
    answer = api.get("/sparql", params={"query": SELECT}, headers={"Accept": BROWSERS[browser]})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/sparql-results+xml")
    assert answer.text.count("<result>") == 3


def test_a_browser_asking_an_update_by_get_is_refused_as_before(api: TestClient) -> None:
    answer = api.get("/sparql", params={"update": "CLEAR ALL"}, headers={"Accept": BROWSERS["firefox"]})
    assert answer.status_code == 400 and answer.headers["content-type"] == "application/problem+json"


def test_the_editor_has_every_example_and_every_format(api: TestClient) -> None:
    config = _config(api.get("/sparql", headers={"Accept": BROWSERS["firefox"]}).text)
    shipped = {path.name.removesuffix(".rq"): path.read_text(encoding="utf-8") for path in files("claimgraph.kg.queries").iterdir() if path.name.endswith(".rq")}
    assert {example["name"]: example["text"] for example in config["examples"]} == shipped and len(shipped) >= 6
    assert [item["media_type"] for item in config["downloads"]["results"]] == list(RESULT_MEDIA_TYPES)
    assert [item["media_type"] for item in config["downloads"]["graphs"]] == list(GRAPH_MEDIA_TYPES)
    assert config["prefixes"]["cg"] == "https://w3id.org/claimgraph/ns#"


def test_the_editors_files_and_licences_are_served_from_here(api: TestClient) -> None:
    page = api.get("/sparql", headers={"Accept": BROWSERS["firefox"]}).text
    for address in re.findall(r'(?:src|href)="([^"]+)"', page):
        assert address.startswith("/") and not address.startswith("//"), address
    script = api.get("/static/yasgui.min.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript") and "Yasgui" in script.text
    assert api.get("/static/yasgui.min.css").headers["content-type"].startswith("text/css")
    assert "MIT License" in api.get("/static/yasgui-LICENSE.txt").text
    assert "DOMPurify" in api.get("/static/yasgui.min.js.LICENSE.txt").text
    assert "registerPlugin" in api.get("/static/editor.js").text


def test_an_installation_without_the_editors_files_says_how_to_get_them(api: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(editor, "ASSETS", ("not-installed.js",))
    answer = api.get("/sparql", headers={"Accept": BROWSERS["firefox"]})
    assert answer.status_code == 200 and 'id="editor-missing"' in answer.text and "make serve" in answer.text
    assert "<script" not in answer.text and "yasgui.min" not in answer.text


def test_a_missing_static_file_is_a_404_page(api: TestClient) -> None:
    for name in ("nothing.js", "../pages.py", "yasgui.min.js.map"):
        answer = api.get(f"/static/{name}")
        assert answer.status_code == 404 and answer.headers["content-type"].startswith("text/html")


def test_a_wheel_carries_every_static_file() -> None:
    """Package data names every static file the pages serve, the editor's included once ``make editor`` copied them."""
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["claimgraph.api.static"]
    unpackaged = [name for name in templating._STATIC if not any(fnmatch.fnmatch(name, pattern) for pattern in patterns)]
    assert unpackaged == []


def test_the_queries_page_links_open_the_editor(api: TestClient) -> None:
    page = api.get("/queries").text
    links = re.findall(r'<a href="(/sparql[^"]*)">Run it</a>', page)
    assert len(links) == len(_config(api.get("/sparql", headers={"Accept": BROWSERS["firefox"]}).text)["examples"])
    assert all(link.startswith("/sparql#query=") for link in links)
