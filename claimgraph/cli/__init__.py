"""The ``claimgraph`` command line: one sub-command module per topic.

A command starts at once: building the parser imports only argparse and light modules (settings, the choices
a command offers), and each command imports what it runs when it runs (``query`` no rdflib, spaCy or FastAPI;
``build`` no FastAPI). ``tests/cli/test_imports.py`` checks it.
"""

from __future__ import annotations

import argparse
import os
import sys

from claimgraph.api.settings import Settings
from claimgraph.claims.errors import ClaimgraphError
from claimgraph.cli import analyze, graph, imports, ingest, links, review, service, tokens, view

COMMAND_MODULES = (graph, service, analyze, view, review, tokens, ingest, links, imports)


def parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
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
    for module in COMMAND_MODULES:
        module.register(commands, common, settings)
    return root


BROKEN_PIPE = 128 + 13
"""The exit status when whoever read the output stopped reading (``claimgraph export | head``): what a shell reports
for a program that SIGPIPE ended."""


def main(argv: list[str] | None = None) -> int:
    """Run a command; errors of ours (a bad setting in the environment included) print one clear line and exit 2.
    Output nobody reads any more ends the command quietly with :data:`BROKEN_PIPE`; an interrupt, with 130."""
    try:
        args = parser().parse_args(argv)
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
