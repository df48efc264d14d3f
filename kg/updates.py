"""SPARQL Update from editors: refuse remote fetches, try it on a copy, keep it only if it breaks no shape,
no rule of the lifecycle and nothing of the record of writes, and record it (who, when, the text and what it
added and removed, and when the claims it changed entered or left the record)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable
from typing import TypeVar

import pyoxigraph
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.term import Identifier

from claimgraph.claims import lifecycle
from claimgraph.claims.errors import ClaimStatusError
from claimgraph.kg.errors import QueryError, QuerySyntaxError, StoreError, ValidationError
from claimgraph.kg.activities import agent_name, ended, record_changes, update_quads
from claimgraph.kg.locks import WRITE_LOCK
from claimgraph.kg.mapping import DEFAULT, Quad
from claimgraph.kg import sparql_text
from claimgraph.kg.namespaces import BASE, CG, SCHEMA, STATUS
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import Store, insert_data, open_store
from claimgraph.kg.validation import check, problems

_CLAIM_PREFIX = f"{BASE}claim/"
_STATUS = pyoxigraph.NamedNode(str(CG.status))


def _lines(engine: pyoxigraph.Store) -> set[bytes]:
    """The store as a set of N-Quads lines (Oxigraph writes each quad on one line)."""
    return set(engine.dump(format=pyoxigraph.RdfFormat.N_QUADS).splitlines())


def _text(lines: list[bytes]) -> str:
    """N-Quads lines as one text, a line each."""
    return "".join(line.decode("utf-8") + "\n" for line in lines)


def _term(term: object) -> Identifier:
    """An rdflib term with the lexical form the store holds: rdflib would rewrite an ill-typed boolean such as
    ``"none"^^xsd:boolean`` as ``"false"``, which validation would then take for a well-typed value."""
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if isinstance(term, pyoxigraph.DefaultGraph):
        return DEFAULT
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value), normalize=False)


def parse_nquads(lines: Iterable[bytes]) -> list[Quad]:
    """N-Quads lines as rdflib quads, each term with the lexical form the store holds."""
    parsed = pyoxigraph.parse(b"\n".join(sorted(lines)), format=pyoxigraph.RdfFormat.N_QUADS)
    return [(_term(q.subject), _term(q.predicate), _term(q.object), _term(q.graph_name)) for q in parsed]


def _touched(changed: list[Quad], engine: pyoxigraph.Store) -> list[URIRef]:
    """The nodes a change can make invalid: the IRIs in the changed quads, the resource a
    ``#fragment`` node belongs to, and whatever refers to any of them."""
    nodes = {term for quad in changed for term in (quad[0], quad[2]) if isinstance(term, URIRef)}
    nodes |= {URIRef(str(node).split("#", 1)[0]) for node in nodes}
    for node in list(nodes):
        for quad in engine.quads_for_pattern(None, None, pyoxigraph.NamedNode(str(node)), None):
            if isinstance(quad.subject, pyoxigraph.NamedNode):
                nodes.add(URIRef(quad.subject.value))
    return sorted(nodes)


def _claim_of(term: object) -> str | None:
    """The claim IRI a term belongs to (a claim, or one of its ``#`` nodes), if it is one of ours."""
    text = str(term).split("#", 1)[0]
    return text if isinstance(term, URIRef) and text.startswith(_CLAIM_PREFIX) else None


def _status(engine: pyoxigraph.Store, claim: str) -> str | None:
    """A claim's status in a store (its local name), None for none; several are left to the shapes."""
    found = sorted(quad.object.value.removeprefix(str(STATUS)) for quad in engine.quads_for_pattern(
        pyoxigraph.NamedNode(claim), _STATUS, None, pyoxigraph.DefaultGraph()))  # fmt: skip
    return found[0] if len(found) == 1 else None


def _reviewed(engine: pyoxigraph.Store, nodes: set[str]) -> set[str]:
    """The claims reviewed in a store by the reviews among ``nodes`` (IRIs or blank node ids; a ``#`` node counts
    as its resource)."""
    nodes = nodes | {node.split("#", 1)[0] for node in nodes}
    found = engine.query(f"SELECT ?review ?claim WHERE {{ ?review a <{SCHEMA.ClaimReview}> ; <{SCHEMA.itemReviewed}> ?claim }}")
    return {
        solution["claim"].value for solution in found
        if solution["review"].value in nodes and isinstance(solution["claim"], pyoxigraph.NamedNode)
    }  # fmt: skip


def _subject(line: bytes) -> str:
    """The subject of an N-Quads line as stores name it: an IRI, or a blank node's id (rdflib would rename it)."""
    term = line.split(b" ", 1)[0].decode("utf-8")
    return term[1:-1] if term.startswith("<") else term.removeprefix("_:")


def lifecycle_check(before: pyoxigraph.Store, after: pyoxigraph.Store, added: list[bytes], removed: list[bytes]) -> list[URIRef]:
    """Check a change (the N-Quads lines it added and removed) against the lifecycle; answers the claims it touched.

    Every claim whose ``cg:status`` changed must change as
    :func:`claimgraph.claims.lifecycle.may_change` allows, and every review the
    change adds or alters must review a claim that is on the record after it.

    Raises:
        ClaimStatusError: the change breaks a rule of the lifecycle.
    """
    changed = parse_nquads(set(added) | set(removed))
    touched = {claim for s, _, o, g in changed for claim in (_claim_of(s), _claim_of(o), _claim_of(g)) if claim is not None}
    for claim in sorted({str(s) for s, p, _, _ in changed if p == CG.status and isinstance(s, URIRef)}):
        old, new = _status(before, claim), _status(after, claim)
        if new is not None and not lifecycle.may_change(old, new):
            raise ClaimStatusError(
                f"claim {claim.removeprefix(_CLAIM_PREFIX)!r} cannot go from {old or 'nothing'} to {new}: "
                "the lifecycle does not allow it; nothing was written"
            )
    nodes = {_subject(line) for line in added}
    for claim in sorted(_reviewed(after, nodes)):
        status = _status(after, claim)
        if status is None or not lifecycle.on_record(status):
            raise ClaimStatusError(
                f"claim {claim.removeprefix(_CLAIM_PREFIX)!r} is {status or 'without a status'}: only a claim on the record "
                "can be reviewed; nothing was written"
            )
    nodes |= {_subject(line) for line in removed}
    touched |= {claim for claim in _reviewed(after, nodes) | _reviewed(before, nodes) if claim.startswith(_CLAIM_PREFIX)}
    return [URIRef(claim) for claim in sorted(touched)]


_SERVER_WRITTEN = (CG.putOnRecord, CG.takenOffRecord)


def _of_class(engine: pyoxigraph.Store, cls: URIRef) -> set[str]:
    """The IRIs of a store's nodes of a class."""
    kind = pyoxigraph.NamedNode(str(cls))
    return {quad.subject.value for quad in engine.quads_for_pattern(None, pyoxigraph.NamedNode(str(RDF.type)), kind, None)}


def record_check(before: pyoxigraph.Store, after: pyoxigraph.Store, changed: list[Quad]) -> None:
    """Refuse a change to the record of writes: an activity's quads (its agent, its time, what it put on the record),
    a ``cg:putOnRecord`` / ``cg:takenOffRecord`` anywhere, a pledge's fulfilment record, an imported external review
    or a proposed link between entities (their own nodes included), which only their routes write, with their
    activities (a link's status changed here would bypass its confirmation and its undo). Only the service writes them, so the record as of a time reads
    times no client set.

    Raises:
        ValidationError: the change touches them.
    """
    kept = set().union(*(_of_class(engine, cls) for engine in (before, after) for cls in (PROV.Activity, CG.Fulfilment, CG.ExternalReview, CG.LinkProposal)))
    for subject, predicate, _, _ in changed:
        if predicate in _SERVER_WRITTEN or str(subject).split("#", 1)[0] in kept:
            raise ValidationError([
                f"<{subject}> <{predicate}>: the record of writes and their times is written by the service alone; "
                "nothing was written"
            ])


STACK_BYTES = 1 << 30
"""The stack of the thread an editor's update runs on: Oxigraph's parser recurses once per operator."""
_STACK_SIZE = threading.Lock()
_T = TypeVar("_T")


def on_deep_stack(call: Callable[[], _T]) -> _T:
    """``call()`` on a thread of its own with a stack of :data:`STACK_BYTES` (address space, touched only as used)."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as error:  # noqa: BLE001 - handed back to the caller's thread below
            outcome.append(error)

    with _STACK_SIZE:
        previous = threading.stack_size(STACK_BYTES)
        try:
            thread = threading.Thread(target=run, name="sparql-update")
            thread.start()
        finally:
            threading.stack_size(previous)
    thread.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]  # type: ignore[return-value]


def validated_update(
    store: Store,
    text: str,
    *,
    agent: str,
    base: str | None = None,
    using: Iterable[str] = (),
    using_named: Iterable[str] = (),
    now: dt.datetime | None = None,
) -> None:
    """Apply an update only if it adds no SHACL violation to the store and keeps the lifecycle; record it.

    The update is checked and rewritten first (:func:`claimgraph.kg.sparql_text.update`,
    which also turns the protocol's ``using`` graphs into ``USING`` clauses and
    resolves relative IRIs against ``base``); it is the rewritten text that runs,
    on a thread with a deep stack. It runs first on an in-memory copy. The nodes it touches (see
    :func:`_touched`) are validated before and after, and the store itself
    changes, in one transaction, only when the copy has no violation the store
    did not already have, so an update is never blamed for what it did not
    touch, and when its status changes and reviews keep the lifecycle
    (:func:`lifecycle_check`). The project's prefixes are predeclared (:meth:`Store.update`).

    An update that changes something is written together with a
    ``cg:SparqlUpdate`` activity of ``agent`` (the editor's token name): the
    text as sent, the quads it added and removed (as N-Quads, from the copy)
    and the claims it touched, in the same transaction. One that changes
    nothing writes nothing. The claims it put on the record or took off, and the
    reviews it added, are dated by that activity (:func:`~claimgraph.kg.activities.record_changes`);
    an update that touches an activity or these dates itself is refused (:func:`record_check`).

    Raises:
        QuerySyntaxError: the update does not parse.
        QueryRefusedError: it uses ``LOAD`` or ``SERVICE``.
        QueryError: it fails while it runs (dropping a graph that does not exist); nothing was written.
        ValidationError: the update would break a shape, or touches the record of writes; nothing was written.
        ClaimStatusError: it changes a status as the lifecycle does not allow, or reviews a claim
            not on the record; nothing was written.
        InputError: no agent's name.
        StoreError: the store is not Oxigraph (the copy needs it).
    """
    agent = agent_name(agent, "editor")
    checked = sparql_text.update(text, base=base, using=using, using_named=using_named)
    engine = store.oxigraph
    if engine is None:
        raise StoreError("validated updates need the embedded Oxigraph store")
    with WRITE_LOCK:  # no other write slips in between the trial and its application
        trial = open_store(MEMORY)
        try:
            trial.oxigraph.bulk_extend(engine.quads_for_pattern(None, None, None, None))
            try:
                on_deep_stack(lambda: trial.update(checked.text))
            except QuerySyntaxError as error:
                raise QuerySyntaxError(checked.locate(str(error))) from None
            except RuntimeError as error:  # how Oxigraph reports an update that fails while it runs
                raise QueryError(f"the update failed: {error}; nothing was written") from None
            before, after = _lines(engine), _lines(trial.oxigraph)
            changed = before ^ after
            if not changed:
                return
            quads = parse_nquads(changed)
            focus = sorted(set(_touched(quads, engine)) | set(_touched(quads, trial.oxigraph)))
            broken = sorted(set(problems(parse_nquads(after), focus)) - set(problems(parse_nquads(before), focus)))
            if broken:
                raise ValidationError(broken)
            added, removed = sorted(after - before), sorted(before - after)
            touched = lifecycle_check(engine, trial.oxigraph, added, removed)
            record_check(engine, trial.oxigraph, quads)
        finally:
            trial.close()
        record = update_quads(agent, ended(now), text, _text(added), _text(removed), touched)
        check(record)
        # one request, so one transaction: the canonical text ends with a token, so a trailing ';' is the separator's
        changes = record_changes(record[0][0], touched)
        on_deep_stack(lambda: store.update(checked.text.rstrip().removesuffix(";") + " ;\n" + insert_data(record) + " ;\n" + changes))
