"""How many worker processes to start by default: one per CPU this process may run on."""

from __future__ import annotations

import os


def default_workers() -> int:
    """One worker process per CPU this process may run on: what ``claimgraph build`` starts."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
