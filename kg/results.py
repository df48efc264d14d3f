"""Render SPARQL results as a text table, CSV, TSV or JSON for the command line.

Results are Oxigraph's (solutions, a boolean, or triples); a remote store's rdflib result is read into the same
form by :func:`from_rdflib`. Nothing here imports rdflib, so ``claimgraph query`` on the embedded store runs
on pyoxigraph alone.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

import pyoxigraph as ox

from claimgraph.kg.formats import QUERY_FORMATS as FORMATS
from claimgraph.kg.prefixes import PREFIX_IRIS

if TYPE_CHECKING:
    from rdflib.query import Result

Answer = ox.QuerySolutions | ox.QueryBoolean | Iterable[ox.Triple]
"""What a query gives: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE)."""


def from_rdflib(result: Result) -> Answer:
    """An rdflib query result (a remote store's) as Oxigraph's.

    >>> from rdflib import Graph
    >>> answer = from_rdflib(Graph().query("SELECT ?x WHERE { VALUES ?x { 1 } }"))
    >>> [str(row["x"]) for row in answer]
    ['"1"^^<http://www.w3.org/2001/XMLSchema#integer>']
    """
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return list(ox.parse(result.graph.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES))
    return ox.parse_query_results(result.serialize(format="json"), ox.QueryResultsFormat.JSON)


def _table(names: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(name)] + [len(row[i]) for row in rows]) for i, name in enumerate(names)]
    line = lambda cells: "  ".join(cell.ljust(width) for cell, width in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * width for width in widths])] + [line(row) for row in rows]
    return "\n".join(out) + f"\n({len(rows)} rows)\n"


def _cell(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    """A term in a table: a literal's text; an IRI in angle brackets, a blank node as ``_:id``."""
    if term is None:
        return ""
    return term.value if isinstance(term, ox.Literal) else str(term)


def render(answer: Answer, fmt: str) -> str:
    """Render a query's answer. Solutions and booleans take any format; triples are Turtle
    (or JSON-LD with ``json``), with the project's prefixes.

    Raises:
        ValueError: an unknown format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if isinstance(answer, ox.QueryBoolean):
        return json.dumps({"head": {}, "boolean": bool(answer)}) + "\n" if fmt == "json" else f"{str(bool(answer)).lower()}\n"
    if not isinstance(answer, ox.QuerySolutions):
        rdf_format = ox.RdfFormat.JSON_LD if fmt == "json" else ox.RdfFormat.TURTLE
        return ox.serialize(answer, format=rdf_format, prefixes=PREFIX_IRIS).decode("utf-8")
    if fmt == "json":
        return answer.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8") + "\n"
    names = [variable.value for variable in answer.variables]
    rows = [list(solution) for solution in answer]
    if fmt == "tsv":
        lines = ["\t".join(f"?{name}" for name in names)]
        lines += ["\t".join("" if term is None else str(term) for term in row) for row in rows]
        return "\n".join(lines) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([["" if term is None else term.value for term in row] for row in rows])
        return buffer.getvalue()
    return _table(names, [[_cell(term) for term in row] for row in rows])
