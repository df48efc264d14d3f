"""Analyses of the entity network: centrality, communities, explainable paths, source dependence, conflicts.

Graph algorithms are networkx functions that dispatch to its backends
(``nx-parallel``, ``nx-cugraph``), so the same call runs on them unchanged when
one is installed and selected; betweenness and PageRank are igraph's, whose C
code answers the same in a thirtieth of the time (betweenness) and solves
PageRank exactly where networkx iterates to a tolerance, in under half the
time. Every result is plain JSON-ready data.
"""

from __future__ import annotations

import random
import threading
import weakref
from collections import defaultdict
from collections.abc import Mapping
from itertools import combinations

import igraph
import networkx as nx

from claimgraph.kg.errors import NotFoundError
from claimgraph.claims.model import ANONYMOUS_SOURCE, Literal, Money
from claimgraph.kg import matching
from claimgraph.kg.matching import money_range
from claimgraph.kg.network import Network
from claimgraph.kg.projection import ClaimRecord
from claimgraph.kg.errors import excerpt

COMMUNITY_SEED = 42
"""The seed of Louvain's random order, so communities come out the same on every run."""

BETWEENNESS_EXACT_UP_TO = 2_000
"""Entities up to which betweenness is exact; its cost grows as entities times links (3.3 s at 4,692 entities and
59,350 links, and 458 s in networkx)."""

BETWEENNESS_PIVOTS = 200
"""Entities whose shortest paths estimate betweenness past ``BETWEENNESS_EXACT_UP_TO``; the cost grows with them."""

BETWEENNESS_SEED = 42
"""The seed that draws the pivots, so an estimate comes out the same on every run."""


def betweenness(
    graph: nx.Graph,
    exact_up_to: int = BETWEENNESS_EXACT_UP_TO,
    pivots: int = BETWEENNESS_PIVOTS,
    seed: int = BETWEENNESS_SEED,
) -> dict[str, float]:
    """Betweenness of every entity, counting hops (every link is one step), so it depends on which entities are
    linked and on nothing else. Exact up to ``exact_up_to`` entities; past that an estimate from shortest paths out of
    ``pivots`` entities drawn with ``seed`` (the same on every run).

    The values are networkx's ``betweenness_centrality(graph, k, seed=seed)``, pivots and scaling alike; igraph
    follows the paths.
    """
    nodes = list(graph)
    size = len(nodes)
    if size < 3:
        return dict.fromkeys(nodes, 0.0)
    linked, _ = _linked(graph)
    if not _estimated(size, exact_up_to, pivots):
        # igraph counts each pair of entities once; over every ordered pair that is twice, out of (n - 1)(n - 2)
        scale = 2 / ((size - 1) * (size - 2))
        return {node: value * scale for node, value in zip(nodes, linked.betweenness(directed=False))}
    drawn = random.Random(seed).sample(nodes, pivots)
    index = {node: place for place, node in enumerate(nodes)}
    values = linked.betweenness(directed=False, sources=[index[node] for node in drawn])
    # paths out of the pivots, twice as igraph counts them, over the pairs they could pass through: a pivot cannot be
    # the start of its own paths
    own, other = (2 / (pivots - 1) / (size - 2) if pivots > 1 else 0.0), 2 / pivots / (size - 2)
    pivot_set = set(drawn)
    return {node: value * (own if node in pivot_set else other) for node, value in zip(nodes, values)}


def _estimated(size: int, exact_up_to: int, pivots: int) -> bool:
    """Whether betweenness over ``size`` entities is an estimate from pivots rather than exact."""
    return size > exact_up_to and pivots < size


def centrality(
    graph: nx.Graph,
    exact_up_to: int = BETWEENNESS_EXACT_UP_TO,
    pivots: int = BETWEENNESS_PIVOTS,
    seed: int = BETWEENNESS_SEED,
    between: Mapping[str, float] | None = None,
    ranks: Mapping[str, float] | None = None,
) -> list[dict[str, object]]:
    """Degree, betweenness and PageRank of every entity, most between first.

    Betweenness is :func:`betweenness` with the same ``exact_up_to``,
    ``pivots`` and ``seed`` (or ``between``, computed already for the same
    links); past ``exact_up_to`` entities it is an estimate, and every row
    says so in ``betweenness_estimated``. PageRank weighs a link by the number
    of claims behind it (:func:`pagerank`, or ``ranks``, computed already for the same graph).
    """
    if graph.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(graph)
    estimated = _estimated(graph.number_of_nodes(), exact_up_to, pivots)
    between = betweenness(graph, exact_up_to, pivots, seed) if between is None else between
    ranks = pagerank(graph) if ranks is None else ranks
    rows = [
        {
            "id": node,
            "label": data["label"],
            "type": data["type"],
            "links": graph.degree(node),
            "claims": data["claims"],
            "degree": round(degree[node], 6),
            "betweenness": round(between[node], 6),
            "betweenness_estimated": estimated,
            "pagerank": round(ranks[node], 6),
        }
        for node, data in graph.nodes(data=True)
    ]
    return sorted(rows, key=lambda row: (-row["betweenness"], -row["pagerank"], row["id"]))


def pagerank(graph: nx.Graph) -> dict[str, float]:
    """PageRank of every entity (links weighed by their claims, damping 0.85 as networkx's), solved by igraph's PRPACK;
    empty for an empty graph. networkx's power iteration gives the same values to within 1e-4."""
    if not graph.number_of_nodes():
        return {}
    linked, weights = _linked(graph)
    return dict(zip(graph, linked.pagerank(weights=weights, directed=False, damping=0.85)))


_LINKED: weakref.WeakKeyDictionary[nx.Graph, tuple[igraph.Graph, list[float]]] = weakref.WeakKeyDictionary()
"""igraph's copy of each frozen graph still in use: the service asks PageRank and betweenness of the same graph after a
write, and a copy of 59,350 links takes 41 ms."""
_LINKING = threading.Lock()


def _linked(graph: nx.Graph) -> tuple[igraph.Graph, list[float]]:
    """The graph as igraph's, its vertices numbered in the graph's order of nodes, and each edge's weight (1 when it has
    none); made once for a frozen graph, which cannot change."""
    if nx.is_frozen(graph):
        with _LINKING:
            known = _LINKED.get(graph)
        if known is not None:
            return known
    index = {node: place for place, node in enumerate(graph)}
    edges, weights = [], []
    for one, other, weight in graph.edges(data="weight", default=1):
        edges.append((index[one], index[other]))
        weights.append(weight)
    linked = (igraph.Graph(n=len(index), edges=edges), weights)
    if nx.is_frozen(graph):
        with _LINKING:
            _LINKED[graph] = linked
    return linked


def communities(graph: nx.Graph, seed: int = COMMUNITY_SEED) -> list[dict[str, object]]:
    """Louvain communities (weighted by claims), largest first, each with its members and claims."""
    groups = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    result = []
    for members in groups:
        inside = graph.subgraph(members)
        claims = sorted({claim for _, _, data in inside.edges(data=True) for claim in data["claims"]})
        result.append({
            "size": len(members),
            "members": [
                {"id": node, "label": graph.nodes[node]["label"], "type": graph.nodes[node]["type"]}
                for node in sorted(members, key=lambda node: (-graph.degree(node), node))
            ],
            "claims": claims,
        })
    result.sort(key=lambda group: (-group["size"], group["members"][0]["id"]))
    for number, group in enumerate(result, start=1):
        group["community"] = number
    return result


def claim_summary(claim: ClaimRecord, network: Network) -> dict[str, object]:
    """What a reader needs to trace a claim: statement, quote, claimant, time, verdict."""
    claimant = network.entities.get(claim.claimant)
    return {
        "id": claim.id,
        "iri": claim.iri,
        "type": claim.type,
        "predicate": claim.predicate_name,
        "statement": claim.statement,
        "quote": claim.quote,
        "claimant": {
            "id": claim.claimant,
            "label": claimant.label if claimant else claim.claimant,
            "type": claimant.type if claimant else None,
        },
        "document": claim.document,
        "about": claim.about.value,
        "stated": claim.stated.value,
        "value": claim.value_text,
        "verdict": claim.verdict,
    }


def explain_path(network: Network, graph: nx.Graph, source: str, target: str) -> dict[str, object]:
    """The shortest chain of links from one entity to another in ``graph`` (``network``'s), every hop with the claims behind it.

    Raises:
        NotFoundError: an entity is unknown, or nothing links the two.
    """
    for entity in (source, target):
        if entity not in graph:
            raise NotFoundError(f"no entity with id {excerpt(entity)} in the network")
    try:
        nodes = nx.shortest_path(graph, source, target)
    except nx.NetworkXNoPath:
        raise NotFoundError(
            f"no chain of claims links {graph.nodes[source]['label']!r} and {graph.nodes[target]['label']!r}"
        ) from None
    hops = []
    steps = [graph.edges[a, b] for a, b in zip(nodes, nodes[1:])]
    records = network.records(claim for data in steps for claim in data["claims"])
    for a, b, data in zip(nodes, nodes[1:], steps):
        hops.append({
            "from": {"id": a, "label": graph.nodes[a]["label"]},
            "to": {"id": b, "label": graph.nodes[b]["label"]},
            "claims": [
                {**claim_summary(records[claim], network), "link": kind, "direction": list(direction)}
                for claim, kind, direction in zip(data["claims"], data["kinds"], data["directions"]) if claim in records
            ],
        })
    return {
        "from": {"id": source, "label": graph.nodes[source]["label"]},
        "to": {"id": target, "label": graph.nodes[target]["label"]},
        "length": len(hops),
        "entities": [{"id": node, "label": graph.nodes[node]["label"]} for node in nodes],
        "hops": hops,
    }


def _claim_key(claim: ClaimRecord) -> tuple[str, str]:
    return claim.subject, claim.predicate


def source_dependence(network: Network) -> dict[str, object]:
    """Where a story is thin: who the claims rest on.

    - ``claimants``: claims per claimant, most first.
    - ``anonymous``: claims whose claimant is an anonymous source.
    - ``single_claimant``: claims no other claimant backs, that is no claim by
      anyone else on the same subject and predicate.
    - ``own_word``: claims the article states itself (claimant = its publisher)
      without naming a source.
    - ``single_source_entities``: entities all of whose claims (as subject or
      object) come from one claimant.
    - ``corroborated``: claims made in several documents (:mod:`~claimgraph.kg.matching`),
      each group corroborated by N independent claimants (``independent_claimants``), most first.
    """
    network = network.whole()
    claims = sorted(network.claims.values(), key=lambda claim: claim.id)
    by_claimant: dict[str, list[str]] = defaultdict(list)
    claimants_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    sources_of_entity: dict[str, set[str]] = defaultdict(set)
    claims_of_entity: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        by_claimant[claim.claimant].append(claim.id)
        claimants_of[_claim_key(claim)].add(claim.claimant)
        for entity in {claim.subject, claim.object} - {None}:
            sources_of_entity[entity].add(claim.claimant)
            claims_of_entity[entity].add(claim.id)

    def entity(entity_id: str) -> dict[str, object]:
        known = network.entities.get(entity_id)
        return {"id": entity_id, "label": known.label if known else entity_id, "type": known.type if known else None}

    summary = lambda claim: claim_summary(claim, network)  # noqa: E731
    return {
        "claimants": sorted(
            (
                {**entity(claimant), "claims": len(ids), "anonymous": entity(claimant)["type"] == ANONYMOUS_SOURCE}
                for claimant, ids in by_claimant.items()
            ),
            key=lambda row: (-row["claims"], row["id"]),
        ),
        "anonymous": [summary(claim) for claim in claims if entity(claim.claimant)["type"] == ANONYMOUS_SOURCE],
        "single_claimant": [summary(claim) for claim in claims if len(claimants_of[_claim_key(claim)]) == 1],
        "own_word": [summary(claim) for claim in claims if claim.own_word],
        "single_source_entities": [
            {**entity(entity_id), "source": entity(next(iter(sources))), "claims": sorted(claims_of_entity[entity_id])}
            for entity_id, sources in sorted(sources_of_entity.items())
            if len(sources) == 1
        ],
        "corroborated": sorted(
            (match_group(network, group) for group in matching.groups(network.claims) if len({c.document for c in group}) > 1),
            key=lambda group: (-group["independent_claimants"], -group["documents"], group["claims"][0]["id"]),
        ),
    }


def _types(network: Network) -> dict[str, str]:
    return {entity_id: entity.type for entity_id, entity in network.entities.items()}


def match_group(network: Network, group: list[ClaimRecord]) -> dict[str, object]:
    """A group of matching claims as readers see it: its members (earliest stated first, each with its verdict), how
    many documents and independent claimants make it, the earliest appearance, and its values when they differ."""
    types = _types(network)
    first = group[0]
    subject = network.entities.get(first.subject)
    claimants: dict[str, list[str]] = {}
    for claim in group:
        claimants.setdefault(matching.source_key(claim, types), []).append(claim.id)
    values: dict[str, list[str]] = {}
    for claim in group:
        values.setdefault(claim.value_text or "", []).append(claim.id)

    def source(key: str, claims: list[str]) -> dict[str, object]:
        if key == matching.ANONYMOUS:
            return {"id": None, "label": "anonymous sources (counted once)", "anonymous": True, "claims": claims}
        known = network.entities.get(key)
        return {"id": key, "label": known.label if known else key, "anonymous": False, "claims": claims}

    return {
        "subject": {"id": first.subject, "label": subject.label if subject else first.subject},
        "predicate": first.predicate_name,
        "documents": len({claim.document for claim in group}),
        "independent_claimants": len(claimants),
        "claimants": [source(key, claims) for key, claims in claimants.items()],
        "earliest": {"claim": first.id, "document": first.document, "stated": first.stated.value},
        "values": [{"value": value, "claims": claims} for value, claims in values.items()],
        "values_differ": len(values) > 1,
        "claims": [{**claim_summary(claim, network), "status": claim.status} for claim in group],
    }


def offered_verdicts(network: Network, claims: list[ClaimRecord]) -> dict[str, list[dict[str, object]]]:
    """For each of ``claims`` (by id), the current verdicts of the claims on the record that match it (itself aside):
    offered to its curator, never copied onto it."""
    keyed = matching.by_subject_and_predicate(network.claims.values())
    offered = {}
    for claim in claims:
        same = network.records(other.id for other in keyed.get((claim.subject, claim.predicate), []))
        offered[claim.id] = [
            {"claim": other.id, "document": other.document, "verdict": other.review.verdict, "label": other.review.label, "review": other.review.id}
            for other in matching.group_of(same, claim)
            if other.id != claim.id and other.review is not None
        ]
    return offered


def claim_matches(network: Network, claim: ClaimRecord) -> dict[str, object]:
    """The claims on the record that make the same claim as ``claim`` (:func:`match_group`; none when no other does
    and it is not on the record), and the verdicts they offer it."""
    group = matching.group_of(network.claims, claim)
    return {
        "claim": claim.id,
        "on_record": claim.id in network.claims,
        "group": match_group(network, group) if group else None,
        "offered_verdicts": offered_verdicts(network, [claim])[claim.id],
    }


def _disagreement(a: ClaimRecord, b: ClaimRecord) -> str | None:
    """Why two claims on one subject and predicate disagree, or None when they can both hold."""
    if isinstance(a.value, Money) and isinstance(b.value, Money):
        if a.value.currency != b.value.currency:
            return None
        range_a, range_b = money_range(a.value), money_range(b.value)
        if range_a is None or range_b is None:
            return None
        if range_a[1] < range_b[0] or range_b[1] < range_a[0]:
            return f"{a.value_text} against {b.value_text}: the amounts do not overlap"
        return None
    if isinstance(a.value, Literal) and isinstance(b.value, Literal) and a.value.datatype != "string" and a.value.text != b.value.text:
        return f"{a.value_text} against {b.value_text}"
    return None


def conflicts(network: Network) -> dict[str, list[dict[str, object]]]:
    """Pairs of claims on the same subject and predicate whose values disagree, where their times allow a comparison.

    - ``conflicts``: both times are known and overlap, and the values disagree.
    - ``unknown_time``: the values disagree, but the time of one claim or both is
      unknown (its sentence gives none, or words that fix no date), so whether
      they speak of the same time cannot be told. Values of known times that do
      not overlap are no conflict and are in neither list.

    Amounts disagree when their ranges do not overlap (an approximate amount
    stretches by :data:`~claimgraph.kg.matching.APPROXIMATE_TOLERANCE`); amounts in different currencies are
    not compared. Dates and years disagree when they differ. Entity and text
    values are not compared: a firm has many founders and many pledges.
    """
    network = network.whole()
    groups: dict[tuple[str, str], list[ClaimRecord]] = defaultdict(list)
    for claim in network.claims.values():
        groups[_claim_key(claim)].append(claim)
    found: dict[str, list[dict[str, object]]] = {"conflicts": [], "unknown_time": []}
    for (subject, predicate), claims in sorted(groups.items()):
        for a, b in combinations(sorted(claims, key=lambda claim: claim.id), 2):
            reason = _disagreement(a, b)
            if reason is None:
                continue
            if a.about_interval is None or b.about_interval is None:
                kind = "unknown_time"
            elif matching.times_compatible(a, b):
                kind = "conflicts"
            else:
                continue
            known = network.entities.get(subject)
            found[kind].append({
                "subject": {"id": subject, "label": known.label if known else subject},
                "predicate": a.predicate_name,
                "reason": reason,
                "claims": [claim_summary(a, network), claim_summary(b, network)],
            })
    return found
