"""The ``token`` commands: create, list and revoke the bearer tokens that allow writes."""

from __future__ import annotations

import argparse
from pathlib import Path

from claimgraph.api.settings import Settings
from claimgraph.cli import add_command
from claimgraph.claims.errors import InputError
from claimgraph.cli.choices import LazyChoices


def _roles() -> tuple[str, ...]:
    from claimgraph.kg.tokens import ROLES

    return ROLES


def _path(args: argparse.Namespace) -> Path:
    from claimgraph.kg import tokens

    path = args.tokens or tokens.tokens_path(args.store)
    if path is None:
        raise InputError("an in-memory or remote store has no token file beside it; give --tokens FILE")
    return path


def _run_create(args: argparse.Namespace) -> int:
    from claimgraph.kg import tokens

    path = _path(args)
    secret = tokens.create(path, args.name, args.role)
    print(f"created token {args.name!r} ({args.role}) in {path}; the secret, shown only this once:")
    print(secret)
    return 0


def _run_list(args: argparse.Namespace) -> int:
    from claimgraph.kg import tokens

    entries = tokens.listing(_path(args))
    if not entries:
        print("no tokens")
    for entry in entries:
        state = f"revoked {entry['revoked']}" if entry["revoked"] else "active"
        print(f"{entry['name']}\t{entry['role']}\tcreated {entry['created']}\t{state}")
    return 0


def _run_revoke(args: argparse.Namespace) -> int:
    from claimgraph.kg import tokens

    tokens.revoke(_path(args), args.name)
    print(f"revoked token {args.name!r}")
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser, settings: Settings) -> None:
    """Add token create|list|revoke."""
    where = argparse.ArgumentParser(add_help=False)
    where.add_argument(
        "--tokens", type=Path, default=settings.tokens,
        help="the token file (env CLAIMGRAPH_TOKENS; default: beside the store, STORE.tokens.json)",
    )
    token = add_command(commands, "token")
    actions = token.add_subparsers(dest="action", required=True, metavar="ACTION")
    command = actions.add_parser("create", parents=[common, where], help="create a token and print its secret once")
    command.add_argument("--name", required=True)
    command.add_argument("--role", required=True, choices=LazyChoices(_roles), metavar="ROLE", help="one of %(choices)s")
    command.set_defaults(run=_run_create)
    command = actions.add_parser("list", parents=[common, where], help="list tokens (never their secrets)")
    command.set_defaults(run=_run_list)
    command = actions.add_parser("revoke", parents=[common, where], help="revoke a token by name")
    command.add_argument("name", metavar="NAME")
    command.set_defaults(run=_run_revoke)
