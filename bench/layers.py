"""Servers that stop part of the way to ``/sparql``, to measure what each layer of the endpoint costs.

``python -m bench.layers LAYER PORT [STORE]`` serves POSTed SPARQL queries (form bodies) on 127.0.0.1 with
uvicorn as ``claimgraph serve`` runs it (uvloop, httptools), without an access log:

- ``asgi``: a bare ASGI function answering a canned ``ASK`` result: uvicorn's own floor;
- ``fastapi``: one FastAPI route reading the form and answering the canned result;
- ``worker``: that route, plus what claimgraph does for a query: the lexer's check in a dispatch thread and the
  answer from a query worker process (:mod:`claimgraph.kg.query_pool`) on STORE, with nothing else of the service
  (no token dependency, CORS, content negotiation or access log).
"""

from __future__ import annotations

import asyncio
import sys
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs

import uvicorn
from fastapi import FastAPI, Request, Response

CANNED = b'{"head":{},"boolean":true}'
JSON = "application/sparql-results+json"


async def bare(scope: dict, receive, send) -> None:  # noqa: ANN001 - the ASGI callables
    """Read the request, answer the canned result."""
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", JSON.encode())]})
    await send({"type": "http.response.body", "body": CANNED})


def fastapi_app() -> FastAPI:
    """One route that reads the form and answers the canned result."""
    app = FastAPI()

    @app.post("/sparql")
    async def canned(request: Request) -> Response:
        parse_qs((await request.body()).decode("utf-8"))
        return Response(CANNED, media_type=JSON)

    return app


def worker_app(location: str) -> FastAPI:
    """One route that checks the query in a dispatch thread and has a query worker answer it."""
    from claimgraph.kg import sparql_text
    from claimgraph.kg.prefixes import PREFIX_IRIS
    from claimgraph.kg.query_pool import QueryPool
    from claimgraph.kg.store import open_store

    app = FastAPI()
    store = open_store(location)
    pool = QueryPool(store, size=6, per_client=2, time_limit=10.0, max_rows=10_000, prefixes=PREFIX_IRIS)
    dispatch = ThreadPoolExecutor(max_workers=64)

    def answer(text: str) -> bytes:
        return pool.answer("client", sparql_text.query(text), JSON).body

    @app.post("/sparql")
    async def pooled(request: Request) -> Response:
        (text,) = parse_qs((await request.body()).decode("utf-8"))["query"]
        return Response(await asyncio.wrap_future(dispatch.submit(answer, text)), media_type=JSON)

    return app


def main(argv: list[str]) -> None:
    layer, port = argv[0], int(argv[1])
    app = {"asgi": lambda: bare, "fastapi": fastapi_app, "worker": lambda: worker_app(argv[2])}[layer]()
    uvicorn.run(app, host="127.0.0.1", port=port, access_log=False, log_level="warning")


if __name__ == "__main__":
    main(sys.argv[1:])
