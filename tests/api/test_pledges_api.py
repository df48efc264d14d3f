"""``/api/pledges``, ``/api/export/pledges``, ``/api/claims/{id}/fulfilment`` and the ``/pledges`` page."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimgraph.kg.store import Store
from tests.api.conftest import bearer, make_app
from tests.conftest import snapshot
from tests.kg.test_pledges import pledged  # noqa: F401 - the fixture


@pytest.fixture
def client(store: Store, pledged: dict[str, str], token_file: Path, secrets: dict[str, str]) -> Iterator[TestClient]:  # noqa: F811
    with TestClient(make_app(store, token_file)) as opened:
        yield opened


def test_the_pledges_as_of_a_time_and_now(client: TestClient, pledged: dict[str, str]) -> None:  # noqa: F811
    body = client.get("/api/pledges", params={"as_of": "2026-03-01T10:30:00Z"}).json()
    assert body["as_of"] == "2026-03-01T10:30:00+00:00"
    found = {item["id"]: item for item in body["items"]}
    future, past = found[pledged["future"]], found[pledged["past"]]
    assert (future["due"], future["due_precision"], future["deadline"], future["state"], future["overdue"]) == ("2027-12-31", "year", "by 2027", "open", False)
    assert (past["due"], past["state"], past["overdue"]) == ("2025-12-31", "open", True)
    assert (found[pledged["none"]]["due"], found[pledged["none"]]["overdue"]) == (None, False)
    assert future["quote"] and future["claimant"]["label"]
    now = {item["id"]: item for item in client.get("/api/pledges").json()["items"]}
    assert pledged["tuesday"] not in now and now[pledged["future"]]["state"] == "kept"
    assert [record["state"] for record in now[pledged["future"]]["history"]] == ["partly_kept", "kept"]
    due = client.get("/api/pledges", params={"due_before": "2026-01-01", "as_of": "2026-03-01T10:30:00Z"}).json()["items"]
    assert [item["id"] for item in due] == [pledged["past"]]
    assert [item["id"] for item in client.get("/api/pledges", params={"state": "broken"}).json()["items"]] == [pledged["past"]]


def test_a_reviewer_records_states_in_order(client: TestClient, pledged: dict[str, str], secrets: dict[str, str]) -> None:  # noqa: F811
    url = f"/api/claims/{pledged['none']}/fulfilment"
    first = client.post(url, json={"state": "partly_kept", "rationale": "Some grants went out.", "evidence": ["https://example.org/a"], "date": "2026-03-01"},
                        headers=bearer(secrets["reviewer"]))  # fmt: skip
    assert first.status_code == 201, first.text
    assert (first.json()["by"], first.json()["state"], first.json()["date"], first.json()["current"]) == ("reviewer-1", "partly_kept", "2026-03-01", True)
    second = client.post(url, json={"state": "withdrawn", "rationale": "The agency dropped it."}, headers=bearer(secrets["editor"])).json()
    assert second["revises"] == first.json()["id"]
    history = client.get(url).json()["items"]
    assert [(item["state"], item["current"]) for item in history] == [("partly_kept", False), ("withdrawn", True)]
    listed = {item["id"]: item for item in client.get("/api/pledges").json()["items"]}
    assert listed[pledged["none"]]["state"] == "withdrawn" and listed[pledged["none"]]["state_date"] == second["date"]
    trail = client.get(f"/api/claims/{pledged['none']}/history").json()["items"]
    assert [(item["kind"], item["agent"]) for item in trail[:2]] == [("fulfilment", "editor-1"), ("fulfilment", "reviewer-1")]


@pytest.mark.parametrize(
    "body,message",
    [
        ({"state": "done", "rationale": "x"}, "state"),
        ({"state": "overdue", "rationale": "x"}, "state"),
        ({"state": "kept"}, "rationale"),
        ({"state": "kept", "rationale": "   "}, "needs a rationale"),
        ({"state": "kept", "rationale": "x", "date": "2026-02-30"}, "date must be a day"),
        ({"state": "kept", "rationale": "x", "date": "next week"}, "date must be a day"),
        ({"state": "kept", "rationale": "x", "date": "2999-01-01"}, "after today"),
        ({"state": "kept", "rationale": "x", "evidence": ["ftp://example.org"]}, "http or https"),
    ],
)
def test_bad_states_and_dates_are_422_and_write_nothing(
    client: TestClient, store: Store, pledged: dict[str, str], secrets: dict[str, str], body: dict[str, object], message: str  # noqa: F811
) -> None:
    before = snapshot(store)
    answer = client.post(f"/api/claims/{pledged['none']}/fulfilment", json=body, headers=bearer(secrets["reviewer"]))
    assert answer.status_code == 422 and message in answer.json()["detail"], answer.text
    assert snapshot(store) == before


def test_not_a_pledge_on_the_record_is_409_and_no_token_401(client: TestClient, store: Store, pledged: dict[str, str], secrets: dict[str, str]) -> None:  # noqa: F811
    before = snapshot(store)
    body = {"state": "kept", "rationale": "Done."}
    retracted = client.post(f"/api/claims/{pledged['tuesday']}/fulfilment", json=body, headers=bearer(secrets["reviewer"]))
    assert retracted.status_code == 409 and "on the record" in retracted.json()["detail"]
    other = next(item["id"] for item in client.get("/api/claims").json()["items"] if item["type"] != "pledge")
    assert client.post(f"/api/claims/{other}/fulfilment", json=body, headers=bearer(secrets["reviewer"])).status_code == 409
    assert client.post(f"/api/claims/{pledged['none']}/fulfilment", json=body).status_code == 401
    assert client.post("/api/claims/nothing-here/fulfilment", json=body, headers=bearer(secrets["reviewer"])).status_code == 404
    assert snapshot(store) == before


def test_the_exports_and_the_page_show_the_same_pledges(client: TestClient, pledged: dict[str, str]) -> None:  # noqa: F811
    params = {"as_of": "2026-03-01T10:30:00Z"}
    listed = client.get("/api/pledges", params=params).json()["items"]
    exported = client.get("/api/export/pledges", params=params)
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    assert [row["id"] for row in csv.DictReader(io.StringIO(exported.text))] == [item["id"] for item in listed]
    as_json = client.get("/api/export/pledges", params={**params, "format": "json"})
    assert as_json.headers["content-type"].startswith("application/json") and as_json.json()["pledges"] == listed
    page = client.get("/pledges", params=params)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert all(f'href="/claims/{item["id"]}"' in page.text for item in listed)
    assert "overdue" in page.text and "no deadline" in page.text and "2027-12-31" in page.text


@pytest.mark.parametrize("path", ["/api/pledges", "/api/export/pledges"])
@pytest.mark.parametrize("params", [{"as_of": "2026-13-01"}, {"as_of": "soon"}, {"state": "overdue"}, {"due_before": "2026-02-30"}])
def test_bad_parameters_are_422_and_change_nothing(client: TestClient, store: Store, path: str, params: dict[str, str]) -> None:
    before = snapshot(store)
    answer = client.get(path, params=params)
    assert answer.status_code == 422 and answer.headers["content-type"].startswith("application/problem+json")
    assert next(iter(params)) in answer.json()["detail"]
    assert snapshot(store) == before


def test_a_bad_date_on_the_page_is_an_error_page(client: TestClient) -> None:
    answer = client.get("/pledges", params={"as_of": "2026-02-30"})
    assert answer.status_code == 422


def test_the_bundled_profit_cap_pledge_is_open_with_no_due_date(api: TestClient) -> None:
    found = {item["id"]: item for item in api.get("/api/pledges").json()["items"]}
    cap = found["anthropic-pledge-profit-cap"]
    assert (cap["due"], cap["deadline"], cap["state"], cap["overdue"], cap["history"]) == (None, None, "open", False, [])
    assert cap["quote"].startswith("The company has pledged to cap its profits")
