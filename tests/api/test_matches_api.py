"""Entity links and claim matches over HTTP: editors decide, refusals leave the store as it was, the curation queue
offers the verdicts of matching claims, and source dependence counts independent claimants."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimgraph.kg.curation import curate
from claimgraph.kg.reviews import add_review
from claimgraph.kg.store import Store
from tests.api.conftest import bearer, make_app
from tests.conftest import ingest_veloria, snapshot

VELORIA, BRITAIN = "veloria-robotics--veloria", "united-kingdom--britain"


@pytest.fixture
def queue(store: Store, token_file: Path, secrets: dict[str, str]) -> Iterator[tuple[TestClient, Store, list]]:
    """The first article on the record with its UK spending claim reviewed true; the second article in the queue."""
    first, second = ingest_veloria(store, accept=False)
    for claim in first.claims:
        curate(store, claim.id, "accept", "ann")
    spending = next(claim.id for claim in first.claims if claim.subject == "united-kingdom")
    add_review(store, spending, "true", "Tallyfield's annual report gives £2bn", [], "rita")
    with TestClient(make_app(store, token_file)) as client:
        yield client, store, [first, second]


def test_links_are_listed_and_decided_by_editors_only(queue, secrets: dict[str, str]) -> None:
    client, store, _ = queue
    listed = client.get("/api/entity-links", params={"status": "proposed"}).json()
    assert {item["id"] for item in listed["items"]} == {VELORIA, BRITAIN}
    before = snapshot(store)
    assert client.post(f"/api/entity-links/{VELORIA}/confirm").status_code == 401
    assert client.post(f"/api/entity-links/{VELORIA}/confirm", headers=bearer(secrets["reviewer"])).status_code == 403
    assert client.post("/api/entity-links/nothing--here/confirm", headers=bearer(secrets["editor"])).status_code == 404
    assert client.get("/api/entity-links", params={"status": "maybe"}).status_code == 400
    assert snapshot(store) == before
    confirmed = client.post(f"/api/entity-links/{VELORIA}/confirm", json={"note": "one firm"}, headers=bearer(secrets["editor"]))
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["status"] == "confirmed" and confirmed.json()["other"] == {"id": "veloria", "label": None}
    after = snapshot(store)
    again = client.post(f"/api/entity-links/{VELORIA}/confirm", headers=bearer(secrets["editor"]))
    assert again.status_code == 409 and "already" in again.json()["detail"]
    assert snapshot(store) == after
    assert client.get("/api/entities/veloria").status_code == 404
    assert "Veloria" in client.get("/api/entities/veloria-robotics").json()["aliases"]
    undone = client.post(f"/api/entity-links/{VELORIA}/undo", headers=bearer(secrets["editor"]))
    assert undone.status_code == 200 and undone.json()["status"] == "proposed"
    assert client.get("/api/entities/veloria").status_code == 200
    refused = client.post(f"/api/entity-links/{BRITAIN}/refuse", headers=bearer(secrets["editor"]))
    assert refused.status_code == 200 and refused.json()["status"] == "refused"
    kinds = [item["action"] for item in client.get("/api/history").json()["items"] if item["kind"] == "entity_resolution"]
    assert kinds == ["refuse", "undo", "merge"]


def test_the_queue_offers_the_verdict_of_a_matching_claim(queue, secrets: dict[str, str]) -> None:
    client, store, (first, second) = queue
    candidate = next(claim.id for claim in second.claims if claim.subject == "britain")
    listed = {item["id"]: item for item in client.get("/api/claims", params={"status": "candidate"}).json()["items"]}
    assert listed[candidate]["offered_verdicts"] == []  # "Britain" is not yet "United Kingdom"
    assert client.post(f"/api/entity-links/{BRITAIN}/confirm", headers=bearer(secrets["editor"])).status_code == 200
    listed = {item["id"]: item for item in client.get("/api/claims", params={"status": "candidate"}).json()["items"]}
    spending = next(claim.id for claim in first.claims if claim.subject == "united-kingdom")
    (offer,) = listed[candidate]["offered_verdicts"]
    assert (offer["claim"], offer["verdict"], offer["label"]) == (spending, "true", "True")
    assert listed[candidate]["verdict"] is None and listed[candidate]["status"] == "candidate"  # offered, not copied
    assert all(item["offered_verdicts"] == [] for key, item in listed.items() if key != candidate)
    matches = client.get(f"/api/claims/{candidate}/matches").json()
    assert matches["on_record"] is False and [claim["id"] for claim in matches["group"]["claims"]] == [spending]
    assert client.get("/api/claims", params={"limit": 5}).json()["items"][0]["offered_verdicts"] is None



def _both_on_record_as_one(client: TestClient, store: Store, second, secrets: dict[str, str]) -> None:
    """The second article's candidates accepted, and both proposed links confirmed."""
    for claim in second.claims:
        curate(store, claim.id, "accept", "ann")
    for link in (VELORIA, BRITAIN):
        assert client.post(f"/api/entity-links/{link}/confirm", headers=bearer(secrets["editor"])).status_code == 200

def test_matches_and_corroboration_on_the_record(queue, secrets: dict[str, str]) -> None:
    client, store, (first, second) = queue
    _both_on_record_as_one(client, store, second, secrets)
    funding = next(claim.id for claim in second.claims if claim.type == "funding")
    shown = client.get(f"/api/claims/{funding}/matches")
    assert shown.status_code == 200, shown.text
    group = shown.json()["group"]
    assert (group["documents"], group["independent_claimants"], group["earliest"]["claim"]) == (2, 2, first.claims[0].id)
    sources = client.get("/api/analysis/sources").json()
    assert [(g["predicate"], g["independent_claimants"]) for g in sources["corroborated"]] == [
        ("fundingRaised", 2), ("valuation", 1), ("investmentAmount", 1),
    ]  # fmt: skip
    assert client.get("/api/claims/no-such-claim/matches").status_code == 404


def test_the_claim_page_and_the_queue_show_what_the_matches_route_gives(queue, secrets: dict[str, str]) -> None:
    client, store, (first, second) = queue
    _both_on_record_as_one(client, store, second, secrets)
    funding = next(claim.id for claim in second.claims if claim.type == "funding")
    group = client.get(f"/api/claims/{funding}/matches").json()["group"]
    page = client.get(f"/claims/{funding}").text
    section = page[page.index('id="matches"'):page.index("<h2>Timeline</h2>")]
    assert f"Made in {group['documents']} documents by {group['independent_claimants']} independent claimants" in section
    members = [claim["id"] for claim in group["claims"] if claim["id"] != funding]
    assert members and all(f'href="/claims/{member}"' in section for member in members)
    groups = {claim.id: client.get(f"/api/claims/{claim.id}/matches").json()["group"] for claim in first.claims}
    lone = next(claim_id for claim_id, group in groups.items() if group is None or len(group["claims"]) == 1)
    assert "No other claim on the record makes this claim." in client.get(f"/claims/{lone}").text


def test_the_queue_page_offers_a_matching_claims_verdict(queue, secrets: dict[str, str]) -> None:
    client, store, (first, second) = queue
    assert client.post(f"/api/entity-links/{BRITAIN}/confirm", headers=bearer(secrets["editor"])).status_code == 200
    candidate = next(claim.id for claim in second.claims if claim.subject == "britain")
    spending = next(claim.id for claim in first.claims if claim.subject == "united-kingdom")
    document = client.get(f"/api/claims/{candidate}").json()["document"]["id"]
    page = client.get(f"/curation/{document}").text
    article = page[page.index(f'id="claim-{candidate}"'):]
    article = article[:article.index("</article>")]
    assert "offered, not copied" in article and f'href="/claims/{spending}">True</a>' in article
