"""Public SPARQL queries on the embedded store, answered by worker processes that can be stopped.

pyoxigraph cannot cancel a query, and a query evaluated in the service's own
process keeps a thread and a core busy long after its time limit; a deep
enough query even crashes the process. So public queries run in worker
processes (:mod:`claimgraph.kg.query_worker`), each reading a *snapshot* of the
store: a RocksDB checkpoint of the on-disk store (hard links, a few
milliseconds), or a copy of an in-memory store, taken when a query comes after
a write. Nothing writes a snapshot, so opening it read-only in other
processes is safe, which opening the live store is not. A worker that has not
answered by its deadline is killed and another is started; one that crashes
takes only its own query with it.

Fairness: at most ``size`` queries run at once, and at most ``per_client``
of them for one client address, so that a burst from one client leaves
workers for the others. A query still running after :data:`DEMOTE_AFTER`
seconds has its worker moved to the idle scheduling class, so that the
processor goes to short queries first; that worker is replaced after it
answers. A query that waits longer
than its time limit for a worker is answered 503.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from claimgraph.kg import errors
from claimgraph.kg.errors import QueryError, QueryTimeoutError, StoreError
from claimgraph.kg.sparql import Answer
from claimgraph.kg.sparql_text import Checked
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import Store

GRACE = 0.25
"""Seconds past a query's deadline before its worker is killed (the worker stops a streaming query itself)."""
START_TIMEOUT = 60.0
"""Seconds a new worker may take to say it is ready."""
DEMOTE_AFTER = 0.25
"""Seconds after which a query still running yields the processor to newer ones: its worker moves to the idle
scheduling class (``SCHED_IDLE``, run only when nothing else wants the processor) and is replaced once it has
answered, since a process may not raise its own priority back."""

_log = logging.getLogger("claimgraph.queries")
_ERRORS = {name: getattr(errors, name) for name in ("QueryError", "QuerySyntaxError", "QueryRefusedError", "QueryTimeoutError", "StoreError")}
"""The errors a worker may report, by name."""


MALLOC_ARENAS = 2
"""The C allocator's arenas in a worker. Each reserves 64 MiB of address space, which the worker's cap counts: with one per
thread, a worker that had answered one small query had used 1.64 GiB of a 2 GiB cap (a query's 1 GiB and the query thread's
stack), leaving the next query a fifth of its budget; with two, 1.26 GiB."""


class _Gone(Exception):
    """The worker did not answer in time, or died."""


class _Worker:
    """One worker process and the pipes to it."""

    def __init__(self, memory: int) -> None:
        requests_in, requests_out = os.pipe()
        answers_in, answers_out = os.pipe()
        self.process = subprocess.Popen(
            # -P: the folder it starts in is not put first on its path, where a folder named claimgraph (a source checkout
            # beside an installed copy) would stand for the package
            [sys.executable, "-P", "-m", "claimgraph.kg.query_worker", str(requests_in), str(answers_out), str(memory)],
            pass_fds=(requests_in, answers_out), stdin=subprocess.DEVNULL, env={**os.environ, "MALLOC_ARENA_MAX": str(MALLOC_ARENAS)},
        )  # fmt: skip
        os.close(requests_in)
        os.close(answers_out)
        self.requests = Connection(requests_out, readable=False)
        self.answers = Connection(answers_in, writable=False)
        self.snapshot: str | None = None
        """The snapshot the worker has open."""
        self.demoted = False
        self.stopped = False
        self._stopping = threading.Lock()
        try:
            if not self.answers.poll(START_TIMEOUT):
                raise _Gone
            self.isolated = json.loads(self.answers.recv_bytes())["isolated"]
        except (_Gone, EOFError, OSError):
            self.stop()
            raise StoreError("a query worker did not start") from None

    def ask(self, request: dict[str, object], timeout: float) -> tuple[dict[str, object], bytes]:
        """Send a request; its answer's header and body.

        Raises:
            _Gone: no answer within ``timeout`` seconds, or the worker died.
        """
        try:
            self.requests.send_bytes(json.dumps(request).encode("utf-8"))
            if not self.answers.poll(min(max(timeout, 0), DEMOTE_AFTER)):
                self._demote()
                if not self.answers.poll(max(timeout - DEMOTE_AFTER, 0)):
                    raise _Gone
            header = json.loads(self.answers.recv_bytes())
            return header, self.answers.recv_bytes() if header.get("ok") else b""
        except (EOFError, OSError):
            raise _Gone from None

    def _demote(self) -> None:
        """Move every thread of the process (the query runs on one of its own) to the idle scheduling class."""
        self.demoted = True
        try:
            threads = os.listdir(f"/proc/{self.process.pid}/task")
        except FileNotFoundError:  # the process has died; the answer's pipe will say so
            return
        for thread in threads:
            try:
                os.sched_setscheduler(int(thread), os.SCHED_IDLE, os.sched_param(0))
            except ProcessLookupError:  # a thread that has just ended
                pass

    def stop(self) -> None:
        """Kill the process and close the pipes, once: the pool's closing and a query's end may both ask."""
        with self._stopping:
            if self.stopped:
                return
            self.stopped = True
            self.process.kill()
            self.process.wait()
            self.requests.close()
            self.answers.close()


class _Snapshots:
    """Snapshots of a store for the workers, one per version that a query has asked for."""

    def __init__(self, store: Store) -> None:
        self.store = store
        if store.location == MEMORY:
            self.folder = Path(tempfile.mkdtemp(prefix="claimgraph-snapshots-"))
        else:
            self.folder = Path(f"{store.location}.snapshots")
            shutil.rmtree(self.folder, ignore_errors=True)  # left by a server that was killed
            self.folder.mkdir(parents=True)
        self.latest: tuple[int | None, str] | None = None
        self.users: Counter[str] = Counter()
        self.numbers = itertools.count()
        self.lock = threading.Lock()

    def current(self) -> str:
        """The path of a snapshot holding every write made so far (taken now if there is none)."""
        with self.lock:
            version = self.store.version
            if self.latest is not None and self.latest[0] == version:
                return self.latest[1]
            path = str(self.folder / str(next(self.numbers)))
            engine = self.store.oxigraph
            if self.store.location == MEMORY:
                ox.Store(path).bulk_extend(engine.quads_for_pattern(None, None, None, None))  # closed as it is dropped
            else:
                engine.backup(path)
            older, self.latest = self.latest, (version, path)
            if older is not None:
                self._drop_if_unused(older[1])
            return path

    def use(self, path: str | None, previous: str | None) -> None:
        """A worker moved from ``previous`` to ``path`` (either may be None)."""
        with self.lock:
            if path is not None:
                self.users[path] += 1
            if previous is not None:
                self.users[previous] -= 1
                self._drop_if_unused(previous)

    def _drop_if_unused(self, path: str) -> None:
        if self.users[path] <= 0 and (self.latest is None or self.latest[1] != path):
            del self.users[path]
            shutil.rmtree(path, ignore_errors=True)

    def close(self) -> None:
        """Remove every snapshot."""
        shutil.rmtree(self.folder, ignore_errors=True)


class QueryPool:
    """Worker processes answering public queries on an embedded store; see the module's docstring."""

    def __init__(
        self, store: Store, *, size: int, per_client: int, time_limit: float, max_rows: int, prefixes: dict[str, str],
        memory: int = 2 << 30,
    ) -> None:
        """A pool of at most ``size`` workers; ``memory`` is the bytes a query may take in its worker."""
        if store.oxigraph is None:
            raise StoreError("query workers need the embedded Oxigraph store")
        self.size, self.per_client, self.time_limit, self.max_rows, self.prefixes = size, per_client, time_limit, max_rows, prefixes
        self.memory = memory
        self.snapshots = _Snapshots(store)
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._starting = 0
        self._running: Counter[str] = Counter()
        self._changed = threading.Condition()
        self._closed = False
        self.isolated: bool | None = None
        """Whether the workers could leave the host's network (None until one has started)."""
        self._keep_spare()

    @property
    def _count(self) -> int:
        return len(self._idle) + len(self._busy) + self._starting

    def answer(
        self, client: str, query: Checked, media_type: str, default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None, *, deadline: float | None = None,
    ) -> Answer:
        """Answer a checked query for a client (its address) by the deadline (by default the time limit from now).

        Raises:
            QueryTimeoutError: no worker was free, or the answer was not ready, within the time limit.
            QueryError: the engine refused the query, or stopped on it.
            StoreError: the store could not be read.
        """
        deadline = time.monotonic() + self.time_limit if deadline is None else deadline
        worker, starting = self._acquire(client, deadline)
        kept = False
        try:
            prepared = time.monotonic()
            snapshot = self.snapshots.current()
            if worker.snapshot != snapshot:
                self.snapshots.use(snapshot, worker.snapshot)
                worker.snapshot = snapshot
            deadline += starting + time.monotonic() - prepared  # a worker started or a snapshot taken is not the query's time
            request = {
                "snapshot": snapshot, "query": query.text, "form": query.form, "media_type": media_type,
                "default_graph": default_graph, "named_graphs": named_graphs, "prefixes": self.prefixes,
                "max_rows": self.max_rows, "seconds": deadline - time.monotonic(),
            }  # fmt: skip
            try:
                header, body = worker.ask(request, deadline - time.monotonic() + GRACE)
            except _Gone:
                if time.monotonic() < deadline:
                    raise QueryError("the query engine stopped on this query (it ran out of stack or memory); nothing else was affected") from None
                raise self._late() from None
            kept = True
        finally:
            self._release(client, worker, kept)
        if not header.get("ok"):
            kind = _ERRORS.get(str(header.get("error")), QueryError)
            if kind is QueryTimeoutError:
                raise self._late()
            raise kind(query.locate(str(header.get("message"))))
        return Answer(body, str(header["media_type"]), bool(header["truncated"]))

    def _late(self) -> QueryTimeoutError:
        return QueryTimeoutError(f"the query ran past the time limit of {self.time_limit:g} s and was stopped; narrow it or add a LIMIT")

    def _acquire(self, client: str, deadline: float) -> tuple[_Worker, float]:
        """An idle worker for the client, started if need be (and the seconds its start took); waits for one until the
        deadline."""
        starting = 0.0
        with self._changed:
            while True:
                if self._closed:
                    raise StoreError("the query service is shutting down")
                if self._running[client] < self.per_client:
                    if self._idle:
                        worker = self._idle.pop()
                        break
                    if self._count < self.size:
                        self._starting += 1
                        worker = None
                        break
                    if self._starting:  # a worker is starting: the service's own start-up, not the query's time
                        began = time.monotonic()
                        if not self._changed.wait(START_TIMEOUT):
                            raise StoreError("a query worker did not start")
                        waited = time.monotonic() - began
                        starting, deadline = starting + waited, deadline + waited
                        continue
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise QueryTimeoutError(
                        f"every query worker open to this client was busy for the time limit of {self.time_limit:g} s "
                        f"({self.size} queries run at once, at most {self.per_client} per client); try again later"
                    )
                self._changed.wait(remaining)
            self._running[client] += 1
        if worker is None:
            started = time.monotonic()
            worker = self._start(busy=True)
            starting += time.monotonic() - started
            if worker is None:
                with self._changed:
                    self._running[client] -= 1
                raise StoreError("a query worker did not start")
        else:
            with self._changed:
                self._busy.add(worker)
        self._keep_spare()
        return worker, starting

    def _start(self, *, busy: bool) -> _Worker | None:
        """Start a worker counted in ``_starting``; busy, or added to the idle ones."""
        try:
            worker = _Worker(self.memory)
        except StoreError:
            _log.exception("a query worker did not start")
            worker = None
        with self._changed:
            self._starting -= 1
            if worker is not None:
                if self.isolated is None:
                    self.isolated = worker.isolated
                    if not worker.isolated:
                        _log.warning("query workers could not leave the host's network (no network namespace allowed)")
                if self._closed:
                    worker.stop()
                    return None
                (self._busy.add if busy else self._idle.append)(worker)
            self._changed.notify_all()
        return worker

    def _keep_spare(self) -> None:
        """Start a worker in the background when none is idle and there is room, so the next query need not wait."""
        with self._changed:
            if self._closed or self._idle or self._starting or self._count >= self.size:
                return
            self._starting += 1
        threading.Thread(target=self._start, kwargs={"busy": False}, name="query-worker-start", daemon=True).start()

    def _release(self, client: str, worker: _Worker, kept: bool) -> None:
        """Give a worker back, or kill it when it did not answer or was demoted."""
        kept = kept and not worker.demoted
        if not kept:
            worker.stop()
            self.snapshots.use(None, worker.snapshot)
        with self._changed:
            self._running[client] -= 1
            if self._running[client] <= 0:
                del self._running[client]
            self._busy.discard(worker)
            if kept and not self._closed:
                self._idle.append(worker)
            self._changed.notify_all()
        self._keep_spare()

    def close(self) -> None:
        """Stop every worker and remove the snapshots."""
        with self._changed:
            self._closed = True
            workers = [*self._idle, *self._busy]
            self._idle.clear()
            self._changed.notify_all()
        for worker in workers:
            worker.stop()
        self.snapshots.close()
