"""Project the entity network out of the store: entities as nodes, claims as the edges linking them.

Three SELECT queries read everything (entities, claims with their values and
current verdicts, and the claims' provenance for one claim's view); the graph
is then assembled in Python from the rows (read as :mod:`~claimgraph.kg.cells`).
A claim links its subject to its object entity (an *assertion* edge) and its
claimant to its subject (an *attribution* edge); every edge keeps the claims
behind it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

import networkx as nx

from claimgraph.claims.errors import InputError, NotFoundError
from claimgraph.claims.model import CLAIM_TYPES, ENTITY_TYPES
from claimgraph.kg import cells, reviews
from claimgraph.kg.namespaces import claim_iri, entity_iri, short_id
from claimgraph.kg.store import Store
from claimgraph.kg.sparql_text import excerpt


ASSERTION = "assertion"
ATTRIBUTION = "attribution"

_ENTITIES = """
SELECT ?entity ?label ?class WHERE {
  %s
  ?entity a cg:Entity ; rdfs:label ?label .
  OPTIONAL { ?entity a ?class . FILTER (?class != cg:Entity && STRSTARTS(STR(?class), STR(cg:))) }
}
"""
"""Entities with their labels and classes; ``%s`` is empty or a ``VALUES ?entity`` block naming some."""

_CLAIMS = """
SELECT ?claim ?typeIri ?statement ?subject ?predicate ?object ?claimant ?document ?publisher ?exact
       ?about ?aboutStart ?aboutEnd ?stated ?value ?amount ?min ?max ?currency ?approximate ?reviewed ?verdict
WHERE {
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
    { SELECT ?claim ?anchor WHERE { ?claim cg:anchor ?anchor } }
    { SELECT ?anchor ?quote WHERE { ?anchor oa:hasSelector ?quote } }
    { SELECT ?quote WHERE { ?quote a oa:TextQuoteSelector } }
    { SELECT ?quote ?exact WHERE { ?quote oa:exact ?exact } }
  }
  OPTIONAL {
    { SELECT ?claim ?aboutNode WHERE { ?claim cg:timeAbout ?aboutNode } }
    { SELECT ?aboutNode ?about WHERE { ?aboutNode cg:timeValue ?about } }
  }
  OPTIONAL {
    { SELECT ?claim ?intervalNode WHERE { ?claim cg:timeAbout ?intervalNode } }
    { SELECT ?intervalNode ?aboutStart WHERE { ?intervalNode cg:intervalStart ?aboutStart } }
    { SELECT ?intervalNode ?aboutEnd WHERE { ?intervalNode cg:intervalEnd ?aboutEnd } }
  }
  OPTIONAL {
    { SELECT ?claim ?statedNode WHERE { ?claim cg:stated ?statedNode } }
    { SELECT ?statedNode ?stated WHERE { ?statedNode cg:timeValue ?stated } }
  }
  OPTIONAL {
    { SELECT ?claim ?subject ?predicate ?value WHERE { GRAPH ?claim { ?subject ?predicate ?value } } }
    OPTIONAL { SELECT ?claim ?value ?currency WHERE { GRAPH ?claim { ?value schema:currency ?currency } } }
    OPTIONAL { SELECT ?claim ?value ?amount WHERE { GRAPH ?claim { ?value schema:value ?amount } } }
    OPTIONAL { SELECT ?claim ?value ?min WHERE { GRAPH ?claim { ?value schema:minValue ?min } } }
    OPTIONAL { SELECT ?claim ?value ?max WHERE { GRAPH ?claim { ?value schema:maxValue ?max } } }
    OPTIONAL { SELECT ?claim ?value ?approximate WHERE { GRAPH ?claim { ?value cg:approximate ?approximate } } }
  }
  OPTIONAL {
    SELECT ?claim ?reviewed ?verdict WHERE {
      ?review a schema:ClaimReview ; schema:itemReviewed ?claim ; schema:datePublished ?reviewed ;
              schema:reviewRating/schema:alternateName ?verdict .
      FILTER NOT EXISTS {
        ?newer a schema:ClaimReview ; schema:itemReviewed ?claim ; schema:datePublished ?later .
        FILTER (?later > ?reviewed)
      }
    }
  }
}
"""
"""Every claim with its value and current verdict, one row per combination of its facts.

Every triple pattern (or path) is a subquery of its own: Oxigraph then
evaluates each as one index scan and joins them by hashing. Written as plain
groups and paths (the same algebra), it looked every claim's facts up one
index seek at a time, about four times slower at 10,000 claims.
"""

_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


@dataclass(frozen=True)
class Entity:
    """A node of the network."""

    id: str
    iri: str
    label: str
    type: str


@dataclass(frozen=True)
class Value:
    """What a claim asserts: money (a range when ``minimum`` and ``maximum`` are set), a literal, or an entity."""

    kind: str
    """``money``, ``literal`` or ``entity``."""
    text: str
    datatype: str | None = None
    currency: str | None = None
    amount: float | None = None
    minimum: float | None = None
    maximum: float | None = None
    approximate: bool = False


@dataclass(frozen=True)
class ClaimRecord:
    """One claim as the network and its analyses see it."""

    id: str
    iri: str
    type: str
    statement: str
    subject: str
    predicate: str
    claimant: str
    document: str
    quote: str | None
    object: str | None = None
    publisher: str | None = None
    about: str | None = None
    about_interval: tuple[str, str] | None = None
    stated: str | None = None
    value: Value | None = None
    verdict_label: str = reviews.NOT_REVIEWED_LABEL
    """The current review's rating as it was written; reviews other tools wrote count too."""
    reviewed: str | None = None

    @property
    def verdict(self) -> str:
        """The current verdict's normalised name (``none`` without a review), as filters take it."""
        return reviews.NOT_REVIEWED if self.reviewed is None else reviews.verdict_name(self.verdict_label)

    @property
    def predicate_name(self) -> str:
        """The predicate's local name, e.g. ``valuation``."""
        return local_name(self.predicate)

    @property
    def own_word(self) -> bool:
        """The article states this itself: its claimant is the document's publisher."""
        return self.publisher is not None and self.claimant == self.publisher

    def links(self) -> list[tuple[str, str, str]]:
        """The edges this claim makes, as (kind, from, to)."""
        links = []
        if self.object is not None and self.object != self.subject:
            links.append((ASSERTION, self.subject, self.object))
        if self.claimant != self.subject:
            links.append((ATTRIBUTION, self.claimant, self.subject))
        return links


@dataclass(frozen=True)
class Network:
    """Entities and claims read from the store; ``graph()`` assembles them for networkx."""

    entities: dict[str, Entity]
    claims: dict[str, ClaimRecord] = field(default_factory=dict)

    def graph(self) -> nx.Graph:
        """The undirected entity graph.

        Nodes carry ``label``, ``type``, ``iri`` and claim counts (``claims``,
        ``about``, ``mentioned``, ``made``); every edge carries ``claims`` (the
        records behind it, with ``kind`` per record in ``kinds``), ``weight``
        (their number) and ``predicates``; ``graph.graph["network"]`` is this
        network. Nodes and edges are added in sorted
        order, so every analysis on the graph is reproducible.
        """
        graph = nx.Graph(network=self)
        counts: dict[str, dict[str, set[str]]] = {
            entity: {"about": set(), "mentioned": set(), "made": set()} for entity in self.entities
        }
        for claim in self.claims.values():
            counts.setdefault(claim.subject, {"about": set(), "mentioned": set(), "made": set()})["about"].add(claim.id)
            if claim.object is not None and claim.object in counts:
                counts[claim.object]["mentioned"].add(claim.id)
            if claim.claimant in counts:
                counts[claim.claimant]["made"].add(claim.id)
        for entity_id in sorted(self.entities):
            entity = self.entities[entity_id]
            kinds = counts[entity_id]
            graph.add_node(
                entity_id,
                label=entity.label,
                type=entity.type,
                iri=entity.iri,
                about=len(kinds["about"]),
                mentioned=len(kinds["mentioned"]),
                made=len(kinds["made"]),
                claims=len(kinds["about"] | kinds["mentioned"] | kinds["made"]),
            )
        edges: dict[tuple[str, str], dict[str, object]] = {}  # gathered first, added at once: networkx's lookups cost
        for claim_id in sorted(self.claims):
            claim = self.claims[claim_id]
            for kind, source, target in claim.links():
                if source not in self.entities or target not in self.entities:
                    continue
                data = edges.get((source, target)) or edges.get((target, source))
                if data is None:
                    data = edges[source, target] = {"claims": [], "kinds": [], "directions": [], "predicates": [], "weight": 0}
                data["claims"].append(claim)
                data["kinds"].append(kind)
                data["directions"].append((source, target))
                if claim.predicate_name not in data["predicates"]:
                    data["predicates"].append(claim.predicate_name)
                data["weight"] += 1
        graph.add_edges_from((source, target, data) for (source, target), data in edges.items())
        return graph


def local_name(iri: str) -> str:
    """The name after the ``#`` of a vocabulary IRI, or the id at the end of one of ours.

    >>> local_name("https://w3id.org/claimgraph/ns#fundingRaised")
    'fundingRaised'
    """
    return iri.rsplit("#", 1)[1] if "#" in iri else short_id(iri)


def entity_type_name(class_iri: str) -> str:
    """The entity type of one of our classes (the inverse of ``mapping.entity_class``).

    >>> entity_type_name("https://w3id.org/claimgraph/ns#GovernmentBody")
    'government_body'
    """
    return _CAMEL.sub("_", local_name(class_iri)).lower()


def money_text(amount: float | None) -> str:
    """An amount in short words.

    >>> money_text(1.1e12), money_text(4.7e9), money_text(120e6), money_text(950)
    ('1.1tn', '4.7bn', '120m', '950')
    """
    if amount is None:
        return "?"
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(amount) >= size:
            return f"{amount / size:.3g}{suffix}"
    return f"{amount:.6g}"


def _value(row: dict[str, cells.Cell | None]) -> Value | None:
    if row["value"] is None:
        return None
    currency = cells.text(row["currency"])
    if currency is not None:
        amount, minimum, maximum = cells.number(row["amount"]), cells.number(row["min"]), cells.number(row["max"])
        approximate = row["approximate"] is not None and bool(row["approximate"].value)
        low, high = (minimum, maximum) if amount is None else (amount, amount)
        text = money_text(low) if low == high else f"{money_text(low)} to {money_text(high)}"
        text = ("about " if approximate else "") + f"{text} {currency}"
        return Value(
            kind="money", text=text, currency=currency, amount=amount,
            minimum=minimum, maximum=maximum, approximate=approximate,
        )
    if row["object"] is not None:
        return Value(kind="entity", text=short_id(row["object"].text))
    literal = row["value"]
    return Value(kind="literal", text=literal.text, datatype=None if literal.datatype is None else local_name(literal.datatype))


def read_network(store: Store) -> Network:
    """Read every entity and claim (with its value and current verdict) out of the store.

    Where a claim has several rows (two current reviews of the same day, two
    values of one fact), the row with the newest review wins, then the one with
    the greater verdict label, then the first.
    """
    return Network(entities=read_entities(store), claims=_claim_records(cells.select_cells(store, _CLAIMS), cells.Memo(short_id)))


def read_entities(store: Store, entity_ids: Iterable[str] | None = None) -> dict[str, Entity]:
    """Every entity (or just these), each with its most specific type."""
    values = "" if entity_ids is None else "VALUES ?entity { " + " ".join(f"<{entity_iri(e)}>" for e in sorted(entity_ids)) + " }"
    entities: dict[str, Entity] = {}
    for row in cells.select_cells(store, _ENTITIES % values):
        entity_id = short_id(row["entity"].text)
        kind = "entity" if row["class"] is None else entity_type_name(row["class"].text)
        known = entities.get(entity_id)
        if known is None or known.type == "entity":
            entities[entity_id] = Entity(entity_id, row["entity"].text, cells.text(row["label"]), kind)
    return entities


def read_claim_network(store: Store, claim_ids: Iterable[str]) -> Network:
    """Just these claims and the entities they name, read as :func:`read_network` reads them
    (a claim's page at 100,000 claims without reading them all)."""
    claims = read_claims(store, claim_ids)
    named = {entity for claim in claims.values() for entity in (claim.subject, claim.object, claim.claimant) if entity}
    return Network(entities=read_entities(store, named), claims=claims)


_SELECTS_CLAIM = re.compile(r"SELECT \?claim [^{]*WHERE \{")
"""The start of ``_CLAIMS`` and of each of its subqueries that selects ``?claim``."""


def read_claims(store: Store, claim_ids: Iterable[str]) -> dict[str, ClaimRecord]:
    """The records of these claims, read as :func:`read_network` reads them (its query, restricted to them).

    Every part of the query that selects ``?claim`` gets the restriction: one
    at the top does not reach into the subqueries, which then scan every
    claim (three claims at 100,000: 5.3 s so, 0.65 s restricted throughout).
    Claims no longer in the store are left out.
    """
    iris = " ".join(f"<{claim_iri(claim_id)}>" for claim_id in sorted(set(claim_ids)))
    if not iris:
        return {}
    query = _SELECTS_CLAIM.sub(lambda start: f"{start.group(0)} VALUES ?claim {{ {iris} }}", _CLAIMS)
    return _claim_records(cells.select_cells(store, query), cells.Memo(short_id))


def _claim_records(rows: list[dict[str, cells.Cell | None]], ids: cells.Memo) -> dict[str, ClaimRecord]:
    """The claims in rows of ``_CLAIMS``, one record each, chosen as :func:`read_network` says."""
    claims: dict[str, ClaimRecord] = {}
    for row in rows:
        iri = row["claim"].text
        claim_id = short_id(iri)
        reviewed = cells.text(row["reviewed"])
        known = claims.get(claim_id)
        if known is not None and (known.reviewed or "", known.verdict_label) >= (reviewed or "", cells.text(row["verdict"]) or ""):
            continue
        interval = None
        if row["aboutStart"] is not None and row["aboutEnd"] is not None:
            interval = (cells.text(row["aboutStart"]), cells.text(row["aboutEnd"]))
        claims[claim_id] = ClaimRecord(
            id=claim_id,
            iri=iri,
            type=row["typeIri"].text.partition("#")[2],
            statement=cells.text(row["statement"]),
            subject=ids[row["subject"].text],
            predicate=row["predicate"].text,
            claimant=ids[row["claimant"].text],
            document=ids[row["document"].text],
            quote=cells.text(row["exact"]),
            object=None if row["object"] is None else ids[row["object"].text],
            publisher=None if row["publisher"] is None else ids[row["publisher"].text],
            about=None if row["about"] is None else row["about"].text,
            about_interval=interval,
            stated=None if row["stated"] is None else row["stated"].text,
            value=_value(row),
            verdict_label=cells.text(row["verdict"]) or reviews.NOT_REVIEWED_LABEL,
            reviewed=reviewed,
        )
    return claims


def project(store: Store) -> nx.Graph:
    """The entity network of everything in the store."""
    return read_network(store).graph()


@dataclass(frozen=True)
class Filters:
    """What to keep of the network; empty means everything."""

    entity_types: tuple[str, ...] = ()
    claim_types: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()
    time_from: date | None = None
    time_to: date | None = None

    @property
    def on_claims(self) -> bool:
        """Whether any filter applies to claims (then only entities they link are kept)."""
        return bool(self.claim_types or self.verdicts or self.time_from or self.time_to)


def parse_date(text: str | None, name: str) -> date | None:
    """An ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) from a filter, or None.

    >>> parse_date("2024", "from")
    datetime.date(2024, 1, 1)

    Raises:
        InputError: the text is not such a date.
    """
    if not text:
        return None
    parts = text.split("-")
    try:
        if len(parts) > 3 or not all(part.isdigit() for part in parts):
            raise ValueError(text)
        numbers = [int(part) for part in parts] + [1] * (3 - len(parts))
        return date(*numbers)
    except ValueError:
        raise InputError(f"{name}: {text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)") from None


def _claim_kept(claim: ClaimRecord, filters: Filters) -> bool:
    if filters.claim_types and claim.type not in filters.claim_types:
        return False
    if filters.verdicts and claim.verdict not in filters.verdicts:
        return False
    if filters.time_from or filters.time_to:
        if claim.about_interval is None:
            return False
        start, end = (date.fromisoformat(day) for day in claim.about_interval)
        if filters.time_from and end < filters.time_from:
            return False
        if filters.time_to and start > filters.time_to:
            return False
    return True


def filter_network(network: Network, filters: Filters) -> Network:
    """The part of the network the filters keep.

    Raises:
        InputError: an unknown entity or claim type, or a time range that ends before it starts.
    """
    for name, given, known in (("entity type", filters.entity_types, ENTITY_TYPES), ("claim type", filters.claim_types, CLAIM_TYPES)):
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise InputError(f"unknown {name} {', '.join(map(repr, unknown))}; use one of {', '.join(known)}")
    if filters.time_from and filters.time_to and filters.time_from > filters.time_to:
        raise InputError(f"the time range ends ({filters.time_to}) before it starts ({filters.time_from})")
    entities = {
        key: entity for key, entity in network.entities.items()
        if not filters.entity_types or entity.type in filters.entity_types
    }
    claims = {key: claim for key, claim in network.claims.items() if _claim_kept(claim, filters)}
    if filters.on_claims:
        touched = {entity for claim in claims.values() for _, a, b in claim.links() for entity in (a, b)}
        touched |= {claim.subject for claim in claims.values()}
        entities = {key: entity for key, entity in entities.items() if key in touched}
    return replace(network, entities=entities, claims=claims)


def entity_or_error(network: Network, entity_id: str) -> Entity:
    """The entity with this id.

    Raises:
        NotFoundError: no entity has this id.
    """
    entity = network.entities.get(entity_id)
    if entity is None:
        raise NotFoundError(f"no entity with id {excerpt(entity_id)}")
    return entity


def claim_or_error(network: Network, claim_id: str) -> ClaimRecord:
    """The claim with this id.

    Raises:
        NotFoundError: no claim has this id.
    """
    claim = network.claims.get(claim_id)
    if claim is None:
        raise NotFoundError(f"no claim with id {excerpt(claim_id)}")
    return claim


def neighbourhood(graph: nx.Graph, entity_id: str, radius: int = 1) -> nx.Graph:
    """The entities within ``radius`` hops of one entity, with the edges among them.

    Raises:
        NotFoundError: the entity is not in the graph.
        InputError: a radius other than 1 or 2.
    """
    if radius not in (1, 2):
        raise InputError(f"radius must be 1 or 2, not {radius}")
    if entity_id not in graph:
        raise NotFoundError(f"no entity with id {excerpt(entity_id)}")
    return nx.ego_graph(graph, entity_id, radius=radius)


def claim_provenance(store: Store, network: Network, claim_id: str) -> nx.DiGraph:
    """The provenance of one claim as a small directed graph.

    Nodes have a ``kind`` (claim, entity, value, document, quote, review) and
    a ``label``; edges a ``label`` saying how the two relate. The reviews come
    from ``kg.reviews``, as the REST API has them.

    Raises:
        NotFoundError: no claim has this id.
    """
    claim = claim_or_error(network, claim_id)
    graph = nx.DiGraph(claim=claim)
    claim_node = f"claim:{claim.id}"
    graph.add_node(claim_node, kind="claim", label=claim.statement, iri=claim.iri)

    def entity(entity_id: str) -> str:
        known = network.entities.get(entity_id)
        node = f"entity:{entity_id}"
        graph.add_node(
            node, kind="entity", entity=entity_id, type=known.type if known else "entity",
            label=known.label if known else entity_id, iri=str(entity_iri(entity_id)),
        )
        return node

    graph.add_edge(claim_node, entity(claim.subject), label="about")
    if claim.object is not None:
        graph.add_edge(claim_node, entity(claim.object), label=claim.predicate_name)
    elif claim.value is not None:
        graph.add_node("value", kind="value", label=claim.value.text)
        graph.add_edge(claim_node, "value", label=claim.predicate_name)
    graph.add_edge(claim_node, entity(claim.claimant), label="attributed to")
    document_node = f"document:{claim.document}"
    graph.add_node(document_node, kind="document", label=claim.document)
    graph.add_edge(claim_node, document_node, label="derived from")
    if claim.quote is not None:
        graph.add_node("quote", kind="quote", label=claim.quote)
        graph.add_edge("quote", document_node, label="quoted from")
        graph.add_edge(claim_node, "quote", label="anchored in")
    for review in reviews.history(store, claim_id):
        node = f"review:{review['id']}"
        graph.add_node(node, kind="review", label=f"{review['label']} ({str(review['date'])[:10]})")
        graph.add_edge(node, claim_node, label="reviews")
    return graph

