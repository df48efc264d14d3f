"""Looking claims up by id (the claim page, a page of the claim list) in stores of two sizes.

How long a lookup takes is measured by hand and in the benchmark, not asserted here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpus import corpus
from claimgraph.claims.model import ClaimSet
from claimgraph.kg import resources
from claimgraph.kg.mapping import claim_set_quads
from claimgraph.kg.namespaces import claim_iri
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import Store, nquads, open_store

SMALL, BIG = 200, 8_000


def _store(claim_sets: list[ClaimSet], folder: Path) -> Store:
    path = folder / "claims.nq"
    path.write_text("".join(nquads(quad for claim_set in claim_sets for quad in claim_set_quads(claim_set))), encoding="utf-8")
    store = open_store(MEMORY)
    store.load_nquads(path, bulk=True)
    return store


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> dict[int, tuple[Store, list[str]]]:
    """An in-memory store of the benchmark's corpus at two sizes, with its claim ids."""
    made = {}
    for size in (SMALL, BIG):
        claim_sets = list(corpus(size))
        ids = [claim.id for claim_set in claim_sets for claim in claim_set.claims]
        made[size] = (_store(claim_sets, tmp_path_factory.mktemp(f"claims-{size}")), ids)
    yield made
    for store, _ in made.values():
        store.close()


def test_one_claim_is_found_with_its_anchor_whatever_the_size(stores) -> None:
    for size, (store, ids) in stores.items():
        claim = resources.get_claim(store, ids[size // 2])
        assert claim["id"] == ids[size // 2] and claim["anchor"]["exact"]


def test_a_page_of_claims_comes_back_in_the_order_asked(stores) -> None:
    for size, (store, ids) in stores.items():
        page = [str(claim_iri(claim_id)) for claim_id in ids[-50:]]
        assert [claim["iri"] for claim in resources._claims_by_iri(store, page)] == page
