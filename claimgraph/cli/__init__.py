"""The ``claimgraph`` command line: one sub-command module per topic.

A command starts at once: the parser lists every command from :data:`COMMANDS` and imports only the module of the
command asked for (none for ``claimgraph --help``), and that module imports what the command runs when it runs
(``query`` no rdflib, spaCy or FastAPI; ``build`` no FastAPI). ``tests/cli/test_imports.py`` checks it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from claimgraph.api.settings import Settings
from claimgraph.claims.errors import ClaimgraphError

COMMANDS = {
    "build": ("graph", "validate the claim sets and write them into the store"),
    "validate": ("graph", "check the claim sets against the SHACL shapes, writing nothing"),
    "query": ("graph", "run a SPARQL query (SELECT, ASK, CONSTRUCT) on the store"),
    "export": ("graph", "write the whole graph in an RDF format, or the reviews, claims or pledges of the record, "
               "or the claims as signed nanopublications"),
    "serve": ("service", "serve the API, SPARQL endpoint and views over HTTP"),
    "analyze": ("analyze", "analyse the entity network: centrality, communities, sources, conflicts, matches, path"),
    "view": ("view", "write the network (or one entity's or claim's view) as a self-contained HTML file"),
    "review": ("review", "record a review of a claim; it becomes the current verdict"),
    "fulfilment": ("review", "record a pledge's fulfilment state; it becomes the pledge's state"),
    "token": ("tokens", "create, list or revoke bearer tokens for reviewers and editors"),
    "extract": ("ingest", "print the candidate claims of an article, storing nothing"),
    "ingest": ("ingest", "store an article and its candidate claims (status candidate)"),
    "curate": ("ingest", "accept, reject, edit or retract a claim; or show its curation history"),
    "eval": ("ingest", "score extraction against the labelled articles and the bundled claim sets"),
    "links": ("links", "entities proposed as one (\"Veloria\" and \"Veloria Robotics\"): list, confirm (merge), refuse, undo"),
    "import": ("imports", "import what others published: fact-checks (ClaimReview)"),
}  # fmt: skip
"""Every sub-command, in the order ``claimgraph --help`` lists them: the module of this package that adds it (its
``register``) and its line in that list."""


def add_command(commands: argparse._SubParsersAction, name: str, **options: object) -> argparse.ArgumentParser:
    """Add the sub-command ``name`` with its line from :data:`COMMANDS` (a module's ``register`` adds each of its own)."""
    return commands.add_parser(name, help=COMMANDS[name][1], **options)


def parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser: every sub-command listed, and built whole with its options only the one ``argv`` names
    (every one when ``argv`` is None), so that a command imports no other command's module."""
    settings = Settings()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--store",
        default=settings.store,
        help="'memory:', a folder for the embedded Oxigraph store, or the query URL of a SPARQL 1.1 service "
        "(env CLAIMGRAPH_STORE; default %(default)s)",
    )
    common.add_argument(
        "--update-url",
        default=settings.update_url,
        help="the SPARQL 1.1 Update URL of a remote store; by default its query URL (env CLAIMGRAPH_UPDATE_URL)",
    )
    common.add_argument("-q", "--quiet", action="store_true", help="no progress on standard error (shown only on a terminal)")
    root = argparse.ArgumentParser(prog="claimgraph", description="Factual claims of news articles as an RDF graph with provenance.")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    asked = None if argv is None else COMMANDS.get(argv[0] if argv else "", ("",))[0]
    registered: set[str] = set()
    for name, (module, _) in COMMANDS.items():
        if asked is not None and asked != module:
            add_command(commands, name)
        elif module not in registered:
            importlib.import_module(f"claimgraph.cli.{module}").register(commands, common, settings)
            registered.add(module)
    return root


BROKEN_PIPE = 128 + 13
"""The exit status when whoever read the output stopped reading (``claimgraph export | head``): what a shell reports
for a program that SIGPIPE ended."""


def main(argv: list[str] | None = None) -> int:
    """Run a command; errors of ours (a bad setting in the environment included) print one clear line and exit 2.
    Output nobody reads any more ends the command quietly with :data:`BROKEN_PIPE`; an interrupt, with 130."""
    try:
        argv = sys.argv[1:] if argv is None else argv
        args = parser(argv).parse_args(argv)
        return args.run(args) or 0
    except ClaimgraphError as error:
        print(f"claimgraph: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # Python flushes standard output once more on exit: point it at nothing, so that it does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return BROKEN_PIPE
    except KeyboardInterrupt:
        return 130
