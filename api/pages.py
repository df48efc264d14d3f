"""Server-rendered HTML pages: home (the network), claim list, claim, entity, pledges, the timeline, example queries."""

from __future__ import annotations

import datetime as dt
from importlib.resources import files
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Response
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from claimgraph.api.deps import DerivedDep, FormAsOf, FormDueBefore, FormFrom, FormPledgeState, FormTo, StoreDep
from claimgraph.api.sessions import FORM_PAGE_HEADERS
from claimgraph.api.templating import pager_links, render_template, static_file
from claimgraph.api.views import network_filters, network_page
from claimgraph.claims import lifecycle
from claimgraph.claims.fulfilment import STATES
from claimgraph.claims.model import CLAIM_TYPES
from claimgraph.kg import analysis, changes, curation, history, pledges, projection, resources, reviews
from claimgraph.kg.store import Store
from claimgraph.kg.timeline import timeline as claim_timeline
from claimgraph.kg.network import Filters, claim_or_error, entity_or_error, read_claim_network, read_matching_network
from claimgraph.viz.caps import DEFAULT_NODE_CAP, MAX_NODE_CAP

router = APIRouter(tags=["pages"])

CLAIM_FILTERS = ("type", "entity", "claimant", "document", "status", "verdict", "about_from", "about_to", "q")
"""The filters of ``/api/claims``, which the claim list takes as they are."""

ENTITY_PAGE_CLAIMS = 100
"""Claims an entity's page lists in each of its sections; the claim list has them all (the biggest entity of a million
claims has over 150,000, a page of 26 MB)."""


def _html(name: str, **context: object) -> HTMLResponse:
    return HTMLResponse(render_template(name, **context))


@router.get("/", response_class=HTMLResponse)
def home(
    derived: DerivedDep,
    filters: Filters = Depends(network_filters),
    limit: int = Query(DEFAULT_NODE_CAP, ge=1, le=MAX_NODE_CAP),
    as_of: FormAsOf = None,
) -> HTMLResponse:
    """The network of everything (or of the record ``as_of`` a time), with links to the other pages."""
    derived.network()  # read first: the claims are then counted from it, not in a second scan of the store
    intro = Markup(render_template("home_intro.html", claims=derived.claim_count()))
    return network_page(derived, filters, limit, "claimgraph: who is linked to whom, through which claims", intro, as_of)


@router.get("/claims", response_class=HTMLResponse)
def claim_list(
    store: StoreDep,
    derived: DerivedDep,
    type: str | None = Query(None),  # noqa: A002 - the name of the filter in /api/claims
    entity: str | None = Query(None),
    claimant: str | None = Query(None),
    document: str | None = Query(None),
    status: str | None = Query(None),
    verdict: str | None = Query(None),
    about_from: str | None = Query(None),
    about_to: str | None = Query(None),
    q: str | None = Query(None),
    as_of: FormAsOf = None,
    limit: int = Query(50, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> HTMLResponse:
    """Claims filtered exactly as ``/api/claims`` filters them (the same function does it), a page at a time."""
    chosen = {field: value or None for field, value in zip(CLAIM_FILTERS, (type, entity, claimant, document, status, verdict, about_from, about_to, q))}
    reading = derived.reading_time(as_of) if status is None else as_of  # a status with as_of is refused by the filter
    where = resources.ClaimFilter(**chosen, as_of=reading)
    page = resources.find_claims(store, where, limit, offset, derived.claim_order(reading))
    options = {
        "type": [(kind, kind) for kind in CLAIM_TYPES],
        **derived.claim_filter_choices(),
        "status": [(status_name, status_name) for status_name in lifecycle.STATES],
        "verdict": reviews.verdict_choices(),
    }
    if as_of is not None:
        chosen["as_of"] = as_of.isoformat()
    query = [(field, value) for field, value in chosen.items() if value]
    links = pager_links("/claims", "/api/claims", query, limit, offset, page.total)
    return _html("claims.html", page=page, chosen=chosen, options=options, links=links)


@router.get("/pledges", response_class=HTMLResponse)
def pledge_list(
    store: StoreDep, as_of: FormAsOf = None, state: FormPledgeState = None, due_before: FormDueBefore = None
) -> HTMLResponse:
    """The pledges of ``/api/pledges``: who made each, its quote, due date, state, whether overdue, now or as of a time."""
    items = [pledge.json() for pledge in pledges.pledges(store, as_of, state, due_before)]
    chosen = {"as_of": as_of and as_of.isoformat(), "state": state, "due_before": due_before and due_before.isoformat()}
    pairs = [(name, value) for name, value in chosen.items() if value]
    links = {"api": f"/api/pledges?{urlencode(pairs)}", "csv": f"/api/export/pledges?{urlencode(pairs)}",
             "json": f"/api/export/pledges?{urlencode([*pairs, ('format', 'json')])}"}
    return _html("pledges.html", items=items, states=STATES, chosen=chosen, links=links)


@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    store: StoreDep, start: FormFrom = None, end: FormTo = None, limit: int = Query(100, ge=1, le=changes.MAX_LIMIT), offset: int = Query(0, ge=0)
) -> HTMLResponse:
    """The changes of ``/api/changes``, a page at a time."""
    items, total = changes.changes(store, start=start, end=end, limit=limit, offset=offset)
    query = [(name, value.isoformat()) for name, value in (("from", start), ("to", end)) if value]
    links = pager_links("/timeline", "/api/changes", query, limit, offset, total)
    return _html("timeline.html", items=[item.json() for item in items], total=total, chosen=dict(query), links=links)


def _highlight(text: str | None, start: int, end: int) -> tuple[str, str, str] | None:
    """The document text split around the quote (code-point offsets)."""
    if text is None or not 0 <= start <= end <= len(text):
        return None
    return text[:start], text[start:end], text[end:]


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(store: StoreDep, claim_id: str, as_of: FormAsOf = None) -> HTMLResponse:
    """One claim: its quote highlighted in its document, its provenance, its reviews, its timeline, its history and its view
    (``as_of`` a time: its status, verdict and reviews then; 404 if it was not on the record then); to a signed-in
    reviewer, the forms to review it and, for a pledge, to record its fulfilment."""
    return claim_page_html(store, claim_id, as_of)


def claim_page_html(
    store: Store, claim_id: str, as_of: dt.datetime | None = None, forms: dict[str, object] | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    """The claim page; ``forms`` holds what was typed into its forms and the errors found in it, by form."""
    claim = resources.get_claim(store, claim_id, as_of)
    network = read_claim_network(store, [claim_id], as_of)
    record = claim_or_error(network, claim_id)  # a write may have removed it since get_claim
    document = resources.get_document(store, claim["document"]["id"])
    anchor = claim["anchor"]
    page = render_template(
        "claim.html",
        claim=claim,
        record=record,
        object_label=network.entities[record.object].label if record.object in network.entities else None,
        document=document,
        parts=_highlight(document["text"], anchor["start"], anchor["end"]),
        reviews=projection.reviews_of(store, record, as_of),
        trail=history.activities(store, claim_id=claim_id),
        edits={record["iri"]: record["changes"] for record in curation.history(store, claim_id)},
        timeline=claim_timeline(store, claim_id, as_of),
        as_of=as_of,
        forms=forms or {},
        verdicts=[(name, point.label) for name, point in reviews.scale().verdicts.items()],
        pledge_states=STATES,
        on_record=lifecycle.on_record(claim["status"]),
        matches=analysis.claim_matches(read_matching_network(store, record, as_of), record),
    )
    return HTMLResponse(page, status_code=status_code, headers=FORM_PAGE_HEADERS)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(derived: DerivedDep, entity_id: str, radius: int = Query(1, ge=1, le=2), as_of: FormAsOf = None) -> HTMLResponse:
    """One entity: its centrality, its claims (the first :data:`ENTITY_PAGE_CLAIMS` of each kind, with a link to the
    claim list for all) and its neighbourhood view (``as_of`` a time: its claims and centrality in the network of then;
    the neighbourhood view is today's)."""
    if as_of is None:
        network, rows = derived.network_with_centrality()
    else:
        network = derived.network_as_of(as_of)
        rows = derived.centrality_of(network)
    entity = entity_or_error(network, entity_id)
    rank = next(index for index, row in enumerate(rows, start=1) if row["id"] == entity_id)
    claims = sorted((claim for claim in network.claims.values() if entity_id in (claim.subject, claim.object, claim.claimant)),
                    key=lambda claim: claim.id)
    sections = {"about": [claim for claim in claims if claim.subject == entity_id],
                "mentioning": [claim for claim in claims if claim.object == entity_id],
                "made": [claim for claim in claims if claim.claimant == entity_id]}
    shown = {name: listed[:ENTITY_PAGE_CLAIMS] for name, listed in sections.items()}
    when = [("as_of", as_of.isoformat())] if as_of else []
    return _html(
        "entity.html",
        entity=entity,
        centrality=rows[rank - 1],
        rank=rank,
        ranked=len(rows),
        shown=shown,
        counts={name: len(listed) for name, listed in sections.items()},
        everything={"named": "/claims?" + urlencode([("entity", entity_id), *when]), "made": "/claims?" + urlencode([("claimant", entity_id), *when])},
        labels={key: value.label for key, value in network.entities.items()},
        statements=network.statements(claim.id for listed in shown.values() for claim in listed),
        radius=radius,
        as_of=as_of,
    )


def example_queries() -> list[dict[str, str]]:
    """The example queries shipped in ``kg/queries``: name, first comment line, text, and a link that opens the
    editor with the query (after ``#``, where YASGUI reads it; ``?query=`` would be the protocol's answer)."""
    found = []
    for path in sorted(files("claimgraph.kg.queries").iterdir(), key=lambda item: item.name):
        if not path.name.endswith(".rq"):
            continue
        text = path.read_text(encoding="utf-8")
        comment = next((line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")), "")
        found.append({"name": path.name.removesuffix(".rq"), "comment": comment, "text": text, "link": "/sparql#" + urlencode({"query": text, "tabTitle": path.name.removesuffix(".rq")})})
    return found


@router.get("/queries", response_class=HTMLResponse)
def queries() -> HTMLResponse:
    """The SPARQL endpoint and example queries to try on it."""
    return _html("queries.html", queries=example_queries())


@router.get("/static/{name}")
def static(name: str) -> Response:
    """The pages' style sheet."""
    text, media_type = static_file(name)
    return Response(text, media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})
