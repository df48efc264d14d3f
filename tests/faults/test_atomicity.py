"""Writes that fail half-way leave the store byte-for-byte as it was (its N-Quads dump before and after).

The failure is injected where it hurts: as the last operation of the write's own update request,
failing while it runs (``DROP GRAPH`` of a graph that does not exist), after the operations before
it have done their work; for a bulk build, in the middle of loading the new quads.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyoxigraph
import pytest
from fastapi.testclient import TestClient

from claimgraph.kg.errors import QueryError
from claimgraph.claims.model import ClaimSet
from claimgraph.kg import build as build_module
from claimgraph.kg import curation, reviews
from claimgraph.kg import ingest as ingest_module
from claimgraph.kg.build import build
from claimgraph.kg.curation import Edit, curate
from claimgraph.kg.ingest import ingest
from claimgraph.kg.store import Store
from claimgraph.kg.updates import validated_update
from tests.api.conftest import bearer, make_app
from tests.kg.test_ingest import PUBLISHED, TEXT

FAIL = " ;\nDROP GRAPH <urn:claimgraph:test:no-such-graph>"
"""An operation that fails when it runs, not when it is parsed."""


class Injected(Exception):
    """The failure a test injects."""


def dump(store: Store) -> bytes:
    """The whole store as N-Quads, as Oxigraph writes it."""
    return store.oxigraph.dump(format=pyoxigraph.RdfFormat.N_QUADS)


def failing_last(real):
    """``real`` (a function that makes an update request) with an operation appended that fails when it runs."""
    return lambda *args, **kwargs: real(*args, **kwargs) + FAIL


@pytest.fixture
def busy_store(built_store: Store) -> Store:
    """The bundled claims, a review, and an ingested article with candidates: something of every kind of write."""
    reviews.add_review(built_store, "openai-valuation-300bn", "mixed", "Reported, not confirmed.", [], "Ann")
    ingest(built_store, TEXT, PUBLISHED)
    return built_store


def test_the_injected_operation_fails_after_earlier_ones_ran(store: Store) -> None:
    """The premise: without one transaction per request, the insert before the failure would stay."""
    with pytest.raises(RuntimeError, match="does not exist"):
        store.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }" + FAIL)
    assert dump(store) == b""


def test_a_build_that_fails_half_way_changes_nothing(busy_store: Store, bundled: ClaimSet, mini: ClaimSet, monkeypatch) -> None:
    changed = dataclasses.replace(bundled, claims=bundled.claims[:-5])  # the rebuild would remove five claims
    before = dump(busy_store)
    monkeypatch.setattr(build_module, "status_from_reviews", failing_last(build_module.status_from_reviews))
    with pytest.raises(RuntimeError, match="does not exist"):
        build(busy_store, [changed, mini], bulk=False)
    assert dump(busy_store) == before


def test_a_bulk_build_that_fails_half_way_through_loading_is_undone(busy_store: Store, bundled: ClaimSet, mini: ClaimSet, monkeypatch, tmp_path: Path) -> None:
    """Bulk loading is not one transaction: the build puts back what it removed and takes out what got in."""
    changed = dataclasses.replace(bundled, claims=bundled.claims[:-5])
    real = Store.load_nquads

    def load_half_then_fail(self: Store, path: Path, bulk: bool) -> None:
        if not bulk:
            return real(self, path, bulk)
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        half = tmp_path / "half.nq"
        half.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
        real(self, half, bulk)
        raise Injected("the disk filled up half-way through loading")

    before = dump(busy_store)
    monkeypatch.setattr(Store, "load_nquads", load_half_then_fail)
    with pytest.raises(Injected):
        build(busy_store, [changed, mini], bulk=True)
    assert dump(busy_store) == before


def test_an_ingest_that_fails_half_way_changes_nothing(busy_store: Store, monkeypatch) -> None:
    before = dump(busy_store)
    monkeypatch.setattr(ingest_module, "insert_data", failing_last(ingest_module.insert_data))
    with pytest.raises(RuntimeError, match="does not exist"):
        ingest(busy_store, TEXT.replace("Nimbus", "Cirrus"), PUBLISHED)
    assert dump(busy_store) == before


@pytest.mark.parametrize("action", ["accept", "reject", "edit"])
def test_a_curation_that_fails_half_way_changes_nothing(busy_store: Store, monkeypatch, action: str) -> None:
    (candidate,) = [row["c"] for row in busy_store.select("SELECT ?c WHERE { ?c cg:status cgs:candidate } ORDER BY ?c LIMIT 1")]
    claim_id = str(candidate).rsplit("/", 1)[-1]
    before = dump(busy_store)
    monkeypatch.setattr(curation, "insert_data", failing_last(curation.insert_data))
    with pytest.raises(RuntimeError, match="does not exist"):
        curate(busy_store, claim_id, action, "Cy", edit=Edit(statement="A corrected statement.") if action == "edit" else None)
    assert dump(busy_store) == before


def test_a_review_that_fails_half_way_changes_nothing(busy_store: Store, monkeypatch) -> None:
    before = dump(busy_store)
    monkeypatch.setattr(reviews, "status_from_reviews", failing_last(reviews.status_from_reviews))
    with pytest.raises(RuntimeError, match="does not exist"):
        reviews.add_review(busy_store, "openai-valuation-300bn", "false", "Denied since.", [], "Bob")
    assert dump(busy_store) == before


def test_an_editors_update_that_fails_half_way_changes_nothing(busy_store: Store) -> None:
    before = dump(busy_store)
    with pytest.raises(QueryError, match="does not exist.*nothing was written"):
        validated_update(busy_store, "INSERT DATA { <urn:a> rdfs:comment 'kept?' }" + FAIL, agent="Ed")
    assert dump(busy_store) == before


def test_over_http_a_failing_update_is_a_400_not_a_500(busy_store: Store, token_file: Path, secrets: dict[str, str]) -> None:
    before = dump(busy_store)
    with TestClient(make_app(busy_store, token_file), raise_server_exceptions=False) as client:
        response = client.post("/sparql", data={"update": "INSERT DATA { <urn:a> rdfs:comment 'kept?' }" + FAIL}, headers=bearer(secrets["editor"]))
    assert response.status_code == 400, response.text
    assert "does not exist" in response.json()["detail"]
    assert dump(busy_store) == before
