"""``/api/claimreviews``: other publishers' fact-checks, imported by an editor and listed for anyone; never a verdict of ours."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response

from claimgraph.api import schemas
from claimgraph.api.auth import require
from claimgraph.api.bodies import read_bounded
from claimgraph.api.deps import PublicUrl, StoreDep
from claimgraph.api.settings import Settings
from claimgraph.kg import factchecks
from claimgraph.kg.namespaces import claim_iri
from claimgraph.kg.tokens import Token

_JSON = ("application/json", "application/ld+json")


def router(settings: Settings) -> APIRouter:
    """The external reviews' router, with the size limit of the settings."""
    routes = APIRouter(tags=["claimreviews"])
    limit = settings.max_document_bytes

    async def json_bytes(request: Request) -> bytes:
        """The request body: JSON or JSON-LD, at most ``limit`` bytes (read no further)."""
        if request.headers.get("content-type", "").partition(";")[0].strip().lower() not in _JSON:
            raise HTTPException(415, "send the ClaimReview JSON-LD or Fact Check Tools JSON with Content-Type: application/json or application/ld+json")
        return await read_bounded(request, limit, f"the body is over the size limit of {limit} bytes; nothing was stored")

    @routes.post(
        "/api/claimreviews",
        status_code=201,
        openapi_extra={"requestBody": {"required": True, "content": {media: {"schema": {"type": "object"}} for media in _JSON}}},
        responses={
            200: {"description": "Every review in the body is stored already: nothing was added"},
            400: {"description": "Not JSON, neither shape, or a review with a missing url or a bad date: nothing was stored"},
            401: {"description": "No bearer token, or an unknown or revoked one"},
            403: {"description": "The token's role cannot import (editors only)"},
            413: {"description": "A body over the size limit: nothing was stored"},
            415: {"description": "A body that is not JSON"},
        },
    )
    def create(
        store: StoreDep,
        response: Response,
        public_url: PublicUrl,
        token: Token = Depends(require("editor")),
        source: str | None = Query(None, max_length=200, description="a name for what is imported (a file name), kept with the import"),
        body: bytes = Depends(json_bytes),
    ) -> schemas.ClaimReviewImport:
        """Import other publishers' fact-checks: ClaimReview JSON-LD (one object, a list, or an ``@graph``) or a Fact
        Check Tools answer (``{"claims": [...]}``). Each is stored with its publisher, URL, date, rating as published and
        the verdict of our scale it maps to (``other`` when unmapped), linked to the claim on the record it matches
        (by the claim's IRI or page, else by the same words), and recorded as imported by the token's name. None is a
        verdict of ours. A bad review refuses the whole body."""
        report = factchecks.import_claimreviews(store, body, source or "request body", token.name, base_url=public_url)
        if report["activity"] is None:
            response.status_code = 200
        return report

    @routes.get("/api/claimreviews", responses={404: {"description": "No claim has this id"}})
    def listing(
        store: StoreDep,
        matched: bool | None = Query(None, description="true: only those linked to a claim on the record; false: only the unmatched ones"),
        claim: str | None = Query(None, description="only those linked to this claim"),
        limit: int = Query(factchecks.DEFAULT_LIMIT, ge=1, le=factchecks.MAX_LIMIT),
        offset: int = Query(0, ge=0),
    ) -> schemas.Page[schemas.ExternalReview]:
        """The imported fact-checks, newest import first, each with where it came from; ``matched=false`` lists the
        external fact-checks of claims the record does not hold."""
        iri = None if claim is None else claim_iri(claim)
        return factchecks.external_reviews(store, matched=matched, claim=iri, limit=limit, offset=offset)

    return routes
