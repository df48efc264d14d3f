"""Build claim sets into a store: validate everything first, then replace what the store holds of them.

A build streams: claim sets are mapped and SHACL-validated in chunks (in
worker processes when asked), and the validated quads are spooled as N-Quads
to a temporary file, so a million claims never sit in memory at once. Nothing
is written until every chunk has passed.

Validating chunk by chunk finds exactly what validating the merged graph
would, because a shape only looks at its focus node's own description and at
the document and entities the same claim set carries. What several claim sets
can share is checked across chunks: an entity or document described
differently in two claim sets is validated as the union of its descriptions,
and a claim id may belong to one claim set only.

Then the write, one of two ways:

- **bulk** (the default into a store on disk; into one in memory or a remote
  one above :data:`ATOMIC_QUADS` quads, or when asked): the removal is one
  transaction, the new quads go in through Oxigraph's bulk loader (remote:
  ``INSERT DATA`` requests of :data:`~claimgraph.kg.store.REMOTE_CHUNK`
  quads), then the statuses and the record in one last transaction. Bulk
  loading is several times faster but not one transaction, so the build first
  writes a journal (:mod:`claimgraph.kg.journal`): the quads it is about to
  remove and to load. If anything fails before the last transaction, the
  journal is played: whatever part of the new data got in is removed and the
  saved quads are put back, then the error is raised. A store on disk keeps
  its journal in its own folder until the last transaction is done, so a
  build whose process is killed is settled when the store is next opened.
  Nothing else can read a store on disk while the build runs (Oxigraph locks
  it, and ``claimgraph build`` refuses a store a service holds), so nobody
  sees the write half done. A remote store's journal lives in a temporary
  folder: a failed build is undone, but other clients may see the
  half-written state, and a build killed mid-write leaves it.
- **atomic** (otherwise): one SPARQL Update removes the old version and
  inserts the new one; Oxigraph, and any SPARQL service, applies it in one
  transaction. To a remote store the request finds what to remove, the claims
  curators took off the record, and the statuses and record entries to write,
  as it runs (another client may write between a read and the request). Into
  an embedded store it holds only ``DELETE DATA`` and ``INSERT DATA``, what they
  hold read and worked out beforehand under
  :data:`~claimgraph.kg.locks.WRITE_LOCK` (no other process can open the
  store): Oxigraph inserts many quads half as fast in a request that also
  reads the store after them.

Either way the build leaves a ``cg:Build`` activity (:mod:`claimgraph.kg.activities`):
who built, when, and the documents whose claims it replaced; it is written with
the last step of the write, so it is there only when the build went through.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import multiprocessing
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pyoxigraph
from rdflib.namespace import DCTERMS, PROV, RDF

from claimgraph.claims import lifecycle
from claimgraph.kg.errors import ValidationError
from claimgraph.kg.journal import SPOOLS, begin, end, new_quads, play
from claimgraph.kg.locations import MEMORY
from claimgraph.claims.model import ClaimSet, Document, Entity
from claimgraph.kg.activities import agent_name, build_quads, ended, record_changes
from claimgraph.kg.mapping import DEFAULT, Quad, claim_quads, document_quads, entity_quads
from claimgraph.kg.locks import WRITE_LOCK
from claimgraph.kg.namespaces import CG, OA, ONTOLOGY_GRAPH, SCHEMA, STATUS, document_iri, entity_iri
from claimgraph.kg.reviews import status_from_reviews
from claimgraph.kg.sparql_text import data_operation, has_blank_node, values_batches
from claimgraph.kg.store import Store, insert_data, nquads
from claimgraph.kg.validation import check, problems
from claimgraph.kg.vocabulary import vocabulary

_PREFIXES = "".join(
    f"PREFIX {name}: <{ns}>\n" for name, ns in (("prov", PROV), ("cg", CG), ("oa", OA), ("dcterms", DCTERMS))
)
CHUNK_CLAIMS = 300
"""Claims validated together: large enough to spread the engine's fixed cost per call, small enough to stay linear (in
chunks of 150-300 the engine took about 5% less processor time per claim than in chunks of 500 in one process, 1-3% in the
benchmark's task, about its noise; docs/shacl-engine.md)."""
ATOMIC_QUADS = 1_000_000
"""Up to this many quads (about 25,000 claims) a build into a store in memory or a remote one is one transaction,
unless bulk is asked for."""
_VALUES_BATCH = 5_000
"""IRIs per ``VALUES`` block of the removal, so that no single operation grows without bound."""


@dataclass(frozen=True)
class BuildReport:
    """What a build wrote."""

    documents: int
    entities: int
    claims: int
    quads_written: int
    quads_in_store: int
    bulk: bool = False


def vocabulary_quads() -> list[Quad]:
    """The vocabulary as quads in its own named graph."""
    return [(s, p, o, ONTOLOGY_GRAPH) for s, p, o in vocabulary()]


# --- validation, chunk by chunk ------------------------------------------------------------------


def written_quads(claim_sets: list[ClaimSet]) -> list[Quad]:
    """What a chunk writes: its documents and claims (entities are written once per build, not per chunk)."""
    written: list[Quad] = []
    for claim_set in claim_sets:
        written.extend(document_quads(claim_set.document))
        for claim in claim_set.claims:
            written.extend(claim_quads(claim))
    return written


def named_entity_quads(claim_sets: list[ClaimSet]) -> list[Quad]:
    """The quads of the entities a chunk's claims name: validation sees them beside what the chunk writes."""
    entities = {entity for claim_set in claim_sets for entity in claim_set.entities}
    return [quad for entity in entities for quad in entity_quads(entity)]


def check_chunk(claim_sets: list[ClaimSet]) -> tuple[list[str], str]:
    """The SHACL violations of a chunk of claim sets, and its quads (without entities) as N-Quads: the engine
    reads the same text the spool gets, so it is written once."""
    written = "".join(nquads(written_quads(claim_sets)))
    return problems(named_entity_quads(claim_sets), written=written), written


def _chunks(claim_sets: Iterable[ClaimSet]) -> Iterator[list[ClaimSet]]:
    chunk: list[ClaimSet] = []
    size = 0
    for claim_set in claim_sets:
        chunk.append(claim_set)
        size += len(claim_set.claims) + 1
        if size >= CHUNK_CLAIMS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


Check = Callable[[list[ClaimSet]], tuple[list[str], str]]


def _in_order(chunks: Iterator[list[ClaimSet]], workers: int, check: Check) -> Iterator[tuple[list[ClaimSet], tuple[list[str], str]]]:
    """Each chunk with its check, in order; at most ``2 * workers`` chunks in flight.

    A single chunk is checked in this process: starting workers would cost more than they save.
    """
    head = list(itertools.islice(chunks, 2))
    chunks = itertools.chain(head, chunks)
    if workers <= 1 or len(head) < 2:
        for chunk in chunks:
            yield chunk, check(chunk)
        return
    context = multiprocessing.get_context("spawn")  # no fork of a threaded server
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        pending: deque[tuple[list[ClaimSet], Future]] = deque()
        for chunk in chunks:
            pending.append((chunk, pool.submit(check, chunk)))
            if len(pending) >= 2 * workers:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


@dataclass
class Plan:
    """What :func:`prepare` found and spooled."""

    quads: int = 0
    claims: int = 0
    documents: dict[str, set[Document]] = field(default_factory=dict)
    entities: dict[str, set[Entity]] = field(default_factory=dict)
    problems: set[str] = field(default_factory=set)


Progress = Callable[[str], None]
"""Told where a build is, in words (``"1,500 claims validated, ..."``), for a progress line."""


def _unreported(text: str) -> None:
    """Progress that goes nowhere."""


def prepare(
    claim_sets: Iterable[ClaimSet], spool: IO[str], workers: int = 1, check: Check = check_chunk, progress: Progress = _unreported
) -> Plan:
    """Validate every chunk and spool its quads (after the vocabulary's); check what claim sets share across chunks.

    ``check`` maps and validates one chunk (the benchmark swaps in one that only
    maps, to time the write path apart from SHACL); ``progress`` is told after each chunk.
    """
    plan = Plan()
    chunks = 0
    spool.writelines(nquads(vocabulary_quads()))
    claim_ids: set[str] = set()
    for chunk, (found, text) in _in_order(_chunks(claim_sets), workers, check):
        plan.problems.update(found)
        spool.write(text)
        plan.quads += text.count("\n")
        for claim_set in chunk:
            plan.documents.setdefault(claim_set.document.id, set()).add(claim_set.document)
            for entity in claim_set.entities:
                variants = plan.entities.setdefault(entity.id, set())
                if entity not in variants:
                    variants.add(entity)
                    lines = list(nquads(entity_quads(entity)))
                    spool.writelines(lines)
                    plan.quads += len(lines)
            for claim in claim_set.claims:
                if claim.id in claim_ids:
                    plan.problems.add(f"claim {claim.id!r}: belongs to more than one claim set")
                claim_ids.add(claim.id)
            plan.claims += len(claim_set.claims)
        chunks += 1
        progress(f"{plan.claims:,} claims validated in {chunks:,} chunk(s) of {CHUNK_CLAIMS}; {plan.quads:,} quads to write")
    shared = [quad for variants in plan.entities.values() if len(variants) > 1 for e in variants for quad in entity_quads(e)]
    shared += [quad for variants in plan.documents.values() if len(variants) > 1 for d in variants for quad in document_quads(d)]
    if shared:
        plan.problems.update(problems(shared))
    return plan


# --- writing ---------------------------------------------------------------------------------------


def _removal(documents: list[str], entities: list[str]) -> list[tuple[str, str]]:
    """(what to delete, where) pairs covering the old version of the documents, their claims and the entities."""
    pairs = [(f"GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }}", f"GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }}")]
    for values in values_batches(documents, _VALUES_BATCH):
        pairs += [
            ("GRAPH ?claim { ?s ?p ?o }",
             f"VALUES ?doc {{ {values} }} ?claim prov:wasDerivedFrom ?doc . GRAPH ?claim {{ ?s ?p ?o }}"),
            ("?s ?p ?o",
             f"VALUES ?doc {{ {values} }} ?claim prov:wasDerivedFrom ?doc ; "
             "(cg:anchor|cg:anchor/oa:hasSelector|cg:stated|cg:timeAbout)? ?s . ?s ?p ?o"),
            ("?s ?p ?o", f"VALUES ?doc {{ {values} }} ?doc cg:published? ?s . ?s ?p ?o"),
        ]
    pairs += [("?s ?p ?o", f"VALUES ?s {{ {values} }} ?s ?p ?o") for values in values_batches(entities, _VALUES_BATCH)]
    return pairs


FINAL_STATUSES = tuple(status for status in lifecycle.STATES if not lifecycle.on_record(status)
                       and not any(status in starts for starts, _ in lifecycle.ACTIONS.values()))  # fmt: skip
"""States no action leaves (``rejected``, ``retracted``): a build that writes a claim again keeps it in one."""


def _keep_final_statuses(store: Store) -> str:
    """A SPARQL Update operation that gives every claim now in a final state that state again, after a build wrote it
    anew from its claim set: a build never puts back what curators or editors took off the record. The claims are read
    now, so only where nothing can change them before the operation runs (an embedded store under
    :data:`~claimgraph.kg.locks.WRITE_LOCK`); else :func:`_final_statuses_set_aside` and :func:`_final_statuses_put_back`."""
    rows = store.query(f"SELECT ?claim ?status WHERE {{ ?claim <{CG.status}> ?status VALUES ?status {{ {_FINAL} }} }}")
    pairs = " ".join(f"(<{claim}> <{status}>)" for claim, status in rows)
    return f"""
DELETE {{ ?claim <{CG.status}> ?old }} INSERT {{ ?claim <{CG.status}> ?kept }} WHERE {{
  VALUES (?claim ?kept) {{ {pairs} }}
  ?claim <{CG.status}> ?old . FILTER (?old != ?kept)
}}
"""


_FINAL = " ".join(f"<{STATUS[status]}>" for status in FINAL_STATUSES)
_SET_ASIDE = "urn:claimgraph:build:final-statuses"
"""The graph that holds the final statuses while a build's request runs (it is dropped before the request ends)."""


def _final_statuses_set_aside() -> str:
    """The operation, first in the request, that copies every claim's final state aside: what
    :func:`_keep_final_statuses` reads, read by the request itself, so a curator's retraction made just before is kept."""
    return (f"INSERT {{ GRAPH <{_SET_ASIDE}> {{ ?claim <{CG.status}> ?status }} }} "
            f"WHERE {{ ?claim <{CG.status}> ?status VALUES ?status {{ {_FINAL} }} }}")


def _final_statuses_put_back() -> str:
    """The operations, after the new quads and the statuses from reviews, that give the claims set aside their final
    state again and drop what was set aside."""
    return f"""
DELETE {{ ?claim <{CG.status}> ?old }} INSERT {{ ?claim <{CG.status}> ?kept }} WHERE {{
  GRAPH <{_SET_ASIDE}> {{ ?claim <{CG.status}> ?kept }}
  ?claim <{CG.status}> ?old . FILTER (?old != ?kept)
}} ;
DROP SILENT GRAPH <{_SET_ASIDE}>
"""


def _delete(pairs: list[tuple[str, str]], first: str = "") -> str:
    """The removal's operations, after ``first`` (an operation) when given."""
    return _PREFIXES + " ;\n".join(([first] if first else []) + [f"DELETE {{ {template} }} WHERE {{ {where} }}" for template, where in pairs])


def _removal_selects(pairs: list[tuple[str, str]]) -> Iterator[tuple[str, bool]]:
    """For each (what to delete, where) pair, a SELECT of the quads it deletes (``?s ?p ?o``, and ``?g`` when named)."""
    for template, where in pairs:
        named = template.startswith("GRAPH")
        graph = f"({template.split('{')[0].removeprefix('GRAPH').strip()} AS ?g)" if named else ""
        yield f"{_PREFIXES}SELECT ?s ?p ?o {graph} WHERE {{ {where} }}", named


def _save_removed(store: Store, pairs: list[tuple[str, str]], path: Path) -> None:
    """Write the quads the removal will delete to an N-Quads file, to put back if the write fails."""
    with path.open("w", encoding="utf-8") as out:
        for select, named in _removal_selects(pairs):
            out.writelines(nquads((row[0], row[1], row[2], row[3] if named else DEFAULT) for row in store.query(select)))


def _write_request(pairs: list[tuple[str, str]], native: Iterable[pyoxigraph.Quad], activity: str) -> str:
    """The build in one SPARQL Update request that finds what to change itself: the final statuses set aside, the
    removal, the new quads, then the statuses and the record dated from what the store then holds."""
    return " ;\n".join((_delete(pairs, first=_final_statuses_set_aside()), data_operation(native), status_from_reviews(),
                         _final_statuses_put_back(), activity))


_RECORD_PREDICATES = (CG.status, SCHEMA.itemReviewed, SCHEMA.reviewRating, CG.verdict, PROV.wasRevisionOf, CG.putOnRecord,
                      CG.takenOffRecord, PROV.endedAtTime, PROV.generated)
"""With the reviews' types, all that the operations after the insert read (statuses, current reviews, the record's entries)."""


def _removed_quads(engine: pyoxigraph.Store, pairs: list[tuple[str, str]]) -> set[pyoxigraph.Quad]:
    """The quads the removal's ``DELETE ... WHERE`` operations would delete."""
    removed: set[pyoxigraph.Quad] = set()
    for select, named in _removal_selects(pairs):
        rows = engine.query(select)
        removed.update(pyoxigraph.Quad(row[0], row[1], row[2], row[3] if named else pyoxigraph.DefaultGraph()) for row in rows)
    return removed


def _changes_after_insert(engine: pyoxigraph.Store, removed: set[pyoxigraph.Quad], new: list[pyoxigraph.Quad], activity: str,
                    kept: str) -> tuple[set[pyoxigraph.Quad], set[pyoxigraph.Quad]]:
    """(quads to delete, quads to insert) after the new quads: what the status and record operations of
    :func:`_write_request` would change, found by running them on a copy of all they read, as it will be."""
    default = pyoxigraph.DefaultGraph()
    read = [quad for predicate in _RECORD_PREDICATES
            for quad in engine.quads_for_pattern(None, pyoxigraph.NamedNode(predicate), None, default)]
    read += engine.quads_for_pattern(None, pyoxigraph.NamedNode(RDF.type), pyoxigraph.NamedNode(SCHEMA.ClaimReview), default)
    copy = pyoxigraph.Store()
    copy.extend(quad for quad in read if quad not in removed)
    status = pyoxigraph.NamedNode(CG.status)
    copy.extend(quad for quad in new if quad.predicate == status and quad.graph_name == default)
    before = set(copy)
    copy.update(status_from_reviews() + " ;\n" + kept + " ;\n" + activity)
    after = set(copy)
    return before - after, after - before


def _write_embedded(store: Store, pairs: list[tuple[str, str]], spool: Path, activity: str) -> None:
    """The build in one request of ``DELETE DATA`` and ``INSERT DATA`` only, what they hold read and worked out first
    (Oxigraph takes twice as long to insert many quads in a request that also reads the store). The caller holds
    :data:`~claimgraph.kg.locks.WRITE_LOCK`, and no other process can open the store, so nothing changes in between."""
    engine = store.oxigraph
    new = list(pyoxigraph.parse(path=str(spool), format=pyoxigraph.RdfFormat.N_QUADS))
    kept = _keep_final_statuses(store)
    removed = _removed_quads(engine, pairs)
    deleted, inserted = _changes_after_insert(engine, removed, new, activity, kept)
    if any(has_blank_node(quad) for quad in itertools.chain(removed, deleted, inserted)):
        store.update(_write_request(pairs, new, activity))  # a blank node cannot be named in DELETE DATA
        return
    store.update(" ;\n".join((data_operation(removed, "DELETE DATA"), data_operation(new),
                              data_operation(deleted, "DELETE DATA"), data_operation(inserted))))


def _store_folder(store: Store) -> Path | None:
    """The folder of a store on disk; None for one in memory or remote."""
    return None if store.oxigraph is None or store.location == MEMORY else Path(store.location)


def _write_bulk(store: Store, pairs: list[tuple[str, str]], spool: Path, folder: Path, activity: str, activity_iri: str) -> None:
    """The removal in one transaction, the spool through the bulk loader, then the statuses and the record in one
    transaction, under a journal in ``folder`` that undoes it all if anything fails before the last transaction."""
    replayable = folder == _store_folder(store)
    journal = begin(folder, undo=_delete(pairs, first=f"DROP SILENT GRAPH <{_SET_ASIDE}>"),
                    save_old=lambda path: _save_removed(store, pairs, path), new=spool, activity=activity_iri)
    try:
        store.update(_delete(pairs, first=_final_statuses_set_aside()))
        store.load_nquads(new_quads(journal), bulk=True)
        store.update(status_from_reviews() + " ;\n" + _final_statuses_put_back() + " ;\n" + activity)
    except BaseException:
        play(journal, store.update, lambda path: store.load_nquads(path, bulk=replayable))
        end(journal)
        raise
    if replayable:
        store.oxigraph.flush()
    end(journal)


def build(
    store: Store,
    claim_sets: Iterable[ClaimSet],
    *,
    workers: int = 1,
    bulk: bool | None = None,
    agent: str = "claimgraph",
    now: dt.datetime | None = None,
    progress: Progress = _unreported,
) -> BuildReport:
    """Validate the claim sets, then replace what the store holds of them.

    Rebuilding the same claim sets gives the same quads. Reviews are not part of
    a claim set and stay; a reviewed claim keeps the status its current review
    gives it. Nothing is written when any claim breaks a shape, and a write that
    fails leaves the store as it was (see the module's notes on bulk mode). Into a
    store on disk the claim sets' quads are spooled in the store's folder, where
    the journal of the bulk write takes them without a copy.

    Args:
        store: where to write.
        claim_sets: read once, lazily (a generator is fine).
        workers: processes that map and validate chunks when there is more than one
            chunk; 1 validates in this process. ``claimgraph build`` starts
            :func:`claimgraph.kg.cpus.default_workers`; a script that asks for more than one must
            guard its entry point with ``if __name__ == "__main__":`` (processes are spawned).
        bulk: force bulk (True) or one transaction (False); by default bulk into a
            store on disk, and above :data:`ATOMIC_QUADS` quads into any other.
        agent: who builds, the agent of the ``cg:Build`` activity (``--by`` on the command line).
        now: when, for the record (default: the present).
        progress: told how many claims are validated after each chunk, and when the write starts and ends.

    Raises:
        ValidationError: listing every violation; the store is unchanged.
        InputError: no agent's name.
    """
    agent = agent_name(agent, "builder")
    with tempfile.TemporaryDirectory(prefix=SPOOLS, dir=_store_folder(store)) as folder:
        spool = Path(folder) / "new.nq"
        with spool.open("w", encoding="utf-8") as out:
            plan = prepare(claim_sets, out, workers, progress=progress)
        return write(store, plan, spool, bulk, agent=agent, now=now, progress=progress)


def write(
    store: Store, plan: Plan, spool: Path, bulk: bool | None = None, *, agent: str = "claimgraph", now: dt.datetime | None = None,
    progress: Progress = _unreported,
) -> BuildReport:
    """Replace what the store holds of the planned documents and entities with the spooled quads,
    and record the ``cg:Build`` activity of ``agent`` (``progress`` is told when the write starts and ends).

    Raises:
        ValidationError: the plan has problems; nothing is written.
    """
    if plan.problems:
        raise ValidationError(sorted(plan.problems))
    documents = [str(document_iri(ident)) for ident in sorted(plan.documents)]
    entities = [str(entity_iri(ident)) for ident in sorted(plan.entities)]
    pairs = _removal(documents, entities)
    folder = _store_folder(store)
    bulk = (folder is not None or plan.quads > ATOMIC_QUADS) if bulk is None else bulk
    record = build_quads(agent, ended(now), [document_iri(ident) for ident in sorted(plan.documents)])
    check(record)
    activity = insert_data(record) + " ;\n" + record_changes(record[0][0])
    progress(f"{plan.claims:,} claims validated; writing {plan.quads:,} quads{' in bulk' if bulk else ' in one transaction'}")
    if bulk:
        with contextlib.nullcontext(folder) if folder is not None else tempfile.TemporaryDirectory(prefix="claimgraph-undo-") as where:
            _write_bulk(store, pairs, spool, Path(where), activity, str(record[0][0]))
    elif store.oxigraph is not None:
        with WRITE_LOCK:
            _write_embedded(store, pairs, spool, activity)
    else:
        native = pyoxigraph.parse(path=str(spool), format=pyoxigraph.RdfFormat.N_QUADS)
        store.update(_write_request(pairs, native, activity))
    progress(f"{plan.quads:,} quads written; counting the store")
    return BuildReport(
        documents=len(documents),
        entities=len(entities),
        claims=plan.claims,
        quads_written=plan.quads,
        quads_in_store=store.quad_count(),
        bulk=bulk,
    )
