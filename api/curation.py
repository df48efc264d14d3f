"""``/api/claims/{id}/accept|reject|edit|retract`` (editor token) and ``/api/claims/{id}/curation`` (the record)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from claimgraph.api import schemas
from claimgraph.api.auth import require
from claimgraph.api.deps import StoreDep
from claimgraph.claims.model import Literal as LiteralValue
from claimgraph.claims.model import Money
from claimgraph.claims.times import parse_time
from claimgraph.kg import curation, resources
from claimgraph.kg.store import Store
from claimgraph.kg.tokens import Token

router = APIRouter(tags=["curation"])

_WRITE = {
    401: {"description": "No bearer token, or an unknown or revoked one"},
    403: {"description": "The token's role cannot curate (editors only)"},
    404: {"description": "No claim has this id"},
    409: {"description": "The claim's status does not allow this (a rejected claim cannot be accepted)"},
}


class Reason(BaseModel):
    """Why a claim is withdrawn, for the record."""

    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, pattern=r"\S", description="why the claim is withdrawn; kept with the claim")


class Note(BaseModel):
    """Why, for the record."""

    model_config = ConfigDict(extra="forbid")
    note: str | None = Field(None, description="why, for the record")


class MoneyValue(BaseModel):
    """An amount of money, or a range, in full units."""

    model_config = ConfigDict(extra="forbid")
    currency: str = Field(description="ISO 4217 code")
    amount: float | None = None
    min: float | None = None
    max: float | None = None
    approximate: bool = False


class LiteralObject(BaseModel):
    """A literal object: text, a year, a month or a date."""

    model_config = ConfigDict(extra="forbid")
    text: str
    datatype: Literal["string", "gYear", "gYearMonth", "date"] = "string"


class TimeValue(BaseModel):
    """The time a claim is about."""

    model_config = ConfigDict(extra="forbid")
    value: str | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD; null for none")
    expression: str | None = Field(None, description="the words of the text")


class AnchorValue(BaseModel):
    """Where the claim sits in its document: offsets, a quote, or both."""

    model_config = ConfigDict(extra="forbid")
    start: int | None = None
    end: int | None = None
    quote: str | None = Field(None, description="the exact text; alone, it is looked up in the document")


class Changes(BaseModel):
    """The fields to change; those left out stay as they are. Entities are ids or names."""

    model_config = ConfigDict(extra="forbid")
    type: str | None = None
    statement: str | None = None
    subject: str | None = None
    predicate: str | None = Field(None, description="a local name from ontology/predicates.ttl, such as fundingRaised")
    object: str | None = Field(None, description="an object entity, id or name")
    value: MoneyValue | None = Field(None, description="money as the object")
    literal: LiteralObject | None = Field(None, description="a literal as the object")
    claimant: str | None = None
    time: TimeValue | None = None
    hedges: list[str] | None = None
    anchor: AnchorValue | None = None
    note: str | None = Field(None, description="why, for the record")

    def edit(self) -> curation.Edit:
        """The changes as an edit of the claim model."""
        money = None if self.value is None else Money(
            self.value.currency.upper(), self.value.amount, self.value.min, self.value.max, self.value.approximate
        )  # fmt: skip
        anchor = self.anchor or AnchorValue()
        return curation.Edit(
            type=self.type, statement=self.statement, subject=self.subject, predicate=self.predicate, object=self.object,
            money=money, literal=None if self.literal is None else LiteralValue(self.literal.text, self.literal.datatype),
            claimant=self.claimant, time=None if self.time is None else parse_time(self.time.value, self.time.expression),
            hedges=None if self.hedges is None else tuple(self.hedges), start=anchor.start, end=anchor.end, quote=anchor.quote,
        )  # fmt: skip


def _curate(store: Store, claim_id: str, action: str, curator: str, note: str | None, edit: curation.Edit | None = None) -> dict[str, object]:
    record = curation.curate(store, claim_id, action, curator, edit=edit, note=note)
    return {"curation": record, "claim": resources.get_claim(store, claim_id)}


@router.get("/api/claims/{claim_id}/curation", responses={404: {"description": "No claim has this id"}})
def history(store: StoreDep, claim_id: str) -> schemas.Page[schemas.Curation]:
    """Every curation of the claim (accept, reject, edit, retract), newest first, with who and when."""
    items = curation.history(store, claim_id)
    return {"items": items, "total": len(items), "limit": len(items), "offset": 0}


@router.post("/api/claims/{claim_id}/accept", responses=_WRITE)
def accept(store: StoreDep, claim_id: str, body: Note | None = None, token: Token = Depends(require("editor"))) -> schemas.Curated:
    """Accept a candidate: it becomes ``unverified``. Answers the record and the claim."""
    return _curate(store, claim_id, "accept", token.name, body.note if body else None)


@router.post("/api/claims/{claim_id}/reject", responses=_WRITE)
def reject(store: StoreDep, claim_id: str, body: Note | None = None, token: Token = Depends(require("editor"))) -> schemas.Curated:
    """Reject a candidate: it becomes ``rejected``, kept but not on the record."""
    return _curate(store, claim_id, "reject", token.name, body.note if body else None)


@router.post("/api/claims/{claim_id}/retract", responses=_WRITE)
def retract(store: StoreDep, claim_id: str, body: Reason, token: Token = Depends(require("editor"))) -> schemas.Curated:
    """Retract a claim on the record (unverified, in review or reviewed) with a reason: it becomes ``retracted``;
    its triples and reviews are kept, and the reason is the curation's note."""
    return _curate(store, claim_id, "retract", token.name, body.reason)


@router.post(
    "/api/claims/{claim_id}/edit",
    responses={**_WRITE, 400: {"description": "A field that cannot be set so; an edit that changes nothing"},
               422: {"description": "The edited claim breaks a shape (an anchor that disagrees with the text): nothing was written"}},
)  # fmt: skip
def edit(store: StoreDep, claim_id: str, changes: Changes, token: Token = Depends(require("editor"))) -> schemas.Curated:
    """Edit any field of a candidate or unverified claim; it must pass the same shapes as curated claims."""
    return _curate(store, claim_id, "edit", token.name, changes.note, changes.edit())
