"""A claim's lifecycle: its states, which of them are on the record, and the changes each action may make.

::

    candidate --accept--> unverified --review--> in_review / reviewed --review--> ...
    candidate --reject--> rejected
    unverified, in_review, reviewed --retract--> retracted

Only claims on the record (unverified, in review, reviewed) are claims to a
reader: totals, lists, the network, analyses, paths and exports. Candidates
and rejected claims belong to the curation queue; a retracted claim is kept,
with its reason, but no longer counted. Every write path checks its change
here, whoever asks for it (the API, the command line, a SPARQL update).
"""

from __future__ import annotations

from claimgraph.claims.errors import ClaimStatusError

CANDIDATE = "candidate"
REJECTED = "rejected"
UNVERIFIED = "unverified"
IN_REVIEW = "in_review"
REVIEWED = "reviewed"
RETRACTED = "retracted"

STATES = (CANDIDATE, REJECTED, UNVERIFIED, IN_REVIEW, REVIEWED, RETRACTED)
ON_RECORD = (UNVERIFIED, IN_REVIEW, REVIEWED)
"""The states in which a claim counts as a claim."""

ACTIONS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "accept": ((CANDIDATE,), UNVERIFIED),
    "reject": ((CANDIDATE,), REJECTED),
    "edit": ((CANDIDATE, UNVERIFIED), None),
    "review": (ON_RECORD, None),
    "retract": (ON_RECORD, RETRACTED),
}
"""Each action: the states it may start from, and the state it leads to (None: the same, or as a review's verdict says)."""

CURATION = ("accept", "reject", "edit", "retract")
"""The actions of curation: all of the above but a review, which has a write path of its own."""

_PAST = {"accept": "accepted", "reject": "rejected", "edit": "edited", "review": "reviewed", "retract": "retracted"}


def on_record(status: str) -> bool:
    """Whether a claim in this state counts as a claim.

    >>> on_record("in_review"), on_record("candidate"), on_record("retracted")
    (True, False, False)
    """
    return status in ON_RECORD


def require(action: str, status: str, claim_id: str) -> None:
    """Check that ``action`` may be taken on a claim in ``status``.

    Raises:
        ClaimStatusError: it may not (answered 409 by the service).

    >>> require("review", "candidate", "x")
    Traceback (most recent call last):
    ...
    claimgraph.claims.errors.ClaimStatusError: claim 'x' is candidate; only a claim that is unverified, in_review or reviewed can be reviewed
    """
    starts, _ = ACTIONS[action]
    if status not in starts:
        either = starts[0] if len(starts) == 1 else f"{', '.join(starts[:-1])} or {starts[-1]}"
        raise ClaimStatusError(f"claim {claim_id!r} is {status}; only a claim that is {either} can be {_PAST[action]}")


def may_change(before: str | None, after: str, review_statuses: tuple[str, ...] = (IN_REVIEW, REVIEWED)) -> bool:
    """Whether some action takes a claim from ``before`` (None: a new claim) to ``after``.

    A new claim enters as a candidate or, curated, unverified; a review leads
    to one of ``review_statuses``.

    >>> may_change("candidate", "unverified"), may_change("rejected", "reviewed"), may_change(None, "reviewed")
    (True, False, False)
    """
    if before is None:
        return after in (CANDIDATE, UNVERIFIED)
    if before == after:
        return True
    for action, (starts, result) in ACTIONS.items():
        if before in starts and (after == result or (action == "review" and after in review_statuses)):
            return True
    return False
