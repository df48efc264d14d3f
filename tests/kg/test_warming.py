"""The warmer computes what the pages read first once it starts and again after every write, so that a page that
comes a moment later computes nothing; it stops when asked, and leaves a remote store alone."""

from __future__ import annotations

import threading
import time

from claimgraph.kg import analysis, curation
from claimgraph.kg.cache import DerivedCache
from claimgraph.kg.ingest import ingest
from claimgraph.kg.store import Store
from claimgraph.kg.warming import Warmer
from tests.kg.test_cache import Counted
from tests.kg.test_cache_patch import ARTICLE
from tests.kg.test_cache_reviews import FOUNDED


def _warmed(warmer: Warmer, seconds: float = 20.0) -> None:
    """Wait until the warmer has computed the values for the store's current version."""
    deadline = time.monotonic() + seconds
    while warmer.warmed != warmer.derived.store.version:
        assert time.monotonic() < deadline, "the warmer did not catch up"
        time.sleep(0.01)


def test_the_pages_values_are_computed_at_start_and_after_each_write(built_store: Store, counted: dict[str, Counted]) -> None:
    derived = DerivedCache(built_store)
    warmer = Warmer(derived).start()
    try:
        _warmed(warmer)
        assert (counted["network"].calls, counted["betweenness"].calls) == (1, 1), "computed with no page asking"
        derived.network_with_pagerank(), derived.network_with_centrality(), derived.claim_count(), derived.claim_order()
        assert (counted["network"].calls, counted["betweenness"].calls) == (1, 1), "a page then computes nothing"
        report = ingest(built_store, ARTICLE, "2025-05-01", title="Nimbus")
        curation.curate(built_store, report.claims[0].id, "accept", "Ed")
        _warmed(warmer)
        computed = counted["betweenness"].calls
        assert computed >= 2, "betweenness computed again after the writes, which linked new entities"
        network, rows = derived.network_with_centrality()
        assert report.claims[0].id in network.claims
        assert counted["betweenness"].calls == computed, "the page after the writes computes nothing"
        assert [dict(row) for row in rows] == analysis.centrality(network.graph())
    finally:
        warmer.stop()
    assert not warmer.running


def test_a_write_after_the_stop_is_left_to_the_pages(built_store: Store, counted: dict[str, Counted]) -> None:
    derived = DerivedCache(built_store)
    warmer = Warmer(derived).start()
    _warmed(warmer)
    warmer.stop()
    curation.curate(built_store, FOUNDED, "retract", "Ed", note="the founders were misnamed")
    time.sleep(0.5)
    assert counted["betweenness"].calls == 1
    assert FOUNDED not in derived.network_with_pagerank()[0].claims


def test_a_remote_store_is_not_warmed(built_store: Store, monkeypatch) -> None:
    monkeypatch.setattr(Store, "version", property(lambda store: None))
    warmer = Warmer(DerivedCache(built_store)).start()
    assert not warmer.running
    warmer.stop()


def test_nothing_is_computed_while_the_service_answers_requests(built_store: Store, counted: dict[str, Counted]) -> None:
    answering = threading.Event()
    answering.set()
    warmer = Warmer(DerivedCache(built_store), idle=lambda: not answering.is_set()).start()
    try:
        time.sleep(0.5)
        assert counted["network"].calls == 0 and warmer.warmed is None
        answering.clear()
        _warmed(warmer)
        assert counted["network"].calls == 1
    finally:
        warmer.stop()
    assert not warmer.running
