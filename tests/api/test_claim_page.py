"""The claim page when its claim goes away while the page is being made, and the claim list's choices."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from claimgraph.kg import resources
from claimgraph.kg.namespaces import claim_iri
from claimgraph.kg.network import read_network
from claimgraph.kg.store import Store

CLAIM = "uk-ai-sector-vc-funding-2024"


def test_a_claim_removed_after_it_was_read_is_a_404(api: TestClient, built_store: Store, monkeypatch) -> None:
    assert api.get(f"/claims/{CLAIM}").status_code == 200  # the network is kept from here on
    read = resources.get_claim

    def read_then_an_editor_removes_it(store: Store, claim_id: str, as_of=None) -> dict[str, object]:
        claim = read(store, claim_id, as_of)
        store.update(f"DELETE WHERE {{ <{claim_iri(claim_id)}> a ?type }}")
        return claim

    monkeypatch.setattr(resources, "get_claim", read_then_an_editor_removes_it)
    answer = api.get(f"/claims/{CLAIM}")
    assert answer.status_code == 404 and CLAIM in answer.text


def test_the_claim_list_offers_the_entities_that_made_claims_as_claimants(api: TestClient, built_store: Store) -> None:
    page = api.get("/claims").text
    claimant_select = page[page.index('<select name="claimant">'):]
    offered = set(re.findall(r'<option value="([^"]+)"', claimant_select[:claimant_select.index("</select>")]))
    network = read_network(built_store)
    assert offered == {claim.claimant for claim in network.claims.values()} & set(network.entities)
    assert "dealroom" in offered and "anthropic" not in offered  # Anthropic is talked about, never quoted


def test_a_claim_whose_matches_differ_in_value_lists_the_values(api: TestClient) -> None:
    """Two bundled claims value Anthropic differently: each one's page names both values (it failed, 500, reading the
    group's values as the dict's method)."""
    for claim in ("anthropic-valuation-approaching-1tn", "anthropic-valuation-secondary-range"):
        page = api.get(f"/claims/{claim}")
        assert page.status_code == 200, claim
        differ = page.text.split("The values differ:</strong>")[1].split("</p>")[0]
        assert "about 1tn USD (1)" in differ and "about 900bn to 1.1tn USD (1)" in differ
