"""The record of changes: the activities writes left (:mod:`claimgraph.kg.activities`), newest first.

The whole record since a time, or one claim's trail: its ingestion or the
builds of its document, its curations, its reviews and the editors' SPARQL
updates that touched it. Each item says what kind of write it was, who made
it (the authenticated agent, and a display name when one was given), when,
the claims and documents it touched, and what the kind adds: a curation's
action, statuses and note, a review's verdict, an update's text and the quads
it added and removed.
"""

from __future__ import annotations

import datetime as dt
import re
from datetime import datetime

from rdflib import Literal
from rdflib.namespace import XSD

from claimgraph.claims.errors import InputError
from claimgraph.kg.projection import require_claim
from claimgraph.kg.namespaces import short_id
from claimgraph.kg.errors import excerpt
from claimgraph.kg.store import Store

KINDS = {"build": "cg:Build", "ingest": "cg:Ingestion", "curation": "cg:Curation", "review": "cg:Reviewing", "fulfilment": "cg:FulfilmentRecording",
         "sparql_update": "cg:SparqlUpdate", "claimreview_import": "cg:ClaimReviewImport",
         "entity_resolution": "cg:EntityResolution"}
"""Each kind of write, by the name the record gives it, and the class of its activity."""
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000

_SINCE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?")


def parse_since(value: str, name: str = "since", end_of_day: bool = False) -> datetime:
    """The time a ``since`` (or ``as_of``) parameter names: a moment (UTC unless it gives a zone), or a day, from its
    start in UTC (``end_of_day``: to its end, the last microsecond of that day in UTC).

    Raises:
        InputError: it is neither ``YYYY-MM-DD`` nor ``YYYY-MM-DDTHH:MM[:SS[.ffffff]][Z|+HH:MM]``, or no such day
            (the message names the parameter, ``name``).

    >>> parse_since("2026-03-01"), parse_since("2026-03-01T10:30:00+01:00")
    (datetime.datetime(2026, 3, 1, 0, 0, tzinfo=datetime.timezone.utc), datetime.datetime(2026, 3, 1, 9, 30, tzinfo=datetime.timezone.utc))
    >>> parse_since("2026-03-01", "as_of", end_of_day=True)
    datetime.datetime(2026, 3, 1, 23, 59, 59, 999999, tzinfo=datetime.timezone.utc)
    """
    if not _SINCE.fullmatch(value):
        raise InputError(f"{name} must be YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ; got {excerpt(value)}")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as error:
        raise InputError(f"{name} is not a real time ({error}); got {excerpt(value)}") from None
    if end_of_day and len(value) == len("YYYY-MM-DD"):
        moment = datetime.combine(moment.date(), dt.time.max)
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)).astimezone(dt.timezone.utc)


_CLASSES = " ".join(f'({cls} "{kind}")' for kind, cls in KINDS.items())
_MATCH = """
  %(claim)s
  VALUES (?class ?kind) { %(classes)s }
  ?activity a ?class ; prov:wasAssociatedWith ?who ; prov:endedAtTime ?when .
  %(since)s
"""
_OF_CLAIM = """
SELECT DISTINCT ?activity WHERE {
  { ?activity cg:curated <%(claim)s> } UNION { ?activity cg:touched <%(claim)s> }
  UNION { ?activity prov:used <%(claim)s> } UNION { ?activity prov:generated <%(claim)s> }
  UNION { <%(claim)s> prov:wasDerivedFrom ?document . ?activity a cg:Build ; prov:used ?document }
}
"""
"""The activities that touched one claim, found from the claim: asked first, so that the page's query starts from them."""
_PAGE = """
SELECT ?activity ?kind ?agent ?display ?when WHERE {
  %(match)s
  ?who schema:name ?agent .
  OPTIONAL { ?who cg:displayName ?display }
}
ORDER BY DESC(?when) DESC(STR(?activity))
LIMIT %(limit)d OFFSET %(offset)d
"""
_TOTAL = "SELECT (COUNT(DISTINCT ?activity) AS ?n) WHERE { %(match)s }"
_TOUCHED = """
SELECT DISTINCT ?activity ?what ?node WHERE {
  VALUES ?activity { %(activities)s }
  { ?activity cg:curated|cg:touched ?node BIND ("claim" AS ?what) }
  UNION { ?activity prov:used|prov:generated ?node . ?node a cg:Claim FILTER NOT EXISTS { ?activity a cg:Build } BIND ("claim" AS ?what) }
  UNION { ?activity prov:used ?node . ?node a cg:Document BIND ("document" AS ?what) }
  UNION { ?activity prov:generated ?node . ?node a schema:ClaimReview BIND ("review" AS ?what) }
}
ORDER BY ?node
"""
_DETAILS = """
SELECT ?activity ?action ?before ?after ?note ?verdict ?text ?added ?removed WHERE {
  VALUES ?activity { %(activities)s }
  OPTIONAL { ?activity cg:action ?action }
  OPTIONAL { ?activity cg:statusBefore ?beforeIri BIND (STRAFTER(STR(?beforeIri), "#") AS ?before) }
  OPTIONAL { ?activity cg:statusAfter ?afterIri BIND (STRAFTER(STR(?afterIri), "#") AS ?after) }
  OPTIONAL { ?activity rdfs:comment ?note }
  OPTIONAL { ?activity prov:generated/schema:reviewRating/cg:verdict ?verdictIri BIND (STRAFTER(STR(?verdictIri), "#") AS ?verdict) }
  OPTIONAL { ?activity cg:updateText ?text ; cg:added ?added ; cg:removed ?removed }
}
"""


def _time(value: object) -> str:
    return value.isoformat() if isinstance(value, datetime) else str(value)


def activities(
    store: Store, *, since: datetime | None = None, claim_id: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0
) -> dict[str, object]:
    """The record's activities, newest first: all of them, those since a time, or those touching one claim.

    Answers a page: ``items``, ``total``, ``limit``, ``offset``.

    Raises:
        NotFoundError: ``claim_id`` is given and no claim has it.
        InputError: a limit outside 1..``MAX_LIMIT`` or a negative offset.
    """
    if not 1 <= limit <= MAX_LIMIT or offset < 0:
        raise InputError(f"limit must be 1 to {MAX_LIMIT} and offset at least 0")
    claim = ""
    if claim_id is not None:
        found = store.select(_OF_CLAIM % {"claim": require_claim(store, claim_id)})
        claim = "VALUES ?activity { %s }" % " ".join(f"<{row['activity']}>" for row in found)
    after = "" if since is None else f"FILTER (?when >= {Literal(since.isoformat(), datatype=XSD.dateTime).n3()})"
    match = _MATCH % {"classes": _CLASSES, "since": after, "claim": claim}
    (count,) = store.select(_TOTAL % {"match": match})
    rows = store.select(_PAGE % {"match": match, "limit": limit, "offset": offset})
    items: dict[str, dict[str, object]] = {}
    for row in rows:
        iri = str(row["activity"])
        items.setdefault(iri, {
            "id": short_id(iri), "iri": iri, "kind": row["kind"], "agent": row["agent"], "display_name": row["display"],
            "time": _time(row["when"]), "claims": [], "documents": [], "review": None, "verdict": None, "action": None,
            "status_before": None, "status_after": None, "note": None, "update": None,
        })  # fmt: skip
    if items:
        values = " ".join(f"<{iri}>" for iri in items)
        for row in store.select(_TOUCHED % {"activities": values}):
            node = str(row["node"])
            entry = {"id": short_id(node), "iri": node}
            item = items[str(row["activity"])]
            if row["what"] == "review":
                item["review"] = entry
            else:
                item[f"{row['what']}s"].append(entry)
        for row in store.select(_DETAILS % {"activities": values}):
            item = items[str(row["activity"])]
            for key, name in (("action", "action"), ("status_before", "before"), ("status_after", "after"), ("note", "note"), ("verdict", "verdict")):
                item[key] = item[key] or row[name]
            if row["text"] is not None:
                item["update"] = {"text": row["text"], "added": row["added"], "removed": row["removed"]}
    return {"items": list(items.values()), "total": int(count["n"]), "limit": limit, "offset": offset}
