"""``/api/history``, ``/api/claims/{id}/history``, ``/api/claims/{id}/timeline`` and ``/api/changes``: who changed the record, what changed, and when, newest first."""

from __future__ import annotations

from fastapi import APIRouter, Query

from claimgraph.api import schemas
from claimgraph.api.deps import AsOf, From, StoreDep, To
from claimgraph.kg import changes as record_changes
from claimgraph.kg import history as record
from claimgraph.kg import timeline

router = APIRouter(tags=["history"])

_LIMIT = Query(record.DEFAULT_LIMIT, ge=1, le=record.MAX_LIMIT)
_OFFSET = Query(0, ge=0)


@router.get("/api/history", responses={400: {"description": "A since that is not YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ"}})
def history(
    store: StoreDep,
    since: str | None = Query(None, description="only changes at or after this day (UTC) or moment: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ"),
    limit: int = _LIMIT,
    offset: int = _OFFSET,
) -> schemas.Page[schemas.Activity]:
    """Every write on the record (builds, ingests, curations, reviews, editors' SPARQL updates), newest first:
    its kind, its agent (the authenticated name), its time, the claims and documents it touched, and for an
    editor's update the text and the quads it added and removed."""
    moment = None if since is None else record.parse_since(since)
    return record.activities(store, since=moment, limit=limit, offset=offset)


@router.get("/api/claims/{claim_id}/history", responses={404: {"description": "No claim has this id"}})
def claim_history(store: StoreDep, claim_id: str, limit: int = _LIMIT, offset: int = _OFFSET) -> schemas.Page[schemas.Activity]:
    """One claim's trail, newest first: the builds of its document or its ingestion, its curations, its reviews,
    and the editors' SPARQL updates that touched it."""
    return record.activities(store, claim_id=claim_id, limit=limit, offset=offset)


@router.get("/api/claims/{claim_id}/timeline", responses={404: {"description": "No claim has this id"}})
def claim_timeline(store: StoreDep, claim_id: str, as_of: AsOf = None) -> schemas.Timeline:
    """A claim's timeline: stated (with its document's date), the time it is about, then each write about it oldest
    first (entered the record, accepted, each review, each fulfilment state, retraction), with its time and who
    (``as_of`` a time: the writes up to then)."""
    return schemas.Timeline(claim=claim_id, items=timeline.timeline(store, claim_id, as_of))


@router.get("/api/changes", responses={400: {"description": "to before from"}})
def changes(
    store: StoreDep,
    start: From = None,
    end: To = None,
    limit: int = Query(record_changes.DEFAULT_LIMIT, ge=1, le=record_changes.MAX_LIMIT),
    offset: int = _OFFSET,
) -> schemas.Page[schemas.RecordChange]:
    """What changed of the record from ``from`` up to ``to``, newest first: claims that entered it (added) or left it
    (retracted or removed), and reviews written (verdicts changed), each with the time and agent of the write that made
    it. The record as of ``to`` is the record as of ``from`` with these changes made."""
    found, total = record_changes.changes(store, start=start, end=end, limit=limit, offset=offset)
    return schemas.Page(items=[change.json() for change in found], total=total, limit=limit, offset=offset)
