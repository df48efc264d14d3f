"""The FastAPI application: health, claims and a read-only SPARQL endpoint."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Query, Response

from claimgraph.api import analysis as analysis_routes
from claimgraph.api import pages, views
from claimgraph.api.settings import Settings
from claimgraph.claims.errors import NotFoundError
from claimgraph.kg import resources
from claimgraph.kg.store import Store, open_store


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """Build the app; it opens the configured store unless one is given."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = store is None
        app.state.store = store or open_store(settings.store)
        yield
        if owned:
            app.state.store.close()

    app = FastAPI(title="claimgraph", lifespan=lifespan)

    @app.get("/health")
    def health() -> dict[str, object]:
        return {"status": "ok", "quads": app.state.store.quad_count()}

    @app.get("/api/claims")
    def claims() -> dict[str, object]:
        items = resources.list_claims(app.state.store)
        return {"items": items, "total": len(items), "limit": len(items), "offset": 0}

    @app.get("/api/claims/{claim_id}")
    def claim(claim_id: str) -> dict[str, object]:
        try:
            return resources.get_claim(app.state.store, claim_id)
        except NotFoundError as error:
            raise HTTPException(404, str(error)) from None

    @app.get("/sparql")
    def sparql(query: str = Query(...)) -> Response:
        try:
            result = app.state.store.query(query)
        except SyntaxError as error:
            raise HTTPException(400, f"malformed query: {error}") from None
        return Response(result.serialize(format="json"), media_type="application/sparql-results+json")

    app.include_router(analysis_routes.router)
    app.include_router(views.router)
    app.include_router(pages.router)
    return app
