"""``/api/entity-links``: links proposed between entities the record has under two labels; an editor confirms (merges
the two), refuses, or undoes a merge (:mod:`claimgraph.kg.resolution`)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from claimgraph.api import schemas
from claimgraph.api.auth import require
from claimgraph.api.curation import Note
from claimgraph.api.deps import StoreDep
from claimgraph.kg import resolution
from claimgraph.kg.tokens import Token

router = APIRouter(prefix="/api/entity-links", tags=["curation"])

_WRITE = {
    401: {"description": "No bearer token, or an unknown or revoked one"},
    403: {"description": "The token's role cannot curate (editors only)"},
    404: {"description": "No link proposal has this id"},
    409: {"description": "The proposal is decided already, or (undo) the store changed since the merge: nothing was written"},
}


@router.get("", responses={400: {"description": "An unknown status"}})
def proposals(store: StoreDep, status: str | None = Query(None, description="proposed, confirmed or refused; all when left out")) -> schemas.Page[schemas.LinkProposal]:
    """Links proposed between two entities, with their evidence and the decisions taken on them."""
    items = resolution.proposals(store, status)
    return {"items": items, "total": len(items), "limit": len(items), "offset": 0}


@router.get("/{proposal_id}", responses={404: {"description": "No link proposal has this id"}})
def proposal(store: StoreDep, proposal_id: str) -> schemas.LinkProposal:
    """One link proposal."""
    return resolution.get_proposal(store, proposal_id)


@router.post("/{proposal_id}/confirm", responses=_WRITE)
def confirm(store: StoreDep, proposal_id: str, body: Note | None = None, token: Token = Depends(require("editor"))) -> schemas.LinkProposal:
    """Confirm a link: the other entity is merged into the kept one (its labels kept as aliases, every claim
    re-pointed), recorded as an activity that can be undone."""
    return resolution.confirm(store, proposal_id, token.name, body.note if body else None)


@router.post("/{proposal_id}/refuse", responses=_WRITE)
def refuse(store: StoreDep, proposal_id: str, body: Note | None = None, token: Token = Depends(require("editor"))) -> schemas.LinkProposal:
    """Refuse a link: the two entities stay apart, and the pair is never proposed again."""
    return resolution.refuse(store, proposal_id, token.name, body.note if body else None)


@router.post("/{proposal_id}/undo", responses=_WRITE)
def undo(store: StoreDep, proposal_id: str, body: Note | None = None, token: Token = Depends(require("editor"))) -> schemas.LinkProposal:
    """Undo the merge of a confirmed link: the store is as before it, and the link is proposed again."""
    return resolution.undo(store, proposal_id, token.name, body.note if body else None)
