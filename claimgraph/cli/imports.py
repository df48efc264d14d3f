"""``claimgraph import claimreview FILE``: other publishers' fact-checks, imported into the record as external reviews."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from claimgraph.api.settings import Settings
from claimgraph.cli import add_command, running
from claimgraph.cli.agent import add_by
from claimgraph.claims.errors import InputError


def _run_claimreview(args: argparse.Namespace) -> int:
    from claimgraph.kg.factchecks import import_claimreviews
    from claimgraph.kg.store import open_store

    try:
        content = args.file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {args.file}: {error.strerror}") from None
    if len(content) > args.max_bytes:
        raise InputError(f"{args.file} is larger than {args.max_bytes} bytes (CLAIMGRAPH_MAX_DOCUMENT_BYTES)")
    if (service := running.holder(args.store)) is not None:
        report = service.write("/api/claimreviews", "editor", params={"source": args.file.name}, data=content, content_type="application/json")
    else:
        store = open_store(args.store, args.update_url)
        try:
            report = import_claimreviews(store, content, args.file.name, args.by, base_url=args.public_url)
        except InputError as error:
            raise InputError(f"{args.file}: {error}; nothing was written") from None
        finally:
            store.close()
    if args.format == "json":
        sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        return 0
    for item in report["items"]:
        linked = ", ".join(item["claims"]) or "unmatched"
        print(f"{item['verdict']:<12} {item['rating'] or '(no rating)'} | {item['url']} -> {linked}")
    print(
        f"imported {report['imported']} review(s), {report['matched']} matched to claims on the record; "
        f"{report['already_stored']} already stored"
    )
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser, settings: Settings) -> None:
    """Add ``import claimreview``."""
    command = add_command(commands, "import")
    kinds = command.add_subparsers(dest="kind", required=True, metavar="KIND")
    claimreview = kinds.add_parser(
        "claimreview", parents=[common],
        help="store other publishers' fact-checks (ClaimReview JSON-LD or a Fact Check Tools answer) as external reviews, "
        "linked to the matching claim on the record; never a verdict of ours",
    )  # fmt: skip
    claimreview.add_argument("file", type=Path, help="the JSON file")
    claimreview.add_argument("--format", choices=("table", "json"), default="table")
    claimreview.add_argument(
        "--public-url", default=settings.public_url,
        help="the service's public address, so that a review naming a claim's page matches it (env CLAIMGRAPH_PUBLIC_URL)",
    )  # fmt: skip
    claimreview.set_defaults(max_bytes=settings.max_document_bytes)
    add_by(claimreview, "imports")
    claimreview.set_defaults(run=_run_claimreview)
