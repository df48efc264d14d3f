"""``/api/claims/{id}/reviews``: a claim's review history, and new reviews from reviewers."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field, field_validator

from claimgraph.api import schemas
from claimgraph.api.auth import require
from claimgraph.api.deps import StoreDep
from claimgraph.kg import reviews
from claimgraph.kg.tokens import Token

router = APIRouter(tags=["reviews"])


class NewReview(BaseModel):
    """A verdict on a claim, with the reasons and the evidence for it."""

    verdict: str = Field(description="one of the rating scale's names: true, mostly_true, mixed, misleading, false, unverifiable")
    rationale: str = Field(min_length=1, description="why the verdict holds")
    evidence: schemas.EvidenceLinks = Field(default_factory=list, description="http(s) links to the evidence")
    reviewer: str | None = Field(
        None, description="a display name shown beside the review's author; the author is always the token's name"
    )

    @field_validator("verdict")
    @classmethod
    def _on_the_scale(cls, value: str) -> str:
        if value not in reviews.scale().verdicts:
            raise ValueError(f"unknown verdict {value!r}; use one of {', '.join(reviews.scale().verdicts)}")
        return value


@router.get("/api/claims/{claim_id}/reviews", responses={404: {"description": "No claim has this id"}})
def history(store: StoreDep, claim_id: str) -> schemas.Page[schemas.Review]:
    """Every review of the claim, newest first (by date; the current verdict is the one marked ``current``)."""
    items = reviews.history(store, claim_id)
    return {"items": items, "total": len(items), "limit": len(items), "offset": 0}


@router.post(
    "/api/claims/{claim_id}/reviews",
    status_code=201,
    responses={
        401: {"description": "No bearer token, or an unknown or revoked one"},
        403: {"description": "The token's role cannot review"},
        404: {"description": "No claim has this id"},
        409: {"description": "The claim is not on the record (a candidate, rejected or retracted claim): nothing was written"},
        422: {"description": "A review that is not valid (unknown verdict, no rationale, evidence that is not a link)"},
    },
)
def add(store: StoreDep, claim_id: str, review: NewReview, token: Token = Depends(require("reviewer"))) -> schemas.Review:
    """Record a review (reviewer role) of a claim on the record; the server sets the date, and the author
    is the token's name (``reviewer`` is only shown beside it). Answers the stored review."""
    return reviews.add_review(
        store, claim_id, review.verdict, review.rationale, review.evidence, token.name, display_name=review.reviewer,
    )
