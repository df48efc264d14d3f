"""Reviews of claims as ``schema:ClaimReview`` resources: add one, read the history.

A review is never changed or deleted. A new review of a claim points to the one
it revises (``prov:wasRevisionOf``); the review nothing revises is the claim's
current verdict, and the claim's ``cg:status`` follows it (the status each
verdict leads to is part of the rating scale in ``ontology/ratings.ttl``).
Reviews live outside the triples a build replaces, and a build re-applies
:func:`status_from_reviews`, so verdicts survive rebuilding the claims.

Only a claim on the record (unverified, in review, reviewed) can be reviewed
(:mod:`claimgraph.claims.lifecycle`). A review's author is who was
authenticated; a display name a client gives is kept beside it
(``cg:displayName``), never instead. Each review is written with the
``cg:Reviewing`` activity that generated it (:mod:`claimgraph.kg.activities`).
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from claimgraph.claims import lifecycle
from claimgraph.claims.errors import InputError
from claimgraph.kg.errors import NotFoundError, StoreError
from claimgraph.kg.activities import activity_quads, agent_name, ended
from claimgraph.kg.locks import WRITE_LOCK
from claimgraph.kg.mapping import DEFAULT, Quad
from claimgraph.kg.namespaces import BASE, CG, SCHEMA, STATUS, claim_iri, short_id
from claimgraph.kg.store import Store, insert_data
from claimgraph.kg.ratings import Verdict, scale
from claimgraph.kg.validation import check
from claimgraph.kg.errors import excerpt

MINT_ATTEMPTS = 5
"""Numbers a review tries before giving up, when other writers keep taking the next one."""

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


def reviewing_iri(claim_id: str, number: int) -> URIRef:
    """The IRI of the activity that wrote the ``number``-th review of a claim.

    >>> reviewing_iri("openai-valuation-300bn", 2)
    rdflib.term.URIRef('https://w3id.org/claimgraph/id/reviewing/openai-valuation-300bn--2')
    """
    return URIRef(f"{BASE}reviewing/{claim_id}--{number}")


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


def web_link(url: str, what: str) -> URIRef:
    """An http or https URL as an IRI, kept as data (nothing fetches it).

    Raises:
        InputError: it is not an http or https link (``what`` says whose it is).

    >>> web_link("https://example.org/a", "evidence")
    rdflib.term.URIRef('https://example.org/a')
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c in url for c in ' <>"{}|\\^`') or not url.isprintable():
        raise InputError(f"{what} must be http or https links; got {excerpt(url)}")
    return URIRef(url)


def evidence_links(urls: list[str]) -> list[URIRef]:
    """Evidence URLs as IRIs.

    Raises:
        InputError: one is not an http or https link.
    """
    return [web_link(url, "evidence") for url in urls]


def review_quads(
    review: URIRef,
    claim: URIRef,
    verdict: Verdict,
    rationale: str,
    evidence: list[URIRef],
    reviewer: str,
    published: datetime,
    revises: URIRef | None,
    activity: URIRef | None,
    display_name: str | None = None,
) -> list[Quad]:
    """The quads of one review: the ClaimReview, its rating, its author (the authenticated ``reviewer``, with
    the ``display_name`` beside it), and the ``cg:Reviewing`` ``activity`` that generated it, whose agent has
    a node of its own, so that the record of who reviewed outlives an editor's deletion of the review.
    ``activity`` None leaves the activity out: a review an editor writes over SPARQL, which the update's own
    record dates."""
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
        (rating, CG.verdict, URIRef(verdict.iri), DEFAULT),
        (rating, SCHEMA.alternateName, Literal(verdict.label), DEFAULT),
        (rating, SCHEMA.ratingValue, Literal(verdict.value), DEFAULT),
        (rating, SCHEMA.worstRating, Literal(bounds.worst), DEFAULT),
        (rating, SCHEMA.bestRating, Literal(bounds.best), DEFAULT),
        (author, RDF.type, SCHEMA.Person, DEFAULT),
        (author, SCHEMA.name, Literal(reviewer), DEFAULT),
    ]
    if activity is not None:
        quads += activity_quads(activity, CG.Reviewing, reviewer, published, display_name=display_name)
        quads += [(activity, PROV.used, claim, DEFAULT), (activity, PROV.generated, review, DEFAULT)]
    if display_name:
        quads.append((author, CG.displayName, Literal(display_name), DEFAULT))
    quads += [(review, SCHEMA.citation, link, DEFAULT) for link in evidence]
    if revises is not None:
        quads.append((review, PROV.wasRevisionOf, revises, DEFAULT))
    return quads


_HISTORY = """
SELECT ?review ?claim ?verdict ?label ?value ?worst ?best ?rationale ?reviewer ?display ?date ?revises
       (GROUP_CONCAT(STR(?link); separator=" ") AS ?evidence) ?current
WHERE {
  VALUES ?claim { %(claim)s }
  ?review a schema:ClaimReview ; schema:itemReviewed ?claim ; schema:reviewBody ?rationale ;
          schema:datePublished ?date ; schema:author ?author ; schema:reviewRating ?rating .
  ?author schema:name ?reviewer .
  OPTIONAL { ?author cg:displayName ?display }
  ?rating cg:verdict ?verdictIri ; schema:alternateName ?label ; schema:ratingValue ?value ;
          schema:worstRating ?worst ; schema:bestRating ?best .
  OPTIONAL { ?review schema:citation ?link }
  OPTIONAL { ?review prov:wasRevisionOf ?revises }
  BIND (STRAFTER(STR(?verdictIri), "#") AS ?verdict)
  BIND (NOT EXISTS { ?newer prov:wasRevisionOf ?review } AS ?current)
}
GROUP BY ?review ?claim ?verdict ?label ?value ?worst ?best ?rationale ?reviewer ?display ?date ?revises ?current
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
        "display_name": row["display"],
        "date": row["date"].isoformat() if isinstance(row["date"], datetime) else str(row["date"]),
        "revises": None if row["revises"] is None else short_id(row["revises"]),
        "current": bool(row["current"]),
    }


def _require_claim(store: Store, claim: URIRef, claim_id: str) -> None:
    if not store.query(f"ASK {{ <{claim}> a <{CG.Claim}> }}").askAnswer:
        raise NotFoundError(f"no claim with id {excerpt(claim_id)}")


def _require_reviewable(store: Store, claim: URIRef, claim_id: str) -> None:
    """Check that the claim exists and is on the record.

    Raises:
        NotFoundError: no claim has this id.
        ClaimStatusError: the claim is not on the record (a candidate, rejected or retracted).
    """
    _require_claim(store, claim, claim_id)
    rows = store.select(f"SELECT ?status WHERE {{ <{claim}> cg:status ?status }}")
    lifecycle.require("review", str(rows[0]["status"]).rsplit("#", 1)[-1] if rows else "without a status", claim_id)


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


def _insert_if_still_next(quads: list[Quad], review: URIRef, activity: URIRef, claim: URIRef, revises: URIRef | None) -> str:
    """Insert a review only if, inside the update's own transaction, its IRI and its activity's are
    unused, the review it revises is still the current one, and the claim is on the record (so a
    writer in another process cannot fork the chain, merge two reviews into one IRI, or review a
    claim it has just rejected or retracted)."""
    current = (
        f"FILTER NOT EXISTS {{ ?newer <{PROV.wasRevisionOf}> <{revises}> }}"
        if revises is not None
        else f"FILTER NOT EXISTS {{ ?other <{SCHEMA.itemReviewed}> <{claim}> }}"
    )
    on_record = " ".join(f"<{STATUS[status]}>" for status in lifecycle.ON_RECORD)
    return (
        f"INSERT {insert_data(quads).removeprefix('INSERT DATA ')} WHERE {{ "
        f"<{claim}> <{CG.status}> ?status . VALUES ?status {{ {on_record} }} "
        f"FILTER NOT EXISTS {{ <{review}> ?p ?o }} FILTER NOT EXISTS {{ <{activity}> ?p ?o }} {current} }}"
    )


def add_review(
    store: Store,
    claim_id: str,
    verdict: str,
    rationale: str,
    evidence: list[str],
    reviewer: str,
    *,
    display_name: str | None = None,
    now: datetime | None = None,
) -> dict[str, object]:
    """Record a review of a claim on the record; it becomes the current verdict and the claim's status follows.

    ``reviewer`` is the review's author and the agent of its ``cg:Reviewing``
    activity: who was authenticated (the token's name; ``--by`` on the command
    line). ``display_name``, if given, is kept beside it and never replaces it.
    The review, its activity and the status change are written in one
    transaction, after the review has passed the SHACL shapes. The review takes
    the next unused number, and the transaction inserts it only if that number
    is still free, the review it revises is still current and the claim is still
    on the record; otherwise it tries the next number. The write changes
    verdicts only (:attr:`~claimgraph.kg.store.Store.structure_version` stays).

    Raises:
        NotFoundError: no claim has this id.
        ClaimStatusError: the claim is not on the record (a candidate, rejected or retracted); nothing was written.
        InputError: an unknown verdict, a blank rationale or reviewer, or evidence that is not a link.
        ValidationError: the review breaks a shape; nothing was written.
        StoreError: other writers took every number it tried; nothing was written.
    """
    if verdict not in scale().verdicts:
        raise InputError(f"unknown verdict {verdict!r}; use one of {', '.join(scale().verdicts)}")
    if not rationale.strip():
        raise InputError("a review needs a rationale")
    reviewer = agent_name(reviewer, "reviewer")
    display_name = " ".join((display_name or "").split()) or None
    links = evidence_links(evidence)
    claim = claim_iri(claim_id)
    published = ended(now)
    stamp = Literal(published.isoformat(), datatype=XSD.dateTime).n3()
    tried = 0
    with WRITE_LOCK:
        for _ in range(MINT_ATTEMPTS):
            _require_reviewable(store, claim, claim_id)
            number, revises = _next_review(store, claim, claim_id)
            tried = number = max(number, tried + 1)
            review, activity = review_iri(claim_id, number), reviewing_iri(claim_id, number)
            quads = review_quads(
                review, claim, scale().verdicts[verdict], rationale.strip(), links, reviewer, published, revises, activity, display_name
            )  # fmt: skip
            check(quads)
            store.update(_insert_if_still_next(quads, review, activity, claim, revises) + " ;\n" + status_from_reviews(claim), verdicts_only=True)
            if store.query(f"ASK {{ <{review}> <{SCHEMA.itemReviewed}> <{claim}> ; <{SCHEMA.datePublished}> {stamp} }}").askAnswer:
                break
        else:
            raise StoreError(f"could not record the review of {claim_id!r}: other writers kept taking its number; nothing was written")
    return next(item for item in history(store, claim_id) if item["iri"] == str(review))
