"""``/api/changes`` and the ``/timeline`` page: the changes of the record between two times, which take the record
as of the one to the record as of the other."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from claimgraph.kg import changes, projection
from claimgraph.kg.store import Store
from tests.api.conftest import make_app
from tests.conftest import snapshot
from tests.kg.test_as_of import RETRACTED, REVIEWED, _at, history_store  # noqa: F401 - the fixture


@pytest.fixture
def client(history_store: Store) -> Iterator[TestClient]:  # noqa: F811
    with TestClient(make_app(history_store)) as opened:
        yield opened


def test_every_change_newest_first_with_its_write(client: TestClient, bundled) -> None:
    body = client.get("/api/changes", params={"limit": 1000}).json()
    assert body["total"] == len(bundled.claims) + 3 == len(body["items"])
    latest = [(item["what"], item["claim"], item["verdict"], item["agent"]) for item in body["items"][:3]]
    assert latest == [("reviewed", REVIEWED, "true", "Ann"), ("left", RETRACTED, None, "Ed"), ("reviewed", REVIEWED, "unverifiable", "Ann")]
    assert {item["what"] for item in body["items"][3:]} == {"entered"} and {item["agent"] for item in body["items"][3:]} == {"Bea"}
    assert body["items"][1]["write"].startswith(RETRACTED), "the retraction's curation record"


def test_a_window_of_time(client: TestClient) -> None:
    body = client.get("/api/changes", params={"from": "2026-03-01T10:30:00Z", "to": "2026-03-01T11:30:00Z"}).json()
    assert [(item["what"], item["claim"]) for item in body["items"]] == [("left", RETRACTED)]
    assert client.get("/api/changes", params={"from": "2026-03-02"}).json()["total"] == 0
    assert client.get("/api/changes", params={"to": "2026-02-28"}).json()["total"] == 0


@pytest.mark.parametrize("params", [{"from": "2026-02-30"}, {"to": "noon"}, {"from": "2026-03-01T24:00:00Z"}])
def test_a_bad_time_is_422_and_changes_nothing(client: TestClient, history_store: Store, params: dict[str, str]) -> None:  # noqa: F811
    before = snapshot(history_store)
    answer = client.get("/api/changes", params=params)
    assert answer.status_code == 422 and next(iter(params)) in answer.json()["detail"]
    assert snapshot(history_store) == before


def test_to_before_from_is_400(client: TestClient) -> None:
    answer = client.get("/api/changes", params={"from": "2026-03-02", "to": "2026-03-01"})
    assert answer.status_code == 400 and "to is before from" in answer.json()["detail"]


def test_since_and_until_are_not_the_names(client: TestClient) -> None:
    assert client.get("/api/changes", params={"since": "2026-03-02"}).json()["total"] == client.get("/api/changes").json()["total"]


@pytest.mark.parametrize("start,end", [(-1, 0), (0, 1.5), (0.5, 2), (1.5, 2.5), (-1, 5)])
def test_the_changes_between_two_times_take_one_record_to_the_other(history_store: Store, start: float, end: float) -> None:  # noqa: F811
    before, after = set(projection.every_claim(history_store, as_of=_at(start))), set(projection.every_claim(history_store, as_of=_at(end)))
    found, _ = changes.changes(history_store, start=_at(start) + dt.timedelta(microseconds=1), end=_at(end), limit=None)
    entered = {change.claim for change in found if change.what == "entered"}
    left = {change.claim for change in found if change.what == "left"}
    assert (before | entered) - left == after


def test_the_timeline_page_lists_the_changes(client: TestClient) -> None:
    page = client.get("/timeline", params={"limit": 2})
    assert page.status_code == 200
    assert f'href="/claims/{REVIEWED}"' in page.text and f'href="/claims/{RETRACTED}"' in page.text
    assert "reviewed (true)" in page.text and 'rel="next"' in page.text
