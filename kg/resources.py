"""Read claims, entities, documents and sources out of the store as plain dicts that name their IRIs.

Every object carries ``id`` (the short id in its URL) and ``iri``. Lists are
pages: :class:`Page` holds the items, the total and the window.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType


from claimgraph.claims.errors import InputError
from claimgraph.kg.errors import NotFoundError
from claimgraph.claims.model import Literal as LiteralValue
from claimgraph.claims.model import Money
from claimgraph.claims import lifecycle
from claimgraph.kg import cells, network, projection, reviews
from claimgraph.claims.times import bound
from claimgraph.kg.mapping import entity_class
from claimgraph.kg.namespaces import CLAIM_TYPE, STATUS, claim_iri, document_iri, entity_iri, is_id, short_id
from claimgraph.kg.projection import ClaimRecord
from claimgraph.kg.errors import excerpt
from claimgraph.kg.sparql_text import literal, values_batches
from claimgraph.kg.store import Store

_CONTEXT = 240
"""Characters of document text shown on each side of a quote."""

@dataclass(frozen=True)
class Page:
    """A window of a list: its items, how many there are in all, and where the window sits."""

    items: list[dict[str, object]]
    total: int
    limit: int | None
    """None: every item from ``offset`` on."""
    offset: int

    def json(self) -> dict[str, object]:
        """The page as the REST API answers it."""
        return {"items": self.items, "total": self.total, "limit": self.limit, "offset": self.offset}


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _entity_ref(entity_id: str, labels: dict[str, network.Entity]) -> dict[str, object]:
    entity = labels.get(entity_id)
    return {"id": entity_id, "iri": str(entity_iri(entity_id)), "label": None if entity is None else entity.label}


def _claim_json(record: ClaimRecord, labels: dict[str, network.Entity]) -> dict[str, object]:
    """A claim as the REST API shows it; ``labels`` holds (at least) the entities it names."""
    about, anchor = record.about, record.anchor
    return {
        "id": record.id,
        "iri": record.iri,
        "type": record.type,
        "statement": record.statement,
        "status": record.status,
        "verdict": None if record.review is None else record.review.verdict,
        "subject": _entity_ref(record.subject, labels),
        "predicate": record.predicate,
        "object": None if record.object is None else _entity_ref(record.object, labels),
        "claimant": _entity_ref(record.claimant, labels),
        "document": {"id": record.document, "iri": str(document_iri(record.document))},
        "time_about": {
            "value": about.value,
            "precision": about.precision,
            "expression": about.expression,
            "start": None if record.about_interval is None else record.about_interval[0],
            "end": None if record.about_interval is None else record.about_interval[1],
        },
        "stated": record.stated.value,
        "anchor": None if anchor is None else {
            "exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix, "start": anchor.start, "end": anchor.end,
        },
    }


def _claims_json(store: Store, records: Sequence[ClaimRecord], labels: dict[str, network.Entity] | None = None) -> list[dict[str, object]]:
    """Claims as the REST API shows them, with the labels of the entities they name (read unless given)."""
    if labels is None:
        named = {entity for record in records for entity in (record.subject, record.object, record.claimant) if entity}
        labels = network.read_entities(store, named) if named else {}
    return [_claim_json(record, labels) for record in records]


def _checked_id(value: str, kind: str) -> str:
    """An id safe to put in an IRI, or NotFoundError: no resource can have another."""
    if not is_id(value):
        raise NotFoundError(f"no {kind} with id {excerpt(value)}")
    return value


def _name(value: str, field: str) -> str:
    """A filter value that names a term (a type, status or verdict)."""
    if not is_id(value):
        raise InputError(f"{field} {excerpt(value)} is not a valid name")
    return value


_WORD = """{ SELECT DISTINCT ?claim WHERE {
    { ?claim cg:statement ?text }
    UNION
    { { SELECT ?claim ?anchor WHERE { ?claim cg:anchor ?anchor } } { SELECT ?anchor ?selector WHERE { ?anchor oa:hasSelector ?selector } }
      { SELECT ?selector ?text WHERE { ?selector oa:exact ?text } } }
    FILTER (CONTAINS(LCASE(?text), %(needle)s))
  } }"""
"""The claims with a word in their statement or quote: every statement and quote scanned once (1.5 s at 100,000
claims; as a ``FILTER EXISTS`` per claim it took longer than five minutes)."""


@dataclass(frozen=True)
class ClaimFilter:
    """What ``/api/claims`` filters on; None means any."""

    type: str | None = None
    entity: str | None = None
    """An entity the claim is about or mentions."""
    claimant: str | None = None
    document: str | None = None
    status: str | None = None
    verdict: str | None = None
    """The current verdict's normalised name, or ``none`` for claims without a review."""
    about_from: str | None = None
    about_to: str | None = None
    """Claims whose time-about overlaps ``about_from``..``about_to`` (YYYY, YYYY-MM or YYYY-MM-DD)."""
    q: str | None = None
    """Words that must appear in the statement or the quote (case-insensitive)."""
    as_of: dt.datetime | None = None
    """The record as it was at this time: the claims on it then, with their verdicts then."""

    def __post_init__(self) -> None:
        if self.as_of is not None and self.status:
            raise InputError("status cannot be combined with as_of: the record as of a time holds the claims on the record then")

    @property
    def within_record(self) -> bool:
        """Whether every claim the filter can pass is on the record (no status asked for, or one on the record)."""
        return self.status is None or lifecycle.on_record(self.status)

    def patterns(self, scoped: bool = True) -> str:
        """The graph patterns and filters for a query over ``?claim``; ``scoped``: with the claims on the record
        only, unless a status is asked for."""
        parts = []
        if self.type:
            parts.append(f"?claim cg:claimType <{CLAIM_TYPE[_name(self.type, 'type')]}> .")
        if self.status:
            status = _name(self.status, "status")
            if status not in lifecycle.STATES:
                raise InputError(f"unknown status {status!r}; use one of {', '.join(lifecycle.STATES)}")
            parts.append(projection.with_status(status))
        elif scoped:
            parts.append(projection.on_record(as_of=self.as_of))
        if self.entity:
            iri = entity_iri(_name(self.entity, "entity"))
            parts.append(f"{{ ?claim schema:about <{iri}> }} UNION {{ ?claim schema:mentions <{iri}> }}")
        if self.claimant:
            parts.append(f"?claim prov:wasAttributedTo <{entity_iri(_name(self.claimant, 'claimant'))}> .")
        if self.document:
            parts.append(f"?claim prov:wasDerivedFrom <{document_iri(_name(self.document, 'document'))}> .")
        if self.verdict == "none":
            parts.append(f"FILTER NOT EXISTS {{ ?review schema:itemReviewed ?claim . {projection.written('?review', self.as_of)} }}")
        elif self.verdict:
            name = _name(self.verdict, "verdict")
            if name not in reviews.scale().verdicts:
                raise InputError(f"unknown verdict {name!r}; use one of {', '.join(reviews.scale().verdicts)} or none")
            parts.append(f"{projection.current_review(as_of=self.as_of)} ?review schema:reviewRating/cg:verdict <{reviews.scale().verdicts[name].iri}> .")
        if self.about_from or self.about_to:
            parts.append("?claim cg:timeAbout [ cg:intervalStart ?aboutStart ; cg:intervalEnd ?aboutEnd ] .")
            if self.about_from:
                parts.append(f'FILTER (?aboutEnd >= "{bound(self.about_from, False, "about_from")}"^^xsd:date)')
            if self.about_to:
                parts.append(f'FILTER (?aboutStart <= "{bound(self.about_to, True, "about_to")}"^^xsd:date)')
        if self.q:
            for word in self.q.split():
                needle = literal(word.lower())
                parts.append(_WORD % {"needle": needle})
        return "\n  ".join(parts)


def _claims_by_iri(store: Store, iris: Sequence[str], as_of: dt.datetime | None = None) -> list[dict[str, object]]:
    """Claims in the order of ``iris`` (as they were on the record ``as_of`` a time)."""
    return _claims_json(store, list(projection.read_claims(store, (short_id(iri) for iri in iris), as_of).values()))


def find_claims(store: Store, where: ClaimFilter, limit: int | None = 50, offset: int = 0, order: Sequence[str] | None = None) -> Page:
    """A page of the claims that pass a filter, in document order; ``limit`` None for all of them.

    Only claims on the record are listed unless the filter asks for a status.
    Given ``order`` (what :func:`claim_order` says of the store as it is), the
    store only finds which claims on the record pass and the page is cut from
    the order; otherwise the store sorts them, which takes seconds on a large store.

    As of a time (``where.as_of``), ``order`` must be the order of the record
    then (:func:`claim_order` with that time); without one it is read here.

    Raises:
        InputError: a filter value that cannot name anything, or a date that is not one.
    """
    if where.as_of is not None and order is None:
        order = claim_order(store, where.as_of)
    if order is not None and where.within_record:
        patterns = where.patterns(scoped=False)
        if patterns:
            passing = {row["claim"].text for row in cells.select_cells(store, f"SELECT DISTINCT ?claim WHERE {{ ?claim a cg:Claim .\n  {patterns} }}")}
            order = [iri for iri in order if iri in passing]
        end = None if limit is None else offset + limit
        return Page(_claims_by_iri(store, order[offset:end], where.as_of), len(order), limit, offset)
    body = f"?claim a cg:Claim ; prov:wasDerivedFrom ?document ; cg:anchor/oa:hasSelector/oa:start ?start .\n  {where.patterns()}"
    total = int(store.select(f"SELECT (COUNT(DISTINCT ?claim) AS ?n) WHERE {{ {body} }}")[0]["n"])
    window = f"OFFSET {int(offset)}" if limit is None else f"LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = store.select(f"SELECT DISTINCT ?claim ?document ?start WHERE {{ {body} }} ORDER BY ?document ?start ?claim {window}")
    return Page(_claims_by_iri(store, [str(row["claim"]) for row in rows]), total, limit, offset)


_PLACED = (
    "?claim a cg:Claim", "?claim cg:claimType ?typeIri", "?claim cg:statement ?statement",
    "?claim schema:about ?subject", "?claim cg:predicate ?predicate", "?claim prov:wasAttributedTo ?claimant",
    "?claim prov:wasDerivedFrom ?document", "?claim cg:anchor ?anchor", "?anchor oa:hasSelector ?selector", "?selector oa:start ?start",
)
"""What a claim needs to be listed, whatever its state: what the claim projection requires, and a place in its document."""


def _groups(*patterns: str) -> str:
    """Each pattern a subquery of its own, so that Oxigraph scans each once and joins them by hashing (2.3 s at 100,000
    claims, 6 s as one group)."""
    return "".join(f"  {{ SELECT * WHERE {{ {pattern} }} }}\n" for pattern in patterns)


_ORDER = f"SELECT ?claim ?document ?start ?claimant WHERE {{\n{_groups('%(record)s', *_PLACED)}}}"
"""Each listed claim's document, where its quote starts, and its claimant."""

_COUNT = f"SELECT (COUNT(DISTINCT ?claim) AS ?claims) WHERE {{\n{_groups('%(record)s', *_PLACED)}}}"

_PLACES = f"""SELECT ?claim ?document ?start ?claimant ?status ?entry WHERE {{
{_groups("?claim cg:status ?status", *_PLACED)}  OPTIONAL {{ ?entry cg:putOnRecord ?claim }}
}}"""
"""Every placed claim's document, where its quote starts, its claimant, its state, and a write that put it on the record,
if any."""


def claim_order(store: Store, as_of: dt.datetime | None = None) -> tuple[str, ...]:
    """The IRIs of every claim on the record (now, or ``as_of`` a time), in :func:`find_claims`'s order: by document,
    then where the quote starts, then IRI.

    Sorted here rather than by the store, which compares IRIs by reading
    them again and again: at 100,000 claims a page sorted by the store took
    19 s, every time; this takes 3.5 s, once (the service keeps it until the
    next write). A claim with two such places is listed once, at the first.
    """
    return _sorted(cells.each_row(store, _ORDER % {"record": projection.on_record(as_of=as_of)}))


_PLACES_OF = f"""SELECT ?claim ?document ?start ?claimant ?status ?entry WHERE {{
  VALUES ?claim {{ %(claims)s }}
  ?claim cg:status ?status . {" . ".join(_PLACED)} .
  OPTIONAL {{ ?entry cg:putOnRecord ?claim }}
}}"""
""":data:`_PLACES` for a few claims, looked up one by one rather than every claim scanned."""

_Key = tuple[str, tuple[int, float | str], str, str]
"""Where a claim is listed: its document, where its quote starts, its IRI; then its claimant (never needed to order:
the IRIs differ), what the claimant filter offers."""


@dataclass(frozen=True)
class ClaimPlaces:
    """Every claim that has a place in a document, whatever its state, in :func:`find_claims`'s order, with what the
    record says of each now: read once, it gives the order of the record now and, with the claims that changed since
    a time, the order of the record then (:meth:`order_of`)."""

    keys: tuple[_Key, ...]
    """Where each claim is listed, in the claim list's order."""
    on_record: frozenset[str]
    """The IRIs of those on the record now."""
    entered: frozenset[str]
    """The IRIs of those that a write put on the record (at any time)."""
    listed_by: tuple[Mapping[str, int], Mapping[str, int]]
    """How many claims on the record now each claimant and each document (IRIs) has: what the filters offer."""

    def order_of(self, listed: Collection[str]) -> tuple[str, ...]:
        """The claims among ``listed`` (IRIs), in the claim list's order."""
        return tuple(key[2] for key in self.keys if key[2] in listed)

    def after(self, store: Store, claim_ids: Collection[str]) -> ClaimPlaces:
        """The places after writes that changed these claims and no other: theirs read again, the others kept (the
        claim list after a curation at 100,000 claims without reading them all)."""
        iris = sorted(str(claim_iri(claim_id)) for claim_id in claim_ids)
        rows = [row for batch in values_batches(iris, projection.LOOKUP_BATCH)
                for row in cells.select_cells(store, _PLACES_OF % {"claims": batch})]
        read, gone = _placed(rows), frozenset(iris)
        keys, dropped = [], []
        for key in self.keys:
            (dropped if key[2] in gone else keys).append(key)
        for key in read.keys:
            bisect.insort(keys, key)  # a few claims into many: one pass to drop, a binary search each to insert
        claimants, documents = (Counter(counts) for counts in self.listed_by)
        for key in dropped:
            if key[2] in self.on_record:
                claimants[key[3]] -= 1
                documents[key[0]] -= 1
        claimants.update(read.listed_by[0])
        documents.update(read.listed_by[1])
        return ClaimPlaces(tuple(keys), (self.on_record - gone) | read.on_record, (self.entered - gone) | read.entered,
                           (_positive(claimants), _positive(documents)))


def claim_places(store: Store) -> ClaimPlaces:
    """Every placed claim, its state now and whether a write put it on the record (one reading of the store, a row at a
    time: held whole, a million claims' rows took 2.6 GB)."""
    return _placed(cells.each_row(store, _PLACES))


def _placed(rows: Iterable[dict[str, cells.Cell]]) -> ClaimPlaces:
    """The places of rows (claim, document, start, status, entry), read in one pass."""
    listed = frozenset(str(STATUS[name]) for name in lifecycle.ON_RECORD)
    on_record: set[str] = set()
    entered: set[str] = set()

    def noted(rows: Iterable[dict[str, cells.Cell]]) -> Iterator[dict[str, cells.Cell]]:
        for row in rows:
            if row["status"].text in listed:
                on_record.add(row["claim"].text)
            if row["entry"] is not None:
                entered.add(row["claim"].text)
            yield row

    keys = sorted(_first_places(noted(rows)).values())
    listed = [key for key in keys if key[2] in on_record]
    return ClaimPlaces(tuple(keys), frozenset(on_record), frozenset(entered),
                       (_positive(Counter(key[3] for key in listed)), _positive(Counter(key[0] for key in listed))))


def _positive(counts: Counter[str]) -> Mapping[str, int]:
    """The counts above nought, read-only."""
    return MappingProxyType({name: count for name, count in counts.items() if count > 0})


def _sorted(rows: Iterable[dict[str, cells.Cell]]) -> tuple[str, ...]:
    """The claims of rows (claim, document, start) by document, then where the quote starts, then IRI; each once, at
    its first place."""
    return tuple(key[2] for key in sorted(_first_places(rows).values()))


def _first_places(rows: Iterable[dict[str, cells.Cell]]) -> dict[str, _Key]:
    """Each claim's first place among rows (claim, document, start, claimant)."""
    keys: dict[str, _Key] = {}
    for row in rows:
        claim = row["claim"].text
        key = (row["document"].text, _offset(row["start"]), claim, row["claimant"].text)
        if claim not in keys or key < keys[claim]:
            keys[claim] = key
    return keys


def _offset(cell: cells.Cell) -> tuple[int, float | str]:
    """A start offset as a sort key: numbers by value, before anything that is not one."""
    try:
        return 0, cell.number()
    except (TypeError, ValueError):  # not a number (a date's value, for one, is no float)
        return 1, cell.text


def count_claims(store: Store) -> int:
    """How many claims :func:`find_claims` lists without a filter (those on the record), each counted once."""
    return int(store.select(_COUNT % {"record": projection.on_record()})[0]["claims"])


def claim_filter_choices(store: Store) -> dict[str, list[tuple[str, str]]]:
    """What the claim list's entity, claimant and document filters offer (:func:`filter_choices`), read from the store."""
    claimants = {row["who"].text for row in cells.select_cells(
        store, f"SELECT DISTINCT ?who WHERE {{ {{ SELECT ?claim WHERE {{ {projection.on_record()} }} }} "
               "{ SELECT ?claim ?who WHERE { ?claim prov:wasAttributedTo ?who } } }")}
    documents = {row["document"].text for row in cells.select_cells(
        store, f"SELECT DISTINCT ?document WHERE {{ {{ SELECT ?claim WHERE {{ {projection.on_record()} }} }} "
               "{ SELECT ?claim ?document WHERE { ?claim prov:wasDerivedFrom ?document } } }")}
    return filter_choices(network.read_entities(store), claimants, documents)


def filter_choices(entities: Mapping[str, network.Entity], claimants: Collection[str], documents: Iterable[str]) -> dict[str, list[tuple[str, str]]]:
    """What the claim list's filters offer, as (id, label) pairs: every entity, and the claimants and documents (IRIs)
    of the claims on the record (claimants by label, documents by id)."""
    listed = {short_id(claimant) for claimant in claimants}
    by_label = [(entity.id, entity.label) for entity in sorted(entities.values(), key=lambda e: (e.label.lower(), e.id))]
    return {
        "entity": by_label,
        "claimant": [(ident, label) for ident, label in by_label if ident in listed],
        "document": [(document, document) for document in sorted(short_id(iri) for iri in documents)],
    }


def _record(store: Store, claim_id: str, as_of: dt.datetime | None = None) -> ClaimRecord:
    """One claim's record, in whatever state (``as_of`` a time: as it was on the record then).

    Raises:
        NotFoundError: no claim has this id (or none was on the record at ``as_of``).
    """
    record = projection.read_claims(store, [_checked_id(claim_id, "claim")], as_of).get(claim_id)
    if record is None:
        then = "" if as_of is None else f" on the record at {as_of.isoformat()}"
        raise NotFoundError(f"no claim with id {excerpt(claim_id)}{then}")
    return record


def get_claim(store: Store, claim_id: str, as_of: dt.datetime | None = None) -> dict[str, object]:
    """One claim with its provenance, in whatever state (the status says whether it is on the record); ``as_of`` a
    time: as it was on the record then.

    Raises:
        NotFoundError: no claim has this id (or none was on the record at ``as_of``).
    """
    return _claims_json(store, [_record(store, claim_id, as_of)])[0]


_DOCUMENT = """
SELECT ?title ?publisher ?publisherLabel ?language ?sha256 ?text ?url ?published ?precision ?basis WHERE {
  VALUES ?document { <%(document)s> }
  ?document a cg:Document ; cg:sha256 ?sha256 ; dcterms:language ?language .
  OPTIONAL { ?document dcterms:title ?title }
  OPTIONAL { ?document dcterms:publisher ?publisher . OPTIONAL { ?publisher rdfs:label ?publisherLabel } }
  OPTIONAL { ?document cg:text ?text }
  OPTIONAL { ?document schema:url ?url }
  OPTIONAL { ?document cg:published ?date . OPTIONAL { ?date cg:timeValue ?published }
             OPTIONAL { ?date cg:precision ?precision } OPTIONAL { ?date cg:basis ?basis } }
}
"""


def get_document(store: Store, document_id: str) -> dict[str, object]:
    """One document: metadata, hash and text (None where unknown).

    Raises:
        NotFoundError: no document has this id.
    """
    rows = store.select(_DOCUMENT % {"document": document_iri(_checked_id(document_id, "document"))})
    if not rows:
        raise NotFoundError(f"no document with id {excerpt(document_id)}")
    row = rows[0]
    publisher = row["publisher"]
    return {
        "id": document_id,
        "iri": str(document_iri(document_id)),
        "title": row["title"],
        "publisher": None if publisher is None else {
            "id": short_id(publisher), "iri": str(publisher), "label": row["publisherLabel"],
        },
        "language": row["language"],
        "sha256": row["sha256"],
        "url": None if row["url"] is None else str(row["url"]),
        "published": {
            "value": None if row["published"] is None else str(row["published"]),
            "precision": row["precision"],
            "basis": row["basis"],
        },
        "text": row["text"],
    }


def _value_json(record: ClaimRecord, claim: dict[str, object]) -> dict[str, object] | None:
    """The structured value a claim asserts: an entity, an amount of money or a literal."""
    if isinstance(record.value, Money):
        money = record.value
        return {
            "kind": "money", "currency": money.currency, "amount": money.amount,
            "minimum": money.minimum, "maximum": money.maximum, "approximate": money.approximate,
        }
    if isinstance(record.value, LiteralValue):
        return {"kind": "literal", "value": record.value.text}
    if claim["object"] is not None:
        return {"kind": "entity", **claim["object"]}
    return None


def _context(store: Store, record: ClaimRecord) -> dict[str, object] | None:
    """The quote with the text around it, when the document's text is stored."""
    rows = store.select(f"SELECT ?text WHERE {{ <{document_iri(record.document)}> cg:text ?text }}")
    if not rows or record.anchor is None:
        return None
    text, start, end = str(rows[0]["text"]), record.anchor.start, record.anchor.end
    return {"before": text[max(0, start - _CONTEXT):start], "exact": text[start:end], "after": text[end:end + _CONTEXT]}


def claim_details(store: Store, claim_id: str, as_of: dt.datetime | None = None) -> dict[str, object]:
    """A claim with everything a fact-checker needs: its value, hedges, the quote in context,
    its review history (newest first) with the current verdict, and related claims on the record
    (the same subject and predicate). ``as_of`` a time: the claim as it was on the record then, with
    the reviews, verdict, status and related claims of then (its words are today's).

    Raises:
        NotFoundError: no claim has this id, or it was not on the record at ``as_of``.
    """
    record = _record(store, claim_id, as_of)
    claim = _claims_json(store, [record])[0]
    claim["value"] = _value_json(record, claim)
    claim["hedges"] = list(record.hedges)
    claim["context"] = _context(store, record)
    claim["reviews"] = projection.reviews_of(store, record, as_of)
    claim["current_review"] = next((review for review in claim["reviews"] if review["current"]), None)
    related = store.select(
        f"""SELECT DISTINCT ?other WHERE {{
              <{record.iri}> schema:about ?subject ; cg:predicate ?predicate .
              ?other schema:about ?subject ; cg:predicate ?predicate . FILTER (?other != <{record.iri}>)
              {projection.on_record("?other", as_of)} }}"""
    )
    claim["related"] = _claims_by_iri(store, sorted(str(row["other"]) for row in related), as_of)
    return claim


def _snake(class_iri: object) -> str:
    """``cg:GovernmentBody`` -> ``government_body``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", str(class_iri).rsplit("#", 1)[-1]).lower()


_ENTITIES = """
SELECT ?entity ?label ?class ?description ?aliases ?about_count ?mention_count ?attributed_count
WHERE {
  %(values)s
  ?entity a cg:Entity ; a ?class ; rdfs:label ?label .
  FILTER (?class != cg:Entity && STRSTARTS(STR(?class), STR(cg:)))
  %(filters)s
  OPTIONAL { ?entity schema:description ?description }
  OPTIONAL { SELECT ?entity (GROUP_CONCAT(DISTINCT ?alias; separator="\u001f") AS ?aliases) WHERE { %(values)s ?entity skos:altLabel ?alias } GROUP BY ?entity }
  OPTIONAL { SELECT ?entity (COUNT(DISTINCT ?claim) AS ?about_count) WHERE { %(values)s ?claim schema:about ?entity ; a cg:Claim . %(record)s } GROUP BY ?entity }
  OPTIONAL { SELECT ?entity (COUNT(DISTINCT ?claim) AS ?mention_count) WHERE { %(values)s ?claim schema:mentions ?entity ; a cg:Claim . %(record)s } GROUP BY ?entity }
  OPTIONAL { SELECT ?entity (COUNT(DISTINCT ?claim) AS ?attributed_count) WHERE { %(values)s ?claim prov:wasAttributedTo ?entity ; a cg:Claim . %(record)s } GROUP BY ?entity }
}
ORDER BY LCASE(?label) ?entity
"""
"""Entities with their aliases and counts of claims on the record (``%(values)s`` may restrict ``?entity``; ``%(record)s`` is
:func:`~claimgraph.kg.projection.on_record`), each count a subquery of its own:
as OPTIONALs of one group, the claims about, mentioning and attributed to an entity multiplied (an entity with
12,500 claims of 100,000 took 13 minutes; a count of none is unbound)."""


def _entity_json(row: dict[str, object]) -> dict[str, object]:
    return {
        "id": short_id(row["entity"]),
        "iri": str(row["entity"]),
        "label": row["label"],
        "type": _snake(row["class"]),
        "aliases": sorted(str(row["aliases"]).split("\u001f")) if row["aliases"] else [],
        "description": row["description"],
        "claims_about": int(row["about_count"] or 0),
        "claims_mentioning": int(row["mention_count"] or 0),
        "claims_attributed": int(row["attributed_count"] or 0),
    }


def _window(items: list[dict[str, object]], limit: int, offset: int) -> Page:
    return Page(items[offset:offset + limit], len(items), limit, offset)


def list_entities(
    store: Store, type: str | None = None, q: str | None = None, limit: int = 50, offset: int = 0, as_of: dt.datetime | None = None  # noqa: A002
) -> Page:
    """A page of entities with their claim counts, by label; ``type`` (e.g. ``firm``) and
    ``q`` (in the label or an alias) narrow it; ``as_of`` a time counts the claims on the record then.

    Raises:
        InputError: a type that cannot name an entity type.
    """
    filters = []
    if type:
        filters.append(f"?entity a <{entity_class(_name(type, 'type'))}> .")
    if q:
        needle = literal(q.lower())
        filters.append(f"FILTER EXISTS {{ ?entity rdfs:label|skos:altLabel ?name FILTER (CONTAINS(LCASE(?name), {needle})) }}")
    rows = store.select(_ENTITIES % {"values": "", "filters": "\n  ".join(filters), "record": projection.on_record(as_of=as_of)})
    return _window([_entity_json(row) for row in rows], limit, offset)


def get_entity(store: Store, entity_id: str, order: Sequence[str] | None = None, as_of: dt.datetime | None = None) -> dict[str, object]:
    """An entity, every claim about it, mentioning it and attributed to it, and the entities
    it is linked to through claims (each link naming its claims); ``order`` as :func:`find_claims` takes it.
    ``as_of`` a time: the claims on the record then (``order`` then the order of the record then; read here when not given).

    Raises:
        NotFoundError: no entity has this id.
    """
    iri = entity_iri(_checked_id(entity_id, "entity"))
    rows = store.select(_ENTITIES % {"values": f"VALUES ?entity {{ <{iri}> }}", "filters": "", "record": projection.on_record(as_of=as_of)})
    if not rows:
        raise NotFoundError(f"no entity with id {excerpt(entity_id)}")
    entity = _entity_json(rows[0])
    if as_of is not None and order is None:
        order = claim_order(store, as_of)
    claims = find_claims(store, ClaimFilter(entity=entity_id, as_of=as_of), None, 0, order).items
    entity["about"] = [claim for claim in claims if claim["subject"]["id"] == entity_id]
    entity["mentioned_in"] = [claim for claim in claims if claim["object"] and claim["object"]["id"] == entity_id]
    entity["attributed"] = find_claims(store, ClaimFilter(claimant=entity_id, as_of=as_of), None, 0, order).items
    linked: dict[str, dict[str, object]] = {}
    for claim in claims:
        for side in ("subject", "object"):
            other = claim[side]
            if other and other["id"] != entity_id:
                link = linked.setdefault(other["id"], {**other, "claims": []})
                link["claims"].append(claim["id"])
    entity["linked"] = sorted(linked.values(), key=lambda link: (-len(link["claims"]), link["id"]))
    return entity


def list_documents(store: Store, limit: int = 50, offset: int = 0, as_of: dt.datetime | None = None) -> Page:
    """A page of documents (metadata without the text) with how many of their claims are on the record (now, or
    ``as_of`` a time)."""
    rows = store.select(
        "SELECT ?document (COUNT(DISTINCT ?claim) AS ?claims) WHERE { ?document a cg:Document . "
        f"OPTIONAL {{ ?claim prov:wasDerivedFrom ?document . {projection.on_record(as_of=as_of)} }} }} GROUP BY ?document ORDER BY ?document"
    )
    items = []
    for row in rows:
        document = get_document(store, short_id(row["document"]))
        del document["text"]
        items.append({**document, "claims": int(row["claims"])})
    return _window(items, limit, offset)


def document_with_claims(
    store: Store, document_id: str, order: Sequence[str] | None = None, as_of: dt.datetime | None = None
) -> dict[str, object]:
    """A document's metadata and text, and its claims on the record (now, or ``as_of`` a time) in text order with
    their spans; ``order`` as :func:`find_claims` takes it.

    Raises:
        NotFoundError: no document has this id.
    """
    document = get_document(store, document_id)
    document["claims"] = find_claims(store, ClaimFilter(document=document_id, as_of=as_of), None, 0, order).items
    return document


def list_sources(store: Store, limit: int = 50, offset: int = 0, as_of: dt.datetime | None = None) -> Page:
    """Claimants with how many claims on the record (now, or ``as_of`` a time) are attributed to each, most first;
    anonymous sources marked."""
    rows = store.select(
        f"""SELECT ?source ?label ?class (COUNT(?claim) AS ?claims) WHERE {{
             ?claim a cg:Claim ; prov:wasAttributedTo ?source . {projection.on_record(as_of=as_of)}
             ?source rdfs:label ?label ; a ?class . FILTER (?class != cg:Entity && STRSTARTS(STR(?class), STR(cg:)))
           }} GROUP BY ?source ?label ?class ORDER BY DESC(?claims) LCASE(?label)"""
    )
    items = [
        {
            "id": short_id(row["source"]), "iri": str(row["source"]), "label": row["label"], "type": _snake(row["class"]),
            "anonymous": _snake(row["class"]) == "anonymous_source", "claims": int(row["claims"]),
        }
        for row in rows
    ]
    return _window(items, limit, offset)
