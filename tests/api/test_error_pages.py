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
    ("/claims/no-such-claim", 404),
    ("/static/no-such-file.css", 404),
    ("/claims?limit=0", 422),
    ("/entities?as_of=someday", 422),
    ("/timeline?from=2026-13-01", 422),
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


BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize("path", ["/api/entities/no-such-entity", "/api/no/such/route", "/sparql/no/such/route", "/api/claims?limit=0"])
def test_an_api_error_stays_a_problem_document_for_a_browser(api: TestClient, path: str) -> None:
    answer = api.get(path, headers={"Accept": BROWSER})
    assert answer.headers["content-type"] == "application/problem+json" and answer.json()["status"] == answer.status_code >= 400


def test_an_unforeseen_error_is_a_500_that_shows_nothing_of_it(api: TestClient) -> None:
    secret = "secret-detail-of-the-failure"

    def fail() -> None:
        raise RuntimeError(secret)

    api.app.add_api_route("/boom", fail)
    api.app.add_api_route("/api/boom", fail)
    with TestClient(api.app, raise_server_exceptions=False) as client:
        page, problem = client.get("/boom", headers={"Accept": BROWSER}), client.get("/api/boom")
    assert page.status_code == 500 and page.headers["content-type"].startswith("text/html") and "Back to the network" in page.text
    assert problem.status_code == 500 and problem.headers["content-type"] == "application/problem+json"
    assert secret not in page.text and secret not in problem.text and "Traceback" not in page.text
