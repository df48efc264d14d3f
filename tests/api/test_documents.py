"""``POST /api/documents``: ingest over HTTP with an editor token; bad input is one problem and stores nothing."""

from __future__ import annotations

import hashlib
import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimgraph.claims.extraction import extract
from claimgraph.kg.store import Store
from tests.api.conftest import bearer, make_app, serve
from tests.conftest import snapshot
from tests.kg.test_ingest import PUBLISHED, TEXT

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}
QUERY = {"published": PUBLISHED, "title": "Nimbus valued at £300m", "publisher": "The Daily Ledger", "url": "https://example.org/nimbus"}


def test_an_editor_ingests_a_document(api: TestClient, secrets: dict[str, str]) -> None:
    response = api.post("/api/documents", params=QUERY, content=TEXT.encode("utf-8"), headers={**PLAIN, **bearer(secrets["editor"])})
    assert response.status_code == 201, response.text
    report = response.json()
    assert report["created"] and len(report["claims"]) == len(extract(TEXT, PUBLISHED))
    assert "dealroom" in {e["id"] for e in report["entities"]["linked"]}
    anonymous = [e for e in report["entities"]["proposed"] if e["type"] == "anonymous_source"]
    assert [e["label"] for e in anonymous] == [f"sources close to the deal (in {QUERY['title']})"]  # its own, not the curated one
    document = api.get(response.headers["location"]).json()
    assert document["text"] == TEXT and document["sha256"] == hashlib.sha256(TEXT.encode()).hexdigest()
    assert document["title"] == QUERY["title"] and document["url"] == QUERY["url"] and document["publisher"]["label"] == "The Daily Ledger"
    listed = api.get("/api/claims", params={"status": "candidate"}).json()
    assert sorted(item["id"] for item in listed["items"]) == sorted(claim["id"] for claim in report["claims"])


def test_the_same_text_twice_adds_nothing(api: TestClient, built_store: Store, secrets: dict[str, str]) -> None:
    headers = {**PLAIN, **bearer(secrets["editor"])}
    first = api.post("/api/documents", params={"published": PUBLISHED}, content=TEXT.encode(), headers=headers).json()
    before = snapshot(built_store)
    again = api.post("/api/documents", params={"published": "2024-01-01", "title": "Other"}, content=TEXT.encode(), headers=headers)
    assert again.status_code == 200 and again.json()["created"] is False
    assert again.json()["document"] == first["document"] and again.json()["claims"] == []
    assert snapshot(built_store) == before


@pytest.mark.parametrize(
    ("body", "headers", "params", "status", "detail"),
    [
        (TEXT.encode(), {}, {}, 401, "token"),
        (b"", PLAIN, {}, 400, "empty"),
        (b"Nimbus \xff\xfe raised", PLAIN, {}, 400, "not UTF-8"),
        (b"Nimbus raised \x00\x00\x01\x02 PNG", PLAIN, {}, 400, "binary"),
        (b"x" * 2049, PLAIN, {}, 413, "size limit"),
        (TEXT.encode(), {"Content-Type": "application/json"}, {}, 415, "text/plain"),
        (TEXT.encode("utf-16"), {"Content-Type": "text/plain; charset=utf-16"}, {}, 415, "text/plain"),
        (TEXT.encode(), PLAIN, {"published": "yesterday"}, 400, "is not a date"),
        (TEXT.encode(), PLAIN, {"url": "javascript:alert(1)"}, 400, "http or https"),
    ],
)
def test_bad_requests_are_problems_and_store_nothing(
    built_store: Store, token_file: Path, secrets: dict[str, str], body: bytes, headers: dict, params: dict, status: int, detail: str
) -> None:
    with TestClient(make_app(built_store, token_file, max_document_bytes=2048)) as client:
        before = snapshot(built_store)
        auth = {} if status == 401 else bearer(secrets["editor"])
        response = client.post("/api/documents", params={"published": PUBLISHED, **params}, content=body, headers={**headers, **auth})
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert detail in response.json()["detail"]
    assert snapshot(built_store) == before


def test_a_reviewer_cannot_ingest(api: TestClient, built_store: Store, secrets: dict[str, str]) -> None:
    before = snapshot(built_store)
    response = api.post("/api/documents", params={"published": PUBLISHED}, content=TEXT.encode(), headers={**PLAIN, **bearer(secrets["reviewer"])})
    assert response.status_code == 403 and response.headers["content-type"] == "application/problem+json"
    assert snapshot(built_store) == before


def test_a_live_server_takes_a_file_as_curl_would_send_it(built_store: Store, token_file: Path, secrets: dict[str, str], tmp_path: Path) -> None:
    article = tmp_path / "nimbus.txt"
    article.write_bytes(TEXT.encode("utf-8"))
    with serve(make_app(built_store, token_file)) as base:
        request = urllib.request.Request(
            f"{base}/api/documents?published={PUBLISHED}", data=article.read_bytes(), method="POST",
            headers={"Content-Type": "text/plain", **bearer(secrets["editor"])},
        )  # fmt: skip
        with urllib.request.urlopen(request, timeout=60) as answer:
            assert answer.status == 201
            report = json.loads(answer.read())
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(urllib.request.Request(f"{base}/api/documents?published={PUBLISHED}", data=b"", method="POST",
                                                          headers={"Content-Type": "text/plain", **bearer(secrets["editor"])}), timeout=60)  # fmt: skip
    assert refused.value.code == 400 and refused.value.headers["content-type"] == "application/problem+json"
    assert report["sha256"] == hashlib.sha256(article.read_bytes()).hexdigest()
