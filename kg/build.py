"""Build claim sets into a store: validate everything first, then replace in one update."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib.namespace import DCTERMS, PROV

from claimgraph.claims.model import ClaimSet
from claimgraph.kg.mapping import Quad, claim_set_quads
from claimgraph.kg.namespaces import CG, OA, ONTOLOGY_GRAPH, document_iri, entity_iri
from claimgraph.kg.reviews import status_from_reviews
from claimgraph.kg.store import Store, insert_data
from claimgraph.kg.validation import check
from claimgraph.kg.vocabulary import vocabulary

_PREFIXES = "".join(
    f"PREFIX {name}: <{ns}>\n" for name, ns in (("prov", PROV), ("cg", CG), ("oa", OA), ("dcterms", DCTERMS))
)


@dataclass(frozen=True)
class BuildReport:
    """What a build wrote."""

    documents: int
    entities: int
    claims: int
    quads_written: int
    quads_in_store: int


def _remove_document(document: str) -> str:
    """Update operations that remove a document and every claim derived from it."""
    doc = f"<{document}>"
    return f"""
DELETE {{ GRAPH ?claim {{ ?s ?p ?o }} }} WHERE {{ ?claim prov:wasDerivedFrom {doc} . GRAPH ?claim {{ ?s ?p ?o }} }} ;
DELETE {{ ?s ?p ?o }} WHERE {{
  ?claim prov:wasDerivedFrom {doc} ; (cg:anchor|cg:anchor/oa:hasSelector|cg:stated|cg:timeAbout)? ?s .
  ?s ?p ?o
}} ;
DELETE {{ ?s ?p ?o }} WHERE {{ {{ BIND ({doc} AS ?s) }} UNION {{ {doc} cg:published ?s }} ?s ?p ?o }} ;
"""


def _remove_subjects(iris: list[str]) -> str:
    values = " ".join(f"<{iri}>" for iri in iris)
    return f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?o }} ;\n"


def vocabulary_quads() -> list[Quad]:
    """The vocabulary as quads in its own named graph."""
    return [(s, p, o, ONTOLOGY_GRAPH) for s, p, o in vocabulary()]


def build(store: Store, claim_sets: list[ClaimSet]) -> BuildReport:
    """Validate the claim sets, then replace what the store holds of them in one transaction.

    Rebuilding the same claim sets gives the same quads. Reviews are not part of
    a claim set and stay; a reviewed claim keeps the status its current review
    gives it. Nothing is written when any claim breaks a shape.

    Raises:
        ValidationError: listing every violation; the store is unchanged.
    """
    quads = [quad for claim_set in claim_sets for quad in claim_set_quads(claim_set)]
    check(quads)
    operations = [f"DROP SILENT GRAPH <{ONTOLOGY_GRAPH}> ;\n"]
    for claim_set in claim_sets:
        operations.append(_remove_document(str(document_iri(claim_set.document.id))))
    entities = sorted({str(entity_iri(e.id)) for claim_set in claim_sets for e in claim_set.entities})
    if entities:
        operations.append(_remove_subjects(entities))
    operations.append(insert_data(vocabulary_quads() + quads) + " ;\n")
    operations.append(status_from_reviews())  # reviews are kept; re-inserted claims take their status from them
    store.update(_PREFIXES + "".join(operations))
    return BuildReport(
        documents=len(claim_sets),
        entities=len(entities),
        claims=sum(len(claim_set.claims) for claim_set in claim_sets),
        quads_written=len(quads),
        quads_in_store=store.quad_count(),
    )
