"""Changes of the record: claims put on it, taken off it, and reviews written, each with the time of the write that made it.

Read from the transaction times the writes leave (:mod:`claimgraph.kg.activities`), so the
changes between two times are the difference between the record as of the one and as of the
other: a claim ``entered`` or ``left`` the record, or a review of it was written (``reviewed``,
with its verdict). ``/api/changes`` and the ``/timeline`` page list them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from claimgraph.claims.errors import InputError
from claimgraph.kg import cells, projection
from claimgraph.kg.namespaces import short_id, sparql_prefixes
from claimgraph.kg.store import Store

ENTERED, LEFT, REVIEWED = "entered", "left", "reviewed"
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000

_MATCH = """
  { ?write cg:putOnRecord ?claim BIND ("entered" AS ?what) }
  UNION { ?write cg:takenOffRecord ?claim BIND ("left" AS ?what) }
  UNION { ?review schema:itemReviewed ?claim ; a schema:ClaimReview . ?write prov:generated ?review
          OPTIONAL { ?review schema:reviewRating/cg:verdict ?verdictIri } BIND ("reviewed" AS ?what) }
  ?write prov:endedAtTime ?when .
  %(window)s
"""
_PAGE = """
SELECT ?claim ?what ?when ?write ?agent ?review (STRAFTER(STR(?verdictIri), "#") AS ?verdict) WHERE {
  %(match)s
  OPTIONAL { ?write prov:wasAssociatedWith/schema:name ?agent }
}
ORDER BY DESC(?when) ?what ?claim
%(window)s
"""
_TOTAL = "SELECT (COUNT(*) AS ?n) WHERE { %(match)s }"


@dataclass(frozen=True)
class Change:
    """One change of the record."""

    time: dt.datetime
    claim: str
    """The claim's id."""
    what: str
    """``entered``, ``left`` or ``reviewed``."""
    write: str
    """The id of the write (the activity) that made it."""
    agent: str | None
    review: str | None = None
    verdict: str | None = None

    def json(self) -> dict[str, object]:
        """As ``/api/changes`` shows it."""
        return {"time": self.time.isoformat(), "claim": self.claim, "what": self.what, "write": self.write,
                "agent": self.agent, "review": self.review, "verdict": self.verdict}  # fmt: skip


def _match(start: dt.datetime | None, end: dt.datetime | None) -> str:
    window = []
    if start is not None:
        window.append(f"FILTER (?when >= {projection.moment(start)})")
    if end is not None:
        window.append(f"FILTER (?when <= {projection.moment(end)})")
    return _MATCH % {"window": " ".join(window)}


def changes(
    store: Store,
    *,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
) -> tuple[list[Change], int]:
    """The changes from ``start`` up to ``end`` (both included, either open), newest first, and how many there are in all;
    ``limit`` None keeps every one.

    Raises:
        InputError: a limit outside 1..``MAX_LIMIT``, a negative offset, or ``end`` before ``start``.
    """
    if (limit is not None and not 1 <= limit <= MAX_LIMIT) or offset < 0:
        raise InputError(f"limit must be 1 to {MAX_LIMIT} and offset at least 0")
    if start is not None and end is not None and end < start:
        raise InputError("to is before from")
    match = _match(start, end)
    window = f"OFFSET {offset}" if limit is None else f"LIMIT {limit} OFFSET {offset}"
    found = [
        Change(
            time=cells.moment(row["when"]),
            claim=short_id(row["claim"].text), what=row["what"].text, write=short_id(row["write"].text),
            agent=cells.text(row["agent"]), review=None if row["review"] is None else short_id(row["review"].text),
            verdict=cells.text(row["verdict"]) or None,
        )  # fmt: skip
        for row in cells.select_cells(store, _PAGE % {"match": match, "window": window})
    ]
    return found, int(store.select(_TOTAL % {"match": match})[0]["n"])


_CHANGED_SINCE = """
SELECT DISTINCT ?claim WHERE {
  ?write prov:endedAtTime ?when . FILTER (?when > %(when)s)
  { ?write cg:putOnRecord ?claim } UNION { ?write cg:takenOffRecord ?claim }
  UNION { ?write prov:generated ?review . ?review schema:itemReviewed ?claim ; a schema:ClaimReview }
}
"""


def changed_since(store: Store, when: dt.datetime) -> set[str]:
    """The ids of the claims that a write after ``when`` put on the record, took off it, or reviewed: every other claim
    reads as of ``when`` as it reads now."""
    return {short_id(row["claim"].text) for row in cells.select_cells(store, _CHANGED_SINCE % {"when": projection.moment(when)})}


_ANY_NEVER_ENTERED = """
ASK {
  { SELECT ?claim WHERE { %(record)s } }
  FILTER NOT EXISTS { ?write cg:putOnRecord ?claim }
}
"""


def any_never_entered(store: Store) -> bool:
    """Whether a claim on the record now was put there by no write (written around the service, or before writes were
    dated)."""
    return bool(store.query(sparql_prefixes() + _ANY_NEVER_ENTERED % {"record": projection.on_record()}).askAnswer)
