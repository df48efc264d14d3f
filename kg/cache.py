"""What the service derives from the store (the entity network, its graph, centrality, PageRank, the number of
claims listed), kept while the store is unchanged.

Reading the network out of 100,000 claims takes seconds, and so does
everything computed from it; most requests come between two writes and would
compute the same again. :class:`DerivedCache` keeps the latest of each under
the store's :attr:`~claimgraph.kg.store.Store.version` and computes it again
once a write has changed that version. A remote store has no version (others
write to it behind our back), so nothing is kept for it.

Only the latest version is kept. The version is read before computing and
the result kept under it: a write that lands during the computation leaves a
result marked with the older version, which the next request recomputes
rather than trusts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import TypeVar

import networkx as nx

from claimgraph.kg import analysis, resources
from claimgraph.kg.network import Network, read_network
from claimgraph.kg.store import Store

T = TypeVar("T")

CentralityRows = tuple[Mapping[str, object], ...]
"""Centrality rows as :func:`claimgraph.kg.analysis.centrality` gives them, read-only."""


class DerivedCache:
    """What is derived from the store's current version, each value computed once on first use.

    Safe to share between threads: a request that finds nothing kept waits for
    one already computing the same thing and then takes its result. Everything
    handed out is read-only, so no caller can change what the next one gets.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._locks = {name: threading.Lock() for name in ("network", "graph", "centrality", "pagerank", "claim_count")}
        self._guard = threading.Lock()  # held only to look at or change what is kept
        self._version: int | None = None
        self._kept: dict[str, object] = {}

    def network(self) -> Network:
        """The entity network (:func:`~claimgraph.kg.network.read_network`), its dicts read-only."""
        return self._get("network", self._read_network)

    def graph(self) -> nx.Graph:
        """The network's graph (:meth:`~claimgraph.kg.network.Network.graph`), frozen; ``graph.graph["network"]`` is its network."""
        return self._get("graph", lambda: nx.freeze(self.network().graph()))

    def centrality(self) -> CentralityRows:
        """Degree, betweenness and PageRank per entity (:func:`~claimgraph.kg.analysis.centrality`), most between first."""
        return self.network_with_centrality()[1]

    def network_with_centrality(self) -> tuple[Network, CentralityRows]:
        """The network and the centrality rows computed from it, for pages that need both to agree."""
        return self._get("centrality", self._centrality)

    def pagerank(self) -> tuple[nx.Graph, Mapping[str, float]]:
        """The graph and the PageRank of its entities (:func:`~claimgraph.kg.analysis.pagerank`, unrounded)."""
        return self._get("pagerank", self._pagerank)

    def claim_count(self) -> int:
        """How many claims the claim list has (:func:`~claimgraph.kg.resources.count_claims`)."""
        return self._get("claim_count", lambda: resources.count_claims(self.store))

    def _read_network(self) -> Network:
        network = read_network(self.store)
        return replace(network, entities=MappingProxyType(network.entities), claims=MappingProxyType(network.claims))

    def _centrality(self) -> tuple[Network, CentralityRows]:
        graph = self.graph()
        return graph.graph["network"], tuple(MappingProxyType(row) for row in analysis.centrality(graph))

    def _pagerank(self) -> tuple[nx.Graph, Mapping[str, float]]:
        graph = self.graph()
        return graph, MappingProxyType(analysis.pagerank(graph))

    def _get(self, name: str, compute: Callable[[], T]) -> T:
        """What ``compute`` gives for the current version: kept, or computed (once) and kept."""
        if self.store.version is None:
            return compute()
        with self._locks[name]:
            version = self.store.version  # read again: a write may have come while this waited
            with self._guard:
                if self._version == version and name in self._kept:
                    return self._kept[name]
                if self._version is None or self._version < version:
                    self._version, self._kept = version, {}  # outdated: let it go before computing anew
            value = compute()
            with self._guard:
                if self._version == version:  # otherwise a write came meanwhile and the value is outdated already
                    self._kept[name] = value
            return value
