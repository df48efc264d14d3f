"""The network the service keeps: each claim as it links (read in one query), its record read when shown."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.kg import cells, reviews
from claimgraph.kg.namespaces import claim_iri
from claimgraph.kg.network import Filters, filter_network, read_network, read_structure
from claimgraph.kg.projection import ClaimLink, ClaimRecord
from claimgraph.kg.build import vocabulary_quads
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import Store, insert_data, open_store
from tests.kg.test_network import review

OPENAI = "openai-valuation-300bn"


def _link(claim: ClaimLink) -> ClaimLink:
    return ClaimLink(**{field.name: getattr(claim, field.name) for field in fields(ClaimLink)})


def _edges(graph) -> dict:
    return {frozenset(edge[:2]): edge[2] for edge in graph.edges(data=True)}


def test_the_links_are_the_records_less_their_words(built_store: Store) -> None:
    review(built_store, OPENAI, "r1", "2025-03-01", "Mostly true")  # two reviews no revision links: the newest counts
    review(built_store, OPENAI, "r2", "2025-04-01", "True")
    whole, links = read_network(built_store), read_structure(built_store)
    assert links.entities == whole.entities and list(links.claims) != [] and sorted(links.claims) == sorted(whole.claims)
    assert all(type(claim) is ClaimLink for claim in links.claims.values())
    assert {key: _link(record) for key, record in whole.claims.items()} == links.claims
    assert links.claims[OPENAI].verdict == "true"
    graph, expected = links.graph(), whole.graph()
    assert list(graph.nodes(data=True)) == list(expected.nodes(data=True)) and _edges(graph) == _edges(expected)
    funding = Filters(claim_types=("funding",), verdicts=(reviews.NOT_REVIEWED,))
    assert filter_network(links, funding).claims.keys() == filter_network(whole, funding).claims.keys()


def test_records_are_read_for_the_claims_asked_for(built_store: Store) -> None:
    whole, links = read_network(built_store), read_structure(built_store)
    few = sorted(whole.claims)[:3][::-1]
    assert list(links.records(few)) == few, "in the order given"
    assert links.records([*few, "no-such-claim", few[0]]) == {key: whole.claims[key] for key in few}
    assert links.records(links.claims) == whole.claims and links.whole().claims == whole.claims
    assert whole.records(few) == {key: whole.claims[key] for key in few} and all(
        record is whole.claims[key] for key, record in whole.records(few).items()), "a network of records reads nothing"
    assert links.whole().claims == whole.claims and links.whole().entities == whole.entities
    statements = {key: record.statement for key, record in whole.claims.items()}
    assert links.statements([*links.claims, "no-such-claim"]) == statements == whole.statements(whole.claims)


def test_a_record_read_later_carries_the_verdict_of_the_network_it_is_shown_with(built_store: Store) -> None:
    """A tooltip drawn from a network read before a review says what the graph and its filters say."""
    links = read_structure(built_store)
    reviews.add_review(built_store, OPENAI, "false", "the filing says otherwise", [], "Ann")
    assert links.records([OPENAI])[OPENAI].verdict == reviews.NOT_REVIEWED == links.claims[OPENAI].verdict
    assert read_structure(built_store).records([OPENAI])[OPENAI].verdict == "false"


def test_a_claim_a_write_took_away_is_left_out_not_invented(built_store: Store) -> None:
    links = read_structure(built_store)
    built_store.update(f"DELETE WHERE {{ <{claim_iri(OPENAI)}> ?p ?o }}")
    assert OPENAI not in links.records([OPENAI]) and len(links.records(links.claims)) == len(links.claims) - 1


def test_an_empty_store_has_no_links(store: Store) -> None:
    network = read_structure(store)
    assert network.claims == {} and network.records(["anything"]) == {}


@pytest.fixture(scope="module")
def shared(bundled_quads) -> Store:
    store = open_store(MEMORY)
    store.update(insert_data(vocabulary_quads() + bundled_quads))
    yield store
    store.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_choice_of_ids_reads_exactly_those_records(shared: Store, data) -> None:
    whole, links = read_network(shared), read_structure(shared)
    asked = data.draw(st.lists(st.sampled_from(sorted(whole.claims) + ["no-such-claim", "../x", ""]), max_size=40))
    found = links.records(asked)
    assert list(found) == [key for key in dict.fromkeys(asked) if key in whole.claims]
    assert all(isinstance(record, ClaimRecord) and record == whole.claims[key] for key, record in found.items())


def test_the_links_are_the_same_when_the_reader_forgets_the_terms_it_converted(built_store: Store, monkeypatch) -> None:
    expected = read_structure(built_store)
    monkeypatch.setattr(cells, "MEMO_TERMS", 3)
    assert read_structure(built_store) == expected and cells.select_cells(built_store, "SELECT ?s WHERE { ?s a cg:Claim }")


def test_records_are_looked_up_once_per_network_and_never_all_at_once(built_store: Store, monkeypatch) -> None:
    from claimgraph.kg import projection

    asked: list[int] = []
    read_claims = projection.read_claims
    monkeypatch.setattr(projection, "read_claims", lambda store, ids, *rest: asked.append(len(ids)) or read_claims(store, ids, *rest))
    monkeypatch.setattr(projection, "every_claim", lambda *args, **kwargs: pytest.fail("a scan of every claim"))
    links = read_structure(built_store)
    first = links.records(links.claims)
    assert links.records(links.claims) == first and asked == [len(links.claims)]
    reviewed = replace(links, claims={**links.claims, OPENAI: replace(links.claims[OPENAI], review=None, status="in_review")})
    assert reviewed.records([OPENAI])[OPENAI].status == "in_review" and asked == [len(links.claims)], "read before, shown as this network has it"


def test_a_patched_network_keeps_the_records_read_but_those_of_the_claims_written(built_store: Store) -> None:
    from claimgraph.kg.network import patch_network
    from claimgraph.kg.store import Touched

    links = read_structure(built_store)
    links.records(links.claims)
    built_store.update(f'DELETE {{ ?c cg:statement ?s }} INSERT {{ ?c cg:statement "Edited." }} WHERE {{ BIND(<{claim_iri(OPENAI)}> AS ?c) ?c cg:statement ?s }}')
    patched = patch_network(built_store, links, Touched(frozenset({OPENAI}), frozenset()))
    assert OPENAI not in patched.read and set(patched.read) == set(links.claims) - {OPENAI}
    assert patched.records([OPENAI])[OPENAI].statement == "Edited." and links.records([OPENAI])[OPENAI].statement != "Edited."
