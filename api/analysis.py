"""``/api/analysis/...``: the network analyses as JSON (the same as ``claimgraph analyze``).

Each takes ``as_of``: the analysis of the network as it was on the record then, read from the store for that
request (what the service keeps between writes is today's network).
"""

from __future__ import annotations

from fastapi import APIRouter, Query

from claimgraph.api import schemas
from claimgraph.api.deps import AsOf, DerivedDep
from claimgraph.kg import analysis
from claimgraph.kg.cache import DerivedCache, plain_communities
from claimgraph.kg.network import Network

router = APIRouter(prefix="/api/analysis", tags=["analysis"])


def _network(derived: DerivedCache, as_of: object) -> Network:
    """The network now (as kept), or as of a time (:meth:`~claimgraph.kg.cache.DerivedCache.network_as_of`)."""
    return derived.network() if as_of is None else derived.network_as_of(as_of)


@router.get("/centrality")
def centrality(derived: DerivedDep, as_of: AsOf = None, limit: int = Query(50, ge=1, le=10_000)) -> schemas.Centrality:
    """Degree, betweenness and PageRank per entity, most between first."""
    rows = derived.centrality_of(_network(derived, as_of))
    return {"items": [dict(row) for row in rows[:limit]], "total": len(rows)}


@router.get("/communities")
def communities(derived: DerivedDep, as_of: AsOf = None, seed: int = analysis.COMMUNITY_SEED) -> schemas.Communities:
    """Louvain communities, largest first (the seed makes them reproducible)."""
    network = _network(derived, as_of)
    if seed == analysis.COMMUNITY_SEED and derived.is_kept(network):
        groups = plain_communities(derived.communities())
    else:
        groups = analysis.communities(derived.graph_of(network), seed=seed)
    return {"seed": seed, "items": groups, "total": len(groups)}


@router.get("/path", responses={404: {"description": "An entity is unknown, or no chain of claims links the two"}})
def path(
    derived: DerivedDep, source: str = Query(..., alias="from"), target: str = Query(..., alias="to"), as_of: AsOf = None
) -> schemas.Path:
    """The shortest chain of claims between two entities, every hop with its claims."""
    network = _network(derived, as_of)
    return analysis.explain_path(network, derived.graph_of(network), source, target)


@router.get("/sources")
def sources(derived: DerivedDep, as_of: AsOf = None) -> schemas.SourceDependence:
    """Source dependence: claims per claimant, anonymous and single-claimant claims, single-source entities, and the
    claims made in several documents with how many independent claimants corroborate each."""
    return analysis.source_dependence(derived.whole() if as_of is None else derived.network_as_of(as_of))


@router.get("/conflicts")
def conflicts(derived: DerivedDep, as_of: AsOf = None) -> schemas.Conflicts:
    """Claims on one subject and predicate whose values disagree for overlapping times (``items``), and
    pairs that disagree but whose times cannot be compared, as one time or both is unknown (``unknown_time``)."""
    found = analysis.conflicts(derived.whole() if as_of is None else derived.network_as_of(as_of))
    return {"items": found["conflicts"], "total": len(found["conflicts"]), "unknown_time": found["unknown_time"]}
