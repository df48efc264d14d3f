"""The FastAPI application: a thin assembly of the routers, the error handlers, CORS and the query pool."""

from __future__ import annotations

from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from claimgraph.api import analysis as analysis_routes
from claimgraph.api import claimreviews
from claimgraph.api import curation as curation_routes
from claimgraph.api import documents
from claimgraph.api import indexes
from claimgraph.api import pledges as pledge_routes
from claimgraph.api import docs, history, matches, nanopubs, pages, problems, resolution, rest, reviews, sparql, views
from claimgraph.api import workbench
from claimgraph.api.in_flight import Answering, CountRequests
from claimgraph.api.sessions import SessionMiddleware, Sessions
from claimgraph.api.settings import Settings
from claimgraph.kg.cache import DerivedCache
from claimgraph.kg.namespaces import PREFIX_IRIS
from claimgraph.kg.nanopub import key_path as nanopub_key_path
from claimgraph.kg.query_pool import QueryPool
from claimgraph.kg.store import Store, open_store
from claimgraph.kg.tokens import tokens_path
from claimgraph.kg.warming import Warmer


DISPATCH_THREADS = 64
"""Threads that check SPARQL requests and wait for their answers (apart from the threads of the other routes)."""


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """Build the app; it opens the configured store unless one is given."""
    settings = settings or Settings()
    answering = Answering()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = store is None
        app.state.store = store or open_store(settings.store, settings.update_url)
        app.state.derived = DerivedCache(app.state.store)
        dispatch = ThreadPoolExecutor(max_workers=DISPATCH_THREADS, thread_name_prefix="sparql")
        pool = None
        if app.state.store.oxigraph is not None:
            pool = QueryPool(
                app.state.store, size=settings.query_workers, per_client=settings.query_workers_per_client,
                time_limit=settings.query_time_limit, max_rows=settings.query_max_rows, prefixes=PREFIX_IRIS,
                memory=settings.query_worker_memory_mib << 20,
            )  # fmt: skip
        app.state.queries = sparql.QueryService(dispatch, pool, settings.query_time_limit, settings.query_max_rows, settings.query_max_bytes)
        app.state.warmer = Warmer(app.state.derived, answering.idle).start() if settings.warm else None
        yield
        if app.state.warmer is not None:
            app.state.warmer.stop()
        dispatch.shutdown(wait=False, cancel_futures=True)
        if pool is not None:
            pool.close()
        if owned:
            app.state.store.close()

    app = FastAPI(
        title="claimgraph",
        description="Factual claims of news articles as an RDF graph with provenance, for fact-checkers.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.tokens_path = settings.tokens or tokens_path(settings.store)
    app.state.public_url = settings.public_url
    app.state.nanopub_key = settings.nanopub_key or nanopub_key_path(settings.store)
    app.state.sessions = Sessions()
    problems.install(app)
    app.add_middleware(  # open for reads: no credentials, and no Authorization header from other origins
        CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"], allow_headers=["Accept", "Content-Type"],
    )
    app.add_middleware(SessionMiddleware)  # who is signed in to the pages, checked again on every request
    app.add_middleware(CountRequests, answering=answering)  # outermost: the warmer waits while any request is answered
    app.include_router(sparql.router)
    app.include_router(rest.router)
    app.include_router(reviews.router)
    app.include_router(nanopubs.router)
    app.include_router(pledge_routes.router)
    app.include_router(documents.router(settings))
    app.include_router(claimreviews.router(settings))
    app.include_router(curation_routes.router)
    app.include_router(resolution.router)
    app.include_router(matches.router)
    app.include_router(history.router)
    app.include_router(docs.router)
    app.include_router(analysis_routes.router)
    app.include_router(views.router)
    app.include_router(pages.router)
    app.include_router(workbench.router(settings))
    app.include_router(indexes.router)
    return app
