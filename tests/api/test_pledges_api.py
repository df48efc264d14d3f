"""``/api/pledges``, ``/api/export/pledges`` and the ``/pledges`` page, now and as of a time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from claimgraph.kg.store import Store
from tests.api.conftest import make_app
from tests.conftest import snapshot
from tests.kg.test_pledges import pledged  # noqa: F401 - the fixture


@pytest.fixture
def client(store: Store, pledged: dict[str, list[str]]) -> Iterator[TestClient]:  # noqa: F811
    with TestClient(make_app(store)) as opened:
        yield opened


def test_the_pledges_as_of_a_day_and_now(client: TestClient, pledged: dict[str, list[str]]) -> None:  # noqa: F811
    reviewed, unreviewed = pledged["by 2027"]
    (tuesday,) = pledged["Tuesday"]
    body = client.get("/api/pledges", params={"as_of": "2026-03-01T10:30:00Z"}).json()
    assert body["as_of"] == "2026-03-01T10:30:00+00:00"
    states = {item["id"]: (item["state"], item["due"], item["deadline"]) for item in body["items"]}
    assert states[reviewed] == states[unreviewed] == ("open", "2027-12-31", "by 2027") and states[tuesday] == ("open", None, None)
    now = {item["id"]: item for item in client.get("/api/pledges").json()["items"]}
    assert tuesday not in now and now[reviewed]["state"] == "reviewed" and now[reviewed]["verdict"] == "true"
    assert [change["state"] for change in now[reviewed]["history"]] == ["open", "reviewed"]
    overdue = client.get("/api/pledges", params={"as_of": "2028-01-01", "state": "overdue"}).json()["items"]
    assert [item["id"] for item in overdue] == [unreviewed]


def test_the_export_and_the_page_show_the_same_pledges(client: TestClient, pledged: dict[str, list[str]]) -> None:  # noqa: F811
    listed = client.get("/api/pledges", params={"as_of": "2028-01-01"}).json()["items"]
    exported = client.get("/api/export/pledges", params={"as_of": "2028-01-01"})
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    rows = exported.text.splitlines()
    assert [row.split(",", 1)[0] for row in rows[1:]] == [item["id"] for item in listed]
    page = client.get("/pledges", params={"as_of": "2028-01-01"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert all(f'href="/claims/{item["id"]}"' in page.text for item in listed)
    assert "overdue" in page.text and "no deadline" in page.text and "2027-12-31" in page.text


@pytest.mark.parametrize("path", ["/api/pledges", "/api/export/pledges"])
@pytest.mark.parametrize("params", [{"as_of": "2026-13-01"}, {"as_of": "soon"}, {"state": "kept"}])
def test_bad_parameters_are_422_and_change_nothing(client: TestClient, store: Store, path: str, params: dict[str, str]) -> None:
    before = snapshot(store)
    answer = client.get(path, params=params)
    assert answer.status_code == 422 and answer.headers["content-type"].startswith("application/problem+json")
    assert next(iter(params)) in answer.json()["detail"]
    assert snapshot(store) == before


def test_a_bad_date_on_the_page_is_an_error_page(client: TestClient) -> None:
    answer = client.get("/pledges", params={"as_of": "2026-02-30"})
    assert answer.status_code == 422
