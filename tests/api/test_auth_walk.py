"""Every writing route, found in the OpenAPI document, refuses calls without a valid token of its role:
401 without one, with a wrong, malformed or revoked one; 403 with too low or an unknown role; and
nothing is written by a refused call."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimgraph.kg import tokens
from claimgraph.kg.store import Store
from tests.api.conftest import bearer, make_app
from tests.conftest import snapshot

CLAIM = "uk-ai-sector-vc-funding-2024"
PLEDGE = "anthropic-pledge-profit-cap"
REVIEWER_ROUTES = {("post", "/api/claims/{claim_id}/reviews"), ("post", "/api/claims/{claim_id}/fulfilment")}
"""Writing routes a reviewer may use; every other one needs an editor."""
READ_ONLY = {"get", "head", "options"}


def writing_routes(client: TestClient) -> list[tuple[str, str]]:
    """(method, path) of every operation in the OpenAPI document that is not a read."""
    spec = client.get("/openapi.json").json()
    return sorted((method, path) for path, operations in spec["paths"].items() for method in operations if method not in READ_ONLY)


def call(client: TestClient, method: str, path: str, headers: dict[str, str]):
    """A well-formed request to a writing route, so that only the credentials can make it fail."""
    url = path.replace("{claim_id}", PLEDGE if path.endswith("/fulfilment") else CLAIM)
    if path == "/sparql":  # reads are open here; the update is the write
        return client.request(method, url, data={"update": "INSERT DATA { <urn:x> <urn:y> 'written' }"}, headers=headers)
    if path == "/api/documents":
        return client.request(method, url, params={"published": "2025-01-01"}, content="Acme raised £5m, Dealroom said.".encode(),
                              headers={**headers, "Content-Type": "text/plain"})  # fmt: skip
    bodies = {"/reviews": {"verdict": "true", "rationale": "checked"}, "/fulfilment": {"state": "kept", "rationale": "checked"}}
    body = next((value for end, value in bodies.items() if path.endswith(end)), {})
    return client.request(method, url, json=body, headers=headers)


@pytest.fixture
def walker(built_store: Store, token_file: Path, secrets: dict[str, str]):
    """A client, with a revoked editor token and a token whose role this version does not know."""
    revoked = tokens.create(token_file, "gone", "editor")
    tokens.revoke(token_file, "gone")
    unknown = tokens.create(token_file, "auditor", "editor")
    entries = json.loads(token_file.read_text())
    next(entry for entry in entries["tokens"] if entry["name"] == "auditor")["role"] = "auditor"
    token_file.write_text(json.dumps(entries))
    with TestClient(make_app(built_store, token_file)) as client:
        yield client, {"revoked": revoked, "unknown": unknown, **secrets}


def test_the_walk_finds_every_writing_route(walker) -> None:
    client, _ = walker
    routes = writing_routes(client)
    assert ("post", "/sparql") in routes and ("post", "/api/documents") in routes
    assert REVIEWER_ROUTES <= set(routes)
    assert len(routes) >= 6


def test_every_writing_route_refuses_calls_without_a_valid_token(walker, built_store: Store) -> None:
    client, secret = walker
    before = snapshot(built_store)
    for method, path in writing_routes(client):
        where = f"{method.upper()} {path}"
        for what, headers in [
            ("no token", {}),
            ("a wrong token", bearer("cg_" + "A" * 43)),
            ("a revoked token", bearer(secret["revoked"])),
            ("an empty bearer", {"Authorization": "Bearer "}),
            ("basic credentials", {"Authorization": "Basic ZWRpdG9yOnNlY3JldA=="}),
            ("a token as a plain header", {"Authorization": secret["editor"]}),
        ]:
            response = call(client, method, path, headers)
            assert response.status_code == 401, f"{where} with {what}: {response.status_code} {response.text}"
            assert response.headers["www-authenticate"].startswith("Bearer"), where
            assert secret["editor"] not in response.text
        response = call(client, method, path, bearer(secret["unknown"]))
        assert response.status_code == 403, f"{where} with an unknown role: {response.status_code}"
        if (method, path) not in REVIEWER_ROUTES:
            response = call(client, method, path, bearer(secret["reviewer"]))
            assert response.status_code == 403, f"{where} with a reviewer's token: {response.status_code}"
    assert snapshot(built_store) == before


def test_the_right_role_gets_through(walker) -> None:
    """The walk's requests are good ones: with the right token, none is refused for its credentials."""
    client, secret = walker
    for method, path in writing_routes(client):
        role = "reviewer" if (method, path) in REVIEWER_ROUTES else "editor"
        response = call(client, method, path, bearer(secret[role]))
        assert response.status_code not in (401, 403), f"{method.upper()} {path}: {response.text}"

