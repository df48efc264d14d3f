"""``/views/...``: interactive network views (pyvis, vis-network), with their scripts served from here.

Every view is a page of its own; the home and entity pages show them too.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Response
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from claimgraph.api.deps import DerivedDep, FormAsOf, StoreDep
from claimgraph.api.templating import STYLESHEET, render_template
from claimgraph.claims.model import CLAIM_TYPES
from claimgraph.claims.times import bound
from claimgraph.kg import analysis, reviews
from claimgraph.kg.cache import DerivedCache
from claimgraph.kg.network import Filters, claim_or_error, claim_provenance, filter_network, neighbourhood, read_claim_network
from claimgraph.viz import assets
from claimgraph.viz.render import render
from claimgraph.viz.caps import DEFAULT_NODE_CAP, MAX_NODE_CAP
from claimgraph.viz.views import View, entity_view, provenance_view

router = APIRouter(prefix="/views", tags=["views"])

ASSET_BASE = "/views/assets"


def entity_link(entity_id: str) -> str:
    """The URL of an entity's page."""
    return f"/entities/{quote(entity_id, safe='')}"


def tips_url(as_of: dt.datetime | None) -> str:
    """Where a view's page reads its tooltips' claims (:func:`claimgraph.api.rest.claim_tips`), as of the time it shows."""
    return "/api/claim-tips" + ("" if as_of is None else "?" + urlencode({"as_of": as_of.isoformat()}))


def _page(view: View, header: Markup | None = None) -> HTMLResponse:
    return HTMLResponse(render(view, asset_base=ASSET_BASE, header=header, stylesheets=(STYLESHEET,) if header else ()))


def network_filters(
    entity_type: list[str] = Query([]),
    claim_type: list[str] = Query([]),
    verdict: list[str] = Query([]),
    time_from: str | None = Query(None, alias="from"),
    time_to: str | None = Query(None, alias="to"),
) -> Filters:
    """Filters from query parameters (empty strings, as an HTML form sends them, mean no filter)."""
    return Filters(
        entity_types=tuple(value for value in entity_type if value),
        claim_types=tuple(value for value in claim_type if value),
        verdicts=tuple(value for value in verdict if value),
        time_from=bound(time_from, False, "from"),
        time_to=bound(time_to, True, "to"),
    )


def network_page(
    derived: DerivedCache, filters: Filters, limit: int, title: str, intro: Markup | None, as_of: dt.datetime | None = None
) -> HTMLResponse:
    """The network view with its filter form; the home page is this with an introduction. ``as_of`` a time: the
    network as it was on the record then (:meth:`~claimgraph.kg.cache.DerivedCache.network_as_of`).

    Raises:
        InputError: bad filters.
    """
    network = derived.network() if as_of is None else derived.network_as_of(as_of)
    if filters == Filters() and derived.is_kept(network):
        network, (graph, scores) = derived.network_with_pagerank()  # the whole network, kept between writes, of one version
        shown = network
    else:
        shown = filter_network(network, filters)
        graph = derived.graph_near(shown)
        scores = analysis.pagerank(graph)
    present = {claim.type for claim in network.claims.values()}
    choices = {
        "entity_type": sorted({entity.type for entity in network.entities.values()}),
        "claim_type": [kind for kind in CLAIM_TYPES if kind in present],
        "verdict": reviews.verdict_choices(),
    }
    header = Markup(render_template("network_controls.html", filters=filters, choices=choices, limit=limit, intro=intro, as_of=as_of))
    then = "" if as_of is None else f" on the record as of {as_of.isoformat()}"
    described = f"{len(shown.claims)} claims{then} linking {graph.number_of_nodes()} entities; node size is PageRank."
    view = entity_view(graph, scores, shown, title=title, cap=limit, link=entity_link, description=described, tips_url=tips_url(as_of))
    return _page(view, header)


@router.get("/network", response_class=HTMLResponse)
def network_view(
    derived: DerivedDep,
    filters: Filters = Depends(network_filters),
    limit: int = Query(DEFAULT_NODE_CAP, ge=1, le=MAX_NODE_CAP),
    as_of: FormAsOf = None,
) -> HTMLResponse:
    """The whole network (now, or as it was on the record ``as_of`` a time), filtered by entity type, claim type,
    verdict and time, capped at ``limit`` entities."""
    return network_page(derived, filters, limit, "Who is linked to whom", None, as_of)


@router.get("/entity/{entity_id}", response_class=HTMLResponse)
def entity_neighbourhood(
    derived: DerivedDep, entity_id: str, radius: int = Query(1, ge=1, le=2),
    limit: int = Query(DEFAULT_NODE_CAP, ge=1, le=MAX_NODE_CAP), as_of: FormAsOf = None,
) -> HTMLResponse:
    """The entities within one or two links of one entity (in the network of the record ``as_of`` a time)."""
    network = derived.network() if as_of is None else derived.network_as_of(as_of)
    graph = derived.graph_of(network)
    near = neighbourhood(graph, entity_id, radius)
    label = graph.nodes[entity_id]["label"]
    view = entity_view(
        near, analysis.pagerank(near), network, title=f"{label}: within {radius} link{'s' if radius > 1 else ''}",
        cap=limit, keep=[entity_id], link=entity_link, tips_url=tips_url(as_of),
    )
    return _page(view)


@router.get("/claim/{claim_id}", response_class=HTMLResponse)
def claim_view(store: StoreDep, claim_id: str, as_of: FormAsOf = None) -> HTMLResponse:
    """The provenance of one claim: its entities, claimant, document, quote and reviews (``as_of`` a time: as it was on
    the record then, with the reviews written by then; 404 if it was not on it)."""
    network = read_claim_network(store, [claim_id], as_of)
    claim = claim_or_error(network, claim_id)
    view = provenance_view(claim_provenance(store, network, claim_id, as_of), title=f"Provenance: {claim.statement}", link=entity_link)
    return _page(view)


@router.get("/assets/{name}")
def asset(name: str) -> Response:
    """A script or style of the views (vis-network from pyvis' package, and ours)."""
    text, media_type = assets.asset(name)
    return Response(text, media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})
