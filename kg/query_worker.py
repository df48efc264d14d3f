"""A query worker: a process that answers public SPARQL queries from a snapshot of the store.

Started by :mod:`claimgraph.kg.query_pool` as ``python -m claimgraph.kg.query_worker
REQUESTS ANSWERS MEMORY``: the pipe ends it reads requests from and writes
answers to, and the bytes of memory a query may take beyond the query thread's
stack (the process's address space is capped there, so that a query that
would take more fails in this process alone). Before it imports the engine, it leaves the host's
network where the kernel lets it (a network namespace of its own, holding only
a loopback that is down), and it ends within a second of its parent. Queries run on a thread
with a large stack, because Oxigraph's parser and optimiser recurse once per
operator. A query the worker cannot stop in time, or one that crashes it,
takes only this process down; the pool starts another.

Each request is a JSON object (the snapshot to read, the checked query, the
media type, the protocol dataset, the row cap, the seconds left); each answer
is a JSON header, then the body when the header says ``ok``.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import sys
import threading
import time
from multiprocessing.connection import Connection

STACK_BYTES = 1 << 30
"""The query thread's stack: address space reserved, touched only as deep as a query goes."""

_CLONE_NEWNET = 0x40000000
_CLONE_NEWUSER = 0x10000000


def leave_network() -> bool:
    """Move this process into a network namespace of its own; True if the kernel allowed it.

    Root can do so directly; others through a user namespace, where the
    kernel permits unprivileged ones. Must run while the process has one thread.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    return any(libc.unshare(flags) == 0 for flags in (_CLONE_NEWNET, _CLONE_NEWUSER | _CLONE_NEWNET))


def _serve(requests: Connection, answers: Connection) -> None:
    import pyoxigraph as ox

    from claimgraph.kg.errors import QueryError, QueryTimeoutError
    from claimgraph.kg.sparql import evaluate
    from claimgraph.kg.sparql_text import Checked

    engine, opened = None, None
    while True:
        try:
            request = json.loads(requests.recv_bytes())
        except EOFError:
            return
        deadline = time.monotonic() + request["seconds"]
        try:
            if request["snapshot"] != opened:
                engine = None  # the old snapshot is closed before the next is opened
                engine, opened = ox.Store.read_only(request["snapshot"]), request["snapshot"]
            answer = evaluate(
                engine, Checked(request["query"], request["form"]), request["media_type"], prefixes=request["prefixes"],
                default_graph=request["default_graph"], named_graphs=request["named_graphs"],
                max_rows=request["max_rows"], deadline=deadline,
            )  # fmt: skip
        except (QueryError, QueryTimeoutError) as error:
            answers.send_bytes(json.dumps({"error": type(error).__name__, "message": str(error)}).encode())
        except OSError as error:
            answers.send_bytes(json.dumps({"error": "StoreError", "message": f"cannot read the store: {error}"}).encode())
        else:
            answers.send_bytes(json.dumps({"ok": True, "media_type": answer.media_type, "truncated": answer.truncated}).encode())
            answers.send_bytes(answer.body)


def _orphaned(parent: int) -> None:
    """End the process once its parent is gone, even in the middle of a query."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def main(argv: list[str]) -> None:
    """Serve requests until the parent closes the pipe or goes away."""
    isolated = leave_network()
    requests, answers = Connection(int(argv[0]), writable=False), Connection(int(argv[1]), readable=False)
    answers.send_bytes(json.dumps({"isolated": isolated, "pid": os.getpid()}).encode())
    threading.Thread(target=_orphaned, args=(os.getppid(),), daemon=True).start()
    limit = STACK_BYTES + int(argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    threading.stack_size(STACK_BYTES)
    thread = threading.Thread(target=_serve, args=(requests, answers), name="query")
    thread.start()
    thread.join()


if __name__ == "__main__":
    main(sys.argv[1:])
