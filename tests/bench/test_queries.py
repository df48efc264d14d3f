"""The example queries as the benchmark asks them: about the corpus's hubs, so that they find claims."""

from __future__ import annotations

from importlib.resources import files

from bench.corpus import corpus
from bench.report import _defaults_target
from bench.run import EXAMPLE_LABELS, _asked_once, _queries
from claimgraph.kg.build import build
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import open_store
from tests.api.conftest import make_app, serve


def test_queries_naming_an_entity_of_the_article_ask_about_corpus_hubs_and_find_claims() -> None:
    size = 600
    queries = _queries(size)
    store = open_store(MEMORY)
    build(store, corpus(size))
    for label in EXAMPLE_LABELS:
        assert not any(f'"{label}"' in text for text in queries.values())
    for name in ("claims-about-entity", "claims-by-source"):
        rows = list(store.query(queries[name]))
        assert len(rows) >= 5, name
    store.close()


def test_a_query_asked_once_reports_its_rows_and_whether_the_cap_cut_them(built_store, bundled) -> None:
    query = (files("claimgraph.kg.queries") / "claims-with-provenance.rq").read_text(encoding="utf-8")
    with serve(make_app(built_store)) as base:
        whole = _asked_once(f"{base}/sparql", query)
    with serve(make_app(built_store, query_max_rows=3)) as base:
        cut = _asked_once(f"{base}/sparql", query)
        refused = _asked_once(f"{base}/sparql", "SELECT * WHERE {")
    assert whole["status"] == 200 and whole["rows"] == len(bundled.claims) and not whole["truncated"]
    assert cut["status"] == 200 and cut["rows"] == 3 and cut["truncated"]
    assert refused["status"] == 400 and refused["rows"] == 0


def test_the_record_as_of_is_asked_as_of_now_and_finds_the_claims() -> None:
    store = open_store(MEMORY)
    build(store, corpus(600))
    query = _queries(600)["record-as-of"]
    assert "?asOf" not in query
    assert len(list(store.query(query))) == 600
    store.close()


def test_the_target_row_counts_the_queries_answered_at_the_default_limits() -> None:
    answered = {"status": 200, "seconds": 1.25, "rows": 10_000, "truncated": True}
    stopped = {"status": 503, "seconds": 10.31, "rows": 0, "truncated": False}
    assert _defaults_target(100_000, {"a": answered, "b": answered}).endswith("| 2 of 2 (slowest 1.2 s) | yes |")
    assert _defaults_target(100_000, {"a": answered, "b": stopped}).endswith("| 1 of 2 (slowest 10.3 s) | no |")
