"""Errors are answered in one place: problem documents under /api and /sparql, HTML pages for the pages and views."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize(("path", "status"), [
    ("/entities/no-such-entity", 404),
    ("/views/entity/no-such-entity", 404),
    ("/views/claim/no-such-claim", 404),
    ("/views/assets/no-such-file.js", 404),
    ("/views/network?from=yesterday", 400),
    ("/?claim_type=gossip", 400),
    ("/no/such/page", 404),
])
def test_a_page_that_fails_is_a_page(api: TestClient, path: str, status: int) -> None:
    answer = api.get(path)
    assert answer.status_code == status
    assert answer.headers["content-type"].startswith("text/html")
    assert "<h1>" in answer.text and "Back to the network" in answer.text


def test_markup_in_an_error_is_text(api: TestClient) -> None:
    answer = api.get("/views/entity/<img src=x onerror=alert(1)>")
    assert answer.status_code == 404 and "<img" not in answer.text and "&lt;img src=x onerror=alert(1)&gt;" in answer.text


@pytest.mark.parametrize(("path", "status"), [("/api/entities/no-such-entity", 404), ("/api/claims?about_from=yesterday", 400)])
def test_an_api_error_is_a_problem_document(api: TestClient, path: str, status: int) -> None:
    answer = api.get(path)
    assert answer.status_code == status and answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["status"] == status
