"""What the service derives from the store (the entity network, its graph, centrality, PageRank, communities,
the number of claims listed, their order and what their filters offer), kept while the store is unchanged.

Reading the network out of 100,000 claims takes seconds, and so does
everything computed from it; most requests come between two writes and would
compute the same again. :class:`DerivedCache` keeps two kinds of value:

- the **structure**: the claims on the record and the entities they link, the
  graph, centrality, PageRank, communities, the claim count, order and filter
  choices. It is kept under the store's
  :attr:`~claimgraph.kg.store.Store.structure_version`, which a review leaves
  as it is: a review changes a claim's verdict and status, never an entity, a
  link, a count or a claim's place in the list.
- the **verdicts**: the status and current review of every reviewed claim
  (:func:`~claimgraph.kg.projection.read_verdicts`, one small query), kept
  under :attr:`~claimgraph.kg.store.Store.version`. The network handed out is
  the kept structure with these verdicts.

After a write that says what it changed (:class:`~claimgraph.kg.store.Touched`:
an ingest, a curation), the structure is the kept one with those claims and
entities read again; betweenness is computed again only when the links
changed. The record as of a past time starts from the kept network too, with
the claims that writes since then changed read as they were
(:meth:`DerivedCache.network_as_of`).

A remote store has no version (others write to it behind our back), so
nothing is kept for it. Each value is keyed by the version read before it was
computed: a write that lands during the computation leaves it under the older
version, which the next request recomputes rather than trusts.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import TypeVar

import networkx as nx

from claimgraph.kg import analysis, changes, projection, resources
from claimgraph.kg.network import Entity, Network, patch_network, read_entities, read_network, read_structure
from claimgraph.kg.namespaces import claim_iri, short_id
from claimgraph.kg.store import Store, Touched

T = TypeVar("T")

CentralityRows = tuple[Mapping[str, object], ...]
"""Centrality rows as :func:`claimgraph.kg.analysis.centrality` gives them, read-only."""

Communities = tuple[Mapping[str, object], ...]
"""Communities as :func:`claimgraph.kg.analysis.communities` gives them, read-only (lists as tuples)."""

_STRUCTURE = ("structure", "graph", "centrality", "pagerank", "communities", "claim_count", "claim_order", "claim_filter_choices",
              "claim_places", "never_entered", "entities")
_BY_VERSION = ("verdicts", "network", "whole")
AGREEING_TRIES = 3
"""Writes that may come between reading the network and a value kept with it before the value is computed from the
network itself (:meth:`DerivedCache.network_with_pagerank`, :meth:`DerivedCache.network_with_centrality`)."""


class DerivedCache:
    """What is derived from the store's current version, each value computed once on first use.

    Safe to share between threads: a request that finds nothing kept waits for
    one already computing the same thing and then takes its result. Everything
    handed out is read-only, so no caller can change what the next one gets.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._locks = {name: threading.Lock() for name in _STRUCTURE + _BY_VERSION}
        self._guard = threading.Lock()  # held only to look at or change what is kept
        self._kept: dict[str, tuple[int, object]] = {}  # name -> (the version it was computed for, the value)
        self._betweenness: tuple[object, Mapping[str, float]] | None = None  # (the links it was computed for, the values)
        self._drawn: tuple[Network, nx.Graph] | None = None  # the structure and the graph PageRank was last computed on

    def network(self) -> Network:
        """The entity network (:func:`~claimgraph.kg.network.read_structure`: its claims as they link) with every claim's
        current verdict, read-only."""
        return self._get("network", self._version, self._network)

    def whole(self) -> Network:
        """The network with every claim's record (:meth:`~claimgraph.kg.network.Network.whole`), for the analyses that
        read every claim's value, time or document; kept only once one of them asks."""
        return self._get("whole", self._version, self._whole)

    def _whole(self) -> Network:
        whole = self.network().whole()
        return replace(whole, claims=MappingProxyType(whole.claims))

    def network_as_of(self, as_of: dt.datetime) -> Network:
        """The network as it was on the record ``as_of`` a time: the kept one with the claims that writes since then
        changed read again as they were (:func:`~claimgraph.kg.changes.changed_since`); the kept one itself when no
        write changed any since. Read whole from the store for a remote store."""
        if self.store.version is None:
            return read_network(self.store, as_of)
        network = self.network()
        changed = changes.changed_since(self.store, as_of) | self.never_entered()
        if not changed:
            return network
        if len(changed) * 4 > len(network.claims):  # most of the record differs: one reading is cheaper than lookups
            return read_network(self.store, as_of)
        then = projection.read_claims(self.store, changed, as_of)
        claims = {key: claim for key, claim in network.claims.items() if key not in changed} | then
        named = {entity for claim in then.values() for entity in (claim.subject, claim.object, claim.claimant) if entity}
        return replace(network, entities={**network.entities, **read_entities(self.store, named - network.entities.keys())}, claims=claims)

    def is_kept(self, network: Network) -> bool:
        """Whether this is the network kept for the store as it is (never for a remote store, where nothing is kept)."""
        return self.store.version is not None and network is self.network()

    def graph_of(self, network: Network) -> nx.Graph:
        """A network's graph: the kept one for the kept network (still kept once the graph is taken: no write came
        between), else assembled for this call."""
        return self._kept_for(network, self.graph, Network.graph)

    def graph_near(self, network: Network) -> nx.Graph:
        """A graph equal to ``network``'s (:meth:`~claimgraph.kg.network.Network.graph_from`: its edges perhaps in
        another order): the kept one for the kept network, else made from the kept graph where the two differ in a
        few claims (the record as of a time), else assembled. For PageRank and drawing."""
        if self.is_kept(network):
            return self.graph()
        if self.store.version is None:
            return network.graph()
        version = self.store.structure_version
        kept, graph = self.network(), self.graph()
        if self.store.structure_version != version:  # a write came between the two: they may not agree
            return network.graph()
        return network.graph_from(kept, graph)

    def centrality_of(self, network: Network) -> CentralityRows:
        """A network's centrality: the kept rows for the kept network, else computed for this call."""
        return self._kept_for(network, self.centrality, _centrality_of)

    def _kept_for(self, network: Network, kept: Callable[[], T], of: Callable[[Network], T]) -> T:
        """``kept()`` for the kept network, if it is still the kept one once the value is taken (no write came
        between), else the value computed from the network with ``of``."""
        if self.is_kept(network):
            value = kept()
            if self.is_kept(network):
                return value
        return of(network)

    def reading_time(self, as_of: dt.datetime | None) -> dt.datetime | None:
        """The time to read the record at for ``as_of``: None (now, and what is kept) when no write changed the record
        after it and every claim on it was put there by a write, else ``as_of`` itself."""
        if as_of is None or self.store.version is None or self.never_entered() or changes.changed_since(self.store, as_of):
            return as_of
        return None

    def never_entered(self) -> frozenset[str]:
        """The ids of the claims on the record now that no write put there (written around the service, or before
        writes were dated): as of any time they read as absent. Only claims with a place in a document count: the
        others are listed nowhere."""
        return self._structure("never_entered", self._never_entered)

    def _never_entered(self) -> frozenset[str]:
        """From the claims' places when they are kept; else the store is asked first whether there is any such claim,
        which is all a store whose every claim a write put there needs (2 s against 17 s for the places, 100,000
        claims on a busy machine)."""
        with self._guard:
            kept = self._kept.get("claim_places")
        if (kept is None or kept[0] != self.store.structure_version) and not changes.any_never_entered(self.store):
            return frozenset()
        places = self._claim_places()
        return frozenset(short_id(iri) for iri in places.on_record - places.entered)

    def graph(self) -> nx.Graph:
        """The network's graph (:meth:`~claimgraph.kg.network.Network.graph`), frozen; its edges name claims by id."""
        return self._structure("graph", lambda: nx.freeze(self._structure_network()[1].graph()))

    def centrality(self) -> CentralityRows:
        """Degree, betweenness and PageRank per entity (:func:`~claimgraph.kg.analysis.centrality`), most between first."""
        return self._structure("centrality", self._centrality)

    def network_with_centrality(self) -> tuple[Network, CentralityRows]:
        """The network and the centrality rows computed from it, for pages that need both to agree (on a remote
        store, where nothing is kept, both from one reading)."""
        if self.store.version is None:
            network = read_structure(self.store)
            return network, _centrality_of(network)
        return self._with_network(self.centrality, _centrality_of)

    def network_with_pagerank(self) -> tuple[Network, tuple[nx.Graph, Mapping[str, float]]]:
        """The network and :meth:`pagerank`, of one version of the store, for pages that draw the one with the other."""
        return self._with_network(self.pagerank, _pagerank_of)

    def _with_network(self, kept: Callable[[], T], of: Callable[[Network], T]) -> tuple[Network, T]:
        """The network and ``kept()``, both of one version of the store: taken again when a write came between the two,
        and after :data:`AGREEING_TRIES` such writes computed from the network itself with ``of``."""
        for _ in range(AGREEING_TRIES):
            version = self.store.version
            network, value = self.network(), kept()
            if self.store.version == version:
                return network, value
        network = self.network()
        return network, of(network)

    def pagerank(self) -> tuple[nx.Graph, Mapping[str, float]]:
        """A graph equal to :meth:`graph` and the PageRank of its entities (:func:`~claimgraph.kg.analysis.pagerank`,
        unrounded), for drawing. After a write, the graph is the one PageRank was last computed on with the links of
        the claims the write changed counted again (:meth:`~claimgraph.kg.network.Network.graph_from`: its edges
        perhaps in another order, which neither PageRank nor a drawing minds), not :meth:`graph` assembled anew (5.4 s
        of the first home page after a curation at 100,000 claims)."""
        return self._structure("pagerank", self._pagerank)

    def _pagerank(self) -> tuple[nx.Graph, Mapping[str, float]]:
        network = self._structure_network()[1]
        if self.store.version is None:  # nothing is kept: the graph of the network just read
            return _pagerank_of(network)
        with self._guard:
            drawn = self._drawn
        graph = self.graph() if drawn is None else nx.freeze(network.graph_from(*drawn, assemble=self.graph))
        with self._guard:
            self._drawn = (network, graph)
        return graph, MappingProxyType(analysis.pagerank(graph))

    def communities(self) -> Communities:
        """Louvain communities with the default seed (:func:`~claimgraph.kg.analysis.communities`)."""
        return self._structure("communities", lambda: _read_only(analysis.communities(self.graph())))

    def claim_count(self) -> int:
        """How many claims the claim list has (:func:`~claimgraph.kg.resources.count_claims`): those of the network when
        one is kept that the writes since can bring up to date, else counted in the store."""
        return self._structure("claim_count", self._claim_count)

    def claim_filter_choices(self) -> Mapping[str, Sequence[tuple[str, str]]]:
        """What the claim list's filters offer (:func:`~claimgraph.kg.resources.filter_choices`): from the kept entities
        and claims' places, brought up to date after a write that says what it changed; read from a remote store."""
        return self._structure("claim_filter_choices", lambda: MappingProxyType(
            {name: tuple(pairs) for name, pairs in self._filter_choices().items()}))

    def _filter_choices(self) -> dict[str, list[tuple[str, str]]]:
        if self.store.version is None:
            return resources.claim_filter_choices(self.store)
        return resources.filter_choices(self._entities(), *self._claim_places().listed_by)

    def _entities(self) -> Mapping[str, Entity]:
        return self._structure("entities", self._read_entities)

    def _read_entities(self) -> Mapping[str, Entity]:
        """Every entity read whole, or the kept ones with those the writes since changed read again."""
        kept, touched = self._kept_and_touched("entities")
        if touched is None:
            return MappingProxyType(read_entities(self.store))
        if not touched.entities:
            return kept
        entities = {key: entity for key, entity in kept.items() if key not in touched.entities}
        entities.update(read_entities(self.store, touched.entities))
        return MappingProxyType(entities)

    def claim_order(self, as_of: dt.datetime | None = None) -> Sequence[str] | None:
        """The claim list's order (:func:`~claimgraph.kg.resources.claim_order`) for ``find_claims``, of the record now
        or ``as_of`` a time; None for a remote store, which sorts each page itself.

        As of a time, the order kept for every claim with the claims on the record now, less those that writes
        since then changed, and those of them that were on the record then (:func:`~claimgraph.kg.projection.on_record_then`).
        """
        if self.store.version is None:
            return None
        if as_of is None:  # the places read inside: read before, they could be older than the version the order is kept for
            return self._structure("claim_order", lambda: (places := self._claim_places()).order_of(places.on_record))
        places = self._claim_places()
        changed = changes.changed_since(self.store, as_of) | self.never_entered()
        if not changed:
            return self.claim_order()
        then = {iri[1:-1] for iri in projection.on_record_then(self.store, [f"<{claim_iri(claim_id)}>" for claim_id in changed], as_of)}
        gone = {str(claim_iri(claim_id)) for claim_id in changed}
        return places.order_of((places.on_record - gone) | then)

    def _claim_places(self) -> resources.ClaimPlaces:
        return self._structure("claim_places", self._read_claim_places)

    def _read_claim_places(self) -> resources.ClaimPlaces:
        """Every claim's place read whole, or the kept places with the claims the writes since changed read again
        (3.8 s against a few milliseconds after a curation at 100,000 claims)."""
        kept, touched = self._kept_and_touched("claim_places")
        return resources.claim_places(self.store) if touched is None else kept.after(self.store, touched.claims)

    def _structure_network(self) -> tuple[int | None, Network]:
        """The network as read for the current structure, and the version it was read at."""
        return self._structure("structure", self._read_structure)

    def _read_structure(self) -> tuple[int | None, Network]:
        """The network read whole, or the kept one with what the writes since changed read again (then with no version
        read at: its other claims were read before, so their verdicts are taken afresh)."""
        version = self.store.version
        kept, touched = self._kept_and_touched("structure")
        if touched is None:
            network = read_structure(self.store)
        else:
            network, version = patch_network(self.store, kept[1], touched), None
        return version, replace(network, entities=MappingProxyType(network.entities), claims=MappingProxyType(network.claims))

    def _kept_and_touched(self, name: str) -> tuple[object, Touched | None]:
        """The value kept under ``name`` and what the writes since it was computed may have changed; (None, None) when
        nothing is kept or the writes cannot say (it is then read whole)."""
        with self._guard:
            kept = self._kept.get(name)
        touched = None if kept is None or kept[0] is None else self.store.touched_since(kept[0])
        return (None, None) if touched is None else (kept[1], touched)

    def _claim_count(self) -> int:
        with self._guard:
            kept = self._kept.get("structure")
        if kept is not None and (kept[0] == self.store.structure_version or self.store.touched_since(kept[0]) is not None):
            return len(self._structure_network()[1].claims)
        return resources.count_claims(self.store)

    def _centrality(self) -> CentralityRows:
        """Centrality of the graph PageRank was computed on, with that PageRank (:meth:`pagerank`: a graph equal to
        :meth:`graph`, its edges perhaps in another order, which no measure of the three minds), and the betweenness of
        the last graph that linked the same entities the same way (betweenness counts hops: a curation that adds a
        claim to an existing link leaves it as it was)."""
        graph, pagerank = self.pagerank()
        links = (tuple(graph.nodes), frozenset(tuple(sorted(edge)) for edge in graph.edges))  # tuples: see network._sealed
        with self._guard:
            known = self._betweenness
        if known is None or known[0] != links:
            known = (links, analysis.betweenness(graph))
            with self._guard:
                self._betweenness = known
        return tuple(MappingProxyType(row) for row in analysis.centrality(graph, between=known[1], ranks=pagerank))

    def _network(self) -> Network:
        read_at, structure = self._structure_network()
        if read_at is not None and read_at == self.store.version:
            return structure  # no review since it was read
        verdicts = self._get("verdicts", self._version, lambda: projection.read_verdicts(self.store))
        return replace(structure, claims=MappingProxyType(projection.with_verdicts(structure.claims, verdicts)))

    def _version(self) -> int | None:
        return self.store.version

    def _structure_version(self) -> int | None:
        return self.store.structure_version

    def _structure(self, name: str, compute: Callable[[], T]) -> T:
        return self._get(name, self._structure_version, compute)

    def _get(self, name: str, version_of: Callable[[], int | None], compute: Callable[[], T]) -> T:
        """What ``compute`` gives for the version ``version_of`` tells (read before computing): kept, or computed (once) and kept."""
        if version_of() is None:
            return compute()
        with self._locks[name]:
            version = version_of()  # read again: a write may have come while this waited
            with self._guard:
                kept = self._kept.get(name)
            if kept is not None and kept[0] == version:
                return kept[1]
            value = compute()
            with self._guard:
                self._kept[name] = (version, value)
            return value


def _centrality_of(network: Network) -> CentralityRows:
    return tuple(MappingProxyType(row) for row in analysis.centrality(network.graph()))


def _pagerank_of(network: Network) -> tuple[nx.Graph, Mapping[str, float]]:
    graph = nx.freeze(network.graph())
    return graph, MappingProxyType(analysis.pagerank(graph))


def _read_only(groups: list[dict[str, object]]) -> Communities:
    return tuple(
        MappingProxyType({**group, "members": tuple(map(MappingProxyType, group["members"])), "claims": tuple(group["claims"])})
        for group in groups
    )


def plain_communities(groups: Communities) -> list[dict[str, object]]:
    """Kept communities as :func:`~claimgraph.kg.analysis.communities` gives them: dicts and lists (for JSON)."""
    return [{**group, "members": [dict(member) for member in group["members"]], "claims": list(group["claims"])} for group in groups]
