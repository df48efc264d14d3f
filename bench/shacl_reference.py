"""pySHACL as claimgraph ran it before pyshacl-turbo: the baseline of the SHACL benchmark.

The data graph parses each SPARQL constraint once per process: pySHACL hands
rdflib the same query text for every focus node, and rdflib's parser takes
tens of milliseconds on the anchor check.
"""

from __future__ import annotations

from pyshacl import validate
from rdflib import Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from claimgraph.kg.mapping import Quad
from claimgraph.kg.validation import data_graph, violations
from claimgraph.kg.vocabulary import shapes


class _DataGraph(Graph):
    """A graph whose ``query`` parses each query text once."""

    _parsed: dict[str, Query] = {}

    def query(self, query_object, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201 - rdflib's signature
        if isinstance(query_object, str):
            parsed = self._parsed.get(query_object)
            if parsed is None:
                parsed = self._parsed[query_object] = prepareQuery(query_object)
            query_object = parsed
        return super().query(query_object, *args, **kwargs)


def problems(quads: list[Quad]) -> list[str]:
    """What :func:`claimgraph.kg.validation.problems` answers, computed by pySHACL."""
    data = _DataGraph()
    data += data_graph(quads)
    conforms, report, _ = validate(data, shacl_graph=shapes(), advanced=True, allow_warnings=True, inplace=True)
    return [] if conforms else sorted({violation.line() for violation in violations(report)})
