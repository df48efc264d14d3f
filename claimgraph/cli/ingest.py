"""Commands for new articles: extract candidates, ingest a document, curate its claims, evaluate extraction."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from claimgraph.api.settings import Settings
from claimgraph.cli import running
from claimgraph.cli.agent import add_by
from claimgraph.claims import lifecycle
from claimgraph.claims.errors import InputError

if TYPE_CHECKING:
    from claimgraph.claims.extraction import Candidate
    from claimgraph.kg import curation


def _published(value: str) -> str:
    from claimgraph.claims.times import parse_time

    try:
        parse_time(value)
    except InputError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value


def _cell(value: object, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _candidate_row(candidate: Candidate) -> list[str]:
    from claimgraph.claims.extraction.statement import format_money

    money = "" if candidate.value is None else format_money(candidate.value)
    when = "" if candidate.time is None else candidate.time.value or ""
    return [
        f"{candidate.start}-{candidate.end}", candidate.type, f"{candidate.score:.2f}", _cell(candidate.subject, 24), money,
        when, _cell(candidate.attribution, 24), _cell(candidate.statement, 70),
    ]  # fmt: skip


def table(head: list[str], rows: list[list[str]]) -> str:
    """Rows under a head, in columns as wide as their widest cell."""
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in [head, *rows]]
    lines.insert(1, "-" * max(len(line) for line in lines))
    return "\n".join(lines)


def _run_extract(args: argparse.Namespace) -> int:
    from claimgraph.claims.extraction import extract, read_article

    candidates = extract(read_article(args.file, args.max_bytes), args.published, max_bytes=args.max_bytes)
    if args.format == "json":
        json.dump([c.to_json() for c in candidates], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        head = ["span", "type", "score", "subject", "value", "time", "attribution", "statement"]
        print(table(head, [_candidate_row(c) for c in candidates]))
        print(f"{len(candidates)} candidate claim(s)")
    return 0


def _run_eval(args: argparse.Namespace) -> int:
    from claimgraph.claims import evaluation

    claim_sets = args.claim_set if args.claim_set is not None else evaluation.bundled_claim_sets()
    labelled = args.labelled if args.labelled.is_dir() else None
    print(evaluation.report(labelled, claim_sets, args.articles, args.half))
    return 0


def _print_report(report: dict, location: str) -> None:
    """An ingest's report, in the JSON form the API answers (:meth:`~claimgraph.kg.ingest.IngestReport.json`)."""
    document, claims, entities, skipped = report["document"]["id"], report["claims"], report["entities"], report["skipped"]
    if not report["created"]:
        print(f"document {document} (SHA-256 {report['sha256'][:12]}...) is already in the store at {location}: nothing added")
        return
    print(
        f"stored document {document} with {len(claims)} candidate claim(s) in {location}; "
        f"entities: {len(entities['linked'])} linked, {len(entities['proposed'])} proposed"
    )
    if claims:
        rows = [[c["id"], c["type"], c["subject"], c["claimant"], _cell(c["statement"], 70)] for c in claims]
        print(table(["claim", "type", "subject", "claimant", "statement"], rows))
    if entities["proposed"]:
        print("proposed entities: " + ", ".join(f"{e['id']} ({e['type']})" for e in entities["proposed"]))
    for link in report["link_proposals"]:
        print(f"proposed link {link['id']}: {link['other']} may be {link['kept']} ({'; '.join(link['evidence'])}); "
              f"decide with 'claimgraph links confirm|refuse {link['id']}'")
    if skipped:
        print(f"{len(skipped)} candidate(s) named no subject and no source and were not stored:")
        for quote in skipped:
            print(f"  {_cell(quote, 100)}")


def _run_ingest(args: argparse.Namespace) -> int:
    from claimgraph.claims.extraction import read_article
    from claimgraph.cli.progress import progress
    from claimgraph.kg.ingest import ingest
    from claimgraph.kg.store import open_store

    text = read_article(args.file, args.max_bytes)
    with progress("ingest", args.quiet) as shown:
        if (service := running.holder(args.store)) is not None:
            with shown.step(f"sending {args.file} to the service at {service.url}"):
                params = {"published": args.published, "title": args.title, "publisher": args.publisher, "url": args.url}
                report = service.write("/api/documents", "editor", params=params, data=text.encode("utf-8"))
            where = f"{args.store} (through the service at {service.url})"
        else:
            store = open_store(args.store, args.update_url)
            try:
                with shown.step(f"extracting, linking, validating and storing the claims of {args.file}"):
                    report = ingest(
                        store, text, args.published, title=args.title, publisher=args.publisher, url=args.url,
                        file=str(args.file), agent=args.by, max_bytes=args.max_bytes,
                    ).json()  # fmt: skip
            finally:
                store.close()
            where = args.store
    _print_report(report, where)
    return 0


def _edit(args: argparse.Namespace) -> curation.Edit:
    from claimgraph.claims.model import Literal, Money
    from claimgraph.claims.times import parse_time
    from claimgraph.kg import curation

    money = None
    if any(value is not None for value in (args.amount, args.min, args.max)):
        if args.currency is None:
            raise InputError("--amount, --min and --max need --currency")
        money = Money(args.currency.upper(), args.amount, args.min, args.max, bool(args.approximate))
    elif args.currency is not None or args.approximate is not None:
        raise InputError("--currency and --approximate go with --amount, --min or --max")
    literal = None if args.literal is None else Literal(args.literal, args.literal_type)
    time = None if args.time is None else parse_time(args.time, args.time_expression)
    return curation.Edit(
        type=args.type, statement=args.statement, subject=args.subject, predicate=args.predicate, object=args.object,
        money=money, literal=literal, claimant=args.claimant, time=time,
        hedges=None if args.hedges is None else tuple(args.hedges), start=args.start, end=args.end, quote=args.quote,
    )  # fmt: skip


def _changes(args: argparse.Namespace) -> dict[str, object]:
    """An edit's fields as the body of ``POST /api/claims/{id}/edit``: only those given."""
    money = {"currency": args.currency, "amount": args.amount, "min": args.min, "max": args.max, "approximate": bool(args.approximate)}
    anchor = {"start": args.start, "end": args.end, "quote": args.quote}
    changes = {
        "type": args.type, "statement": args.statement, "subject": args.subject, "predicate": args.predicate,
        "object": args.object, "claimant": args.claimant, "hedges": args.hedges, "note": args.note,
        "value": money if args.currency is not None else None,
        "literal": None if args.literal is None else {"text": args.literal, "datatype": args.literal_type},
        "time": None if args.time is None else {"value": args.time or None, "expression": args.time_expression},
        "anchor": anchor if any(value is not None for value in anchor.values()) else None,
    }  # fmt: skip
    return {name: value for name, value in changes.items() if value is not None}


def _curate_through(service: running.Service, args: argparse.Namespace) -> object:
    """Curate through the service that holds the store; the curation record it answers (or the history)."""
    if args.action == "history":
        return service.get_json(running.path_of("api", "claims", args.claim_id, "curation"))["items"]
    path = running.path_of("api", "claims", args.claim_id, args.action)
    if args.action == "edit":
        _edit(args)  # the same checks of the options as without a service
        body = _changes(args)
    else:
        body = {"reason": args.note} if args.action == "retract" else {"note": args.note}
    return service.write(path, "editor", body)["curation"]


def _run_curate(args: argparse.Namespace) -> int:
    if (service := running.holder(args.store)) is not None:
        json.dump(_curate_through(service, args), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    from claimgraph.kg import curation  # the extraction's rules with it, which a write through the service does not need
    from claimgraph.kg.store import open_store

    store = open_store(args.store, args.update_url)
    try:
        if args.action == "history":
            answer: object = curation.history(store, args.claim_id)
        else:
            edit = _edit(args) if args.action == "edit" else None
            answer = curation.curate(store, args.claim_id, args.action, args.by, edit=edit, note=args.note)
    finally:
        store.close()
    json.dump(answer, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser, settings: Settings) -> None:
    """Add extract, ingest, curate and eval."""
    article = argparse.ArgumentParser(add_help=False)
    article.add_argument("file", type=Path, metavar="FILE", help="the article, a UTF-8 text file")
    article.add_argument(
        "--published", required=True, type=_published, metavar="YYYY-MM-DD",
        help="the publication date (YYYY or YYYY-MM when only that much is known); relative dates resolve against it",
    )  # fmt: skip
    article.add_argument(
        "--max-bytes", type=int, default=settings.max_document_bytes,
        help="size limit of the file (env CLAIMGRAPH_MAX_DOCUMENT_BYTES; default %(default)s)",
    )  # fmt: skip

    command = commands.add_parser(
        "extract", parents=[article], help="print the candidate claims of an article, storing nothing",
        description="Print the check-worthy factual claims proposed for an article, with values, times, "
        "attributions and the span each comes from. Nothing is stored.",
    )  # fmt: skip
    command.add_argument("--format", choices=("table", "json"), default="table", help="json: the fixed JSON form of candidates")
    command.set_defaults(run=_run_extract)

    command = commands.add_parser(
        "ingest", parents=[common, article], help="store an article and its candidate claims (status candidate)",
        description="Store an article (its text, SHA-256 and metadata) and its candidate claims with status "
        "'candidate', linked to the store's entities by label or alias; names that link nowhere become proposed "
        "entities with a guessed type. The same text twice adds nothing. Everything is validated first and written "
        "in one transaction, so a failed ingest leaves the store as it was. Curate the claims with 'claimgraph curate'.",
    )  # fmt: skip
    command.add_argument("--url", help="where the article was published (http or https)")
    command.add_argument("--publisher", metavar="NAME", help="who published it; own-voice claims are attributed to it")
    command.add_argument("--title", help="the article's title")
    add_by(command, "ingests")
    command.set_defaults(run=_run_ingest)

    command = commands.add_parser(
        "curate", parents=[common], help="accept, reject, edit or retract a claim; or show its curation history",
        description="Curate a claim. accept: a candidate becomes unverified. reject: a candidate becomes rejected "
        "(kept, not on the record). edit: change any field of a candidate or unverified claim; "
        "the result must pass the same shapes as curated claims (an anchor must match the document's text). "
        "retract: a claim on the record (unverified, in review, reviewed) becomes retracted, with a reason (--reason); "
        "its triples are kept. history: the claim's curation records, newest first. Each change is recorded with "
        "who (--by) and when.",
    )  # fmt: skip
    command.add_argument("claim_id", metavar="CLAIM_ID")
    command.add_argument("action", choices=(*lifecycle.CURATION, "history"))
    add_by(command, "curates")
    command.add_argument("--note", "--reason", dest="note", help="why, for the record (required for retract: its reason)")
    edits = command.add_argument_group("edit", "fields an edit sets (others stay as they are)")
    edits.add_argument("--type", help="the claim type (valuation, funding, ...)")
    edits.add_argument("--statement", help="the normalised statement")
    edits.add_argument("--subject", metavar="ENTITY", help="an entity id or name (a new name proposes an entity)")
    edits.add_argument("--predicate", help="a predicate's local name from ontology/predicates.ttl (fundingRaised, ...)")
    edits.add_argument("--claimant", metavar="ENTITY", help="the source, an entity id or name")
    edits.add_argument("--object", metavar="ENTITY", help="an object entity, id or name")
    edits.add_argument("--amount", type=float, help="money as the object: an amount in full units")
    edits.add_argument("--min", type=float, help="money as the object: the low end of a range")
    edits.add_argument("--max", type=float, help="money as the object: the high end of a range")
    edits.add_argument("--currency", help="the ISO 4217 code of the money")
    edits.add_argument("--approximate", action=argparse.BooleanOptionalAction, default=None, help="whether the amount is hedged")
    edits.add_argument("--literal", help="a literal as the object")
    edits.add_argument("--literal-type", choices=("string", "gYear", "gYearMonth", "date"), default="string")
    edits.add_argument("--time", metavar="YYYY[-MM[-DD]]", help="the time the claim is about ('' for none)")
    edits.add_argument("--time-expression", help="the words of the text for the time")
    edits.add_argument("--hedges", nargs="*", metavar="WORD", help="the hedge words (none to clear)")
    edits.add_argument("--start", type=int, help="anchor start offset into the document's text")
    edits.add_argument("--end", type=int, help="anchor end offset (exclusive)")
    edits.add_argument("--quote", help="the anchor's exact text; alone, it is looked up in the document")
    command.set_defaults(run=_run_curate)

    command = commands.add_parser(
        "eval", help="score extraction against the labelled articles and the bundled claim sets",
        description="Extract claims from every labelled article (NAME.txt with NAME.gold.json) and bundled claim "
        "set, and print precision, recall and F1 of detection and the accuracy of type, value, time, "
        "attribution and subject on matched claims: one row per article, then overall; a table per half "
        "(development, test) when the labelled folder holds a split.json.",
    )  # fmt: skip
    command.add_argument("--labelled", type=Path, default=Path("tests/data/labelled"), help="folder of NAME.txt + NAME.gold.json")
    command.add_argument("--articles", type=Path, default=settings.articles, help="folder of the bundled claim sets' articles")
    command.add_argument("--claim-set", type=Path, action="append", help="a curated claim-set YAML (default: the bundled ones)")
    command.add_argument("--half", choices=("development", "test"), help="score one half of the split labelled set only (default: both)")
    command.set_defaults(run=_run_eval)
