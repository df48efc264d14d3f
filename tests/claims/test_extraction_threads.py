"""A new process whose first extractions come from several threads at once (a service's first requests): every one of
them succeeds and proposes what a lone extraction proposes."""

from __future__ import annotations

import json
import subprocess
import sys

THREADS = 8
_RUN = """
import json, sys, threading
from claimgraph.claims.extraction.pipeline import extract

text, threads = sys.argv[1], int(sys.argv[2])
start = threading.Barrier(threads)
found, failed = [], []

def one():
    start.wait()
    try:
        found.append(sorted(candidate.statement for candidate in extract(text, "2025-05-01")))
    except Exception as error:
        failed.append(repr(error))

workers = [threading.Thread(target=one) for _ in range(threads)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
print(json.dumps({"found": found, "failed": failed, "alone": sorted(c.statement for c in extract(text, "2025-05-01"))}))
"""
TEXT = ("Quorvex Dynamics raised $4m from Halden Partners in March 2025, according to Dealroom. "
        "The firm was valued at $30m last year, its chief executive said.")


def test_the_first_extractions_of_a_process_from_many_threads_at_once_all_succeed() -> None:
    done = subprocess.run([sys.executable, "-c", _RUN, TEXT, str(THREADS)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.splitlines()[-1])
    assert answer["failed"] == []
    assert answer["alone"] and answer["found"] == [answer["alone"]] * THREADS
