"""How fast the command line starts: every command's ``--help`` against ``python -c "import argparse"``, and
``claimgraph query`` on the bundled store against a bare pyoxigraph script running the same query.

Every sub-command of ``claimgraph`` (:data:`claimgraph.cli.COMMANDS`) is timed with ``--help``, as is
``claimgraph --help`` itself. Each run is a fresh process; the commands take turns run by run, so a change in the
shared machine's load falls on all of them alike. Medians of ``STARTUP_RUNS`` runs.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from importlib.resources import files
from pathlib import Path

from claimgraph.cli import COMMANDS

STARTUP_RUNS = 11
"""Runs of each command (medians are reported)."""


QUERY = "valuations.rq"
"""The example query timed on the bundled store."""

_BARE = """
import sys
import pyoxigraph
answer = pyoxigraph.Store(sys.argv[1]).query(open(sys.argv[2], encoding="utf-8").read())
sys.stdout.buffer.write(answer.serialize(format=pyoxigraph.QueryResultsFormat.JSON))
"""
"""The same query with nothing around it: open the store, run it, write its JSON results."""


def _seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _medians(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """The median wall time of each command, the commands taking turns run by run (after one untimed run each)."""
    for command in commands.values():
        _seconds(command)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(_seconds(command))
    return {name: statistics.median(times) for name, times in samples.items()}


def measure(store: Path, runs: int = STARTUP_RUNS) -> dict:
    """The medians of every ``--help`` and of the baseline; then of the query, through claimgraph and bare."""
    claimgraph = str(Path(sys.executable).with_name("claimgraph"))
    helps = {"python -c 'import argparse'": [sys.executable, "-c", "import argparse"], "claimgraph --help": [claimgraph, "--help"]}
    helps.update({f"claimgraph {command} --help": [claimgraph, command, "--help"] for command in COMMANDS})
    query = Path(str(files("claimgraph.kg.queries").joinpath(QUERY)))
    queries = {
        "bare pyoxigraph script": [sys.executable, "-c", _BARE, str(store), str(query)],
        "claimgraph query": [claimgraph, "query", "--store", str(store), "-f", str(query), "--format", "json"],
    }
    return {"runs": runs, "query": QUERY, "help": _medians(helps, runs), "query_seconds": _medians(queries, runs)}
