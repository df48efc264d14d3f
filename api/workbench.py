"""The workbench's pages and forms: sign-in, reviews and fulfilment states on the claim page, the curation queue, ingest.

Every form goes through the checks of :mod:`claimgraph.api.sessions` and then through the very functions of the API's
routes (their request models and their writes), so a form accepts and refuses exactly what the API does. A form that
is refused is shown again with what was typed and why; a write that succeeds is answered with a redirect to a page
that shows it (Post/Redirect/Get).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from urllib.parse import quote, urlencode

import pydantic
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from claimgraph.api import curation as curation_routes
from claimgraph.api import pledges as pledge_routes
from claimgraph.api import reviews as review_routes
from claimgraph.api.deps import StoreDep
from claimgraph.api.pages import claim_page_html
from claimgraph.api.problems import status_of
from claimgraph.api.sessions import (
    COOKIE, FORM_BYTES, FORM_PAGE_HEADERS, Submitted, cookie_header, form_from, read_form, require_same_origin,
)  # fmt: skip
from claimgraph.api.settings import Settings
from claimgraph.api.templating import render_template
from claimgraph.claims.errors import ClaimgraphError
from claimgraph.claims.model import CLAIM_TYPES, Claim
from claimgraph.kg import analysis, curation, projection, resources, tokens
from claimgraph.kg.errors import AuthenticationError, ValidationError
from claimgraph.kg.ingest import ingest
from claimgraph.kg.network import read_matching_network
from claimgraph.kg.resources import ClaimFilter
from claimgraph.kg.store import Store

FORM_ERRORS = (pydantic.ValidationError, ClaimgraphError)
"""What a form's fields or its write may be refused with."""


def _page(name: str, status_code: int = 200, **context: object) -> HTMLResponse:
    return HTMLResponse(render_template(name, **context), status_code=status_code, headers=FORM_PAGE_HEADERS)


def _problems(error: pydantic.ValidationError | ClaimgraphError) -> list[str]:
    """What is wrong, one message per problem, as the API's problem document would say it."""
    if isinstance(error, pydantic.ValidationError):
        return [f"{'.'.join(str(part) for part in item['loc']) or 'form'}: {item['msg']}" for item in error.errors()]
    if isinstance(error, ValidationError):
        return error.messages
    return [str(error)]


def _status(error: pydantic.ValidationError | ClaimgraphError) -> int:
    return 422 if isinstance(error, pydantic.ValidationError) else status_of(error)


def _lines(text: str) -> list[str]:
    """The non-blank lines of a text area, stripped (evidence links, one a line)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _local_path(target: str | None) -> str:
    """``target`` if it is a path on this service, else the home page (never a redirect to another site)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target and not any(c < " " for c in target):
        return target
    return "/"


def _see(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


def _one_newline(text: str) -> str:
    """Line breaks as LF: a browser sends a text area's line breaks as CRLF, whatever they were."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _number(value: float | None) -> str:
    return "" if value is None else str(int(value)) if value.is_integer() else str(value)


def edit_fields(claim: Claim) -> dict[str, str]:
    """The edit form's fields for a claim, as text: what the form shows and what a submitted field is compared with
    (the quote with its line breaks as a text area sends them back, LF)."""
    money, literal = claim.object_money, claim.object_literal
    return {
        "type": claim.type,
        "statement": claim.statement,
        "subject": claim.subject,
        "object": claim.object_entity or "",
        "currency": money.currency if money else "",
        "amount": _number(money.amount) if money else "",
        "min": _number(money.minimum) if money else "",
        "max": _number(money.maximum) if money else "",
        "approximate": "on" if money and money.approximate else "",
        "literal": literal.text if literal else "",
        "datatype": literal.datatype if literal else "string",
        "claimant": claim.claimant,
        "time_value": claim.about.value or "",
        "time_expression": claim.about.expression or "",
        "start": str(claim.anchor.start),
        "end": str(claim.anchor.end),
        "quote": _one_newline(claim.anchor.exact),
    }


def changes_from(typed: dict[str, str], current: dict[str, str]) -> dict[str, object]:
    """The body of ``POST /api/claims/{id}/edit`` for the fields of an edit form that differ from the claim's (a field
    the form leaves out stays as it is)."""
    typed = current | typed
    differs = {name for name, value in current.items() if typed[name] != value}
    body: dict[str, object] = {name: typed[name] for name in ("type", "statement", "subject", "object", "claimant") if name in differs}
    if differs & {"currency", "amount", "min", "max", "approximate"}:
        body["value"] = {"currency": typed["currency"], "approximate": typed["approximate"] == "on"} | {
            name: typed[name] for name in ("amount", "min", "max") if typed[name].strip()
        }
    if differs & {"literal", "datatype"}:
        body["literal"] = {"text": typed["literal"], "datatype": typed["datatype"]}
    if differs & {"time_value", "time_expression"}:
        body["time"] = {"value": typed["time_value"].strip() or None, "expression": typed["time_expression"].strip() or None}
    if differs & {"start", "end", "quote"}:
        body["anchor"] = {"start": typed["start"], "end": typed["end"], "quote": typed["quote"]}
    if typed.get("note", "").strip():
        body["note"] = typed["note"]
    return body


def marked_segments(text: str, spans: Sequence[tuple[str, int, int]]) -> list[dict[str, object]]:
    """The text cut at every quote's ends: each piece with the claims whose quote covers it and those starting there."""
    cuts = sorted({0, len(text), *(point for _, start, end in spans for point in (start, end) if 0 <= point <= len(text))})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [claim for claim, first, last in spans if first <= start and end <= last]
        starting = [claim for claim, first, _ in spans if first == start]
        pieces.append({"text": text[start:end], "claims": covering, "starts": starting})
    return pieces


def queue(store: Store, document: str | None = None) -> dict[str, list[dict[str, object]]]:
    """The candidates (of one document, or of all), in document order, grouped by document."""
    found = resources.find_claims(store, ClaimFilter(document=document, status="candidate"), limit=None)
    grouped: dict[str, list[dict[str, object]]] = {}
    for item in found.items:
        grouped.setdefault(item["document"]["id"], []).append(item)
    return grouped


def _curation_page(store: Store, document_id: str, done: str | None = None, failed: dict[str, object] | None = None,
                   status_code: int = 200) -> HTMLResponse:  # fmt: skip
    document = resources.get_document(store, document_id)
    candidates = queue(store, document_id).get(document_id, [])
    records = projection.read_claims(store, [c["id"] for c in candidates])
    models = {claim_id: record.claim() for claim_id, record in records.items()}
    spans = [(item["id"], item["anchor"]["start"], item["anchor"]["end"]) for item in candidates if item["anchor"]]
    return _page(
        "curation_document.html",
        status_code,
        document=document,
        segments=marked_segments(document["text"], spans) if document["text"] is not None else None,
        candidates=candidates,
        fields={claim_id: edit_fields(model) for claim_id, model in models.items()},
        histories={item["id"]: curation.history(store, item["id"]) for item in candidates},
        offered={claim_id: analysis.claim_matches(read_matching_network(store, record), record)["offered_verdicts"]
                 for claim_id, record in records.items()},
        done=None if done is None else resources.get_claim(store, done),
        failed=failed or {},
        types=CLAIM_TYPES,
    )


def claim_form(store: Store, claim_id: str, submitted: Submitted, form: str, names: tuple[str, ...],
               write: Callable[[dict[str, str]], object], anchor: str) -> Response:  # fmt: skip
    """A form of the claim page: what was typed (``names``) handed to ``write``; the claim page at ``anchor`` when it
    is recorded, or again with what was typed and what is wrong when it is refused."""
    typed = {name: submitted.text(name) for name in names}
    try:
        write(typed)
    except FORM_ERRORS as error:
        forms = {form: {"values": typed, "errors": _problems(error)}}
        return claim_page_html(store, claim_id, forms=forms, status_code=_status(error))
    return _see(f"/claims/{quote(claim_id, safe='')}#{anchor}")


def router(settings: Settings) -> APIRouter:
    """The workbench's routes, with the document size limit of the settings."""
    routes = APIRouter(tags=["workbench"], include_in_schema=False)
    document_limit = settings.max_document_bytes

    @routes.get("/signin", response_class=HTMLResponse)
    def signin_form(next: str | None = Query(None)) -> HTMLResponse:  # noqa: A002 - the parameter's name in the URL
        """The sign-in form: a token from ``claimgraph token create``."""
        return _page("signin.html", next=_local_path(next), error=None)

    @routes.post("/signin", response_class=HTMLResponse)
    async def signin(request: Request) -> Response:
        """Check a token as the API's bearer auth does; start a session in a cookie for it."""
        require_same_origin(request)
        form = await read_form(request, FORM_BYTES)
        secret, target = form.get("token"), _local_path(str(form.get("next") or "/"))
        try:
            await run_in_threadpool(tokens.authenticate, request.app.state.tokens_path, secret.strip() if isinstance(secret, str) else None)
        except AuthenticationError:
            return _page("signin.html", 401, next=target, error="That token is unknown or revoked.")
        if request.cookies.get(COOKIE):
            request.app.state.sessions.end(request.cookies[COOKIE])
        session = request.app.state.sessions.start(secret.strip())
        response = _see(target)
        response.headers["Set-Cookie"] = cookie_header(request, session.id)
        return response

    @routes.post("/signout")
    def signout(request: Request, submitted: Submitted = Depends(form_from(None))) -> Response:
        """End the session."""
        request.app.state.sessions.end(submitted.visitor.session.id)
        response = _see("/")
        response.headers["Set-Cookie"] = cookie_header(request, None)
        return response

    @routes.post("/claims/{claim_id}/reviews", response_class=HTMLResponse)
    def review(store: StoreDep, claim_id: str, submitted: Submitted = Depends(form_from("reviewer"))) -> Response:
        """Record a review as ``POST /api/claims/{id}/reviews`` does; the claim page shows it, or the form what is wrong."""

        def write(typed: dict[str, str]) -> object:
            body = review_routes.NewReview.model_validate(
                {"verdict": typed["verdict"], "rationale": typed["rationale"], "evidence": _lines(typed["evidence"]), "reviewer": typed["reviewer"].strip() or None}
            )  # fmt: skip
            return review_routes.add(store, claim_id, body, submitted.visitor.token)

        return claim_form(store, claim_id, submitted, "review", ("verdict", "rationale", "evidence", "reviewer"), write, "reviews")

    @routes.post("/claims/{claim_id}/fulfilment", response_class=HTMLResponse)
    def fulfilment(store: StoreDep, claim_id: str, submitted: Submitted = Depends(form_from("reviewer"))) -> Response:
        """Record a pledge's fulfilment state as ``POST /api/claims/{id}/fulfilment`` does."""

        def write(typed: dict[str, str]) -> object:
            body = pledge_routes.NewFulfilment.model_validate(
                {"state": typed["state"], "rationale": typed["rationale"], "evidence": _lines(typed["evidence"]), "date": typed["date"].strip() or None}
            )  # fmt: skip
            return pledge_routes.record(store, claim_id, body, submitted.visitor.token)

        return claim_form(store, claim_id, submitted, "fulfilment", ("state", "rationale", "evidence", "date"), write, "timeline")

    @routes.get("/curation", response_class=HTMLResponse)
    def curation_queue(store: StoreDep) -> HTMLResponse:
        """Every document with candidates waiting, and its candidates in the document's order."""
        grouped = queue(store)
        documents = {document_id: resources.get_document(store, document_id) for document_id in grouped}
        return _page("curation.html", grouped=grouped, documents=documents)

    @routes.get("/curation/{document_id}", response_class=HTMLResponse)
    def curation_document(store: StoreDep, document_id: str, done: str | None = Query(None)) -> HTMLResponse:
        """One document's candidates, each quote highlighted in its text, with the forms to accept, reject or edit them."""
        return _curation_page(store, document_id, done)

    def curate(store: Store, claim_id: str, action: str, submitted: Submitted) -> Response:
        claim = curation.read_claim(store, claim_id)
        document, current = claim.document, edit_fields(claim)
        typed = {name: _one_newline(submitted.text(name)) for name in ("note", *current) if name in submitted.form}
        token = submitted.visitor.token
        try:
            if action == "edit":
                curation_routes.edit(store, claim_id, curation_routes.Changes.model_validate(changes_from(typed, current)), token)
            else:
                note = curation_routes.Note.model_validate({"note": typed.get("note", "").strip() or None})
                getattr(curation_routes, action)(store, claim_id, note, token)
        except FORM_ERRORS as error:
            failed = {"claim": claim_id, "action": action, "values": {"note": ""} | current | typed, "errors": _problems(error)}
            return _curation_page(store, document, failed=failed, status_code=_status(error))
        return _see(f"/curation/{quote(document, safe='')}?{urlencode({'done': claim_id})}#done")

    @routes.post("/claims/{claim_id}/accept", response_class=HTMLResponse)
    def accept(store: StoreDep, claim_id: str, submitted: Submitted = Depends(form_from("editor"))) -> Response:
        """Accept a candidate as ``POST /api/claims/{id}/accept`` does."""
        return curate(store, claim_id, "accept", submitted)

    @routes.post("/claims/{claim_id}/reject", response_class=HTMLResponse)
    def reject(store: StoreDep, claim_id: str, submitted: Submitted = Depends(form_from("editor"))) -> Response:
        """Reject a candidate, with a note, as ``POST /api/claims/{id}/reject`` does."""
        return curate(store, claim_id, "reject", submitted)

    @routes.post("/claims/{claim_id}/edit", response_class=HTMLResponse)
    def edit(store: StoreDep, claim_id: str, submitted: Submitted = Depends(form_from("editor"))) -> Response:
        """Edit a candidate's fields and anchor as ``POST /api/claims/{id}/edit`` does (only the fields changed are sent)."""
        return curate(store, claim_id, "edit", submitted)

    @routes.get("/ingest", response_class=HTMLResponse)
    def ingest_form() -> HTMLResponse:
        """The form to ingest an article: pasted or uploaded text, its publication date and what else is known of it."""
        return _page("ingest.html", values={}, errors=[], limit=document_limit)

    @routes.post("/ingest", response_class=HTMLResponse)
    def ingest_document(store: StoreDep, submitted: Submitted = Depends(form_from("editor", 2 * document_limit + FORM_BYTES))) -> HTMLResponse:
        """Ingest an article as ``POST /api/documents`` does; the page lists its candidates, linked into the queue.

        Pasted text comes back from the browser with CRLF line breaks (the form encoding's); they are made LF again.
        An uploaded file is taken byte for byte."""
        typed = {name: submitted.text(name) for name in ("text", "published", "title", "publisher", "url")}
        upload = submitted.form.get("file")
        text: str | bytes = _one_newline(typed["text"])
        if isinstance(upload, UploadFile) and upload.filename:
            with upload.file:
                text = upload.file.read(document_limit + 1)
        try:
            report = ingest(
                store, text, typed["published"].strip(), title=typed["title"], publisher=typed["publisher"], url=typed["url"].strip() or None,
                agent=submitted.visitor.token.name, max_bytes=document_limit,
                file=upload.filename if isinstance(upload, UploadFile) and upload.filename else None,
            )  # fmt: skip
        except ClaimgraphError as error:
            return _page("ingest.html", _status(error), values=typed, errors=_problems(error), limit=document_limit)
        return _page("ingested.html", 201 if report.created else 200, report=report, document=resources.get_document(store, report.document))

    return routes
