"""The ``links`` command: entities proposed as one, and a curator's decisions on them (:mod:`claimgraph.kg.resolution`)."""

from __future__ import annotations

import argparse
import json
import sys

from claimgraph.api.settings import Settings
from claimgraph.claims.errors import InputError
from claimgraph.cli import running
from claimgraph.cli.agent import add_by

STATUSES = ("proposed", "confirmed", "refused")


def _line(proposal: dict[str, object]) -> str:
    kept, other = proposal["kept"], proposal["other"]
    evidence = "; ".join(proposal["evidence"])
    return f"{proposal['id']}  [{proposal['status']}]  {other['label'] or other['id']} -> {kept['label'] or kept['id']}  ({evidence})\n"


def _through(service: running.Service, args: argparse.Namespace) -> object:
    """The action, through the service that holds the store (``/api/entity-links``); ``scan`` has no route."""
    if args.action == "list":
        return service.get_json("/api/entity-links", {"status": args.status})["items"]
    if args.action == "scan":
        raise InputError(f"{service.held()}, which has no route for a scan: stop the service, scan, and serve again")
    return service.write(running.path_of("api", "entity-links", args.proposal_id, args.action), "editor", {"note": args.note})


def _run(args: argparse.Namespace) -> int:
    if (service := running.holder(args.store)) is not None:
        return _print(args, _through(service, args))
    from claimgraph.kg import resolution  # the extraction's rules with it, which a request to the service does not need
    from claimgraph.kg.store import open_store

    store = open_store(args.store, args.update_url)
    try:
        if args.action == "list":
            result: object = resolution.proposals(store, args.status)
        elif args.action == "scan":
            result = [resolution.get_proposal(store, found.id) for found in resolution.scan(store, args.by)]
        else:
            decide = {"confirm": resolution.confirm, "refuse": resolution.refuse, "undo": resolution.undo}[args.action]
            result = decide(store, args.proposal_id, args.by, args.note)
    finally:
        store.close()
    return _print(args, result)


def _print(args: argparse.Namespace, result: object) -> int:
    if args.format == "json":
        sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    else:
        for proposal in result if isinstance(result, list) else [result]:
            sys.stdout.write(_line(proposal))
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser, settings: Settings) -> None:
    """Add links with list, scan, confirm, refuse and undo."""
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--format", choices=("table", "json"), default="table")
    command = commands.add_parser(
        "links", help="entities proposed as one (\"Veloria\" and \"Veloria Robotics\"): list, confirm (merge), refuse, undo",
        description="Ingest proposes a link when a document names an entity the record has under another label. "
        "Confirming merges the two (the other label kept as an alias, every claim re-pointed); refusing keeps them "
        "apart for good; undo reverses a merge while nothing it wrote has changed.",
    )
    actions = command.add_subparsers(dest="action", required=True, metavar="ACTION")
    action = actions.add_parser("list", parents=[common, output], help="the link proposals, with their evidence")
    action.add_argument("--status", choices=STATUSES, help="only those in this status")
    action = actions.add_parser("scan", parents=[common, output], help="propose links among every entity of the store (pairs proposed once are skipped)")
    add_by(action, "proposes them")
    for name, text in (("confirm", "merge the other entity into the kept one"), ("refuse", "keep the two apart; never proposed again"),
                       ("undo", "undo the merge of a confirmed link")):  # fmt: skip
        action = actions.add_parser(name, parents=[common, output], help=text)
        action.add_argument("proposal_id", metavar="PROPOSAL_ID")
        action.add_argument("--note", help="why, for the record")
        add_by(action, f"decides ({name})")
    command.set_defaults(run=_run)
