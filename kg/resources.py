"""Read claims, entities, documents and sources out of the store as plain dicts that name their IRIs.

Every object carries ``id`` (the short id in its URL) and ``iri``. Lists are
pages: :class:`Page` holds the items, the total and the window.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


from claimgraph.claims.errors import InputError, NotFoundError
from claimgraph.claims.model import TimeRef
from claimgraph.kg import cells, network, reviews
from claimgraph.kg.mapping import entity_class, interval
from claimgraph.kg.namespaces import CLAIM_TYPE, STATUS, claim_iri, document_iri, entity_iri, is_id, short_id
from claimgraph.kg.sparql_text import excerpt, literal
from claimgraph.kg.store import Store

_CONTEXT = 240
"""Characters of document text shown on each side of a quote."""

_CLAIM_ROWS = """
SELECT ?claim ?type ?statement ?status ?subject ?subjectLabel ?predicate ?object ?objectLabel ?claimant ?claimantLabel
       ?document ?about ?aboutPrecision ?aboutExpression ?aboutStart ?aboutEnd ?stated ?exact ?prefix ?suffix ?start ?end
       ?verdict
WHERE {
  %(values)s
  ?claim a cg:Claim .
  OPTIONAL { ?claim schema:mentions ?object OPTIONAL { ?object rdfs:label ?objectLabel } }
  OPTIONAL {
    ?review schema:itemReviewed ?claim OPTIONAL { ?review schema:reviewRating/cg:verdict ?verdictIri }
    FILTER (BOUND(?verdictIri) && NOT EXISTS { ?newer prov:wasRevisionOf ?review })
  }
  OPTIONAL {
    ?claim cg:timeAbout ?aboutNode
    OPTIONAL { ?aboutNode cg:timeValue ?about }
    OPTIONAL { ?aboutNode cg:precision ?aboutPrecision }
    OPTIONAL { ?aboutNode cg:expression ?aboutExpression }
    OPTIONAL { ?aboutNode cg:intervalStart ?aboutStart OPTIONAL { ?aboutNode cg:intervalEnd ?aboutEnd } FILTER (BOUND(?aboutEnd)) }
  }
  ?claim cg:claimType ?typeIri ; cg:statement ?statement ; cg:status ?statusIri ; schema:about ?subject ;
         cg:predicate ?predicate ; prov:wasAttributedTo ?claimant ; prov:wasDerivedFrom ?document ; cg:anchor ?target .
  ?subject rdfs:label ?subjectLabel .
  ?claimant rdfs:label ?claimantLabel .
  ?target oa:hasSelector ?position .
  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
  { ?target oa:hasSelector ?quote OPTIONAL { ?quote oa:prefix ?prefix } OPTIONAL { ?quote oa:suffix ?suffix } }
  { ?claim cg:stated ?statedNode OPTIONAL { ?statedNode cg:timeValue ?stated } }
  BIND (STRAFTER(STR(?typeIri), "#") AS ?type)
  BIND (STRAFTER(STR(?statusIri), "#") AS ?status)
  BIND (STRAFTER(STR(?verdictIri), "#") AS ?verdict)
}
ORDER BY ?document ?start ?claim
"""
"""Claims with their provenance and current verdict, one row per claim (``%(values)s`` may restrict ``?claim``).
A claim whose sentence gives no time has no ``cg:timeAbout``: its time columns are unbound.

Shaped so that Oxigraph looks a few claims up by index instead of scanning
every claim's facts (8 s for one claim at 100,000 claims, now milliseconds):
an OPTIONAL is looked up per claim only while the patterns before it are
few, so the three that use ``?claim`` come first (the time-about, which a
claim may lack, among them: a lookup took 8 ms at 20,000 claims, 5 ms when
the time was required and joined later), and the others sit in a
group with the one pattern that binds their node. An OPTIONAL of two
patterns, or one after a FILTER of its own, is always a full scan, hence
the nested OPTIONALs with ``BOUND``: they keep a time interval only with
both ends, and a review only with its verdict, as before.
"""


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


def _ref(iri: object, label: object = None) -> dict[str, object]:
    return {"id": short_id(iri), "iri": str(iri), "label": label}


def _claim_json(row: dict[str, object]) -> dict[str, object]:
    return {
        "id": short_id(row["claim"]),
        "iri": str(row["claim"]),
        "type": row["type"],
        "statement": row["statement"],
        "status": row["status"],
        "verdict": row["verdict"],
        "subject": _ref(row["subject"], row["subjectLabel"]),
        "predicate": str(row["predicate"]),
        "object": None if row["object"] is None else _ref(row["object"], row["objectLabel"]),
        "claimant": _ref(row["claimant"], row["claimantLabel"]),
        "document": {"id": short_id(row["document"]), "iri": str(row["document"])},
        "time_about": {
            "value": _text(row["about"]),
            "precision": row["aboutPrecision"],
            "expression": row["aboutExpression"],
            "start": _text(row["aboutStart"]),
            "end": _text(row["aboutEnd"]),
        },
        "stated": _text(row["stated"]),
        "anchor": {
            "exact": row["exact"], "prefix": row["prefix"], "suffix": row["suffix"],
            "start": int(row["start"]), "end": int(row["end"]),
        },
    }


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


def _bound(value: str, end: bool) -> str:
    """The first (or last) day of a YYYY, YYYY-MM or YYYY-MM-DD value."""
    precision = {4: "year", 7: "month", 10: "day"}.get(len(value))
    if precision is None or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise InputError(f"{excerpt(value)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        if precision == "day":
            date.fromisoformat(value)
        return interval(TimeRef(value, precision))[1 if end else 0]
    except ValueError:
        raise InputError(f"{excerpt(value)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None


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

    def patterns(self) -> str:
        """The graph patterns and filters for a query over ``?claim``."""
        parts = []
        if self.type:
            parts.append(f"?claim cg:claimType <{CLAIM_TYPE[_name(self.type, 'type')]}> .")
        if self.status:
            parts.append(f"?claim cg:status <{STATUS[_name(self.status, 'status')]}> .")
        if self.entity:
            iri = entity_iri(_name(self.entity, "entity"))
            parts.append(f"{{ ?claim schema:about <{iri}> }} UNION {{ ?claim schema:mentions <{iri}> }}")
        if self.claimant:
            parts.append(f"?claim prov:wasAttributedTo <{entity_iri(_name(self.claimant, 'claimant'))}> .")
        if self.document:
            parts.append(f"?claim prov:wasDerivedFrom <{document_iri(_name(self.document, 'document'))}> .")
        current = "?review schema:itemReviewed ?claim . FILTER NOT EXISTS { ?newer prov:wasRevisionOf ?review }"
        if self.verdict == "none":
            parts.append("FILTER NOT EXISTS { ?review schema:itemReviewed ?claim }")
        elif self.verdict:
            name = _name(self.verdict, "verdict")
            if name not in reviews.scale().verdicts:
                raise InputError(f"unknown verdict {name!r}; use one of {', '.join(reviews.scale().verdicts)} or none")
            parts.append(f"{current} ?review schema:reviewRating/cg:verdict <{reviews.scale().verdicts[name].iri}> .")
        if self.about_from or self.about_to:
            parts.append("?claim cg:timeAbout [ cg:intervalStart ?aboutStart ; cg:intervalEnd ?aboutEnd ] .")
            if self.about_from:
                parts.append(f'FILTER (?aboutEnd >= "{_bound(self.about_from, end=False)}"^^xsd:date)')
            if self.about_to:
                parts.append(f'FILTER (?aboutStart <= "{_bound(self.about_to, end=True)}"^^xsd:date)')
        if self.q:
            for word in self.q.split():
                needle = literal(word.lower())
                parts.append(_WORD % {"needle": needle})
        return "\n  ".join(parts)


_LOOKUP_BATCH = 100
"""Claims looked up per query. ``_CLAIM_ROWS`` finds a claim by index in about a millisecond, but given more
than a few hundred at once Oxigraph plans it another way: 1,000 claims of 100,000 took 14.6 s in one query
and 1.2 s in batches of 100."""


def _claims_by_iri(store: Store, iris: list[str]) -> list[dict[str, object]]:
    """Claims in the order of ``iris``."""
    found: dict[str, dict[str, object]] = {}
    for start in range(0, len(iris), _LOOKUP_BATCH):
        values = "VALUES ?claim { " + " ".join(f"<{iri}>" for iri in iris[start:start + _LOOKUP_BATCH]) + " }"
        found.update((str(row["claim"]), _claim_json(row)) for row in store.select(_CLAIM_ROWS % {"values": values}))
    return [found[iri] for iri in iris if iri in found]


def find_claims(store: Store, where: ClaimFilter, limit: int | None = 50, offset: int = 0, order: Sequence[str] | None = None) -> Page:
    """A page of the claims that pass a filter, in document order; ``limit`` None for all of them.

    Given ``order`` (what :func:`claim_order` says of the store as it is), the
    store only finds which claims pass and the page is cut from the order;
    otherwise the store sorts them, which takes seconds on a large store.

    Raises:
        InputError: a filter value that cannot name anything, or a date that is not one.
    """
    patterns = where.patterns()
    if order is not None:
        if patterns:
            passing = {row["claim"].text for row in cells.select_cells(store, f"SELECT DISTINCT ?claim WHERE {{ ?claim a cg:Claim .\n  {patterns} }}")}
            order = [iri for iri in order if iri in passing]
        end = None if limit is None else offset + limit
        return Page(_claims_by_iri(store, list(order[offset:end])), len(order), limit, offset)
    body = f"?claim a cg:Claim ; prov:wasDerivedFrom ?document ; cg:anchor/oa:hasSelector/oa:start ?start .\n  {patterns}"
    total = int(store.select(f"SELECT (COUNT(DISTINCT ?claim) AS ?n) WHERE {{ {body} }}")[0]["n"])
    window = f"OFFSET {int(offset)}" if limit is None else f"LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = store.select(f"SELECT DISTINCT ?claim ?document ?start WHERE {{ {body} }} ORDER BY ?document ?start ?claim {window}")
    return Page(_claims_by_iri(store, [str(row["claim"]) for row in rows]), total, limit, offset)


_ORDER = """
SELECT ?claim ?document ?start WHERE {
  { SELECT ?claim WHERE { ?claim a cg:Claim } }
  { SELECT ?claim ?document WHERE { ?claim prov:wasDerivedFrom ?document } }
  { SELECT ?claim ?anchor WHERE { ?claim cg:anchor ?anchor } }
  { SELECT ?anchor ?selector WHERE { ?anchor oa:hasSelector ?selector } }
  { SELECT ?selector ?start WHERE { ?selector oa:start ?start } }
}
"""
"""Each claim's document and where its quote starts; every pattern a subquery, joined by hashing (2.3 s at 100,000 claims, 6 s as one group)."""


def claim_order(store: Store) -> tuple[str, ...]:
    """The IRIs of every claim :func:`find_claims` can list, in its order: by document, then where the quote starts, then IRI.

    Sorted here rather than by the store, which compares IRIs by reading
    them again and again: at 100,000 claims a page sorted by the store took
    19 s, every time; this takes 3.5 s, once (the service keeps it until the
    next write). A claim with two such places is listed once, at the first.
    """
    keys: dict[str, tuple[str, tuple[int, float | str], str]] = {}
    for row in cells.select_cells(store, _ORDER):
        claim = row["claim"].text
        key = (row["document"].text, _offset(row["start"]), claim)
        if claim not in keys or key < keys[claim]:
            keys[claim] = key
    return tuple(key[2] for key in sorted(keys.values()))


def _offset(cell: cells.Cell) -> tuple[int, float | str]:
    """A start offset as a sort key: numbers by value, before anything that is not one."""
    try:
        return 0, cell.number()
    except (TypeError, ValueError):  # not a number (a date's value, for one, is no float)
        return 1, cell.text


def list_claims(store: Store) -> list[dict[str, object]]:
    """Every claim with its provenance, in document order."""
    return [_claim_json(row) for row in store.select(_CLAIM_ROWS % {"values": ""})]


_LISTED = (
    "?claim a cg:Claim", "?claim cg:claimType ?typeIri", "?claim cg:statement ?statement", "?claim cg:status ?statusIri",
    "?claim schema:about ?subject", "?subject rdfs:label ?subjectLabel", "?claim cg:predicate ?predicate",
    "?claim prov:wasAttributedTo ?claimant", "?claimant rdfs:label ?claimantLabel", "?claim prov:wasDerivedFrom ?document",
    "?claim cg:stated ?statedNode", "?claim cg:anchor ?target",
    "?target oa:hasSelector ?quote", "?quote a oa:TextQuoteSelector", "?quote oa:exact ?exact",
    "?target oa:hasSelector ?position", "?position a oa:TextPositionSelector", "?position oa:start ?start", "?position oa:end ?end",
)
"""What a claim needs to be listed: the patterns of ``_CLAIM_ROWS`` outside its OPTIONALs."""

_COUNT = "SELECT (COUNT(DISTINCT ?claim) AS ?claims) WHERE {\n" + "".join(f"  {{ SELECT * WHERE {{ {pattern} }} }}\n" for pattern in _LISTED) + "}"
"""Each pattern a subquery of its own, so that Oxigraph scans each once and joins them by hashing (5 s at 100,000 claims)."""


def count_claims(store: Store) -> int:
    """How many claims :func:`list_claims` lists, each counted once (it gives a claim with two objects two rows)."""
    return int(store.select(_COUNT)[0]["claims"])


def claim_filter_choices(store: Store) -> dict[str, list[tuple[str, str]]]:
    """What the claim list's entity, claimant and document filters offer, as (id, label) pairs:
    every entity and every claimant by label, every document with claims by id."""
    entities = [(entity.id, entity.label) for entity in sorted(network.read_entities(store).values(), key=lambda e: (e.label.lower(), e.id))]
    claimants = {short_id(row["who"].text) for row in cells.select_cells(
        store, "SELECT DISTINCT ?who WHERE { { SELECT ?claim WHERE { ?claim a cg:Claim } } { SELECT ?claim ?who WHERE { ?claim prov:wasAttributedTo ?who } } }")}
    documents = sorted(short_id(row["document"].text) for row in cells.select_cells(
        store, "SELECT DISTINCT ?document WHERE { { SELECT ?claim WHERE { ?claim a cg:Claim } } "
               "{ SELECT ?claim ?document WHERE { ?claim prov:wasDerivedFrom ?document } } }"))
    return {
        "entity": entities,
        "claimant": [(ident, label) for ident, label in entities if ident in claimants],
        "document": [(document, document) for document in documents],
    }


def get_claim(store: Store, claim_id: str) -> dict[str, object]:
    """One claim with its provenance.

    Raises:
        NotFoundError: no claim has this id.
    """
    rows = store.select(_CLAIM_ROWS % {"values": f"VALUES ?claim {{ <{claim_iri(_checked_id(claim_id, 'claim'))}> }}"})
    if not rows:
        raise NotFoundError(f"no claim with id {excerpt(claim_id)}")
    return _claim_json(rows[0])


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


_VALUE = """
SELECT ?object ?objectLabel ?currency ?amount ?minimum ?maximum ?approximate WHERE {
  GRAPH <%(claim)s> { ?subject <%(predicate)s> ?object }
  OPTIONAL { ?object rdfs:label ?objectLabel }
  OPTIONAL { GRAPH <%(claim)s> { ?object schema:currency ?currency ; cg:approximate ?approximate } }
  OPTIONAL { GRAPH <%(claim)s> { ?object schema:value ?amount } }
  OPTIONAL { GRAPH <%(claim)s> { ?object schema:minValue ?minimum } }
  OPTIONAL { GRAPH <%(claim)s> { ?object schema:maxValue ?maximum } }
}
"""


def _value(store: Store, claim: dict[str, object]) -> dict[str, object] | None:
    """The structured value a claim asserts: an entity, an amount of money or a literal."""
    rows = store.select(_VALUE % {"claim": claim["iri"], "predicate": claim["predicate"]})
    if not rows:
        return None
    row = rows[0]
    if row["currency"] is not None:
        number = lambda key: None if row[key] is None else float(row[key])  # noqa: E731
        return {
            "kind": "money", "currency": row["currency"], "amount": number("amount"),
            "minimum": number("minimum"), "maximum": number("maximum"), "approximate": bool(row["approximate"]),
        }
    if claim["object"] is not None:
        return {"kind": "entity", **claim["object"]}
    return {"kind": "literal", "value": str(row["object"])}


def _context(store: Store, claim: dict[str, object]) -> dict[str, object] | None:
    """The quote with the text around it, when the document's text is stored."""
    rows = store.select(f"SELECT ?text WHERE {{ <{claim['document']['iri']}> cg:text ?text }}")
    if not rows:
        return None
    text, start, end = str(rows[0]["text"]), claim["anchor"]["start"], claim["anchor"]["end"]
    return {"before": text[max(0, start - _CONTEXT):start], "exact": text[start:end], "after": text[end:end + _CONTEXT]}


def claim_details(store: Store, claim_id: str) -> dict[str, object]:
    """A claim with everything a fact-checker needs: its value, hedges, the quote in context,
    its review history (newest first) with the current verdict, and related claims
    (the same subject and predicate).

    Raises:
        NotFoundError: no claim has this id.
    """
    claim = get_claim(store, claim_id)
    iri = claim["iri"]
    claim["value"] = _value(store, claim)
    claim["hedges"] = sorted(str(row["hedge"]) for row in store.select(f"SELECT ?hedge WHERE {{ <{iri}> cg:hedge ?hedge }}"))
    claim["context"] = _context(store, claim)
    claim["reviews"] = reviews.history(store, claim_id)
    claim["current_review"] = claim["reviews"][0] if claim["reviews"] else None
    related = store.select(
        f"""SELECT DISTINCT ?other WHERE {{
              <{iri}> schema:about ?subject ; cg:predicate ?predicate .
              ?other schema:about ?subject ; cg:predicate ?predicate . FILTER (?other != <{iri}>) }}"""
    )
    claim["related"] = _claims_by_iri(store, sorted(str(row["other"]) for row in related))
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
  OPTIONAL { SELECT ?entity (COUNT(DISTINCT ?claim) AS ?about_count) WHERE { %(values)s ?claim schema:about ?entity ; a cg:Claim } GROUP BY ?entity }
  OPTIONAL { SELECT ?entity (COUNT(DISTINCT ?claim) AS ?mention_count) WHERE { %(values)s ?claim schema:mentions ?entity ; a cg:Claim } GROUP BY ?entity }
  OPTIONAL { SELECT ?entity (COUNT(DISTINCT ?claim) AS ?attributed_count) WHERE { %(values)s ?claim prov:wasAttributedTo ?entity ; a cg:Claim } GROUP BY ?entity }
}
ORDER BY LCASE(?label) ?entity
"""
"""Entities with their aliases and claim counts (``%(values)s`` may restrict ``?entity``), each count a subquery of its own:
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


def list_entities(store: Store, type: str | None = None, q: str | None = None, limit: int = 50, offset: int = 0) -> Page:  # noqa: A002
    """A page of entities with their claim counts, by label; ``type`` (e.g. ``firm``) and
    ``q`` (in the label or an alias) narrow it.

    Raises:
        InputError: a type that cannot name an entity type.
    """
    filters = []
    if type:
        filters.append(f"?entity a <{entity_class(_name(type, 'type'))}> .")
    if q:
        needle = literal(q.lower())
        filters.append(f"FILTER EXISTS {{ ?entity rdfs:label|skos:altLabel ?name FILTER (CONTAINS(LCASE(?name), {needle})) }}")
    rows = store.select(_ENTITIES % {"values": "", "filters": "\n  ".join(filters)})
    return _window([_entity_json(row) for row in rows], limit, offset)


def get_entity(store: Store, entity_id: str, order: Sequence[str] | None = None) -> dict[str, object]:
    """An entity, every claim about it, mentioning it and attributed to it, and the entities
    it is linked to through claims (each link naming its claims); ``order`` as :func:`find_claims` takes it.

    Raises:
        NotFoundError: no entity has this id.
    """
    iri = entity_iri(_checked_id(entity_id, "entity"))
    rows = store.select(_ENTITIES % {"values": f"VALUES ?entity {{ <{iri}> }}", "filters": ""})
    if not rows:
        raise NotFoundError(f"no entity with id {excerpt(entity_id)}")
    entity = _entity_json(rows[0])
    claims = find_claims(store, ClaimFilter(entity=entity_id), None, 0, order).items
    entity["about"] = [claim for claim in claims if claim["subject"]["id"] == entity_id]
    entity["mentioned_in"] = [claim for claim in claims if claim["object"] and claim["object"]["id"] == entity_id]
    entity["attributed"] = find_claims(store, ClaimFilter(claimant=entity_id), None, 0, order).items
    linked: dict[str, dict[str, object]] = {}
    for claim in claims:
        for side in ("subject", "object"):
            other = claim[side]
            if other and other["id"] != entity_id:
                link = linked.setdefault(other["id"], {**other, "claims": []})
                link["claims"].append(claim["id"])
    entity["linked"] = sorted(linked.values(), key=lambda link: (-len(link["claims"]), link["id"]))
    return entity


def list_documents(store: Store, limit: int = 50, offset: int = 0) -> Page:
    """A page of documents (metadata without the text) with their claim counts."""
    rows = store.select(
        "SELECT ?document (COUNT(?claim) AS ?claims) WHERE { ?document a cg:Document . "
        "OPTIONAL { ?claim prov:wasDerivedFrom ?document } } GROUP BY ?document ORDER BY ?document"
    )
    items = []
    for row in rows:
        document = get_document(store, short_id(row["document"]))
        del document["text"]
        items.append({**document, "claims": int(row["claims"])})
    return _window(items, limit, offset)


def document_with_claims(store: Store, document_id: str, order: Sequence[str] | None = None) -> dict[str, object]:
    """A document's metadata and text, and its claims in text order with their spans; ``order`` as :func:`find_claims` takes it.

    Raises:
        NotFoundError: no document has this id.
    """
    document = get_document(store, document_id)
    document["claims"] = find_claims(store, ClaimFilter(document=document_id), None, 0, order).items
    return document


def list_sources(store: Store, limit: int = 50, offset: int = 0) -> Page:
    """Claimants with how many claims are attributed to each, most first; anonymous sources marked."""
    rows = store.select(
        """SELECT ?source ?label ?class (COUNT(?claim) AS ?claims) WHERE {
             ?claim a cg:Claim ; prov:wasAttributedTo ?source .
             ?source rdfs:label ?label ; a ?class . FILTER (?class != cg:Entity && STRSTARTS(STR(?class), STR(cg:)))
           } GROUP BY ?source ?label ?class ORDER BY DESC(?claims) LCASE(?label)"""
    )
    items = [
        {
            "id": short_id(row["source"]), "iri": str(row["source"]), "label": row["label"], "type": _snake(row["class"]),
            "anonymous": _snake(row["class"]) == "anonymous_source", "claims": int(row["claims"]),
        }
        for row in rows
    ]
    return _window(items, limit, offset)
