"""``/api``: claims, entities, documents and sources as JSON, with filters, paging and provenance inline;
whole-graph exports."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query, Response

from claimgraph.api import schemas
from claimgraph.api.deps import AsOf, DerivedDep, PublicUrl, StoreDep
from claimgraph.claims import lifecycle
from claimgraph.claims.errors import InputError
from claimgraph.kg import analysis, claimreview, export, projection, resources
from claimgraph.kg.resources import ClaimFilter
from claimgraph.viz import views

router = APIRouter(tags=["resources"])

NOT_FOUND = {404: {"description": "No resource has this id (a problem document)"}}
BAD_INPUT = {400: {"description": "A filter value that names nothing or is not a date (a problem document)"}}

TIPS_AT_MOST = 4 * views.TOOLTIP_CLAIMS
"""The most claims one request for tooltips may name (a link's tooltip names :data:`~claimgraph.viz.views.TOOLTIP_CLAIMS`)."""

_EXPORTS = {
    "trig": "application/trig",
    "nquads": "application/n-quads",
    "turtle": "text/turtle; charset=utf-8",
    "jsonld": "application/ld+json",
    "csv": "text/csv; charset=utf-8",
}


@router.get("/health", tags=["service"])
def health() -> schemas.Health:
    """Whether the service is up. It reads nothing: probes come often, and counting a million claims' quads took minutes."""
    return schemas.Health(status="ok")


@router.get("/api/claims", responses=BAD_INPUT)
def claims(
    store: StoreDep,
    derived: DerivedDep,
    type: str | None = Query(None, description="claim type, e.g. valuation"),  # noqa: A002
    entity: str | None = Query(None, description="an entity id the claim is about or mentions"),
    claimant: str | None = Query(None, description="the entity id of the claimant"),
    document: str | None = Query(None, description="a document id"),
    status: str | None = Query(None, description="only claims in this state (candidate, rejected, unverified, in_review, reviewed, retracted); claims on the record when left out"),
    verdict: str | None = Query(None, description="the current verdict (true, mostly_true, ...), or none"),
    about_from: str | None = Query(None, description="time about overlaps from this date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    about_to: str | None = Query(None, description="time about overlaps up to this date"),
    q: str | None = Query(None, description="words in the statement or the quote"),
    as_of: AsOf = None,
    limit: int = Query(50, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> schemas.Page[schemas.Claim]:
    """Claims on the record (or in the state asked for) with their provenance, filtered, in document order.

    The curation queue (``status=candidate``) offers each candidate the verdicts of the claims on the record that
    make the same claim (``offered_verdicts``; :mod:`claimgraph.kg.matching`); nothing is copied.

    With ``as_of``, the claims on the record at that time with their verdicts and statuses then (what the service
    keeps, when no write changed the record since); ``status`` cannot be given with it.
    """
    reading = derived.reading_time(as_of) if status is None else as_of  # a status with as_of is refused by the filter
    where = ClaimFilter(type, entity, claimant, document, status, verdict, about_from, about_to, q, reading)
    page = resources.find_claims(store, where, limit, offset, derived.claim_order(reading)).json()
    if status == lifecycle.CANDIDATE and as_of is None:
        records = projection.read_claims(store, [item["id"] for item in page["items"]])
        offered = analysis.offered_verdicts(derived.network(), list(records.values()))
        for item in page["items"]:
            item["offered_verdicts"] = offered.get(item["id"], [])
    return page


@router.get("/api/claims/{claim_id}", responses=NOT_FOUND)
def claim(store: StoreDep, claim_id: str, as_of: AsOf = None) -> schemas.ClaimDetails:
    """One claim, in whatever state: value, provenance, anchor, the quote in context, review history and related claims.

    With ``as_of``, the claim as it was on the record at that time (404 if it was not on it): its status, reviews,
    current verdict and related claims then; its words are today's.
    """
    return resources.claim_details(store, claim_id, as_of)


@router.get("/api/claim-tips", responses={400: {"description": f"no id, or more than {TIPS_AT_MOST} (a problem document)"}})
def claim_tips(
    derived: DerivedDep, claim_id: list[str] = Query([], alias="id", description=f"a claim's id; 1 to {TIPS_AT_MOST} of them"),
    as_of: AsOf = None,
) -> dict[str, list[dict[str, object]]]:
    """What a network view's tooltip shows of these claims (statement, quote, claimant, times, verdict): those on the
    record now (or ``as_of`` a time, with their verdicts then), in the order asked; a claim not on it is left out."""
    if not 1 <= len(claim_id) <= TIPS_AT_MOST:
        raise InputError(f"name 1 to {TIPS_AT_MOST} claims with id=, not {len(claim_id)}")
    network = derived.network() if as_of is None else derived.network_as_of(as_of)
    return {"claims": list(views.claim_tips(network, claim_id).values())}


@router.get("/api/entities", responses=BAD_INPUT)
def entities(
    store: StoreDep,
    type: str | None = Query(None, description="entity type, e.g. firm"),  # noqa: A002
    q: str | None = Query(None, description="words in the label or an alias"),
    as_of: AsOf = None,
    limit: int = Query(50, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> schemas.Page[schemas.Entity]:
    """Entities with their counts of claims on the record (now, or ``as_of`` a time), by label."""
    return resources.list_entities(store, type, q, limit, offset, as_of).json()


@router.get("/api/entities/{entity_id}", responses=NOT_FOUND)
def entity(store: StoreDep, derived: DerivedDep, entity_id: str, as_of: AsOf = None) -> schemas.EntityDetails:
    """One entity: every claim on the record (now, or ``as_of`` a time) about it, mentioning it and attributed to it,
    and the entities it is linked to."""
    reading = derived.reading_time(as_of)
    return resources.get_entity(store, entity_id, derived.claim_order(reading), reading)


@router.get("/api/documents")
def documents(
    store: StoreDep, as_of: AsOf = None, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)
) -> schemas.Page[schemas.Document]:
    """Documents (metadata without their text) with their counts of claims on the record (now, or ``as_of`` a time)."""
    return resources.list_documents(store, limit, offset, as_of).json()


@router.get("/api/documents/{document_id}", responses=NOT_FOUND)
def document(store: StoreDep, derived: DerivedDep, document_id: str, as_of: AsOf = None) -> schemas.DocumentDetails:
    """One document: metadata, hash, text, and its claims on the record (now, or ``as_of`` a time) with their spans."""
    reading = derived.reading_time(as_of)
    return resources.document_with_claims(store, document_id, derived.claim_order(reading), reading)


@router.get("/api/sources")
def sources(
    store: StoreDep, as_of: AsOf = None, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)
) -> schemas.Page[schemas.Source]:
    """Claimants with how many claims on the record (now, or ``as_of`` a time) each is the source of; anonymous sources marked."""
    return resources.list_sources(store, limit, offset, as_of).json()


@router.get("/api/export/claimreview", tags=["export"])
def export_claimreview(store: StoreDep, public_url: PublicUrl, as_of: AsOf = None) -> Response:
    """schema.org ClaimReview JSON-LD for every reviewed claim on the record (its current review; ``as_of`` a time: the
    claims on the record then, each with its current review then)."""
    body = claimreview.claimreview_json(store, public_url, as_of)
    return Response(body, media_type="application/ld+json")


@router.get("/api/export", tags=["export"], responses={400: {"description": "as_of with an RDF format"}})
def export_graph(store: StoreDep, format: Literal["trig", "nquads", "turtle", "jsonld", "csv"] = "trig", as_of: AsOf = None) -> Response:  # noqa: A002
    """The whole store as TriG, N-Quads, Turtle (graphs merged) or JSON-LD; or the claims on the record as CSV, one row
    each (``as_of`` a time: the claims on the record then; an RDF dump is the store itself and is not read as of a time)."""
    body = export.export(store, format, as_of)
    extension = {"jsonld": "jsonld", "nquads": "nq", "turtle": "ttl"}.get(format, format)
    return Response(body, media_type=_EXPORTS[format], headers={"Content-Disposition": f'attachment; filename="claimgraph.{extension}"'})
