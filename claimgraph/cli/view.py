"""The ``view`` command: write a network view as one self-contained HTML file."""

from __future__ import annotations

import argparse
from pathlib import Path

from claimgraph.api.settings import Settings
from claimgraph.cli import add_command, running
from claimgraph.cli.as_of import add_as_of, as_of_option
from claimgraph.claims.errors import InputError
from claimgraph.viz.caps import DEFAULT_NODE_CAP, MAX_NODE_CAP


def _run(args: argparse.Namespace) -> int:
    from claimgraph.kg import analysis
    from claimgraph.kg.network import claim_or_error, claim_provenance, neighbourhood, read_claim_network, read_network
    from claimgraph.kg.store import open_store
    from claimgraph.viz.render import render
    from claimgraph.viz.views import entity_view, provenance_view, with_tips

    if not 1 <= args.limit <= MAX_NODE_CAP:
        raise InputError(f"--limit must be between 1 and {MAX_NODE_CAP}, not {args.limit}")
    as_of = as_of_option(args.as_of)
    if (service := running.holder(args.store)) is not None:
        store = running.copy_of_store(service)
    else:
        store = open_store(args.store, args.update_url)
    try:
        if args.claim:
            network = read_claim_network(store, [args.claim], as_of)
            claim = claim_or_error(network, args.claim)
            view = provenance_view(claim_provenance(store, network, args.claim, as_of), title=f"Provenance: {claim.statement}")
        else:
            network = read_network(store, as_of)
            graph = network.graph()
            keep = []
            title = "Who is linked to whom"
            if args.entity:
                graph = neighbourhood(graph, args.entity, args.radius)
                keep = [args.entity]
                title = f"{graph.nodes[args.entity]['label']}: within {args.radius} link{'s' if args.radius > 1 else ''}"
            view = with_tips(entity_view(graph, analysis.pagerank(graph), network, title=title, cap=args.limit, keep=keep), network)
    finally:
        store.close()
    try:
        args.out.write_text(render(view), encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot write {args.out}: {error.strerror}") from None
    print(f"wrote {args.out}: {len(view.nodes)} nodes, {len(view.edges)} links")
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser, settings: Settings) -> None:
    """Add view."""
    command = add_command(commands, "view", parents=[common])
    command.add_argument("--out", type=Path, required=True, metavar="FILE.html", help="the file to write")
    which = command.add_mutually_exclusive_group()
    which.add_argument("--entity", metavar="ID", help="the neighbourhood of this entity")
    which.add_argument("--claim", metavar="ID", help="the provenance of this claim")
    command.add_argument("--radius", type=int, choices=(1, 2), default=1, help="links around --entity (default %(default)s)")
    command.add_argument("--limit", type=int, default=DEFAULT_NODE_CAP, help="at most this many entities (default %(default)s)")
    add_as_of(command, "the claims on the record at this time, with their verdicts then (a claim not on it then is an error)")
    command.set_defaults(run=_run)
