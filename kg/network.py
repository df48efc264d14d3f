"""Project the entity network out of the store: entities as nodes, claims on the record as the edges linking them.

The entities come from one SELECT, the claims from the claim projection
(:mod:`~claimgraph.kg.projection`), and the graph is assembled in Python. A
claim links its subject to its object entity (an *assertion* edge) and its
claimant to its subject (an *attribution* edge); every edge keeps the claims
behind it. The network the service keeps holds each claim as it links
(:class:`~claimgraph.kg.projection.ClaimLink`); a view, tooltip or path reads
the records it shows (:meth:`Network.records`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

import networkx as nx

from claimgraph.claims import lifecycle
from claimgraph.claims.errors import InputError
from claimgraph.kg.errors import NotFoundError
from claimgraph.claims.model import CLAIM_TYPES, ENTITY_TYPES
from claimgraph.kg import cells, projection
from claimgraph.kg.collector import collector_held
from claimgraph.kg.namespaces import entity_iri, short_id
from claimgraph.kg.projection import ClaimLink, ClaimRecord
from claimgraph.kg.store import Store, Touched
from claimgraph.kg.errors import excerpt

_ENTITIES = """
SELECT ?entity ?label ?class WHERE {
  %s
  ?entity a cg:Entity ; rdfs:label ?label .
  OPTIONAL { ?entity a ?class . FILTER (?class != cg:Entity && STRSTARTS(STR(?class), STR(cg:))) }
}
"""
"""Entities with their labels and classes; ``%s`` is empty or a ``VALUES ?entity`` block naming some."""

_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


@dataclass(frozen=True)
class Entity:
    """A node of the network."""

    id: str
    iri: str
    label: str
    type: str


@dataclass(frozen=True)
class Network:
    """Entities and claims read from the store; ``graph()`` assembles them for networkx."""

    entities: dict[str, Entity]
    claims: dict[str, ClaimLink] = field(default_factory=dict)
    """Every claim as it links (:func:`read_structure`), or its whole record (:func:`read_network`)."""
    store: Store | None = field(default=None, compare=False, repr=False)
    """Where the records of claims held as links are read (:meth:`records`)."""
    read: dict[str, ClaimRecord] = field(default_factory=dict, compare=False, repr=False)
    """The records read so far, as stored (kept with the network between writes, less those of the claims a write
    changed; a network read anew starts with none), each handed out with the verdict of the network asking."""

    def records(self, claim_ids: Iterable[str]) -> dict[str, ClaimRecord]:
        """The records of these claims of the network, by id in the order given: those held, those read before, and the
        others looked up (100 a query; never every claim at once: a view's tooltips name a quarter of them, and a scan
        of a million claims held gigabytes)."""
        wanted = [key for key in dict.fromkeys(claim_ids) if key in self.claims]
        missing = [key for key in wanted if not isinstance(self.claims[key], ClaimRecord) and key not in self.read]
        if missing:
            self.read.update(projection.read_claims(self.store, missing))
        found = {}
        for key in wanted:
            claim = self.claims[key]
            if isinstance(claim, ClaimRecord):
                found[key] = claim
            elif key in self.read:
                found[key] = replace(self.read[key], status=claim.status, review=claim.review)
        return found

    def statements(self, claim_ids: Iterable[str]) -> dict[str, str]:
        """The statements of these claims of the network, by id: those of the records held, the others read."""
        wanted = [key for key in dict.fromkeys(claim_ids) if key in self.claims]
        held = {key: self.claims[key].statement for key in wanted if isinstance(self.claims[key], ClaimRecord)}
        read = projection.read_statements(self.store, [key for key in wanted if key not in held]) if len(held) < len(wanted) else {}
        return {key: held[key] if key in held else read[key] for key in wanted if key in held or key in read}

    def whole(self) -> Network:
        """This network with every claim's record (for the analyses that read every claim's value, time or document):
        read in one scan when most are not held."""
        if sum(not isinstance(claim, ClaimRecord) for claim in self.claims.values()) * 4 <= len(self.claims):
            return replace(self, claims=self.records(self.claims))
        every = projection.every_claim(self.store)
        records = {key: claim if isinstance(claim, ClaimRecord) else replace(every[key], status=claim.status, review=claim.review)
                   for key, claim in self.claims.items() if isinstance(claim, ClaimRecord) or key in every}
        return replace(self, claims=records)

    @collector_held()
    def graph(self) -> nx.Graph:
        """The undirected entity graph.

        Nodes carry ``label``, ``type``, ``iri`` and claim counts (``claims``,
        ``about``, ``mentioned``, ``made``); every edge carries ``claims`` (the
        ids of the claims behind it, with ``kind`` per claim in ``kinds``),
        ``weight`` (their number) and ``predicates``, in tuples. The graph holds
        ids, not records, so a review (which changes a record, never a link) leaves it
        as it is. Nodes and edges are added in sorted order, so every analysis
        on the graph is reproducible.
        """
        graph = nx.Graph()
        about, mentioned, made, named = Counter(), Counter(), Counter(), Counter()
        for claim in self.claims.values():
            about[claim.subject] += 1
            mentioned[claim.object] += 1
            made[claim.claimant] += 1
            named.update({claim.subject, claim.object, claim.claimant})  # each entity once per claim
        for entity_id in sorted(self.entities):
            graph.add_node(entity_id, **_node_data(self.entities[entity_id], about[entity_id], mentioned[entity_id], made[entity_id], named[entity_id]))
        edges: dict[tuple[str, str], dict[str, object]] = {}  # gathered first, added at once: networkx's lookups cost
        directions: dict[tuple[str, str], tuple[str, str]] = {}  # one tuple per direction, not one per link
        for claim_id in sorted(self.claims):
            claim = self.claims[claim_id]
            for kind, source, target in claim.links():
                if source not in self.entities or target not in self.entities:
                    continue
                data = edges.get((source, target)) or edges.get((target, source))
                if data is None:
                    data = edges[source, target] = _edge_data()
                direction = directions.setdefault((source, target), (source, target))
                _add_link(data, claim, kind, *direction, direction)
        graph.add_edges_from((source, target, _sealed(data)) for (source, target), data in edges.items())
        return graph

    def graph_from(self, before: Network, graph: nx.Graph, assemble: Callable[[], nx.Graph] | None = None) -> nx.Graph:
        """What :meth:`graph` assembles, made from ``before``'s graph when this network names the entities ``before``
        names, equal, perhaps with more (an ingest proposes some), and the two differ in a few claims (the record as of
        a time, or after a write, from the kept network): only the links of the claims that differ (another record, by
        identity) or name a new entity are counted again. Nodes, their order and every node's and edge's data equal
        :meth:`graph`'s; an edge made anew comes last, so use it where the order of edges does not count (PageRank,
        betweenness, drawing), not for an analysis whose result it can change (Louvain's ties). Where it cannot, the
        graph is ``assemble``'s (a kept :meth:`graph`), else assembled."""
        entities_kept = before.entities.keys() <= self.entities.keys() and all(
            self.entities[key] == entity for key, entity in before.entities.items())
        new = self.entities.keys() - before.entities.keys() if entities_kept else set()
        changed = [key for key in before.claims.keys() | self.claims.keys() if before.claims.get(key) is not self.claims.get(key)
                   or new and not new.isdisjoint((self.claims[key].subject, self.claims[key].object, self.claims[key].claimant))]
        if not entities_kept or len(changed) * 4 > len(self.claims):
            return (assemble or self.graph)()
        # A copy that shares what it does not change: the maps of nodes and of each node's neighbours are new (a
        # dict copy each, in C; Graph.copy copies every edge's data in Python, 0.5 s at 100,000 claims); a node's or
        # an edge's data is replaced by a new dict where it changes, never changed in place.
        result, pairs, own = nx.Graph(), set(), set()
        result._node = dict(graph._node)
        result._adj = {node: dict(neighbours) for node, neighbours in graph._adj.items()}
        for network, sign in ((before, -1), (self, 1)):
            if sign == 1:  # the new entities' nodes, counted from this network's claims only
                for entity_id in new:
                    result._node[entity_id] = _node_data(self.entities[entity_id])
                    result._adj[entity_id] = {}
                    own.add(entity_id)
            for key in changed:
                claim = network.claims.get(key)
                if claim is None:
                    continue
                counts = [("about", claim.subject), ("mentioned", claim.object), ("made", claim.claimant)]
                counts += [("claims", entity) for entity in {claim.subject, claim.object, claim.claimant}]
                for count, entity in counts:
                    if entity in result._node:
                        if entity not in own:
                            result._node[entity] = dict(result._node[entity])
                            own.add(entity)
                        result._node[entity][count] += sign
                pairs.update(frozenset((source, target)) for _, source, target in claim.links()
                             if source in self.entities and target in self.entities)
        if new:  # in the order graph() adds them
            result._node = {node: result._node[node] for node in sorted(result._node)}
            result._adj = {node: result._adj[node] for node in sorted(result._adj)}
        gone = set(changed)
        for pair in pairs:
            source, target = sorted(pair)
            on_it = set(result[source][target]["claims"]) - gone if result.has_edge(source, target) else set()
            on_it |= {key for key in gone if key in self.claims
                      and any(frozenset((s, t)) == pair for _, s, t in self.claims[key].links())}
            data = _edge_data()
            for key in sorted(on_it):
                for kind, s, t in self.claims[key].links():
                    if frozenset((s, t)) == pair:
                        _add_link(data, self.claims[key], kind, s, t)
            if data["weight"]:
                result._adj[source][target] = result._adj[target][source] = _sealed(data)
            elif result.has_edge(source, target):
                del result._adj[source][target], result._adj[target][source]
        return result


def _node_data(entity: Entity, about: int = 0, mentioned: int = 0, made: int = 0, claims: int = 0) -> dict[str, object]:
    """An entity's node data (see :meth:`Network.graph`): the claims about it, naming it as the object, made by it, and
    naming it at all."""
    return {"label": entity.label, "type": entity.type, "iri": entity.iri, "about": about, "mentioned": mentioned, "made": made,
            "claims": claims}


def _edge_data() -> dict[str, object]:
    """An edge's data before any claim is on it (see :meth:`Network.graph`)."""
    return {"claims": [], "kinds": [], "directions": [], "predicates": [], "weight": 0}


def _sealed(data: dict[str, object]) -> dict[str, object]:
    """An edge's data once every claim is on it, its lists made tuples: Python's cycle collector stops walking a tuple
    of strings and a dict of such tuples once it has seen them, where a full collection walked every list of every
    edge (0.2 s of the first page after a write at 100,000 claims)."""
    return {key: tuple(value) if isinstance(value, list) else value for key, value in data.items()}


def _add_link(data: dict[str, object], claim: ClaimLink, kind: str, source: str, target: str, direction: tuple[str, str] | None = None) -> None:
    """Put one link of a claim on an edge's data (``direction``: ``(source, target)`` made already)."""
    data["claims"].append(claim.id)
    data["kinds"].append(kind)
    data["directions"].append(direction or (source, target))
    if claim.predicate_name not in data["predicates"]:
        data["predicates"].append(claim.predicate_name)
    data["weight"] += 1

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


@collector_held()
def read_network(store: Store, as_of: datetime | None = None) -> Network:
    """Read every entity and every claim on the record (with its value and current verdict) out of the store
    (``as_of`` a time: the claims on the record then, with their verdicts then)."""
    return Network(entities=read_entities(store), claims=projection.every_claim(store, as_of=as_of))


@collector_held()
def read_structure(store: Store) -> Network:
    """Every entity and every claim on the record as it links (:func:`~claimgraph.kg.projection.every_link`), with its
    current verdict: what the graph, its analyses and the filters need, the records read when shown (:meth:`Network.records`)."""
    return Network(entities=read_entities(store), claims=projection.every_link(store), store=store)


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


def patch_network(store: Store, network: Network, touched: Touched) -> Network:
    """The network after writes that changed only ``touched``'s claims and entities: those read again, the rest kept
    (the first page after a curation at 100,000 claims without reading them all)."""
    records = projection.read_claims(store, touched.claims)
    claims = {key: claim for key, claim in network.claims.items() if key not in touched.claims}
    claims.update((key, claim) for key, claim in records.items() if lifecycle.on_record(claim.status))
    named = touched.entities | {entity for claim in records.values() for entity in (claim.subject, claim.object, claim.claimant) if entity}
    entities = {key: entity for key, entity in network.entities.items() if key not in named}
    entities.update(read_entities(store, named))
    return replace(network, entities=entities, claims=claims, read={key: record for key, record in network.read.items() if key not in touched.claims})


def read_claim_network(store: Store, claim_ids: Iterable[str], as_of: datetime | None = None) -> Network:
    """Just these claims (in whatever state; ``as_of`` a time: those on the record then, as they were) and the
    entities they name, read as :func:`read_network` reads them (a claim's page at 100,000 claims without reading them all)."""
    claims = projection.read_claims(store, claim_ids, as_of)
    named = {entity for claim in claims.values() for entity in (claim.subject, claim.object, claim.claimant) if entity}
    return Network(entities=read_entities(store, named), claims=claims)



_SAME_SUBJECT_AND_PREDICATE = "SELECT ?claim WHERE { ?claim schema:about <%(subject)s> ; cg:predicate <%(predicate)s> . %(record)s }"


def read_matching_network(store: Store, claim: ClaimRecord, as_of: datetime | None = None) -> Network:
    """The claims on the record (now, or ``as_of`` a time) with this claim's subject and predicate, and the entities
    they name: all that matching this one claim (:func:`~claimgraph.kg.matching.group_of`) reads."""
    query = _SAME_SUBJECT_AND_PREDICATE % {
        "subject": entity_iri(claim.subject), "predicate": claim.predicate, "record": projection.on_record(as_of=as_of)}
    return read_claim_network(store, [short_id(row["claim"].text) for row in cells.select_cells(store, query)], as_of)

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


def claim_provenance(store: Store, network: Network, claim_id: str, as_of: datetime | None = None) -> nx.DiGraph:
    """The provenance of one claim as a small directed graph (``as_of`` a time: with the reviews written by then; the
    network is then the one of that time).

    Nodes have a ``kind`` (claim, entity, value, document, quote, review) and
    a ``label``; edges a ``label`` saying how the two relate. The reviews are
    those the REST API shows (:func:`~claimgraph.kg.projection.reviews_of`).

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
        graph.add_node("value", kind="value", label=claim.value_text)
        graph.add_edge(claim_node, "value", label=claim.predicate_name)
    graph.add_edge(claim_node, entity(claim.claimant), label="attributed to")
    document_node = f"document:{claim.document}"
    graph.add_node(document_node, kind="document", label=claim.document)
    graph.add_edge(claim_node, document_node, label="derived from")
    if claim.quote is not None:
        graph.add_node("quote", kind="quote", label=claim.quote)
        graph.add_edge("quote", document_node, label="quoted from")
        graph.add_edge(claim_node, "quote", label="anchored in")
    for review in projection.reviews_of(store, claim, as_of):
        node = f"review:{review['id']}"
        graph.add_node(node, kind="review", label=f"{review['label']} ({str(review['date'])[:10]})")
        graph.add_edge(node, claim_node, label="reviews")
    return graph

