"""Pages and analyses served from the cache of the network: computed once while nothing is written, and every
kind of write (a review, an ingest, a curation, an editor's update, a rebuild) shows on the next request."""

from __future__ import annotations

import dataclasses
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from claimgraph.claims.model import ClaimSet
from claimgraph.kg import analysis, resources
from claimgraph.kg import cache as cache_module
from claimgraph.kg.build import build, vocabulary_quads
from claimgraph.kg.mapping import Quad
from claimgraph.kg.namespaces import entity_iri
from claimgraph.kg.network import read_structure
from claimgraph.kg.store import Store, insert_data, open_store
from tests.api.conftest import bearer, make_app, serve
from tests.kg.test_ingest import PUBLISHED, TEXT

CLAIM = "uk-ai-sector-vc-funding-2024"
"""Dealroom's £4.7bn about 2024: no other claimant backs it, so ``/api/analysis/sources`` lists it."""


class Counter:
    """Wraps a function and counts its calls from any thread; ``pause`` seconds before each call."""

    def __init__(self, function, pause: float = 0.0) -> None:
        self.function, self.pause, self.calls = function, pause, 0
        self._lock = threading.Lock()

    def __call__(self, *args, **kwargs):
        with self._lock:
            self.calls += 1
        time.sleep(self.pause)
        return self.function(*args, **kwargs)


def _relabel(entity_id: str, label: str) -> str:
    iri = entity_iri(entity_id)
    return (
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        f'DELETE {{ <{iri}> rdfs:label ?old }} INSERT {{ <{iri}> rdfs:label "{label}" }} WHERE {{ <{iri}> rdfs:label ?old }}'
    )


def _verdict(client: TestClient, claim_id: str) -> str:
    """The claim's verdict as the source-dependence analysis reports it."""
    listed = client.get("/api/analysis/sources").json()["single_claimant"]
    (summary,) = [item for item in listed if item["id"] == claim_id]
    return summary["verdict"]


def _label(client: TestClient, entity_id: str) -> str:
    """The entity's label as the centrality analysis reports it."""
    rows = client.get("/api/analysis/centrality", params={"limit": 10_000}).json()["items"]
    (row,) = [row for row in rows if row["id"] == entity_id]
    return row["label"]


def test_pages_share_one_reading_while_nothing_is_written(api: TestClient, monkeypatch) -> None:
    reads, rows, orders = Counter(read_structure), Counter(analysis.centrality), Counter(resources.claim_places)
    choices = Counter(resources.filter_choices)
    monkeypatch.setattr(cache_module, "read_structure", reads)
    monkeypatch.setattr(analysis, "centrality", rows)
    monkeypatch.setattr(resources, "claim_places", orders)
    monkeypatch.setattr(resources, "filter_choices", choices)
    paths = (
        "/entities/anthropic", "/entities/anthropic", "/api/analysis/centrality", "/views/network", "/", "/api/analysis/sources",
        f"/claims/{CLAIM}", "/claims", "/claims?type=valuation", "/api/claims", "/api/claims?offset=30",
    )
    for path in paths:
        assert api.get(path).status_code == 200, path
    assert (reads.calls, rows.calls, orders.calls, choices.calls) == (1, 1, 1, 1)


def _listed(client: TestClient, **filters: str) -> list[str]:
    return [claim["id"] for claim in client.get("/api/claims", params={"limit": 1000, **filters}).json()["items"]]


def test_communities_are_kept_for_the_default_seed_only(api: TestClient, monkeypatch) -> None:
    groups = Counter(analysis.communities)
    monkeypatch.setattr(analysis, "communities", groups)
    first = api.get("/api/analysis/communities").json()
    assert api.get("/api/analysis/communities").json() == first and groups.calls == 1
    other = api.get("/api/analysis/communities", params={"seed": 7})
    assert other.status_code == 200 and other.json()["seed"] == 7 and groups.calls == 2
    api.get("/api/analysis/communities", params={"seed": 7})
    assert groups.calls == 3


def test_a_review_shows_at_once(api: TestClient, secrets: dict[str, str]) -> None:
    assert _verdict(api, CLAIM) == "none"
    assert "verdict Mostly true" not in api.get("/entities/dealroom").text
    review = {"verdict": "mostly_true", "rationale": "Dealroom's report gives £4.7bn for 2024."}
    assert api.post(f"/api/claims/{CLAIM}/reviews", json=review, headers=bearer(secrets["reviewer"])).status_code == 201
    assert _verdict(api, CLAIM) == "mostly_true"
    assert "verdict Mostly true" in api.get("/entities/dealroom").text


def test_an_ingest_and_its_curation_show_at_once(api: TestClient, secrets: dict[str, str]) -> None:
    editor = bearer(secrets["editor"])
    assert "Nimbus" not in api.get("/entities/dealroom").text and len(_listed(api)) == 32
    ingested = api.post("/api/documents", params={"published": PUBLISHED}, content=TEXT.encode(), headers={"Content-Type": "text/plain", **editor})
    assert ingested.status_code == 201, ingested.text
    funding = next(claim["id"] for claim in ingested.json()["claims"] if claim["type"] == "funding")
    assert funding not in _listed(api) and funding in _listed(api, status="candidate")  # in the curation queue only
    assert "Nimbus" not in api.get("/entities/dealroom").text
    assert api.post(f"/api/claims/{funding}/accept", headers=editor).status_code == 200
    assert funding in _listed(api) and funding in _listed(api, type="funding")
    page = api.get("/entities/dealroom").text
    assert f"/claims/{funding}" in page and "Nimbus" in page
    edited = api.post(f"/api/claims/{funding}/edit", json={"statement": "Nimbus Labs raised forty million pounds in 2024."}, headers=editor)
    assert edited.status_code == 200, edited.text
    assert "Nimbus Labs raised forty million pounds in 2024." in api.get("/entities/dealroom").text


def test_an_editors_update_shows_at_once_and_a_refused_one_changes_nothing(api: TestClient, secrets: dict[str, str]) -> None:
    editor = bearer(secrets["editor"])
    assert _label(api, "dealroom") == "Dealroom"
    refused = api.post("/sparql", data={"update": f"DELETE WHERE {{ <{entity_iri('dealroom')}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"}, headers=editor)
    assert refused.status_code == 422, refused.text
    assert _label(api, "dealroom") == "Dealroom"
    assert api.post("/sparql", data={"update": _relabel("dealroom", "Dealroom.co")}, headers=editor).status_code == 204
    assert _label(api, "dealroom") == "Dealroom.co"
    assert "<h1>Dealroom.co</h1>" in api.get("/entities/dealroom").text


@pytest.mark.parametrize("bulk", [False, True])
def test_a_rebuild_shows_at_once(api: TestClient, built_store: Store, bundled: ClaimSet, bulk: bool) -> None:
    assert _label(api, "dealroom") == "Dealroom" and "<h1>Dealroom</h1>" in api.get("/entities/dealroom").text
    assert bundled.claims[0].id in _listed(api)
    renamed = tuple(dataclasses.replace(entity, label="Dealroom.co") if entity.id == "dealroom" else entity for entity in bundled.entities)
    build(built_store, [dataclasses.replace(bundled, entities=renamed, claims=bundled.claims[1:])], bulk=bulk)
    assert _label(api, "dealroom") == "Dealroom.co" and "<h1>Dealroom.co</h1>" in api.get("/entities/dealroom").text
    gone = bundled.claims[0].id
    assert api.get(f"/views/claim/{gone}").status_code == 404
    listed = _listed(api)
    assert gone not in listed and len(listed) == 31


def test_concurrent_cold_requests_read_the_store_once(built_store: Store, token_file: Path, monkeypatch) -> None:
    reads, rows = Counter(read_structure, pause=0.5), Counter(analysis.centrality)  # slow enough for the requests to overlap
    monkeypatch.setattr(cache_module, "read_structure", reads)
    monkeypatch.setattr(analysis, "centrality", rows)
    paths = ["/entities/anthropic", "/entities/openai", "/api/analysis/centrality", "/api/analysis/sources"]
    with serve(make_app(built_store, token_file)) as base, httpx.Client(base_url=base, timeout=60) as client:
        with ThreadPoolExecutor(max_workers=len(paths)) as pool:
            statuses = list(pool.map(lambda path: client.get(path).status_code, paths))
    assert statuses == [200] * len(paths)
    assert (reads.calls, rows.calls) == (1, 1)


def test_a_remote_store_is_read_on_every_request(oxigraph, bundled_quads: list[Quad], token_file: Path, monkeypatch) -> None:
    """Other clients write to a remote store behind the service's back: nothing is kept, every request reads it."""
    reads = Counter(read_structure)
    monkeypatch.setattr(cache_module, "read_structure", reads)
    ours = open_store(oxigraph.query_url, oxigraph.update_url)
    theirs = open_store(oxigraph.query_url, oxigraph.update_url)
    try:
        ours.update("CLEAR ALL")
        ours.update(insert_data(vocabulary_quads() + bundled_quads))
        with TestClient(make_app(ours, token_file)) as client:
            assert "<h1>Dealroom</h1>" in client.get("/entities/dealroom").text
            theirs.update(_relabel("dealroom", "Dealroom.co"))
            assert "<h1>Dealroom.co</h1>" in client.get("/entities/dealroom").text
            assert _label(client, "dealroom") == "Dealroom.co"
            assert len(_listed(client)) == 32 and _listed(client, type="valuation")
        assert reads.calls == 3
    finally:
        ours.update("CLEAR ALL")
        ours.close()
        theirs.close()
