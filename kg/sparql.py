"""Answer SPARQL 1.1 Protocol requests: cap rows, stop at a deadline, serialise natively.

Results come out of Oxigraph's own serialisers, written once, straight in the
format the client asked for. A SELECT's rows stream into a sink that watches
the clock and counts the marks each row leaves in that format (a line in TSV
and CSV, a ``<result>`` in XML, the ``{`` opening a row in JSON): a query past
its deadline is stopped, and one past its row cap is cut at the boundary of
its last row and closed as the format wants. Where a mark can also occur
inside quoted text (CSV, JSON), the quotes are counted only once there are
more marks than the cap allows. A CONSTRUCT or DESCRIBE streams as N-Triples
through the same sink, or is taken up to its cap and written in the format
asked for. A remote store's answer is parsed and joins the same path.

Queries arrive checked and rewritten by :mod:`claimgraph.kg.sparql_text`.
This module imports neither rdflib nor the store, so that the query workers
(:mod:`claimgraph.kg.query_worker`) start quickly.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import islice
from typing import TYPE_CHECKING

import pyoxigraph as ox

from claimgraph.kg.errors import QueryError, QuerySyntaxError, QueryTimeoutError
from claimgraph.kg.sparql_text import Checked

if TYPE_CHECKING:
    from claimgraph.kg.store import Store

TRUNCATED_HEADER = "X-Claimgraph-Truncated"
"""Set on an answer of the service's ``/sparql`` that the row cap cut short; its value is the cap."""

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


def media_types(form: str) -> tuple[str, ...]:
    """What a query of this form can be answered in, the default first."""
    return RESULT_MEDIA_TYPES if form in ("SELECT", "ASK") else GRAPH_MEDIA_TYPES


@dataclass(frozen=True)
class Answer:
    """A serialised query result."""

    body: bytes
    media_type: str
    truncated: bool = False
    """True when the row cap cut the result short."""


class _Stop(Exception):
    """Raised by the sink to end a serialisation early (cap reached or time up)."""


_ESCAPED = re.compile(rb"\\.", re.DOTALL)


def _json_quotes(piece: bytes) -> int:
    """The quotation marks that open or close a string in a piece of JSON (escaped ones left out)."""
    return _ESCAPED.sub(b"", piece).count(b'"')


@dataclass(frozen=True)
class _Rows:
    """The marks that rows leave in a serialisation, so that it can be cut at the row cap without parsing it.

    A row past a cap of ``n`` shows as the ``n + extra``-th mark; the output is
    cut ``cut`` bytes after that mark's start and closed with ``tail``. With
    ``quotes`` set, a mark can also occur inside quoted text: ``quotes`` counts
    the quotation marks of a piece of output, and a mark counts only after an
    even number of them.
    """

    marks: tuple[bytes, ...]
    extra: int
    cut: int
    tail: bytes = b""
    quotes: Callable[[bytes], int] | None = None

    @cached_property
    def pattern(self) -> re.Pattern[bytes]:
        """Any of the marks."""
        return re.compile(b"|".join(re.escape(mark) for mark in self.marks))


_ROWS = {
    # the header line, then a line per row (a newline in a value is escaped)
    ox.QueryResultsFormat.TSV: _Rows((b"\n",), 1, 1),
    # the header line, then a line per row; a value holding a comma, a newline or a quote is quoted, `"` doubled
    ox.QueryResultsFormat.CSV: _Rows((b"\r\n",), 1, 2, quotes=lambda piece: piece.count(b'"')),
    # each row opens with <result> (a `<` in a value is escaped)
    ox.QueryResultsFormat.XML: _Rows((b"<result>",), 1, 0, b"</results></sparql>"),
    # each row object opens after the `[` of the bindings or the `},` closing the row before; strings may hold either
    ox.QueryResultsFormat.JSON: _Rows((b"[{", b"},{"), 1, 1, b"]}}", _json_quotes),
}
_TRIPLES = _Rows((b"\n",), 0, 1)
"""N-Triples: a line per triple."""


class _Sink:
    """A binary writer that keeps at most ``limit`` rows of a serialisation and stops it at a deadline.

    Counting marks as they arrive is cheap; the marks are checked one by one
    (their quotes counted) only once there are enough of them to pass the cap.
    """

    def __init__(self, rows: _Rows, limit: int, deadline: float | None) -> None:
        self.buffer = bytearray()
        self.rows = rows
        self.wanted = limit + rows.extra
        self.deadline = deadline
        self.seen = 0
        """The rows' marks before ``checked``, plus every mark after it: never fewer than the rows' marks."""
        self.checked = 0
        self.quoted = 0
        """Quotation marks before ``checked``."""
        self.end: int | None = 0 if self.wanted == 0 else None
        """Where the output is cut once anything follows, when known."""
        self.truncated = False
        self.timed_out = False

    def write(self, chunk: bytes) -> int:
        if self.deadline is not None and time.monotonic() > self.deadline:
            self.timed_out = True
            raise _Stop
        start = len(self.buffer)
        self.buffer += chunk
        if self.end is None:
            for mark in self.rows.marks:  # a mark may begin in the chunk before
                self.seen += self.buffer.count(mark, max(start - len(mark) + 1, self.checked))
            if self.seen >= self.wanted:
                self._check()
        if self.end is not None and len(self.buffer) > self.end:
            del self.buffer[self.end :]
            self.buffer += self.rows.tail
            self.truncated = True
            raise _Stop
        return len(chunk)

    def _check(self) -> None:
        """Check the marks after ``checked``; set ``end`` at the one that shows a row past the cap."""
        found = self.seen - sum(self.buffer.count(mark, self.checked) for mark in self.rows.marks)
        for match in self.rows.pattern.finditer(self.buffer, self.checked):
            if self.rows.quotes is not None:
                self.quoted += self.rows.quotes(self.buffer[self.checked : match.start()])
            self.checked = match.end()
            if self.quoted % 2 == 0:
                found += 1
                if found == self.wanted:
                    self.end = match.start() + self.rows.cut
                    return
        self.seen = found

    def flush(self) -> None:
        """Nothing to flush: the answer stays in memory."""


def _drain(write: Callable[[], object], sink: _Sink) -> None:
    """Run a native serialisation into the sink; a stop by the sink is not an error."""
    try:
        write()
    except (_Stop, OSError):
        if not (sink.truncated or sink.timed_out):
            raise
    if sink.timed_out:
        raise QueryTimeoutError("the query ran past its time limit and was stopped")


def _first_triples(triples: Iterable[ox.Triple], limit: int, deadline: float | None) -> tuple[list[ox.Triple], bool]:
    """At most ``limit`` triples, and whether there were more; stopped at the deadline."""
    kept: list[ox.Triple] = []
    iterator = iter(triples)
    while len(kept) <= limit:
        if deadline is not None and time.monotonic() > deadline:
            raise QueryTimeoutError("the query ran past its time limit and was stopped")
        batch = list(islice(iterator, min(256, limit + 1 - len(kept))))
        if not batch:
            break
        kept += batch
    truncated = len(kept) > limit
    del kept[limit:]
    return kept, truncated


def _through_remote(store: Store, text: str, form: str) -> bytes | bool:
    """Evaluate on a remote store: the answer as bytes Oxigraph can parse (or a boolean).

    Nothing of Oxigraph's is made here: this frame stays alive as long as the
    tracebacks of rdflib's result parsers do, and pyoxigraph objects must be
    freed on the thread that made them.
    """
    result = store.query(text)
    if form == "ASK":
        return bool(result.askAnswer)
    if form == "SELECT":
        return result.serialize(format="xml")
    return result.graph.serialize(format="nt", encoding="utf-8")


def evaluate(
    engine: ox.Store,
    query: Checked,
    media_type: str,
    *,
    prefixes: dict[str, str],
    default_graph: list[str] | None = None,
    named_graphs: list[str] | None = None,
    max_rows: int = 10_000,
    deadline: float | None = None,
) -> Answer:
    """Run a checked query on an Oxigraph store and serialise its result.

    Args:
        engine: the store to query.
        query: the query, as :func:`claimgraph.kg.sparql_text.query` gave it.
        media_type: one of :func:`media_types` for its form.
        prefixes: prefixes declared for the query and used in the answer.
        default_graph: graph IRIs to use as the default graph (protocol ``default-graph-uri``).
        named_graphs: graph IRIs the query may name (protocol ``named-graph-uri``).
        max_rows: at most this many rows (or triples); the rest is cut off.
        deadline: a ``time.monotonic()`` instant after which the query is stopped.

    Raises:
        QuerySyntaxError: the engine does not accept the query, or a graph name is not an IRI.
        QueryTimeoutError: the deadline passed before the result was complete.
    """
    try:
        graphs = [None if names is None else [ox.NamedNode(name) for name in names] for names in (default_graph, named_graphs)]
    except ValueError as error:
        raise QuerySyntaxError(f"a graph name is not an IRI: {error}") from None
    try:
        result = engine.query(query.text, prefixes=prefixes, default_graph=graphs[0], named_graphs=graphs[1])
    except SyntaxError as error:
        raise QuerySyntaxError(query.locate(f"malformed query: {error}")) from None
    return _finish(result, query.form, media_type, prefixes, max_rows, deadline)


def run_query(
    store: Store,
    query: Checked,
    media_type: str,
    *,
    default_graph: list[str] | None = None,
    named_graphs: list[str] | None = None,
    max_rows: int = 10_000,
    deadline: float | None = None,
) -> Answer:
    """:func:`evaluate` on a store of ours, embedded or remote, in this process.

    Raises:
        QueryError: a protocol dataset was given for a remote store.
        QuerySyntaxError, QueryTimeoutError: as :func:`evaluate`.
    """
    from claimgraph.kg.namespaces import PREFIX_IRIS  # here, not above: the query workers import this module without rdflib

    if store.oxigraph is not None:
        return evaluate(
            store.oxigraph, query, media_type, prefixes=PREFIX_IRIS,
            default_graph=default_graph, named_graphs=named_graphs, max_rows=max_rows, deadline=deadline,
        )  # fmt: skip
    if default_graph is not None or named_graphs is not None:
        raise QueryError("default-graph-uri and named-graph-uri need the embedded Oxigraph store")
    answer = _through_remote(store, query.text, query.form)
    if query.form == "SELECT":
        result = ox.parse_query_results(answer, ox.QueryResultsFormat.XML)
    elif query.form in ("CONSTRUCT", "DESCRIBE"):
        result = ox.parse(answer, ox.RdfFormat.N_TRIPLES)
    else:
        result = answer
    return _finish(result, query.form, media_type, PREFIX_IRIS, max_rows, deadline)


def _finish(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples | Iterator[ox.Triple] | bool,
    form: str,
    media_type: str,
    prefixes: dict[str, str],
    max_rows: int,
    deadline: float | None,
) -> Answer:
    """Serialise a result; a time-out is raised once this frame no longer holds it.

    pyoxigraph objects must be freed on the thread that made them, not later
    by the garbage collector on another, and an exception's traceback keeps
    the frames it passed through alive.
    """
    try:
        return _serialise(result, form, media_type, prefixes, max_rows, deadline)
    except QueryTimeoutError:
        pass
    del result
    raise QueryTimeoutError("the query ran past its time limit and was stopped")


def _serialise(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples | Iterator[ox.Triple] | bool,
    form: str,
    media_type: str,
    prefixes: dict[str, str],
    max_rows: int,
    deadline: float | None,
) -> Answer:
    """Serialise a result into the media type asked for, at most ``max_rows`` rows (or triples) of it."""
    if form == "ASK":
        if isinstance(result, bool):
            result = ox.parse_query_results(f'{{"head":{{}},"boolean":{str(result).lower()}}}', ox.QueryResultsFormat.JSON)
        return Answer(result.serialize(format=ox.QueryResultsFormat.from_media_type(media_type)), media_type)
    if form == "SELECT":
        target = ox.QueryResultsFormat.from_media_type(media_type)
        sink = _Sink(_ROWS[target], max_rows, deadline)
        _drain(lambda: result.serialize(sink, target), sink)
        return Answer(bytes(sink.buffer), media_type, sink.truncated)
    target = ox.RdfFormat.from_media_type(media_type)
    if target != ox.RdfFormat.N_TRIPLES:  # written whole, for its prefixes and nesting
        triples, truncated = _first_triples(result, max_rows, deadline)
        return Answer(ox.serialize(triples, format=target, prefixes=prefixes), media_type, truncated)
    sink = _Sink(_TRIPLES, max_rows, deadline)
    if isinstance(result, ox.QueryTriples):
        _drain(lambda: result.serialize(sink, ox.RdfFormat.N_TRIPLES), sink)
    else:
        _drain(lambda: ox.serialize(result, sink, ox.RdfFormat.N_TRIPLES), sink)
    return Answer(bytes(sink.buffer), media_type, sink.truncated)


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
