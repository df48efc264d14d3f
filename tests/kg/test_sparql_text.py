"""The SPARQL lexer that checks and rewrites every public request (``kg.sparql_text``).

The engine runs the rewritten text, so two things must hold: the rewrite
answers exactly as the original does, and no spelling of ``SERVICE`` or
``LOAD`` gets through it to an engine that then opens a connection. The
second is fuzzed over the lexical corners where lexers disagree, with the
engine evaluating the rewritten text in this process (no network isolation
here) and a loopback listener as the witness.
"""

from __future__ import annotations

import time
from unittest.mock import patch

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.api.settings import Settings
from claimgraph.kg.errors import QueryError, QueryRefusedError, QuerySyntaxError, QueryTimeoutError
from claimgraph.kg import sparql_text
from claimgraph.kg.namespaces import PREFIX_IRIS, is_id
from claimgraph.kg.sparql import evaluate, media_types
from claimgraph.kg.store import Store
from tests.conftest import REPO
from tests.listener import Listener

QUERIES = sorted((REPO / "kg" / "queries").glob("*.rq"))
FEATURES = [
    "SELECT ?type (COUNT(?c) AS ?n) WHERE { ?c a cg:Claim ; cg:claimType ?type } GROUP BY ?type HAVING (COUNT(?c) > 1) ORDER BY DESC(?n)",
    "SELECT ?c ?s WHERE { VALUES (?c ?s) { (claim:openai-valuation-300bn UNDEF) } ?c cg:statement ?s }",
    "SELECT ?e WHERE { ?e (rdfs:label|skos:altLabel)/^rdfs:label ?x } LIMIT 5",
    "SELECT * WHERE { { SELECT ?c WHERE { ?c a cg:Claim } LIMIT 3 } ?c cg:statement ?s }",
    "SELECT ?s WHERE { ?s ?p ?o FILTER (LANG(?o) = 'en' || LANGMATCHES(LANG(?o), \"*\")) } LIMIT 5",
    "SELECT ?c WHERE { ?c cg:anchor [ oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact ?q ] ] FILTER(CONTAINS(?q, 'bn')) }",
    "ASK { ?c a cg:Claim FILTER NOT EXISTS { ?c cg:statement \"\"\"none\nat all\"\"\" } }",
    "CONSTRUCT { ?c cg:statement ?s } WHERE { ?c cg:statement ?s } LIMIT 4",
    "DESCRIBE claim:openai-valuation-300bn",
    "SELECT (STRLEN('a\\tb\\u00e9') AS ?n) (1.5e0 + .5 - -1 AS ?x) (\"x\"^^xsd:string AS ?y) WHERE {}",
]


def _rows(store: Store, text: str) -> list[str]:
    """A query's answer as sorted lines of N-Triples terms, comparable across texts."""
    result = store.oxigraph.query(text, prefixes=PREFIX_IRIS)
    if isinstance(result, ox.QueryBoolean):
        return [str(bool(result))]
    if isinstance(result, ox.QueryTriples):
        return sorted(str(triple) for triple in result)
    return sorted(" ".join(str(solution[name]) for name in result.variables) for solution in result)


@pytest.mark.parametrize("text", [path.read_text(encoding="utf-8") for path in QUERIES] + FEATURES, ids=[p.stem for p in QUERIES] + [f"feature-{n}" for n in range(len(FEATURES))])
def test_the_rewrite_answers_as_the_original(built_store: Store, text: str) -> None:
    rewritten = sparql_text.query(text)
    assert rewritten.text != text or "#" not in text
    assert _rows(built_store, rewritten.text) == _rows(built_store, text)


CALLS = [
    "STR(1)", "LANG('a'@en)", "LANGMATCHES('en', '*')", "DATATYPE(1)", "BOUND(?u)", "IRI('http://example.org/')",
    "URI('http://example.org/')", "ABS(-1)", "CEIL(1.5)", "FLOOR(1.5)", "ROUND(1.5)", "CONCAT('a', 'b')", "SUBSTR('abc', 2)",
    "STRLEN('a')", "REPLACE('a', 'a', 'b')", "UCASE('a')", "LCASE('A')", "ENCODE_FOR_URI('a b')", "CONTAINS('ab', 'a')",
    "STRSTARTS('ab', 'a')", "STRENDS('ab', 'b')", "STRBEFORE('ab', 'b')", "STRAFTER('ab', 'a')", "MD5('a')", "SHA1('a')",
    "SHA256('a')", "SHA384('a')", "SHA512('a')", "COALESCE(?u, 2)", "IF(true, 1, 2)", "STRLANG('a', 'en')",
    "STRDT('1', xsd:integer)", "sameTerm(1, 1)", "isIRI(1)", "isURI(1)", "isBLANK(1)", "isLITERAL(1)", "isNUMERIC(1)",
    "REGEX('a', 'a')", "xsd:integer('1')", "<http://www.w3.org/2001/XMLSchema#double>('1')",
    *(f"{name}('2020-01-02T03:04:05Z'^^xsd:dateTime)" for name in ("YEAR", "MONTH", "DAY", "HOURS", "MINUTES", "SECONDS", "TIMEZONE", "TZ")),
    *(f"{name}(?n)" for name in ("COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT")), "COUNT(*)", "COUNT(DISTINCT ?n)",
]
"""Every SPARQL 1.1 function and aggregate, called as clients write them: the name right before its bracket."""


@pytest.mark.parametrize("call", CALLS)
def test_a_call_written_without_a_space_is_run_as_written(call: str) -> None:
    """Oxigraph refuses some calls with a space before the bracket (``COALESCE (1, 2)``), so the rewrite keeps the
    client's spacing there; the answer is the original's."""
    text = f"SELECT ({call} AS ?x) WHERE {{ VALUES ?n {{ 1 2 }} }}" if call.startswith(("COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT")) \
        else f"SELECT ({call} AS ?x) WHERE {{}}"
    engine = ox.Store()
    rewritten = sparql_text.query(text).text
    assert _rows_of(engine, rewritten) == _rows_of(engine, text)


def _rows_of(engine: ox.Store, text: str) -> list[str]:
    return sorted(str(solution["x"]) for solution in engine.query(text, prefixes=PREFIX_IRIS))


GAPS = [" ", "\n", "\t", "\r\n", "\r", "  \n\t ", " # a remark\n", "#SERVICE <http://x/>\n", " #\r\n"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_gaps_and_comments_do_not_change_the_answer(built_store: Store, data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(FEATURES + [path.read_text(encoding="utf-8") for path in QUERIES]))
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]  # remarks end at the line's end
    parts = " ".join(lines).split(" ")
    spaced = parts[0] + "".join(data.draw(st.sampled_from(GAPS)) + part for part in parts[1:])
    assert _rows(built_store, sparql_text.query(spaced).text) == _rows(built_store, text)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_checked_or_refused_with_one_of_our_errors(text: str) -> None:
    for check in (sparql_text.query, sparql_text.update):
        try:
            check(text)
        except QueryError:
            pass


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80))
def test_a_literal_holds_any_text_exactly(text: str) -> None:
    query = f"SELECT ?x WHERE {{ BIND({sparql_text.literal(text)} AS ?x) }}"
    (solution,) = list(ox.Store().query(sparql_text.query(query).text))
    assert solution["x"].value == text


def test_ids_are_matched_whole() -> None:
    assert is_id("openai-valuation-300bn")
    for bad in ("openai\n", "openai\r", "a b", "", "-x", "a/b", "x\u2028"):
        assert not is_id(bad), bad


def test_nesting_is_bounded_with_a_message() -> None:
    deep = "SELECT * WHERE " + "{" * (sparql_text.MAX_DEPTH + 1) + "}" * (sparql_text.MAX_DEPTH + 1)
    with pytest.raises(QuerySyntaxError, match=f"more than {sparql_text.MAX_DEPTH} deep"):
        sparql_text.query(deep)
    fine = "SELECT * WHERE " + "{" * sparql_text.MAX_DEPTH + "}" * sparql_text.MAX_DEPTH
    assert sparql_text.query(fine).form == "SELECT"
    for opening in ("(", "[ <http://p> "):
        with pytest.raises(QuerySyntaxError, match="deep"):
            sparql_text.query("SELECT * WHERE { ?s ?p " + opening * 200 + " }")


def test_a_mebibyte_query_is_checked_and_messages_stay_short() -> None:
    big = "SELECT * WHERE { VALUES ?x { " + " ".join(f'"v{n}"' for n in range(120_000)) + " } }"
    started = time.perf_counter()
    assert len(big) > 1 << 20 and sparql_text.query(big).form == "SELECT"
    assert time.perf_counter() - started < Settings().query_time_limit / 4
    with pytest.raises(QuerySyntaxError) as error:
        sparql_text.query("SELECT * WHERE { " + "\x00" * 1_000_000)
    assert len(str(error.value)) < 200


def test_runs_of_short_names_are_checked_in_linear_time() -> None:
    """``a.a.a.…`` is a word and a dot, over and over; every word in it could begin a prefixed name.
    Each run is scanned once (it used to be scanned from each word: 32 KiB took 12 s, 1 MiB hours)."""
    for unit in ("a.", "a-", "a.-"):
        text = "SELECT * WHERE { ?s ?p " + unit * (48_000 // len(unit)) + " }"
        started = time.perf_counter()
        sparql_text.query(text)
        assert time.perf_counter() - started < 1.5, unit


def test_a_check_ends_at_its_deadline() -> None:
    dense = "SELECT * WHERE { ?s ?p ?o " + ";" * 100_000 + "}"
    with pytest.raises(QueryTimeoutError, match="time limit"):
        sparql_text.query(dense, deadline=time.monotonic())
    assert sparql_text.query(dense, deadline=time.monotonic() + 60).form == "SELECT"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAé_-.·:0e? \"'<>#\n", max_size=40))
def test_the_shortcut_for_runs_reads_the_same_tokens(text: str) -> None:
    """Inside a run that ends in no colon, tokens are read without trying a prefix: exactly as with it."""

    def outcome() -> object:
        try:
            return sparql_text._tokens(text)
        except QueryError as error:
            return type(error), str(error)

    shortcut = outcome()
    with patch.object(sparql_text, "_TOKEN_UNPREFIXED", sparql_text._TOKEN):
        assert outcome() == shortcut


def test_positions_in_messages_are_the_clients() -> None:
    checked = sparql_text.query("PREFIX e: <http://e/>\n\n   SELECT * WHERE { # note\n  ?s ?p }", base="http://h/sparql")
    line = checked.text.split("\n").index("?s ?p }") + 1
    assert checked.locate(f"error at {line}:7: expected an object") == "error at line 4, column 9 of the request: expected an object"


def test_protocol_graphs_become_using_clauses_and_refuse_with() -> None:
    text = "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o { SELECT * WHERE { ?a ?b ?c } } } ; DELETE WHERE { ?a ?b ?c }"
    rewritten = sparql_text.update(text, using=["http://g/1"], using_named=["http://g/2"]).text
    assert rewritten.count("USING <http://g/1> USING NAMED <http://g/2> WHERE") == 1
    assert rewritten.endswith("DELETE WHERE { ?a ?b ?c }")
    with pytest.raises(QuerySyntaxError, match="not both"):
        sparql_text.update("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", using_named=["http://g/2"])
    with pytest.raises(QuerySyntaxError, match="may not hold"):
        sparql_text.update("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", using=["http://g/> SERVICE <http://x"])


# Fuzzing SERVICE and LOAD over the lexical corners where two lexers can disagree.

SPACES = ["\n", "\r", "\r\n", "\t", " "]
"""White space both SPARQL and Oxigraph know."""
EXOTIC = ["\x0c", "\x0b", "\x85", "\u2028", "\u2029", "\u00a0"]
"""Code points other lexers count as white space or as the end of a comment, and SPARQL does not."""
TERMINATORS = [*SPACES, *EXOTIC, ""]


def _spelled(draw: st.DrawFn, word: str, escaped: bool) -> str:
    """A keyword in any case; if ``escaped``, with ``\\u``/``\\U`` escapes among its letters.

    Oxigraph reads no escape outside strings and IRIs, so a word with one
    would not fetch if run unchecked: escapes are drawn for one request in
    four, so that most requests are ones that would fetch (see
    ``test_the_fuzzed_requests_would_fetch_if_nothing_checked``).
    """
    letters = []
    for letter in word:
        form = draw(st.sampled_from(("upper", "lower", "u", "U") if escaped else ("upper", "lower")))
        if form in ("u", "U"):
            code = ord(draw(st.sampled_from((letter.upper(), letter.lower()))))
            letters.append(f"\\u{code:04X}" if form == "u" else f"\\U{code:08X}")
        else:
            letters.append(getattr(letter, form)())
    return "".join(letters)


@st.composite
def _gap(draw: st.DrawFn, exotic: bool) -> str:
    """White space or a comment between two tokens (or nothing); with ``exotic``, any of :data:`TERMINATORS`."""
    spaces = TERMINATORS if exotic else SPACES
    kind = draw(st.sampled_from(("plain", "plain", "comment", "none")))
    if kind == "none":
        return ""
    if kind == "plain":
        return "".join(draw(st.lists(st.sampled_from(spaces), min_size=1, max_size=3)))
    after = ("", "x ", "\n") if exotic else ("", " ", "\n")  # a word after a comment that one lexer ends early
    end = TERMINATORS if exotic else ("\n", "\r", "\r\n")  # what ends the comment, or what a lexer might take for its end
    return "#" + draw(st.sampled_from(("", "x", "SERVICE", "'"))) + draw(st.sampled_from(end)) + draw(st.sampled_from(after))


@st.composite
def fetching_request(draw: st.DrawFn, url: str) -> tuple[str, str]:
    """("query" or "update", a text that would make the engine fetch ``url`` if run as written).

    One request in three has exotic code points in its gaps (:data:`EXOTIC`,
    and comments ended by nothing); the others only white space SPARQL knows,
    so that most requests are ones the engine would run.
    """
    exotic = draw(st.sampled_from((False, False, True)))
    escaped = draw(st.sampled_from((False, False, False, True)))
    gap = lambda: draw(_gap(exotic))  # noqa: E731 - a short name for a drawn gap
    silent = draw(st.sampled_from(("", _spelled(draw, "SILENT", escaped))))
    target = draw(st.sampled_from((f"<{url}>", ":x", "?u", "e:x")))
    prologue = f"PREFIX : <{url}#>{gap()}PREFIX e: <{url}?>{gap()}"
    binding = f"VALUES ?u {{ <{url}> }}{gap()}" if target == "?u" else ""
    service = f"{_spelled(draw, 'SERVICE', escaped)}{gap()}{silent}{gap()}{target}{gap()}{{ ?s ?p ?o }}"
    wrapped = draw(st.sampled_from((
        "{}", "OPTIONAL {{ {} }}", "{{ SELECT * WHERE {{ {} }} }}", "FILTER EXISTS {{ {} }}", "MINUS {{ {} }}",
        "{{ ?a ?b ?c }} UNION {{ {} }}", "GRAPH ?g {{ {} }}", "?a ?b ?c FILTER NOT EXISTS {{ {} }}", "BIND (EXISTS {{ {} }} AS ?e)",
    ))).format(service)  # fmt: skip
    form = draw(st.sampled_from(("select", "ask", "construct", "describe", "insert", "modify", "load")))
    if form == "select":
        return "query", f"{prologue}SELECT * WHERE {{{gap()}{binding}{wrapped}{gap()}}}"
    if form == "ask":
        return "query", f"{prologue}ASK{gap()}{{ ?x ?y ?z .{gap()}{binding}{wrapped} }}"
    if form == "construct":
        return "query", f"{prologue}CONSTRUCT {{ ?s ?p ?o }}{gap()}WHERE {{ {binding}{wrapped} }}"
    if form == "describe":
        return "query", f"{prologue}DESCRIBE ?s{gap()}WHERE {{ {binding}{wrapped} }}"
    if form == "insert":
        return "update", f"{prologue}INSERT {{ <http://e/a> <http://e/b> ?o }}{gap()}WHERE {{ {binding}{wrapped} }}"
    if form == "modify":
        return "update", f"{prologue}DELETE {{ <http://e/a> <http://e/b> ?o }}{gap()}INSERT {{ <http://e/a> <http://e/c> ?o }}{gap()}WHERE {{ {binding}{wrapped} }}"
    into = draw(st.sampled_from(("", f"{gap()}INTO GRAPH <http://e/g>")))
    load = f"{_spelled(draw, 'LOAD', escaped)}{gap()}{silent}{gap()}<{url}>{into}"
    return "update", f"{prologue}" + draw(st.sampled_from((load, f"CLEAR SILENT GRAPH <http://e/g> ;{gap()}{load}")))


def _run_unchecked(engine: ox.Store, kind: str, text: str) -> None:
    """Run a text on the engine as it stands; errors (a refused fetch among them) do not matter here."""
    try:
        if kind == "query":
            result = engine.query(text)
            if not isinstance(result, ox.QueryBoolean):
                list(result)
        else:
            engine.update(text)
    except (SyntaxError, OSError, RuntimeError):
        pass


def _wait_for(listener: Listener, connections: int, seconds: float = 2.0) -> int:
    deadline = time.monotonic() + seconds
    while listener.connections < connections and time.monotonic() < deadline:
        time.sleep(0.02)
    return listener.connections


def test_the_fuzz_finds_a_fetch_when_nothing_checks(listener: Listener) -> None:
    """The harness can fail: the same requests run unchecked do reach the listener."""
    engine = ox.Store()
    engine.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o")))
    for kind, text in (
        ("query", f"SELECT * WHERE {{ #\rSERVICE <{listener.url}> {{ ?s ?p ?o }} }}"),
        ("query", f"SELECT * WHERE {{ ?s ?p ?o SERVICESILENT<{listener.url}>{{ ?s ?p ?o }} }}"),
        ("update", f"LOAD SILENT <{listener.url}> INTO GRAPH <http://e/g>"),
    ):
        before = listener.connections
        _run_unchecked(engine, kind, text)
        assert _wait_for(listener, before + 1) > before, text


def test_the_fuzzed_requests_would_fetch_if_nothing_checked(listener: Listener) -> None:
    """The fuzz can fail: a good share of the requests it draws make the engine fetch when run unchecked.

    (Most of the rest are refused by Oxigraph's own parser: escapes and
    exotic white space outside strings; these stay in the fuzz, since a
    lexer that read them differently from Oxigraph would be the defect.)
    """
    engine = ox.Store()
    engine.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o")))
    fetched: list[bool] = []

    @settings(max_examples=150, deadline=None, database=None)
    @given(st.data())
    def run(data: st.DataObject) -> None:
        kind, text = data.draw(fetching_request(listener.url))
        before = listener.connections
        _run_unchecked(engine, kind, text)
        fetched.append(_wait_for(listener, before + 1, 0.05) > before)

    run()
    assert len(fetched) >= 100 and sum(fetched) >= len(fetched) / 6, f"{sum(fetched)} of {len(fetched)} would fetch"


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_no_spelling_of_service_or_load_reaches_the_engine(listener: Listener, data: st.DataObject) -> None:
    engine = ox.Store()
    engine.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o")))
    kind, text = data.draw(fetching_request(listener.url))
    try:
        checked = sparql_text.query(text) if kind == "query" else sparql_text.update(text)
    except QueryRefusedError:
        return
    except QuerySyntaxError:
        return
    if kind == "query":
        try:
            evaluate(engine, checked, media_types(checked.form)[0], prefixes={}, deadline=time.monotonic() + 2)
        except QueryError:
            pass
    else:
        _run_unchecked(engine, "update", checked.text)
    assert _wait_for(listener, 1, 0.05) == 0, text
