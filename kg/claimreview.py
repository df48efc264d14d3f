"""Publish reviews: schema.org ClaimReview JSON-LD for fact-check consumers, and a claims spreadsheet (CSV)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from claimgraph.claims.model import Literal, Money
from claimgraph.kg import projection, resources
from claimgraph.kg.namespaces import document_iri, short_id
from claimgraph.kg.network import Entity, read_entities
from claimgraph.kg.projection import ClaimRecord
from claimgraph.kg.store import Store

_CURRENT_REVIEWS = """
SELECT ?claim ?review ?label ?value ?worst ?best ?rationale ?reviewer ?date
       (GROUP_CONCAT(STR(?link); separator=" ") AS ?evidence) ?verdict
WHERE {
  %(current)s
  ?review schema:reviewBody ?rationale ; schema:datePublished ?date ; schema:author/schema:name ?reviewer ; schema:reviewRating ?rating .
  ?rating cg:verdict ?verdictIri ; schema:alternateName ?label ; schema:ratingValue ?value ;
          schema:worstRating ?worst ; schema:bestRating ?best .
  OPTIONAL { ?review schema:citation ?link }
  BIND (STRAFTER(STR(?verdictIri), "#") AS ?verdict)
}
GROUP BY ?claim ?review ?label ?value ?worst ?best ?rationale ?reviewer ?date ?verdict
"""
"""What a published review says: each claim's current review (the one no review revises) with its rating and reasons."""

_DOCUMENTS = """
SELECT ?document ?title ?url ?publisherLabel WHERE {
  ?document a cg:Document .
  OPTIONAL { ?document dcterms:title ?title }
  OPTIONAL { ?document schema:url ?url }
  OPTIONAL { ?document dcterms:publisher/rdfs:label ?publisherLabel }
}
"""


def _by(store: Store, query: str, key: str) -> dict[str, dict[str, object]]:
    return {short_id(row[key]): row for row in store.select(query)}


def _claims(store: Store, as_of: dt.datetime | None) -> tuple[list[ClaimRecord], dict[str, Entity]]:
    """The claims on the record (now, or ``as_of`` a time) in the claim list's order, and every entity."""
    records = projection.every_claim(store, as_of=as_of)
    ordered = [records[short_id(iri)] for iri in resources.claim_order(store, as_of) if short_id(iri) in records]
    return ordered, read_entities(store)


def _number(value: float) -> str:
    """A plain number: 4700000000 rather than 4.7E9 (what a spreadsheet reads)."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _value_text(record: ClaimRecord, entities: dict[str, Entity]) -> str:
    """The asserted value in a few words: an amount or range with its currency, a literal, or an entity's label."""
    if isinstance(record.value, Money):
        money = record.value
        if money.amount is not None:
            return f"{_number(money.amount)} {money.currency}"
        low = "" if money.minimum is None else _number(money.minimum)
        high = "" if money.maximum is None else _number(money.maximum)
        return f"{low}..{high} {money.currency}"
    if isinstance(record.value, Literal):
        return record.value.text
    return _label(record.object, entities) if record.object else ""


def _label(entity_id: str, entities: dict[str, Entity]) -> str:
    return entities[entity_id].label if entity_id in entities else entity_id


def claimreview(store: Store, base_url: str | None = None, as_of: dt.datetime | None = None) -> dict[str, object]:
    """ClaimReview JSON-LD for every reviewed claim on the record, from its current review (``as_of`` a time: the
    claims on the record then, each from its current review then).

    ``url`` is the claim's page under ``base_url`` (the running service) when
    given, else the claim's IRI.
    """
    current = _by(store, _CURRENT_REVIEWS % {"current": projection.current_review(as_of=as_of)}, "claim")
    documents = _by(store, _DOCUMENTS, "document")
    records, entities = _claims(store, as_of)
    graph = []
    for record in records:
        review = current.get(record.id)
        if review is None:
            continue
        document = documents.get(record.document, {})
        claimant = entities.get(record.claimant)
        appearance: dict[str, object] = {"@type": "NewsArticle", "@id": str(document_iri(record.document))}
        if document.get("url") is not None:
            appearance["url"] = str(document["url"])
        if document.get("title") is not None:
            appearance["headline"] = document["title"]
        if document.get("publisherLabel") is not None:
            appearance["publisher"] = {"@type": "Organization", "name": document["publisherLabel"]}
        item: dict[str, object] = {
            "@type": "Claim",
            "@id": record.iri,
            "author": {"@type": "Person" if claimant is not None and claimant.type == "person" else "Organization",
                       "name": _label(record.claimant, entities)},
            "appearance": appearance,
        }
        if record.stated.value is not None:
            item["datePublished"] = record.stated.value
        entry: dict[str, object] = {
            "@type": "ClaimReview",
            "@id": str(review["review"]),
            "url": f"{base_url.rstrip('/')}/claims/{record.id}" if base_url else record.iri,
            "claimReviewed": record.statement,
            "reviewBody": review["rationale"],
            "author": {"@type": "Person", "name": review["reviewer"]},
            "datePublished": review["date"].date().isoformat() if hasattr(review["date"], "date") else str(review["date"])[:10],
            "reviewRating": {
                "@type": "Rating",
                "alternateName": review["label"],
                "ratingValue": int(review["value"]),
                "bestRating": int(review["best"]),
                "worstRating": int(review["worst"]),
            },
            "itemReviewed": item,
        }
        if review["evidence"]:
            entry["citation"] = sorted(str(review["evidence"]).split())
        graph.append(entry)
    return {"@context": "https://schema.org", "@graph": graph}


def claimreview_json(store: Store, base_url: str | None = None, as_of: dt.datetime | None = None) -> str:
    """:func:`claimreview` as indented JSON text."""
    return json.dumps(claimreview(store, base_url, as_of), indent=2, ensure_ascii=False) + "\n"


CSV_COLUMNS = (
    "id", "statement", "type", "subject", "predicate", "object", "value", "claimant", "document",
    "stated", "time_about", "time_precision", "time_expression", "hedges", "quote", "start", "end",
    "status", "verdict", "verdict_label", "reviewer", "review_date", "rationale", "evidence", "iri",
)


def claims_csv(store: Store, as_of: dt.datetime | None = None) -> str:
    """One row per claim on the record (now, or ``as_of`` a time), with its provenance and current verdict (then); labels
    rather than IRIs where a reader wants words."""
    current = _by(store, _CURRENT_REVIEWS % {"current": projection.current_review(as_of=as_of)}, "claim")
    records, entities = _claims(store, as_of)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        review = current.get(record.id, {})
        anchor = record.anchor
        writer.writerow({
            "id": record.id,
            "statement": record.statement,
            "type": record.type,
            "subject": _label(record.subject, entities),
            "predicate": record.predicate_name,
            "object": _label(record.object, entities) if record.object else "",
            "value": _value_text(record, entities),
            "claimant": _label(record.claimant, entities),
            "document": record.document,
            "stated": record.stated.value or "",
            "time_about": record.about.value or "",
            "time_precision": record.about.precision or "",
            "time_expression": record.about.expression or "",
            "hedges": "; ".join(record.hedges),
            "quote": "" if anchor is None else anchor.exact,
            "start": "" if anchor is None else anchor.start,
            "end": "" if anchor is None else anchor.end,
            "status": record.status,
            "verdict": review.get("verdict") or "",
            "verdict_label": review.get("label") or "",
            "reviewer": review.get("reviewer") or "",
            "review_date": str(review.get("date") or ""),
            "rationale": review.get("rationale") or "",
            "evidence": review.get("evidence") or "",
            "iri": record.iri,
        })
    return buffer.getvalue()
