"""The claim projection: how every reader reads claims, which claims are on the record, and which review is current.

One record type (:class:`ClaimRecord`), read by one set of variables and one
row parser, for the REST resources, the pages, the network and its analyses,
curation and the exports. Two renderings of the same query ask Oxigraph for
it, because Oxigraph plans a scan of every claim and a lookup of a few so
differently that neither shape does both: every pattern a subquery of its own
is scanned once and joined by hashing (all 100,000 claims of the benchmark in
17 s, where the lookup shape took 25 s), while a lookup walks the index from
``VALUES ?claim`` (50 claims in 0.02 s, where the scan shape took 2 s).

Every query that lists, counts, links or exports claims joins
:func:`on_record`; every one that shows a verdict takes it from
:func:`current_review`. The example queries use the same fragments, so a
SPARQL user reads the record as the service does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TypeVar

from rdflib import URIRef

from claimgraph.claims import lifecycle
from claimgraph.claims.model import Anchor, Claim, Literal, Money, TimeRef
from claimgraph.kg import cells, reviews
from claimgraph.kg.errors import NotFoundError, excerpt
from claimgraph.kg.namespaces import CG, STATUS, claim_iri, is_id, short_id
from claimgraph.kg.sparql_text import values_batches
from claimgraph.kg.store import Store

ASSERTION = "assertion"
ATTRIBUTION = "attribution"

ON_RECORD_STATUSES = " ".join(f"<{STATUS[status]}>" for status in lifecycle.ON_RECORD)

HEDGE_SEPARATOR = "\u001f"


def moment(as_of: dt.datetime | str) -> str:
    """A time as a SPARQL term: an ``xsd:dateTime`` literal in UTC, or a variable given as text (``?asOf``).

    >>> moment(dt.datetime(2026, 3, 1, 23, 59, 59, 999999, tzinfo=dt.timezone.utc)), moment("?asOf")
    ('"2026-03-01T23:59:59.999999Z"^^xsd:dateTime', '?asOf')
    """
    if isinstance(as_of, str):
        return as_of
    text = as_of.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z")
    return f'"{text}"^^xsd:dateTime'


def require_claim(store: Store, claim_id: str) -> URIRef:
    """The IRI of a stored claim.

    Raises:
        NotFoundError: no claim has this id.
    """
    iri = claim_iri(claim_id) if is_id(claim_id) else None
    if iri is None or not store.query(f"ASK {{ <{iri}> a <{CG.Claim}> }}").askAnswer:
        raise NotFoundError(f"no claim with id {excerpt(claim_id)}")
    return iri


def on_record(claim: str = "?claim", as_of: dt.datetime | str | None = None) -> str:
    """Graph patterns that keep only claims on the record (unverified, in review, reviewed), now or ``as_of`` a time.

    As of a time, a claim is on the record when a write put it there at or
    before that time (``cg:putOnRecord``, dated by the write's
    ``prov:endedAtTime``) and no write took it off between then and that time.
    ``as_of`` is a time, or a SPARQL variable that holds one (:func:`moment`).

    >>> print(on_record())
    ?claim cg:status ?onRecord . VALUES ?onRecord { <https://w3id.org/claimgraph/ns/status#unverified> <https://w3id.org/claimgraph/ns/status#in_review> <https://w3id.org/claimgraph/ns/status#reviewed> }
    >>> print(on_record("?claim", "?asOf"))
    ?claimEntry cg:putOnRecord ?claim ; prov:endedAtTime ?claimEntered . FILTER (?claimEntered <= ?asOf) FILTER NOT EXISTS { ?claimExit cg:takenOffRecord ?claim ; prov:endedAtTime ?claimLeft . FILTER (?claimLeft >= ?claimEntered && ?claimLeft <= ?asOf) }
    """
    if as_of is None:
        return f"{claim} cg:status ?onRecord . VALUES ?onRecord {{ {ON_RECORD_STATUSES} }}"
    when = moment(as_of)
    return (
        f"{claim}Entry cg:putOnRecord {claim} ; prov:endedAtTime {claim}Entered . FILTER ({claim}Entered <= {when}) "
        f"FILTER NOT EXISTS {{ {claim}Exit cg:takenOffRecord {claim} ; prov:endedAtTime {claim}Left . "
        f"FILTER ({claim}Left >= {claim}Entered && {claim}Left <= {when}) }}"
    )


def with_status(status: str, claim: str = "?claim") -> str:
    """A graph pattern that keeps claims in one state of the lifecycle."""
    return f"{claim} cg:status <{STATUS[status]}> ."


def written(review: str, as_of: dt.datetime | str | None) -> str:
    """A filter that keeps a review (or a pledge's fulfilment record) written by a time: the write that
    ``prov:generated`` it ended by then (none for ``as_of`` None: every one stored is written by now)."""
    if as_of is None:
        return ""
    return f"FILTER EXISTS {{ ?reviewWriting prov:generated {review} ; prov:endedAtTime ?reviewWritten . FILTER (?reviewWritten <= {moment(as_of)}) }}"


def current(review: str = "?review", as_of: dt.datetime | str | None = None) -> str:
    """The filters that keep a review current: no review revises it (``as_of`` a time: it was written by then and no
    review written by then revises it; see :func:`written`)."""
    if as_of is None:
        return f"FILTER NOT EXISTS {{ ?revision prov:wasRevisionOf {review} }}"
    return (
        f"{written(review, as_of)} FILTER NOT EXISTS {{ ?revision prov:wasRevisionOf {review} . ?revisionWriting prov:generated ?revision ; "
        f"prov:endedAtTime ?revisionWritten . FILTER (?revisionWritten <= {moment(as_of)}) }}"
    )


def current_review(claim: str = "?claim", review: str = "?review", as_of: dt.datetime | str | None = None) -> str:
    """Graph patterns binding a claim's current review: one of its reviews that no other review revises (``as_of`` a
    time: the current review then, see :func:`current`).

    A new review always revises the current one (the service writes it so and
    refuses an update that does otherwise), so a claim has at most one.
    """
    return f"{review} schema:itemReviewed {claim} ; a schema:ClaimReview . {current(review, as_of)}"


@dataclass(frozen=True)
class CurrentReview:
    """A claim's current review, as readers show it."""

    id: str
    verdict: str
    """The normalised verdict (``true``, ``mostly_true``, ...; a rating other tools wrote in lower snake case)."""
    label: str
    """The rating as it was written."""
    date: str | None


@dataclass(frozen=True, kw_only=True, slots=True)  # a million of them are kept: no dict each
class ClaimLink:
    """A claim as the entity network links it: what its edges, counts and filters need (:func:`every_link`), without
    its words, quote, times or value (its :class:`ClaimRecord` has them)."""

    id: str
    type: str
    status: str
    subject: str
    predicate: str
    """The predicate's IRI."""
    claimant: str
    object: str | None = None
    """The object entity's id, when the object is an entity."""
    about_interval: tuple[str, str] | None = None
    """The first and last day the time-about covers (ISO dates), when it is known."""
    review: CurrentReview | None = None

    @property
    def verdict(self) -> str:
        """The current verdict's normalised name (``none`` without a review), as filters take it."""
        return reviews.NOT_REVIEWED if self.review is None else self.review.verdict

    @property
    def verdict_label(self) -> str:
        """The current verdict as it was written, or ``not reviewed``."""
        return reviews.NOT_REVIEWED_LABEL if self.review is None else self.review.label

    @property
    def predicate_name(self) -> str:
        """The predicate's local name, e.g. ``valuation``."""
        return self.predicate.rsplit("#", 1)[-1]

    def links(self) -> list[tuple[str, str, str]]:
        """The edges this claim makes in the entity network, as (kind, from, to)."""
        links = []
        if self.object is not None and self.object != self.subject:
            links.append((ASSERTION, self.subject, self.object))
        if self.claimant != self.subject:
            links.append((ATTRIBUTION, self.claimant, self.subject))
        return links


@dataclass(frozen=True, kw_only=True)
class ClaimRecord(ClaimLink):
    """One claim as every reader sees it: the claim model's fields, its status, publisher and current review."""

    iri: str
    statement: str
    document: str
    anchor: Anchor | None
    about: TimeRef
    stated: TimeRef
    value: Money | Literal | None = None
    """The object when it is money or a literal."""
    publisher: str | None = None
    hedges: tuple[str, ...] = ()

    @property
    def quote(self) -> str | None:
        """The exact words the claim rests on."""
        return None if self.anchor is None else self.anchor.exact

    @property
    def own_word(self) -> bool:
        """The article states this itself: its claimant is the document's publisher."""
        return self.publisher is not None and self.claimant == self.publisher

    @property
    def value_text(self) -> str | None:
        """The object in a few words: an amount or range with its currency, a literal, or the object's id."""
        if isinstance(self.value, Money):
            return money_text(self.value)
        if isinstance(self.value, Literal):
            return self.value.text
        return self.object

    def claim(self) -> Claim:
        """The claim of the model this record holds (for curation, which rebuilds it).

        Raises:
            ValueError: the claim has no anchor (the shapes never let one in).
        """
        if self.anchor is None:
            raise ValueError(f"claim {self.id!r} has no anchor")
        money = self.value if isinstance(self.value, Money) else None
        literal = self.value if isinstance(self.value, Literal) else None
        return Claim(
            id=self.id, document=self.document, type=self.type, statement=self.statement, subject=self.subject,
            predicate=self.predicate_name, claimant=self.claimant, anchor=self.anchor, about=self.about, stated=self.stated,
            object_entity=self.object, object_money=money, object_literal=literal, hedges=self.hedges, status=self.status,
        )  # fmt: skip


def reviews_of(store: Store, record: ClaimRecord, as_of: dt.datetime | None = None) -> list[dict[str, object]]:
    """A claim's reviews, newest first (``as_of`` a time: those written by then, the current one then marked current)."""
    found = reviews.history(store, record.id)
    if as_of is None:
        return found
    query = f"SELECT ?review WHERE {{ ?review schema:itemReviewed <{record.iri}> . {written('?review', as_of)} }}"
    kept = {row["review"].text for row in cells.select_cells(store, query)}
    now = None if record.review is None else record.review.id
    return [{**review, "current": review["id"] == now} for review in found if review["iri"] in kept]


def amount_text(amount: float | None) -> str:
    """An amount in short words.

    >>> amount_text(1.1e12), amount_text(4.7e9), amount_text(120e6), amount_text(950)
    ('1.1tn', '4.7bn', '120m', '950')
    """
    if amount is None:
        return "?"
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(amount) >= size:
            return f"{amount / size:.3g}{suffix}"
    return f"{amount:.6g}"


def money_text(money: Money) -> str:
    """Money in a few words.

    >>> money_text(Money("USD", minimum=9e11, maximum=1.1e12, approximate=True))
    'about 900bn to 1.1tn USD'
    """
    low, high = (money.minimum, money.maximum) if money.amount is None else (money.amount, money.amount)
    text = amount_text(low) if low == high else f"{amount_text(low)} to {amount_text(high)}"
    return ("about " if money.approximate else "") + f"{text} {money.currency}"


VARIABLES = (
    "?claim ?typeIri ?statement ?statusIri ?subject ?predicate ?object ?claimant ?document ?publisher "
    "?exact ?prefix ?suffix ?start ?end ?about ?aboutPrecision ?aboutExpression ?aboutStart ?aboutEnd "
    "?stated ?statedPrecision ?statedBasis ?value ?currency ?amount ?min ?max ?approximate ?hedges "
    "?review ?reviewed ?verdictIri ?verdictLabel"
)
"""What the lookup rendering selects (the scan selects them in two halves): one row per claim (two where a claim has two objects or values)."""

_CLAIM_FACTS = (
    "?claim ?typeIri ?statement ?statusIri ?subject ?predicate ?object ?claimant ?document ?publisher "
    "?value ?currency ?amount ?min ?max ?approximate ?hedges ?review ?reviewed ?verdictIri ?verdictLabel"
)
_CLAIM_PLACES = (
    "?claim ?exact ?prefix ?suffix ?start ?end ?about ?aboutPrecision ?aboutExpression ?aboutStart ?aboutEnd "
    "?stated ?statedPrecision ?statedBasis"
)

_SCAN_FACTS = """
SELECT %(variables)s WHERE {
  { SELECT ?claim ?statusIri WHERE { ?claim cg:status ?statusIri %(statuses)s } }
  { SELECT ?claim WHERE { ?claim a cg:Claim } }
  { SELECT ?claim ?typeIri WHERE { ?claim cg:claimType ?typeIri } }
  { SELECT ?claim ?statement WHERE { ?claim cg:statement ?statement } }
  { SELECT ?claim ?subject WHERE { ?claim schema:about ?subject } }
  { SELECT ?claim ?predicate WHERE { ?claim cg:predicate ?predicate } }
  { SELECT ?claim ?claimant WHERE { ?claim prov:wasAttributedTo ?claimant } }
  { SELECT ?claim ?document WHERE { ?claim prov:wasDerivedFrom ?document } }
  OPTIONAL { SELECT ?claim ?object WHERE { ?claim schema:mentions ?object } }
  OPTIONAL { SELECT ?document ?publisher WHERE { ?document dcterms:publisher ?publisher } }
  OPTIONAL {
    { SELECT ?claim ?subject ?predicate ?value WHERE { GRAPH ?claim { ?subject ?predicate ?value } } }
    OPTIONAL { SELECT ?claim ?value ?currency WHERE { GRAPH ?claim { ?value schema:currency ?currency } } }
    OPTIONAL { SELECT ?claim ?value ?amount WHERE { GRAPH ?claim { ?value schema:value ?amount } } }
    OPTIONAL { SELECT ?claim ?value ?min WHERE { GRAPH ?claim { ?value schema:minValue ?min } } }
    OPTIONAL { SELECT ?claim ?value ?max WHERE { GRAPH ?claim { ?value schema:maxValue ?max } } }
    OPTIONAL { SELECT ?claim ?value ?approximate WHERE { GRAPH ?claim { ?value cg:approximate ?approximate } } }
  }
  OPTIONAL { SELECT ?claim (GROUP_CONCAT(?hedge; separator="\\u001f") AS ?hedges) WHERE { ?claim cg:hedge ?hedge } GROUP BY ?claim }
  OPTIONAL {
    SELECT ?claim ?review ?reviewed ?verdictIri ?verdictLabel WHERE {
      %(current)s
      OPTIONAL { ?review schema:datePublished ?reviewed }
      OPTIONAL { ?review schema:reviewRating ?rating OPTIONAL { ?rating cg:verdict ?verdictIri } OPTIONAL { ?rating schema:alternateName ?verdictLabel } }
    }
  }
}
"""
"""The scan rendering's first half, the claims' facts: every pattern a subquery of its own (``%(statuses)s`` may keep
some states only)."""

_SCAN_PLACES = """
SELECT %(variables)s WHERE {
  { SELECT ?claim WHERE { ?claim cg:status ?statusIri %(statuses)s } }
  OPTIONAL {
    { SELECT ?claim ?anchor WHERE { ?claim cg:anchor ?anchor } }
    { SELECT ?anchor ?quote WHERE { ?anchor oa:hasSelector ?quote } }
    { SELECT ?quote WHERE { ?quote a oa:TextQuoteSelector } }
    { SELECT ?quote ?exact WHERE { ?quote oa:exact ?exact } }
    OPTIONAL { SELECT ?quote ?prefix WHERE { ?quote oa:prefix ?prefix } }
    OPTIONAL { SELECT ?quote ?suffix WHERE { ?quote oa:suffix ?suffix } }
  }
  OPTIONAL {
    { SELECT ?claim ?positionAnchor WHERE { ?claim cg:anchor ?positionAnchor } }
    { SELECT ?positionAnchor ?position WHERE { ?positionAnchor oa:hasSelector ?position } }
    { SELECT ?position ?start WHERE { ?position oa:start ?start } }
    { SELECT ?position ?end WHERE { ?position oa:end ?end } }
  }
  OPTIONAL {
    { SELECT ?claim ?aboutNode WHERE { ?claim cg:timeAbout ?aboutNode } }
    OPTIONAL { SELECT ?aboutNode ?about WHERE { ?aboutNode cg:timeValue ?about } }
    OPTIONAL { SELECT ?aboutNode ?aboutPrecision WHERE { ?aboutNode cg:precision ?aboutPrecision } }
    OPTIONAL { SELECT ?aboutNode ?aboutExpression WHERE { ?aboutNode cg:expression ?aboutExpression } }
    OPTIONAL { SELECT ?aboutNode ?aboutStart WHERE { ?aboutNode cg:intervalStart ?aboutStart } }
    OPTIONAL { SELECT ?aboutNode ?aboutEnd WHERE { ?aboutNode cg:intervalEnd ?aboutEnd } }
  }
  OPTIONAL {
    { SELECT ?claim ?statedNode WHERE { ?claim cg:stated ?statedNode } }
    OPTIONAL { SELECT ?statedNode ?stated WHERE { ?statedNode cg:timeValue ?stated } }
    OPTIONAL { SELECT ?statedNode ?statedPrecision WHERE { ?statedNode cg:precision ?statedPrecision } }
    OPTIONAL { SELECT ?statedNode ?statedBasis WHERE { ?statedNode cg:basis ?statedBasis } }
  }
}
"""
"""The scan rendering's second half, where each claim sits: its anchor and its two times. The halves run at once (on
two threads, which Oxigraph lets work side by side) and are joined by claim: at 100,000 claims the whole in one
query took 22 s."""

_LOOKUP = """
SELECT %(variables)s WHERE {
  VALUES ?claim { %(claims)s }
  ?claim a cg:Claim .
  OPTIONAL { ?claim schema:mentions ?object }
  OPTIONAL { ?review schema:itemReviewed ?claim OPTIONAL { ?review schema:datePublished ?reviewed }
             OPTIONAL { ?review schema:reviewRating ?rating OPTIONAL { ?rating cg:verdict ?verdictIri } OPTIONAL { ?rating schema:alternateName ?verdictLabel } }
             %(current)s }
  ?claim cg:claimType ?typeIri ; cg:statement ?statement ; cg:status ?statusIri ; schema:about ?subject ;
         cg:predicate ?predicate ; prov:wasAttributedTo ?claimant ; prov:wasDerivedFrom ?document .
  OPTIONAL { ?document dcterms:publisher ?publisher }
  OPTIONAL { ?claim cg:anchor ?anchor OPTIONAL { ?anchor oa:hasSelector ?quote . ?quote a oa:TextQuoteSelector ; oa:exact ?exact
             OPTIONAL { ?quote oa:prefix ?prefix } OPTIONAL { ?quote oa:suffix ?suffix } } }
  OPTIONAL { ?claim cg:anchor ?positionAnchor OPTIONAL { ?positionAnchor oa:hasSelector ?position . ?position oa:start ?start ; oa:end ?end } }
  OPTIONAL { ?claim cg:timeAbout ?aboutNode OPTIONAL { ?aboutNode cg:timeValue ?about } OPTIONAL { ?aboutNode cg:precision ?aboutPrecision }
             OPTIONAL { ?aboutNode cg:expression ?aboutExpression } OPTIONAL { ?aboutNode cg:intervalStart ?aboutStart }
             OPTIONAL { ?aboutNode cg:intervalEnd ?aboutEnd } }
  OPTIONAL { ?claim cg:stated ?statedNode OPTIONAL { ?statedNode cg:timeValue ?stated } OPTIONAL { ?statedNode cg:precision ?statedPrecision }
             OPTIONAL { ?statedNode cg:basis ?statedBasis } }
  OPTIONAL { GRAPH ?claim { ?subject ?predicate ?value } }
  OPTIONAL { VALUES ?claim { %(claims)s } GRAPH ?claim { ?value schema:currency ?currency } }
  OPTIONAL { VALUES ?claim { %(claims)s } GRAPH ?claim { ?value schema:value ?amount } }
  OPTIONAL { VALUES ?claim { %(claims)s } GRAPH ?claim { ?value schema:minValue ?min } }
  OPTIONAL { VALUES ?claim { %(claims)s } GRAPH ?claim { ?value schema:maxValue ?max } }
  OPTIONAL { VALUES ?claim { %(claims)s } GRAPH ?claim { ?value cg:approximate ?approximate } }
  OPTIONAL { SELECT ?claim (GROUP_CONCAT(?hedge; separator="\\u001f") AS ?hedges) WHERE { VALUES ?claim { %(claims)s } ?claim cg:hedge ?hedge } GROUP BY ?claim }
}
"""
"""The lookup rendering: from ``VALUES ?claim`` along the index (its current review is the one no review revises, as in
:func:`current_review`; ``%(current)s`` is :func:`current`, as of a time where asked). Each OPTIONAL starts from one pattern that ``?claim`` or ``?value`` binds: one that starts from
two patterns, or holds a ``GRAPH`` inside another OPTIONAL, made Oxigraph scan every claim (50 claims of 100,000 in 9 s;
so, 0.1 s). The value's parts repeat the claims: without them Oxigraph read that part of every claim's graph and joined
after (one claim of 100,000 in 0.22 s; with them 0.011 s)."""

LOOKUP_BATCH = 100
"""Claims looked up per query. Given more than a few hundred at once, Oxigraph plans a lookup another way:
1,000 claims of 100,000 took 14.6 s in one query and 1.2 s in batches of 100."""


def _time(value: cells.Cell | None, precision: cells.Cell | None, expression: cells.Cell | None = None, basis: cells.Cell | None = None) -> TimeRef:
    return TimeRef(cells.text(value), cells.text(precision), cells.text(expression), cells.text(basis))


def _value(row: dict[str, cells.Cell | None]) -> Money | Literal | None:
    if row["value"] is None or row["object"] is not None:
        return None
    currency = cells.text(row["currency"])
    if currency is not None:
        approximate = row["approximate"] is not None and bool(row["approximate"].value)
        return Money(currency, cells.number(row["amount"]), cells.number(row["min"]), cells.number(row["max"]), approximate)
    literal = row["value"]
    datatype = "string" if literal.datatype is None else literal.datatype.rsplit("#", 1)[-1]
    return Literal(literal.text, datatype)


def _review(row: dict[str, cells.Cell | None]) -> CurrentReview | None:
    if row["review"] is None:
        return None
    label = cells.text(row["verdictLabel"])
    verdict = row["verdictIri"].text.rsplit("#", 1)[-1] if row["verdictIri"] is not None else reviews.verdict_name(label)
    return CurrentReview(short_id(row["review"].text), verdict, label or verdict, cells.text(row["reviewed"]))


def _anchor(row: dict[str, cells.Cell | None]) -> Anchor | None:
    if row["exact"] is None or row["start"] is None or row["end"] is None:
        return None
    return Anchor(int(row["start"].number()), int(row["end"].number()), cells.text(row["exact"]),
                  cells.text(row["prefix"]) or "", cells.text(row["suffix"]) or "")  # fmt: skip


def _newest(row: dict[str, cells.Cell | None]) -> tuple[str, str]:
    return cells.text(row["reviewed"]) or "", cells.text(row["review"]) or ""


def _status_then(review: CurrentReview | None, now: str) -> str:
    """The status of a claim on the record with this current review: what its verdict leads to, else unverified
    (``now``, its status today, for a verdict off the scale, which only a store written around the service holds)."""
    if review is None:
        return lifecycle.UNVERIFIED
    verdict = reviews.scale().verdicts.get(review.verdict)
    return now if verdict is None else verdict.status


def _records(rows: list[dict[str, cells.Cell | None]], as_of: bool = False) -> dict[str, ClaimRecord]:
    """One record per claim. Where a claim has several rows (two objects or values; two reviews that nothing revises,
    which only a store written around the service can hold), the row of the newest review, else the first.
    ``as_of``: the rows are of the record as of a time, so a claim's status is the one its current review then gives."""
    ids = cells.Memo(short_id)
    records: dict[str, ClaimRecord] = {}
    kept: dict[str, tuple[str, str]] = {}
    for row in rows:
        claim_id = ids[row["claim"].text]
        if claim_id in records and kept[claim_id] >= _newest(row):
            continue
        kept[claim_id] = _newest(row)
        interval = None
        if row["aboutStart"] is not None and row["aboutEnd"] is not None:
            interval = (cells.text(row["aboutStart"]), cells.text(row["aboutEnd"]))
        hedges = cells.text(row["hedges"])
        review, status = _review(row), row["statusIri"].text.rsplit("#", 1)[-1]
        records[claim_id] = ClaimRecord(
            id=claim_id,
            iri=row["claim"].text,
            type=row["typeIri"].text.rsplit("#", 1)[-1],
            statement=cells.text(row["statement"]),
            status=_status_then(review, status) if as_of else status,
            subject=ids[row["subject"].text],
            predicate=row["predicate"].text,
            claimant=ids[row["claimant"].text],
            document=ids[row["document"].text],
            anchor=_anchor(row),
            about=_time(row["about"], row["aboutPrecision"], row["aboutExpression"]),
            about_interval=interval,
            stated=_time(row["stated"], row["statedPrecision"], None, row["statedBasis"]),
            object=None if row["object"] is None else ids[row["object"].text],
            value=_value(row),
            publisher=None if row["publisher"] is None else ids[row["publisher"].text],
            hedges=tuple(sorted(hedges.split(HEDGE_SEPARATOR))) if hedges else (),
            review=review,
        )
    return records


def every_claim(
    store: Store, statuses: Iterable[str] | None = lifecycle.ON_RECORD, as_of: dt.datetime | None = None
) -> dict[str, ClaimRecord]:
    """Every claim in these states (all of them with ``statuses`` None), by id: on the record by default.

    ``as_of``: the claims on the record at that time (``statuses`` is then
    ignored), each with its current review and status then.
    """
    if as_of is not None:
        kept = ". " + on_record("?claim", as_of)
    else:
        kept = "" if statuses is None else "VALUES ?statusIri { " + " ".join(f"<{STATUS[status]}>" for status in statuses) + " }"
    with ThreadPoolExecutor(1) as other:
        places = other.submit(cells.select_cells, store, _SCAN_PLACES % {"variables": _CLAIM_PLACES, "statuses": kept})
        facts = cells.select_cells(store, _SCAN_FACTS % {"variables": _CLAIM_FACTS, "statuses": kept, "current": current_review(as_of=as_of)})
        where = {row["claim"].text: row for row in places.result()}
    nowhere = dict.fromkeys(_CLAIM_PLACES.replace("?", "").split())
    return _records([{**where.get(row["claim"].text, nowhere), **row} for row in facts], as_of is not None)


_LINKS = """
SELECT ?claim ?typeIri ?statusIri ?subject ?predicate ?claimant ?object ?aboutStart ?aboutEnd ?review ?reviewed ?verdictIri ?verdictLabel WHERE {
  ?claim cg:status ?statusIri . VALUES ?statusIri { %(statuses)s }
  { SELECT ?claim WHERE { ?claim a cg:Claim } }
  { SELECT ?claim ?typeIri WHERE { ?claim cg:claimType ?typeIri } }
  { SELECT ?claim WHERE { ?claim cg:statement ?statement } }
  { SELECT ?claim ?subject WHERE { ?claim schema:about ?subject } }
  { SELECT ?claim ?predicate WHERE { ?claim cg:predicate ?predicate } }
  { SELECT ?claim ?claimant WHERE { ?claim prov:wasAttributedTo ?claimant } }
  { SELECT ?claim WHERE { ?claim prov:wasDerivedFrom ?document } }
  OPTIONAL { SELECT ?claim ?object WHERE { ?claim schema:mentions ?object } }
  OPTIONAL {
    SELECT ?claim ?aboutStart ?aboutEnd WHERE {
      { SELECT ?claim ?aboutNode WHERE { ?claim cg:timeAbout ?aboutNode } }
      { SELECT ?aboutNode ?aboutStart WHERE { ?aboutNode cg:intervalStart ?aboutStart } }
      { SELECT ?aboutNode ?aboutEnd WHERE { ?aboutNode cg:intervalEnd ?aboutEnd } }
    }
  }
  OPTIONAL {
    SELECT ?claim ?review ?reviewed ?verdictIri ?verdictLabel WHERE {
      %(current)s
      OPTIONAL { ?review schema:datePublished ?reviewed }
      OPTIONAL { ?review schema:reviewRating ?rating OPTIONAL { ?rating cg:verdict ?verdictIri } OPTIONAL { ?rating schema:alternateName ?verdictLabel } }
    }
  }
}
"""
"""What the network links of each claim on the record, every pattern a subquery of its own, as in the scan: Oxigraph
evaluates each alone, reading its predicate once, and joins them by hashing; the patterns of one group it joins by
looking each claim up, about 10 microseconds a pattern. Counted in the store, 100,000 claims took 3.3 s (looked up,
10.1 s) and a million 35 s (163 s), the process peaking at 2.0 GB (1.2 GB)."""


def every_link(store: Store) -> dict[str, ClaimLink]:
    """Every claim on the record as the network links it, by id, with its current review: the claims
    :func:`every_claim` reads, without their words, quote, times or value (of several rows, kept as it keeps them)."""
    ids, days, names = cells.Memo(short_id), cells.Memo(lambda day: day), cells.Memo(lambda iri: iri.rsplit("#", 1)[-1])
    links: dict[str, ClaimLink] = {}
    reviewed: dict[str, tuple[str, str]] = {}  # the newest review of a claim's rows, for the claims that have one
    for row in cells.each_row(store, _LINKS % {"statuses": ON_RECORD_STATUSES, "current": current_review()}):
        claim_id = short_id(row["claim"].text)  # each claim once: no memo
        newest = _newest(row)
        if claim_id in links and reviewed.get(claim_id, ("", "")) >= newest:
            continue
        if row["review"] is not None:
            reviewed[claim_id] = newest
        start, end = row["aboutStart"], row["aboutEnd"]
        links[claim_id] = ClaimLink(
            id=claim_id, type=names[row["typeIri"].text], status=names[row["statusIri"].text], subject=ids[row["subject"].text],
            predicate=row["predicate"].text, claimant=ids[row["claimant"].text],
            object=None if row["object"] is None else ids[row["object"].text],
            about_interval=None if start is None or end is None else (days[cells.text(start)], days[cells.text(end)]), review=_review(row),
        )  # fmt: skip
    return links


ON_RECORD_BATCH = 2000
"""Claims asked about at once in :func:`on_record_then` and :func:`read_statements`."""


def on_record_then(store: Store, iris: list[str], as_of: dt.datetime) -> list[str]:
    """Those of the claims (IRIs in angle brackets) on the record at ``as_of``, in the order given. Asked apart from the
    lookup, whose plan the :func:`on_record` fragment spoils: 500 claims of 10,000 took 3.0 s with it inside the lookup,
    and 0.08 s asked first for 2,000."""
    kept: set[str] = set()
    for start in range(0, len(iris), ON_RECORD_BATCH):
        batch = " ".join(iris[start : start + ON_RECORD_BATCH])
        query = f"SELECT ?claim WHERE {{ VALUES ?claim {{ {batch} }} {on_record('?claim', as_of)} }}"
        kept.update(f"<{row['claim'].text}>" for row in cells.select_cells(store, query))
    return [iri for iri in iris if iri in kept]


def read_statements(store: Store, claim_ids: Iterable[str]) -> dict[str, str]:
    """The statements of these claims, by id (ids no claim has are left out): all an entity's page shows of each of its
    claims (15,488 claims of the biggest entity of 100,000, where reading their records would take seconds)."""
    iris = [str(claim_iri(claim_id)) for claim_id in dict.fromkeys(claim_ids)]
    found: dict[str, str] = {}
    for batch in values_batches(iris, ON_RECORD_BATCH):
        query = f"SELECT ?claim ?statement WHERE {{ VALUES ?claim {{ {batch} }} ?claim cg:statement ?statement }}"
        found.update((short_id(row["claim"].text), cells.text(row["statement"])) for row in cells.select_cells(store, query))
    return found


def read_claims(store: Store, claim_ids: Iterable[str], as_of: dt.datetime | None = None) -> dict[str, ClaimRecord]:
    """These claims, whatever their state, by id in the order given; ids no claim has are left out.

    ``as_of``: only those on the record at that time, each with its current review and status then.

    Raises:
        NotFoundError: an id that cannot be one of ours.
    """
    iris = [f"<{claim_iri(claim_id)}>" for claim_id in dict.fromkeys(claim_ids)]
    if as_of is not None:
        iris = on_record_then(store, iris, as_of)
    found: dict[str, ClaimRecord] = {}
    for start in range(0, len(iris), LOOKUP_BATCH):
        batch = " ".join(iris[start : start + LOOKUP_BATCH])
        query = _LOOKUP % {"variables": VARIABLES, "claims": batch, "current": current("?review", as_of)}
        found.update(_records(cells.select_cells(store, query), as_of is not None))
    return {short_id(iri[1:-1]): found[short_id(iri[1:-1])] for iri in iris if short_id(iri[1:-1]) in found}


_VERDICTS = """
SELECT ?claim ?statusIri ?review ?reviewed ?verdictIri ?verdictLabel WHERE {
  %(current)s
  ?claim cg:status ?statusIri .
  OPTIONAL { ?review schema:datePublished ?reviewed }
  OPTIONAL { ?review schema:reviewRating ?rating OPTIONAL { ?rating cg:verdict ?verdictIri } OPTIONAL { ?rating schema:alternateName ?verdictLabel } }
}
"""
"""What a review changes of a claim's record: its current review, and its status."""


@dataclass(frozen=True)
class Verdict:
    """What reviews make of a reviewed claim: its status and its current review."""

    status: str
    review: CurrentReview


def read_verdicts(store: Store) -> dict[str, Verdict]:
    """The status and current review of every claim that has a review.

    A review changes nothing else of a record, and nothing of a claim it does
    not review, so these and the records read before it give the records as
    they are now (:func:`with_verdicts`).
    """
    ids = cells.Memo(short_id)
    current: dict[str, dict[str, cells.Cell | None]] = {}
    for row in cells.select_cells(store, _VERDICTS % {"current": current_review()}):
        claim_id = ids[row["claim"].text]
        if claim_id not in current or _newest(row) > _newest(current[claim_id]):
            current[claim_id] = row
    return {claim_id: Verdict(row["statusIri"].text.rsplit("#", 1)[-1], _review(row)) for claim_id, row in current.items()}


C = TypeVar("C", bound="ClaimLink")


def with_verdicts(records: Mapping[str, C], verdicts: Mapping[str, Verdict]) -> dict[str, C]:
    """The records with the status and current review ``verdicts`` give (a record with a review they omit: without it)."""
    touched = verdicts.keys() | {claim_id for claim_id, record in records.items() if record.review is not None}
    changed = {}
    for claim_id in touched & records.keys():
        record, verdict = records[claim_id], verdicts.get(claim_id)
        status, review = (record.status, None) if verdict is None else (verdict.status, verdict.review)
        if (status, review) != (record.status, record.review):
            changed[claim_id] = replace(record, status=status, review=review)
    return {**records, **changed}
