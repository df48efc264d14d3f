"""With warming on (the service's default), the home page, an entity's page, the centrality and the claim list find
their values computed once the service has started, and again a moment after a write: the page computes nothing."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from claimgraph.kg import analysis, resources
from claimgraph.kg import cache as cache_module
from claimgraph.kg.store import Store
from tests.api.conftest import bearer, make_app
from tests.kg.test_cache import Counted
from tests.kg.test_warming import _warmed

PAGES = ("/", "/entities/anthropic", "/api/analysis/centrality", "/claims")
TEXT = "Nimbus Labs raised $5m from Northwall Capital last year, according to Dealroom."


def test_pages_find_their_values_computed_after_the_start_and_after_a_write(
    built_store: Store, token_file: Path, secrets: dict[str, str], monkeypatch
) -> None:
    with TestClient(make_app(built_store, token_file, warm=True)) as client:
        warmer = client.app.state.warmer
        _warmed(warmer)
        computed = {"network": Counted(cache_module.read_structure), "pagerank": Counted(analysis.pagerank),
                    "places": Counted(resources.claim_places), "menus": Counted(resources.filter_choices)}
        monkeypatch.setattr(cache_module, "read_structure", computed["network"])
        monkeypatch.setattr(analysis, "pagerank", computed["pagerank"])
        monkeypatch.setattr(resources, "claim_places", computed["places"])
        monkeypatch.setattr(resources, "filter_choices", computed["menus"])
        for path in PAGES:
            assert client.get(path).status_code == 200, path
        assert {name: counted.calls for name, counted in computed.items()} == {"network": 0, "pagerank": 0, "places": 0, "menus": 0}
        editor = bearer(secrets["editor"])
        ingested = client.post("/api/documents", params={"published": "2025-05-01", "title": "Nimbus"}, content=TEXT.encode(),
                               headers={**editor, "Content-Type": "text/plain"})
        assert ingested.status_code == 201, ingested.text
        claim = ingested.json()["claims"][0]["id"]
        assert client.post(f"/api/claims/{claim}/accept", json={}, headers=editor).status_code == 200
        _warmed(warmer)
        ranked, menus = computed["pagerank"].calls, computed["menus"].calls
        assert ranked >= 1 and menus >= 1, "the warmer ranked the entities and made the menus again"
        for path in PAGES:
            assert client.get(path).status_code == 200, path
        assert (computed["pagerank"].calls, computed["menus"].calls) == (ranked, menus)
        assert computed["network"].calls == computed["places"].calls == 0
        assert claim in client.get("/claims").text
    assert not warmer.running
