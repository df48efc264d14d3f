"""Server-rendered HTML pages: home (the network), claim list, claim, entity, example queries."""

from __future__ import annotations

from importlib.resources import files
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from claimgraph.api.templating import render_template, static_file
from claimgraph.api.views import network_filters, network_page
from claimgraph.claims.errors import InputError, NotFoundError
from claimgraph.kg import analysis, resources, reviews
from claimgraph.kg.network import entity_or_error, read_network
from claimgraph.viz.views import DEFAULT_NODE_CAP, MAX_NODE_CAP

router = APIRouter(tags=["pages"])

CLAIM_FILTERS = ("type", "status", "subject", "claimant", "document")
"""Fields of ``/api/claims`` items the claim list filters on (exact match, repeatable)."""


def _html(name: str, **context: object) -> HTMLResponse:
    return HTMLResponse(render_template(name, **context))


@router.get("/", response_class=HTMLResponse)
def home(
    request: Request,
    entity_type: list[str] = Query([]),
    claim_type: list[str] = Query([]),
    verdict: list[str] = Query([]),
    time_from: str | None = Query(None, alias="from"),
    time_to: str | None = Query(None, alias="to"),
    limit: int = Query(DEFAULT_NODE_CAP, ge=1, le=MAX_NODE_CAP),
) -> HTMLResponse:
    """The network of everything, with links to the other pages."""
    try:
        filters = network_filters(entity_type, claim_type, verdict, time_from, time_to)
    except InputError as error:
        raise HTTPException(400, str(error)) from None
    store = request.app.state.store
    intro = Markup(render_template("home_intro.html", claims=len(resources.list_claims(store))))
    return network_page(read_network(store), filters, limit, "claimgraph: who is linked to whom, through which claims", intro)


def _value(item: dict[str, object], field: str) -> str:
    value = item[field]
    return str(value["id"]) if isinstance(value, dict) else str(value)


@router.get("/claims", response_class=HTMLResponse)
def claim_list(
    request: Request,
    type: list[str] = Query([]),  # noqa: A002 - the name of the filter in /api/claims
    status: list[str] = Query([]),
    subject: list[str] = Query([]),
    claimant: list[str] = Query([]),
    document: list[str] = Query([]),
) -> HTMLResponse:
    """Every claim, filtered like ``/api/claims`` (type, status, subject, claimant, document)."""
    items = resources.list_claims(request.app.state.store)
    chosen = {"type": type, "status": status, "subject": subject, "claimant": claimant, "document": document}
    chosen = {field: [value for value in values if value] for field, values in chosen.items()}
    options = {field: sorted({_value(item, field) for item in items}) for field in CLAIM_FILTERS}
    shown = [item for item in items if all(not values or _value(item, field) in values for field, values in chosen.items())]
    query = urlencode([(field, value) for field, values in chosen.items() for value in values])
    return _html("claims.html", items=shown, total=len(items), chosen=chosen, options=options, api=f"/api/claims?{query}" if query else "/api/claims")


def _highlight(text: str | None, start: int, end: int) -> tuple[str, str, str] | None:
    """The document text split around the quote (code-point offsets)."""
    if text is None or not 0 <= start <= end <= len(text):
        return None
    return text[:start], text[start:end], text[end:]


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, claim_id: str) -> HTMLResponse:
    """One claim: its quote highlighted in its document, its provenance, its reviews and its view."""
    store = request.app.state.store
    try:
        claim = resources.get_claim(store, claim_id)
    except NotFoundError as error:
        raise HTTPException(404, str(error)) from None
    network = read_network(store)
    record = network.claims[claim_id]
    document = resources.get_document(store, claim["document"]["id"])
    anchor = claim["anchor"]
    return _html(
        "claim.html",
        claim=claim,
        record=record,
        object_label=network.entities[record.object].label if record.object in network.entities else None,
        document=document,
        parts=_highlight(document["text"], anchor["start"], anchor["end"]),
        reviews=reviews.history(store, claim_id),
    )


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str, radius: int = Query(1, ge=1, le=2)) -> HTMLResponse:
    """One entity: its centrality, its claims and its neighbourhood view."""
    network = read_network(request.app.state.store)
    try:
        entity = entity_or_error(network, entity_id)
    except NotFoundError as error:
        raise HTTPException(404, str(error)) from None
    rows = analysis.centrality(network.graph())
    rank = next(index for index, row in enumerate(rows, start=1) if row["id"] == entity_id)
    claims = sorted(network.claims.values(), key=lambda claim: claim.id)
    return _html(
        "entity.html",
        entity=entity,
        centrality=rows[rank - 1],
        rank=rank,
        ranked=len(rows),
        about=[claim for claim in claims if claim.subject == entity_id],
        mentioning=[claim for claim in claims if claim.object == entity_id],
        made=[claim for claim in claims if claim.claimant == entity_id],
        labels={key: value.label for key, value in network.entities.items()},
        radius=radius,
    )


def example_queries() -> list[dict[str, str]]:
    """The example queries shipped in ``kg/queries``: name, first comment line, text."""
    found = []
    for path in sorted(files("claimgraph.kg.queries").iterdir(), key=lambda item: item.name):
        if not path.name.endswith(".rq"):
            continue
        text = path.read_text(encoding="utf-8")
        comment = next((line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")), "")
        found.append({"name": path.name.removesuffix(".rq"), "comment": comment, "text": text, "link": "/sparql?" + urlencode({"query": text})})
    return found


@router.get("/queries", response_class=HTMLResponse)
def queries() -> HTMLResponse:
    """The SPARQL endpoint and example queries to try on it."""
    return _html("queries.html", queries=example_queries())


@router.get("/static/{name}")
def static(name: str) -> Response:
    """The pages' style sheet."""
    try:
        text, media_type = static_file(name)
    except NotFoundError as error:
        raise HTTPException(404, str(error)) from None
    return Response(text, media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})
