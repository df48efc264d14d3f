"""Open the quad store: Oxigraph on disk (the default), Oxigraph in memory, or a
remote SPARQL 1.1 Query/Update service (Oxigraph server, Fuseki, GraphDB, Virtuoso).

Every store is an rdflib ``Dataset``; queries and updates go to the engine as
strings, so Oxigraph (or the remote database) evaluates them natively.
"""

from __future__ import annotations

import itertools
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.error import HTTPError, URLError

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from rdflib.query import Result

from claimgraph.kg.errors import QueryError, QuerySyntaxError, StoreError
from claimgraph.kg.locations import is_remote, open_oxigraph
from claimgraph.kg.mapping import DEFAULT, Quad
from claimgraph.kg.namespaces import PREFIX_IRIS, sparql_prefixes
from claimgraph.kg.sparql_text import data_operation

REMOTE_CHUNK = 50_000
"""Quads per ``INSERT DATA`` request when loading a remote store in bulk."""
WRITES_KEPT = 1024
"""Writes whose :class:`Touched` the store remembers; a reader further behind reads everything again."""


@dataclass(frozen=True)
class Touched:
    """What a write may have changed of the entity network: these claims and these entities, nothing else.

    A write that cannot say (a build, an editor's SPARQL update) gives none,
    and whatever was derived before it is read again whole.
    """

    claims: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()

    def __or__(self, other: Touched) -> Touched:
        return Touched(self.claims | other.claims, self.entities | other.entities)


class Store:
    """A thin facade over an rdflib ``Dataset`` backed by a SPARQL-capable engine."""

    def __init__(self, dataset: Dataset, location: str) -> None:
        self.dataset = dataset
        self.location = location
        self._writes = 0
        self._structure_writes = 0
        self._touched: deque[tuple[int, Touched | None]] = deque(maxlen=WRITES_KEPT)  # (structure version after, what it touched)
        self._writes_lock = threading.Lock()
        self._written = threading.Condition(self._writes_lock)

    @property
    def version(self) -> int | None:
        """A number that changes with every write through :meth:`update` or :meth:`load_nquads`.

        Only this process can write an embedded store (Oxigraph locks one on
        disk), so what is derived from it stays valid while the number stays the
        same. A remote store can change behind our back: its version is None,
        meaning unknown. Writes straight to ``dataset`` or ``oxigraph`` bypass it.
        """
        return None if self.remote else self._writes

    @property
    def structure_version(self) -> int | None:
        """Like :attr:`version`, but left as it is by writes that change only claims' verdicts (reviews): what the
        entity network, the claim order and the counts are derived from stays valid while this stays the same."""
        return None if self.remote else self._structure_writes

    def touched_since(self, structure_version: int) -> Touched | None:
        """Everything the writes after ``structure_version`` may have changed, or None when one of them cannot say
        (or it is further back than the store remembers)."""
        with self._writes_lock:
            if structure_version == self._structure_writes:
                return Touched()
            if not self._touched or self._touched[0][0] > structure_version + 1:
                return None
            total = Touched()
            for version, write in self._touched:
                if version > structure_version:
                    if write is None:
                        return None
                    total |= write
            return total

    def _wrote(self, verdicts_only: bool = False, touched: Touched | None = None) -> None:
        """Count a write, whether it succeeded or failed half-way, with what it may have changed."""
        with self._writes_lock:
            self._writes += 1
            if not verdicts_only:
                self._structure_writes += 1
                self._touched.append((self._structure_writes, touched))
            self._written.notify_all()

    def wait_for_write(self, version: int | None, timeout: float) -> None:
        """Return once :attr:`version` is no longer ``version``, or after ``timeout`` seconds."""
        with self._written:
            self._written.wait_for(lambda: self._writes != version, timeout)

    def query(self, sparql: str) -> Result:
        """Run a SPARQL query (a string, evaluated by the engine itself).

        Raises:
            QueryError: the query does not parse.
        """
        if self.remote:
            with _remote_errors(self.location, "query"):
                result = self.dataset.store.query(sparql)
            if isinstance(result, tuple):  # rdflib's connector returns (status, reason, None) on an HTTP error
                status, reason, _ = result
                if status == 400:
                    raise QueryError(f"malformed query: the SPARQL service at {self.location} says: {reason}")
                raise StoreError(f"the SPARQL service at {self.location} answered a query with {reason}")
            return result
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
    def remote(self) -> bool:
        """True when the data lives in a remote SPARQL service."""
        return isinstance(self.dataset.store, SPARQLUpdateStore)

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
                prefixes=PREFIX_IRIS,
                default_graph=graphs[0],
                named_graphs=graphs[1],
            )
        except SyntaxError as error:
            raise QuerySyntaxError(f"malformed query: {error}") from None

    def update(self, sparql: str, verdicts_only: bool = False, touched: Touched | None = None) -> None:
        """Run a SPARQL Update request; Oxigraph applies it in one transaction, with the project's prefixes predeclared.

        ``verdicts_only``: the update writes reviews, their records and the
        statuses they lead to, and nothing else (see :attr:`structure_version`).
        ``touched``: the claims and entities the update may change, and nothing
        else (see :meth:`touched_since`); None when it cannot say.

        Raises:
            QuerySyntaxError: the update does not parse.
        """
        if self.remote:
            with _remote_errors(self.location, "update"):
                self.dataset.store.update(sparql)
            return
        engine = self.oxigraph
        try:  # straight to Oxigraph: rdflib would parse the update itself where oxrdflib declines one
            if engine is not None:
                engine.update(sparql, prefixes=PREFIX_IRIS)
            else:
                self.dataset.update(sparql)
        except SyntaxError as error:
            raise QuerySyntaxError(f"malformed update: {error}") from None
        finally:
            self._wrote(verdicts_only, touched)

    def load_nquads(self, path: Path, bulk: bool) -> None:
        """Add the quads of an N-Quads file.

        Embedded: ``bulk`` uses Oxigraph's bulk loader (fast, not one transaction);
        otherwise one transaction. Remote: ``bulk`` sends ``INSERT DATA`` requests
        of :data:`REMOTE_CHUNK` quads; otherwise one request.
        """
        engine = self.oxigraph
        if engine is not None:
            load = engine.bulk_load if bulk else engine.load
            try:
                load(path=str(path), format=pyoxigraph.RdfFormat.N_QUADS)
            finally:
                self._wrote()
            return
        quads = pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.N_QUADS)
        while chunk := list(itertools.islice(quads, REMOTE_CHUNK if bulk else None)):
            self.update(data_operation(chunk))

    def quads(self) -> list[Quad]:
        """Every quad of the store, read with one SPARQL query (embedded or remote)."""
        rows = self.query("SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        return [(s, p, o, DEFAULT if g is None else g) for s, p, o, g in rows]

    def quad_count(self) -> int:
        """The number of quads in all graphs, the default graph included (counted natively when embedded, 4x faster)."""
        if self.oxigraph is not None:
            return len(self.oxigraph)
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        (row,) = list(result)  # consumed here, so the engine's result is freed on this thread
        return int(row[0])

    def close(self) -> None:
        """Release the store (and its lock on disk)."""
        self.dataset.close()


class _remote_errors:  # noqa: N801 - used as a context manager, like a function
    """Turn a remote service's HTTP and network errors into ours."""

    def __init__(self, location: str, what: str) -> None:
        self.location, self.what = location, what

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type | None, error: BaseException | None, trace: object) -> bool:
        if isinstance(error, HTTPError):
            body = error.read().decode("utf-8", "replace").strip()[:500]
            if error.code == 400:
                raise QueryError(f"malformed {self.what}: the SPARQL service at {self.location} says: {body}") from None
            raise StoreError(f"the SPARQL service at {self.location} answered {error.code} to a {self.what}: {body}") from None
        if isinstance(error, (URLError, ConnectionError)):
            raise StoreError(f"cannot reach the SPARQL service at {self.location}: {error}") from None
        return False


_XSD_STRING = str(XSD.string)
_DEFAULT_IRI = str(DEFAULT)


def _nt_term(term: URIRef | Literal | BNode) -> str:
    """A term in N-Triples syntax (always one line)."""
    if type(term) is URIRef:  # the common case first: a build writes millions of terms
        return f"<{term}>"
    if isinstance(term, Literal):
        text = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if term.language:
            return f'"{text}"@{term.language}'
        datatype = term.datatype
        if datatype is None or str.__eq__(datatype, _XSD_STRING):
            return f'"{text}"'
        return f'"{text}"^^<{datatype}>'
    if isinstance(term, BNode):
        return f"_:{term}"
    return f"<{term}>"


def ntriples(quads: Iterable[Quad]) -> str:
    """The quads' triples as N-Triples, their graphs merged; unlike :func:`nquads`, a subject may be a blank node."""
    return "".join(f"{_nt_term(s)} <{p}> {_nt_term(o)} .\n" for s, p, o, _ in quads)


def nquads(quads: Iterable[Quad]) -> Iterator[str]:
    """Quads as N-Quads lines; quads of the default graph as three terms.

    >>> from claimgraph.kg.namespaces import CG
    >>> next(nquads([(CG.a, CG.b, Literal('say "hi"\\n'), DEFAULT)]))
    '<https://w3id.org/claimgraph/ns#a> <https://w3id.org/claimgraph/ns#b> "say \\\\"hi\\\\"\\\\n" .\\n'
    """
    for s, p, o, g in quads:
        graph = "" if g is DEFAULT or str.__eq__(g, _DEFAULT_IRI) else f" <{g}>"  # str's __eq__: rdflib's costs a Python call
        yield f"<{s}> <{p}> {_nt_term(o)}{graph} .\n"


def insert_data(quads: Iterable[Quad], operation: str = "INSERT DATA") -> str:
    """A SPARQL ``INSERT DATA`` operation for quads, grouped by graph (``operation``: or ``DELETE DATA``)."""
    by_graph: dict[object, list[str]] = {}
    for s, p, o, g in quads:
        by_graph.setdefault(g, []).append(f"{s.n3()} {p.n3()} {o.n3()} .")
    blocks = []
    for graph, lines in by_graph.items():
        body = "\n".join(lines)
        blocks.append(body if graph == DEFAULT else f"GRAPH {graph.n3()} {{\n{body}\n}}")
    return operation + " {\n" + "\n".join(blocks) + "\n}"


def open_store(location: str | Path, update_url: str | None = None) -> Store:
    """Open a store: ``memory:``, a folder for Oxigraph on disk (created if missing),
    or the query URL of a SPARQL 1.1 service (``http://`` or ``https://``), whose
    updates go to ``update_url`` (by default the query URL itself, as Fuseki and
    GraphDB allow).

    Raises:
        StoreError: the folder cannot be opened, for example because another
            process holds its lock.
    """
    location = str(location)
    if is_remote(location):
        if update_url is not None and not is_remote(update_url):
            raise StoreError(f"the update URL must be http or https; got {update_url!r}")
        engine = SPARQLUpdateStore(
            query_endpoint=location, update_endpoint=update_url or location, returnFormat="json", method="POST",
        )
        return Store(Dataset(store=engine), location)
    if update_url is not None:
        raise StoreError(f"an update URL goes with a remote store (an http or https query URL), not with {location!r}")
    return Store(Dataset(store=OxigraphStore(store=open_oxigraph(location))), location)
