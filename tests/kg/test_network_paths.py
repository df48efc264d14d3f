"""The network reads the embedded Oxigraph store natively and a remote store through rdflib: both give the same network."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from claimgraph.claims.loader import load_claim_set
from claimgraph.kg import reviews
from claimgraph.kg.build import build, vocabulary_quads
from claimgraph.kg.mapping import claim_set_quads
from claimgraph.kg.network import Network, read_network
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import Store, insert_data, open_store
from tests.kg.test_network import review

NETWORK_DATA = Path(__file__).resolve().parents[1] / "data" / "network"


def fill(store: Store, bundled) -> None:
    """The bundled article and a second claim set, with reviews of every shape the network reads."""
    store.update(insert_data(vocabulary_quads() + claim_set_quads(bundled)))
    build(store, [rivals()])
    review(store, "openai-valuation-300bn", "r1", "2025-03-01", "Mostly true")
    review(store, "openai-valuation-300bn", "r2", "2025-04-01", "True")
    review(store, "nvidia-market-cap-3tn", "r3", "2025-04-01", "Misleading")
    review(store, "nvidia-market-cap-3tn", "r4", "2025-04-01", "False")  # the same day: a tie
    when = datetime(2025, 5, 2, 9, 30, tzinfo=timezone.utc)
    reviews.add_review(store, "uk-ai-sector-vc-funding-2024", "true", "matches Dealroom", [], "Ann", now=when)


def rivals():
    return load_claim_set(NETWORK_DATA / "rivals.yaml", NETWORK_DATA)


def fields(network: Network) -> tuple[dict, dict]:
    """Every entity and claim record, field by field."""
    return (
        {key: vars(entity) for key, entity in network.entities.items()},
        {key: {**vars(claim), "value": None if claim.value is None else vars(claim.value)} for key, claim in network.claims.items()},
    )


@pytest.fixture
def both(oxigraph, bundled):
    """The same data in the embedded store and in a remote Oxigraph server."""
    embedded = open_store(MEMORY)
    remote = open_store(oxigraph.query_url, oxigraph.update_url)
    remote.update("CLEAR ALL")
    for store in (embedded, remote):
        fill(store, bundled)
    yield embedded, remote
    embedded.close()
    remote.close()


def test_native_and_rdflib_reads_give_the_same_network(both, bundled) -> None:
    embedded, remote = both
    assert embedded.oxigraph is not None and remote.oxigraph is None  # the two paths
    native, through_rdflib = read_network(embedded), read_network(remote)
    assert set(native.claims) == {claim.id for claim_set in (bundled, rivals()) for claim in claim_set.claims}
    native_entities, native_claims = fields(native)
    rdflib_entities, rdflib_claims = fields(through_rdflib)
    assert native_entities == rdflib_entities
    for claim_id, record in native_claims.items():
        assert record == rdflib_claims[claim_id], claim_id
    assert native_claims.keys() == rdflib_claims.keys()
    # what the reviews and values come out as, so that both paths agreeing on nothing cannot pass
    assert native.claims["openai-valuation-300bn"].verdict_label == "True"
    assert native.claims["nvidia-market-cap-3tn"].verdict_label == "False"  # two unrevised reviews of one day: the greater IRI
    dealroom = native.claims["uk-ai-sector-vc-funding-2024"]
    assert (dealroom.verdict, dealroom.review.date) == ("true", "2025-05-02 09:30:00+00:00")
    assert dealroom.value_text == "4.7bn GBP" and dealroom.about.value == "2024"
    founding = native.claims["anthropic-founding-year-2021"].value
    assert (founding.text, founding.datatype) == ("2021", "gYear")


def test_native_and_rdflib_reads_give_the_same_graph(both) -> None:
    embedded, remote = both
    native, through_rdflib = read_network(embedded).graph(), read_network(remote).graph()
    assert list(native.nodes(data=True)) == list(through_rdflib.nodes(data=True))
    assert list(native.edges(data=True)) == list(through_rdflib.edges(data=True))
    assert native.number_of_edges() > 20
