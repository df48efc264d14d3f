"""``POST /api/documents``: ingest an article (editor token), as ``claimgraph ingest`` does."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response

from claimgraph.api import schemas
from claimgraph.api.auth import require
from claimgraph.api.bodies import read_bounded
from claimgraph.api.deps import StoreDep
from claimgraph.api.settings import Settings
from claimgraph.kg.ingest import ingest
from claimgraph.kg.tokens import Token


def router(settings: Settings) -> APIRouter:
    """The documents router, with the size limit of the settings."""
    routes = APIRouter(tags=["documents"])
    limit = settings.max_document_bytes

    async def article_bytes(request: Request) -> bytes:
        """The request body: ``text/plain`` in UTF-8, at most ``limit`` bytes (read no further)."""
        kind, _, parameters = request.headers.get("content-type", "").partition(";")
        charset = next((p.split("=", 1)[1].strip(' "').lower() for p in parameters.split(";") if p.strip().lower().startswith("charset=")), "utf-8")
        if kind.strip().lower() != "text/plain" or charset not in ("utf-8", "utf8"):
            raise HTTPException(415, "send the article as the request body with Content-Type: text/plain; charset=utf-8")
        return await read_bounded(request, limit, f"the document is over the size limit of {limit} bytes; nothing was stored")

    @routes.post(
        "/api/documents",
        status_code=201,
        openapi_extra={"requestBody": {"required": True, "content": {"text/plain": {"schema": {"type": "string"}}}}},
        responses={
            200: {"description": "The same text is already stored (same SHA-256): nothing was added"},
            400: {"description": "Text that is empty, not UTF-8 or binary; a bad date or URL: nothing was stored"},
            401: {"description": "No bearer token, or an unknown or revoked one"},
            403: {"description": "The token's role cannot ingest (editors only)"},
            413: {"description": "Text over the size limit: nothing was stored"},
            415: {"description": "A body that is not text/plain in UTF-8"},
            422: {"description": "The extracted claims break a shape: nothing was stored"},
        },
    )
    def create(
        store: StoreDep,
        response: Response,
        token: Token = Depends(require("editor")),
        published: str = Query(description="publication date: YYYY-MM-DD (or YYYY-MM, YYYY when only that much is known)"),
        title: str | None = Query(None, description="the article's title"),
        publisher: str | None = Query(None, description="who published it; linked to an entity or proposed as a publication"),
        url: str | None = Query(None, description="where it was published (http or https)"),
        text: bytes = Depends(article_bytes),
    ) -> schemas.Ingested:
        """Store an article and its candidate claims (status ``candidate``), linked to known entities;
        answers what was stored. The article is the request body (``text/plain``); the same text twice adds nothing."""
        report = ingest(
            store, text, published, title=title, publisher=publisher, url=url, agent=token.name, max_bytes=limit
        )
        if report.created:
            response.headers["Location"] = f"/api/documents/{report.document}"
        else:
            response.status_code = 200
        return report.json()

    return routes
