"""A claim's timeline: when it was stated and what time it is about, then every write of the record about it.

The first two come from the claim itself: ``stated`` (when it was said, with
the date of its document) and ``about`` (the time it is about, from its own
words; absent when they give none). The rest are transaction times, each with
the write's agent, oldest first: ``recorded`` (it entered the record),
``accepted``, ``rejected``, ``edited``, ``retracted`` (curations),
``left_record`` (taken off by a write that is no curation: a build or an
editor's update), ``reviewed`` (with its verdict) and ``fulfilment`` (a
pledge's state, with the day it holds from).
"""

from __future__ import annotations

import datetime as dt

from claimgraph.kg import cells, projection
from claimgraph.kg.errors import NotFoundError, excerpt
from claimgraph.kg.namespaces import claim_iri, document_iri
from claimgraph.kg.store import Store

_PAST = {"accept": "accepted", "reject": "rejected", "edit": "edited", "retract": "retracted"}

_WRITES = """
SELECT ?what ?action ?when ?agent ?activity ?note ?verdict ?state ?date WHERE {
  { ?activity cg:putOnRecord <%(claim)s> BIND ("recorded" AS ?what) }
  UNION { ?activity cg:takenOffRecord <%(claim)s> FILTER NOT EXISTS { ?activity a cg:Curation } BIND ("left_record" AS ?what) }
  UNION { ?activity a cg:Curation ; cg:curated <%(claim)s> ; cg:action ?action OPTIONAL { ?activity rdfs:comment ?note } BIND ("curation" AS ?what) }
  UNION { ?review schema:itemReviewed <%(claim)s> ; a schema:ClaimReview . ?activity prov:generated ?review .
          OPTIONAL { ?review schema:reviewRating/cg:verdict ?verdictIri } BIND ("reviewed" AS ?what) }
  UNION { ?record cg:fulfilmentOf <%(claim)s> ; cg:fulfilmentState ?stateIri ; cg:rationale ?note ; dcterms:date ?date . ?activity prov:generated ?record .
          BIND ("fulfilment" AS ?what) }
  ?activity prov:endedAtTime ?when .
  OPTIONAL { ?activity prov:wasAssociatedWith/schema:name ?agent }
  BIND (STRAFTER(STR(?verdictIri), "#") AS ?verdict)
  BIND (STRAFTER(STR(?stateIri), "#") AS ?state)
  %(until)s
}
ORDER BY ?when ?what
"""
_PUBLISHED = "SELECT ?published WHERE { <%(document)s> cg:published/cg:timeValue ?published }"


def _event(what: str, time: str | None, by: str | None = None, **extra: str | None) -> dict[str, object]:
    return {"what": what, "time": time, "precision": None, "by": by, "activity": None, "note": None, "verdict": None, "state": None, "date": None, **extra}


def timeline(store: Store, claim_id: str, as_of: dt.datetime | None = None) -> list[dict[str, object]]:
    """The claim's timeline (``as_of`` a time: the writes up to then).

    Raises:
        NotFoundError: no claim has this id.
    """
    claim = claim_iri(claim_id)
    records = projection.read_claims(store, [claim_id])
    if not records:
        raise NotFoundError(f"no claim with id {excerpt(claim_id)}")
    (record,) = records.values()
    published = cells.select_cells(store, _PUBLISHED % {"document": document_iri(record.document)})
    events = [_event(
        "stated", record.stated.value, record.claimant, precision=record.stated.precision,
        note=f"its document is dated {cells.text(published[0]['published'])}" if published else None,
    )]  # fmt: skip
    if record.about.value is not None or record.about.expression is not None:
        events.append(_event("about", record.about.value, precision=record.about.precision, note=record.about.expression))
    until = "" if as_of is None else f"FILTER (?when <= {projection.moment(as_of)})"
    for row in cells.select_cells(store, _WRITES % {"claim": claim, "until": until}):
        what = row["what"].text
        events.append(_event(
            _PAST.get(cells.text(row["action"]) or "", what) if what == "curation" else what,
            cells.moment(row["when"]).isoformat(), cells.text(row["agent"]), activity=row["activity"].text, date=cells.text(row["date"]),
            note=cells.text(row["note"]), verdict=cells.text(row["verdict"]) or None, state=cells.text(row["state"]) or None,
        ))  # fmt: skip
    return events
