"""Oversized SPARQL request bodies get 413, whether they declare their length or come in chunks,
and the server stops reading them at the limit; a slow query stops at its time limit while other
requests are answered during it."""

from __future__ import annotations

import select
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient

from claimgraph.kg.store import Store
from tests.api.conftest import bearer, make_app, serve
from tests.conftest import snapshot

LIMIT = 64 * 1024
QUERY = "SELECT * WHERE { ?s ?p ?o } LIMIT 1"


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/sparql-query", QUERY + " " * LIMIT),
        ("application/x-www-form-urlencoded", "query=" + "%20" * LIMIT + "SELECT%20*%20WHERE%20%7B%7D"),
        ("application/sparql-update", "INSERT DATA { <urn:a> <urn:b> '" + "x" * LIMIT + "' }"),
    ],
)
def test_a_body_over_the_limit_is_413_and_writes_nothing(built_store: Store, token_file: Path, secrets: dict[str, str], content_type: str, body: str) -> None:
    before = snapshot(built_store)
    with TestClient(make_app(built_store, token_file, query_max_bytes=LIMIT)) as client:
        response = client.post("/sparql", content=body.encode(), headers={"Content-Type": content_type, **bearer(secrets["editor"])})
        assert response.status_code == 413, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert f"size limit of {LIMIT} bytes" in response.json()["detail"]
        fits = client.post("/sparql", content=QUERY.encode(), headers={"Content-Type": "application/sparql-query"})
        assert fits.status_code == 200
    assert snapshot(built_store) == before


def test_the_default_limit_comes_from_the_environment(built_store: Store, monkeypatch) -> None:
    monkeypatch.setenv("CLAIMGRAPH_QUERY_MAX_BYTES", "100")
    from claimgraph.api.app import create_app
    from claimgraph.api.settings import Settings

    with TestClient(create_app(Settings(store="memory:"), store=built_store)) as client:
        assert client.post("/sparql", content=QUERY.encode() + b" " * 100, headers={"Content-Type": "application/sparql-query"}).status_code == 413
        assert client.post("/sparql", content=QUERY.encode(), headers={"Content-Type": "application/sparql-query"}).status_code == 200


def test_a_chunked_body_is_cut_off_at_the_limit(built_store: Store) -> None:
    """No Content-Length to check: the server must count what arrives and answer 413 without reading the rest."""
    chunk = b" " * 65536
    most = 64 * 1024 * 1024  # what a client that is never stopped would send
    with serve(make_app(built_store, query_max_bytes=LIMIT)) as url:
        parts = urlsplit(url)
        with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
            sock.sendall(
                b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n" + b"%x\r\n%s\r\n" % (len(QUERY), QUERY.encode())
            )
            sent, answer = len(QUERY), b""
            deadline = time.monotonic() + 30
            while sent < most and time.monotonic() < deadline:
                readable, _, _ = select.select([sock], [], [], 0)
                if readable:
                    answer = sock.recv(65536)
                    break
                try:
                    sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                except (BrokenPipeError, ConnectionResetError):
                    answer = sock.recv(65536)
                    break
                sent += len(chunk)
            else:
                answer = sock.recv(65536) if select.select([sock], [], [], 5)[0] else b""
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert sent < most // 4, f"the server took {sent} bytes before refusing"  # what it read, and what the kernel's buffers held


def test_a_slow_query_stops_at_the_limit_while_other_requests_are_answered(built_store: Store) -> None:
    """While a query that would run for minutes holds a worker, other queries and pages are answered;
    the slow one is answered 503 at its time limit."""
    slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # 10^12 rows and more
    app = make_app(built_store, query_time_limit=3.0, query_workers=2, query_max_rows=10**12)
    outcome: dict[str, object] = {}
    with serve(app) as url, httpx.Client(base_url=url, timeout=30) as client:

        def run_slow() -> None:
            started = time.monotonic()
            outcome["response"] = client.get("/sparql", params={"query": slow})
            outcome["took"] = time.monotonic() - started
            outcome["ended"] = time.monotonic()

        worker = threading.Thread(target=run_slow)
        worker.start()
        time.sleep(0.5)  # the slow query is running now
        answered = []
        with httpx.Client(base_url=url, timeout=10) as other:
            for _ in range(3):
                quick = other.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
                page = other.get("/api/claims", params={"limit": 2})
                answered.append((quick.status_code, page.status_code, time.monotonic()))
        worker.join(timeout=30)
    assert not worker.is_alive()
    assert outcome["response"].status_code == 503 and "time limit of 3 s" in outcome["response"].json()["detail"]
    assert 2.5 < outcome["took"] < 10
    assert [(query, page) for query, page, _ in answered] == [(200, 200)] * 3
    assert all(when < outcome["ended"] for _, _, when in answered), "other requests waited for the slow query"
