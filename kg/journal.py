"""A bulk build's journal: what puts a store back as it was when the build's write did not finish.

Oxigraph's bulk loader is not one transaction, so before a bulk write the build
saves, in a folder of its own: the quads it is about to remove, the quads it
is about to load, the SPARQL Update that removes the old version, and the IRI
of the ``cg:Build`` activity its last transaction writes. Only once all are on
disk does the folder get its final name (:data:`JOURNAL`), and the build drops
it when that last transaction is done. For a store on disk the folder lies in
the store's own folder, and a journal found when the store is opened (the
build's process was killed, the machine stopped) is settled then, before
anything reads the store: if the activity is in the store, the build finished
and the journal is dropped; otherwise it is played: what the build may have
written is removed, the saved quads go back, and the store holds what it held
before the build. Playing a journal twice gives the same store, so one whose
playing was itself cut short is simply played again at the next opening.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pyoxigraph

JOURNAL = "claimgraph-build-journal"
"""The journal's folder (RocksDB leaves the files of a store's folder it does not know alone)."""
SPOOLS = "claimgraph-spool-"
"""How the build's own working folders in a store's folder start; any found when the store is opened are a dead build's."""
_WRITING = JOURNAL + ".writing"
_DONE = JOURNAL + ".done"
_OLD, _NEW, _UNDO, _ACTIVITY = "old.nq", "new.nq", "undo.rq", "activity"
_DELETE_CHUNK = 50_000
"""Quads per ``DELETE DATA`` when the build's quads are taken out again."""


def begin(folder: Path, *, undo: str, save_old: Callable[[Path], None], new: Path, activity: str) -> Path:
    """Write the journal in ``folder`` and give it its final name; return it.

    ``save_old`` writes the quads the build removes to the N-Quads file it is
    given; ``new`` (the quads the build loads) is moved into the journal.
    """
    writing = folder / _WRITING
    shutil.rmtree(writing, ignore_errors=True)
    writing.mkdir()
    save_old(writing / _OLD)
    shutil.move(new, writing / _NEW)
    (writing / _UNDO).write_text(undo, encoding="utf-8")
    (writing / _ACTIVITY).write_text(activity, encoding="utf-8")
    for name in (_OLD, _NEW, _UNDO, _ACTIVITY):
        _sync(writing / name)
    journal = folder / JOURNAL
    writing.rename(journal)
    _sync(folder)
    return journal


def new_quads(journal: Path) -> Path:
    """The N-Quads file of what the build loads."""
    return journal / _NEW


def play(journal: Path, update: Callable[[str], None], load: Callable[[Path], None]) -> None:
    """Put the store back as the journal says: remove the old version's patterns and every quad the build loads
    (the build writes no blank node, the only kind a ``DELETE DATA`` cannot name), then load the saved quads."""
    from claimgraph.kg.sparql_text import data_operation, has_blank_node  # here: every opening of a store imports this module

    update((journal / _UNDO).read_text(encoding="utf-8"))
    loaded = pyoxigraph.parse(path=str(journal / _NEW), format=pyoxigraph.RdfFormat.N_QUADS)
    while chunk := list(itertools.islice(loaded, _DELETE_CHUNK)):
        update(data_operation((quad for quad in chunk if not has_blank_node(quad)), "DELETE DATA"))
    load(journal / _OLD)


def end(journal: Path) -> None:
    """Drop the journal: the write it covers is done, or undone."""
    done = journal.with_name(_DONE)
    journal.rename(done)
    shutil.rmtree(done)


def recover(engine: pyoxigraph.Store, folder: Path) -> None:
    """Settle a journal left in a store's folder (see the module's notes), and remove a dead build's working folders."""
    for leftover in itertools.chain((folder / _WRITING, folder / _DONE), folder.glob(SPOOLS + "*")):
        shutil.rmtree(leftover, ignore_errors=True)
    journal = folder / JOURNAL
    if not journal.is_dir():
        return
    activity = pyoxigraph.NamedNode((journal / _ACTIVITY).read_text(encoding="utf-8"))
    if next(engine.quads_for_pattern(activity, None, None), None) is None:
        import logging  # here, as in play

        logging.getLogger(__name__).warning("a build into %s did not finish: the store is put back as it was before it", folder)
        play(journal, engine.update, lambda path: engine.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.N_QUADS))
    engine.flush()
    end(journal)


def _sync(path: Path) -> None:
    """Make what was written to ``path`` (a file, or a folder's entries) durable."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
