"""``/api``: claims, entities, documents and sources as JSON, with filters, paging and provenance inline;
whole-graph exports."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query, Request, Response

from claimgraph.kg import claimreview, export, resources
from claimgraph.kg.resources import ClaimFilter

router = APIRouter(tags=["resources"])

NOT_FOUND = {404: {"description": "No resource has this id (a problem document)"}}
BAD_INPUT = {400: {"description": "A filter value that names nothing or is not a date (a problem document)"}}

_EXPORTS = {
    "trig": "application/trig",
    "nquads": "application/n-quads",
    "turtle": "text/turtle; charset=utf-8",
    "jsonld": "application/ld+json",
    "csv": "text/csv; charset=utf-8",
}


def _store(request: Request):  # noqa: ANN202 - the app's store
    return request.app.state.store


def public_url(request: Request) -> str:
    """The service's public address: the configured one, else the address the request came to."""
    return request.app.state.public_url or str(request.base_url).rstrip("/")


@router.get("/health", tags=["service"])
def health(request: Request) -> dict[str, object]:
    """Whether the service is up, and how many quads its store holds."""
    return {"status": "ok", "quads": _store(request).quad_count()}


@router.get("/api/claims", responses=BAD_INPUT)
def claims(
    request: Request,
    type: str | None = Query(None, description="claim type, e.g. valuation"),  # noqa: A002
    entity: str | None = Query(None, description="an entity id the claim is about or mentions"),
    claimant: str | None = Query(None, description="the entity id of the claimant"),
    document: str | None = Query(None, description="a document id"),
    status: str | None = Query(None, description="unverified, in_review, reviewed, ..."),
    verdict: str | None = Query(None, description="the current verdict (true, mostly_true, ...), or none"),
    about_from: str | None = Query(None, description="time about overlaps from this date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    about_to: str | None = Query(None, description="time about overlaps up to this date"),
    q: str | None = Query(None, description="words in the statement or the quote"),
    limit: int = Query(50, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> dict[str, object]:
    """Claims with their provenance, filtered, in document order."""
    where = ClaimFilter(type, entity, claimant, document, status, verdict, about_from, about_to, q)
    return resources.find_claims(_store(request), where, limit, offset, request.app.state.derived.claim_order()).json()


@router.get("/api/claims/{claim_id}", responses=NOT_FOUND)
def claim(request: Request, claim_id: str) -> dict[str, object]:
    """One claim: value, provenance, anchor, the quote in context, review history and related claims."""
    return resources.claim_details(_store(request), claim_id)


@router.get("/api/entities", responses=BAD_INPUT)
def entities(
    request: Request,
    type: str | None = Query(None, description="entity type, e.g. firm"),  # noqa: A002
    q: str | None = Query(None, description="words in the label or an alias"),
    limit: int = Query(50, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> dict[str, object]:
    """Entities with their claim counts, by label."""
    return resources.list_entities(_store(request), type, q, limit, offset).json()


@router.get("/api/entities/{entity_id}", responses=NOT_FOUND)
def entity(request: Request, entity_id: str) -> dict[str, object]:
    """One entity: every claim about it, mentioning it and attributed to it, and the entities it is linked to."""
    return resources.get_entity(_store(request), entity_id, request.app.state.derived.claim_order())


@router.get("/api/documents")
def documents(request: Request, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)) -> dict[str, object]:
    """Documents (metadata without their text) with their claim counts."""
    return resources.list_documents(_store(request), limit, offset).json()


@router.get("/api/documents/{document_id}", responses=NOT_FOUND)
def document(request: Request, document_id: str) -> dict[str, object]:
    """One document: metadata, hash, text, and its claims with their spans."""
    return resources.document_with_claims(_store(request), document_id, request.app.state.derived.claim_order())


@router.get("/api/sources")
def sources(request: Request, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)) -> dict[str, object]:
    """Claimants with how many claims each is the source of; anonymous sources marked."""
    return resources.list_sources(_store(request), limit, offset).json()


@router.get("/api/export/claimreview", tags=["export"])
def export_claimreview(request: Request) -> Response:
    """schema.org ClaimReview JSON-LD for every reviewed claim (its current review)."""
    body = claimreview.claimreview_json(_store(request), public_url(request))
    return Response(body, media_type="application/ld+json")


@router.get("/api/export", tags=["export"])
def export_graph(request: Request, format: Literal["trig", "nquads", "turtle", "jsonld", "csv"] = "trig") -> Response:  # noqa: A002
    """The whole graph as TriG, N-Quads, Turtle (graphs merged) or JSON-LD; or the claims as CSV, one row each."""
    body = export.export(_store(request), format)
    extension = {"jsonld": "jsonld", "nquads": "nq", "turtle": "ttl"}.get(format, format)
    return Response(body, media_type=_EXPORTS[format], headers={"Content-Disposition": f'attachment; filename="claimgraph.{extension}"'})
