"""pyshacl-turbo, the validation engine, reports what pySHACL reports on our shapes.

A valid record (the two-claim set, a review revising another, a curation with
a change, an ingestion, a build, an editor's update and an imported external review) is corrupted one way at
a time so that every shape of ``ontology/shapes.ttl`` is broken at least once;
both engines validate each corrupted graph and must find the same
(focus node, path, constraint component) results, and the result the
corruption aims at.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SH, XSD

from claimgraph.claims.model import ClaimSet
from claimgraph.kg.activities import build_quads, update_quads
from claimgraph.kg.curation import curation_iri, curation_quads
from claimgraph.kg.factcheck_input import ExternalReview
from claimgraph.kg.factchecks import Match, import_quads, review_quads as external_review_quads
from claimgraph.kg.fulfilment import _quads as fulfilment_quads
from claimgraph.kg.fulfilment import record_iri
from claimgraph.kg.ingest import ingestion_quads
from claimgraph.kg.mapping import DEFAULT, Quad, claim_set_quads
from claimgraph.kg.namespaces import BASE, CG, OA, SCHEMA, claim_iri, document_iri, entity_iri
from claimgraph.kg.reviews import review_iri, review_quads, reviewing_iri, scale
from claimgraph.kg.validation import data_graph, engine_report, report, violations
from claimgraph.kg.vocabulary import shapes

CLAIM = claim_iri("zephyr-valuation-2024")
PLEDGE = claim_iri("zephyr-staff-pledge")
WHEN = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.timezone.utc)
FIRST, SECOND = review_iri("zephyr-valuation-2024", 1), review_iri("zephyr-valuation-2024", 2)
CURATION = curation_iri("zephyr-staff-pledge", 1)
FULFILMENT = record_iri("zephyr-staff-pledge", 1)
DOCUMENT = document_iri("zephyr-test-article")
EXTERNAL = URIRef(f"{BASE}external-review/0123456789abcdef01234567")


def _record(mini: ClaimSet) -> list[Quad]:
    verdict = scale().verdicts["mostly_true"]
    quads = claim_set_quads(mini)
    quads += review_quads(FIRST, CLAIM, verdict, "First look.", [], "ana", WHEN, None, reviewing_iri("zephyr-valuation-2024", 1))
    quads += review_quads(SECOND, CLAIM, verdict, "Checked the filing.", [URIRef("https://example.org/filing")], "ben", WHEN,
                          FIRST, reviewing_iri("zephyr-valuation-2024", 2), display_name="Ben R.")
    quads += curation_quads(CURATION, PLEDGE, "edit", "unverified", "unverified", "cleo", WHEN, "typo",
                            [("statement", "old words", "new words")], [])
    quads += ingestion_quads("zephyr-test-article", [PLEDGE], "dan", WHEN)
    quads += build_quads("eve", WHEN, [DOCUMENT])
    quads += update_quads("fay", WHEN, "INSERT DATA {}", "", "", [CLAIM])
    quads += fulfilment_quads(FULFILMENT, URIRef(f"{BASE}fulfilment-recording/zephyr-staff-pledge--1"), PLEDGE, "kept",
                              "The staff were hired.", [], WHEN.date(), "gus", WHEN, None)
    checked = ExternalReview("https://checks.example/z", "Half-True", "Checks", "checks.example", "2026-12-01", "A check", "en",
                             "Zephyr is worth a lot.", "Zed", "2026-11-30T10:00:00+00:00", ())
    quads += external_review_quads(EXTERNAL, checked, Match((CLAIM.removeprefix(f"{BASE}claim/"),), "text"))
    quads += import_quads(URIRef(f"{BASE}claimreview-import/x"), "hal", WHEN, "checks.json", "0" * 64, [EXTERNAL], set())
    return quads


def _of(quads: list[Quad], predicate: URIRef, subject: str | None = None) -> Quad:
    """The first quad with this predicate (and a subject starting so)."""
    return next(q for q in quads if q[1] == predicate and (subject is None or str(q[0]).startswith(subject)))


def _drop(predicate: URIRef, subject: str | None = None) -> Callable[[list[Quad]], list[Quad]]:
    def corrupt(quads: list[Quad]) -> list[Quad]:
        gone = _of(quads, predicate, subject)
        return [q for q in quads if q != gone]
    return corrupt


def _set(predicate: URIRef, value: object, subject: str | None = None) -> Callable[[list[Quad]], list[Quad]]:
    def corrupt(quads: list[Quad]) -> list[Quad]:
        old = _of(quads, predicate, subject)
        return [(q[0], q[1], value, q[3]) if q == old else q for q in quads]
    return corrupt


def _add(*added: Quad) -> Callable[[list[Quad]], list[Quad]]:
    return lambda quads: quads + list(added)


def _shift_anchor(quads: list[Quad]) -> list[Quad]:
    shifted = []
    for s, p, o, g in quads:
        if p in (OA.start, OA.end) and str(s).startswith(str(CLAIM)):
            o = Literal(int(o) + 1, datatype=XSD.integer)
        shifted.append((s, p, o, g))
    return shifted


def _time_without_value_or_words(quads: list[Quad]) -> list[Quad]:
    node = URIRef(f"{PLEDGE}#about")
    return [q for q in quads if q[0] != node or q[1] == RDF.type]


def _money_without_amount(quads: list[Quad]) -> list[Quad]:
    return [q for q in quads if q[1] not in (SCHEMA.value, SCHEMA.minValue, SCHEMA.maxValue)]


def _touched_literal(quads: list[Quad]) -> list[Quad]:
    update = next(q[0] for q in quads if q[1] == RDF.type and q[2] == CG.SparqlUpdate)
    return quads + [(update, CG.touched, Literal("x"), DEFAULT)]


E = str(entity_iri("zephyr-robotics"))
C = str(CLAIM)
CORRUPTIONS: dict[str, tuple[Callable[[list[Quad]], list[Quad]], URIRef]] = {
    # ClaimShape
    "shifted anchor": (_shift_anchor, SH.SPARQLConstraintComponent),
    "missing document link": (_drop(PROV.wasDerivedFrom, C), SH.MinCountConstraintComponent),
    "document that is not one": (_set(PROV.wasDerivedFrom, entity_iri("zephyr-robotics"), C), SH.ClassConstraintComponent),
    "two claimants": (_add((CLAIM, PROV.wasAttributedTo, entity_iri("zephyr-robotics"), DEFAULT)), SH.MaxCountConstraintComponent),
    "empty statement": (_set(CG.statement, Literal(""), C), SH.MinLengthConstraintComponent),
    "statement of the wrong datatype": (_set(CG.statement, Literal(3), C), SH.DatatypeConstraintComponent),
    "predicate that is a literal": (_set(CG.predicate, Literal("valuation"), C), SH.NodeKindConstraintComponent),
    "undeclared predicate": (_set(CG.predicate, URIRef("https://w3id.org/claimgraph/ns#rumouredWorth"), C), SH.NodeConstraintComponent),
    "hedge that is not a string": (_add((CLAIM, CG.hedge, Literal(1), DEFAULT)), SH.DatatypeConstraintComponent),
    "missing anchor": (_drop(CG.anchor, C), SH.MinCountConstraintComponent),
    # TimeShape (through sh:node)
    "time with neither value nor words": (_time_without_value_or_words, SH.NodeConstraintComponent),
    "time of an unknown precision": (_set(CG.precision, Literal("decade"), str(PLEDGE)), SH.NodeConstraintComponent),
    "time value of the wrong datatype": (_set(CG.timeValue, Literal("2027"), str(PLEDGE)), SH.NodeConstraintComponent),
    # AnchorShape (through sh:node)
    "anchor start of the wrong datatype": (_set(OA.start, Literal("0"), C), SH.NodeConstraintComponent),
    "anchor with a negative start": (_set(OA.start, Literal(-1, datatype=XSD.integer), C), SH.NodeConstraintComponent),
    "quote that disagrees": (_set(OA.exact, Literal("Something else entirely"), C), SH.NodeConstraintComponent),
    # MoneyShape
    "bad currency": (_set(SCHEMA.currency, Literal("XYZ")), SH.InConstraintComponent),
    "money without an amount": (_money_without_amount, SH.OrConstraintComponent),
    "amount of the wrong datatype": (_set(SCHEMA.value, Literal(1.5e8)), SH.DatatypeConstraintComponent),
    "approximate that is not a boolean": (_set(CG.approximate, Literal("yes")), SH.DatatypeConstraintComponent),
    # DocumentShape
    "hash in upper case": (_set(CG.sha256, Literal("B3E63CAC7FB8D5625ADE0242F9CA2FDE820B76C9DC4BE1C62715F5E5F4E6B03C")), SH.PatternConstraintComponent),
    "document without a language": (_drop(URIRef("http://purl.org/dc/terms/language")), SH.MinCountConstraintComponent),
    # EntityShape
    "entity without a label": (_drop(RDFS.label, E), SH.MinCountConstraintComponent),
    "entity with an empty label": (_set(RDFS.label, Literal(""), E), SH.MinLengthConstraintComponent),
    # ClaimReviewShape, RatingShape, ReviewerShape
    "review of nothing": (_drop(SCHEMA.itemReviewed, str(SECOND)), SH.MinCountConstraintComponent),
    "blank rationale": (_set(SCHEMA.reviewBody, Literal("   "), str(SECOND)), SH.PatternConstraintComponent),
    "evidence that is not a web link": (_set(SCHEMA.citation, URIRef("ftp://example.org/x"), str(SECOND)), SH.PatternConstraintComponent),
    "two current reviews": (_drop(PROV.wasRevisionOf, str(SECOND)), SH.SPARQLConstraintComponent),
    "rating without a value": (_drop(SCHEMA.ratingValue, str(SECOND)), SH.NodeConstraintComponent),
    "reviewer with a blank name": (_set(SCHEMA.name, Literal(" "), f"{SECOND}#author"), SH.NodeConstraintComponent),
    "two display names": (_add((URIRef(f"{SECOND}#author"), CG.displayName, Literal("B."), DEFAULT)), SH.NodeConstraintComponent),
    # IngestionShape
    "ingestion of no document": (_drop(PROV.used, "https://w3id.org/claimgraph/id/ingestion/"), SH.MinCountConstraintComponent),
    "ingestion without an end": (_drop(PROV.endedAtTime, "https://w3id.org/claimgraph/id/ingestion/"), SH.MinCountConstraintComponent),
    # CurationShape, RetractionShape, ChangeShape
    "curation of an unknown action": (_set(CG.action, Literal("erase"), str(CURATION)), SH.InConstraintComponent),
    "retraction without a reason": (lambda q: _drop(RDFS.comment, str(CURATION))(_set(CG.action, Literal("retract"), str(CURATION))(q)),
                                    SH.OrConstraintComponent),
    "change of an unknown field": (_set(CG.field, Literal("colour")), SH.NodeConstraintComponent),
    # ActivityShape, SparqlUpdateShape
    "build without an end": (_drop(PROV.endedAtTime, "https://w3id.org/claimgraph/id/build/"), SH.MinCountConstraintComponent),
    "update without its text": (_drop(CG.updateText), SH.MinCountConstraintComponent),
    "update that touched a literal": (_touched_literal, SH.NodeKindConstraintComponent),
    # RecordTimeShape
    "a claim put on the record by no write": (_add((URIRef("https://example.org/not-a-write"), CG.putOnRecord, CLAIM, DEFAULT)),
                                              SH.HasValueConstraintComponent),
    # FulfilmentShape
    "fulfilment in an unknown state": (_set(CG.fulfilmentState, URIRef("https://w3id.org/claimgraph/ns/fulfilment#forgotten")),
                                       SH.InConstraintComponent),
    "fulfilment without a rationale": (_drop(CG.rationale), SH.MinCountConstraintComponent),
    # ExternalReviewShape
    "external review without a url": (_drop(SCHEMA.url, str(EXTERNAL)), SH.MinCountConstraintComponent),
    "external review of an unknown match": (_set(CG.matchedBy, Literal("guess"), str(EXTERNAL)), SH.InConstraintComponent),
    "external review no import generated": (_drop(PROV.generated, f"{BASE}claimreview-import/"), SH.MinCountConstraintComponent),
}
"""Each corruption and the constraint component its result must carry."""


def pyshacl_turbo_report(quads: list[Quad]) -> tuple:
    """The engine's own report of the quads, as a graph."""
    return engine_report(quads)


ANCHOR = URIRef(f"{CLAIM}#target")
RDFLIB_SPARQL = {
    # "0" >= 142 compares a string with a number: a type error in SPARQL, so the anchor's check binds no
    # ?problem and reports nothing; rdflib's engine compares them anyway and reports the anchor.
    "anchor start of the wrong datatype": {(ANCHOR, None, SH.SPARQLConstraintComponent)},
    # SUBSTR(?text, 0, 143) is the first 142 characters in SPARQL (XPath's fn:substring), the quote
    # itself; rdflib slices the Python string from -1 and reports a disagreeing quote.
    "anchor with a negative start": {(ANCHOR, None, SH.SPARQLConstraintComponent)},
}
"""What pySHACL reports beyond pyshacl-turbo, where rdflib's SPARQL engine departs from the SPARQL spec.
Both engines reject these graphs (the datatype and the lower bound are Core constraints)."""


def _key(found: list) -> set[tuple[object, str | None, URIRef]]:
    return {(v.focus, v.path, v.component) for v in found}


def _pyshacl(quads: list[Quad]) -> list:
    data = Graph()
    data += data_graph(quads)  # pySHACL needs rdflib's default store
    conforms, graph, _ = pyshacl.validate(data, shacl_graph=shapes(), advanced=True, allow_warnings=True)
    return [] if conforms else violations(graph)


@pytest.fixture(scope="module")
def record(request: pytest.FixtureRequest) -> list[Quad]:
    return _record(request.getfixturevalue("mini"))


def test_the_record_is_valid_for_both_engines(record: list[Quad]) -> None:
    assert report(record) == []
    assert _pyshacl(record) == []


@pytest.mark.parametrize("name", list(CORRUPTIONS))
def test_both_engines_report_the_same_violations(record: list[Quad], name: str) -> None:
    corrupt, component = CORRUPTIONS[name]
    quads = corrupt(record)
    assert quads != record, "the corruption changed nothing"
    turbo, reference = _key(report(quads)), _key(_pyshacl(quads))
    assert component in {key[2] for key in turbo}, turbo
    assert turbo | RDFLIB_SPARQL.get(name, set()) == reference


def test_every_shape_is_broken_by_some_corruption(record: list[Quad]) -> None:
    """Each node shape of the shapes file has a result of its own, or fails a node it is required of
    (``sh:node``), for at least one corruption."""
    graph = shapes()
    node_shapes = set(graph.subjects(RDF.type, SH.NodeShape))
    broken = set()
    for corrupt, _ in CORRUPTIONS.values():
        _, found, _ = pyshacl_turbo_report(corrupt(record))
        for shape in found.objects(None, SH.sourceShape):
            broken |= ({shape} | set(graph.subjects(SH.property, shape)) | set(graph.objects(shape, SH.node))) & node_shapes
    assert node_shapes - broken == set()
