"""A claim's page and the claim list's filters read only what they show, and show what the whole network holds."""

from __future__ import annotations

import pytest

from bench.corpus import corpus
from claimgraph.kg.errors import NotFoundError
from claimgraph.kg.build import build
from claimgraph.kg.network import Network, read_claim_network, read_network
from claimgraph.kg.resources import claim_filter_choices
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import Store, open_store


@pytest.fixture(scope="module")
def synthetic() -> Store:
    store = open_store(MEMORY)
    build(store, corpus(300))
    yield store
    store.close()


def test_a_claims_network_holds_its_record_and_entities_as_the_whole_network_has_them(built_store: Store) -> None:
    whole = read_network(built_store)
    assert len(whole.claims) > 20
    for claim_id, record in whole.claims.items():
        part = read_claim_network(built_store, [claim_id])
        assert part.claims == {claim_id: record}, claim_id
        named = {entity for entity in (record.subject, record.object, record.claimant) if entity}
        assert part.entities == {entity: whole.entities[entity] for entity in named}, claim_id
    assert read_claim_network(built_store, ["no-such-claim"]) == Network(entities={}, claims={})
    with pytest.raises(NotFoundError):
        read_claim_network(built_store, ["x> } ; DROP ALL ; <y"])


@pytest.mark.parametrize("name", ["built_store", "synthetic"])
def test_the_claim_filters_offer_what_the_network_holds(name: str, request: pytest.FixtureRequest) -> None:
    store = request.getfixturevalue(name)
    network = read_network(store)
    entities = [(entity.id, entity.label) for entity in sorted(network.entities.values(), key=lambda e: (e.label.lower(), e.id))]
    claimants = {claim.claimant for claim in network.claims.values()}
    documents = sorted({claim.document for claim in network.claims.values()})
    choices = claim_filter_choices(store)
    assert choices == {
        "entity": entities,
        "claimant": [(ident, label) for ident, label in entities if ident in claimants],
        "document": [(document, document) for document in documents],
    }
    assert len(choices["claimant"]) > 2 and choices["document"]  # something to compare in each
