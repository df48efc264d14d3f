"""Settings from the environment (``CLAIMGRAPH_*``), read when asked for, not at import.

Every command of the command line reads them, so they are plain Python: pydantic-settings took
0.25 s to import, more than a whole ``claimgraph --help`` may take. Names are matched case-insensitively;
a value that does not convert to the field's type is an :class:`~claimgraph.claims.errors.InputError`
naming the variable.
"""

from __future__ import annotations

import os
from pathlib import Path

from claimgraph.claims.errors import InputError

PREFIX = "CLAIMGRAPH_"

_SWITCH = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False, "off": False}


def _switch(value: object) -> bool:
    """A yes or no: a bool, or one of the words of :data:`_SWITCH` in any case."""
    if isinstance(value, bool):
        return value
    word = str(value).lower()
    if word not in _SWITCH:
        raise ValueError(value)
    return _SWITCH[word]


_CONVERTERS = {"str": str, "str | None": str, "Path": Path, "Path | None": Path, "int": int, "float": float, "bool": _switch}


class Settings:
    """Where the store and the articles are, and how the service behaves.

    Each field is, in order of precedence: the keyword given, the environment variable
    ``CLAIMGRAPH_<FIELD>``, the default.

    >>> Settings(port="8001", tokens="t.json").port, Settings(tokens="t.json").tokens
    (8001, PosixPath('t.json'))
    """

    store: str = "var/store"
    """``memory:``, a folder for the embedded Oxigraph store, or the query URL of a remote SPARQL 1.1 service."""
    update_url: str | None = None
    """The SPARQL 1.1 Update URL of a remote store (by default its query URL)."""
    articles: Path = Path("../shared/articles")
    """The folder holding the articles that claim sets cite."""
    host: str = "127.0.0.1"
    port: int = 8000
    query_time_limit: float = 10.0
    """Seconds a SPARQL query may run before it is answered 503 and stopped."""
    query_max_rows: int = 10_000
    """At most this many rows (or triples) in a SPARQL answer; the rest is cut off."""
    query_max_bytes: int = 1024 * 1024
    """The size limit of a SPARQL request body (a query, an update or a form holding one), in bytes (1 MiB)."""
    query_workers: int = 6
    """Worker processes answering SPARQL queries at once (on the embedded store); more wait their turn within their time limit."""
    query_worker_memory_mib: int = 2048
    """Memory one SPARQL query may take in its worker process; a query that needs more is answered 400."""
    query_workers_per_client: int = 2
    """Of those, at most this many for one client address, so that one client cannot hold them all."""
    tokens: Path | None = None
    """The token file; by default beside the store folder (``var/store.tokens.json``), none for ``memory:``."""
    nanopub_key: Path | None = None
    """The service's signing key for nanopublications; by default beside the store folder (``var/store.nanopub-key``),
    generated on first use."""
    public_url: str | None = None
    """The service's public address, for links in exports; by default the address a request came to."""
    max_document_bytes: int = 5 * 1024 * 1024
    """The size limit of a document to extract from or ingest, in bytes of UTF-8 (5 MB)."""
    token: str | None = None
    """The secret of the bearer token the command line sends with a write to the service that holds the store."""
    warm: bool = True
    """Compute what the pages read first (the network, its PageRank and centrality, the claim list's order and menus) in the
    background once the service starts and after every write (:mod:`~claimgraph.kg.warming`), rather than when a page
    first asks (``0`` to switch off)."""

    def __init__(self, **given: object) -> None:
        fields = Settings.__annotations__
        unknown = set(given) - set(fields)
        if unknown:
            raise TypeError(f"no such setting: {', '.join(sorted(unknown))}")
        environment = {name.upper(): value for name, value in os.environ.items()}
        for name, kind in fields.items():
            variable = PREFIX + name.upper()
            if name in given:
                value, source = given[name], name
            elif variable in environment:
                value, source = environment[variable], variable
            else:
                value, source = getattr(Settings, name), None
            if source is not None and value is not None:
                try:
                    value = _CONVERTERS[kind](value)
                except ValueError:
                    raise InputError(f"{source} must be {kind.split(' ')[0]}, not {value!r}") from None
            setattr(self, name, value)

    def __repr__(self) -> str:
        shown = {name: "***" if name == "token" and self.token else getattr(self, name) for name in Settings.__annotations__}
        return f"Settings({', '.join(f'{name}={value!r}' for name, value in shown.items())})"
