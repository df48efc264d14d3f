"""The ``serve`` command: run the web service on the store."""

from __future__ import annotations

import argparse

from claimgraph.api.settings import Settings
from claimgraph.cli import add_command


def _run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from claimgraph.api.allocator import limit_arenas
    from claimgraph.api.app import create_app
    from claimgraph.cli.running import announced

    limit_arenas()  # before the service's threads start
    settings = Settings(store=args.store, update_url=args.update_url, host=args.host, port=args.port)
    with announced(settings.store, settings.host, settings.port):  # commands on the store go through the service
        uvicorn.run(create_app(settings), host=settings.host, port=settings.port)
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser, settings: Settings) -> None:
    """Add serve."""
    command = add_command(
        commands, "serve", parents=[common],
        description="Serve the store over HTTP. While it runs, it holds an embedded store, and other commands on the "
        "store go through it (it says where it listens in STORE.service.json): reads as they are, writes with the "
        "token in CLAIMGRAPH_TOKEN; build needs the store to itself.",
    )  # fmt: skip
    command.add_argument("--host", default=settings.host, help="address to listen on (default %(default)s)")
    command.add_argument("--port", type=int, default=settings.port, help="port to listen on (default %(default)s)")
    command.set_defaults(run=_run_serve)
