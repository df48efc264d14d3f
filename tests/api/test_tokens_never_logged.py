"""Secrets never reach the server's log: a real ``claimgraph serve`` logs at its default level while
tokens are used, refused and revoked, and its whole output is searched for them."""

from __future__ import annotations

from pathlib import Path

import httpx

from claimgraph.kg import tokens
from claimgraph.kg.mapping import Quad
from tests.api.conftest import bearer
from tests.server_process import ServerProcess, store_on_disk

CLAIM = "uk-ai-sector-vc-funding-2024"


def test_no_secret_appears_in_the_log(tmp_path: Path, bundled_quads: list[Quad]) -> None:
    location = tmp_path / "store"
    store_on_disk(location, bundled_quads)
    path = tokens.tokens_path(str(location))
    editor = tokens.create(path, "ed", "editor")
    reviewer = tokens.create(path, "rev", "reviewer")
    revoked = tokens.create(path, "old", "editor")
    tokens.revoke(path, "old")
    log = tmp_path / "serve.log"
    with ServerProcess(location, log) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        review = {"verdict": "true", "rationale": "Checked.", "evidence": []}
        assert client.post(f"/api/claims/{CLAIM}/reviews", json=review, headers=bearer(reviewer)).status_code == 201
        assert client.post(f"/api/claims/{CLAIM}/reviews", json={"verdict": "nope"}, headers=bearer(reviewer)).status_code == 422
        assert client.post(f"/api/claims/{CLAIM}/reject", json={}, headers=bearer(reviewer)).status_code == 403
        assert client.post(f"/api/claims/{CLAIM}/reviews", json=review, headers=bearer(revoked)).status_code == 401
        assert client.post(f"/api/claims/{CLAIM}/reviews", json=review, headers=bearer(editor[:-1])).status_code == 401
        update = {"update": "INSERT DATA { <urn:a> rdfs:comment 'x' }"}
        assert client.post("/sparql", data=update, headers=bearer(editor)).status_code == 204
        assert client.post("/sparql", data={"update": "DROP GRAPH <urn:none>"}, headers=bearer(editor)).status_code == 400
        assert client.post("/sparql", data={"update": "NOT SPARQL"}, headers=bearer(editor)).status_code == 400
    text = log.read_text(errors="replace")
    assert "POST /api/claims" in text, "the log holds no request lines: the test would prove nothing"
    for secret in (editor, reviewer, revoked):
        assert secret not in text
        assert secret[3:20] not in text  # not even a part of one
