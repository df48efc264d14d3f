"""Map the claim model to RDF quads: assertions in claim graphs, provenance about claim IRIs.

Every node gets a stable IRI (no blank nodes), so a rebuild yields the same quads.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib import namespace as rdf_namespaces
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from claimgraph.claims.model import Claim, ClaimSet, Document, Entity, Money, TimeRef
from claimgraph.claims.times import interval
from claimgraph.claims.model import Literal as LiteralValue
from claimgraph.kg import namespaces
from claimgraph.kg.namespaces import Terms, claim_iri, document_iri, entity_iri

Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef]
DEFAULT = DATASET_DEFAULT_GRAPH_ID

CG, CLAIM_TYPE, OA, SCHEMA, STATUS = (
    Terms(n) for n in (namespaces.CG, namespaces.CLAIM_TYPE, namespaces.OA, namespaces.SCHEMA, namespaces.STATUS)
)
"""The namespaces as :class:`~claimgraph.kg.namespaces.Terms`: mapping mints dozens of quads a claim."""
DCTERMS, PROV, RDF, RDFS, SKOS, XSD = (
    Terms(n) for n in (rdf_namespaces.DCTERMS, rdf_namespaces.PROV, rdf_namespaces.RDF, rdf_namespaces.RDFS,
                       rdf_namespaces.SKOS, rdf_namespaces.XSD)
)

_BOOLEAN = {flag: Literal(flag) for flag in (False, True)}
_TIME_DATATYPE = {"year": XSD.gYear, "month": XSD.gYearMonth, "day": XSD.date}
_LITERAL_DATATYPE = {"string": XSD.string, "gYear": XSD.gYear, "gYearMonth": XSD.gYearMonth, "date": XSD.date}


@lru_cache(maxsize=256)
def entity_class(entity_type: str) -> URIRef:
    """The class of an entity type.

    >>> entity_class("government_body")
    rdflib.term.URIRef('https://w3id.org/claimgraph/ns#GovernmentBody')
    """
    return CG["".join(part.capitalize() for part in entity_type.split("_"))]


def predicate_iri(name: str) -> URIRef:
    """The property a claim's assertion uses, from its local name."""
    return CG[name]


@lru_cache(maxsize=4096)
def decimal_literal(number: float) -> Literal:
    """An xsd:decimal in plain notation (no exponent), as the datatype requires.

    >>> decimal_literal(1.1e12)
    rdflib.term.Literal('1100000000000.0', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
    """
    return Literal(format(Decimal(repr(float(number))), "f"), datatype=XSD.decimal)


@lru_cache(maxsize=4096)
def _time_statements(time: TimeRef) -> tuple[tuple[URIRef, URIRef | Literal], ...]:
    """The (property, value) pairs of a time node; cached, as a corpus repeats the same times
    and building date literals is most of the cost of mapping a claim."""
    pairs: list[tuple[URIRef, URIRef | Literal]] = [(RDF.type, CG.TimeReference)]
    if time.value is not None:
        pairs.append((CG.timeValue, Literal(time.value, datatype=_TIME_DATATYPE[time.precision])))
        pairs.append((CG.precision, Literal(time.precision)))
        start, end = interval(time)
        pairs.append((CG.intervalStart, Literal(start, datatype=XSD.date)))
        pairs.append((CG.intervalEnd, Literal(end, datatype=XSD.date)))
    if time.expression:
        pairs.append((CG.expression, Literal(time.expression)))
    if time.basis:
        pairs.append((CG.basis, Literal(time.basis)))
    return tuple(pairs)


def _time(node: URIRef, time: TimeRef) -> Iterator[Quad]:
    for prop, value in _time_statements(time):
        yield node, prop, value, DEFAULT


def _money(node: URIRef, money: Money, graph: URIRef) -> Iterator[Quad]:
    yield node, RDF.type, SCHEMA.MonetaryAmount, graph
    yield node, SCHEMA.currency, Literal(money.currency), graph
    for prop, number in ((SCHEMA.value, money.amount), (SCHEMA.minValue, money.minimum), (SCHEMA.maxValue, money.maximum)):
        if number is not None:
            yield node, prop, decimal_literal(number), graph
    yield node, CG.approximate, _BOOLEAN[money.approximate], graph


def _object(claim: Claim, iri: URIRef) -> tuple[URIRef | Literal, list[Quad]]:
    if claim.object_entity is not None:
        return entity_iri(claim.object_entity), []
    if claim.object_money is not None:
        node = URIRef(f"{iri}#value")
        return node, list(_money(node, claim.object_money, iri))
    literal: LiteralValue = claim.object_literal
    return Literal(literal.text, datatype=_LITERAL_DATATYPE[literal.datatype]), []


def claim_quads(claim: Claim) -> Iterator[Quad]:
    """The assertion (in the claim's own graph) and the provenance of one claim."""
    iri = claim_iri(claim.id)
    subject = entity_iri(claim.subject)
    predicate = predicate_iri(claim.predicate)
    obj, value_quads = _object(claim, iri)
    yield subject, predicate, obj, iri
    yield from value_quads

    yield iri, RDF.type, CG.Claim, DEFAULT
    yield iri, RDF.type, SCHEMA.Claim, DEFAULT
    yield iri, CG.claimType, CLAIM_TYPE[claim.type], DEFAULT
    yield iri, CG.statement, Literal(claim.statement), DEFAULT
    yield iri, SCHEMA.about, subject, DEFAULT
    yield iri, CG.predicate, predicate, DEFAULT
    if claim.object_entity is not None:
        yield iri, SCHEMA.mentions, obj, DEFAULT
    yield iri, PROV.wasDerivedFrom, document_iri(claim.document), DEFAULT
    yield iri, PROV.wasAttributedTo, entity_iri(claim.claimant), DEFAULT
    yield iri, CG.status, STATUS[claim.status], DEFAULT
    for hedge in claim.hedges:
        yield iri, CG.hedge, Literal(hedge), DEFAULT
    for prop, fragment, time in ((CG.stated, "stated", claim.stated), (CG.timeAbout, "about", claim.about)):
        if not time.known:
            continue  # an unknown time is left out, not written as an empty node
        node = URIRef(f"{iri}#{fragment}")
        yield iri, prop, node, DEFAULT
        yield from _time(node, time)
    yield from _anchor(claim, iri)


def _anchor(claim: Claim, iri: URIRef) -> Iterator[Quad]:
    target, quote, position = (URIRef(f"{iri}#{name}") for name in ("target", "quote", "position"))
    anchor = claim.anchor
    yield iri, CG.anchor, target, DEFAULT
    yield target, RDF.type, OA.SpecificResource, DEFAULT
    yield target, OA.hasSource, document_iri(claim.document), DEFAULT
    yield target, OA.hasSelector, quote, DEFAULT
    yield target, OA.hasSelector, position, DEFAULT
    yield quote, RDF.type, OA.TextQuoteSelector, DEFAULT
    yield quote, OA.exact, Literal(anchor.exact), DEFAULT
    yield quote, OA.prefix, Literal(anchor.prefix), DEFAULT
    yield quote, OA.suffix, Literal(anchor.suffix), DEFAULT
    yield position, RDF.type, OA.TextPositionSelector, DEFAULT
    yield position, OA.start, _integer(anchor.start), DEFAULT
    yield position, OA.end, _integer(anchor.end), DEFAULT


@lru_cache(maxsize=65536)
def _integer(number: int) -> Literal:
    """An xsd:integer; cached, as offsets repeat across the claims of a corpus."""
    return Literal(number, datatype=XSD.integer)


def entity_quads(entity: Entity) -> Iterator[Quad]:
    """Type, label and aliases of an entity."""
    iri = entity_iri(entity.id)
    yield iri, RDF.type, CG.Entity, DEFAULT
    yield iri, RDF.type, entity_class(entity.type), DEFAULT
    yield iri, RDFS.label, Literal(entity.label), DEFAULT
    for alias in entity.aliases:
        yield iri, SKOS.altLabel, Literal(alias), DEFAULT
    if entity.description:
        yield iri, SCHEMA.description, Literal(entity.description), DEFAULT


_UNKNOWABLE = {"title": DCTERMS.title, "publisher": DCTERMS.publisher, "url": SCHEMA.url}


def document_quads(document: Document) -> Iterator[Quad]:
    """Metadata, hash and text of a document; fields left empty are marked unknown."""
    iri = document_iri(document.id)
    yield iri, RDF.type, CG.Document, DEFAULT
    yield iri, RDF.type, SCHEMA.NewsArticle, DEFAULT
    yield iri, CG.sha256, Literal(document.sha256), DEFAULT
    yield iri, DCTERMS.language, Literal(document.language), DEFAULT
    if document.file:
        yield iri, CG.fileName, Literal(document.file), DEFAULT
    if document.text is not None:
        yield iri, CG.text, Literal(document.text), DEFAULT
    for field, prop in _UNKNOWABLE.items():
        value = getattr(document, field)
        if value is None:
            yield iri, CG.unknown, prop, DEFAULT
        elif field == "publisher":
            yield iri, prop, entity_iri(value), DEFAULT
        elif field == "url":
            yield iri, prop, URIRef(value), DEFAULT
        else:
            yield iri, prop, Literal(value), DEFAULT
    node = URIRef(f"{iri}#published")
    yield iri, CG.published, node, DEFAULT
    yield from _time(node, document.published)


def claim_set_quads(claim_set: ClaimSet) -> list[Quad]:
    """Every quad of a claim set: document, entities and claims."""
    quads: list[Quad] = list(document_quads(claim_set.document))
    for entity in claim_set.entities:
        quads.extend(entity_quads(entity))
    for claim in claim_set.claims:
        quads.extend(claim_quads(claim))
    return quads

