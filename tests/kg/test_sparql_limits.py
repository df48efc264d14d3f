"""The row cap and the deadline of ``kg.sparql.run_query``, in every results and graph format.

Answers are written once, straight in the format asked for, and cut at the cap
by the marks rows leave in it; the values here hold those very marks (a JSON
row boundary, an XML ``<result>``, CSV quotes and line breaks, TSV escapes),
so a cut that trusted the marks blindly would keep the wrong rows.
"""

from __future__ import annotations

import csv
import io
import time

import pyoxigraph as ox
import pytest
from rdflib import Graph

from claimgraph.kg.errors import QueryTimeoutError
from claimgraph.kg import sparql
from claimgraph.kg.sparql import GRAPH_MEDIA_TYPES, RESULT_MEDIA_TYPES
from claimgraph.kg.sparql_text import query as checked
from claimgraph.kg.store import Store

EX = "http://example.org/"
HOSTILE = [
    'a},{"b":{"type":"uri","value":"x"}},{',
    "[{}]",
    "[{",
    "},{}",
    "<result><binding name='s'/></result>",
    'quote " and "" doubled',
    "line\r\nbreak\nand\rmore",
    "tab\tand, comma",
    "back\\slash\\",
    'ends in a backslash and quote \\"',
    "plain",
]
ROWS = "SELECT ?s ?o ?n WHERE { ?s <http://example.org/p> ?o OPTIONAL { ?s <http://example.org/n> ?n } } ORDER BY ?s"
EMPTY_ROWS = "SELECT ?x WHERE { ?s <http://example.org/p> ?o OPTIONAL { ?s <http://example.org/none> ?x } }"
GRAPH = "CONSTRUCT { ?s <http://example.org/p> ?o } WHERE { ?s <http://example.org/p> ?o }"
SLOW = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f'"{escaped}"'


@pytest.fixture
def hostile(store: Store) -> Store:
    """Rows whose values hold the marks the cut looks for; every other one has a language tag or a number."""
    lines = []
    for number, text in enumerate(HOSTILE * 3):
        value = _literal(text) + ("@en" if number % 2 else "")
        lines.append(f"<{EX}s{number:03d}> <{EX}p> {value} .")
        if number % 3 == 0:
            lines.append(f"<{EX}s{number:03d}> <{EX}n> {number} .")
    store.update("INSERT DATA { " + "\n".join(lines) + " }")
    return store


def _rows(body: bytes, media_type: str) -> list[tuple]:
    if media_type == "text/csv":  # lossy: Oxigraph reads it not back; the values as text
        return [tuple(row) for row in csv.reader(io.StringIO(body.decode("utf-8"), newline=""))][1:]
    results = ox.parse_query_results(body, ox.QueryResultsFormat.from_media_type(media_type))
    return [tuple(solution) for solution in results]


@pytest.mark.parametrize("media_type", RESULT_MEDIA_TYPES)
@pytest.mark.parametrize("query", [ROWS, EMPTY_ROWS], ids=["values", "unbound"])
def test_select_keeps_exactly_the_first_rows_up_to_the_cap(hostile: Store, media_type: str, query: str) -> None:
    whole = sparql.run_query(hostile, checked(query), media_type, max_rows=10**6)
    expected = _rows(whole.body, media_type)
    assert len(expected) == len(HOSTILE) * 3 and not whole.truncated
    for cap in (0, 1, 2, 7, len(expected) - 1, len(expected), len(expected) + 1):
        answer = sparql.run_query(hostile, checked(query), media_type, max_rows=cap)
        assert _rows(answer.body, media_type) == expected[:cap], cap
        assert answer.truncated == (cap < len(expected)), cap


@pytest.fixture
def many(store: Store) -> Store:
    """Hundreds of kilobytes of hostile rows: the serialiser writes them in many pieces, marks split across two."""
    lines = [f"<{EX}s{number:05d}> <{EX}p> {_literal(HOSTILE[number % len(HOSTILE)] * (1 + number % 5))} ." for number in range(3000)]
    store.update("INSERT DATA { " + "\n".join(lines) + " }")
    return store


@pytest.mark.parametrize("media_type", RESULT_MEDIA_TYPES)
def test_a_cut_answer_is_the_answer_a_smaller_result_would_get(many: Store, media_type: str) -> None:
    """Byte for byte: the rows up to the cap, closed as Oxigraph closes a whole document."""
    query = "SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?s"
    target = ox.QueryResultsFormat.from_media_type(media_type)
    for cap in (1, 10, 333, 1000, 2047, 2999):
        cut = sparql.run_query(many, checked(query), media_type, max_rows=cap)
        limited = many.native_query(f"{query} LIMIT {cap}").serialize(format=target)
        assert cut.body == limited and cut.truncated, cap
    whole = sparql.run_query(many, checked(query), media_type, max_rows=3000)
    assert whole.body == many.native_query(query).serialize(format=target) and not whole.truncated


@pytest.mark.parametrize("media_type", GRAPH_MEDIA_TYPES)
def test_construct_keeps_at_most_the_cap_of_triples(hostile: Store, media_type: str) -> None:
    whole = sparql.run_query(hostile, checked(GRAPH), media_type, max_rows=10**6)
    parse_as = ox.RdfFormat.from_media_type(media_type)
    total = len(list(ox.parse(whole.body, parse_as)))
    assert total == len(HOSTILE) * 3 and not whole.truncated
    for cap in (0, 1, 4, total - 1, total, total + 1):
        answer = sparql.run_query(hostile, checked(GRAPH), media_type, max_rows=cap)
        kept = list(ox.parse(answer.body, parse_as))
        assert len(kept) == min(cap, total) and answer.truncated == (cap < total), cap


def test_turtle_answers_use_the_project_prefixes(hostile: Store) -> None:
    answer = sparql.run_query(hostile, checked("CONSTRUCT { ?s a <https://w3id.org/claimgraph/ns#Claim> } WHERE { ?s <http://example.org/p> ?o }"), "text/turtle")
    assert b"@prefix cg: <https://w3id.org/claimgraph/ns#>" in answer.body and b" cg:Claim" in answer.body
    assert len(Graph().parse(data=answer.body, format="turtle")) == len(HOSTILE) * 3


@pytest.mark.parametrize("media_type", ["application/sparql-results+json", "text/csv", "application/n-triples", "text/turtle"])
def test_a_query_past_its_deadline_is_stopped(built_store: Store, media_type: str) -> None:
    query = SLOW if "sparql" in media_type or media_type.startswith("text/csv") else "CONSTRUCT { ?a ?b ?i } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError):
        sparql.run_query(built_store, checked(query), media_type, max_rows=10**12, deadline=started + 0.3)
    assert time.monotonic() - started < 3
