"""``/api/analysis/...``: the network analyses as JSON (the same as ``claimgraph analyze``)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Query, Request

from claimgraph.claims.errors import NotFoundError
from claimgraph.kg import analysis
from claimgraph.kg.cache import plain_communities

router = APIRouter(prefix="/api/analysis", tags=["analysis"])


@router.get("/centrality")
def centrality(request: Request, limit: int = Query(50, ge=1, le=10_000)) -> dict[str, object]:
    """Degree, betweenness and PageRank per entity, most between first."""
    rows = request.app.state.derived.centrality()
    return {"items": [dict(row) for row in rows[:limit]], "total": len(rows)}


@router.get("/communities")
def communities(request: Request, seed: int = analysis.COMMUNITY_SEED) -> dict[str, object]:
    """Louvain communities, largest first (the seed makes them reproducible)."""
    derived = request.app.state.derived
    if seed == analysis.COMMUNITY_SEED:
        groups = plain_communities(derived.communities())
    else:
        groups = analysis.communities(derived.graph(), seed=seed)
    return {"seed": seed, "items": groups, "total": len(groups)}


@router.get("/path")
def path(request: Request, source: str = Query(..., alias="from"), target: str = Query(..., alias="to")) -> dict[str, object]:
    """The shortest chain of claims between two entities, every hop with its claims."""
    try:
        return analysis.explain_path(request.app.state.derived.graph(), source, target)
    except NotFoundError as error:
        raise HTTPException(404, str(error)) from None


@router.get("/sources")
def sources(request: Request) -> dict[str, object]:
    """Source dependence: claims per claimant, anonymous and single-claimant claims, single-source entities."""
    return analysis.source_dependence(request.app.state.derived.network())


@router.get("/conflicts")
def conflicts(request: Request) -> dict[str, object]:
    """Claims on one subject and predicate whose values disagree for overlapping times (``items``), and
    pairs that disagree but whose times cannot be compared, as one time or both is unknown (``unknown_time``)."""
    found = analysis.conflicts(request.app.state.derived.network())
    return {"items": found["conflicts"], "total": len(found["conflicts"]), "unknown_time": found["unknown_time"]}
