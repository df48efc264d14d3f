"""Pledge fulfilment: the state reviewers record for a pledge, kept as history like verdicts.

A fulfilment record (``cg:Fulfilment``) gives a pledge one of
:data:`~claimgraph.claims.fulfilment.STATES`, with a rationale, evidence links and the day the state holds
from (``dcterms:date``, the reviewer's). A record is never changed: a new one
revises the current one (``prov:wasRevisionOf``), and the one nothing revises
is the pledge's state; a pledge with none is ``open``. Each record is written
with the ``cg:FulfilmentRecording`` activity that generated it, whose agent is
who was authenticated and whose ``prov:endedAtTime`` dates it on the record,
so the state as of a time is the current record among those written by then.

Only a pledge on the record takes a record. The write changes neither the
entity network nor any verdict; it is written as a verdicts-only write
(:meth:`~claimgraph.kg.store.Store.update`), so the kept structure stays.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from claimgraph.claims import lifecycle
from claimgraph.claims.errors import ClaimStatusError, InputError
from claimgraph.claims.fulfilment import STATES
from claimgraph.claims.times import parse_time
from claimgraph.kg import cells, projection
from claimgraph.kg.activities import activity_quads, agent_name, ended
from claimgraph.kg.projection import require_claim
from claimgraph.kg.errors import StoreError
from claimgraph.kg.locks import WRITE_LOCK
from claimgraph.kg.mapping import DEFAULT, Quad
from claimgraph.kg.namespaces import BASE, CG, CLAIM_TYPE, SCHEMA, STATUS, claim_iri, short_id
from claimgraph.kg.reviews import evidence_links
from claimgraph.kg.sparql_text import values_batches
from claimgraph.kg.store import Store, insert_data
from claimgraph.kg.validation import check

FULFILMENT = Namespace("https://w3id.org/claimgraph/ns/fulfilment#")


def parse_state(state: str) -> str:
    """A state's name, checked.

    Raises:
        InputError: not one of :data:`STATES`.

    >>> parse_state("partly_kept")
    'partly_kept'
    """
    if state not in STATES:
        raise InputError(f"unknown fulfilment state {state!r}; use one of {', '.join(STATES)}")
    return state


def parse_day(text: str, today: dt.date) -> dt.date:
    """The day a state holds from, as ``YYYY-MM-DD``, no later than ``today``.

    Raises:
        InputError: not such a day, or a day after ``today``.

    >>> parse_day("2026-02-28", dt.date(2026, 3, 1))
    datetime.date(2026, 2, 28)
    >>> parse_day("2026-03-02", dt.date(2026, 3, 1))
    Traceback (most recent call last):
    ...
    claimgraph.claims.errors.InputError: date 2026-03-02 is after today (2026-03-01): a state is recorded once it holds
    """
    try:
        time = parse_time(text)
    except InputError:
        time = None
    if time is None or time.precision != "day" or time.value != text:
        raise InputError(f"date must be a day, YYYY-MM-DD; got {text[:40]!r}")
    day = dt.date.fromisoformat(time.value)
    if day > today:
        raise InputError(f"date {day} is after today ({today}): a state is recorded once it holds")
    return day


@dataclass(frozen=True)
class Fulfilment:
    """One fulfilment record of a pledge."""

    id: str
    claim: str
    state: str
    rationale: str
    evidence: tuple[str, ...]
    date: dt.date
    """The day the state holds from, as the reviewer gave it."""
    recorded: dt.datetime | None
    """When it was written (its activity's end); None for one no activity of ours wrote."""
    by: str
    revises: str | None

    def json(self, current: bool) -> dict[str, object]:
        """As the routes show it."""
        return {
            "id": self.id, "state": self.state, "rationale": self.rationale, "evidence": list(self.evidence),
            "date": self.date.isoformat(), "recorded": None if self.recorded is None else self.recorded.isoformat(),
            "by": self.by, "revises": self.revises, "current": current,
        }  # fmt: skip


_RECORDS = """
SELECT ?record ?claim ?state ?rationale ?date ?by ?revises ?recorded (GROUP_CONCAT(STR(?link); separator=" ") AS ?evidence) WHERE {
  VALUES ?claim { %(claims)s }
  ?record a cg:Fulfilment ; cg:fulfilmentOf ?claim ; cg:fulfilmentState ?stateIri ; cg:rationale ?rationale ;
          dcterms:date ?date ; schema:author/schema:name ?by .
  OPTIONAL { ?record prov:wasRevisionOf ?revises }
  OPTIONAL { ?record schema:citation ?link }
  OPTIONAL { ?writing prov:generated ?record ; prov:endedAtTime ?recorded }
  BIND (STRAFTER(STR(?stateIri), "#") AS ?state)
  %(written)s
}
GROUP BY ?record ?claim ?state ?rationale ?date ?by ?revises ?recorded
"""


def histories(store: Store, claim_ids: list[str], as_of: dt.datetime | None = None) -> dict[str, list[Fulfilment]]:
    """Each claim's fulfilment records, oldest first (``as_of`` a time: those written by then); claims with none
    are left out."""
    found: dict[str, list[Fulfilment]] = {}
    for batch in values_batches([str(claim_iri(claim_id)) for claim_id in claim_ids], projection.LOOKUP_BATCH):
        written = projection.written("?record", as_of)
        for row in cells.select_cells(store, _RECORDS % {"claims": batch, "written": written}):
            record = Fulfilment(
                id=short_id(row["record"].text), claim=short_id(row["claim"].text), state=row["state"].text,
                rationale=row["rationale"].text, evidence=tuple(sorted((cells.text(row["evidence"]) or "").split())),
                date=dt.date.fromisoformat(row["date"].text[:10]),
                recorded=cells.moment(row["recorded"]),
                by=row["by"].text, revises=None if row["revises"] is None else short_id(row["revises"].text),
            )  # fmt: skip
            found.setdefault(record.claim, []).append(record)
    far_past = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return {claim: sorted(records, key=lambda r: (r.recorded or far_past, r.id)) for claim, records in found.items()}


def current(records: list[Fulfilment]) -> Fulfilment | None:
    """The current record: the newest of those no other record revises (None without records)."""
    revised = {record.revises for record in records}
    standing = [record for record in records if record.id not in revised]
    return standing[-1] if standing else None


def history(store: Store, claim_id: str, as_of: dt.datetime | None = None) -> list[dict[str, object]]:
    """A claim's fulfilment records, oldest first, each marked ``current`` or not (``as_of`` a time: as they stood then).

    Raises:
        NotFoundError: no claim has this id.
    """
    require_claim(store, claim_id)
    records = histories(store, [claim_id], as_of).get(claim_id, [])
    now = current(records)
    return [record.json(record == now) for record in records]


def record_iri(claim_id: str, number: int) -> URIRef:
    """The IRI of a pledge's ``number``-th fulfilment record.

    >>> record_iri("p", 2)
    rdflib.term.URIRef('https://w3id.org/claimgraph/id/fulfilment/p--2')
    """
    return URIRef(f"{BASE}fulfilment/{claim_id}--{number}")


def _next_number(store: Store, claim: URIRef, claim_id: str, read: int) -> int:
    """The number a pledge's next fulfilment record takes: one past the highest in use (``read`` records were read
    whole), so that a record deleted or left incomplete never makes a number come round again."""
    stems = (str(record_iri(claim_id, 0))[:-1], f"{BASE}fulfilment-recording/{claim_id}--")
    rows = store.select(f"SELECT ?used WHERE {{ {{ ?used <{CG.fulfilmentOf}> <{claim}> }} UNION "
                        f"{{ ?used a <{CG.FulfilmentRecording}> ; <{PROV.used}> <{claim}> }} }}")
    tails = [str(row["used"]).removeprefix(stem) for row in rows for stem in stems if str(row["used"]).startswith(stem)]
    return max([read, *(int(tail) for tail in tails if tail.isdigit())]) + 1


def _quads(record: URIRef, activity: URIRef, claim: URIRef, state: str, rationale: str, evidence: list[URIRef],
           day: dt.date, by: str, when: dt.datetime, revises: URIRef | None) -> list[Quad]:  # fmt: skip
    author = URIRef(f"{record}#author")
    quads: list[Quad] = [
        (record, RDF.type, CG.Fulfilment, DEFAULT),
        (record, RDF.type, PROV.Entity, DEFAULT),
        (record, CG.fulfilmentOf, claim, DEFAULT),
        (record, CG.fulfilmentState, FULFILMENT[state], DEFAULT),
        (record, CG.rationale, Literal(rationale), DEFAULT),
        (record, DCTERMS.date, Literal(day.isoformat(), datatype=XSD.date), DEFAULT),
        (record, SCHEMA.author, author, DEFAULT),
        (author, RDF.type, SCHEMA.Person, DEFAULT),
        (author, SCHEMA.name, Literal(by), DEFAULT),
        *((record, SCHEMA.citation, link, DEFAULT) for link in evidence),
        *activity_quads(activity, CG.FulfilmentRecording, by, when),
        (activity, PROV.used, claim, DEFAULT),
        (activity, PROV.generated, record, DEFAULT),
    ]
    if revises is not None:
        quads.append((record, PROV.wasRevisionOf, revises, DEFAULT))
    return quads


def _require_pledge_on_record(store: Store, claim: URIRef, claim_id: str) -> None:
    rows = store.select(f"SELECT ?type ?status WHERE {{ <{claim}> cg:claimType ?type ; cg:status ?status }}")
    kinds = {str(row["type"]).rsplit("#", 1)[-1] for row in rows}
    status = str(rows[0]["status"]).rsplit("#", 1)[-1] if rows else "without a status"
    if "pledge" not in kinds:
        raise ClaimStatusError(f"claim {claim_id!r} is not a pledge (its type is {', '.join(sorted(kinds)) or 'unknown'}); nothing was written")
    if not lifecycle.on_record(status):
        raise ClaimStatusError(f"claim {claim_id!r} is {status}; only a pledge on the record takes a fulfilment state; nothing was written")


def record_fulfilment(
    store: Store,
    claim_id: str,
    state: str,
    rationale: str,
    evidence: list[str],
    by: str,
    date: str | None = None,
    *,
    now: dt.datetime | None = None,
) -> dict[str, object]:
    """Record a pledge's fulfilment state; it revises the current record and becomes the pledge's state.

    ``date`` is the day the state holds from (``YYYY-MM-DD``, today when None,
    never after today); ``by`` is who was authenticated. The record and its
    activity are written in one transaction after passing the shapes, and only
    if, inside it, the pledge is still on the record and the record it revises
    still current.

    Raises:
        NotFoundError: no claim has this id.
        ClaimStatusError: the claim is not a pledge on the record; nothing was written.
        InputError: an unknown state, a blank rationale, a bad date, evidence that is not a link.
        StoreError: another write recorded a state of the pledge at the same moment; nothing was written.
    """
    parse_state(state)
    if not rationale.strip():
        raise InputError("a fulfilment state needs a rationale")
    by = agent_name(by, "reviewer")
    links = evidence_links(evidence)
    when = ended(now)
    day = when.date() if date is None else parse_day(date, when.date())
    claim = require_claim(store, claim_id)
    with WRITE_LOCK:
        _require_pledge_on_record(store, claim, claim_id)
        records = histories(store, [claim_id]).get(claim_id, [])
        number = _next_number(store, claim, claim_id, len(records))
        revises = current(records)
        revised = None if revises is None else URIRef(f"{BASE}fulfilment/{revises.id}")
        record = record_iri(claim_id, number)
        activity = URIRef(f"{BASE}fulfilment-recording/{claim_id}--{number}")
        quads = _quads(record, activity, claim, state, rationale.strip(), links, day, by, when, revised)
        check(quads)
        still = f"FILTER NOT EXISTS {{ ?newer <{PROV.wasRevisionOf}> <{revised}> }}" if revised is not None else ""
        on_record = " ".join(f"<{STATUS[name]}>" for name in lifecycle.ON_RECORD)
        store.update(
            f"INSERT {insert_data(quads).removeprefix('INSERT DATA ')} WHERE {{ "
            f"<{claim}> <{CG.claimType}> <{CLAIM_TYPE.pledge}> ; <{CG.status}> ?status . VALUES ?status {{ {on_record} }} "
            f"FILTER NOT EXISTS {{ <{record}> ?p ?o }} FILTER NOT EXISTS {{ <{activity}> ?p ?o }} {still} }}",
            verdicts_only=True,
        )
        if not store.query(f"ASK {{ <{activity}> <{PROV.generated}> <{record}> }}").askAnswer:
            raise StoreError(f"could not record the fulfilment of {claim_id!r}: another write came first; nothing was written")
    return next(item for item in history(store, claim_id) if item["id"] == short_id(str(record)))
