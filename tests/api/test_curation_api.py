"""Curation over HTTP: accept, reject, edit and retract with an editor token; the record; refusals as problems."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from claimgraph.kg.store import Store
from tests.api.conftest import bearer
from tests.conftest import snapshot
from tests.kg.test_ingest import PUBLISHED, TEXT


@pytest.fixture
def claims(api: TestClient, secrets: dict[str, str]) -> dict[str, str]:
    """Candidates ingested through the API; their ids by type."""
    response = api.post(
        "/api/documents", params={"published": PUBLISHED}, content=TEXT.encode(),
        headers={"Content-Type": "text/plain", **bearer(secrets["editor"])},
    )  # fmt: skip
    assert response.status_code == 201, response.text
    return {claim["type"]: claim["id"] for claim in response.json()["claims"]}


def test_accept_reject_and_the_record(api: TestClient, secrets: dict[str, str], claims: dict[str, str]) -> None:
    editor = bearer(secrets["editor"])
    accepted = api.post(f"/api/claims/{claims['valuation']}/accept", headers=editor)
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["claim"]["status"] == "unverified" and accepted.json()["curation"]["curator"] == "editor-1"
    rejected = api.post(f"/api/claims/{claims['location']}/reject", json={"note": "an aside"}, headers=editor)
    assert rejected.status_code == 200 and rejected.json()["claim"]["status"] == "rejected"
    assert api.get(f"/api/claims/{claims['location']}").json()["status"] == "rejected"  # kept on record
    history = api.get(f"/api/claims/{claims['location']}/curation").json()
    assert [(i["action"], i["curator"], i["note"], i["status_after"]) for i in history["items"]] == [("reject", "editor-1", "an aside", "rejected")]


def test_edit_re_checks_the_anchor(api: TestClient, built_store: Store, secrets: dict[str, str], claims: dict[str, str]) -> None:
    editor, claim = bearer(secrets["editor"]), claims["funding"]
    quote = "Nimbus Labs raised £40m last year"
    moved = api.post(f"/api/claims/{claim}/edit", json={"anchor": {"quote": quote}, "statement": "Nimbus Labs raised £40m in 2024."}, headers=editor)
    assert moved.status_code == 200, moved.text
    anchor = moved.json()["claim"]["anchor"]
    assert TEXT[anchor["start"] : anchor["end"]] == anchor["exact"] == quote
    assert {c["field"] for c in moved.json()["curation"]["changes"]} == {"anchor", "statement"}
    before = snapshot(built_store)
    wrong = api.post(f"/api/claims/{claim}/edit", json={"anchor": {"start": 0, "end": len(quote), "quote": quote}}, headers=editor)
    assert wrong.status_code == 422 and wrong.headers["content-type"] == "application/problem+json"
    assert any("exact quote disagrees" in error for error in wrong.json()["errors"])
    assert snapshot(built_store) == before


@pytest.mark.parametrize(
    ("path", "body", "role", "status"),
    [
        ("/api/claims/{funding}/accept", None, None, 401),
        ("/api/claims/{funding}/accept", None, "reviewer", 403),
        ("/api/claims/no-such-claim/accept", None, "editor", 404),
        ("/api/claims/uk-ai-sector-vc-funding-2024/accept", None, "editor", 409),  # curated: unverified, not a candidate
        ("/api/claims/{funding}/edit", {"note": "nothing else"}, "editor", 400),
        ("/api/claims/{funding}/edit", {"type": "gossip"}, "editor", 400),
        ("/api/claims/{funding}/edit", {"colour": "red"}, "editor", 422),
        ("/api/claims/{funding}/edit", {"time": {"value": "2024-13"}}, "editor", 400),
        ("/api/claims/{funding}/retract", {"reason": "a candidate is not on the record"}, "editor", 409),
        ("/api/claims/uk-ai-sector-vc-funding-2024/retract", {"reason": "withdrawn"}, "reviewer", 403),
        ("/api/claims/uk-ai-sector-vc-funding-2024/retract", {}, "editor", 422),
        ("/api/claims/uk-ai-sector-vc-funding-2024/retract", {"reason": "  "}, "editor", 422),
    ],
)
def test_refusals_are_problems_and_change_nothing(
    api: TestClient, built_store: Store, secrets: dict[str, str], claims: dict[str, str], path: str, body: dict | None, role: str | None, status: int
) -> None:
    before = snapshot(built_store)
    headers = bearer(secrets[role]) if role else {}
    response = api.post(path.format(**claims), json=body, headers=headers)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert snapshot(built_store) == before


def test_retract_keeps_the_claim_with_its_reason(api: TestClient, built_store: Store, secrets: dict[str, str]) -> None:
    claim = "uk-ai-sector-vc-funding-2024"
    before = api.get(f"/api/claims/{claim}").json()
    response = api.post(f"/api/claims/{claim}/retract", json={"reason": "Dealroom revised the figure"}, headers=bearer(secrets["editor"]))
    assert response.status_code == 200, response.text
    record, after = response.json()["curation"], api.get(f"/api/claims/{claim}").json()
    assert (record["action"], record["curator"], record["note"], record["status_before"], record["status_after"]) == (
        "retract", "editor-1", "Dealroom revised the figure", "unverified", "retracted"
    )
    assert {key: value for key, value in after.items() if key != "status"} == {key: value for key, value in before.items() if key != "status"}
    assert after["status"] == "retracted"
    again = api.post(f"/api/claims/{claim}/retract", json={"reason": "twice"}, headers=bearer(secrets["editor"]))
    assert again.status_code == 409 and "is retracted" in again.json()["detail"]
