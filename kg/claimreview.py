"""Publish reviews: schema.org ClaimReview JSON-LD for fact-check consumers, and a claims spreadsheet (CSV)."""

from __future__ import annotations

import csv
import io
import json

from claimgraph.kg import resources
from claimgraph.kg.store import Store

_CURRENT_REVIEWS = """
SELECT ?claim ?review ?label ?value ?worst ?best ?rationale ?reviewer ?date
       (GROUP_CONCAT(STR(?link); separator=" ") AS ?evidence) ?verdict
WHERE {
  ?review a schema:ClaimReview ; schema:itemReviewed ?claim ; schema:reviewBody ?rationale ;
          schema:datePublished ?date ; schema:author/schema:name ?reviewer ; schema:reviewRating ?rating .
  FILTER NOT EXISTS { ?newer prov:wasRevisionOf ?review }
  ?rating cg:verdict ?verdictIri ; schema:alternateName ?label ; schema:ratingValue ?value ;
          schema:worstRating ?worst ; schema:bestRating ?best .
  OPTIONAL { ?review schema:citation ?link }
  BIND (STRAFTER(STR(?verdictIri), "#") AS ?verdict)
}
GROUP BY ?claim ?review ?label ?value ?worst ?best ?rationale ?reviewer ?date ?verdict
"""

_CLAIM_EXTRAS = """
SELECT ?claim ?claimantType ?title ?url ?publisherLabel ?currency ?amount ?minimum ?maximum ?literal
       (GROUP_CONCAT(DISTINCT ?hedge; separator="; ") AS ?hedges)
WHERE {
  ?claim a cg:Claim ; prov:wasAttributedTo ?claimant ; prov:wasDerivedFrom ?document ; schema:about ?subject ; cg:predicate ?predicate .
  OPTIONAL { ?claimant a ?claimantType . FILTER (?claimantType = cg:Person) }
  OPTIONAL { ?document dcterms:title ?title }
  OPTIONAL { ?document schema:url ?url }
  OPTIONAL { ?document dcterms:publisher/rdfs:label ?publisherLabel }
  OPTIONAL { ?claim cg:hedge ?hedge }
  OPTIONAL { GRAPH ?claim { ?subject ?predicate ?money . ?money schema:currency ?currency }
             OPTIONAL { GRAPH ?claim { ?money schema:value ?amount } }
             OPTIONAL { GRAPH ?claim { ?money schema:minValue ?minimum } }
             OPTIONAL { GRAPH ?claim { ?money schema:maxValue ?maximum } } }
  OPTIONAL { GRAPH ?claim { ?subject ?predicate ?literal } FILTER (isLiteral(?literal)) }
}
GROUP BY ?claim ?claimantType ?title ?url ?publisherLabel ?currency ?amount ?minimum ?maximum ?literal
"""


def _by_claim(store: Store, query: str) -> dict[str, dict[str, object]]:
    return {str(row["claim"]): row for row in store.select(query)}


def _number(value: object) -> str:
    """A plain number: 4700000000 rather than 4.7E9 (what a spreadsheet reads)."""
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


def _value_text(claim: dict[str, object], extra: dict[str, object]) -> str:
    """The asserted value in a few words: an amount or range with its currency, a literal, or an entity."""
    if extra["currency"] is not None:
        if extra["amount"] is not None:
            return f"{_number(extra['amount'])} {extra['currency']}"
        low = "" if extra["minimum"] is None else _number(extra["minimum"])
        high = "" if extra["maximum"] is None else _number(extra["maximum"])
        return f"{low}..{high} {extra['currency']}"
    if extra["literal"] is not None:
        return str(extra["literal"])
    return claim["object"]["label"] if claim["object"] else ""


def claimreview(store: Store, base_url: str | None = None) -> dict[str, object]:
    """ClaimReview JSON-LD for every reviewed claim, from its current review.

    ``url`` is the claim's page under ``base_url`` (the running service) when
    given, else the claim's IRI.
    """
    current = _by_claim(store, _CURRENT_REVIEWS)
    extras = _by_claim(store, _CLAIM_EXTRAS)
    graph = []
    for claim in resources.list_claims(store):
        review = current.get(claim["iri"])
        if review is None:
            continue
        extra = extras[claim["iri"]]
        claimant_type = "Organization" if extra["claimantType"] is None else "Person"
        appearance: dict[str, object] = {"@type": "NewsArticle", "@id": claim["document"]["iri"]}
        if extra["url"] is not None:
            appearance["url"] = str(extra["url"])
        if extra["title"] is not None:
            appearance["headline"] = extra["title"]
        if extra["publisherLabel"] is not None:
            appearance["publisher"] = {"@type": "Organization", "name": extra["publisherLabel"]}
        item: dict[str, object] = {
            "@type": "Claim",
            "@id": claim["iri"],
            "author": {"@type": claimant_type, "name": claim["claimant"]["label"]},
            "appearance": appearance,
        }
        if claim["stated"] is not None:
            item["datePublished"] = claim["stated"]
        entry: dict[str, object] = {
            "@type": "ClaimReview",
            "@id": str(review["review"]),
            "url": f"{base_url.rstrip('/')}/claims/{claim['id']}" if base_url else claim["iri"],
            "claimReviewed": claim["statement"],
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


def claimreview_json(store: Store, base_url: str | None = None) -> str:
    """:func:`claimreview` as indented JSON text."""
    return json.dumps(claimreview(store, base_url), indent=2, ensure_ascii=False) + "\n"


CSV_COLUMNS = (
    "id", "statement", "type", "subject", "predicate", "object", "value", "claimant", "document",
    "stated", "time_about", "time_precision", "time_expression", "hedges", "quote", "start", "end",
    "status", "verdict", "verdict_label", "reviewer", "review_date", "rationale", "evidence", "iri",
)


def claims_csv(store: Store) -> str:
    """One row per claim, with its provenance and current verdict; labels rather than IRIs where a reader wants words."""
    current = _by_claim(store, _CURRENT_REVIEWS)
    extras = _by_claim(store, _CLAIM_EXTRAS)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for claim in resources.list_claims(store):
        review = current.get(claim["iri"], {})
        extra = extras[claim["iri"]]
        writer.writerow({
            "id": claim["id"],
            "statement": claim["statement"],
            "type": claim["type"],
            "subject": claim["subject"]["label"],
            "predicate": str(claim["predicate"]).rsplit("#", 1)[-1],
            "object": claim["object"]["label"] if claim["object"] else "",
            "value": _value_text(claim, extra),
            "claimant": claim["claimant"]["label"],
            "document": claim["document"]["id"],
            "stated": claim["stated"] or "",
            "time_about": claim["time_about"]["value"] or "",
            "time_precision": claim["time_about"]["precision"] or "",
            "time_expression": claim["time_about"]["expression"] or "",
            "hedges": extra["hedges"] or "",
            "quote": claim["anchor"]["exact"],
            "start": claim["anchor"]["start"],
            "end": claim["anchor"]["end"],
            "status": claim["status"],
            "verdict": review.get("verdict") or "",
            "verdict_label": review.get("label") or "",
            "reviewer": review.get("reviewer") or "",
            "review_date": str(review.get("date") or ""),
            "rationale": review.get("rationale") or "",
            "evidence": review.get("evidence") or "",
            "iri": claim["iri"],
        })
    return buffer.getvalue()
