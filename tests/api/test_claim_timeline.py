"""A claim's timeline: ``/api/claims/{id}/timeline`` and the section of its page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from claimgraph.kg import reviews
from claimgraph.kg.store import Store
from tests.api.conftest import make_app
from tests.kg.test_pledges import _at, pledged  # noqa: F401 - the fixture


@pytest.fixture
def client(store: Store, pledged: dict[str, str]) -> Iterator[TestClient]:  # noqa: F811
    reviews.add_review(store, pledged["future"], "mostly_true", "The budget law says so.", [], "Rae", now=_at(2.5))
    with TestClient(make_app(store)) as opened:
        yield opened


def _events(client: TestClient, claim_id: str, **params: str) -> list[tuple[object, ...]]:
    answer = client.get(f"/api/claims/{claim_id}/timeline", params=params)
    assert answer.status_code == 200, answer.text
    return [(item["what"], item["time"], item["by"], item["verdict"] or item["state"] or item["note"]) for item in answer.json()["items"]]


def test_stated_about_recorded_accepted_each_review_and_state(client: TestClient, pledged: dict[str, str]) -> None:  # noqa: F811
    events = _events(client, pledged["future"])
    assert events[0][:2] == ("stated", "2025-03-10") and events[0][3] == "its document is dated 2025-03-10"
    assert events[1] == ("about", "2027", None, "by 2027")
    assert [event[:3] for event in events[2:4]] == [("accepted", _at(1).isoformat(), "Ann"), ("recorded", _at(1).isoformat(), "Ann")]
    assert events[4:] == [
        ("fulfilment", _at(2).isoformat(), "Ann", "partly_kept"),
        ("reviewed", _at(2.5).isoformat(), "Rae", "mostly_true"),
        ("fulfilment", _at(3).isoformat(), "Bo", "kept"),
    ]
    assert _events(client, pledged["future"], as_of=_at(2.5).isoformat())[-1][0] == "reviewed", "as of a time: the writes up to then"


def test_a_retraction_with_its_reason_and_a_claim_without_time_words(client: TestClient, pledged: dict[str, str]) -> None:  # noqa: F811
    assert _events(client, pledged["tuesday"])[-1] == ("retracted", _at(5).isoformat(), "Ed", "a duplicate")
    assert [event[0] for event in _events(client, pledged["none"])] == ["stated", "accepted", "recorded"], "no time words, no about"


def test_the_claim_page_shows_it(client: TestClient, pledged: dict[str, str]) -> None:  # noqa: F811
    page = client.get(f"/claims/{pledged['future']}")
    assert page.status_code == 200 and 'id="timeline"' in page.text
    section = page.text.split('id="timeline"', 1)[1].split("</ol>", 1)[0]
    assert "entered the record" in section and "mostly_true" in section and 'kept (from <time datetime="2026-03-01" title="2026-03-01">1 Mar 2026</time>)' in section


def test_no_such_claim_is_404(client: TestClient) -> None:
    assert client.get("/api/claims/nothing-here/timeline").status_code == 404
