"""Answer SPARQL 1.1 Protocol requests: refuse remote fetches, cap rows, stop at a deadline.

Results come out of Oxigraph's own serialisers. A query's rows first stream as
TSV (SELECT) or N-Triples (CONSTRUCT, DESCRIBE), one row or triple per line,
into a sink that counts lines and watches the clock: a query past its row cap
or its deadline is stopped there. The lines kept are then re-serialised,
natively again, into the format the client asked for. Stores that are not
Oxigraph answer through rdflib and join the same path.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from pyparsing import ParseBaseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from claimgraph.claims.errors import QueryError, QueryRefusedError, QuerySyntaxError, QueryTimeoutError
from claimgraph.kg.namespaces import PREFIXES
from claimgraph.kg.store import Store

RESULT_MEDIA_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
"""What a SELECT or ASK can be answered in; the first is the default."""

GRAPH_MEDIA_TYPES = (
    "text/turtle",
    "application/n-triples",
    "application/ld+json",
    "application/n-quads",
    "application/trig",
    "application/rdf+xml",
)
"""What a CONSTRUCT or DESCRIBE (and the service description) can be answered in; the first is the default."""

_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
_PREFIXES = {name: str(namespace) for name, namespace in PREFIXES.items()}


@dataclass(frozen=True)
class Answer:
    """A serialised query result."""

    body: bytes
    media_type: str
    truncated: bool = False
    """True when the row cap cut the result short."""


def _parts(node: object) -> Iterator[str]:
    """The names of every grammar rule in a parse tree."""
    if isinstance(node, CompValue):
        yield node.name
        for value in node.values():
            yield from _parts(value)
    elif isinstance(node, (list, tuple)) or hasattr(node, "as_list"):
        for value in node:
            yield from _parts(value)


def _refuse_remote(parts: set[str]) -> None:
    if "ServiceGraphPattern" in parts:
        raise QueryRefusedError(
            "SERVICE is refused: this endpoint does not fetch other endpoints on a caller's behalf; "
            "query them yourself and combine the results"
        )
    if "Load" in parts:
        raise QueryRefusedError("LOAD is refused: this endpoint does not fetch documents from addresses a caller gives")


@lru_cache(maxsize=512)
def query_form(text: str) -> str:
    """The form of a query (``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``) after checking it is safe to run.

    The query is parsed with rdflib's SPARQL grammar, so a ``SERVICE`` is found
    wherever it is nested and never mistaken for one inside a string, an IRI or
    a comment.

    Raises:
        QuerySyntaxError: the query does not parse (the message is the parser's).
        QueryRefusedError: the query uses ``SERVICE``.

    >>> query_form("ASK { ?s ?p 'SERVICE <http://example.org/>' }")
    'ASK'
    """
    try:
        tree = parseQuery(text)
    except (ParseBaseException, ValueError) as error:
        raise QuerySyntaxError(f"malformed query: {error}") from None
    _refuse_remote(set(_parts(tree)))
    return _FORMS[tree[1].name]


def check_update(text: str) -> None:
    """Check that an update parses and fetches nothing (no ``LOAD``, no ``SERVICE`` in a ``WHERE``).

    Raises:
        QuerySyntaxError: the update does not parse.
        QueryRefusedError: it would fetch an address.
    """
    try:
        tree = parseUpdate(text)
    except (ParseBaseException, ValueError) as error:
        raise QuerySyntaxError(f"malformed update: {error}") from None
    _refuse_remote(set(_parts(tree)))


class _Stop(Exception):
    """Raised by the sink to end a serialisation early (cap reached or time up)."""


class _LineSink:
    """A binary writer that keeps at most ``limit`` lines and stops a serialisation at a deadline."""

    def __init__(self, limit: int, deadline: float | None) -> None:
        self.buffer = bytearray()
        self.limit = limit
        self.deadline = deadline
        self.lines = 0
        self.truncated = False
        self.timed_out = False

    def write(self, chunk: bytes) -> int:
        if self.deadline is not None and time.monotonic() > self.deadline:
            self.timed_out = True
            raise _Stop
        self.buffer += chunk
        self.lines += chunk.count(b"\n")
        if self.lines >= self.limit:
            end = 0
            for _ in range(self.limit):
                end = self.buffer.index(b"\n", end) + 1
            if len(self.buffer) > end:
                del self.buffer[end:]
                self.truncated = True
                raise _Stop
        return len(chunk)

    def flush(self) -> None:
        """Nothing to flush: the lines stay in memory."""


def _drain(write: Callable[[], object], sink: _LineSink) -> None:
    """Run a native serialisation into the sink; a stop by the sink is not an error."""
    try:
        write()
    except (_Stop, OSError):
        if not (sink.truncated or sink.timed_out):
            raise
    if sink.timed_out:
        raise QueryTimeoutError("the query ran past its time limit and was stopped")


def _through_rdflib(store: Store, text: str, form: str) -> bytes | bool:
    """Evaluate on a store that is not Oxigraph: the answer as bytes Oxigraph can parse (or a boolean).

    Nothing of Oxigraph's is made here: this frame stays alive as long as the
    tracebacks of rdflib's parser do, and pyoxigraph objects must be freed on
    the thread that made them.
    """
    result = store.query(text)
    if form == "ASK":
        return bool(result.askAnswer)
    if form == "SELECT":
        return result.serialize(format="xml")
    return result.graph.serialize(format="nt", encoding="utf-8")


def run_query(
    store: Store,
    text: str,
    media_type: str,
    *,
    default_graph: list[str] | None = None,
    named_graphs: list[str] | None = None,
    max_rows: int = 10_000,
    deadline: float | None = None,
) -> Answer:
    """Evaluate a query and serialise its result.

    Args:
        store: the store to query.
        text: the query.
        media_type: one of ``RESULT_MEDIA_TYPES`` for SELECT and ASK, of
            ``GRAPH_MEDIA_TYPES`` for CONSTRUCT and DESCRIBE.
        default_graph: graph IRIs to use as the default graph (protocol ``default-graph-uri``).
        named_graphs: graph IRIs the query may name (protocol ``named-graph-uri``).
        max_rows: at most this many rows (or triples); the rest is cut off.
        deadline: a ``time.monotonic()`` instant after which the query is stopped.

    Raises:
        QuerySyntaxError: the query does not parse.
        QueryRefusedError: the query uses ``SERVICE``.
        QueryError: a protocol dataset was given to a store that is not Oxigraph.
        QueryTimeoutError: the deadline passed before the result was complete.
    """
    form = query_form(text)
    answer = None
    if store.oxigraph is None:
        if default_graph is not None or named_graphs is not None:
            raise QueryError("default-graph-uri and named-graph-uri need the embedded Oxigraph store")
        answer = _through_rdflib(store, text, form)
    return _evaluate(store, text, form, answer, media_type, default_graph, named_graphs, max_rows, deadline)


def _evaluate(
    store: Store,
    text: str,
    form: str,
    answer: bytes | bool | None,
    media_type: str,
    default_graph: list[str] | None,
    named_graphs: list[str] | None,
    max_rows: int,
    deadline: float | None,
) -> Answer:
    """The evaluation half of :func:`run_query`; ``answer`` is what another store gave, if not Oxigraph.

    It is a function of its own so that Oxigraph's result objects never sit in
    a frame that the parsers' exception tracebacks keep alive: pyoxigraph
    objects must be freed on the thread that made them, not later by the
    garbage collector on another.
    """
    if answer is None:
        result = store.native_query(text, default_graph, named_graphs)
    elif form == "SELECT":
        result = ox.parse_query_results(answer, ox.QueryResultsFormat.XML)
    elif form in ("CONSTRUCT", "DESCRIBE"):
        result = ox.parse(answer, ox.RdfFormat.N_TRIPLES)
    else:
        result = answer
    try:
        return _serialise(result, form, media_type, max_rows, deadline)
    except QueryTimeoutError:
        pass  # raised again below, once this frame no longer holds the result
    del result
    raise QueryTimeoutError("the query ran past its time limit and was stopped")


def _serialise(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples | Iterator[ox.Triple] | bool,
    form: str,
    media_type: str,
    max_rows: int,
    deadline: float | None,
) -> Answer:
    """Serialise a result through the line sink, then into the media type asked for."""
    if form == "ASK":
        if isinstance(result, bool):
            result = ox.parse_query_results(f'{{"head":{{}},"boolean":{str(result).lower()}}}', ox.QueryResultsFormat.JSON)
        return Answer(result.serialize(format=ox.QueryResultsFormat.from_media_type(media_type)), media_type)
    if form == "SELECT":
        sink = _LineSink(max_rows + 1, deadline)  # the header line, then one line per row
        _drain(lambda: result.serialize(sink, ox.QueryResultsFormat.TSV), sink)
        lines = bytes(sink.buffer)
        target = ox.QueryResultsFormat.from_media_type(media_type)
        body = lines if target == ox.QueryResultsFormat.TSV else ox.parse_query_results(lines, ox.QueryResultsFormat.TSV).serialize(format=target)
        return Answer(body, media_type, sink.truncated)
    sink = _LineSink(max_rows, deadline)
    if isinstance(result, ox.QueryTriples):
        _drain(lambda: result.serialize(sink, ox.RdfFormat.N_TRIPLES), sink)
    else:
        _drain(lambda: ox.serialize(result, sink, ox.RdfFormat.N_TRIPLES), sink)
    lines = bytes(sink.buffer)
    target = ox.RdfFormat.from_media_type(media_type)
    body = lines if target == ox.RdfFormat.N_TRIPLES else ox.serialize(ox.parse(lines, ox.RdfFormat.N_TRIPLES), format=target, prefixes=_PREFIXES)
    return Answer(body, media_type, sink.truncated)


_DESCRIPTION = """
@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix formats: <http://www.w3.org/ns/formats/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

<{endpoint}#service> a sd:Service ;
    rdfs:label "claimgraph SPARQL endpoint" ;
    rdfs:comment "Factual claims of news articles with their provenance. Reads are open; updates need an editor's bearer token. SERVICE and LOAD are refused; queries have a time limit of {time_limit:g} s and at most {max_rows} rows." ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query, sd:SPARQL11Update ;
    sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML, formats:SPARQL_Results_CSV,
        formats:SPARQL_Results_TSV, formats:Turtle, formats:N-Triples, formats:JSON-LD, formats:N-Quads,
        formats:TriG, formats:RDF_XML ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""


def service_description(endpoint: str, media_type: str, time_limit: float, max_rows: int) -> bytes:
    """A SPARQL 1.1 Service Description of the endpoint at ``endpoint``, in one of ``GRAPH_MEDIA_TYPES``."""
    text = _DESCRIPTION.format(endpoint=endpoint, time_limit=time_limit, max_rows=max_rows)
    triples = ox.parse(text, ox.RdfFormat.TURTLE)
    return ox.serialize(triples, format=ox.RdfFormat.from_media_type(media_type), prefixes={"sd": "http://www.w3.org/ns/sparql-service-description#"})
