"""The vocabulary and SHACL shapes shipped in ``ontology/``."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from rdflib import Graph

VOCABULARY_FILES = ("claimgraph.ttl", "predicates.ttl", "ratings.ttl")
SHAPES_FILE = "shapes.ttl"


def _parse(*names: str) -> Graph:
    graph = Graph()
    folder = files("claimgraph.ontology")
    for name in names:
        graph.parse(data=folder.joinpath(name).read_text(encoding="utf-8"), format="turtle")
    return graph


@cache
def vocabulary() -> Graph:
    """Classes, properties and concept schemes (do not modify the returned graph)."""
    return _parse(*VOCABULARY_FILES)


@cache
def shapes() -> Graph:
    """The SHACL shapes (do not modify the returned graph)."""
    return _parse(SHAPES_FILE)
