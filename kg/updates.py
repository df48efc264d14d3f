"""SPARQL Update from editors: refuse remote fetches, try it on a copy, keep it only if it breaks no shape."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TypeVar

import pyoxigraph
from rdflib import Dataset, URIRef

from claimgraph.claims.errors import QueryError, QuerySyntaxError, StoreError, ValidationError
from claimgraph.kg.locks import WRITE_LOCK
from claimgraph.kg.mapping import Quad
from claimgraph.kg import sparql_text
from claimgraph.kg.store import MEMORY, Store, open_store
from claimgraph.kg.validation import problems


def _lines(engine: pyoxigraph.Store) -> set[bytes]:
    """The store as a set of N-Quads lines (Oxigraph writes each quad on one line)."""
    return set(engine.dump(format=pyoxigraph.RdfFormat.N_QUADS).splitlines())


def _quads(lines: set[bytes]) -> list[Quad]:
    dataset = Dataset()
    dataset.parse(data=b"\n".join(sorted(lines)).decode("utf-8"), format="nquads")
    return list(dataset.quads((None, None, None, None)))


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


def validated_update(store: Store, text: str, *, base: str | None = None, using: Iterable[str] = (), using_named: Iterable[str] = ()) -> None:
    """Apply an update only if it adds no SHACL violation to the store.

    The update is checked and rewritten first (:func:`claimgraph.kg.sparql_text.update`,
    which also turns the protocol's ``using`` graphs into ``USING`` clauses and
    resolves relative IRIs against ``base``); it is the rewritten text that runs,
    on a thread with a deep stack. It runs first on an in-memory copy. The nodes it touches (see
    :func:`_touched`) are validated before and after, and the store itself
    changes, in one transaction, only when the copy has no violation the store
    did not already have, so an update is never blamed for what it did not
    touch. The project's prefixes are predeclared (:meth:`Store.update`).

    Raises:
        QuerySyntaxError: the update does not parse.
        QueryRefusedError: it uses ``LOAD`` or ``SERVICE``.
        QueryError: it fails while it runs (dropping a graph that does not exist); nothing was written.
        ValidationError: the update would break a shape; nothing was written.
        StoreError: the store is not Oxigraph (the copy needs it).
    """
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
            focus = sorted(set(_touched(_quads(changed), engine)) | set(_touched(_quads(changed), trial.oxigraph)))
            added = sorted(set(problems(_quads(after), focus)) - set(problems(_quads(before), focus)))
        finally:
            trial.close()
        if added:
            raise ValidationError(added)
        on_deep_stack(lambda: store.update(checked.text))
