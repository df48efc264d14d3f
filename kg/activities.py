"""Who changed the record, and when: the PROV activity every write leaves.

Every write (a build, an ingest, a curation, a review, an editor's SPARQL
update) is written together with one ``prov:Activity`` of its own class
(``cg:Build``, ``cg:Ingestion``, ``cg:Curation``, ``cg:Reviewing``,
``cg:SparqlUpdate``), in the same update request, so the activity is there
exactly when the change is. Each has ``prov:endedAtTime`` and one
``prov:wasAssociatedWith`` agent whose ``schema:name`` is who was
authenticated: the token's name in the service, the ``--by`` name on the
command line. A name the client gives for display is ``cg:displayName`` of
the same agent; it never replaces ``schema:name``.

The activities are also the record's transaction times. A write that puts a
claim on the record names it with ``cg:putOnRecord``, one that takes it off
with ``cg:takenOffRecord`` (:func:`record_changes`), and a review is dated by
the activity that ``prov:generated`` it; the activity's ``prov:endedAtTime``
is when. The service writes these, in the same transaction as the change,
and no client may (:mod:`claimgraph.kg.updates` refuses an update that
touches an activity), so the record as of a time is a read of stored times.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from claimgraph.claims import lifecycle
from claimgraph.claims.errors import InputError
from claimgraph.kg.mapping import DEFAULT, Quad
from claimgraph.kg.namespaces import BASE, CG, SCHEMA, STATUS


def ended(now: dt.datetime | None = None) -> dt.datetime:
    """When a write ends, in UTC: ``now`` if given (tests), else the present."""
    return (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)


def agent_name(name: str | None, who: str) -> str:
    """An agent's name for the record, on one line with single spaces.

    Raises:
        InputError: the name is missing or blank (``who`` says whose it is: the reviewer, the curator).

    >>> agent_name("  Ann   Checker ", "reviewer")
    'Ann Checker'
    """
    name = " ".join((name or "").split())
    if not name:
        raise InputError(f"the {who}'s name is missing: every write records who made it")
    return name


def new_iri(kind: str, when: dt.datetime) -> URIRef:
    """A fresh IRI for an activity of a kind that has no natural id (a build, an editor's update).

    >>> str(new_iri("build", dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc))).startswith(
    ...     "https://w3id.org/claimgraph/id/build/20260102T030405Z-")
    True
    """
    return URIRef(f"{BASE}{kind}/{when.strftime('%Y%m%dT%H%M%SZ')}-{uuid.uuid4().hex[:12]}")


def activity_quads(
    activity: URIRef,
    kind: URIRef,
    agent: str,
    when: dt.datetime,
    *,
    agent_node: URIRef | None = None,
    display_name: str | None = None,
) -> list[Quad]:
    """The quads every activity has: its classes, its agent (a ``schema:Person`` with a name) and its end time.

    ``agent_node`` names the agent's node (by default ``<activity>#agent``);
    ``display_name`` is kept beside the agent's name, never instead of it.
    """
    person = agent_node or URIRef(f"{activity}#agent")
    quads: list[Quad] = [
        (activity, RDF.type, PROV.Activity, DEFAULT),
        (activity, RDF.type, kind, DEFAULT),
        (activity, PROV.wasAssociatedWith, person, DEFAULT),
        (activity, PROV.endedAtTime, Literal(when.isoformat(), datatype=XSD.dateTime), DEFAULT),
        (person, RDF.type, PROV.Agent, DEFAULT),
        (person, RDF.type, SCHEMA.Person, DEFAULT),
        (person, SCHEMA.name, Literal(agent), DEFAULT),
    ]
    if display_name:
        quads.append((person, CG.displayName, Literal(display_name), DEFAULT))
    return quads


def build_quads(agent: str, when: dt.datetime, documents: list[URIRef]) -> list[Quad]:
    """A ``cg:Build``: who built, when, and the documents whose claims it replaced (``prov:used``)."""
    activity = new_iri("build", when)
    return activity_quads(activity, CG.Build, agent, when) + [(activity, PROV.used, doc, DEFAULT) for doc in documents]


def update_quads(agent: str, when: dt.datetime, text: str, added: str, removed: str, touched: list[URIRef]) -> list[Quad]:
    """A ``cg:SparqlUpdate``: the update's text, the quads it added and removed (N-Quads) and the claims it touched."""
    activity = new_iri("update", when)
    return activity_quads(activity, CG.SparqlUpdate, agent, when) + [
        (activity, CG.updateText, Literal(text), DEFAULT),
        (activity, CG.added, Literal(added), DEFAULT),
        (activity, CG.removed, Literal(removed), DEFAULT),
        *((activity, CG.touched, claim, DEFAULT) for claim in touched),
    ]


_ON_RECORD = " ".join(f"<{STATUS[status]}>" for status in lifecycle.ON_RECORD)

# Exits come before entries: the two never concern the same claim (one is on the record, the other not), and so the exits
# read only the entries written before the request, not the entry of every claim a first build has just put on it.
_RECORD_CHANGES = f"""
INSERT {{ %(activity)s <{CG.takenOffRecord}> ?claim }} WHERE {{
  %(claims)s
  ?entry <{CG.putOnRecord}> ?claim ; <{PROV.endedAtTime}> ?entered .
  FILTER NOT EXISTS {{ ?exit <{CG.takenOffRecord}> ?claim ; <{PROV.endedAtTime}> ?left . FILTER (?left >= ?entered) }}
  FILTER NOT EXISTS {{ ?claim <{CG.status}> ?status . VALUES ?status {{ {_ON_RECORD} }} }}
}} ;
INSERT {{ %(activity)s <{CG.putOnRecord}> ?claim }} WHERE {{
  %(claims)s
  ?claim <{CG.status}> ?status . VALUES ?status {{ {_ON_RECORD} }}
  FILTER NOT EXISTS {{
    ?entry <{CG.putOnRecord}> ?claim ; <{PROV.endedAtTime}> ?entered .
    FILTER NOT EXISTS {{ ?exit <{CG.takenOffRecord}> ?claim ; <{PROV.endedAtTime}> ?left . FILTER (?left >= ?entered) }}
  }}
}} ;
INSERT {{ %(activity)s <{PROV.generated}> ?review }} WHERE {{
  %(claims)s
  ?review a <{SCHEMA.ClaimReview}> ; <{SCHEMA.itemReviewed}> ?claim .
  FILTER NOT EXISTS {{ ?writing <{PROV.generated}> ?review }}
}}
"""


def record_changes(activity: URIRef, claims: Iterable[URIRef] | None = None) -> str:
    """SPARQL Update operations that date what a write changed of the record, as ``activity`` (written in the same request).

    A claim on the record without a standing entry (one no exit follows) is
    put on the record; a claim with a standing entry that is no longer on the
    record, or no longer stored, is taken off; a review no activity generated
    (an editor's) is dated by this one. ``claims`` limits this to some claims
    (every claim when None: a build, whose removed claims only their entries name).
    """
    scope = "" if claims is None else "VALUES ?claim { " + " ".join(f"<{claim}>" for claim in claims) + " }"
    return _RECORD_CHANGES % {"activity": f"<{activity}>", "claims": scope}
