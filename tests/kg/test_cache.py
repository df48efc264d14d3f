"""The store's write counter and the cache of what is derived from it: kept while nothing is written, recomputed after."""

from __future__ import annotations

import gc
import threading
import time
import weakref
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from claimgraph.kg.errors import QueryError
from claimgraph.kg import analysis
from claimgraph.kg import cache as cache_module
from claimgraph.kg.build import vocabulary_quads
from claimgraph.kg.cache import DerivedCache, plain_communities
from claimgraph.kg.mapping import Quad
from claimgraph.kg.network import Network, read_network, read_structure
from claimgraph.kg.store import Store, insert_data, open_store

NEW_ENTITY = """
PREFIX cg: <https://w3id.org/claimgraph/ns#>
INSERT DATA {
  <https://w3id.org/claimgraph/id/entity/zeta-robotics> a cg:Entity, cg:Firm ;
      <http://www.w3.org/2000/01/rdf-schema#label> "Zeta Robotics" .
}
"""
"""An entity no claim mentions yet: it shows in the network (and its centrality) once written."""


class Counted:
    """Wraps a function and counts its calls (from any thread)."""

    def __init__(self, function, before=None) -> None:
        self.function, self.before, self.calls = function, before, 0
        self._lock = threading.Lock()

    def __call__(self, *args, **kwargs):
        with self._lock:
            self.calls += 1
        if self.before is not None:
            self.before()
        return self.function(*args, **kwargs)


@pytest.fixture
def reads(monkeypatch) -> Counted:
    """``read_structure`` (the whole network) as the cache calls it, counted."""
    counted = Counted(read_structure)
    monkeypatch.setattr(cache_module, "read_structure", counted)
    return counted


def test_every_write_changes_the_version_and_reads_do_not(store: Store, tmp_path: Path) -> None:
    seen = [store.version]
    store.update(NEW_ENTITY)
    seen.append(store.version)
    store.quad_count(), store.select("SELECT ?s WHERE { ?s ?p ?o }"), store.quads()
    assert store.version == seen[-1], "reading is not writing"
    good = tmp_path / "good.nq"
    good.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    for bulk in (False, True):
        store.load_nquads(good, bulk=bulk)
        seen.append(store.version)
    assert all(isinstance(version, int) for version in seen) and len(set(seen)) == len(seen) == 4


def test_a_write_that_fails_changes_the_version_too(store: Store, tmp_path: Path) -> None:
    versions = [store.version]
    with pytest.raises(QueryError):
        store.update("INSERT DATA { <urn:a> }")
    versions.append(store.version)
    with pytest.raises(RuntimeError, match="does not exist"):  # fails while it runs
        store.update("DROP GRAPH <urn:no-such-graph>")
    versions.append(store.version)
    broken = tmp_path / "broken.nq"
    broken.write_text("<urn:a> <urn:b> <urn:c> .\nnot n-quads\n", encoding="utf-8")
    for bulk in (False, True):
        with pytest.raises(SyntaxError):
            store.load_nquads(broken, bulk=bulk)
        versions.append(store.version)
    assert len(set(versions)) == len(versions) == 5


def test_a_remote_store_has_no_version(oxigraph) -> None:
    remote = open_store(oxigraph.query_url, oxigraph.update_url)
    try:
        remote.update("CLEAR ALL")
        assert remote.version is None
        remote.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
        assert remote.version is None
    finally:
        remote.close()


def test_nothing_is_recomputed_while_nothing_is_written(built_store: Store, reads: Counted, monkeypatch) -> None:
    rows = Counted(analysis.centrality)
    monkeypatch.setattr(analysis, "centrality", rows)
    derived = DerivedCache(built_store)
    network = derived.network()
    assert isinstance(network, Network) and "anthropic" in network.entities and len(network.claims) == 32
    assert derived.centrality() is derived.centrality()
    assert derived.network() is network and derived.network_with_centrality()[0] is network
    assert (reads.calls, rows.calls) == (1, 1)
    assert [dict(row) for row in derived.centrality()] == analysis.centrality(read_network(built_store).graph())


def test_a_write_makes_the_next_call_see_it(built_store: Store, reads: Counted) -> None:
    derived = DerivedCache(built_store)
    before, rows = derived.network(), derived.centrality()
    assert "zeta-robotics" not in before.entities
    built_store.update(NEW_ENTITY)
    after = derived.network()
    assert after is not before and after.entities["zeta-robotics"].label == "Zeta Robotics"
    assert "zeta-robotics" in {row["id"] for row in derived.centrality()} - {row["id"] for row in rows}
    assert reads.calls == 2


def test_only_the_latest_version_is_kept(built_store: Store) -> None:
    """Once what a write changed has been derived again, nothing of the older version stays held (the network is big;
    until then the last graph PageRank was computed on and its network are what the next one starts from)."""
    derived = DerivedCache(built_store)
    old = weakref.ref(derived.network_with_centrality()[0])
    built_store.update(NEW_ENTITY)
    assert "zeta-robotics" in derived.network_with_centrality()[0].entities
    gc.collect()
    assert old() is None


def test_a_write_that_fails_after_applying_is_seen(built_store: Store, monkeypatch) -> None:
    """A write that raised may still have changed the store: what was kept is no longer trusted."""
    derived = DerivedCache(built_store)
    assert "zeta-robotics" not in derived.network().entities
    engine = built_store.oxigraph

    class ApplyThenFail:
        """The engine, except that an update raises after it was applied."""

        def __getattr__(self, name: str) -> object:
            return getattr(engine, name)

        def update(self, text: str, **options: object) -> None:
            engine.update(text, **options)
            raise RuntimeError("the connection dropped after the commit")

    monkeypatch.setattr(Store, "oxigraph", property(lambda self: ApplyThenFail()))
    with pytest.raises(RuntimeError, match="dropped"):
        built_store.update(NEW_ENTITY)
    assert "zeta-robotics" in derived.network().entities


def test_a_write_during_the_computation_leaves_its_result_stale(built_store: Store, monkeypatch) -> None:
    """The result is kept under the version read before computing: a write landing meanwhile makes it outdated."""
    written = []

    def read_then_someone_writes(store: Store) -> Network:
        network = read_structure(store)
        if not written:
            written.append(True)
            store.update(NEW_ENTITY)
        return network

    monkeypatch.setattr(cache_module, "read_structure", read_then_someone_writes)
    derived = DerivedCache(built_store)
    assert "zeta-robotics" not in derived.network().entities  # read before the write landed
    assert "zeta-robotics" in derived.network().entities


def test_concurrent_cold_calls_compute_once(built_store: Store, monkeypatch) -> None:
    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        entered.set()
        assert release.wait(timeout=20)

    reads = Counted(read_structure, before=hold)
    rows = Counted(analysis.centrality)
    monkeypatch.setattr(cache_module, "read_structure", reads)
    monkeypatch.setattr(analysis, "centrality", rows)
    derived = DerivedCache(built_store)
    with ThreadPoolExecutor(max_workers=4) as pool:
        first = pool.submit(derived.network)
        assert entered.wait(timeout=20)
        others = [pool.submit(derived.network), pool.submit(derived.centrality), pool.submit(derived.centrality)]
        time.sleep(0.3)  # long enough for the others to reach the cache while the first computes
        release.set()
        networks = [first.result(timeout=30), others[0].result(timeout=30)]
        centralities = [future.result(timeout=30) for future in others[1:]]
    assert networks[0] is networks[1] and centralities[0] is centralities[1]
    assert (reads.calls, rows.calls) == (1, 1)


def test_communities_are_kept_as_computed(built_store: Store, monkeypatch) -> None:
    groups = Counted(analysis.communities)
    monkeypatch.setattr(analysis, "communities", groups)
    derived = DerivedCache(built_store)
    kept = derived.communities()
    assert derived.communities() is kept and groups.calls == 1
    assert plain_communities(kept) == analysis.communities(read_network(built_store).graph()) and len(kept) > 1


def test_what_is_handed_out_cannot_be_changed(built_store: Store) -> None:
    derived = DerivedCache(built_store)
    network, rows, groups = derived.network(), derived.centrality(), derived.communities()
    with pytest.raises(TypeError):
        network.entities["zeta-robotics"] = network.entities["anthropic"]
    with pytest.raises(TypeError):
        del network.claims["uk-ai-sector-vc-funding-2024"]
    with pytest.raises(TypeError):
        rows[0]["betweenness"] = 1.0
    with pytest.raises(TypeError):
        groups[0]["members"][0]["label"] = "renamed"
    with pytest.raises(AttributeError):
        groups[0]["claims"].append("another")
    assert derived.network() is network and "uk-ai-sector-vc-funding-2024" in network.claims
    assert network.graph().number_of_nodes() == len(network.entities)


def test_a_remote_store_is_read_every_time(oxigraph, bundled_quads: list[Quad], reads: Counted) -> None:
    ours = open_store(oxigraph.query_url, oxigraph.update_url)
    theirs = open_store(oxigraph.query_url, oxigraph.update_url)  # another client of the same service
    try:
        ours.update("CLEAR ALL")
        ours.update(insert_data(vocabulary_quads() + bundled_quads))
        derived = DerivedCache(ours)
        assert "zeta-robotics" not in derived.network().entities
        theirs.update(NEW_ENTITY)
        assert "zeta-robotics" in derived.network().entities
        assert "zeta-robotics" in {row["id"] for row in derived.centrality()}
        assert reads.calls == 3
    finally:
        ours.update("CLEAR ALL")
        ours.close()
        theirs.close()
