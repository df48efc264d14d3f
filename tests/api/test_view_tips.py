"""``/api/claim-tips``: what a network page's tooltips show of the claims a link names, read when the link is hovered."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.api.rest import TIPS_AT_MOST
from claimgraph.kg.cache import DerivedCache
from claimgraph.kg.store import Store
from tests.api.conftest import make_app
from tests.api.test_lifecycle_readers import OFF_RECORD, _set_status
from tests.conftest import snapshot
from tests.kg.test_as_of import RETRACTED, REVIEWED, history_store  # noqa: F401 - the fixture

ON_RECORD = "openai-valuation-300bn"


@pytest.fixture
def client(built_store: Store, token_file: Path, secrets: dict[str, str]) -> Iterator[TestClient]:
    """The bundled claims, three of them put out of the record (a candidate, a rejected and a retracted claim)."""
    for claim_id, status in OFF_RECORD.items():
        _set_status(built_store, claim_id, status)
    with TestClient(make_app(built_store, token_file)) as test_client:
        yield test_client


def page_data(html: str) -> dict:
    start = html.index('<script type="application/json" id="cg-view-data">') + len('<script type="application/json" id="cg-view-data">')
    return json.loads(html[start:html.index("</script>", start)])


def tips(client: TestClient, *ids: str, **params: str):
    return client.get("/api/claim-tips", params={"id": list(ids), **params})


def test_the_tips_are_what_the_claim_page_shows(client: TestClient) -> None:
    data = page_data(client.get("/").text)
    assert data["tips_url"] == "/api/claim-tips" and data["tips"] == {}
    named = [claim for edge in data["edges"] for claim in edge["info"]["claims"]][:5]
    answer = tips(client, *named)
    assert answer.status_code == 200
    assert [tip["id"] for tip in answer.json()["claims"]] == named
    for tip in answer.json()["claims"]:
        details = client.get(f"/api/claims/{tip['id']}").json()
        assert tip["statement"] == details["statement"] and tip["quote"] == details["anchor"]["exact"]
        assert tip["verdict"] == "not reviewed" and tip["claimant"]


def test_a_claim_off_the_record_is_never_read_through_it(client: TestClient, built_store: Store) -> None:
    statements = {claim_id: client.get(f"/api/claims/{claim_id}").json()["statement"] for claim_id in OFF_RECORD}
    answer = tips(client, *OFF_RECORD, ON_RECORD)
    assert answer.status_code == 200
    assert [tip["id"] for tip in answer.json()["claims"]] == [ON_RECORD]
    for claim_id, statement in statements.items():
        assert claim_id not in answer.text and statement not in answer.text
    assert tips(client, *OFF_RECORD).json() == {"claims": []}


def test_too_many_or_no_ids_are_refused_before_anything_is_read(client: TestClient, built_store: Store, monkeypatch) -> None:
    before = snapshot(built_store)
    read = []
    monkeypatch.setattr(DerivedCache, "network", lambda self: read.append("network"))
    monkeypatch.setattr(DerivedCache, "network_as_of", lambda self, as_of: read.append("as of"))
    for ids in ([ON_RECORD] * (TIPS_AT_MOST + 1), [f"claim-{n}" for n in range(500)], []):
        answer = tips(client, *ids)
        assert answer.status_code == 400 and answer.headers["content-type"].startswith("application/problem+json")
        assert f"1 to {TIPS_AT_MOST} claims" in answer.json()["detail"]
    assert read == [] and snapshot(built_store) == before


def test_as_of_a_time_the_verdicts_are_those_then(history_store: Store) -> None:  # noqa: F811
    between = "2026-03-01T10:30:00Z"  # after the first review, before the retraction
    with TestClient(make_app(history_store)) as client:
        (now,) = tips(client, REVIEWED).json()["claims"]
        then = tips(client, REVIEWED, RETRACTED, as_of=between).json()["claims"]
        assert [tip["id"] for tip in then] == [REVIEWED, RETRACTED]
        assert now["verdict"].lower() == "true" and then[0]["verdict"].lower() == "unverifiable" and now["statement"] == then[0]["statement"]
        assert tips(client, REVIEWED, RETRACTED).json()["claims"] == [now]  # retracted since
        url = page_data(client.get("/views/network", params={"as_of": between}).text)["tips_url"]
        assert urlsplit(url).path == "/api/claim-tips" and parse_qs(urlsplit(url).query)["as_of"] == ["2026-03-01T10:30:00+00:00"]
        assert client.get(f"{url}&id={REVIEWED}").json()["claims"] == then[:1]  # as the page adds ids


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ids=st.lists(st.one_of(st.sampled_from([ON_RECORD, *OFF_RECORD]), st.text(max_size=60)), max_size=TIPS_AT_MOST + 3))
def test_any_ids_get_the_claims_on_the_record_or_a_clear_refusal(client: TestClient, ids: list[str]) -> None:
    answer = tips(client, *ids)
    if not 1 <= len(ids) <= TIPS_AT_MOST:
        assert answer.status_code == 400
        return
    assert answer.status_code == 200
    got = [tip["id"] for tip in answer.json()["claims"]]
    assert got == [claim_id for claim_id in dict.fromkeys(ids) if claim_id == ON_RECORD]
