"""SHACL validation of quads before they enter a store."""

from __future__ import annotations

import threading
from collections.abc import Iterable

from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH, XSD
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from claimgraph.kg.errors import ValidationError
from claimgraph.kg.mapping import Quad
from claimgraph.kg.namespaces import BASE, PREFIXES
from claimgraph.kg.vocabulary import shapes, vocabulary


def _plain(term: object) -> object:
    """RDF 1.1 makes ``"x"^^xsd:string`` and ``"x"`` one literal; stores return the
    first, rdflib compares them as different, so validation sees the plain form."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _name(node: object) -> str:
    """A reader's name for a focus node: ``claim 'x'`` for our IRIs, else the IRI."""
    text = str(node)
    if text.startswith(BASE):
        kind, _, rest = text[len(BASE):].partition("/")
        ident, _, part = rest.partition("#")
        return f"{kind} {ident!r}" + (f" ({part})" if part else "")
    return text


class _DataGraph(Graph):
    """The graph under validation; it parses each SPARQL constraint once.

    pyshacl hands rdflib the same query text for every focus node, and rdflib's
    parser takes tens of milliseconds on the anchor check, which made parsing
    the bulk of a build's time. The parsed query is kept per text (per process).
    """

    _parsed: dict[str, Query] = {}

    def query(self, query_object, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201 - rdflib's signature
        if isinstance(query_object, str):
            parsed = self._parsed.get(query_object)
            if parsed is None:
                parsed = self._parsed[query_object] = prepareQuery(query_object)
            query_object = parsed
        return super().query(query_object, *args, **kwargs)


SHACL_LOCK = threading.Lock()
"""Held while pyshacl runs: it parses SPARQL with rdflib's grammar, which is not safe in several threads at
once (a feature first met by two threads together breaks it for the rest of the process)."""


def problems(quads: Iterable[Quad], focus: list[URIRef] | None = None) -> list[str]:
    """Every SHACL violation of the quads (graphs merged), one readable line each;
    only those of the ``focus`` nodes when given."""
    data = _DataGraph()
    for name, namespace in PREFIXES.items():
        data.bind(name, namespace, replace=True)
    data += vocabulary()
    for s, p, o, _ in quads:
        data.add((s, p, _plain(o)))
    with SHACL_LOCK:
        conforms, report, _ = shacl_validate(
            data, shacl_graph=shapes(), advanced=True, allow_warnings=True, focus_nodes=focus,
            inplace=True,  # the graph is ours and thrown away; a copy would lose the parsed queries
        )
    if conforms:
        return []
    lines = set()
    for result in report.subjects(SH.focusNode, None):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage) or "violates a shape"
        value = report.value(result, SH.value)
        where = f" at {path.n3(data.namespace_manager)}" if path is not None and not isinstance(path, Graph) else ""
        got = f" (value: {value})" if isinstance(value, Literal) and len(value) < 80 else ""
        lines.add(f"{_name(focus)}{where}: {message}{got}")
    return sorted(lines)


def check(quads: list[Quad]) -> None:
    """Raise ``ValidationError`` listing every violation, if there is any."""
    found = problems(quads)
    if found:
        raise ValidationError(found)
