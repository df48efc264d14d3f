"""Reviews of claims as ``schema:ClaimReview`` resources: add one, read the history.

A review is never changed or deleted. A new review of a claim points to the one
it revises (``prov:wasRevisionOf``); the review nothing revises is the claim's
current verdict, and the claim's ``cg:status`` follows it (the status each
verdict leads to is part of the rating scale in ``ontology/ratings.ttl``).
Reviews live outside the triples a build replaces, and a build re-applies
:func:`status_from_reviews`, so verdicts survive rebuilding the claims.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache
from urllib.parse import urlsplit

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS, XSD

from claimgraph.claims.errors import InputError, NotFoundError, StoreError
from claimgraph.kg.locks import WRITE_LOCK
from claimgraph.kg.mapping import DEFAULT, Quad
from claimgraph.kg.namespaces import BASE, CG, SCHEMA, STATUS, claim_iri, short_id
from claimgraph.kg.store import Store, insert_data
from claimgraph.kg.validation import check
from claimgraph.kg.vocabulary import vocabulary
from claimgraph.kg.sparql_text import excerpt

VERDICT_SCHEME = URIRef("https://w3id.org/claimgraph/ns/verdict#scheme")

MINT_ATTEMPTS = 5
"""Numbers a review tries before giving up, when other writers keep taking the next one."""


@dataclass(frozen=True)
class Verdict:
    """One point of the rating scale."""

    name: str
    iri: URIRef
    label: str
    value: int
    status: str


@dataclass(frozen=True)
class Scale:
    """The rating scale: verdicts by normalised name, and the scale's bounds."""

    verdicts: dict[str, Verdict]
    worst: int
    best: int


@cache
def scale() -> Scale:
    """The rating scale, read from the vocabulary (``ontology/ratings.ttl``)."""
    graph = vocabulary()
    verdicts = {}
    for iri in graph.subjects(SKOS.inScheme, VERDICT_SCHEME):
        name = str(graph.value(iri, SKOS.notation))
        verdicts[name] = Verdict(
            name=name,
            iri=iri,
            label=str(graph.value(iri, SKOS.prefLabel)),
            value=int(graph.value(iri, SCHEMA.ratingValue)),
            status=str(graph.value(iri, CG.resultingStatus)).rsplit("#", 1)[-1],
        )
    ordered = dict(sorted(verdicts.items(), key=lambda item: -item[1].value))
    return Scale(ordered, int(graph.value(VERDICT_SCHEME, SCHEMA.worstRating)), int(graph.value(VERDICT_SCHEME, SCHEMA.bestRating)))


NOT_REVIEWED = "none"
"""The verdict name of a claim without a review, as filters take it."""
NOT_REVIEWED_LABEL = "not reviewed"


def verdict_name(label: str | None) -> str:
    """The normalised verdict for a rating's display label (``none`` without one).

    Labels outside the scale, from reviews that other tools wrote, become lower snake case.

    >>> verdict_name("Mostly true"), verdict_name(None), verdict_name("Half True")
    ('mostly_true', 'none', 'half_true')
    """
    if label is None:
        return NOT_REVIEWED
    for name, verdict in scale().verdicts.items():
        if verdict.label.casefold() == label.casefold():
            return name
    return "_".join(label.casefold().split())


def verdict_choices() -> list[tuple[str, str]]:
    """Every verdict a filter can ask for, as (name, display label)."""
    return [(name, point.label) for name, point in scale().verdicts.items()] + [(NOT_REVIEWED, NOT_REVIEWED_LABEL)]


def review_iri(claim_id: str, number: int) -> URIRef:
    """The IRI of the ``number``-th review of a claim.

    >>> review_iri("openai-valuation-300bn", 2)
    rdflib.term.URIRef('https://w3id.org/claimgraph/id/review/openai-valuation-300bn--2')
    """
    return URIRef(f"{BASE}review/{claim_id}--{number}")


def status_from_reviews(claim: URIRef | None = None) -> str:
    """A SPARQL Update operation that sets claims' status from their current review.

    Only claims with a review change; ``claim`` limits it to one claim.
    """
    pairs = " ".join(f"(<{verdict.iri}> <{STATUS[verdict.status]}>)" for verdict in scale().verdicts.values())
    only = f"VALUES ?claim {{ <{claim}> }}" if claim is not None else ""
    return f"""
DELETE {{ ?claim <{CG.status}> ?old }} INSERT {{ ?claim <{CG.status}> ?new }} WHERE {{
  {only}
  ?review a <{SCHEMA.ClaimReview}> ; <{SCHEMA.itemReviewed}> ?claim ; <{SCHEMA.reviewRating}>/<{CG.verdict}> ?verdict .
  FILTER NOT EXISTS {{ ?newer <{PROV.wasRevisionOf}> ?review }}
  VALUES (?verdict ?new) {{ {pairs} }}
  ?claim <{CG.status}> ?old .
}}
"""


def evidence_links(urls: list[str]) -> list[URIRef]:
    """Evidence URLs as IRIs.

    Raises:
        InputError: one is not an http or https link.
    """
    links = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc or any(c in url for c in ' <>"{}|\\^`'):
            raise InputError(f"evidence must be http or https links; got {url!r}")
        links.append(URIRef(url))
    return links


def review_quads(
    review: URIRef,
    claim: URIRef,
    verdict: Verdict,
    rationale: str,
    evidence: list[URIRef],
    reviewer: str,
    published: datetime,
    revises: URIRef | None,
) -> list[Quad]:
    """The quads of one review: the ClaimReview, its rating and its author."""
    rating, author = URIRef(f"{review}#rating"), URIRef(f"{review}#author")
    bounds = scale()
    quads: list[Quad] = [
        (review, RDF.type, SCHEMA.ClaimReview, DEFAULT),
        (review, SCHEMA.itemReviewed, claim, DEFAULT),
        (review, SCHEMA.reviewRating, rating, DEFAULT),
        (review, SCHEMA.reviewBody, Literal(rationale), DEFAULT),
        (review, SCHEMA.author, author, DEFAULT),
        (review, SCHEMA.datePublished, Literal(published.isoformat(), datatype=XSD.dateTime), DEFAULT),
        (rating, RDF.type, SCHEMA.Rating, DEFAULT),
        (rating, CG.verdict, verdict.iri, DEFAULT),
        (rating, SCHEMA.alternateName, Literal(verdict.label), DEFAULT),
        (rating, SCHEMA.ratingValue, Literal(verdict.value), DEFAULT),
        (rating, SCHEMA.worstRating, Literal(bounds.worst), DEFAULT),
        (rating, SCHEMA.bestRating, Literal(bounds.best), DEFAULT),
        (author, RDF.type, SCHEMA.Person, DEFAULT),
        (author, SCHEMA.name, Literal(reviewer), DEFAULT),
    ]
    quads += [(review, SCHEMA.citation, link, DEFAULT) for link in evidence]
    if revises is not None:
        quads.append((review, PROV.wasRevisionOf, revises, DEFAULT))
    return quads


_HISTORY = """
SELECT ?review ?claim ?verdict ?label ?value ?worst ?best ?rationale ?reviewer ?date ?revises
       (GROUP_CONCAT(STR(?link); separator=" ") AS ?evidence) ?current
WHERE {
  VALUES ?claim { %(claim)s }
  ?review a schema:ClaimReview ; schema:itemReviewed ?claim ; schema:reviewBody ?rationale ;
          schema:datePublished ?date ; schema:author/schema:name ?reviewer ; schema:reviewRating ?rating .
  ?rating cg:verdict ?verdictIri ; schema:alternateName ?label ; schema:ratingValue ?value ;
          schema:worstRating ?worst ; schema:bestRating ?best .
  OPTIONAL { ?review schema:citation ?link }
  OPTIONAL { ?review prov:wasRevisionOf ?revises }
  BIND (STRAFTER(STR(?verdictIri), "#") AS ?verdict)
  BIND (NOT EXISTS { ?newer prov:wasRevisionOf ?review } AS ?current)
}
GROUP BY ?review ?claim ?verdict ?label ?value ?worst ?best ?rationale ?reviewer ?date ?revises ?current
ORDER BY DESC(?date) DESC(?review)
"""


def _review_json(row: dict[str, object]) -> dict[str, object]:
    return {
        "id": short_id(row["review"]),
        "iri": str(row["review"]),
        "claim": {"id": short_id(row["claim"]), "iri": str(row["claim"])},
        "verdict": row["verdict"],
        "label": row["label"],
        "rating_value": int(row["value"]),
        "worst_rating": int(row["worst"]),
        "best_rating": int(row["best"]),
        "rationale": row["rationale"],
        "evidence": sorted(str(row["evidence"]).split()) if row["evidence"] else [],
        "reviewer": row["reviewer"],
        "date": row["date"].isoformat() if isinstance(row["date"], datetime) else str(row["date"]),
        "revises": None if row["revises"] is None else short_id(row["revises"]),
        "current": bool(row["current"]),
    }


def _require_claim(store: Store, claim: URIRef, claim_id: str) -> None:
    if not store.query(f"ASK {{ <{claim}> a <{CG.Claim}> }}").askAnswer:
        raise NotFoundError(f"no claim with id {excerpt(claim_id)}")


def history(store: Store, claim_id: str) -> list[dict[str, object]]:
    """Every review of a claim, newest first; the first is the current verdict.

    Raises:
        NotFoundError: no claim has this id.
    """
    claim = claim_iri(claim_id)
    _require_claim(store, claim, claim_id)
    return [_review_json(row) for row in store.select(_HISTORY % {"claim": f"<{claim}>"})]


def _next_review(store: Store, claim: URIRef, claim_id: str) -> tuple[int, URIRef | None]:
    """The number the next review of a claim takes (one past the highest in use, so a deleted
    review never makes a number come round again), and the current review it revises."""
    rows = store.select(
        f"SELECT ?review ?current WHERE {{ ?review schema:itemReviewed <{claim}> . "
        f"BIND (NOT EXISTS {{ ?newer prov:wasRevisionOf ?review }} AS ?current) }} ORDER BY ?review"
    )
    stem = str(review_iri(claim_id, 0))[:-1]
    tails = [str(row["review"]).removeprefix(stem) for row in rows if str(row["review"]).startswith(stem)]
    numbers = [int(tail) for tail in tails if tail.isdigit()]
    current = [URIRef(str(row["review"])) for row in rows if row["current"]]
    return max([len(rows), *numbers]) + 1, (current[0] if current else None)


def _insert_if_still_next(quads: list[Quad], review: URIRef, claim: URIRef, revises: URIRef | None) -> str:
    """Insert a review only if, inside the update's own transaction, its IRI is unused and the review
    it revises is still the current one (so a writer in another process cannot fork the chain or
    merge two reviews into one IRI)."""
    current = (
        f"FILTER NOT EXISTS {{ ?newer <{PROV.wasRevisionOf}> <{revises}> }}"
        if revises is not None
        else f"FILTER NOT EXISTS {{ ?other <{SCHEMA.itemReviewed}> <{claim}> }}"
    )
    return f"INSERT {insert_data(quads).removeprefix('INSERT DATA ')} WHERE {{ FILTER NOT EXISTS {{ <{review}> ?p ?o }} {current} }}"


def add_review(
    store: Store,
    claim_id: str,
    verdict: str,
    rationale: str,
    evidence: list[str],
    reviewer: str,
    now: datetime | None = None,
    written: Callable[[int, int], None] | None = None,
) -> dict[str, object]:
    """Record a review of a claim; it becomes the current verdict and the claim's status follows.

    The review and the status change are written in one transaction, after the
    review has passed the SHACL shapes. The review takes the next unused number,
    and the transaction inserts it only if that number is still free and the
    review it revises is still current; otherwise it tries the next number.
    ``written`` is then called with the store's versions before and after,
    still under the write lock, if no other write came in between (so that a
    cache knows those versions changed this claim's verdict only).

    Raises:
        NotFoundError: no claim has this id.
        InputError: an unknown verdict, a blank rationale or reviewer, or evidence that is not a link.
        ValidationError: the review breaks a shape; nothing was written.
        StoreError: other writers took every number it tried; nothing was written.
    """
    if verdict not in scale().verdicts:
        raise InputError(f"unknown verdict {verdict!r}; use one of {', '.join(scale().verdicts)}")
    if not rationale.strip():
        raise InputError("a review needs a rationale")
    if not reviewer.strip():
        raise InputError("a review needs the reviewer's name")
    links = evidence_links(evidence)
    claim = claim_iri(claim_id)
    published = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    stamp = Literal(published.isoformat(), datatype=XSD.dateTime).n3()
    tried = 0
    with WRITE_LOCK:
        _require_claim(store, claim, claim_id)
        before, writes = store.version, 0
        for _ in range(MINT_ATTEMPTS):
            number, revises = _next_review(store, claim, claim_id)
            tried = number = max(number, tried + 1)
            review = review_iri(claim_id, number)
            quads = review_quads(review, claim, scale().verdicts[verdict], rationale.strip(), links, reviewer.strip(), published, revises)
            check(quads)
            writes += 1
            store.update(_insert_if_still_next(quads, review, claim, revises) + " ;\n" + status_from_reviews(claim))
            if store.query(f"ASK {{ <{review}> <{SCHEMA.itemReviewed}> <{claim}> ; <{SCHEMA.datePublished}> {stamp} }}").askAnswer:
                break
        else:
            raise StoreError(f"could not record the review of {claim_id!r}: other writers kept taking its number; nothing was written")
        if written is not None and before is not None and store.version == before + writes:
            written(before, before + writes)
    return next(item for item in history(store, claim_id) if item["iri"] == str(review))
