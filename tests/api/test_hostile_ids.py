"""Ids in URLs that could not be ours get 404 on every route that takes one, and change nothing."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.api.conftest import bearer
from tests.conftest import snapshot

HOSTILE = ["x> } ; DROP ALL ; <y", 'a"b', "a b", "ünï", "-leading-dash"]

READS = ["/api/claims/{}", "/api/claims/{}/reviews", "/api/entities/{}", "/api/documents/{}",
         "/views/claim/{}", "/views/entity/{}", "/claims/{}", "/entities/{}"]


@pytest.mark.parametrize("ident", HOSTILE)
def test_reads_answer_404(api, ident: str) -> None:
    for route in READS:
        answer = api.get(route.format(quote(ident, safe="")))
        assert answer.status_code == 404, (route, ident, answer.status_code, answer.text[:200])


@pytest.mark.parametrize("ident", HOSTILE)
def test_writes_answer_404_and_write_nothing(api, built_store, secrets, ident: str) -> None:
    before = snapshot(built_store)
    review = {"verdict": "false", "rationale": "no", "evidence": [], "reviewer": "Ann"}
    answer = api.post(f"/api/claims/{quote(ident, safe='')}/reviews", json=review, headers=bearer(secrets["reviewer"]))
    assert answer.status_code == 404, answer.text
    answer = api.post(f"/api/claims/{quote(ident, safe='')}/accept", json={"by": "Ann"}, headers=bearer(secrets["editor"]))
    assert answer.status_code in (404, 422), answer.text
    assert snapshot(built_store) == before
