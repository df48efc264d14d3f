"""Render SPARQL results as a text table, CSV, TSV or JSON for the command line."""

from __future__ import annotations

import csv
import io
import json

from rdflib import Graph, Literal
from rdflib.query import Result

from claimgraph.kg.namespaces import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")


def _bind(graph: Graph) -> Graph:
    for name, namespace in PREFIXES.items():
        graph.bind(name, namespace, replace=True)
    return graph


def _table(names: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(name)] + [len(row[i]) for row in rows]) for i, name in enumerate(names)]
    line = lambda cells: "  ".join(cell.ljust(width) for cell, width in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * width for width in widths])] + [line(row) for row in rows]
    return "\n".join(out) + f"\n({len(rows)} rows)\n"


def _tsv_term(term: object) -> str:
    return "" if term is None else term.n3()


def render(result: Result, fmt: str) -> str:
    """Render a query result. SELECT and ASK take any format; a graph is Turtle
    (or JSON-LD with ``json``).

    Raises:
        ValueError: an unknown format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if result.type == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) + "\n" if fmt == "json" else f"{str(bool(result.askAnswer)).lower()}\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = _bind(result.graph)
        return graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8") + "\n"
    names = [str(var) for var in result.vars]
    rows = list(result)
    if fmt == "tsv":
        lines = ["\t".join(f"?{name}" for name in names)]
        lines += ["\t".join(_tsv_term(term) for term in row) for row in rows]
        return "\n".join(lines) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([["" if term is None else str(term) for term in row] for row in rows])
        return buffer.getvalue()
    cells = [["" if term is None else (str(term) if isinstance(term, Literal) else term.n3()) for term in row] for row in rows]
    return _table(names, cells)
