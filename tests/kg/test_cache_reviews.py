"""A review changes only the verdicts the cache keeps: the structure (the network as read, its graph, centrality,
communities, the claim order, count and filter choices) stays, and what the cache hands out equals a fresh read."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime, timedelta, timezone

import networkx as nx
import pytest

from claimgraph.kg import analysis, curation, projection, resources, reviews
from claimgraph.kg import cache as cache_module
from claimgraph.kg.build import build
from claimgraph.kg.cache import DerivedCache, plain_communities
from claimgraph.kg.namespaces import claim_iri
from claimgraph.kg.network import read_claim_network, read_network, read_structure
from claimgraph.kg.projection import ClaimLink, ClaimRecord
from claimgraph.kg.projection import read_claims
from claimgraph.kg.store import Store, insert_data
from claimgraph.kg.updates import validated_update
from tests.kg.test_cache import NEW_ENTITY, Counted

DEALROOM = "uk-ai-sector-vc-funding-2024"
"""Dealroom's £4.7bn about 2024: a money value and a time interval."""
OPENAI = "openai-valuation-300bn"
FOUNDED = "anthropic-founded-by-dario-amodei"
"""An entity as its object: an assertion link."""
DAY = datetime(2025, 3, 1, tzinfo=timezone.utc)
STRUCTURE = ("graph", "centrality", "pagerank", "communities", "claim_count", "claim_order", "claim_filter_choices")


@pytest.fixture
def counted(monkeypatch) -> dict[str, Counted]:
    """``read_structure`` (the whole network) and ``read_verdicts`` as the cache calls them, counted."""
    calls = {"network": Counted(read_structure), "verdicts": Counted(projection.read_verdicts)}
    monkeypatch.setattr(cache_module, "read_structure", calls["network"])
    monkeypatch.setattr(projection, "read_verdicts", calls["verdicts"])
    return calls


def _everything(derived: DerivedCache) -> dict[str, object]:
    """Ask for every value the cache keeps; the structure's values by name."""
    derived.network()
    return {name: getattr(derived, name)() for name in STRUCTURE}


def _review(store: Store, claim_id: str, verdict: str, days: int) -> None:
    reviews.add_review(store, claim_id, verdict, "checked against the source", [], "Ada", now=DAY + timedelta(days=days))


def _as_link(claim: ClaimLink) -> ClaimLink:
    """What the network links of a claim, whether it holds its link or its record."""
    return ClaimLink(**{field.name: getattr(claim, field.name) for field in fields(ClaimLink)})


def _edges(graph: nx.Graph) -> dict[frozenset[str], dict[str, object]]:
    return {frozenset(edge[:2]): edge[2] for edge in graph.edges(data=True)}


def _assert_as_read_afresh(derived: DerivedCache, store: Store) -> None:
    """Everything the cache hands out equals what it would compute from the store now, field by field."""
    fresh = read_network(store)
    network = derived.network()
    assert dict(network.entities) == fresh.entities
    assert sorted(network.claims) == sorted(fresh.claims)
    records, links = network.records(network.claims), read_structure(store).claims
    for claim_id, record in fresh.claims.items():
        assert records[claim_id] == record, claim_id  # dataclass equality: every field
        assert _as_link(network.claims[claim_id]) == _as_link(record) == links[claim_id], claim_id
    expected = fresh.graph()
    drawn, scores = derived.pagerank()  # first: after a write it is made from the graph it was last computed on
    for graph in (drawn, derived.graph()):
        assert nx.is_frozen(graph)
        assert dict(graph.nodes(data=True)) == dict(expected.nodes(data=True))
        assert _edges(graph) == _edges(expected)
    assert dict(scores) == pytest.approx(analysis.pagerank(expected), rel=1e-9)  # the edges' order may differ
    kept, rows = derived.network_with_centrality()
    assert kept is network and [dict(row) for row in rows] == analysis.centrality(expected)
    assert plain_communities(derived.communities()) == analysis.communities(expected)
    assert derived.claim_count() == resources.count_claims(store)
    assert derived.claim_order() == resources.claim_order(store)
    assert derived.claim_order() == resources.claim_order(store)
    assert {name: list(pairs) for name, pairs in derived.claim_filter_choices().items()} == resources.claim_filter_choices(store)


def test_read_claims_reads_records_as_read_network_does(built_store: Store) -> None:
    _review(built_store, OPENAI, "mostly_true", 0)
    every = read_network(built_store).claims
    assert read_claims(built_store, [DEALROOM, OPENAI, FOUNDED, "no-such-claim"]) == {key: every[key] for key in (DEALROOM, OPENAI, FOUNDED)}
    assert read_claims(built_store, every) == every and read_claims(built_store, []) == {}


def test_reviews_change_the_verdicts_and_leave_the_structure(built_store: Store, counted: dict[str, Counted]) -> None:
    derived = DerivedCache(built_store)
    structure = _everything(derived)
    version, structure_version = built_store.version, built_store.structure_version
    _review(built_store, DEALROOM, "mostly_true", 0)
    _review(built_store, FOUNDED, "true", 1)
    _review(built_store, DEALROOM, "misleading", 2)  # the same claim again: the newer review is current
    assert built_store.version > version and built_store.structure_version == structure_version
    assert derived.network().claims[DEALROOM].verdict == "misleading"
    assert derived.network().claims[FOUNDED].verdict == "true"
    assert derived.network().claims[OPENAI].verdict == reviews.NOT_REVIEWED
    _assert_as_read_afresh(derived, built_store)
    assert all(getattr(derived, name)() is value for name, value in structure.items())
    assert counted["network"].calls == 1 and counted["verdicts"].calls == 1
    _review(built_store, OPENAI, "false", 3)
    _assert_as_read_afresh(derived, built_store)
    assert counted["network"].calls == 1 and counted["verdicts"].calls == 2


def test_reviews_keep_the_claim_order_without_the_network(built_store: Store, counted: dict[str, Counted], monkeypatch) -> None:
    """The claim list alone (no network page) keeps its order across reviews; another write makes it read again."""
    orders = Counted(resources.claim_places)
    monkeypatch.setattr(resources, "claim_places", orders)
    derived = DerivedCache(built_store)
    order = derived.claim_order()
    _review(built_store, DEALROOM, "mostly_true", 0)
    _review(built_store, OPENAI, "false", 1)
    assert derived.claim_order() is order and orders.calls == 1
    assert counted["network"].calls == counted["verdicts"].calls == 0
    built_store.update(NEW_ENTITY)
    assert derived.claim_order() == order and orders.calls == 2


def test_a_claims_page_reads_its_claim_alone(built_store: Store, counted: dict[str, Counted]) -> None:
    """The kept network holds claims as they link, so a claim's page reads its record (and entities) alone, kept or not."""
    derived = DerivedCache(built_store)
    assert set(read_claim_network(built_store, [OPENAI]).claims) == {OPENAI}
    whole = derived.network()
    assert not isinstance(whole.claims[OPENAI], ClaimRecord)
    _review(built_store, OPENAI, "false", 0)
    assert read_claim_network(built_store, [OPENAI]).claims[OPENAI].verdict == "false"
    assert counted["network"].calls == 1


def test_a_review_written_as_an_editors_update_makes_the_cache_read_everything(built_store: Store, counted: dict[str, Counted]) -> None:
    derived = DerivedCache(built_store)
    _everything(derived)
    _review(built_store, DEALROOM, "mostly_true", 0)
    verdict = reviews.scale().verdicts["false"]
    review = reviews.review_iri(OPENAI, 1)
    quads = reviews.review_quads(review, claim_iri(OPENAI), verdict, "no", [], "Bo", DAY, None, None)
    validated_update(built_store, insert_data(quads), agent="Ed")
    assert derived.network().claims[OPENAI].verdict == "false"
    _assert_as_read_afresh(derived, built_store)
    assert counted["network"].calls == 2


def test_another_write_during_a_review_makes_the_cache_read_everything(built_store: Store, counted: dict[str, Counted], monkeypatch) -> None:
    """A writer that does not take the write lock (a build) lands between the review's reading and its writing."""
    derived = DerivedCache(built_store)
    _everything(derived)
    check = reviews.check

    def check_while_someone_writes(quads) -> None:
        built_store.update(NEW_ENTITY)
        check(quads)

    monkeypatch.setattr(reviews, "check", check_while_someone_writes)
    _review(built_store, DEALROOM, "mostly_true", 0)
    assert "zeta-robotics" in derived.network().entities
    _assert_as_read_afresh(derived, built_store)
    assert counted["network"].calls == 2


def test_a_review_after_another_write_makes_the_cache_read_everything(built_store: Store, counted: dict[str, Counted]) -> None:
    derived = DerivedCache(built_store)
    _everything(derived)
    built_store.update(NEW_ENTITY)
    _review(built_store, DEALROOM, "mostly_true", 0)
    assert "zeta-robotics" in derived.network().entities
    _assert_as_read_afresh(derived, built_store)
    assert counted["network"].calls == 2


def test_only_a_review_leaves_the_structure_version(built_store: Store, bundled) -> None:
    """Every other write (an update, a curation, a retraction, a build) changes what the structure rests on."""
    writes = {
        "update": lambda: built_store.update(NEW_ENTITY),
        "validated update": lambda: validated_update(built_store, NEW_ENTITY.replace("zeta-robotics", "zeta-labs"), agent="Ed"),
        "retraction": lambda: curation.curate(built_store, FOUNDED, "retract", "Ed", note="the founders were misnamed"),
        "build": lambda: build(built_store, [bundled]),
    }
    for name, write in writes.items():
        before = built_store.structure_version
        write()
        assert built_store.structure_version > before, name
    before = (built_store.version, built_store.structure_version)
    _review(built_store, OPENAI, "true", 0)
    assert built_store.version > before[0] and built_store.structure_version == before[1]
