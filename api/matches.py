"""``/api/claims/{id}/matches``: the same claim made in other documents (:mod:`claimgraph.kg.matching`)."""

from __future__ import annotations

from fastapi import APIRouter

from claimgraph.api import schemas
from claimgraph.api.deps import AsOf, StoreDep
from claimgraph.kg import analysis, projection
from claimgraph.kg.errors import NotFoundError, excerpt
from claimgraph.kg.network import read_matching_network

router = APIRouter(tags=["analysis"])


@router.get("/api/claims/{claim_id}/matches", responses={404: {"description": "No claim has this id"}})
def matches(store: StoreDep, claim_id: str, as_of: AsOf = None) -> schemas.Matches:
    """The group of claims on the record (now, or ``as_of`` a time) that make the same claim as this one: how many
    documents and independent claimants make it, the earliest appearance, values that differ and each member's
    verdict; and the verdicts offered to this claim. A claim not on the record (a candidate) is matched against
    the claims on the record, as it would join them."""
    record = projection.read_claims(store, [claim_id], as_of).get(claim_id)
    if record is None and as_of is not None:  # not on the record then: matched as it is now (a candidate, say)
        record = projection.read_claims(store, [claim_id]).get(claim_id)
    if record is None:
        raise NotFoundError(f"no claim with id {excerpt(claim_id)}")
    return analysis.claim_matches(read_matching_network(store, record, as_of), record)
