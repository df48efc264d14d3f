"""Export a whole store as TriG, N-Quads, Turtle (graphs merged) or JSON-LD; or its reviews
as schema.org ClaimReview JSON-LD, or its claims as a CSV spreadsheet."""

from __future__ import annotations

from rdflib import Dataset, Graph

from claimgraph.kg.claimreview import claimreview_json, claims_csv
from claimgraph.kg.formats import EXPORT_FORMATS as FORMATS
from claimgraph.kg.formats import RDF_FORMATS
from claimgraph.kg.mapping import DEFAULT
from claimgraph.kg.namespaces import PREFIXES
from claimgraph.kg.store import Store


def export(store: Store, fmt: str) -> str:
    """Serialise every quad of the store (Turtle has no graphs, so it merges them),
    or write the ClaimReview JSON-LD (``claimreview``) or the claims CSV (``csv``).

    Raises:
        ValueError: an unknown format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "claimreview":
        return claimreview_json(store)
    if fmt == "csv":
        return claims_csv(store)
    if fmt == "turtle":
        target = Graph()
        for s, p, o, _ in store.quads():
            target.add((s, p, o))
    elif store.remote:  # read once over SPARQL, rather than one request per graph
        target = Dataset()
        for s, p, o, g in store.quads():
            target.add((s, p, o) if g == DEFAULT else (s, p, o, g))
    else:
        target = store.dataset
    for name, namespace in PREFIXES.items():
        target.bind(name, namespace, replace=True)
    return target.serialize(format=RDF_FORMATS[fmt])
