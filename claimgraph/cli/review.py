"""The ``review`` command: record a verdict on a claim, as ``POST /api/claims/{id}/reviews`` does."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from claimgraph.api.settings import Settings
from claimgraph.claims.fulfilment import STATES
from claimgraph.cli import add_command, running
from claimgraph.cli.agent import add_by
from claimgraph.cli.choices import LazyChoices

if TYPE_CHECKING:
    from claimgraph.kg.store import Store


def _verdicts() -> list[str]:
    from claimgraph.kg.ratings import scale

    return list(scale().verdicts)


def _write(args: argparse.Namespace, route: str, body: dict[str, object], local: Callable[[Store], dict]) -> int:
    """Record something about a claim: through the service that holds the store (``POST /api/claims/{id}/ROUTE``, as a
    reviewer), else with ``local`` on the store; print what was stored."""
    from claimgraph.kg.store import open_store

    if (service := running.holder(args.store)) is not None:
        stored = service.write(running.path_of("api", "claims", args.claim_id, route), "reviewer", body)
    else:
        store = open_store(args.store, args.update_url)
        try:
            stored = local(store)
        finally:
            store.close()
    json.dump(stored, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _run_review(args: argparse.Namespace) -> int:
    from claimgraph.kg import reviews

    body = {"verdict": args.verdict, "rationale": args.rationale, "evidence": args.evidence, "reviewer": args.reviewer}
    return _write(args, "reviews", body, lambda store: reviews.add_review(
        store, args.claim_id, args.verdict, args.rationale, args.evidence, args.by, display_name=args.reviewer))


def _run_fulfilment(args: argparse.Namespace) -> int:
    from claimgraph.kg import fulfilment

    body = {"state": args.state, "rationale": args.rationale, "evidence": args.evidence, "date": args.date}
    return _write(args, "fulfilment", body, lambda store: fulfilment.record_fulfilment(
        store, args.claim_id, args.state, args.rationale, args.evidence, args.by, args.date))


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser, settings: Settings) -> None:
    """Add review and fulfilment."""
    command = add_command(
        commands, "review", parents=[common],
        description="Record a review of a claim on the record (unverified, in review or reviewed; a candidate, "
        "rejected or retracted claim is refused). Earlier reviews are kept; the new one revises the current one. "
        "The review's author is --by.",
    )
    command.add_argument("claim_id", metavar="CLAIM_ID")
    command.add_argument("--verdict", required=True, choices=LazyChoices(_verdicts), metavar="VERDICT", help="one of %(choices)s")
    command.add_argument("--rationale", required=True, help="why the verdict holds")
    command.add_argument("--evidence", nargs="*", default=[], metavar="URL", help="links to the evidence")
    add_by(command, "reviews")
    command.add_argument("--reviewer", metavar="NAME", help="a display name shown beside the author (--by); it never replaces it")
    command.set_defaults(run=_run_review)

    command = add_command(
        commands, "fulfilment", parents=[common],
        description="Record the fulfilment state of a pledge on the record, with a rationale, evidence and the day it "
        "holds from. Earlier states are kept; the new one revises the current one. Its author is --by.",
    )
    command.add_argument("claim_id", metavar="CLAIM_ID")
    command.add_argument("--state", required=True, choices=STATES, help="one of %(choices)s")
    command.add_argument("--rationale", required=True, help="why the pledge is in this state")
    command.add_argument("--evidence", nargs="*", default=[], metavar="URL", help="links to the evidence")
    command.add_argument("--date", metavar="YYYY-MM-DD", help="the day the state holds from, not after today (default: today)")
    add_by(command, "records it")
    command.set_defaults(run=_run_fulfilment)
