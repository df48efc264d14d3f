"""What the service derives from the store (the entity network, its graph, centrality, PageRank, communities,
the number of claims listed, their order and what their filters offer), kept while the store is unchanged.

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

A review changes one claim's current verdict and nothing else derived here
(no entity, no link, no count, no claim's place in the list; centrality, PageRank and communities use no verdict). The
review tells the cache which versions it wrote (:meth:`DerivedCache.reviewed`);
when every write since the kept version was such a review, the kept values are
patched (the reviewed claims read again) instead of computed anew. Any other
write, or one the cache was not told of, makes it compute everything again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import TypeVar

import networkx as nx

from claimgraph.kg import analysis, resources
from claimgraph.kg.network import Network, read_claim_network, read_network
from claimgraph.kg.projection import ClaimRecord, read_claims
from claimgraph.kg.store import Store

T = TypeVar("T")

CentralityRows = tuple[Mapping[str, object], ...]
"""Centrality rows as :func:`claimgraph.kg.analysis.centrality` gives them, read-only."""

Communities = tuple[Mapping[str, object], ...]
"""Communities as :func:`claimgraph.kg.analysis.communities` gives them, read-only (lists as tuples)."""


class DerivedCache:
    """What is derived from the store's current version, each value computed once on first use.

    Safe to share between threads: a request that finds nothing kept waits for
    one already computing the same thing and then takes its result. Everything
    handed out is read-only, so no caller can change what the next one gets.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._locks = {name: threading.Lock() for name in (
            "network", "graph", "centrality", "pagerank", "communities", "claim_count", "claim_order", "claim_filter_choices")}
        self._catching_up = threading.Lock()  # held while bringing what is kept to a newer version
        self._guard = threading.Lock()  # held only to look at or change what is kept
        self._version: int | None = None
        self._kept: dict[str, object] = {}
        self._reviews: dict[int, str] = {}  # version -> the claim whose review wrote it

    def network(self) -> Network:
        """The entity network (:func:`~claimgraph.kg.network.read_network`), its dicts read-only."""
        return self._get("network", self._read_network)

    def claim_network(self, claim_id: str) -> Network:
        """A network holding this claim (if the store has it) and the entities it names: the kept
        network when there is one for the current version and the claim is on the record, otherwise just those read
        from the store."""
        with self._guard:
            kept = self._kept.get("network") if self._version is not None and self._version == self.store.version else None
        if kept is not None and claim_id in kept.claims:
            return kept
        return read_claim_network(self.store, [claim_id])

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

    def communities(self) -> Communities:
        """Louvain communities with the default seed (:func:`~claimgraph.kg.analysis.communities`)."""
        return self._get("communities", lambda: _read_only(analysis.communities(self.graph())))

    def claim_count(self) -> int:
        """How many claims the claim list has (:func:`~claimgraph.kg.resources.count_claims`)."""
        return self._get("claim_count", lambda: resources.count_claims(self.store))

    def claim_filter_choices(self) -> Mapping[str, Sequence[tuple[str, str]]]:
        """What the claim list's filters offer (:func:`~claimgraph.kg.resources.claim_filter_choices`)."""
        return self._get("claim_filter_choices", lambda: MappingProxyType(
            {name: tuple(pairs) for name, pairs in resources.claim_filter_choices(self.store).items()}))

    def claim_order(self) -> Sequence[str] | None:
        """The claim list's order (:func:`~claimgraph.kg.resources.claim_order`) for ``find_claims``; None for a remote store, which sorts each page itself."""
        if self.store.version is None:
            return None
        return self._get("claim_order", lambda: resources.claim_order(self.store))

    def reviewed(self, claim_id: str, before: int, after: int) -> None:
        """Note that the writes after version ``before`` up to ``after`` were all one review of this claim.

        Call it while still holding the write lock the review was written under.
        """
        with self._guard:
            if self._version is None or self._version > before:
                return  # nothing kept that these writes could patch
            self._reviews.update(dict.fromkeys(range(before + 1, after + 1), claim_id))

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
            self._catch_up(version)
            with self._guard:
                if self._version == version and name in self._kept:
                    return self._kept[name]
            value = compute()
            with self._guard:
                if self._version == version:  # otherwise a write came meanwhile and the value is outdated already
                    self._kept[name] = value
            return value

    def _catch_up(self, version: int) -> None:
        """Bring what is kept to ``version``: patched if only reviews came since, otherwise let go before computing anew."""
        with self._catching_up:
            with self._guard:
                if self._version is not None and self._version >= version:
                    return
                kept, since = self._kept, self._version
                noted = [self._reviews.get(number) for number in range(since + 1, version + 1)] if since is not None else [None]
                self._version, self._kept = version, {}
                self._reviews = {number: claim for number, claim in self._reviews.items() if number > version}
            if None in noted:
                return
            if "network" in kept:
                patched = _patched(kept, noted, read_claims(self.store, noted))
            else:
                patched = _unchanged(kept)
            with self._guard:
                if patched is not None and self._version == version:
                    self._kept.update(patched)


_UNCHANGED_BY_REVIEWS = ("communities", "claim_count", "claim_order", "claim_filter_choices")
"""What is kept as it was when only reviews came."""


def _unchanged(kept: dict[str, object]) -> dict[str, object]:
    """The kept values a review leaves as they were."""
    return {name: kept[name] for name in _UNCHANGED_BY_REVIEWS if name in kept}


def _patched(kept: dict[str, object], reviewed: list[str], records: dict[str, ClaimRecord]) -> dict[str, object] | None:
    """The kept values with the reviewed claims' records read again, or None if more than their verdicts changed."""
    old: Network = kept["network"]
    for claim_id in set(reviewed):
        before, after = old.claims.get(claim_id), records.get(claim_id)
        if before is None or after is None or _linked(before) != _linked(after):
            return None
    network = replace(old, claims=MappingProxyType({**old.claims, **records}))
    patched: dict[str, object] = {"network": network}
    if "graph" in kept:
        graph = kept["graph"].copy()  # shares the old edges' lists of claims: those holding a reviewed claim are replaced
        graph.graph["network"] = network
        for record in records.values():
            for _, source, target in record.links():
                if graph.has_edge(source, target):
                    data = graph.edges[source, target]
                    data["claims"] = [network.claims[claim.id] for claim in data["claims"]]
        patched["graph"] = nx.freeze(graph)
        if "pagerank" in kept:
            patched["pagerank"] = (patched["graph"], kept["pagerank"][1])
    if "centrality" in kept:
        patched["centrality"] = (network, kept["centrality"][1])
    return patched | _unchanged(kept)


def _linked(claim: ClaimRecord) -> tuple[object, ...]:
    """What of a claim the graph, the centrality and the count rest on (a review changes none of it)."""
    return claim.subject, claim.object, claim.claimant, claim.predicate


def _read_only(groups: list[dict[str, object]]) -> Communities:
    return tuple(
        MappingProxyType({**group, "members": tuple(map(MappingProxyType, group["members"])), "claims": tuple(group["claims"])})
        for group in groups
    )


def plain_communities(groups: Communities) -> list[dict[str, object]]:
    """Kept communities as :func:`~claimgraph.kg.analysis.communities` gives them: dicts and lists (for JSON)."""
    return [{**group, "members": [dict(member) for member in group["members"]], "claims": list(group["claims"])} for group in groups]
