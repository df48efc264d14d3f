"""Errors in one place: a status, a title and a detail, never a stack trace.

Routes raise the project's own exceptions and catch none of them; the handlers
here give each its status, and answer it as ``application/problem+json``
(RFC 9457) under ``/api`` and ``/sparql``, as an HTML page elsewhere.
"""

from __future__ import annotations

from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from claimgraph.api.templating import render_template
from claimgraph.claims.errors import ClaimgraphError, ClaimStatusError, InputError
from claimgraph.kg.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    QueryTimeoutError,
    StoreError,
    ValidationError,
)

MEDIA_TYPE = "application/problem+json"

_STATUS: tuple[tuple[type[ClaimgraphError], int], ...] = (
    (NotFoundError, 404),
    (AuthenticationError, 401),
    (PermissionDeniedError, 403),
    (ValidationError, 422),
    (ClaimStatusError, 409),
    (ConflictError, 409),
    (InputError, 400),
    (QueryTimeoutError, 503),
    (StoreError, 503),
)

JSON_PREFIXES = ("/api", "/sparql", "/health", "/.well-known")
"""Paths whose errors are problem documents; the other paths are pages and views, whose errors are pages too."""


def problem(status: int, detail: str, headers: dict[str, str] | None = None, **extra: object) -> JSONResponse:
    """A problem document with the standard title of its status."""
    body = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE, headers=headers)


def status_of(error: ClaimgraphError) -> int:
    """The HTTP status of one of our errors (500 for none that is listed)."""
    return next((status for kind, status in _STATUS if isinstance(error, kind)), 500)


def _answer(request: Request, status: int, detail: str, headers: dict[str, str] | None = None, **extra: object) -> Response:
    """A problem document for the JSON routes, an HTML page for the others."""
    if request.url.path.startswith(JSON_PREFIXES):
        return problem(status, detail, headers, **extra)
    page = render_template("error.html", status=status, title=HTTPStatus(status).phrase, detail=detail)
    return HTMLResponse(page, status_code=status, headers=headers)


async def _ours(request: Request, error: ClaimgraphError) -> Response:
    status = status_of(error)
    headers = {"WWW-Authenticate": 'Bearer realm="claimgraph"'} if status == 401 else None
    extra = {"errors": error.messages} if isinstance(error, ValidationError) else {}
    return _answer(request, status, str(error), headers, **extra)


async def _http(request: Request, error: HTTPException) -> Response:
    return _answer(request, error.status_code, str(error.detail), getattr(error, "headers", None))


async def _invalid(request: Request, error: RequestValidationError) -> Response:
    errors = [
        {"where": ".".join(str(part) for part in item.get("loc", ())), "problem": item.get("msg", "")}
        for item in error.errors()
    ]
    detail = "; ".join(f"{item['where']}: {item['problem']}" for item in errors)
    return _answer(request, 422, f"invalid request: {detail}", errors=errors)


async def _unexpected(request: Request, error: Exception) -> Response:
    """Anything unforeseen: a 500 in the route's own form, nothing of the error shown (the server logs it)."""
    return _answer(request, 500, "something went wrong on the server; the error is logged, and nothing of it is shown here")


def install(app: FastAPI) -> None:
    """Register the handlers on an app."""
    app.add_exception_handler(ClaimgraphError, _ours)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(Exception, _unexpected)
