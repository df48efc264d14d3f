"""The review workflow over HTTP: tokens and roles, validation, history, and surviving a server restart."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from claimgraph.api.app import create_app
from claimgraph.api.settings import Settings
from claimgraph.claims.model import ClaimSet
from claimgraph.kg import tokens
from claimgraph.kg.build import build
from claimgraph.kg.ingest import ingest
from claimgraph.kg.namespaces import claim_iri
from claimgraph.kg.store import Store, open_store
from tests.api.conftest import bearer, make_app, serve
from tests.conftest import snapshot
from tests.faults.test_atomicity import dump
from tests.kg.test_ingest import PUBLISHED, TEXT

CLAIM = "uk-ai-sector-vc-funding-2024"
URL = f"/api/claims/{CLAIM}/reviews"
REVIEW = {"verdict": "mostly_true", "rationale": "Dealroom's report gives £4.7bn for 2024.", "evidence": ["https://example.org/dealroom-2024"], "reviewer": "Ann Checker"}


def test_a_reviewer_adds_a_review(api: TestClient, secrets: dict[str, str]) -> None:
    before = datetime.now(timezone.utc) - timedelta(seconds=1)
    response = api.post(URL, json=REVIEW, headers=bearer(secrets["reviewer"]))
    assert response.status_code == 201, response.text
    stored = response.json()
    assert {key: stored[key] for key in ("verdict", "rationale", "evidence")} == {key: REVIEW[key] for key in ("verdict", "rationale", "evidence")}
    assert (stored["reviewer"], stored["display_name"]) == ("reviewer-1", "Ann Checker"), "the author is the token's name"
    assert stored["label"] == "Mostly true" and stored["current"] and stored["id"] and stored["iri"].endswith(stored["id"])
    assert before <= datetime.fromisoformat(stored["date"]) <= datetime.now(timezone.utc)
    claim = api.get(f"/api/claims/{CLAIM}").json()
    assert claim["status"] == "reviewed" and claim["verdict"] == "mostly_true" and claim["current_review"]["id"] == stored["id"]


def test_history_is_newest_first_and_revisions_point_back(api: TestClient, secrets: dict[str, str]) -> None:
    first = api.post(URL, json=REVIEW, headers=bearer(secrets["reviewer"])).json()
    second = api.post(URL, json={"verdict": "unverifiable", "rationale": "The report was withdrawn."}, headers=bearer(secrets["editor"])).json()
    assert (second["reviewer"], second["display_name"]) == ("editor-1", None)
    history = api.get(URL).json()
    assert [item["id"] for item in history["items"]] == [second["id"], first["id"]] and history["total"] == 2
    assert history["items"][0]["revises"] == first["id"] and not history["items"][1]["current"]
    assert api.get(f"/api/claims/{CLAIM}").json()["status"] == "in_review"


def test_writes_need_a_reviewer_token(api: TestClient, built_store: Store, token_file: Path, secrets: dict[str, str]) -> None:
    before = snapshot(built_store)
    missing = api.post(URL, json=REVIEW)
    assert missing.status_code == 401 and missing.headers["www-authenticate"].startswith("Bearer")
    assert missing.headers["content-type"].startswith("application/problem+json")
    assert api.post(URL, json=REVIEW, headers=bearer(secrets["reviewer"] + "x")).status_code == 401
    assert api.post(URL, json=REVIEW, headers={"Authorization": f"Basic {secrets['reviewer']}"}).status_code == 401
    tokens.revoke(token_file, "reviewer-1")
    assert api.post(URL, json=REVIEW, headers=bearer(secrets["reviewer"])).status_code == 401
    assert snapshot(built_store) == before


def test_a_role_below_reviewer_is_403(built_store: Store, token_file: Path, secrets: dict[str, str]) -> None:
    token_file.write_text(token_file.read_text().replace('"role": "reviewer"', '"role": "reader"'))
    # an unknown role in the file counts as no role at all
    with TestClient(create_app(Settings(store="memory:", tokens=token_file), store=built_store)) as client:
        response = client.post(URL, json=REVIEW, headers=bearer(secrets["reviewer"]))
        assert response.status_code == 403


@pytest.mark.parametrize(
    "body,where",
    [
        ({**REVIEW, "verdict": "pants_on_fire"}, "body.verdict"),
        ({**REVIEW, "rationale": ""}, "body.rationale"),
        ({key: value for key, value in REVIEW.items() if key != "rationale"}, "body.rationale"),
        ({**REVIEW, "evidence": ["javascript:alert(1)"]}, "body.evidence"),
    ],
)
def test_invalid_reviews_are_422_and_write_nothing(api: TestClient, built_store: Store, secrets: dict[str, str], body: dict, where: str) -> None:
    before = snapshot(built_store)
    response = api.post(URL, json=body, headers=bearer(secrets["reviewer"]))
    assert response.status_code == 422 and response.json()["errors"][0]["where"] == where
    assert snapshot(built_store) == before


def test_reviewing_an_unknown_claim_is_404(api: TestClient, secrets: dict[str, str]) -> None:
    response = api.post("/api/claims/no-such-claim/reviews", json=REVIEW, headers=bearer(secrets["reviewer"]))
    assert response.status_code == 404


def test_review_history_survives_a_restart_on_the_same_store(tmp_path: Path, bundled: ClaimSet) -> None:
    folder = tmp_path / "store"
    store = open_store(folder)
    build(store, [bundled])
    store.close()
    secret = tokens.create(tokens.tokens_path(str(folder)), "ann", "reviewer")
    settings = Settings(store=str(folder))
    with serve(create_app(settings)) as base:
        created = httpx.post(base + URL, json=REVIEW, headers=bearer(secret), timeout=30)
        assert created.status_code == 201
    with serve(create_app(settings)) as base:
        history = httpx.get(base + URL, timeout=30).json()
        assert [item["id"] for item in history["items"]] == [created.json()["id"]]
        assert httpx.get(f"{base}/api/claims/{CLAIM}", timeout=30).json()["status"] == "reviewed"


@pytest.mark.parametrize("status", ["candidate", "rejected"])
def test_reviewing_a_claim_off_the_record_is_409_and_writes_nothing(api: TestClient, built_store: Store, secrets: dict[str, str], status: str) -> None:
    claim = ingest(built_store, TEXT, PUBLISHED).claims[0].id
    if status == "rejected":
        assert api.post(f"/api/claims/{claim}/reject", json={}, headers=bearer(secrets["editor"])).status_code == 200
    before = dump(built_store)
    response = api.post(f"/api/claims/{claim}/reviews", json=REVIEW, headers=bearer(secrets["reviewer"]))
    assert response.status_code == 409, response.text
    assert response.headers["content-type"] == "application/problem+json" and f"is {status}" in response.json()["detail"]
    assert dump(built_store) == before
    assert api.get(f"/api/claims/{claim}").json()["status"] == status


def test_a_review_sent_by_alice_as_bob_is_alices(built_store: Store, token_file: Path) -> None:
    alice = tokens.create(token_file, "alice", "reviewer")
    with TestClient(make_app(built_store, token_file)) as client:
        response = client.post(URL, json={**REVIEW, "reviewer": "Bob"}, headers=bearer(alice))
        assert response.status_code == 201, response.text
        assert (response.json()["reviewer"], response.json()["display_name"]) == ("alice", "Bob")
        (item,) = client.get("/api/history").json()["items"]
        assert (item["kind"], item["agent"], item["display_name"]) == ("review", "alice", "Bob")
        exported = client.get("/api/export/claimreview").json()
        (entry,) = [item for item in exported["@graph"] if item["itemReviewed"]["@id"].endswith(CLAIM)]
        assert entry["author"]["name"] == "alice"
    rows = built_store.select(
        f"SELECT ?author ?agent WHERE {{ ?review schema:itemReviewed <{claim_iri(CLAIM)}> ; schema:author/schema:name ?author . "
        "?activity prov:generated ?review ; prov:wasAssociatedWith/schema:name ?agent }"
    )
    assert [(row["author"], row["agent"]) for row in rows] == [("alice", "alice")]
