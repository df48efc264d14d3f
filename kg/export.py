"""Export a whole store as TriG, N-Quads, Turtle (graphs merged) or JSON-LD."""

from __future__ import annotations

from rdflib import Graph

from claimgraph.kg.namespaces import PREFIXES
from claimgraph.kg.store import Store

FORMATS = {"trig": "trig", "nquads": "nquads", "turtle": "turtle", "jsonld": "json-ld"}


def export(store: Store, fmt: str) -> str:
    """Serialise every quad of the store. Turtle has no graphs, so it merges them.

    Raises:
        ValueError: an unknown format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "turtle":
        target = Graph()
        for s, p, o, _ in store.dataset.quads((None, None, None, None)):
            target.add((s, p, o))
    else:
        target = store.dataset
    for name, namespace in PREFIXES.items():
        target.bind(name, namespace, replace=True)
    return target.serialize(format=FORMATS[fmt])
