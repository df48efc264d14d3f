"""Commands on the graph: build, validate, query, export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from claimgraph.api.settings import Settings
from claimgraph.claims.errors import InputError
from claimgraph.cli import add_command, running
from claimgraph.cli.agent import add_by
from claimgraph.kg.cpus import default_workers
from claimgraph.cli.as_of import add_as_of, as_of_option
from claimgraph.kg.formats import EXPORT_FORMATS, QUERY_FORMATS, RECORD_FORMATS, SIGNED_FORMATS

if TYPE_CHECKING:
    from claimgraph.claims.model import ClaimSet
    from claimgraph.kg.results import Answer


def _claim_sets(args: argparse.Namespace) -> list[ClaimSet]:
    from claimgraph.claims.loader import bundled_claim_sets, load_claim_set

    files = args.claims or bundled_claim_sets()
    return [load_claim_set(path, args.articles) for path in files]


def _run_build(args: argparse.Namespace) -> int:
    from claimgraph.cli.progress import progress
    from claimgraph.kg.build import build
    from claimgraph.kg.store import open_store

    if (service := running.holder(args.store)) is not None:
        raise InputError(
            f"{service.held()}, and a build needs the store to itself (it replaces the claim sets in one write): "
            f"stop the service, build, and serve again"
        )
    with progress("build", args.quiet) as shown:
        shown("reading the claim sets")
        claim_sets = _claim_sets(args)
        store = open_store(args.store, args.update_url)
        try:
            report = build(store, claim_sets, workers=args.workers, bulk=args.bulk, agent=args.by, progress=shown)
        finally:
            store.close()
    print(
        f"built {report.claims} claims, {report.entities} entities from {report.documents} document(s): "
        f"{report.quads_written} quads written, {report.quads_in_store} in the store at {args.store}"
    )
    return 0


def _run_validate(args: argparse.Namespace) -> int:
    from claimgraph.kg.mapping import claim_set_quads
    from claimgraph.kg.validation import check

    claim_sets = _claim_sets(args)
    check([quad for claim_set in claim_sets for quad in claim_set_quads(claim_set)])
    print(f"valid: {sum(len(c.claims) for c in claim_sets)} claims in {len(claim_sets)} claim set(s)")
    return 0


def _answer_of_service(service: running.Service, text: str) -> Answer:
    """The query's answer from the ``/sparql`` of the service that holds the store, whole or not at all.

    Raises:
        QueryError: the service cut the answer at its row limit.
    """
    import pyoxigraph as ox

    from claimgraph.kg.errors import QueryError
    from claimgraph.kg.sparql import TRUNCATED_HEADER

    body, headers = service.request(
        "POST", "/sparql", body=text.encode("utf-8"), content_type="application/sparql-query",
        accept="application/sparql-results+json, application/n-triples;q=0.9",
    )  # fmt: skip
    if (cap := headers.get(TRUNCATED_HEADER)) is not None:
        raise QueryError(
            f"{service.held()}, which answers at most {cap} rows or triples, and this answer has more: "
            f"narrow the query (LIMIT and OFFSET), or stop the service and query the store itself"
        )
    if headers.get_content_type() == "application/n-triples":
        return list(ox.parse(body, ox.RdfFormat.N_TRIPLES))
    return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)


def _answer(args: argparse.Namespace, text: str) -> Answer:
    """The query's answer: from pyoxigraph itself on the embedded store (or from the service that holds it),
    through rdflib from a remote one."""
    from claimgraph.kg import results
    from claimgraph.kg.errors import QueryError, StoreError
    from claimgraph.kg.locations import is_remote, open_oxigraph
    from claimgraph.kg.prefixes import PREFIX_IRIS

    if (service := running.holder(args.store)) is not None:
        return _answer_of_service(service, text)
    if is_remote(args.store):
        from claimgraph.kg.store import open_store

        store = open_store(args.store, args.update_url)
        try:
            return results.from_rdflib(store.query(text))
        finally:
            store.close()
    if args.update_url is not None:
        raise StoreError(f"an update URL goes with a remote store (an http or https query URL), not with {args.store!r}")
    try:
        return open_oxigraph(args.store).query(text, prefixes=PREFIX_IRIS)
    except SyntaxError as error:
        raise QueryError(f"malformed query: {error}") from None


def _run_query(args: argparse.Namespace) -> int:
    if (args.query is None) == (args.file is None):
        print("claimgraph query: give a QUERY or -f FILE (one of them)", file=sys.stderr)
        return 2
    from claimgraph.kg import results

    text = args.query if args.query is not None else args.file.read_text(encoding="utf-8")
    if args.as_of is not None:
        from claimgraph.kg import projection, sparql_text

        text = sparql_text.bind(text, "asOf", projection.moment(as_of_option(args.as_of))).text
    sys.stdout.write(results.render(_answer(args, text), args.format))
    return 0


_EXPORT_ROUTES = {"claimreview": ("/api/export/claimreview", None), "pledges-json": ("/api/export/pledges", "json"),
                  "pledges-csv": ("/api/export/pledges", "csv")}  # fmt: skip
"""The service's route (and its format) for each export that is not ``/api/export?format=``."""


def _export_of_service(service: running.Service, args: argparse.Namespace) -> bytes:
    """The export, as the service that holds the store answers it."""
    path, fmt = _EXPORT_ROUTES.get(args.format, ("/api/export", args.format))
    return service.request("GET", path, {"format": fmt, "as_of": args.as_of}, accept="*/*")[0]


def _run_export(args: argparse.Namespace) -> int:
    from claimgraph.cli.progress import progress
    from claimgraph.kg.nanopub import key_path as nanopub_key_path

    as_of = as_of_option(args.as_of)
    key = args.nanopub_key or nanopub_key_path(args.store)
    with progress("export", args.quiet) as shown:
        if (service := running.holder(args.store)) is not None and args.format not in SIGNED_FORMATS:
            with shown.step(f"{args.format} from the service at {service.url}"):
                data = _export_of_service(service, args)
        else:
            from claimgraph.kg import export
            from claimgraph.kg.store import open_store

            with shown.step(f"{args.format} of the store at {args.store}"):
                # the service has no route for every claim's nanopublication: signed here, from a copy of its store
                store = running.copy_of_store(service) if service else open_store(args.store, args.update_url)
                try:
                    data = export.export(store, args.format, as_of, key=key).encode("utf-8")
                finally:
                    store.close()
    if args.output:
        try:
            args.output.write_bytes(data)
        except OSError as error:
            raise InputError(f"cannot write {args.output}: {error.strerror}") from None
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser, settings: Settings) -> None:
    """Add build, validate, query and export."""
    sets = argparse.ArgumentParser(add_help=False)
    sets.add_argument("--claims", type=Path, nargs="+", metavar="FILE", help="claim set YAML files (default: the bundled ones)")
    sets.add_argument(
        "--articles", type=Path, default=settings.articles,
        help="folder of the articles the claim sets cite (env CLAIMGRAPH_ARTICLES; default %(default)s)",
    )
    command = add_command(commands, "build", parents=[common, sets])
    command.add_argument(
        "--workers", type=int, default=default_workers(),
        help="processes that map and validate chunks of 500 claims, once there is more than one (default: one per CPU, %(default)s)",
    )
    command.add_argument(
        "--bulk", action=argparse.BooleanOptionalAction, default=None,
        help="bulk-load under a journal, or write in one transaction (default: bulk into a store on disk, where a build "
             "cut short is undone when the store is next opened; into a remote store, bulk above a million quads)",
    )
    add_by(command, "builds")
    command.set_defaults(run=_run_build)
    command = add_command(commands, "validate", parents=[common, sets])
    command.set_defaults(run=_run_validate)

    command = add_command(
        commands, "query", parents=[common],
        description="Run a SPARQL query on the store, with the prefixes /sparql predeclares (cg:, schema:, prov:, ...).\n"
        "While a service holds the store, the query goes to its /sparql, under its time and row limits\n"
        "(an answer it would cut short is an error).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="formats (--format):\n"
        "  table  columns aligned for reading, with the row count: a literal as its text, an IRI in <>\n"
        "  csv    SPARQL 1.1 Query Results CSV: a header of variable names, each value as plain text\n"
        "  tsv    SPARQL 1.1 Query Results TSV: ?variables, each term in SPARQL syntax (<iri>, \"text\"^^<type>)\n"
        "  json   SPARQL 1.1 Query Results JSON\n"
        "an ASK answers true or false (in json, its JSON form); a CONSTRUCT's triples are Turtle with the\n"
        "same prefixes, or JSON-LD with json",
    )  # fmt: skip
    command.add_argument("query", nargs="?", help="the query text")
    command.add_argument("-f", "--file", type=Path, help="read the query from a .rq file")
    command.add_argument("--format", choices=QUERY_FORMATS, default="table", help="how the answer is printed: see below (default %(default)s)")
    add_as_of(command, "bind the query's ?asOf to this time")
    command.set_defaults(run=_run_query)

    command = add_command(commands, "export", parents=[common])
    command.add_argument("--format", choices=sorted(EXPORT_FORMATS), default="trig")
    add_as_of(command, f"the record as of this time ({', '.join(RECORD_FORMATS)} only: an RDF dump is the whole store)")
    command.add_argument("-o", "--output", type=Path, help="write to this file instead of standard output")
    command.add_argument(
        "--nanopub-key", type=Path, default=settings.nanopub_key, metavar="FILE",
        help="the key that signs nanopublications (--format nanopub), generated on first use, mode 0600 "
        "(env CLAIMGRAPH_NANOPUB_KEY; default: beside the store folder, STORE.nanopub-key)",
    )  # fmt: skip
    command.set_defaults(run=_run_export)
