"""Project the entity network out of the store: entities as nodes, claims as the edges linking them.

Three SELECT queries read everything (entities, claims with their values and
current verdicts, and the claims' provenance for one claim's view); the graph
is then assembled in Python from the rows. A claim links its subject to its
object entity (an *assertion* edge) and its claimant to its subject (an
*attribution* edge); every edge keeps the claims behind it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

import networkx as nx

from claimgraph.claims.errors import InputError, NotFoundError
from claimgraph.claims.model import CLAIM_TYPES, ENTITY_TYPES
from claimgraph.kg import reviews
from claimgraph.kg.namespaces import entity_iri, short_id, sparql_prefixes
from claimgraph.kg.store import Store


ASSERTION = "assertion"
ATTRIBUTION = "attribution"

_ENTITIES = """
SELECT ?entity ?label ?class WHERE {
  ?entity a cg:Entity ; rdfs:label ?label .
  OPTIONAL { ?entity a ?class . FILTER (?class != cg:Entity && STRSTARTS(STR(?class), STR(cg:))) }
}
"""

_CLAIMS = """
SELECT ?claim ?type ?statement ?subject ?predicate ?object ?claimant ?document ?publisher ?exact
       ?about ?aboutStart ?aboutEnd ?stated ?value ?amount ?min ?max ?currency ?approximate
       ?review ?reviewed ?verdict
WHERE {
  ?claim a cg:Claim ; cg:claimType ?typeIri ; cg:statement ?statement ; schema:about ?subject ;
         cg:predicate ?predicate ; prov:wasAttributedTo ?claimant ; prov:wasDerivedFrom ?document .
  OPTIONAL { ?claim schema:mentions ?object }
  OPTIONAL { ?document dcterms:publisher ?publisher }
  OPTIONAL { ?claim cg:anchor/oa:hasSelector ?quote . ?quote a oa:TextQuoteSelector ; oa:exact ?exact }
  OPTIONAL { ?claim cg:timeAbout/cg:timeValue ?about }
  OPTIONAL { ?claim cg:timeAbout ?aboutNode . ?aboutNode cg:intervalStart ?aboutStart ; cg:intervalEnd ?aboutEnd }
  OPTIONAL { ?claim cg:stated/cg:timeValue ?stated }
  OPTIONAL {
    GRAPH ?claim { ?subject ?predicate ?value }
    OPTIONAL { GRAPH ?claim { ?value schema:currency ?currency } }
    OPTIONAL { GRAPH ?claim { ?value schema:value ?amount } }
    OPTIONAL { GRAPH ?claim { ?value schema:minValue ?min } }
    OPTIONAL { GRAPH ?claim { ?value schema:maxValue ?max } }
    OPTIONAL { GRAPH ?claim { ?value cg:approximate ?approximate } }
  }
  OPTIONAL {
    ?review a schema:ClaimReview ; schema:itemReviewed ?claim ; schema:datePublished ?reviewed ;
            schema:reviewRating/schema:alternateName ?verdict .
    FILTER NOT EXISTS {
      ?newer a schema:ClaimReview ; schema:itemReviewed ?claim ; schema:datePublished ?later .
      FILTER (?later > ?reviewed)
    }
  }
  BIND (STRAFTER(STR(?typeIri), "#") AS ?type)
}
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
        for claim_id in sorted(self.claims):
            claim = self.claims[claim_id]
            for kind, source, target in claim.links():
                if source not in self.entities or target not in self.entities:
                    continue
                if not graph.has_edge(source, target):
                    graph.add_edge(source, target, claims=[], kinds=[], directions=[], predicates=[], weight=0)
                data = graph.edges[source, target]
                data["claims"].append(claim)
                data["kinds"].append(kind)
                data["directions"].append((source, target))
                if claim.predicate_name not in data["predicates"]:
                    data["predicates"].append(claim.predicate_name)
                data["weight"] += 1
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


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _number(value: object) -> float | None:
    return None if value is None else float(value)


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


def _value(row: dict[str, object], raw: dict[str, object]) -> Value | None:
    value = row["value"]
    if value is None:
        return None
    if row["currency"] is not None:
        amount, minimum, maximum = _number(row["amount"]), _number(row["min"]), _number(row["max"])
        low, high = (minimum, maximum) if amount is None else (amount, amount)
        text = money_text(low) if low == high else f"{money_text(low)} to {money_text(high)}"
        text = ("about " if row["approximate"] else "") + f"{text} {row['currency']}"
        return Value(
            kind="money", text=text, currency=str(row["currency"]), amount=amount,
            minimum=minimum, maximum=maximum, approximate=bool(row["approximate"]),
        )
    if row["object"] is not None:
        return Value(kind="entity", text=short_id(str(row["object"])))
    literal = raw["value"]
    datatype = getattr(literal, "datatype", None)
    return Value(kind="literal", text=str(literal), datatype=None if datatype is None else local_name(str(datatype)))


def read_network(store: Store) -> Network:
    """Read every entity and claim (with its value and current verdict) out of the store."""
    entities: dict[str, Entity] = {}
    for row in store.select(_ENTITIES):
        entity_id = short_id(str(row["entity"]))
        kind = "entity" if row["class"] is None else entity_type_name(str(row["class"]))
        known = entities.get(entity_id)
        if known is None or known.type == "entity":
            entities[entity_id] = Entity(entity_id, str(row["entity"]), str(row["label"]), kind)
    claims: dict[str, ClaimRecord] = {}
    for row, raw in _rows(store, _CLAIMS):
        claim_id = short_id(str(row["claim"]))
        reviewed = _text(row["reviewed"])
        known = claims.get(claim_id)
        if known is not None and (known.reviewed or "", known.verdict_label) >= (reviewed or "", _text(row["verdict"]) or ""):
            continue
        interval = None
        if row["aboutStart"] is not None and row["aboutEnd"] is not None:
            interval = (str(row["aboutStart"]), str(row["aboutEnd"]))
        claims[claim_id] = ClaimRecord(
            id=claim_id,
            iri=str(row["claim"]),
            type=str(row["type"]),
            statement=str(row["statement"]),
            subject=short_id(str(row["subject"])),
            predicate=str(row["predicate"]),
            claimant=short_id(str(row["claimant"])),
            document=short_id(str(row["document"])),
            quote=_text(row["exact"]),
            object=None if row["object"] is None else short_id(str(row["object"])),
            publisher=None if row["publisher"] is None else short_id(str(row["publisher"])),
            about=_text(raw["about"]),
            about_interval=interval,
            stated=_text(raw["stated"]),
            value=_value(row, raw),
            verdict_label=_text(row["verdict"]) or reviews.NOT_REVIEWED_LABEL,
            reviewed=reviewed,
        )
    return Network(entities=entities, claims=claims)


def _rows(store: Store, query: str) -> Iterable[tuple[dict[str, object], dict[str, object]]]:
    """Rows of a SELECT as Python values and as the raw RDF terms (for lexical forms and datatypes)."""
    result = store.query(sparql_prefixes() + query)
    names = [str(var) for var in result.vars]
    for row in result:
        raw = dict(zip(names, row))
        yield {name: (None if term is None else term.toPython()) for name, term in raw.items()}, raw


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
        raise NotFoundError(f"no entity with id {entity_id!r}")
    return entity


def claim_or_error(network: Network, claim_id: str) -> ClaimRecord:
    """The claim with this id.

    Raises:
        NotFoundError: no claim has this id.
    """
    claim = network.claims.get(claim_id)
    if claim is None:
        raise NotFoundError(f"no claim with id {claim_id!r}")
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
        raise NotFoundError(f"no entity with id {entity_id!r}")
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

