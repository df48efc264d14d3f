"""A build into an embedded store writes in one request of ``DELETE DATA`` and ``INSERT DATA``, worked out by reads
first: the store it leaves is the one the single reading request (what a remote store gets) leaves, quad for quad."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from unittest import mock

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.claims.model import ClaimSet
from claimgraph.kg import build as build_module
from claimgraph.kg import curation, reviews
from claimgraph.kg.build import build
from claimgraph.kg.locks import WRITE_LOCK
from claimgraph.kg.namespaces import BASE, claim_iri
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import Store, open_store
from claimgraph.kg.updates import validated_update

NOW = dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.timezone.utc)
FAIL = " ;\nDROP GRAPH <urn:claimgraph:test:no-such-graph>"
"""An operation that fails when it runs, after the operations before it in the same request have done their work."""


def dump(store: Store) -> str:
    return store.oxigraph.dump(format=pyoxigraph.RdfFormat.N_QUADS).decode("utf-8")


def copy(store: Store) -> Store:
    other = open_store(MEMORY)
    other.oxigraph.load(dump(store), format=pyoxigraph.RdfFormat.N_QUADS)
    return other


def in_one_reading_request(store: Store, pairs: list, spool: Path, activity: str) -> None:
    """The write as a remote store gets it: one request whose operations read the store as they go."""
    native = pyoxigraph.parse(path=str(spool), format=pyoxigraph.RdfFormat.N_QUADS)
    store.update(build_module._write_request(pairs, native, activity))


def build_by_reading_request(store: Store, claim_sets: list[ClaimSet]) -> None:
    """A build whose write is the one reading request, into an embedded store."""
    with mock.patch.object(build_module, "_write_embedded", in_one_reading_request):
        build(store, claim_sets, bulk=False, now=NOW)


def with_new_builds_named(before: str, after: str) -> list[str]:
    """The lines of ``after``, sorted, each build record not in ``before`` renamed to one name (its IRI is random)."""
    old = set(re.findall(rf"<{re.escape(BASE)}build/[^>#]+", before))
    new = set(re.findall(rf"<{re.escape(BASE)}build/[^>#]+", after)) - old
    for iri in new:
        after = after.replace(iri, "<urn:the-new-build")
    return sorted(after.splitlines())


def build_both_ways(store: Store, claim_sets: list[ClaimSet]) -> str:
    """Build into ``store`` and, by the reading request, into a copy of it; they must end alike. What it held before."""
    before = dump(store)
    reference = copy(store)
    try:
        build(store, claim_sets, bulk=False, now=NOW)
        build_by_reading_request(reference, claim_sets)
        assert with_new_builds_named(before, dump(store)) == with_new_builds_named(before, dump(reference))
    finally:
        reference.close()
    return before


@pytest.fixture
def lived_in(store: Store, bundled: ClaimSet, mini: ClaimSet) -> Store:
    """The bundled claims and the mini set built, then reviewed, retracted by a curator and by an editor."""
    build(store, [bundled, mini], now=NOW - dt.timedelta(days=3))
    reviews.add_review(store, "openai-valuation-300bn", "mixed", "Reported, not confirmed.", [], "Ann")
    reviews.add_review(store, "openai-valuation-300bn", "false", "Denied on the record.", [], "Bo")
    curation.curate(store, "anthropic-founded-by-dario-amodei", "retract", "Ed", note="misread", now=NOW - dt.timedelta(days=2))
    retract = f"DELETE WHERE {{ <{claim_iri('zephyr-staff-pledge')}> cg:status ?s }} ; " \
              f"INSERT DATA {{ <{claim_iri('zephyr-staff-pledge')}> cg:status cgs:retracted }}"
    validated_update(store, retract, agent="Eve")
    return store


def rebuilds(bundled: ClaimSet, mini: ClaimSet) -> list[list[ClaimSet]]:
    """The same claim sets again; five claims fewer; the mini set alone; the mini set's document with one claim."""
    return [[bundled, mini], [dataclasses.replace(bundled, claims=bundled.claims[:-5]), mini], [mini],
            [dataclasses.replace(mini, claims=mini.claims[:1])]]


@pytest.mark.parametrize("which", range(4))
def test_the_embedded_write_leaves_what_the_reading_request_leaves(lived_in: Store, bundled: ClaimSet, mini: ClaimSet,
                                                                    which: int) -> None:
    before = build_both_ways(lived_in, rebuilds(bundled, mini)[which])
    assert dump(lived_in) != before, "the build wrote its record at least"


def test_a_blank_node_in_what_a_build_removes_is_removed_too(lived_in: Store, mini: ClaimSet) -> None:
    """``DELETE DATA`` cannot name a stored blank node: such a removal goes by pattern, in the same one request."""
    claim = claim_iri("zephyr-valuation-2024")
    lived_in.update(f"INSERT DATA {{ <{claim}> <urn:claimgraph:test:note> _:note . _:note <urn:claimgraph:test:text> 'x' }}")
    build(lived_in, [mini], now=NOW)
    assert lived_in.select(f"SELECT ?note WHERE {{ <{claim}> <urn:claimgraph:test:note> ?note }}") == []
    assert [row["s"] for row in lived_in.select(f"SELECT ?s WHERE {{ <{claim}> cg:status ?s }}")] != []


def test_the_write_holds_the_write_lock_from_its_reads_to_its_request(store: Store, mini: ClaimSet, monkeypatch) -> None:
    """No other write of this process comes between what the build read and what it writes
    (and no other process can open an embedded store)."""
    held = []
    real_update, real_query = Store.update, Store.query

    def update(self, sparql, *args, **kwargs):
        held.append(("update", WRITE_LOCK.locked()))
        return real_update(self, sparql, *args, **kwargs)

    def query(self, sparql):
        held.append(("query", WRITE_LOCK.locked()))
        return real_query(self, sparql)

    monkeypatch.setattr(Store, "update", update)
    monkeypatch.setattr(Store, "query", query)
    build(store, [mini], now=NOW)
    assert held and all(locked for _, locked in held), held
    assert not WRITE_LOCK.locked()


def test_a_request_that_fails_after_the_insert_changes_nothing(lived_in: Store, bundled: ClaimSet, mini: ClaimSet,
                                                              monkeypatch) -> None:
    before = dump(lived_in)
    real = Store.update
    monkeypatch.setattr(Store, "update", lambda self, sparql, *args, **kwargs: real(self, sparql + FAIL, *args, **kwargs))
    with pytest.raises(RuntimeError, match="does not exist"):
        build(lived_in, [dataclasses.replace(bundled, claims=bundled.claims[:-5]), mini], bulk=False, now=NOW)
    assert dump(lived_in) == before


VERDICTS = ("true", "mostly_true", "mixed", "misleading", "false", "unverifiable")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_history_and_rebuild_end_alike_both_ways(bundled: ClaimSet, mini: ClaimSet, data) -> None:
    """Drawn: which claims were built, reviewed (with which verdicts, revising or not), retracted, and which are built again."""
    ids = [claim.id for claim in bundled.claims]
    first = data.draw(st.lists(st.sampled_from(ids), min_size=1, unique=True), "first build")
    store = open_store(MEMORY)
    try:
        build(store, [dataclasses.replace(bundled, claims=[c for c in bundled.claims if c.id in first]), mini],
              now=NOW - dt.timedelta(days=3))
        for claim in data.draw(st.lists(st.sampled_from(first), max_size=4), "reviewed"):
            reviews.add_review(store, claim, data.draw(st.sampled_from(VERDICTS)), "Checked.", [], "Ann")
        for claim in data.draw(st.lists(st.sampled_from(first), max_size=2, unique=True), "retracted"):
            curation.curate(store, claim, "retract", "Ed", note="misread", now=NOW - dt.timedelta(days=1))
        again = data.draw(st.lists(st.sampled_from(ids), unique=True), "built again")
        claim_sets = [dataclasses.replace(bundled, claims=[c for c in bundled.claims if c.id in again])]
        claim_sets += [mini] if data.draw(st.booleans(), "mini again") else []
        build_both_ways(store, claim_sets)
    finally:
        store.close()
