"""Ingest: the document and its candidates stored in the curated claims' shape, linking, the same text twice,
bad input and failed writes leaving the store exactly as it was."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

import pytest
from rdflib import URIRef

from claimgraph.claims.errors import EmptyInputError, EncodingError, InputError, InputTooLargeError
from claimgraph.kg.errors import QueryError, ValidationError
from claimgraph.claims.extraction import extract
from claimgraph.claims.model import Entity
from claimgraph.kg import ingest as ingest_module
from claimgraph.kg import linking
from claimgraph.kg.ingest import ingest
from claimgraph.kg.mapping import entity_quads
from claimgraph.kg.namespaces import CG, OA, claim_iri, document_iri, short_id
from claimgraph.kg.store import Store, insert_data
from tests.conftest import snapshot

TEXT = (
    "Nimbus Labs, the Leeds-based start-up, is valued at about £300m, sources close to the deal said. "
    "Nimbus Labs raised £40m last year, according to Dealroom. What a remarkable run it has been!"
)
PUBLISHED = "2025-05-01"
NIMBUS = Entity(id="nimbus-laboratories", type="firm", label="Nimbus Laboratories Ltd", aliases=("nimbus labs",))
"""An entity known before the ingest, whose lower-case alias is how the text names it."""


def _objects(store: Store, subject: URIRef, prop: URIRef) -> list[str]:
    return sorted(str(o) for o in store.dataset.objects(subject, prop))


def test_document_and_candidates_are_stored(store: Store) -> None:
    report = ingest(store, TEXT, PUBLISHED, title="Nimbus valued at £300m", url="https://example.org/nimbus", now=dt.datetime(2025, 5, 2, tzinfo=dt.timezone.utc))
    expected = extract(TEXT, PUBLISHED)
    assert report.created and len(report.claims) == len(expected) == 3
    doc = document_iri(report.document)
    assert _objects(store, doc, CG.sha256) == [hashlib.sha256(TEXT.encode("utf-8")).hexdigest()]
    assert _objects(store, doc, CG.text) == [TEXT]
    # the publisher was not given: recorded as unknown, and own-voice claims would go to an unnamed publication
    assert _objects(store, doc, CG.unknown) == ["http://purl.org/dc/terms/publisher"]
    rows = store.select(
        f"""SELECT ?claim ?start ?end ?exact ?status WHERE {{
              ?claim prov:wasDerivedFrom <{doc}> ; cg:status ?s ; cg:anchor/oa:hasSelector ?p, ?q .
              ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact . BIND (STRAFTER(STR(?s), "#") AS ?status) }}"""
    )
    assert sorted((int(r["start"]), int(r["end"])) for r in rows) == sorted((c.start, c.end) for c in expected)
    assert {r["status"] for r in rows} == {"candidate"}
    assert all(r["exact"] == TEXT[int(r["start"]) : int(r["end"])] for r in rows)


def _shape(store: Store, claim: URIRef) -> dict[str, frozenset]:
    """The properties on each node of a claim: the claim, its anchor, its selectors, its time, and its assertion graph."""
    graph = store.dataset
    target = graph.value(claim, CG.anchor)
    nodes = {"claim": [claim], "target": [target], "selectors": list(graph.objects(target, OA.hasSelector))}
    shape = {name: frozenset(p for node in found for p in graph.predicates(node, None)) for name, found in nodes.items()}
    shape["assertion"] = frozenset(p for _, p, _ in graph.graph(claim))
    shape["value"] = frozenset(p for s, p, _ in graph.graph(claim) if str(s).endswith("#value"))
    return shape


@pytest.mark.parametrize(("kind", "curated"), [("funding", "uk-ai-sector-vc-funding-2024"), ("location", "deepmind-location-london")])
def test_ingested_claims_have_the_shape_of_curated_ones(built_store: Store, kind: str, curated: str) -> None:
    report = ingest(built_store, TEXT, PUBLISHED)
    ingested = next(claim_iri(c.id) for c in report.claims if c.type == kind)
    mine, theirs = _shape(built_store, ingested), _shape(built_store, claim_iri(curated))
    mine["claim"], theirs["claim"] = mine["claim"] - {CG.hedge}, theirs["claim"] - {CG.hedge}  # hedged or not
    assert mine == theirs


def test_names_link_to_labels_and_aliases_case_insensitively(built_store: Store) -> None:
    built_store.update(insert_data(list(entity_quads(NIMBUS))))
    report = ingest(built_store, TEXT, PUBLISHED, publisher="The Daily Ledger")
    assert {c.subject for c in report.claims} == {"nimbus-laboratories"}  # "Nimbus Labs" is the alias "nimbus labs"
    assert {"nimbus-laboratories", "dealroom"} <= set(report.linked)
    assert "sources-close-to-the-deal" not in report.linked  # the curated article's anonymous source is its own
    funding = next(c for c in report.claims if c.type == "funding")
    assert funding.claimant == "dealroom" and funding.predicate == "fundingRaised"
    proposed = {e.label: e.type for e in report.proposed}
    assert proposed == {"The Daily Ledger": "publication", "Leeds": "place", f"sources close to the deal (in {report.document})": "anonymous_source"}
    labels = built_store.select('SELECT ?e WHERE { ?e rdfs:label ?l FILTER (LCASE(STR(?l)) = "nimbus labs") }')
    assert labels == []  # no second entity for the same firm
    activity = built_store.select(
        f"""SELECT ?generated WHERE {{ ?a a cg:Ingestion ; prov:used <{document_iri(report.document)}> ; prov:generated ?generated }}"""
    )
    generated = {str(row["generated"]) for row in activity}
    assert str(URIRef("https://w3id.org/claimgraph/id/entity/leeds")) in generated
    assert not any(g.endswith("/nimbus-laboratories") for g in generated)


def test_descriptions_are_not_used_as_aliases(built_store: Store) -> None:
    names = linking.linker(built_store, "some-document")
    assert names.resolve("British AI start-ups") == "uk-ai-sector"  # an alias that is a name
    assert names.resolve("the company") != "anthropic"  # an alias that is a description of the one article
    assert list(names.linked) == ["uk-ai-sector"] and list(names.proposed) == ["the-company"]


def test_the_same_document_twice_adds_nothing(store: Store) -> None:
    first = ingest(store, TEXT, PUBLISHED)
    before = snapshot(store)
    again = ingest(store, TEXT.encode("utf-8"), "2025-06-01", title="Another title")
    assert not again.created and again.document == first.document and again.claims == ()
    assert snapshot(store) == before


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", EmptyInputError),
        (" \n\t ", EmptyInputError),
        (b"Nimbus \xff raised \xfe", EncodingError),
        ("Nimbus Labs raised £40m.\x00\x01\x02", EncodingError),
        ("Nimbus Labs raised £40m. " * 10, InputTooLargeError),
    ],
)
def test_bad_input_is_one_clear_error_and_stores_nothing(built_store: Store, text: str | bytes, error: type) -> None:
    before = snapshot(built_store)
    with pytest.raises(error):
        ingest(built_store, text, PUBLISHED, max_bytes=200)
    assert snapshot(built_store) == before


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("published", "2025-02-30", "is not a date"), ("published", "last year", "is not a date"), ("url", "ftp://example.org/x", "not an http")],
)
def test_bad_metadata_stores_nothing(store: Store, field: str, value: str, message: str) -> None:
    arguments = {"published": PUBLISHED, "url": None} | {field: value}
    with pytest.raises(InputError, match=message):
        ingest(store, TEXT, arguments["published"], url=arguments["url"])
    assert snapshot(store) == set()


def test_a_claim_that_breaks_a_shape_stores_nothing(built_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    real = ingest_module.candidate_claim

    def undeclared_predicate(*args, **kwargs):
        claim = real(*args, **kwargs)
        return dataclasses.replace(claim, predicate="notInTheVocabulary") if claim and claim.type == "funding" else claim

    monkeypatch.setattr(ingest_module, "candidate_claim", undeclared_predicate)
    before = snapshot(built_store)
    with pytest.raises(ValidationError, match="notInTheVocabulary"):
        ingest(built_store, TEXT, PUBLISHED)
    assert snapshot(built_store) == before


def test_a_write_that_fails_half_way_leaves_the_store_as_it_was(built_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The document, the claims and the activity go in one update request: when its last operation
    fails, the earlier ones are not applied either."""

    def broken(quads):
        return insert_data(quads) + " ;\nINSERT DATA { <urn:x> <urn:y> "

    monkeypatch.setattr(ingest_module, "insert_data", broken)
    before = snapshot(built_store)
    with pytest.raises(QueryError):
        ingest(built_store, TEXT, PUBLISHED)
    assert snapshot(built_store) == before


def test_a_fresh_store_gets_the_vocabulary(store: Store) -> None:
    ingest(store, TEXT, PUBLISHED)
    rows = store.select("SELECT ?label WHERE { GRAPH <https://w3id.org/claimgraph/ns> { cg:fundingRaised rdfs:label ?label } }")
    assert [row["label"] for row in rows] == ["funding raised"]


def test_a_claim_with_no_time_phrase_is_stored_without_a_time_about(store: Store) -> None:
    """Its time is unknown, not the publication date; when it was stated is the document's date."""
    report = ingest(store, TEXT, PUBLISHED)
    times = {
        short_id(row["claim"]): (None if row["about"] is None else str(row["about"]), str(row["stated"]))
        for row in store.select("SELECT ?claim ?about ?stated WHERE { ?claim a cg:Claim ; cg:stated/cg:timeValue ?stated "
                                "OPTIONAL { ?claim cg:timeAbout/cg:timeValue ?about } }")
    }
    by_type = {claim.type: claim.id for claim in report.claims}
    assert times[by_type["valuation"]] == (None, PUBLISHED)  # "is valued at about £300m": no time words
    assert times[by_type["funding"]] == ("2024", PUBLISHED)  # "raised £40m last year"
    assert not store.select(f"SELECT ?node WHERE {{ <{claim_iri(by_type['valuation'])}> cg:timeAbout ?node }}")
