"""``as_of`` on entities, sources, the analyses, the network view and the pages: each reads the record of then."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from claimgraph.kg.store import Store
from tests.api.conftest import make_app
from tests.kg.test_as_of import RETRACTED, history_store  # noqa: F401 - the fixture

BETWEEN = "2026-03-01T10:30:00Z"
"""Before the retraction of Dealroom's one claim (hour 2)."""
BEFORE = "2026-02-28"
SOURCE = "dealroom"


@pytest.fixture
def client(history_store: Store) -> Iterator[TestClient]:  # noqa: F811
    with TestClient(make_app(history_store)) as opened:
        yield opened


def _get(client: TestClient, path: str, **params: str) -> dict:
    answer = client.get(path, params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_entities_count_the_claims_of_then(client: TestClient) -> None:
    def attributed(**params: str) -> int:
        items = _get(client, "/api/entities", q="dealroom", **params)["items"]
        return next(item["claims_attributed"] for item in items if item["id"] == SOURCE)

    assert (attributed(as_of=BEFORE), attributed(as_of=BETWEEN), attributed()) == (0, 1, 0)
    then = _get(client, f"/api/entities/{SOURCE}", as_of=BETWEEN)
    assert [claim["id"] for claim in then["attributed"]] == [RETRACTED]
    assert _get(client, f"/api/entities/{SOURCE}")["attributed"] == []


def test_sources_as_of_a_time(client: TestClient) -> None:
    assert _get(client, "/api/sources", as_of=BEFORE)["items"] == []
    assert {item["id"]: item["claims"] for item in _get(client, "/api/sources", as_of=BETWEEN)["items"]}[SOURCE] == 1
    assert SOURCE not in {item["id"] for item in _get(client, "/api/sources")["items"]}


def test_the_analyses_as_of_a_time_leave_the_kept_ones_as_they_are(client: TestClient) -> None:
    now = _get(client, "/api/analysis/sources")
    rows = _get(client, "/api/analysis/centrality", as_of=BEFORE, limit="1000")["items"]
    assert rows and {row["degree"] for row in rows} == {0}, "the entities are there, linked by no claim yet"
    then = _get(client, "/api/analysis/sources", as_of=BETWEEN)
    assert then != now and SOURCE in {item["id"] for item in then["claimants"]}
    assert SOURCE not in {item["id"] for item in now["claimants"]}
    assert all(len(group["claims"]) == 0 for group in _get(client, "/api/analysis/communities", as_of=BEFORE)["items"])
    assert "items" in _get(client, "/api/analysis/conflicts", as_of=BETWEEN)
    assert _get(client, "/api/analysis/sources") == now


def test_the_network_view_and_pages_as_of_a_time(client: TestClient, bundled) -> None:
    empty = client.get("/views/network", params={"as_of": BEFORE})
    assert empty.status_code == 200 and "0 claims on the record as of 2026-02-28T23:59:59.999999+00:00" in empty.text
    then = client.get("/", params={"as_of": BETWEEN})
    assert then.status_code == 200 and f"{len(bundled.claims)} claims on the record as of 2026-03-01T10:30:00+00:00" in then.text
    assert f'href="/claims/{RETRACTED}"' in client.get("/claims", params={"as_of": BETWEEN, "limit": 1000}).text
    assert f'href="/claims/{RETRACTED}"' not in client.get("/claims", params={"limit": 1000}).text


@pytest.mark.parametrize("path", ["/api/entities", f"/api/entities/{SOURCE}", "/api/sources", "/api/analysis/centrality", "/views/network", "/claims"])
def test_a_bad_as_of_is_422(client: TestClient, path: str) -> None:
    assert client.get(path, params={"as_of": "2026-02-30"}).status_code == 422


def test_a_claims_page_and_an_entitys_page_as_of_a_time(client: TestClient) -> None:
    then = client.get(f"/claims/{RETRACTED}", params={"as_of": BETWEEN})
    assert then.status_code == 200 and 'As it was on the record at <time datetime="2026-03-01T10:30:00+00:00"' in then.text
    assert "1 Mar 2026, 10:30 UTC</time>" in then.text
    assert "<dt>Status</dt><dd>unverified</dd>" in then.text
    assert "<dt>Status</dt><dd>retracted</dd>" in client.get(f"/claims/{RETRACTED}").text
    assert client.get(f"/claims/{RETRACTED}", params={"as_of": "2026-03-01"}).status_code == 404
    entity_then = client.get(f"/entities/{SOURCE}", params={"as_of": BETWEEN})
    assert entity_then.status_code == 200 and f'href="/claims/{RETRACTED}"' in entity_then.text
    assert 'As on the record at <time datetime="2026-03-01T10:30:00+00:00" title="2026-03-01T10:30:00+00:00">1 Mar 2026, 10:30 UTC</time>' in entity_then.text
    assert f'href="/claims/{RETRACTED}"' not in client.get(f"/entities/{SOURCE}").text


def test_documents_as_of_a_time(client: TestClient, bundled) -> None:
    document = bundled.document.id
    counts = {when: {item["id"]: item["claims"] for item in _get(client, "/api/documents", **({"as_of": when} if when else {}))["items"]}
              for when in (BEFORE, BETWEEN, None)}  # fmt: skip
    assert (counts[BEFORE][document], counts[BETWEEN][document], counts[None][document]) == (0, len(bundled.claims), len(bundled.claims) - 1)
    then = [claim["id"] for claim in _get(client, f"/api/documents/{document}", as_of=BETWEEN)["claims"]]
    assert RETRACTED in then and RETRACTED not in [claim["id"] for claim in _get(client, f"/api/documents/{document}")["claims"]]


def test_an_entitys_neighbourhood_view_as_of_a_time(client: TestClient) -> None:
    page = client.get(f"/entities/{SOURCE}", params={"as_of": BETWEEN}).text
    assert f"/views/entity/{SOURCE}?radius=1&amp;as_of=2026-03-01T10%3A30%3A00%2B00%3A00" in page
    before = client.get(f"/views/entity/{SOURCE}", params={"as_of": BEFORE})
    then = client.get(f"/views/entity/{SOURCE}", params={"as_of": BETWEEN})
    assert before.status_code == then.status_code == 200
    assert "uk-ai-sector" in then.text and "uk-ai-sector" not in before.text, "Dealroom's one claim links it to the UK AI sector"
