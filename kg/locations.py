"""Where a store lives (``memory:``, a folder, or a remote SPARQL service's URL), and opening an embedded one
with pyoxigraph alone, for readers that need no RDF library (the command line's ``query``)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph

from claimgraph.kg import journal
from claimgraph.kg.errors import StoreError

MEMORY = "memory:"
REMOTE_SCHEMES = ("http://", "https://")
"""A store location starting with one of these is the query URL of a remote SPARQL service."""


def is_remote(location: str | Path) -> bool:
    """Whether a store location names a remote SPARQL service.

    >>> is_remote("http://127.0.0.1:7878/query"), is_remote("var/store"), is_remote(MEMORY)
    (True, False, False)
    """
    return str(location).startswith(REMOTE_SCHEMES)


def open_oxigraph(location: str | Path) -> pyoxigraph.Store:
    """Oxigraph in memory (``memory:``) or on disk in a folder, created if missing; a build's write that did not
    finish in that folder is settled first (:func:`claimgraph.kg.journal.recover`).

    Raises:
        StoreError: the folder cannot be opened, for example because another process holds its lock.
    """
    if str(location) == MEMORY:
        return pyoxigraph.Store()
    path = Path(location)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = pyoxigraph.Store(str(path))
    except OSError as error:
        raise StoreError(
            f"cannot open the store at {path}: {error}. Is another claimgraph process (a server, a build) using it?"
        ) from None
    journal.recover(engine, path)
    return engine
