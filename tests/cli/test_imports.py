"""A command imports only what it runs: no spaCy, FastAPI, pyshacl or networkx for ``--help`` or ``query``.

Imports, not timings: each case runs the command line in a fresh interpreter and reads ``sys.modules`` after it.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("spacy", "fastapi", "pyshacl", "networkx", "rdflib", "pydantic", "uvicorn", "pyvis")
"""Libraries no ``--help`` needs; the first four are what made every command start in seconds."""

COMMANDS = (
    [], ["build"], ["validate"], ["query"], ["export"], ["serve"], ["analyze"], ["analyze", "centrality"],
    ["view"], ["review"], ["token"], ["token", "create"], ["extract"], ["ingest"], ["curate"], ["eval"],
    ["import"], ["import", "claimreview"],
)  # fmt: skip

_RUN = """
import json, sys
from claimgraph.cli import main
try:
    code = main(json.loads(sys.argv[1]))
except SystemExit as exit:
    code = exit.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def modules_after(*argv: str) -> set[str]:
    """Every module the command line has imported after running ``argv``; it must succeed."""
    done = subprocess.run([sys.executable, "-c", _RUN, json.dumps(argv)], capture_output=True, text=True, timeout=120)
    answer = json.loads(done.stdout.splitlines()[-1])
    assert answer["code"] in (0, None), done.stderr
    return set(answer["modules"])


def imported(*argv: str) -> set[str]:
    """The top-level packages the command line has imported after running ``argv``."""
    return {name.split(".")[0] for name in modules_after(*argv)}


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: " ".join(command) or "claimgraph")
def test_help_imports_nothing_heavy(command: list[str]) -> None:
    assert imported(*command, "--help") & set(HEAVY) == set()


def test_a_query_runs_on_pyoxigraph_alone() -> None:
    modules = imported("query", "--store", "memory:", "--format", "json", "ASK { ?s ?p ?o }")
    assert "pyoxigraph" in modules
    assert modules & set(HEAVY) == set()


def test_a_query_on_a_store_on_disk_compiles_no_sparql_lexer(tmp_path) -> None:
    """Opening a store on disk looks for a build's journal; the lexer (34 ms of patterns) is imported only to play one."""
    modules = modules_after("query", "--store", str(tmp_path / "store"), "--format", "json", "ASK { ?s ?p ?o }")
    assert "claimgraph.kg.journal" in modules and "claimgraph.kg.sparql_text" not in modules


def test_the_check_sees_a_heavy_import() -> None:
    """The check can fail: a command that does import one of them is caught."""
    assert "rdflib" in imported("export", "--store", "memory:", "--format", "nquads")


REGISTERING = {"graph", "service", "analyze", "view", "review", "tokens", "ingest", "links", "imports"}
"""The modules of ``claimgraph.cli`` that add commands; the others (running, agent, ...) are what they share."""


def _registering_modules(*argv: str) -> set[str]:
    return {name.removeprefix("claimgraph.cli.") for name in modules_after(*argv)} & REGISTERING


@pytest.mark.parametrize(
    ("argv", "own"),
    [((), set()), (("review",), {"review"}), (("fulfilment",), {"review"}), (("query",), {"graph"}),
     (("analyze", "path"), {"analyze"}), (("token", "create"), {"tokens"}), (("eval",), {"ingest"})],
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else "",
)  # fmt: skip
def test_a_command_imports_no_other_command_s_module(argv: tuple[str, ...], own: set[str]) -> None:
    """Building the parser for ``argv`` imports the module that adds its command and no other (none for the list)."""
    assert _registering_modules(*argv, "--help") == own


def test_every_module_that_adds_commands_is_known_to_the_check() -> None:
    """The check's list of modules is the command line's: a new module with commands cannot slip past it."""
    from claimgraph.cli import COMMANDS

    assert {module for module, _ in COMMANDS.values()} == REGISTERING
