"""``GET /api/claims/{id}/nanopub`` and the public key at ``/.well-known/``: what a client gets checks with nanopub-sign
against the key the service publishes."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimgraph.claims.model import ClaimSet
from claimgraph.kg.build import build
from claimgraph.kg.nanopub import PUBLIC_KEY_PATH
from claimgraph.kg.store import Store
from tests.api.conftest import bearer, make_app
from tests.kg.test_nanopub import WHEN, checked, graphs, split

CLAIM = "uk-ai-sector-vc-funding-2024"


@pytest.fixture
def api(store: Store, bundled: ClaimSet, token_file: Path, secrets: dict[str, str]) -> Iterator[TestClient]:
    """The service on the bundled claims as the command builds them (each with the time it entered the record)."""
    build(store, [bundled], agent="builder", now=WHEN)
    with TestClient(make_app(store, token_file)) as client:
        yield client


def test_a_claims_nanopublication_checks_against_the_published_key(api: TestClient, token_file: Path) -> None:
    answer = api.get(f"/api/claims/{CLAIM}/nanopub")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/trig")
    info = checked(answer.text)
    key = api.get(PUBLIC_KEY_PATH).json()
    assert key["algorithm"] == "RSA" and info["public_key"] == key["public_key"]
    assert answer.headers["link"] == f'<{info["uri"]["value"]}>; rel="canonical"'
    path = token_file.with_name("store.nanopub-key")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and key["public_key"] in path.read_text()
    assert api.get(f"/api/claims/{CLAIM}/nanopub").text == answer.text, "signed again, the same nanopublication"


def test_a_retracted_claim_answers_its_nanopublication_and_the_retraction(api: TestClient, secrets: dict[str, str]) -> None:
    original = api.get(f"/api/claims/{CLAIM}/nanopub").text
    done = api.post(f"/api/claims/{CLAIM}/retract", json={"reason": "the publisher corrected it"}, headers=bearer(secrets["editor"]))
    assert done.status_code == 200, done.text
    answer = api.get(f"/api/claims/{CLAIM}/nanopub")
    first, retraction = split(answer.text)
    assert first == original
    retracted = checked(first)["uri"]["value"]
    assert checked(retraction)["uri"]["value"] in answer.headers["link"]
    assert any(str(o) == retracted for _, _, o in graphs(retraction)["assertion"])


def test_unknown_claims_404_and_a_store_without_a_key_file_503(api: TestClient, store: Store) -> None:
    assert api.get("/api/claims/no-such-claim/nanopub").status_code == 404
    with TestClient(make_app(store, None)) as keyless:
        assert keyless.get(f"/api/claims/{CLAIM}/nanopub").status_code == 503
        assert "CLAIMGRAPH_NANOPUB_KEY" in keyless.get(PUBLIC_KEY_PATH).json()["detail"]
