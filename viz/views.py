"""Turn networkx graphs into views: vis-network nodes and edges (made with pyvis), a legend and what was left out.

Every text from the data travels as JSON data, never as markup: the page
script puts it into the document with ``textContent`` only. A link's tooltip
carries the ids of its first claims, not their words: the page reads those
when the link is hovered (``View.tips_url``), or a file written to be read
without the service holds them (``View.tips``, :func:`with_tips`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import networkx as nx
from pyvis.network import Network as PyvisNetwork

from claimgraph.viz.caps import DEFAULT_NODE_CAP

if TYPE_CHECKING:
    from claimgraph.kg.network import Network

TOOLTIP_CLAIMS = 5
"""How many claims an edge's tooltip lists before it says how many more there are."""

_LABEL_LENGTH = 40

TYPE_COLOURS = {
    "firm": "#1f77b4",
    "investor": "#2ca02c",
    "person": "#d62728",
    "institution": "#9467bd",
    "government_body": "#8c564b",
    "policy": "#e377c2",
    "country": "#7f7f7f",
    "region": "#a5a5a5",
    "place": "#bcbd22",
    "sector": "#17becf",
    "group": "#ff7f0e",
    "data_provider": "#393b79",
    "product": "#637939",
    "publication": "#843c39",
    "anonymous_source": "#000000",
}
"""One colour per entity type; anything else is grey."""

KIND_COLOURS = {
    "claim": "#f0c000",
    "value": "#9edae5",
    "document": "#c49c94",
    "quote": "#dbdb8d",
    "review": "#98df8a",
}
"""Colours of the other kinds of node in a claim's provenance view."""

_OTHER = "#cccccc"


@dataclass(frozen=True)
class Omitted:
    """What a capped view left out."""

    cap: int
    shown: int
    total: int
    by_type: dict[str, int] = field(default_factory=dict)
    links: int = 0

    @property
    def count(self) -> int:
        """How many entities were left out."""
        return self.total - self.shown


@dataclass(frozen=True)
class View:
    """Everything a page needs to draw one network."""

    title: str
    nodes: list[dict[str, object]]
    edges: list[dict[str, object]]
    options: dict[str, object]
    legend: list[tuple[str, str]]
    omitted: Omitted | None = None
    description: str = ""
    claim_links: bool = True
    """Whether edges are claims (subject to object, claimant to subject), for the legend."""
    tips_url: str | None = None
    """Where the page reads the claims a link's tooltip names (:func:`claim_tips`, each ``id`` added to the query)."""
    tips: dict[str, dict[str, object]] = field(default_factory=dict)
    """The claims the links' tooltips name, by id, held in the page (:func:`with_tips`)."""


def shorten(text: str, length: int = _LABEL_LENGTH) -> str:
    """Text cut to ``length`` characters with an ellipsis.

    >>> shorten("The UK government's AI taskforce and friends", 20)
    "The UK government's…"
    """
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def cap_nodes(graph: nx.Graph, scores: dict[str, float], cap: int, keep: Iterable[str] = ()) -> tuple[nx.Graph, Omitted]:
    """The ``cap`` highest-scoring nodes (always with those in ``keep``) and what was left out.

    >>> g = nx.path_graph(5)
    >>> small, omitted = cap_nodes(g, {n: -n for n in g}, 2, keep=[4])
    >>> sorted(small), omitted.count
    ([0, 4], 3)
    """
    kept = [node for node in keep if node in graph]
    ranked = sorted(graph.nodes, key=lambda node: (-scores.get(node, 0.0), str(node)))
    chosen = list(dict.fromkeys(kept + ranked))[: max(cap, len(kept))]
    sub = graph.subgraph(chosen)
    left = [node for node in graph.nodes if node not in sub]
    by_type = Counter(str(graph.nodes[node].get("type", "entity")) for node in left)
    return sub, Omitted(
        cap=cap,
        shown=sub.number_of_nodes(),
        total=graph.number_of_nodes(),
        by_type=dict(sorted(by_type.items(), key=lambda item: (-item[1], item[0]))),
        links=graph.number_of_edges() - sub.number_of_edges(),
    )


HOVER_LINKS = 2000
"""Above this many links, hovering shows tooltips without highlighting: each highlight is a redraw of every link."""


def _options(nodes: int, links: int) -> dict[str, object]:
    """vis-network options: a bounded stabilisation, after which the page freezes the layout.

    Edge labels stay horizontal (vis-network's default): turned along their
    edges, Chromium draws each one slowly enough that a 300-entity view of
    14,000 links took 11 s for every redraw (every hover), against 0.5 s.
    """
    large = nodes > 150
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": not large},
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -3500, "centralGravity": 0.6, "springLength": 120, "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": 120 if large else 300, "updateInterval": 20, "fit": True},
        },
        "interaction": {"hover": links <= HOVER_LINKS, "tooltipDelay": 120, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large, "navigationButtons": False},
        "nodes": {"shape": "dot", "font": {"size": 18, "face": "sans-serif", "strokeWidth": 3}, "borderWidth": 1},
        "edges": {
            "smooth": False if large else {"type": "continuous"},
            "font": {"size": 12, "face": "sans-serif", "color": "#555555"},
            "color": {"color": "#8a8a8a", "highlight": "#333333", "hover": "#333333"},
            "scaling": {"min": 1, "max": 6, "label": {"enabled": False}},
        },
    }


def _sizes(graph: nx.Graph, scores: dict[str, float]) -> dict[str, float]:
    values = [scores.get(node, 0.0) for node in graph]
    low, high = (min(values), max(values)) if values else (0.0, 0.0)
    spread = high - low
    return {node: 10 + (30 * (scores.get(node, 0.0) - low) / spread if spread else 10) for node in graph}


def claim_tips(network: Network, claim_ids: Iterable[str]) -> dict[str, dict[str, object]]:
    """What a link's tooltip shows of each of these claims of the network, by id in the order given (a claim not in it
    is left out): its statement, quote, claimant, times and verdict."""
    def label(entity: str) -> str:
        return network.entities[entity].label if entity in network.entities else entity

    return {
        key: {
            "id": claim.id,
            "statement": claim.statement,
            "quote": claim.quote,
            "claimant": label(claim.claimant),
            "stated": claim.stated.value,
            "about": claim.about.value,
            "verdict": claim.verdict_label,
            "predicate": claim.predicate_name,
        }
        for key, claim in network.records(claim_ids).items()
    }


def with_tips(view: View, network: Network) -> View:
    """The view holding the claims its links' tooltips name, for a page read without the service."""
    named = [claim for edge in view.edges for claim in edge.get("info", {}).get("claims", [])]
    return replace(view, tips=claim_tips(network, named))


def _predicates(names: list[str]) -> str:
    unique = list(dict.fromkeys(names))
    return ", ".join(unique) if len(unique) <= 2 else f"{unique[0]}, {unique[1]} +{len(unique) - 2}"


def _source_label(claims: list[object]) -> str:
    names = list(dict.fromkeys(claim.predicate_name for claim in claims))
    return f"source: {names[0]}" if len(names) == 1 and len(claims) == 1 else f"source of {len(claims)} claims"


def entity_view(
    graph: nx.Graph,
    scores: dict[str, float],
    network: Network,
    *,
    title: str,
    cap: int = DEFAULT_NODE_CAP,
    keep: Iterable[str] = (),
    link: Callable[[str], str] | None = None,
    description: str = "",
    tips_url: str | None = None,
) -> View:
    """The view of an entity graph (from ``kg.network``): nodes coloured by type and sized by ``scores``.

    Args:
        graph: nodes with ``label`` and ``type``; edges with ``claims`` (ids), ``kinds`` and ``directions``.
        scores: the size of each node, usually its PageRank.
        network: the entities and claims the graph was made of, as they are now (for the links' labels and headings).
        title: the page's title.
        cap: at most this many nodes, the highest-scoring; the rest is counted in ``View.omitted``.
        keep: nodes shown whatever their score (the entity a view is about).
        link: the URL of an entity's page, for clicking a node; None for no links.
        description: one line under the title.
        tips_url: where the page reads the claims a link's tooltip names; None for a page that holds them
            (:func:`with_tips`) or shows their ids only.
    """
    shown, omitted = cap_nodes(graph, scores, cap, keep)
    sizes = _sizes(shown, scores)
    labels = {node: str(data.get("label", node)) for node, data in graph.nodes(data=True)}
    label_of = lambda entity: labels.get(entity) or (  # noqa: E731
        network.entities[entity].label if entity in network.entities else entity
    )
    net = PyvisNetwork(directed=True, cdn_resources="local")
    for node in sorted(shown.nodes, key=str):
        data = shown.nodes[node]
        kind = str(data.get("type", "entity"))
        net.add_node(
            str(node),
            label=shorten(labels[node]),
            color=TYPE_COLOURS.get(kind, _OTHER),
            size=round(sizes[node], 2),
            type=kind,
            url=None if link is None else link(str(node)),
            info={
                "heading": labels[node],
                "lines": [
                    f"type: {kind.replace('_', ' ')}",
                    f"claims: {data.get('claims', 0)} (about it {data.get('about', 0)}, "
                    f"mentioning it {data.get('mentioned', 0)}, made by it {data.get('made', 0)})",
                    f"PageRank: {scores.get(node, 0.0):.4f}",
                ],
            },
        )
    links = []
    for a, b in sorted(shown.edges, key=lambda edge: tuple(map(str, edge))):
        data = shown.edges[a, b]
        groups: dict[tuple[str, str, str], list[object]] = {}
        for claim, kind, (source, target) in zip(data["claims"], data["kinds"], data["directions"]):
            groups.setdefault((kind, source, target), []).append(network.claims[claim])
        links.extend(sorted(groups.items()))
    for (kind, source, target), claims in links:
        predicates = _predicates([claim.predicate_name for claim in claims])
        heading = f"{label_of(source)} → {label_of(target)}"
        net.add_edge(
            str(source),
            str(target),
            id=f"{kind}:{source}:{target}",
            label=predicates if kind == "assertion" else _source_label(claims),
            value=len(claims),
            dashes=kind != "assertion",
            kind=kind,
            info={
                "heading": heading if kind == "assertion" else f"{label_of(source)}, as the source of claims about {label_of(target)}",
                "claims": [claim.id for claim in claims[:TOOLTIP_CLAIMS]],
                "more": max(0, len(claims) - TOOLTIP_CLAIMS),
                "total": len(claims),
            },
        )
    nodes, edges, _, _, _, _ = net.get_network_data()
    present = sorted({str(shown.nodes[node].get("type", "entity")) for node in shown})
    legend = [(kind.replace("_", " "), TYPE_COLOURS.get(kind, _OTHER)) for kind in present]
    return View(
        title=title,
        nodes=nodes,
        edges=edges,
        options=_options(len(nodes), len(edges)),
        legend=legend,
        omitted=omitted if omitted.count else None,
        description=description,
        tips_url=tips_url,
    )


_SHAPES = {"claim": "box", "quote": "box", "document": "box", "value": "ellipse", "review": "diamond"}


def provenance_view(graph: nx.DiGraph, *, title: str, link: Callable[[str], str] | None = None) -> View:
    """The view of one claim's provenance (from ``kg.network.claim_provenance``)."""
    net = PyvisNetwork(directed=True, cdn_resources="local")
    kinds_present = []
    for node, data in graph.nodes(data=True):
        kind = str(data["kind"])
        colour = TYPE_COLOURS.get(str(data.get("type")), _OTHER) if kind == "entity" else KIND_COLOURS[kind]
        kinds_present.append(str(data.get("type")) if kind == "entity" else kind)
        label = str(data["label"])
        entity = data.get("entity")
        net.add_node(
            str(node),
            label=shorten(label, 120) if kind in ("claim", "quote") else shorten(label),
            color=colour,
            shape=_SHAPES.get(kind, "dot"),
            size=18,
            widthConstraint={"maximum": 260},
            url=None if link is None or entity is None else link(str(entity)),
            info={"heading": label, "lines": [f"{kind}" + (f" ({data['type'].replace('_', ' ')})" if kind == "entity" else "")]},
        )
    for a, b, data in graph.edges(data=True):
        net.add_edge(str(a), str(b), label=str(data["label"]), info={"heading": str(data["label"])})
    nodes, edges, _, _, _, _ = net.get_network_data()
    options = _options(len(nodes), len(edges))
    options["nodes"]["font"] = {"size": 14, "face": "sans-serif"}
    options["physics"]["barnesHut"]["springLength"] = 220
    legend = [(kind.replace("_", " "), KIND_COLOURS.get(kind) or TYPE_COLOURS.get(kind, _OTHER)) for kind in dict.fromkeys(kinds_present)]
    return View(title=title, nodes=nodes, edges=edges, options=options, legend=legend, claim_links=False)
