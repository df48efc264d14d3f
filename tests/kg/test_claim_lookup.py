"""Looking claims up by id (the claim page, a page of the claim list) costs the same in a small store and a big one."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bench.corpus import corpus
from claimgraph.claims.model import ClaimSet
from claimgraph.kg import resources
from claimgraph.kg.mapping import claim_set_quads
from claimgraph.kg.namespaces import claim_iri
from claimgraph.kg.store import MEMORY, Store, nquads, open_store

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


def _fastest(call, times: int = 5) -> float:
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def test_one_claim_costs_the_same_in_a_store_forty_times_bigger(stores) -> None:
    """A claim's lookup used to scan every claim's quotes and times (8 s for one claim at 100,000 claims)."""
    seconds = {}
    for size, (store, ids) in stores.items():
        claim = resources.get_claim(store, ids[size // 2])
        assert claim["id"] == ids[size // 2] and claim["anchor"]["exact"]
        seconds[size] = _fastest(lambda: resources.get_claim(store, ids[size // 2]))
    assert seconds[BIG] < 4 * seconds[SMALL], seconds


def test_a_page_of_claims_costs_the_same_in_a_store_forty_times_bigger(stores) -> None:
    seconds = {}
    for size, (store, ids) in stores.items():
        page = [str(claim_iri(claim_id)) for claim_id in ids[-50:]]
        assert [claim["iri"] for claim in resources._claims_by_iri(store, page)] == page
        seconds[size] = _fastest(lambda: resources._claims_by_iri(store, page))
    assert seconds[BIG] < 4 * seconds[SMALL], seconds
