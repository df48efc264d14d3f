"""``/sparql``: the SPARQL 1.1 Protocol (query and update) with content negotiation and a service description.

Every request is first checked and rewritten by :mod:`claimgraph.kg.sparql_text`,
so the engine runs exactly the tokens that were checked. Queries on the
embedded store are answered by worker processes (:mod:`claimgraph.kg.query_pool`)
that are killed at the time limit; the event loop only waits. Updates need an
editor's bearer token.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Request, Response, Security
from fastapi.security import HTTPAuthorizationCredentials
from starlette.concurrency import run_in_threadpool

from claimgraph.api.auth import authorize, bearer
from claimgraph.api.bodies import read_bounded
from claimgraph.api.editor import editor_page
from claimgraph.kg.errors import QueryTimeoutError
from claimgraph.kg.sparql import TRUNCATED_HEADER
from claimgraph.kg import sparql, sparql_text
from claimgraph.kg.query_pool import GRACE, QueryPool
from claimgraph.kg.errors import excerpt
from claimgraph.kg.updates import validated_update

router = APIRouter(tags=["sparql"])

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"


_ALIASES = {
    "application/json": ("application/sparql-results+json", "application/ld+json"),
    "application/xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "text/xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "application/x-turtle": ("text/turtle",),
    "application/turtle": ("text/turtle",),
    "application/x-json+ld": ("application/ld+json",),
    "text/plain": ("application/n-triples",),
}
"""Media types some clients send for the ones we serve."""


@dataclass
class QueryService:
    """Where queries are evaluated, and the limits they run under."""

    dispatch: ThreadPoolExecutor
    """Threads that check queries and wait for their answers, so that neither blocks the event loop."""
    pool: QueryPool | None
    """The query workers of an embedded store; None for a remote store, which is queried from ``dispatch``."""
    time_limit: float
    max_rows: int
    max_bytes: int
    """The size limit of a request body."""
    long_checks: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(1))
    """Held while a query longer than :data:`LONG_QUERY` is checked: see :func:`_check`."""


LONG_QUERY = 16 << 10
"""Queries longer than this (in characters) are checked one at a time.

Checking is linear, but it is Python holding the service's interpreter lock:
a mebibyte of one-character tokens takes 3-5 s of a core, and four at once
slowed every other request some 35 times. One at a time, the event loop and
short queries keep their share.
"""


def _accepted(accept: str) -> list[tuple[float, int, str]]:
    """The media ranges of an Accept header as (q, position, range), best first."""
    ranges = []
    for position, part in enumerate(accept.split(",")):
        fields = [piece.strip() for piece in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for parameter in fields[1:]:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((q, position, fields[0].lower()))
    return sorted(ranges, key=lambda item: (-item[0], item[1]))


def negotiate(accept: str | None, offered: tuple[str, ...]) -> str:
    """The offered media type an ``Accept`` header prefers (q-values and wildcards honoured);
    the first offered when there is no header.

    Raises:
        HTTPException: 406, when nothing offered is acceptable.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", ("application/sparql-results+json", "text/csv", "application/sparql-results+xml"))
    'application/sparql-results+xml'
    """
    if not accept or not accept.strip():
        return offered[0]
    for q, _, media_range in _accepted(accept):
        if q <= 0:
            continue
        if media_range in ("*/*", "*"):
            return offered[0]
        if media_range.endswith("/*"):
            match = [media for media in offered if media.startswith(media_range[:-1])]
        else:
            match = [media for media in (media_range, *_ALIASES.get(media_range, ())) if media in offered]
        if match:
            return match[0]
    raise HTTPException(406, f"cannot answer in any of: {excerpt(accept)}; this answers in {', '.join(offered)}")


HTML = ("text/html", "application/xhtml+xml")


def prefers_html(accept: str | None) -> bool:
    """Whether an ``Accept`` header names HTML before any other media type it names (wildcards name none):
    a browser's does, a SPARQL client's does not.

    >>> prefers_html("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), prefers_html("*/*")
    (True, False)
    >>> prefers_html("text/turtle, text/html;q=0.5"), prefers_html("application/rdf+xml;q=0.1, text/html")
    (False, True)
    """
    for q, _, media_range in _accepted(accept or ""):
        if q > 0 and not media_range.endswith("/*") and media_range != "*":
            return media_range in HTML
    return False


def _check(service: QueryService, text: str, base: str, deadline: float) -> sparql_text.Checked:
    """:func:`sparql_text.query`; a long query waits its turn (:data:`LONG_QUERY`) and is checked by its deadline."""
    if len(text) <= LONG_QUERY:
        return sparql_text.query(text, base=base)
    if not service.long_checks.acquire(timeout=max(deadline - time.monotonic(), 0)):
        raise QueryTimeoutError(
            f"other long queries were being checked for the whole time limit of {service.time_limit:g} s; try again later"
        )
    try:
        return sparql_text.query(text, base=base, deadline=deadline)
    finally:
        service.long_checks.release()


def _answer(request: Request, text: str, default_graph: list[str] | None, named_graphs: list[str] | None, deadline: float) -> sparql.Answer:
    """Check, negotiate and answer a query (in a dispatch thread)."""
    service: QueryService = request.app.state.queries
    query = _check(service, text, _endpoint(request), deadline)
    media_type = negotiate(request.headers.get("accept"), sparql.media_types(query.form))
    if service.pool is not None:
        client = request.client.host if request.client else "unknown"
        return service.pool.answer(client, query, media_type, default_graph, named_graphs, deadline=deadline)
    return sparql.run_query(
        request.app.state.store, query, media_type,
        default_graph=default_graph, named_graphs=named_graphs, max_rows=service.max_rows, deadline=deadline,
    )  # fmt: skip


def _endpoint(request: Request) -> str:
    """The endpoint's own address: the base IRI of requests, and the service description's subject."""
    return str(request.url.replace(query=""))


def _content_type(media_type: str) -> str:
    return f"{media_type}; charset=utf-8" if media_type.startswith("text/") or media_type.endswith("json") else media_type


async def _query(request: Request, text: str, default_graph: list[str], named_graphs: list[str]) -> Response:
    service: QueryService = request.app.state.queries
    deadline = time.monotonic() + service.time_limit
    future = service.dispatch.submit(_answer, request, text, default_graph or None, named_graphs or None, deadline)
    try:  # the pool answers by the deadline itself; the margin covers a remote store that does not
        answer = await asyncio.wait_for(asyncio.wrap_future(future), timeout=service.time_limit + GRACE + 1)
    except asyncio.TimeoutError:
        raise QueryTimeoutError(
            f"the query ran past the time limit of {service.time_limit:g} s and was stopped; narrow it or add a LIMIT"
        ) from None
    headers = {"Vary": "Accept"}
    if answer.truncated:
        headers[TRUNCATED_HEADER] = str(service.max_rows)
    return Response(answer.body, media_type=_content_type(answer.media_type), headers=headers)


def _service_description(request: Request) -> Response:
    service: QueryService = request.app.state.queries
    media_type = negotiate(request.headers.get("accept"), sparql.GRAPH_MEDIA_TYPES)
    body = sparql.service_description(_endpoint(request), media_type, service.time_limit, service.max_rows)
    return Response(body, media_type=_content_type(media_type), headers={"Vary": "Accept"})


def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise HTTPException(400, f"give one {name} parameter, not {len(values)}")
    return values[0] if values else None


@router.get(
    "/sparql",
    summary="SPARQL query (GET) or the service description",
    responses={200: {"description": "Query results, or the SPARQL 1.1 Service Description when there is no query "
                          "(the SPARQL editor's page for a browser, whose Accept prefers text/html)"}},
)
async def sparql_get(request: Request) -> Response:
    """``?query=`` with optional ``default-graph-uri`` and ``named-graph-uri``; without a query, the service description,
    or the SPARQL editor for a browser (an ``Accept`` that prefers HTML)."""
    params = request.query_params
    if "update" in params:
        raise HTTPException(400, "a SPARQL Update must be sent with POST")
    query = _one(params.getlist("query"), "query")
    if query is None:
        if prefers_html(request.headers.get("accept")):
            return editor_page()
        return _service_description(request)
    return await _query(request, query, params.getlist("default-graph-uri"), params.getlist("named-graph-uri"))


def _update(request: Request, credentials: HTTPAuthorizationCredentials | None, text: str, params: dict[str, list[str]]) -> Response:
    token = authorize(request, credentials, "editor")
    validated_update(
        request.app.state.store, text, agent=token.name, base=_endpoint(request),
        using=params.get("using-graph-uri", ()), using_named=params.get("using-named-graph-uri", ()),
    )  # fmt: skip
    return Response(status_code=204)


@router.post(
    "/sparql",
    summary="SPARQL query or update (POST)",
    openapi_extra={"requestBody": {"required": True, "content": {
        FORM: {"schema": {"type": "object", "properties": {"query": {"type": "string"}, "update": {"type": "string"}}}},
        QUERY: {"schema": {"type": "string"}},
        UPDATE: {"schema": {"type": "string"}},
    }}},  # fmt: skip
    responses={
        200: {"description": "Query results"},
        204: {"description": "The update was applied"},
        413: {"description": "A request body over the size limit"},
        415: {"description": "A body that is neither a form, a query nor an update"},
    },
)
async def sparql_post(request: Request, credentials: HTTPAuthorizationCredentials | None = Security(bearer)) -> Response:
    """A query or an update, as ``application/x-www-form-urlencoded`` (``query=`` or ``update=``),
    ``application/sparql-query`` or ``application/sparql-update``. Updates need an editor's token."""
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type not in (FORM, QUERY, UPDATE):
        raise HTTPException(415, f"send {FORM}, {QUERY} or {UPDATE}, not {excerpt(content_type) if content_type else 'no content type'}")
    limit = request.app.state.queries.max_bytes
    raw = await read_bounded(request, limit, f"the request body is over the size limit of {limit} bytes")
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "the request body is not UTF-8") from None
    params = {key: request.query_params.getlist(key) for key in request.query_params}
    if content_type == FORM:
        for key, values in parse_qs(body, keep_blank_values=True).items():
            params.setdefault(key, []).extend(values)
        query, update = _one(params.get("query", []), "query"), _one(params.get("update", []), "update")
    else:
        query, update = (body, None) if content_type == QUERY else (None, body)
    if (query is None) == (update is None):
        raise HTTPException(400, "give exactly one of a query or an update")
    if update is not None:
        return await run_in_threadpool(_update, request, credentials, update, params)
    return await _query(request, query, params.get("default-graph-uri", []), params.get("named-graph-uri", []))
