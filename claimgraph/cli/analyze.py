"""The ``analyze`` command: centrality, communities, sources, conflicts, matches and paths, as a table or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from claimgraph.api.settings import Settings
from claimgraph.cli import add_command, running
from claimgraph.cli.as_of import add_as_of, as_of_option

if TYPE_CHECKING:
    from claimgraph.kg.store import Store


def _table(headers: list[str], rows: list[list[object]]) -> str:
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max([len(header)] + [len(row[i]) for row in cells]) for i, header in enumerate(headers)]
    lines = ["  ".join(text.ljust(width) for text, width in zip(line, widths)).rstrip() for line in [headers, ["-" * w for w in widths], *cells]]
    return "\n".join(lines) + "\n"


def _claim_line(claim: dict[str, object]) -> str:
    return f"    - {claim['statement']}\n      \"{claim['quote']}\" ({claim['claimant']['label']}; verdict {claim['verdict']})"


def _centrality(result: list[dict[str, object]]) -> str:
    from claimgraph.kg import analysis

    table = _table(
        ["entity", "type", "links", "degree", "betweenness", "pagerank"],
        [[row["id"], row["type"], row["links"], f"{row['degree']:.4f}", f"{row['betweenness']:.4f}", f"{row['pagerank']:.4f}"] for row in result],
    )
    if any(row["betweenness_estimated"] for row in result):
        table += (f"betweenness is an estimate: the network has more than {analysis.BETWEENNESS_EXACT_UP_TO:,} entities, "
                  f"so it follows the shortest paths of {analysis.BETWEENNESS_PIVOTS} sampled ones\n")
    return table


def _communities(result: list[dict[str, object]]) -> str:
    return _table(
        ["community", "size", "claims", "members"],
        [[group["community"], group["size"], len(group["claims"]), ", ".join(m["id"] for m in group["members"])] for group in result],
    )


def _sources(result: dict[str, object]) -> str:
    out = ["Claims per claimant:", _table(["claimant", "type", "claims", "anonymous"], [[r["id"], r["type"], r["claims"], "yes" if r["anonymous"] else ""] for r in result["claimants"]])]
    out.append(f"Claims resting on an anonymous source ({len(result['anonymous'])}):")
    out += [_claim_line(claim) for claim in result["anonymous"]]
    out.append(f"\nClaims no second claimant backs: {len(result['single_claimant'])}; stated by the article itself with no source named: {len(result['own_word'])}.")
    out.append(f"\nEntities whose claims all come from one source ({len(result['single_source_entities'])}):")
    out.append(_table(["entity", "source", "claims"], [[r["id"], r["source"]["id"], len(r["claims"])] for r in result["single_source_entities"]]))
    out.append(f"Claims made in several documents ({len(result['corroborated'])}):")
    out += [line for group in result["corroborated"] for line in _group(group)]
    return "\n".join(out) + "\n"


def _pairs(pairs: list[dict[str, object]]) -> list[str]:
    out = []
    for pair in pairs:
        out.append(f"{pair['subject']['label']} / {pair['predicate']}: {pair['reason']}")
        out += [_claim_line(claim) + f"\n      about {claim['about'] or 'an unknown time'}" for claim in pair["claims"]]
    return out


def _conflicts(result: dict[str, list[dict[str, object]]]) -> str:
    out = _pairs(result["conflicts"]) if result["conflicts"] else ["No conflicting claims."]
    if result["unknown_time"]:
        out.append(f"\nValues that disagree where a time is unknown, so they cannot be compared ({len(result['unknown_time'])}):")
        out += _pairs(result["unknown_time"])
    return "\n".join(out) + "\n"


def _path(result: dict[str, object]) -> str:
    out = [" -> ".join(entity["label"] for entity in result["entities"]) + f"  ({result['length']} hops)"]
    for hop in result["hops"]:
        out.append(f"\n{hop['from']['label']} -- {hop['to']['label']}: {len(hop['claims'])} claim(s)")
        out += [_claim_line(claim) for claim in hop["claims"]]
    return "\n".join(out) + "\n"


def _group(group: dict[str, object]) -> list[str]:
    out = [f"{group['subject']['label']} / {group['predicate']}: {len(group['claims'])} claim(s) in {group['documents']} document(s), "
           f"corroborated by {group['independent_claimants']} independent claimant(s); first stated {group['earliest']['stated']} "
           f"in {group['earliest']['document']}"]
    if group["values_differ"]:
        out.append("  values differ: " + "; ".join(f"{value['value']} ({len(value['claims'])})" for value in group["values"]))
    out += [_claim_line(claim) for claim in group["claims"]]
    return out


def _matches(result: dict[str, object]) -> str:
    if "groups" in result:
        out = [f"Claims made in several documents ({len(result['groups'])}):"] + [line for group in result["groups"] for line in _group(group)]
        return "\n".join(out) + "\n"
    out = [f"Claim {result['claim']}" + ("" if result["on_record"] else " (not on the record: the group it would join)")]
    out += _group(result["group"]) if result["group"] else ["No claim on the record makes the same claim."]
    out += [f"  offered verdict: {offer['label']} (from {offer['claim']})" for offer in result["offered_verdicts"]]
    return "\n".join(out) + "\n"


_RENDER = {"centrality": _centrality, "communities": _communities, "sources": _sources, "conflicts": _conflicts, "path": _path,
           "matches": _matches}  # fmt: skip


def _match_result(args: argparse.Namespace, network: object, store: Store) -> dict[str, object]:
    """The matches of one claim (read again from ``store``, whatever its state), or every claim made in several documents."""
    from claimgraph.kg import analysis, matching, projection
    from claimgraph.kg.errors import NotFoundError, excerpt

    if args.claim is None:
        found = [group for group in matching.groups(network.claims) if len({claim.document for claim in group}) > 1]
        return {"groups": [analysis.match_group(network, group) for group in found]}
    record = network.claims.get(args.claim)
    if record is None:
        record = projection.read_claims(store, [args.claim]).get(args.claim)
    if record is None:
        raise NotFoundError(f"no claim with id {excerpt(args.claim)}")
    return analysis.claim_matches(network, record)


def _of_service(service: running.Service, args: argparse.Namespace) -> object:
    """The analysis as the service that holds the store answers it (``/api/analysis/...``), in the command's form."""
    params = {"as_of": args.as_of, "limit": getattr(args, "limit", None), "seed": getattr(args, "seed", None)}
    if args.analysis == "path":
        params.update({"from": args.source, "to": args.target})
    answer = service.get_json(f"/api/analysis/{args.analysis}", params)
    if args.analysis == "centrality":
        return answer["items"]
    if args.analysis == "communities":  # its number last, as analysis.communities gives it
        return [{**{k: v for k, v in group.items() if k != "community"}, "community": group["community"]} for group in answer["items"]]
    if args.analysis == "conflicts":
        return {"conflicts": answer["items"], "unknown_time": answer["unknown_time"]}
    return answer


def _result(args: argparse.Namespace) -> object:
    """The analysis, read from the store (or from the service that holds it)."""
    from claimgraph.kg import analysis
    from claimgraph.kg.network import read_network
    from claimgraph.kg.store import open_store

    as_of = as_of_option(args.as_of)
    service = running.holder(args.store)
    if service is not None and args.analysis != "matches":
        return _of_service(service, args)
    # matches of every claim have no route of the service: read from a copy of its store
    store = running.copy_of_store(service) if service else open_store(args.store, args.update_url)
    try:
        network = read_network(store, as_of)
        matches = _match_result(args, network, store) if args.analysis == "matches" else None
    finally:
        store.close()
    graph = network.graph()
    if args.analysis == "centrality":
        result = analysis.centrality(graph)[: args.limit]
    elif args.analysis == "communities":
        result = analysis.communities(graph, seed=analysis.COMMUNITY_SEED if args.seed is None else args.seed)
    elif args.analysis == "sources":
        result = analysis.source_dependence(network)
    elif args.analysis == "conflicts":
        result = analysis.conflicts(network)
    elif args.analysis == "matches":
        result = matches
    else:
        result = analysis.explain_path(network, graph, args.source, args.target)
    return result


def _run(args: argparse.Namespace) -> int:
    result = _result(args)
    if args.format == "json":
        sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(_RENDER[args.analysis](result))
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser, settings: Settings) -> None:
    """Add analyze with its six analyses."""
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--format", choices=("table", "json"), default="table")
    add_as_of(output, "the network of the claims on the record at this time, with their verdicts then")
    command = add_command(commands, "analyze")
    kinds = command.add_subparsers(dest="analysis", required=True, metavar="ANALYSIS")
    kind = kinds.add_parser("centrality", parents=[common, output], help="degree, betweenness and PageRank, most between first")
    kind.add_argument("--limit", type=int, default=50, help="show this many entities (default %(default)s)")
    kind = kinds.add_parser("communities", parents=[common, output], help="Louvain communities (reproducible with a seed)")
    kind.add_argument("--seed", type=int, help="random seed (default: a fixed one, the same on every run)")
    kinds.add_parser("sources", parents=[common, output], help="who the claims rest on: anonymous and single sources")
    kinds.add_parser("conflicts", parents=[common, output],
                     help="claims whose values disagree for overlapping times, and apart those whose times are unknown")
    kind = kinds.add_parser("matches", parents=[common, output],
                            help="the same claim made in several documents, with its independent claimants and verdicts")
    kind.add_argument("--claim", metavar="CLAIM_ID", help="only the claims matching this one (and the verdicts offered to it)")
    kind = kinds.add_parser("path", parents=[common, output], help="the chain of claims linking two entities")
    kind.add_argument("source", metavar="FROM", help="entity id")
    kind.add_argument("target", metavar="TO", help="entity id")
    command.set_defaults(run=_run)
