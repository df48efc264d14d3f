"""Building into a store: idempotent, atomic, persistent, and locked against a second process."""

from __future__ import annotations

import subprocess
import sys

import pytest

from claimgraph.kg.errors import StoreError
from claimgraph.kg.build import build
from claimgraph.kg.namespaces import BASE, claim_iri, sparql_prefixes
from claimgraph.kg.store import open_store
from claimgraph.kg.validation import problems
from tests.conftest import snapshot


@pytest.fixture
def store(any_store):
    """The behaviour below holds on the embedded store and on a remote SPARQL store alike."""
    return any_store


def test_rebuild_gives_the_same_graph_and_one_more_build_record(store, bundled) -> None:
    first = build(store, [bundled])
    before = snapshot(store)
    second = build(store, [bundled])
    after = snapshot(store)
    assert first.quads_in_store == len(before) and second.quads_in_store == len(after)
    assert before <= after, "a rebuild changes none of the claims, entities or earlier records"
    (activity,) = {str(s).split("#", 1)[0] for s, _, _, _ in after - before}
    assert activity.startswith(BASE + "build/"), "all it adds is the record of the second build"


def test_every_claim_has_its_own_assertion_graph(store, bundled) -> None:
    build(store, [bundled])
    graphs = {row["g"] for row in store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert {str(claim_iri(claim.id)) for claim in bundled.claims} <= {str(g) for g in graphs}


def test_a_claim_removed_from_the_set_leaves_the_store(store, mini) -> None:
    build(store, [mini])
    smaller = mini.__class__(document=mini.document, entities=mini.entities, claims=mini.claims[:1])
    build(store, [smaller])
    rows = store.select("SELECT ?c WHERE { ?c a cg:Claim }")
    assert [str(row["c"]) for row in rows] == [str(claim_iri("zephyr-valuation-2024"))]
    leftovers = store.select(
        f"SELECT ?s ?p WHERE {{ {{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} }} "
        f"FILTER STRSTARTS(STR(?s), '{claim_iri('zephyr-staff-pledge')}') }}"
    )
    assert leftovers == []


def test_two_claim_sets_live_side_by_side(store, bundled, mini) -> None:
    report = build(store, [bundled, mini])
    assert report.claims == len(bundled.claims) + 2
    count = store.select("SELECT (COUNT(?c) AS ?n) WHERE { ?c a cg:Claim }")[0]["n"]
    assert count == report.claims


def test_on_disk_store_persists_and_is_locked(tmp_path, mini) -> None:
    location = tmp_path / "store"
    store = open_store(location)
    build(store, [mini])
    expected = snapshot(store)
    probe = (
        "import sys\nfrom claimgraph.kg.store import open_store\n"
        "from claimgraph.kg.errors import StoreError\n"
        f"try:\n    open_store({str(location)!r})\nexcept StoreError as e:\n    print(e); sys.exit(3)\n"
    )
    second = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert second.returncode == 3, second.stderr
    assert "Is another claimgraph process" in second.stdout
    store.close()
    reopened = open_store(location)
    try:
        assert snapshot(reopened) == expected
    finally:
        reopened.close()


def test_a_file_where_the_store_should_be(tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(blocker / "store")


def test_what_the_store_holds_still_validates(store, bundled) -> None:
    build(store, [bundled])
    stored = store.quads()
    assert problems(stored) == []


@pytest.mark.parametrize("bulk", [False, True])
def test_a_rebuild_keeps_what_curators_took_off_the_record(store, bundled, bulk: bool) -> None:
    """A claim retracted in the store stays retracted, off the record now and as of any later time, when the build
    that first wrote it runs again (in one transaction or through the bulk loader)."""
    from datetime import datetime, timezone

    from claimgraph.kg import curation, projection

    from claimgraph.kg.updates import validated_update

    build(store, [bundled])
    by_curator, by_editor = "anthropic-founded-by-dario-amodei", "openai-valuation-300bn"
    curation.curate(store, by_curator, "retract", "Ed", note="misread", now=datetime(2026, 1, 2, tzinfo=timezone.utc))
    retract = f"DELETE WHERE {{ claim:{by_editor} cg:status ?s }} ; INSERT DATA {{ claim:{by_editor} cg:status cgs:retracted }}"
    if store.remote:  # an editor's update is validated on a copy of the embedded store; a remote one takes it as it is
        store.update(sparql_prefixes() + retract)
    else:
        validated_update(store, retract, agent="Eve")
    build(store, [bundled], bulk=bulk)
    for retracted in (by_curator, by_editor):
        assert projection.read_claims(store, [retracted])[retracted].status == "retracted"
        assert retracted not in projection.every_claim(store)
        assert retracted not in projection.every_claim(store, as_of=datetime.now(timezone.utc))


@pytest.mark.parametrize("bulk", [False, True])
def test_a_retraction_just_before_a_remote_build_writes_is_kept(oxigraph, bundled, bulk: bool) -> None:
    """Another client of a remote store retracts a claim after the build has read what it removes and just before its
    write: the claim stays retracted (the build's own request sets the final statuses aside as it runs)."""
    from claimgraph.kg import curation, projection

    ours, theirs = (open_store(oxigraph.query_url, oxigraph.update_url) for _ in range(2))
    claim = "anthropic-founded-by-dario-amodei"
    try:
        ours.update("CLEAR ALL")
        build(ours, [bundled])
        sent, retracted = ours.update, []

        def update(text: str, *options: object, **named: object) -> None:
            if not retracted:  # the build's first write
                retracted.append(curation.curate(theirs, claim, "retract", "Ed", note="misread"))
            sent(text, *options, **named)

        ours.update = update
        build(ours, [bundled], bulk=bulk)
        assert projection.read_claims(ours, [claim])[claim].status == "retracted"
        assert claim not in projection.every_claim(ours)
        assert not ours.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), 'urn:claimgraph:build')) }")
    finally:
        ours.update("CLEAR ALL")
        ours.close()
        theirs.close()
