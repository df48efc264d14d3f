"""A worker's own memory (the interpreter, the engine, the allocator's arenas) leaves a query the budget it is given."""

from __future__ import annotations

import threading
from pathlib import Path

from claimgraph.kg import query_pool
from claimgraph.kg.namespaces import PREFIX_IRIS
from claimgraph.kg.query_worker import STACK_BYTES
from claimgraph.kg.sparql_text import query as checked
from claimgraph.kg.store import Store

BUDGET = 1 << 30
"""The memory a query may take in its worker, as the front door's tests give it."""


def _peak_bytes(pid: int) -> int:
    """The most address space the process has held (``VmPeak``, what its cap counts)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmPeak:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmPeak")


def test_a_worker_that_answered_a_query_leaves_most_of_the_budget_to_the_next(built_store: Store) -> None:
    # once one allocator arena per thread: 1.64 GiB of the 2 GiB cap after one small query, and a small query after a
    # refused one then failed as if out of memory on a loaded machine
    pool = query_pool.QueryPool(built_store, size=1, per_client=1, time_limit=30.0, max_rows=100, prefixes=PREFIX_IRIS, memory=BUDGET)
    try:
        for _ in range(3):
            pool.answer("client", checked("SELECT ?d ?p ?o WHERE { ?d a cg:Document ; ?p ?o }"), "application/sparql-results+json")
        (worker,) = pool._idle
        assert _peak_bytes(worker.process.pid) <= STACK_BYTES + BUDGET - (600 << 20)
    finally:
        pool.close()


def test_a_worker_stopped_from_several_threads_at_once_is_stopped_once(built_store: Store) -> None:
    # the pool's closing and a query's end may both stop a worker; two closings of one pipe at once once failed with EBADF
    # at shutdown, and could close another pipe that had just been given the same number
    for _ in range(5):
        worker = query_pool._Worker(BUDGET)
        failures: list[BaseException] = []

        def stop() -> None:
            try:
                worker.stop()
            except BaseException as failure:  # noqa: BLE001 - any failure is the finding
                failures.append(failure)

        threads = [threading.Thread(target=stop) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not failures and worker.process.returncode is not None and worker.requests.closed and worker.answers.closed
