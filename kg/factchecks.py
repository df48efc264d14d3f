"""Fact-checks published elsewhere, imported from ClaimReview: stored with where they came from, linked to the claim
on the record they review where one matches, and listed; never a verdict of ours.

An imported review is a ``cg:ExternalReview``, not a ``schema:ClaimReview``, and names our claim with
``cg:reviewsClaim``, not ``schema:itemReviewed``: every reader of our own verdicts (a claim's current review and
status, the lists, the exports) matches ``schema:ClaimReview`` and ``schema:itemReviewed``, so none of them sees an
imported review. It keeps its URL (data, never fetched), publisher, date, the rating label as published and the
verdict of our scale the label maps to (:func:`~claimgraph.kg.ratings.external_verdict`, ``other`` when unmapped).

Each import is one ``cg:ClaimReviewImport`` activity (:mod:`claimgraph.kg.activities`): who imported, when, the
source's name and SHA-256, the reviews it generated and the claims they matched, written in the same update as the
reviews. Everything is read and checked first; a bad review refuses the whole import and nothing is written. A review
already stored (the same URL about the same claim words) is not stored again.

Matching is an exact lookup, deliberately small: a review whose ``itemReviewed`` names a claim of ours (its IRI, or
its page under the service's public address) is linked to it; otherwise one whose claim words, normalised
(:func:`~claimgraph.kg.ratings.match_key`), equal a claim's statement or quote is linked to that claim. Only claims on
the record at import time are matched; the link is made once, when the review is imported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from claimgraph.kg import cells, projection
from claimgraph.kg.activities import activity_quads, agent_name, ended, new_iri
from claimgraph.kg.factcheck_input import ExternalReview, parse
from claimgraph.kg.locks import WRITE_LOCK
from claimgraph.kg.mapping import DEFAULT, Quad
from claimgraph.kg.namespaces import BASE, CG, SCHEMA, short_id
from claimgraph.kg.ratings import OTHER, OTHER_IRI, external_verdict, match_key, scale
from claimgraph.kg.store import Store, insert_data
from claimgraph.kg.validation import check

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
_CLAIMS = f"{BASE}claim/"


def review_iri(review: ExternalReview) -> URIRef:
    """The IRI of an imported review: from its URL and the claim words it reviews, so the same review twice is one.

    >>> def about(words, rating="False"):
    ...     return ExternalReview("https://f.example/1", rating, None, None, None, None, None, words, None, None, ())
    >>> review_iri(about("x")) == review_iri(about("x", "True")), review_iri(about("x")) == review_iri(about("y"))
    (True, False)
    """
    key = f"{review.url}\n{review.claim_text or ''}".encode("utf-8")
    return URIRef(f"{BASE}external-review/{hashlib.sha256(key).hexdigest()[:24]}")


def verdict_iri(name: str) -> URIRef:
    """The IRI of a normalised rating: a verdict of the scale, or ``other``."""
    return URIRef(OTHER_IRI if name == OTHER else scale().verdicts[name].iri)


@dataclass(frozen=True)
class Match:
    """The claims of ours an imported review is linked to, and how they were found (``iri``, ``url`` or ``text``)."""

    claims: tuple[str, ...]
    by: str | None


_ON_RECORD_WORDS = """
SELECT ?claim ?statement ?exact WHERE {
  %(on_record)s
  OPTIONAL { ?claim cg:statement ?statement }
  OPTIONAL { ?claim cg:anchor/oa:hasSelector ?quote . ?quote a oa:TextQuoteSelector ; oa:exact ?exact }
}
"""


def _claims_on_record(store: Store) -> tuple[set[str], dict[str, set[str]]]:
    """The ids of the claims on the record, and their ids by normalised statement and by normalised quote."""
    ids: set[str] = set()
    by_words: dict[str, set[str]] = {}
    for row in cells.select_cells(store, _ON_RECORD_WORDS % {"on_record": projection.on_record()}):
        claim_id = short_id(row["claim"].text)
        ids.add(claim_id)
        for cell in (row["statement"], row["exact"]):
            if cell is not None and match_key(cell.text):
                by_words.setdefault(match_key(cell.text), set()).add(claim_id)
    return ids, by_words


def match(review: ExternalReview, on_record: set[str], by_words: dict[str, set[str]], base_url: str | None) -> Match:
    """The claims on the record a review is about: named by its item (IRI or page URL), else by the same words.

    >>> review = ExternalReview("https://f.example/1", None, None, None, None, None, None, "A  said X!", None, None, ())
    >>> match(review, {"a-x"}, {"a said x": {"a-x"}}, None)
    Match(claims=('a-x',), by='text')
    """
    pages = f"{base_url.rstrip('/')}/claims/" if base_url else None
    for ref in review.item_refs:
        for prefix, by in ((_CLAIMS, "iri"), (pages, "url")):
            if prefix and ref.startswith(prefix) and ref.removeprefix(prefix).split("#", 1)[0] in on_record:
                return Match((ref.removeprefix(prefix).split("#", 1)[0],), by)
    found = by_words.get(match_key(review.claim_text or ""), set()) if review.claim_text else set()
    return Match(tuple(sorted(found)), "text") if found else Match((), None)


def _date_literal(text: str) -> Literal:
    return Literal(text, datatype=XSD.date if len(text) == len("YYYY-MM-DD") else XSD.dateTime)


def review_quads(iri: URIRef, review: ExternalReview, found: Match) -> list[Quad]:
    """The quads of one imported review: what it says, its publisher, its rating as published and as normalised, and
    the claims of ours it is linked to."""
    rating, publisher = URIRef(f"{iri}#rating"), URIRef(f"{iri}#publisher")
    quads: list[Quad] = [
        (iri, RDF.type, CG.ExternalReview, DEFAULT),
        (iri, RDF.type, PROV.Entity, DEFAULT),
        (iri, SCHEMA.url, URIRef(review.url), DEFAULT),
        (iri, SCHEMA.reviewRating, rating, DEFAULT),
        (rating, CG.normalisedRating, verdict_iri(external_verdict(review.rating)), DEFAULT),
        *((iri, CG.reviewsClaim, URIRef(_CLAIMS + claim_id), DEFAULT) for claim_id in found.claims),
    ]
    optional = (
        (rating, SCHEMA.alternateName, review.rating),
        (iri, SCHEMA.headline, review.title),
        (iri, SCHEMA.inLanguage, review.language),
        (iri, SCHEMA.claimReviewed, review.claim_text),
        (iri, CG.externalClaimant, review.claimant),
        (iri, CG.matchedBy, found.by),
    )
    quads += [(s, p, Literal(value), DEFAULT) for s, p, value in optional if value is not None]
    if review.date is not None:
        quads.append((iri, SCHEMA.datePublished, _date_literal(review.date), DEFAULT))
    if review.claim_date is not None:
        quads.append((iri, CG.externalClaimDate, _date_literal(review.claim_date), DEFAULT))
    if review.publisher is not None or review.publisher_site is not None:
        quads.append((iri, SCHEMA.publisher, publisher, DEFAULT))
        quads.append((publisher, RDF.type, SCHEMA.Organization, DEFAULT))
        if review.publisher is not None:
            quads.append((publisher, SCHEMA.name, Literal(review.publisher), DEFAULT))
        if review.publisher_site is not None:
            quads.append((publisher, SCHEMA.url, Literal(review.publisher_site), DEFAULT))
    return quads


def import_quads(activity: URIRef, by: str, when: dt.datetime, source: str, digest: str, reviews: list[URIRef], claims: set[str]) -> list[Quad]:
    """A ``cg:ClaimReviewImport``: who imported, when, from what (name and SHA-256), the reviews it stored and the
    claims they were linked to (``prov:used``, so the import is in those claims' history)."""
    return activity_quads(activity, CG.ClaimReviewImport, by, when) + [
        (activity, CG.sourceName, Literal(source), DEFAULT),
        (activity, CG.sourceSha256, Literal(digest), DEFAULT),
        *((activity, PROV.generated, review, DEFAULT) for review in reviews),
        *((activity, PROV.used, URIRef(_CLAIMS + claim_id), DEFAULT) for claim_id in sorted(claims)),
    ]


def import_claimreviews(
    store: Store, content: bytes, source: str, by: str, *, base_url: str | None = None, now: dt.datetime | None = None
) -> dict[str, object]:
    """Import the reviews of a ClaimReview JSON-LD or Fact Check Tools text (``content``, named ``source``) as ``by``.

    Every review is read and checked first, and all of them are written, with the import's activity, in one update;
    reviews stored already are left as they are. Answers what was imported: the activity's id, how many reviews were
    new, already stored and matched, and each new review.

    Raises:
        InputError: the content is not JSON in either shape, or a review has a bad field (the message names it),
            or no agent's name. Nothing was written.
        ValidationError: a review breaks a shape; nothing was written.
    """
    by = agent_name(by, "importer")
    source = " ".join(source.split()) or "request body"
    reviews = {review_iri(review): review for review in parse(content)}
    when = ended(now)
    with WRITE_LOCK:
        values = " ".join(f"<{iri}>" for iri in reviews)
        stored = {URIRef(row["review"].text) for row in cells.select_cells(
            store, f"SELECT ?review WHERE {{ VALUES ?review {{ {values} }} ?review a cg:ExternalReview }}")}  # fmt: skip
        new = {iri: review for iri, review in reviews.items() if iri not in stored}
        summary: dict[str, object] = {"activity": None, "imported": len(new), "already_stored": len(stored), "matched": 0, "items": []}
        if not new:
            return summary
        on_record, by_words = _claims_on_record(store)
        matches = {iri: match(review, on_record, by_words, base_url) for iri, review in new.items()}
        activity = new_iri("claimreview-import", when)
        claims = {claim for found in matches.values() for claim in found.claims}
        quads = import_quads(activity, by, when, source, hashlib.sha256(content).hexdigest(), list(new), claims)
        for iri, review in new.items():
            quads += review_quads(iri, review, matches[iri])
        check(quads)
        store.update(insert_data(quads), verdicts_only=True)
    summary["activity"] = short_id(activity)
    summary["matched"] = sum(1 for found in matches.values() if found.claims)
    summary["items"] = [_item_json(iri, review, matches[iri]) for iri, review in new.items()]
    return summary


def _item_json(iri: URIRef, review: ExternalReview, found: Match) -> dict[str, object]:
    return {
        "id": short_id(iri), "iri": str(iri), "url": review.url, "rating": review.rating,
        "verdict": external_verdict(review.rating), "claims": list(found.claims), "matched_by": found.by,
    }  # fmt: skip


_LIST = """
SELECT ?review ?url ?rating ?verdict ?headline ?language ?date ?claimText ?claimant ?claimDate ?matchedBy
       ?publisher ?site ?activity ?importer ?imported ?source (GROUP_CONCAT(STR(?claim); separator=" ") AS ?claims)
WHERE {
  %(filter)s
  ?review a cg:ExternalReview ; schema:url ?url ; schema:reviewRating ?ratingNode .
  ?ratingNode cg:normalisedRating ?verdictIri .
  BIND (STRAFTER(STR(?verdictIri), "#") AS ?verdict)
  ?activity prov:generated ?review ; a cg:ClaimReviewImport ; prov:endedAtTime ?imported ; cg:sourceName ?source ;
            prov:wasAssociatedWith/schema:name ?importer .
  OPTIONAL { ?ratingNode schema:alternateName ?rating }
  OPTIONAL { ?review schema:headline ?headline }
  OPTIONAL { ?review schema:inLanguage ?language }
  OPTIONAL { ?review schema:datePublished ?date }
  OPTIONAL { ?review schema:claimReviewed ?claimText }
  OPTIONAL { ?review cg:externalClaimant ?claimant }
  OPTIONAL { ?review cg:externalClaimDate ?claimDate }
  OPTIONAL { ?review cg:matchedBy ?matchedBy }
  OPTIONAL { ?review schema:publisher ?org . OPTIONAL { ?org schema:name ?publisher } OPTIONAL { ?org schema:url ?site } }
  OPTIONAL { ?review cg:reviewsClaim ?claim }
}
GROUP BY ?review ?url ?rating ?verdict ?headline ?language ?date ?claimText ?claimant ?claimDate ?matchedBy
         ?publisher ?site ?activity ?importer ?imported ?source
ORDER BY DESC(?imported) ?review
"""


def _filter(matched: bool | None, claim: URIRef | None) -> str:
    parts = []
    if claim is not None:
        parts.append(f"?review cg:reviewsClaim <{claim}> .")
    if matched is True:
        parts.append("FILTER EXISTS { ?review cg:reviewsClaim ?anyClaim }")
    elif matched is False:
        parts.append("FILTER NOT EXISTS { ?review cg:reviewsClaim ?anyClaim }")
    return "\n  ".join(parts)


def external_reviews(
    store: Store, *, matched: bool | None = None, claim: URIRef | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0
) -> dict[str, object]:
    """The imported reviews, newest import first: all, only those ``matched`` to a claim of ours (or only the
    unmatched ones), or those of one ``claim``; a page of them with the total."""
    rows = cells.select_cells(store, _LIST % {"filter": _filter(matched, claim)})
    items = [_row_json(row) for row in rows[offset : offset + limit]]
    return {"items": items, "total": len(rows), "limit": limit, "offset": offset}


def _lexical(cell: cells.Cell | None) -> str | None:
    """A date or moment as stored (rdflib would write a moment with a space for the ``T``)."""
    return None if cell is None else cell.lexical


def _row_json(row: dict[str, cells.Cell | None]) -> dict[str, object]:
    text = cells.text
    claims = sorted((text(row["claims"]) or "").split())
    return {
        "id": short_id(row["review"].text), "iri": row["review"].text, "url": row["url"].text,
        "publisher": {"name": text(row["publisher"]), "site": text(row["site"])},
        "date": _lexical(row["date"]), "headline": text(row["headline"]), "language": text(row["language"]),
        "rating": text(row["rating"]), "verdict": row["verdict"].text,
        "claim_reviewed": text(row["claimText"]), "claimant": text(row["claimant"]), "claim_date": _lexical(row["claimDate"]),
        "claims": [{"id": short_id(iri), "iri": iri} for iri in claims], "matched_by": text(row["matchedBy"]),
        "imported": {"activity": short_id(row["activity"].text), "by": row["importer"].text,
                     "at": row["imported"].lexical, "source": row["source"].text},
    }  # fmt: skip
