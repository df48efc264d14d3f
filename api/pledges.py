"""``/api/pledges``, their export, and ``/api/claims/{id}/fulfilment``: pledges, their due dates and the states reviewers record."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from fastapi import APIRouter, Depends, Query, Response
from pydantic import BaseModel, Field, field_validator

from claimgraph.api import schemas
from claimgraph.api.auth import require
from claimgraph.api.deps import AsOf, StoreDep
from claimgraph.claims.errors import InputError
from claimgraph.kg import fulfilment, pledges
from claimgraph.kg.activities import ended
from claimgraph.kg.tokens import Token

router = APIRouter(tags=["pledges"])

DueBefore = Query(None, description="only pledges due before this day (YYYY-MM-DD); pledges without a due date are left out")
State = Query(None, description="only pledges in this state")


class NewFulfilment(BaseModel):
    """A pledge's fulfilment state, with the reasons, the evidence and the day it holds from."""

    state: schemas.PledgeState = Field(description="open, kept, partly_kept, broken or withdrawn")
    rationale: str = Field(description="why the pledge is in this state")
    evidence: schemas.EvidenceLinks = Field(default_factory=list, description="http(s) links to the evidence")
    date: str | None = Field(None, description="the day the state holds from, YYYY-MM-DD, not after today (default: today)")

    @field_validator("rationale")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a fulfilment state needs a rationale")
        return value

    @field_validator("date")
    @classmethod
    def _a_day_so_far(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                fulfilment.parse_day(value, ended().date())
            except InputError as error:
                raise ValueError(str(error)) from None
        return value


@router.get("/api/pledges")
def pledge_list(
    store: StoreDep, as_of: AsOf = None, state: schemas.PledgeState | None = State, due_before: dt.date | None = DueBefore
) -> schemas.Pledges:
    """Pledges on the record (now, or ``as_of`` a time): who made each, its quote, the day it falls due when its words
    set a deadline (with the precision of those words), its state then, ``overdue`` when its due date has passed
    (against ``as_of``, else now) and it is still open, and the records of its state."""
    found = pledges.pledges(store, as_of, state, due_before)
    return schemas.Pledges(as_of=(as_of or ended()).isoformat(), items=[pledge.json() for pledge in found])


@router.get("/api/export/pledges", tags=["export"])
def export_pledges(
    store: StoreDep,
    as_of: AsOf = None,
    state: schemas.PledgeState | None = State,
    due_before: dt.date | None = DueBefore,
    format: Literal["csv", "json"] = Query("csv", description="csv: one row per pledge with its current state; json: every record"),  # noqa: A002
) -> Response:
    """The pledges of ``/api/pledges`` for a newsroom's tracker, as CSV (one row each) or JSON."""
    found = pledges.pledges(store, as_of, state, due_before)
    if format == "json":
        body, media_type = pledges.pledges_json(found, as_of), "application/json"
    else:
        body, media_type = pledges.pledges_csv(found), "text/csv; charset=utf-8"
    return Response(body, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="pledges.{format}"'})


@router.get("/api/claims/{claim_id}/fulfilment", responses={404: {"description": "No claim has this id"}})
def fulfilment_history(store: StoreDep, claim_id: str, as_of: AsOf = None) -> schemas.Page[schemas.FulfilmentRecord]:
    """Every fulfilment record of a pledge (``as_of`` a time: those written by then), oldest first; the current one is
    marked ``current``."""
    items = fulfilment.history(store, claim_id, as_of)
    return schemas.Page(items=items, total=len(items), limit=len(items), offset=0)


@router.post(
    "/api/claims/{claim_id}/fulfilment",
    status_code=201,
    responses={
        401: {"description": "No bearer token, or an unknown or revoked one"},
        403: {"description": "The token's role cannot review"},
        404: {"description": "No claim has this id"},
        409: {"description": "The claim is not a pledge on the record: nothing was written"},
        422: {"description": "An unknown state, a missing rationale, a date that is not a day or is after today, evidence that is not a link"},
    },
)
def record(
    store: StoreDep, claim_id: str, body: NewFulfilment, token: Token = Depends(require("reviewer"))
) -> schemas.FulfilmentRecord:
    """Record a pledge's fulfilment state (reviewer role); it revises the current one. The server sets when it was
    recorded, and who is the token's name."""
    return fulfilment.record_fulfilment(store, claim_id, body.state, body.rationale, body.evidence, token.name, body.date)
