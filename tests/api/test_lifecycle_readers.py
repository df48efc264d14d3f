"""Only claims on the record are claims to a reader: a candidate, a rejected and a retracted claim are absent from every
list, count, network, analysis, related list and export, and present when the curation queue asks for their status."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimgraph.kg import reviews
from claimgraph.kg.namespaces import STATUS, claim_iri, sparql_prefixes
from claimgraph.kg.store import Store
from tests.api.conftest import make_app

OFF_RECORD = {
    "uk-ai-sector-vc-funding-2024": "candidate",
    "anthropic-valuation-secondary-range": "rejected",
    "microsoft-data-centre-investment-100bn": "retracted",
}
"""Three bundled claims put out of the record, each in another state (Dealroom makes only the first)."""
ACCEPTED = "openai-valuation-300bn"
RELATED = "anthropic-valuation-approaching-1tn"
"""A claim on the same subject and predicate as the rejected valuation."""


def _set_status(store: Store, claim_id: str, status: str) -> None:
    """Put a claim in a state directly, as a store written before the lifecycle was enforced could hold it."""
    iri = claim_iri(claim_id)
    store.update(sparql_prefixes() + f"DELETE {{ <{iri}> cg:status ?s }} INSERT {{ <{iri}> cg:status <{STATUS[status]}> }} WHERE {{ <{iri}> cg:status ?s }}")


@pytest.fixture
def client(built_store: Store, token_file: Path, secrets: dict[str, str]) -> Iterator[TestClient]:
    """The bundled claims, every one of the four reviewed while on the record, three then put out of it."""
    day = datetime(2025, 6, 1, tzinfo=timezone.utc)
    for claim_id in (*OFF_RECORD, ACCEPTED):
        reviews.add_review(built_store, claim_id, "mostly_true", "checked against the source", [], "Ada", now=day)
    for claim_id, status in OFF_RECORD.items():
        _set_status(built_store, claim_id, status)
    with TestClient(make_app(built_store, token_file)) as test_client:
        yield test_client


def _ids(items: list[dict]) -> set[str]:
    return {item["id"] for item in items}


def _absent(text: str) -> None:
    for claim_id in OFF_RECORD:
        assert claim_id not in text, claim_id


def test_the_claim_lists_and_counts(client: TestClient) -> None:
    listed = client.get("/api/claims", params={"limit": 1000}).json()
    assert ACCEPTED in _ids(listed["items"]) and not _ids(listed["items"]) & set(OFF_RECORD)
    assert listed["total"] == 32 - len(OFF_RECORD)
    for claim_id, status in OFF_RECORD.items():
        queue = client.get("/api/claims", params={"status": status}).json()
        assert _ids(queue["items"]) == {claim_id}, status
        assert claim_id in client.get("/claims", params={"status": status}).text
    page = client.get("/claims", params={"limit": 100}).text
    assert f"/claims/{ACCEPTED}" in page
    _absent(page)
    home = client.get("/").text
    assert f"{32 - len(OFF_RECORD)} factual claims" in home
    _absent(home)


def test_a_claim_off_the_record_is_still_shown_on_its_own_with_its_status(client: TestClient) -> None:
    for claim_id, status in OFF_RECORD.items():
        assert client.get(f"/api/claims/{claim_id}").json()["status"] == status
        assert client.get(f"/claims/{claim_id}").status_code == 200


def test_entities_sources_and_documents(client: TestClient) -> None:
    dealroom = client.get("/api/entities/dealroom").json()
    assert dealroom["claims_attributed"] == 0 and dealroom["attributed"] == []
    sector = client.get("/api/entities/uk-ai-sector").json()
    assert sector["claims_about"] == len(sector["about"])
    _absent(json.dumps(sector))
    anthropic = client.get("/api/entities/anthropic").json()
    assert "anthropic-valuation-secondary-range" not in _ids(anthropic["about"])
    assert anthropic["claims_about"] == len(anthropic["about"])
    listed = {entity["id"]: entity for entity in client.get("/api/entities", params={"limit": 1000}).json()["items"]}
    assert listed["dealroom"]["claims_attributed"] == 0
    sources = client.get("/api/sources", params={"limit": 1000}).json()["items"]
    assert "dealroom" not in _ids(sources)
    (document,) = client.get("/api/documents").json()["items"]
    assert document["claims"] == 32 - len(OFF_RECORD)
    _absent(json.dumps(client.get(f"/api/documents/{document['id']}").json()["claims"]))


def test_the_network_its_views_and_every_analysis(client: TestClient) -> None:
    view = client.get("/views/network", params={"limit": 1000}).text
    assert ACCEPTED in view
    _absent(view)
    _absent(client.get("/views/entity/anthropic", params={"radius": 2}).text)
    _absent(client.get("/entities/anthropic").text)
    _absent(client.get("/api/analysis/centrality").text)
    communities = client.get("/api/analysis/communities").json()
    assert ACCEPTED in {claim for group in communities["items"] for claim in group["claims"]}
    _absent(json.dumps(communities))
    _absent(client.get("/api/analysis/sources").text)
    _absent(client.get("/api/analysis/conflicts").text)
    path = client.get("/api/analysis/path", params={"from": "dealroom", "to": "uk-ai-sector"})
    assert path.status_code == 404  # only the candidate linked them
    centrality = {row["id"]: row for row in client.get("/api/analysis/centrality").json()["items"]}
    assert centrality["dealroom"]["claims"] == 0


def test_related_claims(client: TestClient) -> None:
    related = client.get(f"/api/claims/{RELATED}").json()["related"]
    assert "anthropic-valuation-secondary-range" not in _ids(related)


def test_every_claim_export(client: TestClient) -> None:
    published = client.get("/api/export/claimreview").json()["@graph"]
    reviewed = {entry["itemReviewed"]["@id"] for entry in published}
    assert str(claim_iri(ACCEPTED)) in reviewed
    assert not reviewed & {str(claim_iri(claim_id)) for claim_id in OFF_RECORD}
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "csv"}).text)))
    assert ACCEPTED in {row["id"] for row in rows} and len(rows) == 32 - len(OFF_RECORD)
    _absent(json.dumps(rows))
