"""``/api/history``, ``/api/claims/{id}/history`` and the claim page's history: every write, by whom, newest first."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from claimgraph.kg.namespaces import claim_iri
from claimgraph.kg.store import Store
from tests.api.conftest import bearer
from tests.kg.test_ingest import PUBLISHED, TEXT

CLAIM = "openai-valuation-300bn"
STATEMENT = "https://w3id.org/claimgraph/ns#statement"


def test_an_editors_update_is_listed_with_its_agent_text_and_diff(api: TestClient, secrets: dict[str, str]) -> None:
    start = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    claim = claim_iri(CLAIM)
    update = f'DELETE {{ <{claim}> cg:statement ?s }} INSERT {{ <{claim}> cg:statement "OpenAI: $300bn." }} WHERE {{ <{claim}> cg:statement ?s }}'
    assert api.post("/sparql", data={"update": update}, headers=bearer(secrets["editor"])).status_code == 204
    answer = api.get("/api/history", params={"since": start.strftime("%Y-%m-%dT%H:%M:%SZ")})
    assert answer.status_code == 200, answer.text
    (item,) = answer.json()["items"]
    assert (item["kind"], item["agent"]) == ("sparql_update", "editor-1")
    assert dt.datetime.fromisoformat(item["time"]) >= start
    assert [c["id"] for c in item["claims"]] == [CLAIM]
    assert item["update"]["text"] == update
    assert item["update"]["added"] == f'<{claim}> <{STATEMENT}> "OpenAI: $300bn." .\n'
    assert item["update"]["removed"].startswith(f'<{claim}> <{STATEMENT}> "OpenAI reached a valuation')
    trail = api.get(f"/api/claims/{CLAIM}/history").json()
    assert [i["iri"] for i in trail["items"]] == [item["iri"]]


def test_every_kind_of_write_through_the_service_is_listed_newest_first(api: TestClient, secrets: dict[str, str]) -> None:
    editor, reviewer = bearer(secrets["editor"]), bearer(secrets["reviewer"])
    ingested = api.post("/api/documents", params={"published": PUBLISHED}, content=TEXT.encode(), headers={"Content-Type": "text/plain", **editor})
    candidate = ingested.json()["claims"][0]["id"]
    assert api.post(f"/api/claims/{candidate}/accept", headers=editor).status_code == 200
    assert api.post(f"/api/claims/{candidate}/reviews", json={"verdict": "true", "rationale": "ok"}, headers=reviewer).status_code == 201
    assert api.post(f"/api/claims/{candidate}/retract", json={"reason": "the article was withdrawn"}, headers=editor).status_code == 200
    items = api.get("/api/history").json()["items"]
    assert [(i["kind"], i["agent"], i["action"]) for i in items] == [
        ("curation", "editor-1", "retract"), ("review", "reviewer-1", None), ("curation", "editor-1", "accept"), ("ingest", "editor-1", None),
    ]  # fmt: skip
    times = [i["time"] for i in items]
    assert times == sorted(times, reverse=True)
    trail = api.get(f"/api/claims/{candidate}/history").json()
    assert [i["kind"] for i in trail["items"]] == ["curation", "review", "curation", "ingest"] and trail["total"] == 4
    page = api.get(f"/claims/{candidate}")
    assert page.status_code == 200
    history = page.text.split('id="history"', 1)[1].split("</ol>", 1)[0]
    assert history.count("<li>") == 4 and "the article was withdrawn" in history and "reviewer-1" in history
    assert history.index("retract") < history.index("accept"), "newest first on the page too"


@pytest.mark.parametrize("since", ["last week", "2026-02-30", "2026-01-01T10:00:00+25:00"])
def test_a_bad_since_is_400_with_a_message(api: TestClient, since: str) -> None:
    answer = api.get("/api/history", params={"since": since})
    assert answer.status_code == 400 and answer.headers["content-type"] == "application/problem+json"
    assert "since" in answer.json()["detail"]


def test_an_unknown_claims_history_is_404(api: TestClient) -> None:
    assert api.get("/api/claims/no-such-claim/history").status_code == 404


def test_the_page_of_an_update_shows_its_text_and_diff(api: TestClient, built_store: Store, secrets: dict[str, str]) -> None:
    update = f"INSERT DATA {{ <{claim_iri(CLAIM)}> cg:hedge '<b>reportedly</b>' }}"
    assert api.post("/sparql", data={"update": update}, headers=bearer(secrets["editor"])).status_code == 204
    page = api.get(f"/claims/{CLAIM}").text
    assert "changed by a SPARQL update by <strong>editor-1</strong>" in page
    assert "&lt;b&gt;reportedly&lt;/b&gt;" in page and "<b>reportedly</b>" not in page
