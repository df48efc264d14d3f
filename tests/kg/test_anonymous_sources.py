"""Anonymous sources belong to their document: one entity per phrase and document, never a bridge between articles."""

from __future__ import annotations

import pytest

from claimgraph.kg.errors import NotFoundError
from claimgraph.kg import analysis
from claimgraph.kg.curation import Edit, curate
from claimgraph.kg.ingest import IngestReport, ingest
from claimgraph.kg.namespaces import claim_iri, short_id
from claimgraph.kg.network import read_network
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import Store, open_store
from tests.conftest import ANONYMOUS, ANONYMOUS_TITLES


def _anonymous_sources(store: Store) -> dict[str, str]:
    rows = store.select("SELECT ?source ?label WHERE { ?source a cg:AnonymousSource ; rdfs:label ?label }")
    return {short_id(row["source"]): str(row["label"]) for row in rows}


def _firm_and_source(report: IngestReport) -> tuple[str, str]:
    """The firm an article's funding claim is about, and that claim's claimant."""
    (funding,) = [claim for claim in report.claims if claim.type == "funding"]
    return funding.subject, funding.claimant


def test_the_same_phrase_in_two_articles_is_two_sources(store: Store, two_anonymous_articles: list[IngestReport]) -> None:
    (firm_a, source_a), (firm_b, source_b) = map(_firm_and_source, two_anonymous_articles)
    sources = _anonymous_sources(store)
    assert set(sources) == {source_a, source_b} and source_a != source_b and firm_a != firm_b
    for source, title in zip((source_a, source_b), ANONYMOUS_TITLES.values()):
        assert sources[source] == f"people familiar with the matter (in {title})"


def test_no_path_runs_between_their_firms(two_anonymous_articles: list[IngestReport], store: Store) -> None:
    (firm_a, source_a), (firm_b, source_b) = map(_firm_and_source, two_anonymous_articles)
    network = read_network(store)
    graph = network.graph()
    assert analysis.explain_path(network, graph, firm_a, source_a)["length"] == 1  # each firm is linked to its own source
    assert analysis.explain_path(network, graph, firm_b, source_b)["length"] == 1
    with pytest.raises(NotFoundError, match="no chain of claims links"):
        analysis.explain_path(network, graph, firm_a, firm_b)


def test_the_same_phrase_twice_in_one_article_is_one_source(store: Store, two_anonymous_articles: list[IngestReport]) -> None:
    halden = two_anonymous_articles[1]
    claimants = {claim.claimant for claim in halden.claims}
    assert len(halden.claims) == 2 and len(claimants) == 1  # "people familiar ..." and "People familiar ..."
    assert [entity.id for entity in halden.proposed if entity.type == "anonymous_source"] == list(claimants)


def test_the_source_id_is_the_same_on_every_ingest(two_anonymous_articles: list[IngestReport]) -> None:
    fresh = open_store(MEMORY)
    try:
        again = ingest(fresh, (ANONYMOUS / "corvid.txt").read_text(encoding="utf-8"), "2025-04-01", title=ANONYMOUS_TITLES["corvid.txt"])
    finally:
        fresh.close()
    assert _firm_and_source(again) == _firm_and_source(two_anonymous_articles[0])


def test_a_curator_naming_the_phrase_gets_the_source_of_the_claims_own_article(
    store: Store, two_anonymous_articles: list[IngestReport]
) -> None:
    corvid = two_anonymous_articles[0]
    _, source = _firm_and_source(corvid)
    (located,) = [claim for claim in corvid.claims if claim.type == "location"]
    curate(store, located.id, "edit", "a tester", edit=Edit(claimant="People familiar with the matter"))
    (row,) = store.select(f"SELECT ?who WHERE {{ <{claim_iri(located.id)}> prov:wasAttributedTo ?who }}")
    assert short_id(row["who"]) == source
    assert len(_anonymous_sources(store)) == 2
