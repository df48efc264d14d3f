"""``/api/claimreviews`` over HTTP: an editor imports other publishers' fact-checks, anyone lists them, matched or not;
a refused body stores nothing, and a claim's verdict is ours alone."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from tests.api.conftest import bearer
from tests.conftest import snapshot
from tests.kg.test_factchecks import LOCATED, api_claim, fact_check_tools, json_ld

URL = "/api/claimreviews"


def test_an_editor_imports_and_anyone_lists(api: TestClient, secrets: dict[str, str]) -> None:
    body = fact_check_tools(
        api_claim("Anthropic is based in San Francisco.", "https://checkers.example/sf", "False"),
        api_claim("Nothing we hold", "https://checkers.example/none", "Mostly True"),
    )  # fmt: skip
    answer = api.post(f"{URL}?source=batch-1.json", content=body, headers={**bearer(secrets["editor"]), "Content-Type": "application/json"})
    assert answer.status_code == 201, answer.text
    assert (answer.json()["imported"], answer.json()["matched"]) == (2, 1)
    again = api.post(URL, content=body, headers={**bearer(secrets["editor"]), "Content-Type": "application/json"})
    assert again.status_code == 200 and again.json()["imported"] == 0
    matched = api.get(URL, params={"matched": "true"}).json()
    assert [item["claims"][0]["id"] for item in matched["items"]] == [LOCATED]
    assert matched["items"][0]["imported"]["by"] == "editor-1" and matched["items"][0]["imported"]["source"] == "batch-1.json"
    unmatched = api.get(URL, params={"matched": "false"}).json()
    assert [(item["url"], item["verdict"]) for item in unmatched["items"]] == [("https://checkers.example/none", "mostly_true")]
    assert api.get(URL, params={"claim": LOCATED}).json()["total"] == 1
    claim = api.get(f"/api/claims/{LOCATED}").json()
    assert (claim["status"], claim["verdict"], claim["current_review"]) == ("unverified", None, None)


def test_a_claim_page_url_under_the_public_address_matches(api: TestClient, secrets: dict[str, str]) -> None:
    body = json_ld({"url": "https://checkers.example/p", "itemReviewed": {"@type": "Claim", "url": f"http://testserver/claims/{LOCATED}"}})
    answer = api.post(URL, content=body, headers={**bearer(secrets["editor"]), "Content-Type": "application/ld+json"})
    assert answer.status_code == 201 and answer.json()["items"][0]["matched_by"] == "url"


def test_refusals_store_nothing(api: TestClient, built_store, secrets: dict[str, str]) -> None:
    good = fact_check_tools(api_claim("x", "https://checkers.example/x", "False"))
    editor = {**bearer(secrets["editor"]), "Content-Type": "application/json"}
    before = snapshot(built_store)
    cases = [
        (api.post(URL, content=good, headers={"Content-Type": "application/json"}), 401),
        (api.post(URL, content=good, headers={**bearer(secrets["reviewer"]), "Content-Type": "application/json"}), 403),
        (api.post(URL, content=good, headers={**bearer(secrets["editor"]), "Content-Type": "text/plain"}), 415),
        (api.post(URL, content=b"{", headers=editor), 400),
        (api.post(URL, content=fact_check_tools({"text": "x", "claimReview": [{"textualRating": "False"}]}), headers=editor), 400),
        (api.post(URL, content=json.dumps([{"@type": "ClaimReview", "url": "https://a.example/1", "datePublished": "31/12/2024"}]),
                  headers=editor), 400),
        (api.post(URL, content=b"[" + b" " * (6 * 1024 * 1024) + b"]", headers=editor), 413),
    ]  # fmt: skip
    for response, status in cases:
        assert response.status_code == status, response.text
    assert "datePublished" in cases[5][0].json()["detail"]
    assert snapshot(built_store) == before
    assert api.get(URL, params={"matched": "maybe"}).status_code == 422
