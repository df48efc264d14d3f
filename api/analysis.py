"""``/api/analysis/...``: the network analyses as JSON (the same as ``claimgraph analyze``)."""

from __future__ import annotations

from fastapi import APIRouter, Query

from claimgraph.api import schemas
from claimgraph.api.deps import DerivedDep
from claimgraph.kg import analysis
from claimgraph.kg.cache import plain_communities

router = APIRouter(prefix="/api/analysis", tags=["analysis"])


@router.get("/centrality")
def centrality(derived: DerivedDep, limit: int = Query(50, ge=1, le=10_000)) -> schemas.Centrality:
    """Degree, betweenness and PageRank per entity, most between first."""
    rows = derived.centrality()
    return {"items": [dict(row) for row in rows[:limit]], "total": len(rows)}


@router.get("/communities")
def communities(derived: DerivedDep, seed: int = analysis.COMMUNITY_SEED) -> schemas.Communities:
    """Louvain communities, largest first (the seed makes them reproducible)."""
    if seed == analysis.COMMUNITY_SEED:
        groups = plain_communities(derived.communities())
    else:
        groups = analysis.communities(derived.graph(), seed=seed)
    return {"seed": seed, "items": groups, "total": len(groups)}


@router.get("/path", responses={404: {"description": "An entity is unknown, or no chain of claims links the two"}})
def path(derived: DerivedDep, source: str = Query(..., alias="from"), target: str = Query(..., alias="to")) -> schemas.Path:
    """The shortest chain of claims between two entities, every hop with its claims."""
    return analysis.explain_path(derived.network(), derived.graph(), source, target)


@router.get("/sources")
def sources(derived: DerivedDep) -> schemas.SourceDependence:
    """Source dependence: claims per claimant, anonymous and single-claimant claims, single-source entities."""
    return analysis.source_dependence(derived.network())


@router.get("/conflicts")
def conflicts(derived: DerivedDep) -> schemas.Conflicts:
    """Claims on one subject and predicate whose values disagree for overlapping times (``items``), and
    pairs that disagree but whose times cannot be compared, as one time or both is unknown (``unknown_time``)."""
    found = analysis.conflicts(derived.network())
    return {"items": found["conflicts"], "total": len(found["conflicts"]), "unknown_time": found["unknown_time"]}
