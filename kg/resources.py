"""Read claims out of the store as plain dicts that name their IRIs (for REST and views)."""

from __future__ import annotations

from claimgraph.claims.errors import NotFoundError
from claimgraph.kg.namespaces import claim_iri, document_iri, short_id
from claimgraph.kg.store import Store

_CLAIM_ROWS = """
SELECT ?claim ?type ?statement ?status ?subject ?subjectLabel ?predicate ?claimant ?claimantLabel ?document
       ?about ?aboutPrecision ?aboutExpression ?stated ?exact ?start ?end
WHERE {
  %(values)s
  ?claim a cg:Claim ; cg:claimType ?typeIri ; cg:statement ?statement ; cg:status ?statusIri ;
         schema:about ?subject ; cg:predicate ?predicate ; prov:wasAttributedTo ?claimant ;
         prov:wasDerivedFrom ?document ; cg:timeAbout ?aboutNode ; cg:stated ?statedNode ;
         cg:anchor ?target .
  ?subject rdfs:label ?subjectLabel .
  ?claimant rdfs:label ?claimantLabel .
  ?target oa:hasSelector ?quote, ?position .
  ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL { ?aboutNode cg:timeValue ?about }
  OPTIONAL { ?aboutNode cg:precision ?aboutPrecision }
  OPTIONAL { ?aboutNode cg:expression ?aboutExpression }
  OPTIONAL { ?statedNode cg:timeValue ?stated }
  BIND (STRAFTER(STR(?typeIri), "#") AS ?type)
  BIND (STRAFTER(STR(?statusIri), "#") AS ?status)
}
ORDER BY ?start ?claim
"""


def _claim_json(row: dict[str, object]) -> dict[str, object]:
    return {
        "id": short_id(row["claim"]),
        "iri": str(row["claim"]),
        "type": row["type"],
        "statement": row["statement"],
        "status": row["status"],
        "subject": {"id": short_id(row["subject"]), "iri": str(row["subject"]), "label": row["subjectLabel"]},
        "predicate": str(row["predicate"]),
        "claimant": {"id": short_id(row["claimant"]), "iri": str(row["claimant"]), "label": row["claimantLabel"]},
        "document": {"id": short_id(row["document"]), "iri": str(row["document"])},
        "time_about": {
            "value": None if row["about"] is None else str(row["about"]),
            "precision": row["aboutPrecision"],
            "expression": row["aboutExpression"],
        },
        "stated": None if row["stated"] is None else str(row["stated"]),
        "anchor": {"exact": row["exact"], "start": int(row["start"]), "end": int(row["end"])},
    }


def list_claims(store: Store) -> list[dict[str, object]]:
    """Every claim with its provenance, in document order."""
    return [_claim_json(row) for row in store.select(_CLAIM_ROWS % {"values": ""})]


def get_claim(store: Store, claim_id: str) -> dict[str, object]:
    """One claim with its provenance.

    Raises:
        NotFoundError: no claim has this id.
    """
    rows = store.select(_CLAIM_ROWS % {"values": f"VALUES ?claim {{ <{claim_iri(claim_id)}> }}"})
    if not rows:
        raise NotFoundError(f"no claim with id {claim_id!r}")
    return _claim_json(rows[0])


_DOCUMENT = """
SELECT ?title ?publisher ?publisherLabel ?language ?sha256 ?text ?url ?published ?precision ?basis WHERE {
  VALUES ?document { <%(document)s> }
  ?document a cg:Document ; cg:sha256 ?sha256 ; dcterms:language ?language .
  OPTIONAL { ?document dcterms:title ?title }
  OPTIONAL { ?document dcterms:publisher ?publisher . OPTIONAL { ?publisher rdfs:label ?publisherLabel } }
  OPTIONAL { ?document cg:text ?text }
  OPTIONAL { ?document schema:url ?url }
  OPTIONAL { ?document cg:published ?date . OPTIONAL { ?date cg:timeValue ?published }
             OPTIONAL { ?date cg:precision ?precision } OPTIONAL { ?date cg:basis ?basis } }
}
"""


def get_document(store: Store, document_id: str) -> dict[str, object]:
    """One document: metadata, hash and text (None where unknown).

    Raises:
        NotFoundError: no document has this id.
    """
    rows = store.select(_DOCUMENT % {"document": document_iri(document_id)})
    if not rows:
        raise NotFoundError(f"no document with id {document_id!r}")
    row = rows[0]
    publisher = row["publisher"]
    return {
        "id": document_id,
        "iri": str(document_iri(document_id)),
        "title": row["title"],
        "publisher": None if publisher is None else {
            "id": short_id(publisher), "iri": str(publisher), "label": row["publisherLabel"],
        },
        "language": row["language"],
        "sha256": row["sha256"],
        "url": None if row["url"] is None else str(row["url"]),
        "published": {
            "value": None if row["published"] is None else str(row["published"]),
            "precision": row["precision"],
            "basis": row["basis"],
        },
        "text": row["text"],
    }
