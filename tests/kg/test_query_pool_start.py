"""A query's time limit is the query's: a worker started for it, or a snapshot taken for it, does not count."""

from __future__ import annotations

import time

from claimgraph.kg import query_pool
from claimgraph.kg.namespaces import PREFIX_IRIS
from claimgraph.kg.sparql_text import query as checked
from claimgraph.kg.store import Store

SLOW_START = 1.5
"""Seconds each worker takes to start here, more than the time limit below (a loaded machine's first query)."""


def test_a_slow_worker_start_is_not_taken_from_the_query(built_store: Store, monkeypatch) -> None:
    start = query_pool._Worker.__init__

    def slow(worker, memory: int) -> None:
        time.sleep(SLOW_START)
        start(worker, memory)

    monkeypatch.setattr(query_pool._Worker, "__init__", slow)
    _assert_a_pool_answers(built_store, time_limit=1.0)


def _assert_a_pool_answers(store: Store, time_limit: float) -> None:
    """A pool of one worker, started now, answers a query within ``time_limit``."""
    pool = query_pool.QueryPool(store, size=1, per_client=1, time_limit=time_limit, max_rows=100, prefixes=PREFIX_IRIS)
    try:
        answer = pool.answer("client", checked("SELECT ?d WHERE { ?d a cg:Document }"), "application/sparql-results+json")
        assert b"uk-ai-gap-anthropic-valuation" in answer.body
    finally:
        pool.close()


def test_a_folder_named_claimgraph_where_the_service_starts_does_not_stand_for_the_package(
    built_store: Store, tmp_path, monkeypatch
) -> None:
    """Started inside a source checkout, beside an installed copy, the workers once imported the checkout's folder."""
    decoy = tmp_path / "claimgraph" / "kg"
    decoy.mkdir(parents=True)
    for package in (decoy.parent, decoy):
        (package / "__init__.py").write_text("", encoding="utf-8")
    (decoy / "query_worker.py").write_text("raise SystemExit(3)\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _assert_a_pool_answers(built_store, time_limit=10.0)
