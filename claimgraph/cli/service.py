"""The ``serve`` command: run the web service on the store."""

from __future__ import annotations

import argparse

from claimgraph.api.settings import Settings


def _run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from claimgraph.api.app import create_app

    settings = Settings(store=args.store, update_url=args.update_url, host=args.host, port=args.port)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port)
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser, settings: Settings) -> None:
    """Add serve."""
    command = commands.add_parser("serve", parents=[common], help="serve the API, SPARQL endpoint and views over HTTP")
    command.add_argument("--host", default=settings.host, help="address to listen on (default %(default)s)")
    command.add_argument("--port", type=int, default=settings.port, help="port to listen on (default %(default)s)")
    command.set_defaults(run=_run_serve)
