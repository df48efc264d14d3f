"""Pages cut from the kept claim order are the pages the store sorts itself: same claims, same order, same totals."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bench.corpus import corpus
from claimgraph.kg import reviews
from claimgraph.kg.build import build
from claimgraph.kg.cache import DerivedCache
from claimgraph.kg.namespaces import claim_iri, short_id, sparql_prefixes
from claimgraph.kg.resources import ClaimFilter, claim_order, document_with_claims, find_claims, get_entity
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import Store, open_store

DAY = datetime(2025, 3, 1, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def many() -> Store:
    """30 synthetic articles, some of their claims reviewed: many documents, each with its own offsets."""
    store = open_store(MEMORY)
    build(store, corpus(300))
    for number, claim in enumerate(list(claim_order(store))[::7]):
        verdict = ("true", "false", "misleading")[number % 3]
        reviews.add_review(store, short_id(claim), verdict, "checked", [], "Ada", now=DAY + timedelta(days=number))
    yield store
    store.close()


def _entity_with_most_claims(store: Store) -> str:
    row = store.select(
        "SELECT ?entity (COUNT(?claim) AS ?n) WHERE { ?claim schema:about ?entity } GROUP BY ?entity ORDER BY DESC(?n) ?entity LIMIT 1"
    )[0]
    return short_id(row["entity"])


def _filters(store: Store) -> list[ClaimFilter]:
    hub = _entity_with_most_claims(store)
    document = short_id(store.select("SELECT ?d WHERE { ?c prov:wasDerivedFrom ?d } ORDER BY DESC(?d) LIMIT 1")[0]["d"])
    claimant = short_id(store.select("SELECT ?who WHERE { ?c prov:wasAttributedTo ?who } ORDER BY ?who LIMIT 1")[0]["who"])
    return [
        ClaimFilter(),
        ClaimFilter(type="valuation"),
        ClaimFilter(entity=hub),
        ClaimFilter(claimant=claimant),
        ClaimFilter(document=document),
        ClaimFilter(status="in_review"),
        ClaimFilter(verdict="none"),
        ClaimFilter(verdict="false"),
        ClaimFilter(about_from="2024", about_to="2025-06"),
        ClaimFilter(type="funding", entity=hub, verdict="none"),
        ClaimFilter(q="HAS pledged"),
    ]


WINDOWS = ((50, 0), (7, 13), (1000, 0), (10, 295), (5, 10_000), (None, 0), (None, 40))


def test_pages_cut_from_the_order_are_the_pages_the_store_sorts(many: Store) -> None:
    order = claim_order(many)
    assert len(order) == len(set(order)) == 300
    for where in _filters(many):
        for limit, offset in WINDOWS:
            sorted_by_store = find_claims(many, where, limit, offset).json()
            assert find_claims(many, where, limit, offset, order).json() == sorted_by_store, (where, limit, offset)
        assert find_claims(many, where, 1000, 0).total > 0, where  # every filter finds something to compare


def test_the_order_is_by_document_then_numeric_offset(many: Store) -> None:
    order = claim_order(many)
    listed = find_claims(many, ClaimFilter(), 1000, 0, order).items
    assert [claim["iri"] for claim in listed] == list(order)  # looked up in batches, every claim in its place
    keys = [(claim["document"]["iri"], claim["anchor"]["start"]) for claim in listed]
    assert keys == sorted(keys) and len({document for document, _ in keys}) == 30
    assert any(len(str(a)) < len(str(b)) for (_, a), (_, b) in zip(keys, keys[1:])), "offsets of differing lengths, compared as numbers"


def test_entity_and_document_resources_are_the_same_with_the_order(many: Store) -> None:
    order, hub = claim_order(many), _entity_with_most_claims(many)
    entity = get_entity(many, hub, order)
    assert entity == get_entity(many, hub) and len(entity["about"]) > 10
    documents = {claim["document"]["id"] for claim in find_claims(many, ClaimFilter(), 1000, 0, order).items}
    for document in sorted(documents)[::7]:
        with_order = document_with_claims(many, document, order)
        assert with_order == document_with_claims(many, document) and len(with_order["claims"]) == 10


def test_an_unlisted_claim_is_left_out_by_both(built_store: Store) -> None:
    """A claim without a start offset has no place in the order, and the store's own sort drops it as well."""
    claim = "uk-ai-sector-vc-funding-2024"
    built_store.update(sparql_prefixes() + f"DELETE {{ ?s oa:start ?x }} WHERE {{ <{claim_iri(claim)}> cg:anchor/oa:hasSelector ?s . ?s oa:start ?x }}")
    order = claim_order(built_store)
    assert claim_iri(claim) not in order and len(order) == 31
    assert find_claims(built_store, ClaimFilter(), 100, 0, order).json() == find_claims(built_store, ClaimFilter(), 100, 0).json()


def test_a_remote_store_gets_no_kept_order(oxigraph) -> None:
    remote = open_store(oxigraph.query_url, oxigraph.update_url)
    try:
        assert DerivedCache(remote).claim_order() is None
    finally:
        remote.close()


@pytest.mark.parametrize("words", ["HAS pledged", "computing", "raised venture"])
def test_words_are_looked_for_in_the_statement_or_the_quote(many: Store, words: str) -> None:
    """Each word, in any case, in the statement or in the quote (checked here against every listed claim's texts)."""
    everything = find_claims(many, ClaimFilter(), 1000, 0).items
    expected = [
        claim["id"] for claim in everything
        if all(word.lower() in claim["statement"].lower() or word.lower() in claim["anchor"]["exact"].lower() for word in words.split())
    ]
    found = find_claims(many, ClaimFilter(q=words), 1000, 0, claim_order(many))
    assert expected and [claim["id"] for claim in found.items] == expected and found.total == len(expected)
