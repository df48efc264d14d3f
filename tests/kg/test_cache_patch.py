"""After a write that says which claims and entities it changed (an ingest, a curation, a retraction), the cache reads
those again rather than every claim; what it hands out equals a fresh read. A write that cannot say makes it read
everything; betweenness is computed again only when the links change."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from claimgraph.kg import analysis, curation, resources, reviews
from claimgraph.kg import cache as cache_module
from claimgraph.kg import network as network_module
from claimgraph.kg import store as store_module
from claimgraph.kg.cache import DerivedCache
from claimgraph.kg.curation import Edit
from claimgraph.kg.ingest import ingest
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.namespaces import claim_iri, short_id
from claimgraph.kg.store import Store, Touched
from claimgraph.kg.updates import validated_update
from tests.kg.test_cache import NEW_ENTITY, Counted
from tests.kg.test_cache_reviews import DEALROOM, FOUNDED, OPENAI, STRUCTURE, _assert_as_read_afresh

ARTICLE = (
    "Nimbus Labs raised $5m from Northwall Capital last year, according to Dealroom. "
    "Anthropic was valued at $61.5bn in March, the company said."
)


def _everything(derived: DerivedCache) -> None:
    derived.network()
    for name in STRUCTURE:
        getattr(derived, name)()


def _assemblies(monkeypatch) -> list:
    """The networks whose whole graph is assembled from now on (:meth:`Network.graph`), listed as it happens."""
    from claimgraph.kg.network import Network

    assembled, whole = [], Network.graph
    monkeypatch.setattr(Network, "graph", lambda network: assembled.append(network) or whole(network))
    return assembled


def _assert_centrality_as_computed_afresh(derived: DerivedCache, store: Store) -> None:
    from claimgraph.kg.network import read_network

    assert [dict(row) for row in derived.centrality()] == analysis.centrality(read_network(store).graph())


def test_an_ingest_and_its_curation_are_read_again_not_everything(built_store: Store, counted: dict[str, Counted]) -> None:
    derived = DerivedCache(built_store)
    _everything(derived)
    report = ingest(built_store, ARTICLE, "2025-05-01", title="Nimbus")
    assert report.claims and report.proposed, "the article gives candidates and a new entity"
    _assert_as_read_afresh(derived, built_store)
    assert {entity.id for entity in report.proposed} <= set(derived.network().entities)
    first, *rest = report.claims
    curation.curate(built_store, first.id, "accept", "Ed")
    assert first.id in derived.network().claims
    _assert_as_read_afresh(derived, built_store)
    for claim in rest:
        curation.curate(built_store, claim.id, "reject", "Ed", note="not a claim")
    _assert_as_read_afresh(derived, built_store)
    _assert_centrality_as_computed_afresh(derived, built_store)
    assert counted["network"].calls == 1


def test_an_edit_and_a_retraction_are_read_again(built_store: Store, counted: dict[str, Counted]) -> None:
    derived = DerivedCache(built_store)
    _everything(derived)
    curation.curate(built_store, OPENAI, "edit", "Ed", edit=Edit(subject="Zeta Robotics", statement="Zeta Robotics was valued at $300bn."))
    network = derived.network()
    assert network.claims[OPENAI].statement == "Zeta Robotics was valued at $300bn."
    assert network.entities[network.claims[OPENAI].subject].label == "Zeta Robotics"
    _assert_as_read_afresh(derived, built_store)
    curation.curate(built_store, FOUNDED, "retract", "Ed", note="the founders were misnamed")
    assert FOUNDED not in derived.network().claims
    _assert_as_read_afresh(derived, built_store)
    _assert_centrality_as_computed_afresh(derived, built_store)
    assert counted["network"].calls == 1


def test_the_claim_list_after_an_ingest_and_curations_reads_the_places_of_their_claims_alone(built_store: Store, monkeypatch) -> None:
    places = Counted(resources.claim_places)
    monkeypatch.setattr(resources, "claim_places", places)
    derived = DerivedCache(built_store)
    before = derived.claim_order()
    report = ingest(built_store, ARTICLE, "2025-05-01", title="Nimbus")
    assert derived.claim_order() == before, "candidates are not listed"
    curation.curate(built_store, report.claims[0].id, "accept", "Ed")
    curation.curate(built_store, FOUNDED, "retract", "Ed", note="the founders were misnamed")
    order, never = derived.claim_order(), derived.never_entered()
    assert places.calls == 1
    fresh = places.function(built_store)
    assert order == resources.claim_order(built_store) == fresh.order_of(fresh.on_record) != before
    assert str(claim_iri(report.claims[0].id)) in order and str(claim_iri(FOUNDED)) not in order
    assert never == frozenset(short_id(iri) for iri in fresh.on_record - fresh.entered)


def test_the_claim_filters_after_an_ingest_and_curations_read_the_changed_entities_alone(built_store: Store, monkeypatch) -> None:
    whole_readings = []

    def read_entities(store: Store, entity_ids=None):
        whole_readings.append(entity_ids is None)
        return network_module.read_entities(store, entity_ids)

    monkeypatch.setattr(cache_module, "read_entities", read_entities)
    from_store = Counted(resources.claim_filter_choices)
    monkeypatch.setattr(resources, "claim_filter_choices", from_store)
    derived = DerivedCache(built_store)
    before = derived.claim_filter_choices()
    report = ingest(built_store, ARTICLE, "2025-05-01", title="Nimbus")
    curation.curate(built_store, report.claims[0].id, "accept", "Ed")
    curation.curate(built_store, OPENAI, "edit", "Ed", edit=Edit(subject="Zeta Robotics", statement="Zeta Robotics was valued at $300bn."))
    curation.curate(built_store, FOUNDED, "retract", "Ed", note="the founders were misnamed")
    after = {name: list(pairs) for name, pairs in derived.claim_filter_choices().items()}
    assert whole_readings == [True, False] and from_store.calls == 0
    assert after == from_store.function(built_store) != {name: list(pairs) for name, pairs in before.items()}
    assert "zeta-robotics" in dict(after["entity"]) and "zeta-robotics" not in dict(before["entity"])


def test_the_count_comes_from_the_kept_network_while_it_can_be_brought_up_to_date(built_store: Store, monkeypatch) -> None:
    counts = Counted(resources.count_claims)
    monkeypatch.setattr(resources, "count_claims", counts)
    derived = DerivedCache(built_store)
    assert derived.claim_count() == resources.count_claims.function(built_store) and counts.calls == 1, "nothing kept: counted"
    derived.network()
    curation.curate(built_store, FOUNDED, "retract", "Ed", note="the founders were misnamed")
    assert derived.claim_count() == resources.count_claims.function(built_store) == len(derived.network().claims)
    assert counts.calls == 1
    built_store.update(NEW_ENTITY)
    assert derived.claim_count() == resources.count_claims.function(built_store) and counts.calls == 2, "a write that cannot say"


def test_a_review_between_a_reading_and_a_curation_shows(built_store: Store) -> None:
    """The claims kept from before were read before the review: their verdicts are taken afresh."""
    derived = DerivedCache(built_store)
    _everything(derived)
    reviews.add_review(built_store, DEALROOM, "mostly_true", "checked", [], "Ada", now=datetime(2025, 3, 1, tzinfo=timezone.utc))
    curation.curate(built_store, FOUNDED, "retract", "Ed", note="the founders were misnamed")
    assert derived.network().claims[DEALROOM].verdict == "mostly_true"
    _assert_as_read_afresh(derived, built_store)


def test_a_write_that_cannot_say_what_it_changed_makes_the_cache_read_everything(built_store: Store, counted: dict[str, Counted]) -> None:
    derived = DerivedCache(built_store)
    _everything(derived)
    for write in (lambda: built_store.update(NEW_ENTITY), lambda: validated_update(built_store, NEW_ENTITY.replace("zeta-robotics", "zeta-labs"), agent="Ed")):
        write()
        _assert_as_read_afresh(derived, built_store)
    assert counted["network"].calls == 3
    assert {"zeta-robotics", "zeta-labs"} <= set(derived.network().entities)


def _claims_by_links(derived: DerivedCache) -> tuple[str, str]:
    """A claim whose every link has other claims too, and a claim alone on one of its links."""
    graph, network = derived.graph(), derived.network()
    shared = lambda claim: all(graph.edges[a, b]["weight"] > 1 for _, a, b in claim.links())  # noqa: E731
    records = sorted(network.claims.values(), key=lambda claim: claim.id)
    return (next(claim.id for claim in records if claim.links() and shared(claim)),
            next(claim.id for claim in records if claim.links() and not shared(claim)))  # fmt: skip


def test_betweenness_is_computed_again_only_when_the_links_change(built_store: Store, counted: dict[str, Counted]) -> None:
    derived = DerivedCache(built_store)
    derived.centrality()
    on_shared_links, alone = _claims_by_links(derived)
    curation.curate(built_store, on_shared_links, "retract", "Ed", note="a duplicate")
    derived.centrality()
    assert counted["betweenness"].calls == 1
    _assert_centrality_as_computed_afresh(derived, built_store)
    curation.curate(built_store, alone, "retract", "Ed", note="misread")
    calls = counted["betweenness"].calls
    derived.centrality()
    assert counted["betweenness"].calls == calls + 1
    _assert_centrality_as_computed_afresh(derived, built_store)


def test_the_store_remembers_what_recent_writes_changed(store: Store, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "WRITES_KEPT", 3)
    fresh = store_module.open_store(MEMORY)
    start = fresh.structure_version
    fresh.update(NEW_ENTITY, touched=Touched(frozenset({"a"})))
    fresh.update(NEW_ENTITY, verdicts_only=True)
    fresh.update(NEW_ENTITY, touched=Touched(frozenset({"b"}), frozenset({"x"})))
    assert fresh.touched_since(start) == Touched(frozenset({"a", "b"}), frozenset({"x"}))
    assert fresh.touched_since(fresh.structure_version) == Touched()
    fresh.update(NEW_ENTITY)
    assert fresh.touched_since(start) is None, "a write that cannot say"
    fresh.update(NEW_ENTITY, touched=Touched(frozenset({"c"})))
    fresh.update(NEW_ENTITY, touched=Touched(frozenset({"d"})))
    fresh.update(NEW_ENTITY, touched=Touched(frozenset({"e"})))
    assert fresh.touched_since(fresh.structure_version - 3) == Touched(frozenset({"c", "d", "e"}))
    assert fresh.touched_since(fresh.structure_version - 4) is None, "further back than the store remembers"
    fresh.close()


@pytest.mark.parametrize("built_by", ["a build", "writes around the service"])
def test_the_network_as_of_a_time_is_the_kept_one_with_what_changed_since_read_as_it_was(
    store: Store, built_store: Store, bundled, built_by: str
) -> None:
    """As of each moment of a day of writes, the cache's network equals the one read whole as of then; as of a time no
    write came after, it is the kept network itself, and the claim list keeps its order; the graph made from the kept one
    and the claim list's order as of then are those read whole as of then. Claims no write put on the
    record (written around the service) read as absent either way."""
    from datetime import timedelta

    from claimgraph.kg.build import build
    from claimgraph.kg.network import read_network

    day = datetime(2030, 5, 1, tzinfo=timezone.utc)
    if built_by == "a build":
        built_store = store_module.open_store(MEMORY)
        build(built_store, [bundled], now=day - timedelta(hours=2))
    derived = DerivedCache(built_store)
    report = ingest(built_store, ARTICLE, "2025-05-01", title="Nimbus", now=day)
    curation.curate(built_store, report.claims[0].id, "accept", "Ed", now=day + timedelta(hours=1))
    reviews.add_review(built_store, DEALROOM, "mostly_true", "checked", [], "Ada", now=day + timedelta(hours=2))
    curation.curate(built_store, FOUNDED, "retract", "Ed", note="misread", now=day + timedelta(hours=3))
    reviews.add_review(built_store, DEALROOM, "false", "checked again", [], "Ada", now=day + timedelta(hours=4))
    for hours in (-1, 0.5, 1.5, 2.5, 3.5, 4.5):
        then = day + timedelta(hours=hours)
        expected, found = read_network(built_store, then), derived.network_as_of(then)
        assert dict(found.entities) == expected.entities, hours
        assert found.records(found.claims) == expected.claims, hours  # held as links, read as records: every field
        near, fresh = derived.graph_near(found), expected.graph()
        assert list(near.nodes(data=True)) == list(fresh.nodes(data=True)), hours
        assert {frozenset(edge[:2]): edge[2] for edge in near.edges(data=True)} == {frozenset(edge[:2]): edge[2] for edge in fresh.edges(data=True)}
        assert derived.claim_order(then) == resources.claim_order(built_store, then), hours
    latest = day + timedelta(hours=5)
    if built_by == "a build":
        assert derived.network_as_of(latest) is derived.network()
        assert derived.reading_time(latest) is None, "nothing changed after it: the record now, as kept"
    else:
        assert derived.reading_time(latest) == latest
    assert derived.reading_time(day) == day


def test_pagerank_after_a_curation_counts_again_only_the_links_of_what_changed(built_store: Store, monkeypatch) -> None:
    """The first home page after a curation draws the graph PageRank was last computed on with the changed claims'
    links counted again, not the whole graph assembled anew; it equals a fresh reading's."""
    derived = DerivedCache(built_store)
    _everything(derived)
    curation.curate(built_store, FOUNDED, "retract", "Ed", note="the founders were misnamed")
    assembled = _assemblies(monkeypatch)
    graph, _ = derived.pagerank()
    assert assembled == []
    assert not any(FOUNDED in data["claims"] for _, _, data in graph.edges(data=True))
    monkeypatch.undo()
    _assert_as_read_afresh(derived, built_store)


def test_centrality_after_a_curation_is_computed_on_the_graph_pagerank_was(built_store: Store, monkeypatch) -> None:
    """The first entity page or centrality after a curation does not assemble the whole graph either (5 s at 100,000
    claims): its rows come from PageRank's graph and values, and equal a fresh computation's."""
    derived = DerivedCache(built_store)
    _everything(derived)
    curation.curate(built_store, FOUNDED, "retract", "Ed", note="the founders were misnamed")
    assembled = _assemblies(monkeypatch)
    rows = derived.centrality()
    assert assembled == []
    assert rows is derived.network_with_centrality()[1]
    monkeypatch.undo()
    _assert_centrality_as_computed_afresh(derived, built_store)


def test_after_an_ingest_that_proposes_entities_the_graph_is_made_from_the_last_one(built_store: Store, monkeypatch) -> None:
    """An ingest adds entities as well as candidates: the first page after it does not assemble the whole graph
    either, and what it hands out equals a fresh reading's."""
    derived = DerivedCache(built_store)
    _everything(derived)
    report = ingest(built_store, ARTICLE, "2025-05-01", title="Nimbus")
    assert report.proposed, "the article names an entity the store lacks"
    curation.curate(built_store, report.claims[0].id, "accept", "Ed")
    assembled = _assemblies(monkeypatch)
    graph, _ = derived.pagerank()
    derived.centrality()
    assert assembled == []
    assert {entity.id for entity in report.proposed} <= set(graph.nodes)
    monkeypatch.undo()
    _assert_as_read_afresh(derived, built_store)


def test_the_claim_order_is_never_older_than_the_version_it_is_kept_for(built_store: Store, monkeypatch) -> None:
    """A write between reading the places and keeping the order (a page's request beside an editor's) once left the
    order of before the write kept as the order after it, until the next write."""
    read = resources.claim_places

    def then_a_write(store: Store) -> resources.ClaimPlaces:
        places = read(store)
        monkeypatch.setattr(resources, "claim_places", read)
        curation.curate(store, FOUNDED, "retract", "Ed", note="the founders were misnamed")
        return places

    monkeypatch.setattr(resources, "claim_places", then_a_write)
    derived = DerivedCache(built_store)
    derived.claim_order()
    assert derived.claim_order() == resources.claim_order(built_store)
    assert str(claim_iri(FOUNDED)) not in derived.claim_order()
