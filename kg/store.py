"""Open the quad store: Oxigraph on disk (the default), Oxigraph in memory, or a path.

Every store is an rdflib ``Dataset``; queries and updates go to the engine as
strings, so Oxigraph evaluates them natively.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph
from rdflib import Dataset
from rdflib.query import Result

from claimgraph.claims.errors import QueryError, QuerySyntaxError, StoreError
from claimgraph.kg.mapping import DEFAULT, Quad
from claimgraph.kg.namespaces import PREFIXES, sparql_prefixes

MEMORY = "memory:"


class Store:
    """A thin facade over an rdflib ``Dataset`` backed by a SPARQL-capable engine."""

    def __init__(self, dataset: Dataset, location: str) -> None:
        self.dataset = dataset
        self.location = location

    def query(self, sparql: str) -> Result:
        """Run a SPARQL query (a string, evaluated by the engine itself).

        Raises:
            QueryError: the query does not parse.
        """
        try:
            return self.dataset.query(sparql)
        except SyntaxError as error:
            raise QueryError(f"malformed query: {error}") from None

    def select(self, sparql: str) -> list[dict[str, object]]:
        """Run a SELECT with the project's prefixes; rows as dicts of Python values."""
        result = self.query(sparql_prefixes() + sparql)
        names = [str(var) for var in result.vars]
        return [
            {name: (None if value is None else value.toPython()) for name, value in zip(names, row)} for row in result
        ]

    @property
    def oxigraph(self) -> pyoxigraph.Store | None:
        """The ``pyoxigraph.Store`` behind the dataset, or None when another engine holds the data."""
        inner = getattr(self.dataset.store, "_inner", None)
        return inner if isinstance(inner, pyoxigraph.Store) else None

    def native_query(
        self,
        sparql: str,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> pyoxigraph.QuerySolutions | pyoxigraph.QueryBoolean | pyoxigraph.QueryTriples:
        """Run a query on Oxigraph itself, for results it serialises natively.

        The project's prefixes are predeclared. ``default_graph`` and
        ``named_graphs`` (graph IRIs) replace the query's dataset, as the
        SPARQL protocol's ``default-graph-uri`` and ``named-graph-uri`` do.

        Raises:
            StoreError: the store is not Oxigraph.
            QuerySyntaxError: the query does not parse, or a graph name is not an IRI.
        """
        engine = self.oxigraph
        if engine is None:
            raise StoreError(f"the store at {self.location} is not an Oxigraph store")
        try:
            graphs = [None if names is None else [pyoxigraph.NamedNode(iri) for iri in names] for names in (default_graph, named_graphs)]
        except ValueError as error:
            raise QuerySyntaxError(f"a graph name is not an IRI: {error}") from None
        try:
            return engine.query(
                sparql,
                prefixes={name: str(namespace) for name, namespace in PREFIXES.items()},
                default_graph=graphs[0],
                named_graphs=graphs[1],
            )
        except SyntaxError as error:
            raise QuerySyntaxError(f"malformed query: {error}") from None

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update request; Oxigraph applies it in one transaction.

        Raises:
            QueryError: the update does not parse.
        """
        try:
            self.dataset.update(sparql)
        except SyntaxError as error:
            raise QueryError(f"malformed update: {error}") from None

    def quad_count(self) -> int:
        """The number of quads in all graphs, the default graph included."""
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        (row,) = list(result)  # consumed here, so the engine's result is freed on this thread
        return int(row[0])

    def close(self) -> None:
        """Release the store (and its lock on disk)."""
        self.dataset.close()


def insert_data(quads: Iterable[Quad]) -> str:
    """A SPARQL ``INSERT DATA`` operation for quads, grouped by graph."""
    by_graph: dict[object, list[str]] = {}
    for s, p, o, g in quads:
        by_graph.setdefault(g, []).append(f"{s.n3()} {p.n3()} {o.n3()} .")
    blocks = []
    for graph, lines in by_graph.items():
        body = "\n".join(lines)
        blocks.append(body if graph == DEFAULT else f"GRAPH {graph.n3()} {{\n{body}\n}}")
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}"


def open_store(location: str | Path) -> Store:
    """Open a store: ``memory:`` or a folder for Oxigraph on disk (created if missing).

    Raises:
        StoreError: the folder cannot be opened, for example because another
            process holds its lock.
    """
    location = str(location)
    dataset = Dataset(store="Oxigraph")
    if location != MEMORY:
        path = Path(location)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            dataset.open(str(path))
        except OSError as error:
            raise StoreError(
                f"cannot open the store at {path}: {error}. "
                "Is another claimgraph process (a server, a build) using it?"
            ) from None
    return Store(dataset, location)
