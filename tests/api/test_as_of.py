"""``as_of`` on the claim list and a claim's resource, its bad dates, and the example query that reads the record as of a
time giving the service's answer."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files

import pytest
from fastapi.testclient import TestClient

from claimgraph.kg import projection, sparql_text
from claimgraph.kg.history import parse_since
from claimgraph.kg.namespaces import short_id
from claimgraph.kg.store import Store
from tests.api.conftest import make_app
from tests.conftest import snapshot
from tests.kg.test_as_of import RETRACTED, REVIEWED, history_store  # noqa: F401 - the fixture

BETWEEN = "2026-03-01T10:30:00Z"
"""After the first review (hour 1), before the retraction (hour 2)."""


@pytest.fixture
def client(history_store: Store) -> Iterator[TestClient]:  # noqa: F811
    with TestClient(make_app(history_store)) as opened:
        yield opened


def _listed(client: TestClient, **params: str) -> dict[str, tuple[str, str | None]]:
    answer = client.get("/api/claims", params={"limit": 1000, **params})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["total"] == len(body["items"])
    return {item["id"]: (item["status"], item["verdict"]) for item in body["items"]}


def test_the_claim_list_as_of_a_time(client: TestClient, bundled) -> None:
    assert _listed(client, as_of="2026-02-28") == {}, "the day before the first build"
    between = _listed(client, as_of=BETWEEN)
    assert set(between) == {claim.id for claim in bundled.claims}
    assert between[REVIEWED] == ("in_review", "unverifiable") and between[RETRACTED] == ("unverified", None)
    that_day = _listed(client, as_of="2026-03-01")
    assert RETRACTED not in that_day and that_day[REVIEWED] == ("reviewed", "true")
    assert that_day == _listed(client), "nothing changed after that day"


def test_filters_apply_to_the_record_of_then(client: TestClient) -> None:
    assert set(_listed(client, as_of=BETWEEN, verdict="unverifiable")) == {REVIEWED}
    assert _listed(client, as_of=BETWEEN, verdict="true") == {}
    assert set(_listed(client, as_of="2026-03-01", verdict="true")) == {REVIEWED}
    assert REVIEWED not in _listed(client, as_of=BETWEEN, verdict="none") and RETRACTED in _listed(client, as_of=BETWEEN, verdict="none")
    page = client.get("/api/claims", params={"as_of": BETWEEN, "limit": 2, "offset": 1}).json()
    assert len(page["items"]) == 2 and page["total"] == len(_listed(client, as_of=BETWEEN))


def test_a_claim_as_of_a_time(client: TestClient) -> None:
    then = client.get(f"/api/claims/{REVIEWED}", params={"as_of": BETWEEN}).json()
    assert (then["status"], then["verdict"]) == ("in_review", "unverifiable")
    assert [(review["verdict"], review["current"]) for review in then["reviews"]] == [("unverifiable", True)]
    assert then["current_review"]["verdict"] == "unverifiable"
    now = client.get(f"/api/claims/{REVIEWED}").json()
    assert [(review["verdict"], review["current"]) for review in now["reviews"]] == [("true", True), ("unverifiable", False)]
    retracted = client.get(f"/api/claims/{RETRACTED}", params={"as_of": BETWEEN})
    assert retracted.status_code == 200 and retracted.json()["status"] == "unverified"
    gone = client.get(f"/api/claims/{RETRACTED}", params={"as_of": "2026-03-01"})
    assert gone.status_code == 404 and "on the record at 2026-03-01T23:59:59.999999+00:00" in gone.json()["detail"]
    assert client.get(f"/api/claims/{RETRACTED}").json()["status"] == "retracted"


@pytest.mark.parametrize("as_of", ["2026-02-30", "yesterday", "2026-3-1", "2026-03-01T25:00:00Z", ""])
@pytest.mark.parametrize("path", ["/api/claims", f"/api/claims/{REVIEWED}"])
def test_a_bad_as_of_is_422_with_a_message_and_changes_nothing(client: TestClient, history_store: Store, path: str, as_of: str) -> None:  # noqa: F811
    before = snapshot(history_store)
    answer = client.get(path, params={"as_of": as_of})
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert "as_of" in answer.json()["detail"] and ("YYYY-MM-DD" in answer.json()["detail"] or "not a real time" in answer.json()["detail"])
    assert snapshot(history_store) == before


def test_a_status_beside_as_of_is_refused(client: TestClient) -> None:
    answer = client.get("/api/claims", params={"as_of": BETWEEN, "status": "reviewed"})
    assert answer.status_code == 400 and "status cannot be combined with as_of" in answer.json()["detail"]


@pytest.mark.parametrize("as_of", ["2026-02-28", "2026-03-01T09:00:00Z", BETWEEN, "2026-03-01T11:00:00Z", "2026-03-01"])
def test_the_example_query_gives_the_services_answer(client: TestClient, history_store: Store, as_of: str) -> None:  # noqa: F811
    text = files("claimgraph.kg.queries").joinpath("record-as-of.rq").read_text(encoding="utf-8")
    assert projection.on_record("?claim", "?asOf") in text and projection.current_review("?claim", "?review", "?asOf") in text
    bound = sparql_text.bind(text, "asOf", projection.moment(parse_since(as_of, "as_of", end_of_day=True))).text
    rows = history_store.select(bound)
    by_query = {short_id(row["claim"]): None if row["verdict"] == "none" else row["verdict"] for row in rows}
    assert by_query == {claim: verdict for claim, (_, verdict) in _listed(client, as_of=as_of).items()}
